// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "reports/htmlwriter.h"

#include <QCoreApplication>

namespace spinereview {

// The clinical record as the letter of medical necessity tells it: history, examination, imaging per level,
// electrodiagnosis and the conservative care, each line made only of what the case documents. A finding
// documented as absent is said so ("no"); one not documented is left out.
class ClinicalText
{
    Q_DECLARE_TR_FUNCTIONS(ClinicalText)

public:
    // Age (or date of birth) and sex.
    static HtmlWriter::Fields patient(const SpineCase& spineCase);
    static HtmlWriter::Fields symptoms(const SpineCase& spineCase);
    static HtmlWriter::Fields exam(const SpineCase& spineCase);
    // One line per prior operation; "None documented" for a history documented as empty.
    static QStringList priorOperations(const SpineCase& spineCase);
    // "MRI, 2025-08-20", with the whole-spine measurements when documented.
    static QString imagingStudy(const ImagingStudy& study);
    // One row per level: level, findings.
    static QList<QStringList> imagingLevels(const ImagingStudy& study);
    static QString emgStudy(const EmgStudy& study);
    // One row per episode, earliest first: type, start, end, sessions, response, remarks.
    static QList<QStringList> therapyEpisodes(const SpineCase& spineCase);
    static QStringList therapyHeader();

private:
    static QString levelFindings(const LevelFindings& findings);
};

} // namespace spinereview
