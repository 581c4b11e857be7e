// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"

#include <QAbstractTableModel>
#include <QDate>

#include <optional>

namespace spinereview {

// The conservative-therapy episodes as points on a timeline, for a chart to draw one line segment per episode.
//
// Layout, chosen for QVXYModelMapper (which maps a contiguous run of rows to one series): every dated episode
// has two consecutive rows, its start point (row 2·n) and its end point (row 2·n + 1), where n is the episode's
// place among the dated episodes (episodeCount()). Column Time holds the x value (msecs since the epoch, at the
// start of the local day) and column Lane the y value (the episode's therapy-type lane, 0 for the first lane).
// A series for episode n is therefore a mapper with firstRow 2·n, rowCount 2, xColumn Time, yColumn Lane.
// Lanes are the therapy types the case documents, in the order of the format's enumeration. Episodes without a
// start are left out (they cannot be placed); an ongoing episode, or one documented to end after the review
// date, ends at the review date.
class TherapyTimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TherapyTimelineModel)

public:
    enum class Column { Time, Lane, Therapy, Date, Point };
    static constexpr int kColumnCount = static_cast<int>(Column::Point) + 1;
    static constexpr int kRowsPerEpisode = 2;

    struct Episode
    {
        TherapyType type = TherapyType::Other;
        QDate start;
        QDate end;            // as drawn: the documented end, or the review date
        bool ongoing = false; // no end documented, or one after the review date
        int lane = 0;

        bool operator==(const Episode& other) const
        {
            return type == other.type && start == other.start && end == other.end && ongoing == other.ongoing &&
                   lane == other.lane;
        }
    };

    explicit TherapyTimelineModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Rebuilds everything from the case as of `reviewDate` (a model reset) — unless the timeline comes out
    // the same, when nothing is signalled.
    void setCase(const SpineCase& spineCase, QDate reviewDate);

    QDate reviewDate() const { return m_reviewDate; }
    // Weeks of conservative care the criteria count (ConservativeCareFacts), nullopt when therapy is undocumented.
    std::optional<int> weeksCounted() const { return m_weeksCounted; }
    // The first day a requirement of `weeks` weeks of care, ending at the review date, would reach back to.
    QDate requiredWindowStart(int weeks) const { return m_reviewDate.addDays(-7 * qint64(weeks)); }

    int episodeCount() const { return int(m_episodes.size()); }
    const Episode& episode(int n) const { return m_episodes.at(n); }
    int laneCount() const { return int(m_lanes.size()); }
    TherapyType laneType(int lane) const { return m_lanes.at(lane); }
    // The lane's words ("Physical therapy"), from CaseLabels.
    QString laneLabel(int lane) const;
    // x value of a date: msecs since the epoch at the start of that local day, as the Time column holds it.
    static qreal timeOf(QDate date);

private:
    QList<Episode> m_episodes;
    QList<TherapyType> m_lanes;
    QDate m_reviewDate;
    std::optional<int> m_weeksCounted;
};

} // namespace spinereview
