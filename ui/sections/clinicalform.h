// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/json/validationissue.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <utility>

class QFormLayout;
class QLabel;
class QScrollArea;
class QVBoxLayout;
class QWidget;

namespace spinereview {

// The bookkeeping a clinical section shares with its panels: which widget shows which JSON path (for
// focusPath()), which label shows the validation issues under a path (for showIssues()), and how each widget
// is filled from the case (for reload()). Paths match by JSON segment, the longest registered prefix winning,
// so "exam.motorDeficit[0].grade" finds the motor deficit table and "request.levels[1]" the levels row.
class ClinicalForm final
{
    Q_DECLARE_TR_FUNCTIONS(ClinicalForm)
    Q_DISABLE_COPY_MOVE(ClinicalForm)

public:
    ClinicalForm() = default;

    // Fills `section` with a scroll area and returns the layout of the scrolled page, groups going in order.
    QVBoxLayout* createPage(QWidget* section);
    // A titled group on `page` whose rows are label and field.
    static QFormLayout* addGroup(QVBoxLayout* page, const QString& title);

    // "request.levels.L4-L5" → "request_levels_L4-L5": the objectName convention tests and tools rely on.
    static QString objectNameFor(const QString& jsonPath);
    // The label text without its mnemonic marker, for accessible names.
    static QString plainText(const QString& labelWithMnemonic);
    // Whether `path` is `base` or lies inside it (a member or an element).
    static bool isUnder(const QString& path, const QString& base);

    // Adds a labelled row whose field is named after `path`, is the label's buddy and has an issue label below.
    void addRow(QFormLayout* layout, const QString& label, QWidget* field, const QString& path);
    // A labelled row whose field names its own parts and places its own issue label (a list, a grid of boxes).
    static void addCompositeRow(QFormLayout* layout, const QString& label, QWidget* field, QWidget* buddy);
    // Names `field` after `path`, gives it an accessible name and makes it the focus target of `path`.
    void addField(QWidget* field, const QString& path, const QString& accessibleName);
    void addFocusTarget(const QString& path, QWidget* target);
    // A hidden label, placed by the caller, that shows the issues of `path` and everything under it.
    QLabel* createIssueLabel(const QString& path);
    void addIssuePath(const QString& path, QLabel* label);

    // The first field registered, where the section's own focus goes.
    QWidget* firstField() const { return m_focusTargets.isEmpty() ? nullptr : m_focusTargets.first().second.data(); }
    bool focusPath(const QString& path) const;
    void showIssues(const ValidationIssues& issues) const;

    // Registers how part of the form is filled from the case; reload() runs every loader in order.
    void addLoader(std::function<void()> loader) { m_loaders.append(std::move(loader)); }
    void reload() const;

private:
    QScrollArea* m_scrollArea = nullptr;
    QList<std::pair<QString, QPointer<QWidget>>> m_focusTargets;
    QList<std::pair<QString, QPointer<QLabel>>> m_issueLabels;
    QList<std::function<void()>> m_loaders;
};

} // namespace spinereview
