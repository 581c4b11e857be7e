// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStringList>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>

// What the clinical section tests share: clicking and typing the way a reviewer does.
namespace clinicaltest {

// Clicks a check box on its indicator, which is inside its hit area however wide the layout makes the box.
inline void click(QCheckBox* box)
{
    QStyleOptionButton option;
    option.initFrom(box);
    option.text = box->text();
    const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, Qt::NoModifier, indicator.center());
}

// Replaces a line edit's text as typed: select all, then type (an empty `text` clears the field).
inline void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

// Moves a closed combo box from its first item down `steps` items with the arrow key, as from the keyboard.
inline void chooseDown(QComboBox* box, int steps)
{
    box->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(box, Qt::Key_Down);
}

// Opens the editor of a table cell with F2, as the keyboard does, and returns it.
inline QWidget* openEditor(QAbstractItemView* view, const QModelIndex& index)
{
    view->setFocus(Qt::OtherFocusReason);
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    return QApplication::focusWidget();
}

// Commits the open editor of a table with Enter; the delegate commits and closes it from the event loop.
inline void commit(QWidget* editor)
{
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

// The name of `widget` or of its nearest ancestor whose name is in `names`: the field a focus stop belongs to.
inline QString fieldOf(QWidget* widget, const QStringList& names)
{
    for (QWidget* w = widget; w; w = w->parentWidget()) {
        if (names.contains(w->objectName()))
            return w->objectName();
    }
    return {};
}

// Tabs from `first` until `last` has the focus, and returns the fields of `order` passed on the way, in order.
inline QStringList tabThrough(QWidget* first, const QString& last, const QStringList& order, int maximumStops = 300)
{
    first->setFocus(Qt::TabFocusReason);
    QStringList visited;
    for (int i = 0; i < maximumStops; ++i) {
        QWidget* focus = QApplication::focusWidget();
        if (!focus)
            break;
        const QString field = fieldOf(focus, order);
        if (!field.isEmpty() && (visited.isEmpty() || visited.last() != field))
            visited.append(field);
        if (field == last)
            break;
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return visited;
}

// Whether `visited` follows `order` (fields may be skipped, e.g. disabled ones, but never revisited).
inline bool followsOrder(const QStringList& visited, const QStringList& order)
{
    qsizetype previous = -1;
    for (const QString& field : visited) {
        const qsizetype at = order.indexOf(field);
        if (at <= previous)
            return false;
        previous = at;
    }
    return true;
}

} // namespace clinicaltest
