// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/casedocument.h"

#include "core/case/casereader.h"
#include "core/case/casewriter.h"

namespace spinereview {

using namespace Qt::StringLiterals;

CaseDocument::CaseDocument(QObject* parent)
    : QObject(parent)
    , m_case(emptyCase())
{}

SpineCase CaseDocument::emptyCase()
{
    SpineCase c;
    c.caseId = u"new-case"_s;
    // The format requires a requested level and component; these are the most common request and the
    // first fields a reviewer sets.
    c.request.levels = {Level::L4L5};
    c.request.components = {Component::Decompression};
    return c;
}

void CaseDocument::edit(const std::function<void(SpineCase&)>& change, const QString& origin)
{
    change(m_case);
    setModified(true);
    emit caseEdited(origin);
    revalidate();
}

void CaseDocument::reset()
{
    replace(emptyCase(), {});
}

ValidationIssues CaseDocument::load(const QString& path)
{
    CaseReadResult read = CaseReader::readFile(path);
    if (!read.ok())
        return read.issues;
    replace(*read.value, path);
    return {};
}

void CaseDocument::replace(const SpineCase& spineCase, const QString& filePath, bool modified)
{
    m_case = spineCase;
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    setModified(modified);
    emit caseReplaced();
    revalidate();
}

QString CaseDocument::save(const QString& path)
{
    QString error;
    if (!CaseWriter::writeFile(m_case, path, &error))
        return error.isEmpty() ? tr("The case could not be written to %1.").arg(path) : error;
    if (m_filePath != path) {
        m_filePath = path;
        emit filePathChanged(m_filePath);
    }
    setModified(false);
    return {};
}

void CaseDocument::revalidate()
{
    // The forms keep values in range; what only the whole case can tell (an episode ending before it
    // starts, a duplicate level) comes from the same validation that reads files.
    ValidationIssues issues = CaseReader::readObject(CaseWriter::toJson(m_case), m_filePath).issues;
    if (issues.size() == m_issues.size() &&
        std::equal(issues.cbegin(), issues.cend(), m_issues.cbegin(),
                   [](const auto& a, const auto& b) { return a.path == b.path && a.message == b.message; }))
        return;
    m_issues = std::move(issues);
    emit issuesChanged(m_issues);
}

void CaseDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(m_modified);
}

} // namespace spinereview
