// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/conditionmapper.h"

#include "interop/fhircodes.h"

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// The code of a status CodeableConcept (condition-clinical, condition-ver-status): R4 binds each to one
// code system, so the first coding's code is the status.
QString statusCode(const std::optional<FhirCodeableConcept>& status)
{
    return status && !status->codings.isEmpty() ? status->codings.first().code : QString();
}

} // namespace

bool ConditionMapper::map(FhirResourceReader& resource)
{
    const QString label = resource.label();
    const auto clinical = resource.codeableConcept("clinicalStatus"_L1);
    const auto verification = resource.codeableConcept("verificationStatus"_L1);
    const auto code = resource.codeableConcept("code"_L1);
    const QString clinicalStatus = statusCode(clinical);
    const QString verificationStatus = statusCode(verification);
    if (verificationStatus == "entered-in-error"_L1 || verificationStatus == "refuted"_L1) {
        report().notMapped(label, resource.pathOf("verificationStatus"_L1), NotMappedReason::Status,
                           u"verificationStatus \"%1\""_s.arg(verificationStatus));
        return false;
    }
    if (!code) {
        report().notMapped(label, resource.pathOf("code"_L1), NotMappedReason::MissingValue, u"no code"_s);
        return false;
    }
    QList<const FhirCoding*> icd10;
    for (const FhirCoding& coding : code->codings) {
        if (coding.system == FhirSystem::icd10cm)
            icd10.append(&coding);
    }
    if (icd10.isEmpty()) {
        if (code->codings.isEmpty())
            report().notMapped(
                label, code->path, NotMappedReason::MissingValue,
                code->text.isEmpty()
                    ? u"no coding"_s
                    : u"no coding; the text \"%1\" is not read: enter the diagnosis by hand"_s.arg(code->text));
        else
            report().notMapped(label, code->path, NotMappedReason::UnknownCodeSystem,
                               u"%1; conditions are read in ICD-10-CM (%2) only"_s.arg(code->describe(),
                                                                                       QString(FhirSystem::icd10cm)));
        return false;
    }
    const bool active =
        clinicalStatus == "active"_L1 || clinicalStatus == "recurrence"_L1 || clinicalStatus == "relapse"_L1;
    if (!clinicalStatus.isEmpty() && !active) {
        report().notMapped(label, resource.pathOf("clinicalStatus"_L1), NotMappedReason::Status,
                           u"clinicalStatus \"%1\": only current conditions are listed"_s.arg(clinicalStatus));
        return false;
    }
    if (!verificationStatus.isEmpty() && verificationStatus != "confirmed"_L1) {
        report().notMapped(label, resource.pathOf("verificationStatus"_L1), NotMappedReason::Status,
                           u"verificationStatus \"%1\": only confirmed diagnoses are listed"_s.arg(verificationStatus));
        return false;
    }
    const QString whyNoFacts = active ? QString() : u"the condition has no clinicalStatus: not known to be active"_s;
    for (const FhirCoding* coding : icd10)
        mapCoding(resource, *coding, active, whyNoFacts);
    return true;
}

void ConditionMapper::mapCoding(const FhirResourceReader& resource, const FhirCoding& coding, bool factsAllowed,
                                const QString& whyNoFacts)
{
    const QString label = resource.label();
    const QString code = FhirCodes::normalisedIcd10(coding.code);
    if (code.isEmpty()) {
        report().notMapped(label, coding.path, NotMappedReason::InvalidValue,
                           u"\"%1\" is not an ICD-10-CM code"_s.arg(coding.code));
        return;
    }
    context().addIcd10Code(code);
    const QLatin1StringView note = FhirCodes::icd10Note(code);
    report().mapped(label, coding.path, u"request.icd10Codes"_s,
                    code + (note.isEmpty() ? QString() : u"; "_s + QString(note)));
    const auto fact = FhirCodes::icd10Fact(code);
    if (!fact)
        return;
    if (!factsAllowed) {
        report().notMapped(label, coding.path, NotMappedReason::Status, code + u": "_s + whyNoFacts);
        return;
    }
    if (*fact == FhirCodes::Icd10Fact::Pseudarthrosis) {
        m_pseudarthroses.append({label, coding.path});
        return;
    }
    const auto [field, casePath] = factField(*fact);
    if (!field)
        return;
    *field = true;
    report().mapped(label, coding.path, casePath, u"true; %1 states it"_s.arg(code));
}

std::pair<std::optional<bool>*, QString> ConditionMapper::factField(FhirCodes::Icd10Fact fact)
{
    switch (fact) {
    case FhirCodes::Icd10Fact::Diabetes:
        return {&context().patient().diabetes, u"patient.diabetes"_s};
    case FhirCodes::Icd10Fact::NeurogenicClaudication:
        return {&context().symptoms().neurogenicClaudication, u"symptoms.neurogenicClaudication"_s};
    case FhirCodes::Icd10Fact::Osteoporosis:
        return {&context().patient().osteoporosis, u"patient.osteoporosis"_s};
    case FhirCodes::Icd10Fact::CaudaEquina:
        return {&context().exam().caudaEquina, u"exam.caudaEquina"_s};
    case FhirCodes::Icd10Fact::ChronicSteroids:
        return {&context().patient().chronicSteroids, u"patient.chronicSteroids"_s};
    case FhirCodes::Icd10Fact::Pseudarthrosis: // no field of its own: finish() attaches it to a prior fusion
        break;
    }
    return {nullptr, QString()};
}

void ConditionMapper::finish()
{
    if (m_pseudarthroses.isEmpty())
        return;
    QList<qsizetype> fusions;
    const auto& history = context().spineCase.surgicalHistory;
    for (qsizetype i = 0; history && i < history->size(); ++i) {
        if (history->at(i).procedure == PriorProcedure::Fusion)
            fusions.append(i);
    }
    for (const Pseudarthrosis& p : m_pseudarthroses) {
        if (fusions.size() == 1) {
            const QString path = u"surgicalHistory[%1].solidFusion"_s.arg(fusions.first());
            (*context().spineCase.surgicalHistory)[fusions.first()].solidFusion = false;
            report().mapped(p.resource, p.source, path, u"false; M96.0 (pseudarthrosis after fusion) states it"_s);
        } else if (fusions.isEmpty()) {
            report().notMapped(p.resource, p.source, NotMappedReason::MissingValue,
                               u"pseudarthrosis, but no prior fusion in the file to attach it to: record it in "
                               "Surgical history"_s);
        } else {
            report().notMapped(p.resource, p.source, NotMappedReason::Ambiguous,
                               u"pseudarthrosis, but %1 prior fusions: which one is not stated"_s.arg(fusions.size()));
        }
    }
}

} // namespace spinereview
