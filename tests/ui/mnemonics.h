// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Mnemonics (Alt + the underlined letter) as a person meets them on one screen of the desk, for the tests that
// check no two of them share a letter — in English (tst_everyone) and in every translation (tst_translateddesk).
#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QMultiHash>
#include <QRegularExpression>

namespace testing {

// The mnemonic letter of a label or button text ("&Levels" → "L"), or an empty string.
inline QString mnemonicOf(const QString& text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(?<!&)&([^&\\s])"));
    const QRegularExpressionMatch match = mnemonic.match(text);
    return match.hasMatch() ? match.captured(1).toUpper() : QString();
}

// "Alt+L: &Levels, Nive&les" for every letter that two visible labels, buttons, group boxes or menu-bar menus
// of `window` share; empty when every mnemonic is unique.
inline QStringList mnemonicClashes(const QMainWindow& window)
{
    QMultiHash<QString, QString> owners;
    const QList<QAction*> menus = window.menuBar()->actions();
    for (const QAction* menu : menus) {
        if (const QString letter = mnemonicOf(menu->text()); !letter.isEmpty())
            owners.insert(letter, menu->text());
    }
    const QList<QWidget*> widgets = window.findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        if (!widget->isVisibleTo(&window))
            continue;
        QString text;
        if (const auto* label = qobject_cast<const QLabel*>(widget); label && label->buddy())
            text = label->text();
        else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            text = button->text();
        else if (const auto* group = qobject_cast<const QGroupBox*>(widget))
            text = group->title();
        if (const QString letter = mnemonicOf(text); !letter.isEmpty())
            owners.insert(letter, text);
    }
    QStringList clashes;
    const QList<QString> letters = owners.uniqueKeys();
    for (const QString& letter : letters) {
        if (owners.count(letter) > 1)
            clashes.append(QStringLiteral("Alt+%1: %2").arg(letter, owners.values(letter).join(QStringLiteral(", "))));
    }
    return clashes;
}

} // namespace testing
