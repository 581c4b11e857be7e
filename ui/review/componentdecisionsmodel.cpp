// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/componentdecisionsmodel.h"

#include "document/evaluationcontroller.h"
#include "editors/caselabels.h"
#include "models/cellroles.h"
#include "results/statuspresentation.h"
#include "review/reviewsession.h"

namespace spinereview {

using namespace Qt::StringLiterals;

ComponentDecisionsModel::ComponentDecisionsModel(ReviewSession& session, const EvaluationController& evaluation,
                                                 QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_evaluation(evaluation)
{
    connect(&m_session, &ReviewSession::opened, this, &ComponentDecisionsModel::reload);
    connect(&m_session, &ReviewSession::closed, this, &ComponentDecisionsModel::reload);
    connect(&m_session, &ReviewSession::saved, this, &ComponentDecisionsModel::reload);
    connect(&m_session, &ReviewSession::reviewEdited, this, [this] {
        if (rowCount() != m_rows)
            reload();
        else if (m_rows > 0)
            emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    });
    connect(&m_evaluation, &EvaluationController::evaluated, this, [this] {
        if (m_rows > 0)
            emit dataChanged(index(0, EngineColumn), index(m_rows - 1, EngineColumn));
    });
    reload();
}

void ComponentDecisionsModel::reload()
{
    beginResetModel();
    m_rows = m_session.isOpen() ? static_cast<int>(m_session.review().components.size()) : 0;
    endResetModel();
}

int ComponentDecisionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_session.isOpen() ? 0 : static_cast<int>(m_session.review().components.size());
}

int ComponentDecisionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ComponentDecision* ComponentDecisionsModel::row(int row) const
{
    if (!m_session.isOpen() || row < 0 || row >= m_session.review().components.size())
        return nullptr;
    return &m_session.review().components[row];
}

QVariant ComponentDecisionsModel::engineStatus(const ComponentDecision& decision) const
{
    const CriteriaSetPtr set = m_evaluation.currentSet();
    if (set && set->info.id == m_session.review().criteriaId) {
        if (const ComponentOutcome* outcome = m_evaluation.result().component(decision.component))
            return static_cast<int>(outcome->status);
    }
    return static_cast<int>(decision.engineStatus);
}

QVariant ComponentDecisionsModel::data(const QModelIndex& index, int role) const
{
    const ComponentDecision* decision = row(index.row());
    if (!decision || index.column() >= ColumnCount)
        return {};
    const bool reasonMissing = decision->decision &&
                               *decision->decision != static_cast<Status>(engineStatus(*decision).toInt()) &&
                               decision->reason.trimmed().isEmpty();
    if (role == ReasonMissingRole)
        return reasonMissing;
    switch (index.column()) {
    case ComponentColumn:
        if (role == Qt::DisplayRole)
            return CaseLabels::component(decision->component);
        break;
    case EngineColumn: {
        const auto status = static_cast<Status>(engineStatus(*decision).toInt());
        if (role == Qt::DisplayRole)
            return StatusPresentation::word(status);
        if (role == Qt::DecorationRole)
            return StatusPresentation::icon(status);
        if (role == Qt::EditRole)
            return static_cast<int>(status);
        break;
    }
    case DecisionColumn:
        if (role == Qt::DisplayRole)
            return decision->decision ? StatusPresentation::word(*decision->decision) : tr("Not decided");
        if (role == Qt::DecorationRole && decision->decision)
            return StatusPresentation::icon(*decision->decision);
        if (role == Qt::EditRole)
            return decision->decision ? QVariant(static_cast<int>(*decision->decision)) : QVariant();
        if (role == ChoiceLabelsRole)
            return QStringList{tr("Not decided"), StatusPresentation::word(Status::Met),
                               StatusPresentation::word(Status::NotMet), StatusPresentation::word(Status::Incomplete)};
        if (role == ChoiceValuesRole)
            return QVariantList{QVariant(), static_cast<int>(Status::Met), static_cast<int>(Status::NotMet),
                                static_cast<int>(Status::Incomplete)};
        break;
    case ReasonColumn:
        if (role == Qt::DisplayRole)
            return reasonMissing
                       ? QString(issuePrefix() + tr("Reason required: the decision differs from the engine's"))
                       : decision->reason;
        if (role == Qt::EditRole)
            return decision->reason;
        if (role == Qt::ToolTipRole)
            return tr("Why the decision differs from the engine's determination; required when it does.");
        break;
    default:
        break;
    }
    return {};
}

QVariant ComponentDecisionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ComponentColumn:
        return tr("Component");
    case EngineColumn:
        return role == Qt::ToolTipRole ? tr("The engine's determination for the case as it stands") : tr("Engine");
    case DecisionColumn:
        return role == Qt::ToolTipRole ? tr("The reviewer's decision") : tr("Decision");
    case ReasonColumn:
        return role == Qt::ToolTipRole ? tr("Reason for a decision that differs from the engine's") : tr("Reason");
    default:
        return {};
    }
}

Qt::ItemFlags ComponentDecisionsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const bool final = m_session.isOpen() && m_session.review().status == ReviewStatus::Determined;
    if (!final && (index.column() == DecisionColumn || index.column() == ReasonColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ComponentDecisionsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const ComponentDecision* decision = row(index.row());
    if (!decision || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Component component = decision->component;
    if (index.column() == DecisionColumn) {
        if (value.isValid() && (value.toInt() < 0 || value.toInt() > static_cast<int>(Status::Met)))
            return false;
        m_session.setDecision(component,
                              value.isValid() ? std::optional(static_cast<Status>(value.toInt())) : std::nullopt);
        return true;
    }
    m_session.setReason(component, value.toString());
    return true;
}

int ComponentDecisionsModel::missingReasons() const
{
    int missing = 0;
    for (int r = 0; r < rowCount(); ++r)
        missing += data(index(r, ReasonColumn), ReasonMissingRole).toBool() ? 1 : 0;
    return missing;
}

} // namespace spinereview
