// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace spinereview {

// Edits the cells of a ClinicalListModel with the editor its column asks for: a combo box for a choice, a
// spin box for a number, a date edit for a date. Each editor's first value is "Not documented", so a cell can
// always go back to absent.
class ClinicalItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClinicalItemDelegate)

public:
    explicit ClinicalItemDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace spinereview
