// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "core/json/validationissue.h"
#include "models/cellissues.h"

#include <QAbstractTableModel>

namespace spinereview {

// The episodes of conservative therapy, one row each, in the order of the case's array (so row n is
// conservativeTherapy[n]). Whether therapy is documented at all (absent vs []) is the section's toggle.
class TherapyEpisodesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TherapyEpisodesModel)

public:
    enum class Column { Type, Start, End, Sessions, Response, Contraindicated, Delivery };
    static constexpr int kColumnCount = static_cast<int>(Column::Delivery) + 1;

    explicit TherapyEpisodesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    // New rows are episodes of type "other" with nothing documented: a guessed type would count as care.
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    // Shows another list (a model reset); emits no episodesEdited().
    void setEpisodes(const QList<TherapyEpisode>& episodes);
    const QList<TherapyEpisode>& episodes() const { return m_episodes; }
    // Marks the cells named by issues under `basePath` ("conservativeTherapy") and returns one line per issue
    // naming its row: "Episode 3: end 2025-01-01 is before start 2025-03-01".
    QStringList setIssues(const ValidationIssues& issues, const QString& basePath);

    // The member a column edits ("response") and the column of a member path ("end", "type").
    static QString fieldName(Column column);
    static std::optional<Column> columnOf(const QString& fieldPath);

signals:
    // The list changed through the table; `member` is the edited member ("[2].end"), empty for an insertion
    // or removal.
    void episodesEdited(const QString& member);

private:
    QList<TherapyEpisode> m_episodes;
    CellIssues m_issues;
};

} // namespace spinereview
