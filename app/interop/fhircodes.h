// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <optional>

// The code tables of the FHIR import: which codes state which fact of spinereview-case/1. Each table says
// where its codes come from; a code that is not in a table is reported as not mapped, never guessed.

namespace spinereview {

// A CPT or SNOMED CT procedure code of lumbar spine surgery.
struct SurgicalCode
{
    QLatin1StringView system;
    QLatin1StringView code;
    QList<Component> components;                  // the requested components the code states by itself
    std::optional<PriorProcedure> priorProcedure; // the kind of a completed operation with this code
    bool instrumentation = false;                 // completed: the fusion of the same day was instrumented
    QLatin1StringView descriptor;                 // the code's public descriptor, shortened; never translated
    QLatin1StringView ambiguity;                  // set when the code names no component by itself: why

    // `ambiguity` in the installed language.
    QString ambiguityText() const;
};

namespace FhirCodes {

const QList<SurgicalCode>& surgicalCodes();
const SurgicalCode* surgicalCode(QStringView system, QStringView code);

// The modality of a CPT code of lumbar spine imaging, or nullopt.
std::optional<Modality> imagingModality(QStringView cpt);
// The modality named in a description of lumbar spine imaging ("MRI lumbar spine w/o contrast"): only when
// it names both the lumbar spine and one modality.
std::optional<Modality> imagingModalityInText(const QString& text);
// Whether a text names the lumbar spine ("lumbar", "lumbosacral", "L-spine").
bool namesLumbarSpine(const QString& text);
// The modality of a DICOM modality code (MR, CT, CR, DX), or nullopt.
std::optional<Modality> imagingModalityForDicom(QStringView code);

// Facts of the case an ICD-10-CM code states by itself.
enum class Icd10Fact { Diabetes, NeurogenicClaudication, Osteoporosis, CaudaEquina, ChronicSteroids, Pseudarthrosis };
std::optional<Icd10Fact> icd10Fact(QStringView code);
// For codes whose meaning the case records elsewhere (per level in Imaging, …): where, for the report, in the
// installed language; empty for other codes.
QString icd10Note(QStringView code);
// "M48062" and "m48.062" as the case writes them, "M48.062"; empty when it is not shaped like an ICD-10-CM code.
QString normalisedIcd10(QStringView code);

// The observations the importer reads, by LOINC code.
enum class ObservationKind { Bmi, SmokingStatus, PainScore, Odi, DexaTScore, Hba1c, Cotinine };
struct LoincCode
{
    QLatin1StringView code;
    ObservationKind kind;
    QLatin1StringView descriptor;
};
const QList<LoincCode>& loincCodes();
std::optional<ObservationKind> observationKind(QStringView loinc);

// The nicotine value a SNOMED CT answer to LOINC 72166-2 (tobacco smoking status) states; nullopt for codes
// that state none ("unknown if ever smoked") or that are not in the table. `known` tells the two apart.
std::optional<Nicotine> nicotineForSmokingStatus(QStringView snomed, bool* known = nullptr);
// A SNOMED CT qualifier value stating a test's result (positive, negative).
std::optional<TestResult> testResultForSnomed(QStringView snomed);

// The conservative-therapy kinds whose ingredients a medication's text names (one per kind, in table order).
// Oral steroids count only when the text says "oral": the same ingredients are injected epidurally.
QList<TherapyType> therapyTypesForMedication(const QString& text);

} // namespace FhirCodes

} // namespace spinereview
