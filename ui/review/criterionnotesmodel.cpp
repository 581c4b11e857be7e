// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/criterionnotesmodel.h"

#include "core/i18n/criteriatexts.h"
#include "document/evaluationcontroller.h"
#include "review/reviewsession.h"

namespace spinereview {

using namespace Qt::StringLiterals;

CriterionNotesModel::CriterionNotesModel(ReviewSession& session, const EvaluationController& evaluation,
                                         QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_evaluation(evaluation)
{
    connect(&m_session, &ReviewSession::opened, this, &CriterionNotesModel::reload);
    connect(&m_session, &ReviewSession::closed, this, &CriterionNotesModel::reload);
    connect(&m_session, &ReviewSession::reviewEdited, this, &CriterionNotesModel::reload);
}

void CriterionNotesModel::reload()
{
    beginResetModel();
    endResetModel();
}

int CriterionNotesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_session.isOpen() ? 0 : static_cast<int>(m_session.review().notes.size());
}

int CriterionNotesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CriterionNotesModel::criterionText(const QString& criterionId) const
{
    const CriteriaSetPtr set =
        m_session.isOpen() ? m_evaluation.catalog().find(m_session.review().criteriaId) : m_evaluation.currentSet();
    if (set) {
        for (const CriterionNode& node : set->nodes) {
            if (node.id == criterionId && !node.text.isEmpty())
                return CriteriaTexts::text(node);
        }
    }
    return criterionId;
}

QVariant CriterionNotesModel::data(const QModelIndex& index, int role) const
{
    if (!m_session.isOpen() || index.row() < 0 || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const CriterionNote& note = m_session.review().notes[index.row()];
    switch (index.column()) {
    case CriterionColumn:
        if (role == Qt::DisplayRole)
            return criterionText(note.criterionId);
        if (role == Qt::ToolTipRole || role == Qt::EditRole)
            return note.criterionId;
        break;
    case LevelColumn:
        if (role == Qt::DisplayRole)
            return note.level ? enumToString(*note.level) : tr("Whole case");
        break;
    case NoteColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return note.text;
        break;
    default:
        break;
    }
    return {};
}

QVariant CriterionNotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CriterionColumn:
        return tr("Criterion");
    case LevelColumn:
        return tr("Level");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags CriterionNotesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const bool final = m_session.isOpen() && m_session.review().status == ReviewStatus::Determined;
    if (!final && index.column() == NoteColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool CriterionNotesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable) || index.row() >= rowCount())
        return false;
    const CriterionNote note = m_session.review().notes[index.row()];
    m_session.setNote(note.criterionId, note.level, value.toString());
    return true;
}

} // namespace spinereview
