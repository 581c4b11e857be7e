// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/levelsdelegate.h"

#include "core/case/caseenums.h"

#include <QListWidget>

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;

LevelsDelegate::LevelsDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QWidget* LevelsDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& /*option*/,
                                      const QModelIndex& index) const
{
    auto* list = new QListWidget(parent);
    list->setObjectName(u"cellLevels"_s);
    list->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    list->setToolTip(tr("Space ticks a level; Enter keeps the choice"));
    for (const QString& name : enumAllNames<Level>()) {
        auto* item = new QListWidgetItem(name, list);
        item->setData(Qt::UserRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setCurrentRow(0);
    return list;
}

void LevelsDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* list = qobject_cast<QListWidget*>(editor);
    if (!list)
        return;
    const QStringList chosen = index.data(Qt::EditRole).toStringList();
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem* item = list->item(row);
        item->setCheckState(chosen.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

void LevelsDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* list = qobject_cast<QListWidget*>(editor);
    if (!list)
        return;
    QStringList chosen;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            chosen.append(list->item(row)->data(Qt::UserRole).toString());
    }
    model->setData(index, chosen, Qt::EditRole);
}

void LevelsDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                          const QModelIndex& /*index*/) const
{
    auto* list = qobject_cast<QListWidget*>(editor);
    if (!list) {
        editor->setGeometry(option.rect);
        return;
    }
    const int rows = list->count();
    const int height = rows * list->sizeHintForRow(0) + 2 * list->frameWidth();
    const int width = std::max(option.rect.width(), list->sizeHintForColumn(0) + 2 * list->frameWidth() + 8);
    // Kept inside the viewport so the last rows' lists are not cut off at its bottom.
    const int space = list->parentWidget() ? list->parentWidget()->height() : option.rect.bottom() + height;
    const int top = std::max(0, std::min(option.rect.y(), space - height));
    list->setGeometry(option.rect.x(), top, width, height);
}

} // namespace spinereview
