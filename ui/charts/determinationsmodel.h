// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/statussummarymodel.h"
#include "storage/dashboardrepository.h"

#include <QAbstractTableModel>

#include <array>
#include <optional>

namespace spinereview {

// Final decisions of determined reviews per period, for the determinations chart: of every component, or of
// one. Layout, chosen for QVBarModelMapper (one bar set a column, one category a row): one row per period from
// the period holding the first day to the one holding the last, empty periods included so the time axis has
// no gaps (the vertical header is the period's label); one column per decision, Met, Not met, Incomplete, as
// StatusSummaryModel orders its rows (the horizontal header is the bar set's label).
class DeterminationsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeterminationsModel)

public:
    using Column = StatusSummaryModel::Row;
    static constexpr int kColumnCount = StatusSummaryModel::kRowCount;

    explicit DeterminationsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The repository's counts for the days [from, to) grouped by `period`: a new table.
    void setCounts(const QList<DeterminationCount>& counts, QDate from, QDate to, DashboardRepository::Period period);
    // Counts one component's decisions, or every component's (nullopt): the same rows with other values.
    void setComponent(std::optional<Component> component);

    std::optional<Component> component() const { return m_component; }
    DashboardRepository::Period period() const { return m_period; }
    QDate periodStart(int row) const { return m_periods.at(row); }
    qint64 count(int row, Status decision) const;
    qint64 total(Status decision) const;

private:
    void recount();

    QList<DeterminationCount> m_counts;
    DashboardRepository::Period m_period = DashboardRepository::Period::Week;
    std::optional<Component> m_component;
    QList<QDate> m_periods;
    QList<std::array<qint64, kColumnCount>> m_cells;
};

} // namespace spinereview
