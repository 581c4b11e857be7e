// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/enumdelegate.h"

#include "models/cellroles.h"

#include <QComboBox>

namespace spinereview {

EnumDelegate::EnumDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QWidget* EnumDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QStringList labels = index.data(ChoiceLabelsRole).toStringList();
    const QVariantList values = index.data(ChoiceValuesRole).toList();
    if (labels.isEmpty() || labels.size() != values.size())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("cellChoice"));
    for (qsizetype i = 0; i < labels.size(); ++i)
        box->addItem(labels[i], values[i]);
    box->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole).toString());
    return box;
}

void EnumDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* box = qobject_cast<QComboBox*>(editor);
    if (!box) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QVariant value = index.data(Qt::EditRole);
    for (int i = 0; i < box->count(); ++i) {
        const QVariant choice = box->itemData(i);
        if (choice.isValid() == value.isValid() && (!value.isValid() || choice == value)) {
            box->setCurrentIndex(i);
            return;
        }
    }
}

void EnumDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* box = qobject_cast<QComboBox*>(editor);
    if (!box) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    model->setData(index, box->currentData(), Qt::EditRole);
}

} // namespace spinereview
