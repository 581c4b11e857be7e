// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/requestscopepanel.h"

#include "document/casedocument.h"
#include "editors/caselabels.h"
#include "sections/clinicalform.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// Requested levels and components are sets; they are kept in the format's order (cranial first).
template <typename E> void setMember(QList<E>& list, E value, bool member)
{
    if (!member) {
        list.removeAll(value);
    } else if (!list.contains(value)) {
        list.append(value);
        std::sort(list.begin(), list.end());
    }
}

void setBoxChecked(QCheckBox* box, bool checked)
{
    const QSignalBlocker blocker(box);
    box->setChecked(checked);
}

// A field made of several boxes, with the issue label of its path below them.
QWidget* withIssues(ClinicalForm& form, QLayout* boxes, const QString& path)
{
    auto* cell = new QWidget;
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(boxes);
    layout->addWidget(form.createIssueLabel(path));
    return cell;
}

} // namespace

RequestScopePanel::RequestScopePanel(CaseDocument& document, ClinicalForm& form, QWidget* parent)
    : QGroupBox(tr("Levels and components"), parent)
    , m_document(document)
{
    auto* layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    buildLevels(form, layout);
    buildComponents(form, layout);
    buildComponentLevels(form, layout);
}

void RequestScopePanel::buildLevels(ClinicalForm& form, QFormLayout* layout)
{
    auto* boxes = new QHBoxLayout;
    QWidget* cell = withIssues(form, boxes, u"request.levels"_s);
    ClinicalForm::addCompositeRow(layout, tr("&Levels"), cell, nullptr);
    for (const QString& name : enumAllNames<Level>()) {
        const Level level = *enumFromString<Level>(name);
        auto* box = new QCheckBox(name);
        boxes->addWidget(box);
        form.addField(box, u"request.levels."_s + name, tr("Level %1 requested").arg(name));
        connect(box, &QCheckBox::toggled, this, [this, level](bool on) { setLevel(level, on); });
        m_levels.insert(level, box);
    }
    boxes->addStretch(1);
    form.addFocusTarget(u"request.levels"_s, m_levels.first());
    qobject_cast<QLabel*>(layout->labelForField(cell))->setBuddy(m_levels.first());
}

void RequestScopePanel::buildComponents(ClinicalForm& form, QFormLayout* layout)
{
    auto* boxes = new QGridLayout;
    QWidget* cell = withIssues(form, boxes, u"request.components"_s);
    ClinicalForm::addCompositeRow(layout, tr("C&omponents"), cell, nullptr);
    const QStringList names = enumAllNames<Component>();
    const QStringList labels = CaseLabels::components();
    constexpr int columns = 3;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const Component component = *enumFromString<Component>(names.at(i));
        auto* box = new QCheckBox(labels.value(i, names.at(i)));
        boxes->addWidget(box, static_cast<int>(i / columns), static_cast<int>(i % columns));
        form.addField(box, u"request.components."_s + names.at(i), tr("%1 requested").arg(box->text()));
        connect(box, &QCheckBox::toggled, this, [this, component](bool on) { setComponent(component, on); });
        m_components.insert(component, box);
    }
    form.addFocusTarget(u"request.components"_s, m_components.first());
    qobject_cast<QLabel*>(layout->labelForField(cell))->setBuddy(m_components.first());
}

