// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace spinereview {

class EvaluationController;
class ReviewSession;
struct ComponentDecision;

// The open review's components: what the engine determines for the case as it stands, and what the reviewer
// decides, with the reason a decision that differs from the engine's must give. Editable: Decision (a choice,
// EnumDelegate) and Reason.
class ComponentDecisionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComponentDecisionsModel)

public:
    enum Column { ComponentColumn, EngineColumn, DecisionColumn, ReasonColumn, ColumnCount };
    // bool: the decision differs from the engine's and states no reason yet.
    static constexpr int ReasonMissingRole = Qt::UserRole + 20;

    ComponentDecisionsModel(ReviewSession& session, const EvaluationController& evaluation, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // How many decisions differ from the engine's without a reason.
    int missingReasons() const;

private:
    void reload();
    const ComponentDecision* row(int row) const;
    // The engine's determination shown for a component: live while the desk evaluates under the review's
    // own set (what Save will store), else the one stored with the review.
    QVariant engineStatus(const ComponentDecision& decision) const;

    ReviewSession& m_session;
    const EvaluationController& m_evaluation;
    int m_rows = 0;
};

} // namespace spinereview
