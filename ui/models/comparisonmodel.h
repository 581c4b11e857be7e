// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/evaluationresult.h"

#include <QAbstractTableModel>

namespace spinereview {

// Every requested component under every criteria set, side by side: one row per component, one column
// per set, and a last column saying whether the sets agree. A disagreement is said in words, marked with
// its own icon and tinted — never by colour alone.
class ComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonModel)

public:
    enum Role {
        StatusRole = Qt::UserRole + 1, // int (Status) of a set's cell; invalid when the set lacks the component
        DisagreementRole,              // bool: the row's sets do not all give the same status
        ComponentRole,                 // int (Component)
        SetIdRole,                     // QString: the set of a column (also on the horizontal header)
    };

    explicit ComparisonModel(QObject* parent = nullptr);

    // One result per set, in the order the columns should have. Rows follow the first result's request.
    void setResults(const QList<EvaluationResult>& results);
    int agreementColumn() const { return static_cast<int>(m_results.size()); }
    bool disagrees(int row) const;
    std::optional<Component> component(int row) const;
    CriteriaSetPtr set(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // A set's title up to its first dash or parenthesis, at most 32 characters: "Founding review".
    static QString shortTitle(const CriteriaSetInfo& info);

private:
    const ComponentOutcome* outcome(int row, int column) const;
    QVariant setCell(int row, int column, int role) const;
    QVariant agreementCell(int row, int role) const;

    QList<EvaluationResult> m_results;
    std::vector<Component> m_rows;
    std::vector<bool> m_disagree;
};

} // namespace spinereview