void RequestScopePanel::buildComponentLevels(ClinicalForm& form, QFormLayout* layout)
{
    auto* grid = new QGridLayout;
    m_componentLevels = withIssues(form, grid, u"request.componentLevels"_s);
    ClinicalForm::addCompositeRow(layout, tr("Levels per com&ponent"), m_componentLevels, m_componentLevels);
    form.addFocusTarget(u"request.componentLevels"_s, m_componentLevels);
    m_componentLevels->setToolTip(tr("Untick “all requested levels” where a component covers fewer levels, e.g. "
                                     "decompression at two levels and fusion at one"));
    grid->addWidget(new QLabel(tr("All requested levels")), 0, 1);
    const QStringList levelNames = enumAllNames<Level>();
    for (qsizetype l = 0; l < levelNames.size(); ++l)
        grid->addWidget(new QLabel(levelNames.at(l)), 0, static_cast<int>(l) + 2);
    const QStringList names = enumAllNames<Component>();
    const QStringList labels = CaseLabels::components();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const Component component = *enumFromString<Component>(names.at(i));
        const QString path = u"request.componentLevels."_s + names.at(i);
        const QString label = labels.value(i, names.at(i));
        const int row = static_cast<int>(i) + 1;
        ComponentRow& r = m_componentRows[component];
        r.label = new QLabel(label);
        grid->addWidget(r.label, row, 0);
        r.all = new QCheckBox;
        r.all->setObjectName(ClinicalForm::objectNameFor(path) + u"_all"_s);
        r.all->setAccessibleName(tr("%1 covers all requested levels").arg(label));
        grid->addWidget(r.all, row, 1);
        form.addFocusTarget(path, r.all);
        connect(r.all, &QCheckBox::toggled, this, [this, component](bool on) { setAllLevels(component, on); });
        for (qsizetype l = 0; l < levelNames.size(); ++l) {
            const Level level = static_cast<Level>(l);
            auto* box = new QCheckBox;
            grid->addWidget(box, row, static_cast<int>(l) + 2);
            form.addField(box, path + u'.' + levelNames.at(l), tr("%1 at %2").arg(label, levelNames.at(l)));
            connect(box, &QCheckBox::toggled, this,
                    [this, component, level](bool on) { setComponentLevel(component, level, on); });
            r.levels.insert(level, box);
        }
    }
    grid->setColumnStretch(static_cast<int>(levelNames.size()) + 2, 1);
}

void RequestScopePanel::refresh()
{
    const Request& request = m_document.spineCase().request;
    for (auto it = m_levels.cbegin(); it != m_levels.cend(); ++it)
        setBoxChecked(it.value(), request.levels.contains(it.key()));
    QWidget* firstRow = nullptr;
    for (auto it = m_components.cbegin(); it != m_components.cend(); ++it) {
        const Component component = it.key();
        const bool requested = request.components.contains(component);
        setBoxChecked(it.value(), requested);
        const bool narrowed = request.componentLevels && request.componentLevels->contains(component);
        const QList<Level> covered = narrowed ? request.componentLevels->value(component) : QList<Level>();
        // A row stays while it holds a narrowing, so a stale one (component no longer requested) can be undone.
        const ComponentRow& row = m_componentRows[component];
        const bool visible = requested || narrowed;
        row.label->setVisible(visible);
        row.all->setVisible(visible);
        setBoxChecked(row.all, !narrowed);
        for (auto level = row.levels.cbegin(); level != row.levels.cend(); ++level) {
            const bool checked = narrowed ? covered.contains(level.key()) : request.levels.contains(level.key());
            setBoxChecked(level.value(), checked);
            level.value()->setVisible(visible);
            level.value()->setEnabled(narrowed && (checked || request.levels.contains(level.key())));
        }
        if (visible && !firstRow)
            firstRow = row.all;
    }
    m_componentLevels->setFocusProxy(firstRow);
}

void RequestScopePanel::setLevel(Level level, bool requested)
{
    m_document.edit([&](SpineCase& c) { setMember(c.request.levels, level, requested); }, u"request.levels"_s);
}

void RequestScopePanel::setComponent(Component component, bool requested)
{
    m_document.edit([&](SpineCase& c) { setMember(c.request.components, component, requested); },
                    u"request.components"_s);
}

void RequestScopePanel::setAllLevels(Component component, bool all)
{
    m_document.edit(
        [&](SpineCase& c) {
            auto& map = c.request.componentLevels;
            if (all) {
                if (map) {
                    map->remove(component);
                    if (map->isEmpty())
                        map.reset();
                }
                return;
            }
            if (!map)
                map.emplace();
            // Narrowing starts from every requested level; the reviewer then unticks what the component skips.
            map->insert(component, c.request.levels);
        },
        u"request.componentLevels."_s + enumToString(component));
}

void RequestScopePanel::setComponentLevel(Component component, Level level, bool covered)
{
    m_document.edit(
        [&](SpineCase& c) {
            auto& map = c.request.componentLevels;
            if (!map)
                map.emplace();
            setMember((*map)[component], level, covered);
        },
        u"request.componentLevels."_s + enumToString(component));
}

} // namespace spinereview
