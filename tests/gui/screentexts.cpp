// SPDX-License-Identifier: GPL-3.0-or-later
#include "screentexts.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace testing {

namespace {

// Where `widget` sits under `root`: object names where it has one, else its class and its place among its
// siblings of that class — the same for the same window built in any language.
QString pathOf(const QWidget* widget, const QWidget* root)
{
    QStringList parts;
    for (const QObject* at = widget; at && at != root; at = at->parent()) {
        if (!at->objectName().isEmpty()) {
            parts.prepend(at->objectName());
            continue;
        }
        int index = 0;
        if (const QObject* parent = at->parent()) {
            for (const QObject* sibling : parent->children()) {
                if (sibling == at)
                    break;
                if (sibling->metaObject() == at->metaObject())
                    ++index;
            }
        }
        parts.prepend(QString::fromLatin1(at->metaObject()->className()) + u'#' + QString::number(index));
    }
    return parts.join(u'/');
}

QString plain(const QString& text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

void collectActions(const QList<QAction*>& actions, const QString& key, QMap<QString, QString>& into, int depth = 0)
{
    int index = 0;
    for (const QAction* action : actions) {
        const QString at = key + u"/action#"_s + QString::number(index++);
        if (!action->text().isEmpty() && !action->isSeparator())
            into.insert(at, action->text());
        if (!action->toolTip().isEmpty() && action->toolTip() != action->text())
            into.insert(at + u"/toolTip"_s, action->toolTip());
        if (action->menu() && depth < 3)
            collectActions(action->menu()->actions(), at, into, depth + 1);
    }
}

} // namespace

void ScreenTexts::add(const QString& key, const QString& text)
{
    const QString shown = plain(text).trimmed();
    if (!shown.isEmpty())
        m_texts.insert(key, shown);
}

void ScreenTexts::collectModel(const QAbstractItemModel& model, const QString& key, const QModelIndex& parent,
                               int depth)
{
    if (!parent.isValid()) {
        for (int column = 0; column < model.columnCount(); ++column)
            add(key + u"/header#"_s + QString::number(column), model.headerData(column, Qt::Horizontal).toString());
    }
    const int rows = std::min(model.rowCount(parent), 60);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            const QString at = key + u"/"_s + QString::number(row) + u',' + QString::number(column);
            // What the reader typed is theirs, in whatever language they wrote it.
            if (!(model.flags(index) & Qt::ItemIsEditable))
                add(at, index.data(Qt::DisplayRole).toString());
            add(at + u"/toolTip"_s, index.data(Qt::ToolTipRole).toString());
            if (column == 0 && depth < 4 && model.hasChildren(index))
                collectModel(model, at, index, depth + 1);
        }
    }
}

void ScreenTexts::collect(const QWidget* root, const QString& prefix)
{
    QList<const QWidget*> widgets{root};
    for (const QWidget* child : root->findChildren<QWidget*>())
        widgets.append(child);
    for (const QWidget* widget : widgets) {
        if (!widget->isVisibleTo(root) && widget != root)
            continue;
        const QString key = prefix + u'/' + pathOf(widget, root);
        add(key + u"/toolTip"_s, widget->toolTip());
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            add(key, label->text());
        else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            add(key, button->text());
        else if (const auto* group = qobject_cast<const QGroupBox*>(widget))
            add(key, group->title());
        else if (const auto* line = qobject_cast<const QLineEdit*>(widget))
            add(key + u"/placeholder"_s, line->placeholderText());
        else if (const auto* tabs = qobject_cast<const QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(key + u"/tab#"_s + QString::number(i), tabs->tabText(i));
        } else if (const auto* combo = qobject_cast<const QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(key + u"/item#"_s + QString::number(i), combo->itemText(i));
        } else if (const auto* browser = qobject_cast<const QTextBrowser*>(widget)) {
            add(key, browser->toPlainText());
        } else if (const auto* view = qobject_cast<const QAbstractItemView*>(widget)) {
            if (view->model() && !qobject_cast<const QHeaderView*>(view) && !qobject_cast<const QComboBox*>(view))
                collectModel(*view->model(), key, {}, 0);
        } else if (const auto* bar = qobject_cast<const QMenuBar*>(widget)) {
            collectActions(bar->actions(), key, m_texts);
        } else if (const auto* tools = qobject_cast<const QToolBar*>(widget)) {
            collectActions(tools->actions(), key, m_texts);
        } else if (const auto* chartView = qobject_cast<const QChartView*>(widget)) {
            const QChart* chart = chartView->chart();
            add(key + u"/title"_s, chart->title());
            int axis = 0;
            for (const QAbstractAxis* each : chart->axes())
                add(key + u"/axis#"_s + QString::number(axis++), each->titleText());
            int marker = 0;
            for (const QLegendMarker* each : chart->legend()->markers())
                add(key + u"/legend#"_s + QString::number(marker++), each->label());
        }
    }
}

bool ScreenTexts::looksEnglish(const QString& text)
{
    // Words that only English uses among the desk's languages; a code, a level or a name has none of them.
    static const QSet<QString> english{
        u"the"_s,        u"and"_s,      u"with"_s,       u"for"_s,    u"from"_s,     u"needs"_s,     u"not"_s,
        u"is"_s,         u"are"_s,      u"was"_s,        u"of"_s,     u"to"_s,       u"by"_s,        u"this"_s,
        u"that"_s,       u"which"_s,    u"when"_s,       u"been"_s,   u"has"_s,      u"have"_s,      u"an"_s,
        u"at"_s,         u"or"_s,       u"be"_s,         u"it"_s,     u"its"_s,      u"into"_s,      u"than"_s,
        u"there"_s,      u"what"_s,     u"who"_s,        u"why"_s,    u"open"_s,     u"none"_s,      u"yes"_s,
        u"documented"_s, u"reviewer"_s, u"review"_s,     u"case"_s,   u"criteria"_s, u"criterion"_s, u"request"_s,
        u"decision"_s,   u"reason"_s,   u"save"_s,       u"saved"_s,  u"level"_s,    u"file"_s,      u"unknown"_s,
        u"missing"_s,    u"met"_s,      u"incomplete"_s, u"mapped"_s, u"due"_s,      u"days"_s,      u"weeks"_s};
    // Identifiers keep their English in every language: file paths, JSON paths, the case format's dotted paths,
    // criteria set ids ("founding-review").
    static const QRegularExpression identifier(
        u"(/|\\$)\\S*|[A-Za-z_]+(\\.[A-Za-z_0-9\\[\\]]+)+|\\b[a-z0-9]+(-[a-z0-9]+)+\\b"_s);
    static const QRegularExpression word(u"[A-Za-z]+"_s);
    const QString prose = QString(text).replace(identifier, u" "_s);
    for (auto match = word.globalMatch(prose); match.hasNext();) {
        if (english.contains(match.next().captured().toLower()))
            return true;
    }
    return false;
}

QStringList ScreenTexts::untranslatedIn(const ScreenTexts& other) const
{
    // Line by line: a message of several lines (an import's summary, a tooltip) is translated line by line, and one
    // line left in English is as much a miss as a whole label.
    QStringList out;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        const auto there = other.m_texts.constFind(it.key());
        if (there == other.m_texts.cend())
            continue;
        const QStringList translatedLines = there->split(u'\n');
        for (const QString& line : it->split(u'\n')) {
            if (translatedLines.contains(line) && looksEnglish(line))
                out.append(it.key() + u": "_s + line);
        }
    }
    return out;
}

} // namespace testing
