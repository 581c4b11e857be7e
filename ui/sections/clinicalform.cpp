// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/clinicalform.h"

#include "core/i18n/resulttexts.h"
#include "theme/issuelabel.h"

#include <QAbstractItemView>
#include <QFormLayout>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QPalette>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// The registered entry whose path is the longest prefix of `path`, by JSON segment.
template <typename T>
const std::pair<QString, T>* bestMatch(const QList<std::pair<QString, T>>& entries, const QString& path)
{
    const std::pair<QString, T>* best = nullptr;
    for (const auto& entry : entries) {
        if (entry.second && ClinicalForm::isUnder(path, entry.first) &&
            (!best || entry.first.size() > best->first.size()))
            best = &entry;
    }
    return best;
}

const QRegularExpression& elementPattern()
{
    static const QRegularExpression pattern(u"^\\[(\\d+)\\](?:\\.([A-Za-z0-9_-]+))?"_s);
    return pattern;
}

} // namespace

QVBoxLayout* ClinicalForm::createPage(QWidget* section)
{
    m_scrollArea = new QScrollArea(section);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    // The page's fields take the focus; the scroll area itself would be one more Tab stop with nothing to do.
    m_scrollArea->setFocusPolicy(Qt::NoFocus);
    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    m_scrollArea->setWidget(page);
    auto* outer = new QVBoxLayout(section);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scrollArea);
    return pageLayout;
}

QFormLayout* ClinicalForm::addGroup(QVBoxLayout* page, const QString& title)
{
    auto* group = new QGroupBox(title);
    page->addWidget(group);
    auto* layout = new QFormLayout(group);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return layout;
}

QString ClinicalForm::objectNameFor(const QString& jsonPath)
{
    QString name = jsonPath;
    name.replace(u'.', u'_');
    name.remove(u'[');
    name.remove(u']');
    return name;
}

QString ClinicalForm::plainText(const QString& labelWithMnemonic)
{
    QString text;
    for (qsizetype i = 0; i < labelWithMnemonic.size(); ++i) {
        if (labelWithMnemonic.at(i) == u'&' && i + 1 < labelWithMnemonic.size())
            ++i;
        text.append(labelWithMnemonic.at(i));
    }
    return text;
}

bool ClinicalForm::isUnder(const QString& path, const QString& base)
{
    if (!path.startsWith(base))
        return false;
    if (path.size() == base.size())
        return true;
    const QChar next = path.at(base.size());
    return next == u'.' || next == u'[';
}

void ClinicalForm::addRow(QFormLayout* layout, const QString& label, QWidget* field, const QString& path)
{
    // The issue label sits under its field, so a problem is read where it is fixed.
    auto* cell = new QWidget;
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(field);
    cellLayout->addWidget(createIssueLabel(path));
    auto* labelWidget = new QLabel(label);
    labelWidget->setBuddy(field);
    layout->addRow(labelWidget, cell);
    addField(field, path, plainText(label));
}

void ClinicalForm::addCompositeRow(QFormLayout* layout, const QString& label, QWidget* field, QWidget* buddy)
{
    auto* labelWidget = new QLabel(label);
    labelWidget->setBuddy(buddy);
    layout->addRow(labelWidget, field);
}

void ClinicalForm::addField(QWidget* field, const QString& path, const QString& accessibleName)
{
    field->setObjectName(objectNameFor(path));
    field->setAccessibleName(accessibleName);
    addFocusTarget(path, field);
}

void ClinicalForm::addFocusTarget(const QString& path, QWidget* target)
{
    m_focusTargets.append({path, target});
}

QLabel* ClinicalForm::createIssueLabel(const QString& path)
{
    auto* label = new IssueLabel(u"issue_"_s + objectNameFor(path), QString());
    addIssuePath(path, label);
    return label;
}

void ClinicalForm::addIssuePath(const QString& path, QLabel* label)
{
    m_issueLabels.append({path, label});
}

bool ClinicalForm::focusPath(const QString& path) const
{
    // The most specific field wins; a disabled or hidden one (a cotinine level while no test is documented, a
    // table while its list is not, the plan of a level not requested) gives way to the next match.
    QList<const std::pair<QString, QPointer<QWidget>>*> matches;
    for (const auto& entry : m_focusTargets) {
        if (entry.second && isUnder(path, entry.first))
            matches.append(&entry);
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const auto* a, const auto* b) { return a->first.size() > b->first.size(); });
    const auto usable = std::find_if(matches.cbegin(), matches.cend(),
                                     [](const auto* m) { return m->second->isEnabled() && !m->second->isHidden(); });
    if (usable == matches.cend())
        return false;
    const auto* match = *usable;
    QWidget* target = match->second;
    // An element of a list shown as a table: select its row, and its column when the path names a member.
    auto* view = qobject_cast<QAbstractItemView*>(target);
    const auto element = elementPattern().match(QStringView(path).mid(match->first.size()));
    if (view && view->model() && element.hasMatch()) {
        const QAbstractItemModel* model = view->model();
        int column = 0;
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->headerData(c, Qt::Horizontal, Qt::UserRole).toString() == element.captured(2))
                column = c;
        }
        const QModelIndex index = model->index(element.captured(1).toInt(), column);
        if (index.isValid())
            view->setCurrentIndex(index);
    }
    target->setFocus(Qt::OtherFocusReason);
    if (m_scrollArea)
        m_scrollArea->ensureWidgetVisible(target);
    return true;
}

void ClinicalForm::showIssues(const ValidationIssues& issues) const
{
    QHash<QLabel*, QStringList> messages;
    for (const ValidationIssue& issue : issues) {
        const auto* match = bestMatch(m_issueLabels, issue.path);
        if (!match)
            continue;
        // What lies below the label's own path (a row of a table, a level) is named in front of the message.
        QString where = issue.path.mid(match->first.size());
        if (where.startsWith(u'.'))
            where.remove(0, 1);
        const auto element = elementPattern().match(where);
        if (element.hasMatch()) {
            const QString row = tr("entry %1").arg(element.captured(1).toInt() + 1);
            const QString rest = where.mid(element.capturedLength());
            where = element.captured(2).isEmpty() ? row : row + u", "_s + element.captured(2) + rest;
        }
        messages[match->second].append(where.isEmpty() ? tr("⚠ %1").arg(ResultTexts::phrase(issue.message))
                                                       : tr("⚠ %1: %2").arg(where, ResultTexts::phrase(issue.message)));
    }
    for (const auto& entry : m_issueLabels) {
        if (!entry.second)
            continue;
        const QStringList lines = messages.value(entry.second);
        entry.second->setText(lines.join(u'\n'));
        entry.second->setVisible(!lines.isEmpty());
    }
}

void ClinicalForm::reload() const
{
    for (const auto& loader : m_loaders)
        loader();
}

} // namespace spinereview
