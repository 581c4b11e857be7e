// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

// Drives a table's cell editors the way a reviewer does with the keyboard: select the cell, F2, change the
// editor, Enter. Each returns false when the editor did not open or did not offer what was asked.
namespace cellkeys {

inline QWidget* openEditor(QAbstractItemView* view, const QModelIndex& index)
{
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    return view->indexWidget(index);
}

// Commits with Enter; the delegate commits on the next turn of the event loop, so wait for the editor to go.
inline bool commit(QAbstractItemView* view, QWidget* editor, const QModelIndex& index)
{
    QTest::keyClick(editor, Qt::Key_Return);
    return QTest::qWaitFor([&] { return view->indexWidget(index) == nullptr; });
}

// Picks `label` in a choice cell with Home and the down arrow.
inline bool choose(QAbstractItemView* view, const QModelIndex& index, const QString& label)
{
    auto* box = qobject_cast<QComboBox*>(openEditor(view, index));
    if (!box)
        return false;
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < box->count() && box->currentText() != label; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    if (box->currentText() != label)
        return false;
    return commit(view, box, index);
}

// Types `text` into a text cell (dates, numbers), replacing what it held.
inline bool type(QAbstractItemView* view, const QModelIndex& index, const QString& text)
{
    auto* edit = qobject_cast<QLineEdit*>(openEditor(view, index));
    if (!edit)
        return false;
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    if (!edit->hasAcceptableInput()) {
        // The delegate refuses to commit what its validator does not accept: Enter leaves the editor open.
        QTest::keyClick(edit, Qt::Key_Return);
        QCoreApplication::processEvents();
        return false;
    }
    return commit(view, edit, index);
}

// Ticks exactly the rows `rows` of a check-list cell (the levels of an operation) with the arrows and Space.
inline bool tick(QAbstractItemView* view, const QModelIndex& index, const QList<int>& rows)
{
    auto* list = qobject_cast<QListWidget*>(openEditor(view, index));
    if (!list)
        return false;
    list->setFocus();
    for (int row = 0; row < list->count(); ++row) {
        if (row > 0)
            QTest::keyClick(list, Qt::Key_Down);
        if (list->currentRow() != row)
            return false;
        const bool checked = list->item(row)->checkState() == Qt::Checked;
        if (checked != rows.contains(row))
            QTest::keyClick(list, Qt::Key_Space);
    }
    return commit(view, list, index);
}

} // namespace cellkeys
