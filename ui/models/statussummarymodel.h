// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/criteria/status.h"
#include "core/engine/evaluationresult.h"

#include <QAbstractTableModel>

#include <array>

namespace spinereview {

// How many determinations of each status every requested component has, for a stacked bar chart.
//
// Layout, chosen for QHBarModelMapper (which makes one bar set of each row and one category of each column):
// three rows, one per status (Met, Not met, Incomplete — the row's vertical header is the bar set's label), and
// one column per requested component in the request's order (the horizontal header is the category's label).
// A cell counts the component's levels with that status; a case-scope component (no levels) counts 1 for its
// own status.
class StatusSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusSummaryModel)

public:
    enum class Row { Met, NotMet, Incomplete };
    static constexpr int kRowCount = static_cast<int>(Row::Incomplete) + 1;

    explicit StatusSummaryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Takes the counts of an evaluation: nothing when they are the same, dataChanged when only counts
    // differ, a model reset when the components differ.
    void setResult(const EvaluationResult& result);

    static Status statusOf(Row row);
    static Row rowOf(Status status);
    int componentCount() const { return int(m_columns.size()); }
    Component component(int column) const { return m_columns.at(column).component; }
    int count(int column, Status status) const;

private:
    struct ComponentCounts
    {
        Component component = Component::Fusion;
        std::array<int, kRowCount> counts = {};

        bool operator==(const ComponentCounts& other) const
        {
            return component == other.component && counts == other.counts;
        }
    };
    QList<ComponentCounts> m_columns;
};

} // namespace spinereview
