// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "core/json/validationissue.h"
#include "interop/mappingreport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace spinereview {

struct FhirImportOptions
{
    // The case id to give the case; empty: the bundle's identifier or id, else `fallbackCaseId`.
    QString caseId;
    // The case id when neither the options nor the bundle give one (the desk uses the file's name); empty:
    // such a bundle is refused.
    QString fallbackCaseId;
    // The day of the import: procedures completed after it are inconsistent. Invalid: today.
    QDate today;
};

// What an import produced: the case when the file could be turned into a valid spinereview-case/1 (else
// the errors naming file, JSON path and problem), and in both cases the report of what was and was not mapped.
struct FhirImportResult
{
    std::optional<SpineCase> value;
    ValidationIssues errors;
    MappingReport report;

    bool ok() const { return value.has_value(); }
};

// Turns a FHIR R4 Bundle into a pre-filled case and a mapping report. The bundle is refused (errors, no
// case) when it is not JSON, not a Bundle, written for another FHIR release, of a type without a record
// (history, responses), holds entries without resources or the records of more than one patient, or lacks
// what spinereview-case/1 requires and no default may stand in for: the requested levels and components
// (case-format.md documents no minimum for them). Everything else the bundle holds is mapped where a field
// backs it and reported otherwise: a value the bundle does not state is never written. Errors and report are
// written in the language installed when the import runs.
class FhirBundleImporter
{
    Q_DECLARE_TR_FUNCTIONS(FhirBundleImporter)

public:
    static FhirImportResult importFile(const QString& path, const FhirImportOptions& options = {});
    static FhirImportResult importBytes(const QByteArray& json, const QString& fileName,
                                        const FhirImportOptions& options = {});
};

} // namespace spinereview
