// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/evaluationresult.h"

#include <QAbstractItemModel>

#include <memory>

namespace spinereview {

// The reasons for one component's determination, as a tree: per level, the criterion and its children
// down to the leaves, and under each leaf the facts it read. It only shows the engine's rationale trees;
// it decides nothing.
class RationaleModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RationaleModel)

public:
    enum Column { CriterionColumn, StatusColumn, FactsColumn, ColumnCount };
    enum Role {
        FactPathRole = Qt::UserRole + 1, // QString: a fact row's first case JSON path ("" when it has none)
        NodeRole,                        // quintptr: the CriterionNode (a fact row's: the criterion that read it)
        StatusRole,                      // int (Status): criterion rows only
        LevelRole,                       // int (Level), when the criterion was evaluated at a level
        IsFactRole,                      // bool
        KeyRole, // QString: stays the same for the same row across re-evaluations (to keep expansion)
    };

    explicit RationaleModel(QObject* parent = nullptr);
    ~RationaleModel() override;

    // Shows `component`'s trees from `result`; empty when the result does not hold that component.
    void setResult(const EvaluationResult& result, Component component);
    void clear();
    // The outcome shown, or nullptr when empty.
    const ComponentOutcome* outcome() const;
    // The criterion of a row (a fact row's: the criterion that read it), or nullptr.
    const CriterionOutcome* criterionOutcome(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // "label = value", "label = not documented — assumed absent", "label = not documented — request: …", with
    // the fact's label in the desk's language (FactTexts).
    static QString factLine(const FactUse& use);
    // The node's text with {level} filled in and the engine's remark appended.
    static QString criterionText(const CriterionOutcome& outcome);

private:
    struct Item;

    void build();
    const Item* item(const QModelIndex& index) const;
    QVariant criterionData(const Item& item, int column, int role) const;
    QVariant factData(const Item& item, int column, int role) const;

    // A copy: the items point into its trees, and the set keeps the CriterionNodes alive.
    std::optional<ComponentOutcome> m_outcome;
    CriteriaSetPtr m_set;
    std::unique_ptr<Item> m_root;
};

} // namespace spinereview
