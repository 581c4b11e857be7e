// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace spinereview {

// One thing wrong with an input file: which file, where in it (a JSON path such as
// `imaging[0].levels.L4-L5.centralStenosis`, empty for the whole document) and what was expected.
struct ValidationIssue
{
    QString file;
    QString path;
    QString message;

    // "FILE: PATH: MESSAGE", the form every command-line message takes.
    QString toString() const;
};

using ValidationIssues = QList<ValidationIssue>;

// Joins JSON path segments the way messages print them.
QString jsonPathMember(const QString& parent, const QString& key);
QString jsonPathIndex(const QString& parent, qsizetype index);

} // namespace spinereview
