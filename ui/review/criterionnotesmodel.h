// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace spinereview {

class EvaluationController;
class ReviewSession;

// The open review's notes, one per criterion (and level): the criterion's statement, the level and the
// reviewer's text. The text is editable; clearing it removes the note.
class CriterionNotesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CriterionNotesModel)

public:
    enum Column { CriterionColumn, LevelColumn, NoteColumn, ColumnCount };

    CriterionNotesModel(ReviewSession& session, const EvaluationController& evaluation, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // The statement of a criterion of the review's set ("Six weeks of conservative care…"), or its id when
    // the set is not loaded.
    QString criterionText(const QString& criterionId) const;

private:
    void reload();

    ReviewSession& m_session;
    const EvaluationController& m_evaluation;
};

} // namespace spinereview
