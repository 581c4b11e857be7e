// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QStringList>

namespace spinereview {

// A case file without what identifies its patient, for `spinereview db export --deidentify`.
//
// Removed, per case-format.md: `patient.id` (the record number — "omit it to keep the file de-identified"),
// `coverage.memberId`, `patient.birthDate` (replaced by `ageYears` as of the review date, so criteria that
// read age still can), and the free-text `notes`, which may name anyone. Ages over 89 become 90, as HIPAA's
// Safe Harbor method groups them. Everything else is kept, fields the format does not know included.
// This is not Safe Harbor de-identification: dates of imaging, therapy and receipt remain because the
// criteria count time from them (under HIPAA the result is a limited data set).
class Deidentifier
{
public:
    struct Result
    {
        QByteArray document; // indented JSON ending in a newline; empty when the input is not a JSON object
        QStringList changes; // JSON paths of what was removed or replaced
        QString error;
    };

    // `today` stands in for a case without a reviewDate.
    static Result deidentify(const QByteArray& document, QDate today);
};

} // namespace spinereview
