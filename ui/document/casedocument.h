// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "core/json/validationissue.h"

#include <QObject>

#include <functional>

namespace spinereview {

// The case being reviewed: the one model every form edits and every result is computed from. Forms change
// it only through edit(), which tells everyone listening; files come and go through load() and save().
class CaseDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDocument)

public:
    explicit CaseDocument(QObject* parent = nullptr);

    const SpineCase& spineCase() const { return m_case; }
    QString filePath() const { return m_filePath; }
    bool isModified() const { return m_modified; }
    // What the format's validation says of the case as it stands (end before start, …), by JSON path.
    const ValidationIssues& issues() const { return m_issues; }

    // Applies one change made in a form. `origin` names the JSON path edited, so the form that made the
    // change need not reload itself.
    void edit(const std::function<void(SpineCase&)>& change, const QString& origin = {});

    // A new, empty case (the format's required fields only, with placeholders a reviewer fills in).
    void reset();
    // Replaces the case with a file's; on failure keeps the current case and returns every problem.
    ValidationIssues load(const QString& path);
    // Replaces the case with one already read (an example, a stored case, a recovered draft). A recovered
    // draft comes back `modified`: it holds work that was never saved.
    void replace(const SpineCase& spineCase, const QString& filePath, bool modified = false);
    // Writes the case atomically; returns an error message, empty on success.
    QString save(const QString& path);
    // The case was saved somewhere other than a file (the database): it is no longer modified.
    void markSaved() { setModified(false); }

    static SpineCase emptyCase();

signals:
    // The whole case changed (new, open): forms reload everything.
    void caseReplaced();
    // One edit was applied; `origin` is the path edited (may be empty).
    void caseEdited(const QString& origin);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    void issuesChanged(const ValidationIssues& issues);

private:
    void setModified(bool modified);
    void revalidate();

    SpineCase m_case;
    QString m_filePath;
    bool m_modified = false;
    ValidationIssues m_issues;
};

} // namespace spinereview
