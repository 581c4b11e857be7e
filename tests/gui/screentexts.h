// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every text a window shows a reader, keyed by where it is shown, so that the same window built in two
// languages can be compared place by place.
#include <QMap>
#include <QString>

class QAbstractItemModel;
class QModelIndex;
class QWidget;

namespace testing {

class ScreenTexts
{
public:
    // Adds what `root` and its visible descendants show: labels, buttons, titles, tabs, placeholders, combo
    // items, menus and tool bars, item views (headers and the cells a reader cannot edit), text browsers and
    // charts. Keys start with `prefix`, so one collection can hold several windows or pages.
    void collect(const QWidget* root, const QString& prefix);

    // Adds a text shown outside a widget tree the walk reaches: a message's text, a summary of an import.
    void add(const QString& key, const QString& text);

    const QMap<QString, QString>& texts() const { return m_texts; }

    // The places where `other` shows a line of what this collection shows word for word and the line reads as
    // English prose: "place: line", one per line. What a reader enters (editable fields) is not collected.
    QStringList untranslatedIn(const ScreenTexts& other) const;

    // Whether `text` reads like an English sentence or phrase rather than a code, a name or a number.
    static bool looksEnglish(const QString& text);

private:
    void collectModel(const QAbstractItemModel& model, const QString& key, const QModelIndex& parent, int depth);

    QMap<QString, QString> m_texts;
};

} // namespace testing
