// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace spinereview {

// A reviewer's working copy of a case (and its review), autosaved while they edit; not a record: drafts are
// not audited, and one is removed when its case is saved or the reviewer discards it.
struct Draft
{
    qint64 ref = 0;                // 0: not stored yet
    QString owner;                 // who was working (the reviewer's name, or the OS user)
    std::optional<qint64> caseRef; // nullopt: a case not stored in the database (a file, or a new case)
    std::optional<qint64> reviewRef;
    QString sourcePath;     // the file the desk had open, if any
    QByteArray document;    // the case as it stood, spinereview-case/1 JSON
    QByteArray reviewState; // the review's unsaved decisions, notes and status as JSON; empty: none
    QDateTime savedAt;      // set by save()
};

} // namespace spinereview
