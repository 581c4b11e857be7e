// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace spinereview {

// Edits a choice cell with a combo box of the values its model offers (ChoiceLabelsRole/ChoiceValuesRole),
// "Not documented" among them wherever the field is optional. Keyboard: F2 or Enter opens it, the arrows or
// typing pick, Enter commits, Escape cancels.
class EnumDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnumDelegate)

public:
    explicit EnumDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace spinereview
