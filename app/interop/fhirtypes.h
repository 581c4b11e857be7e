// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/jsonfieldreader.h"

#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace spinereview {

// The code systems the importer reads, by their FHIR R4 URIs (http://hl7.org/fhir/R4/terminologies-systems.html).
namespace FhirSystem {
inline constexpr QLatin1StringView icd10cm{"http://hl7.org/fhir/sid/icd-10-cm"};
inline constexpr QLatin1StringView icd10{
    "http://hl7.org/fhir/sid/icd-10"}; // WHO's ICD-10, not the US clinical modification
inline constexpr QLatin1StringView cpt{"http://www.ama-assn.org/go/cpt"};
inline constexpr QLatin1StringView snomed{"http://snomed.info/sct"};
inline constexpr QLatin1StringView loinc{"http://loinc.org"};
inline constexpr QLatin1StringView rxnorm{"http://www.nlm.nih.gov/research/umls/rxnorm"};
inline constexpr QLatin1StringView dicom{"http://dicom.nema.org/resources/ontology/DCM"};
inline constexpr QLatin1StringView ucum{"http://unitsofmeasure.org"};
inline constexpr QLatin1StringView identifierType{"http://terminology.hl7.org/CodeSystem/v2-0203"};
inline constexpr QLatin1StringView interpretation{"http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"};
} // namespace FhirSystem

struct FhirCoding
{
    QString system;
    QString code;
    QString display;
    QString path;

    // "system|code" with the display in brackets, for messages.
    QString describe() const;
};

// A CodeableConcept: codings and text.
struct FhirCodeableConcept
{
    QList<FhirCoding> codings;
    QString text;
    QString path;

    // The first coding in `system`, or nullptr.
    const FhirCoding* coding(QLatin1StringView system) const;
    // The text and every coding's display, lower case, for recognising words.
    QString words() const;
    // Every coding (or the text alone), for messages.
    QString describe() const;
};

struct FhirQuantity
{
    double value = 0;
    QString comparator; // <, <=, >=, >: a bound, not a measurement
    QString unit;
    QString system;
    QString code;
    QString path;

    // The UCUM code when the system is UCUM, else the unit as written.
    QString unitCode() const;
};

struct FhirPeriod
{
    std::optional<QDate> start;
    std::optional<QDate> end;
};

// Converts FHIR R4 data types found at a JSON path. Like JsonFieldReader (which they record problems in),
// each takes a value that is present; a value of the wrong shape yields nullopt and one issue, in the installed
// language (translation context "FhirTypes").
namespace FhirTypes {

std::optional<FhirCoding> coding(JsonFieldReader& fields, const QJsonValue& value, const QString& path);
std::optional<FhirCodeableConcept> codeableConcept(JsonFieldReader& fields, const QJsonValue& value,
                                                   const QString& path);
std::optional<FhirQuantity> quantity(JsonFieldReader& fields, const QJsonValue& value, const QString& path);
// A date, dateTime or instant that names a whole calendar day (the day as written, in its own zone). A
// partial date such as "2019-03" is an issue: the case format has only whole dates.
std::optional<QDate> date(JsonFieldReader& fields, const QJsonValue& value, const QString& path);
std::optional<FhirPeriod> period(JsonFieldReader& fields, const QJsonValue& value, const QString& path);
// Reference.reference; a reference without one (identifier or display only) is nullopt without an issue.
std::optional<QString> reference(JsonFieldReader& fields, const QJsonValue& value, const QString& path);

} // namespace FhirTypes

} // namespace spinereview
