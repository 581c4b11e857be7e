// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/therapytimelinemodel.h"

#include "core/facts/conservativecare.h"
#include "editors/caselabels.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace spinereview {

namespace {

// Weeks of care do not depend on the active-therapy recency window; any value gives the same count.
constexpr int kRecencyMonths = 12;

} // namespace

TherapyTimelineModel::TherapyTimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int TherapyTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_episodes.size()) * kRowsPerEpisode;
}

int TherapyTimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant TherapyTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const Episode& episode = m_episodes.at(index.row() / kRowsPerEpisode);
    const bool isStart = index.row() % kRowsPerEpisode == 0;
    const QDate date = isStart ? episode.start : episode.end;
    if (role == Qt::ToolTipRole) {
        return tr("%1: %2 to %3%4")
            .arg(laneLabel(episode.lane), episode.start.toString(Qt::ISODate), episode.end.toString(Qt::ISODate),
                 episode.ongoing ? tr(" (ongoing at the review date)") : QString());
    }
    switch (static_cast<Column>(index.column())) {
    case Column::Time:
        return timeOf(date);
    case Column::Lane:
        return qreal(episode.lane);
    case Column::Therapy:
        return laneLabel(episode.lane);
    case Column::Date:
        return date.toString(Qt::ISODate);
    case Column::Point:
        return isStart ? tr("start") : (episode.ongoing ? tr("review date (ongoing)") : tr("end"));
    }
    return {};
}

QVariant TherapyTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (static_cast<Column>(section)) {
    case Column::Time:
        return tr("Time (ms)");
    case Column::Lane:
        return tr("Lane");
    case Column::Therapy:
        return tr("Therapy");
    case Column::Date:
        return tr("Date");
    case Column::Point:
        return tr("Point");
    }
    return {};
}

void TherapyTimelineModel::setCase(const SpineCase& spineCase, QDate reviewDate)
{
    QList<Episode> episodes;
    QList<TherapyType> lanes;
    const QList<TherapyEpisode> therapies = spineCase.conservativeTherapy.value_or(QList<TherapyEpisode>{});
    for (const TherapyEpisode& therapy : therapies) {
        if (!therapy.start || !therapy.start->isValid())
            continue;
        Episode episode;
        episode.type = therapy.type;
        episode.start = *therapy.start;
        // Care after the review date has not happened yet as of the review; planned care keeps its own end.
        const bool endsLater = !therapy.end || !therapy.end->isValid() || *therapy.end > reviewDate;
        episode.ongoing = endsLater && episode.start <= reviewDate;
        if (episode.ongoing)
            episode.end = reviewDate;
        else
            episode.end = therapy.end && therapy.end->isValid() ? *therapy.end : episode.start;
        episode.end = std::max(episode.end, episode.start);
        episodes.append(episode);
        if (!lanes.contains(episode.type))
            lanes.append(episode.type);
    }
    std::sort(lanes.begin(), lanes.end());
    for (Episode& episode : episodes)
        episode.lane = int(lanes.indexOf(episode.type));

    std::optional<int> weeksCounted;
    const FactValue weeks = ConservativeCareFacts::derive(spineCase, reviewDate, kRecencyMonths).weeks;
    if (const double* value = std::get_if<double>(&weeks.value))
        weeksCounted = int(*value);

    // Every keystroke anywhere in the case arrives here; redrawing an unchanged timeline would cost the
    // chart a full layout.
    if (episodes == m_episodes && lanes == m_lanes && reviewDate == m_reviewDate && weeksCounted == m_weeksCounted)
        return;
    beginResetModel();
    m_episodes = episodes;
    m_lanes = lanes;
    m_reviewDate = reviewDate;
    m_weeksCounted = weeksCounted;
    endResetModel();
}

QString TherapyTimelineModel::laneLabel(int lane) const
{
    return CaseLabels::therapyTypes().value(static_cast<int>(m_lanes.value(lane, TherapyType::Other)));
}

qreal TherapyTimelineModel::timeOf(QDate date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

} // namespace spinereview
