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
        //: a FHIR resource has no code element
        report().notMapped(label, resource.pathOf("code"_L1), NotMappedReason::MissingValue, tr("no code"));
        return false;
    }
    QList<const FhirCoding*> icd10;
    for (const FhirCoding& coding : code->codings) {
        if (coding.system == FhirSystem::icd10cm)
            icd10.append(&coding);
    }
    if (icd10.isEmpty()) {
        if (!code->codings.isEmpty()) {
            //: %1 lists the codings the file gives (system|code), %2 is the ICD-10-CM code system's URI
            report().notMapped(label, code->path, NotMappedReason::UnknownCodeSystem,
                               tr("%1; conditions are read in ICD-10-CM (%2) only")
                                   .arg(code->describe(), QString(FhirSystem::icd10cm)));
        } else if (!code->text.isEmpty()) {
            //: %1 is the condition's text as the file writes it
            report().notMapped(
                label, code->path, NotMappedReason::MissingValue,
                tr("no coding; the text \"%1\" is not read: enter the diagnosis by hand").arg(code->text));
        } else {
            //: a FHIR CodeableConcept has no coding element
            report().notMapped(label, code->path, NotMappedReason::MissingValue, tr("no coding"));
        }
        return false;
    }
    const bool active =
        clinicalStatus == "active"_L1 || clinicalStatus == "recurrence"_L1 || clinicalStatus == "relapse"_L1;
    if (!clinicalStatus.isEmpty() && !active) {
        //: clinicalStatus is a FHIR element name; %1 its code (resolved, inactive …): keep both as is
        report().notMapped(label, resource.pathOf("clinicalStatus"_L1), NotMappedReason::Status,
                           tr("clinicalStatus \"%1\": only current conditions are listed").arg(clinicalStatus));
        return false;
    }
    if (!verificationStatus.isEmpty() && verificationStatus != "confirmed"_L1) {
        //: verificationStatus is a FHIR element name; %1 its code (provisional, differential …): keep both as is
        report().notMapped(
            label, resource.pathOf("verificationStatus"_L1), NotMappedReason::Status,
            tr("verificationStatus \"%1\": only confirmed diagnoses are listed").arg(verificationStatus));
        return false;
    }
    for (const FhirCoding* coding : icd10)
        mapCoding(resource, *coding, active);
    return true;
}

void ConditionMapper::mapCoding(const FhirResourceReader& resource, const FhirCoding& coding, bool active)
{
    const QString label = resource.label();
    const QString code = FhirCodes::normalisedIcd10(coding.code);
    if (code.isEmpty()) {
        //: %1 is the code as the file writes it
        report().notMapped(label, coding.path, NotMappedReason::InvalidValue,
                           tr("\"%1\" is not an ICD-10-CM code").arg(coding.code));
        return;
    }
    context().addIcd10Code(code);
    const QString note = FhirCodes::icd10Note(code);
    if (note.isEmpty())
        report().mapped(label, coding.path, u"request.icd10Codes"_s, code);
    else
        //: %1 is an ICD-10-CM code, %2 a note on where the case records what it means
        report().mapped(label, coding.path, u"request.icd10Codes"_s, tr("%1; %2").arg(code, note));
    const auto fact = FhirCodes::icd10Fact(code);
    if (!fact)
        return;
    if (!active) {
        //: %1 is an ICD-10-CM code; clinicalStatus is a FHIR element name: keep it as is
        report().notMapped(label, coding.path, NotMappedReason::Status,
                           tr("%1: the condition has no clinicalStatus: not known to be active").arg(code));
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
    //: true is the value written into the case file: keep it as is; %1 is an ICD-10-CM code
    report().mapped(label, coding.path, casePath, tr("true; %1 states it").arg(code));
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
            //: false is the value written into the case file and M96.0 an ICD-10-CM code: keep them as is
            report().mapped(p.resource, p.source, path, tr("false; M96.0 (pseudarthrosis after fusion) states it"));
        } else if (fusions.isEmpty()) {
            //: Surgical history is the desk's section of that name
            report().notMapped(p.resource, p.source, NotMappedReason::MissingValue,
                               tr("pseudarthrosis, but no prior fusion in the file to attach it to: record it in "
                                  "Surgical history"));
        } else {
            //: %n is two or more
            report().notMapped(p.resource, p.source, NotMappedReason::Ambiguous,
                               tr("pseudarthrosis, but %n prior fusions: which one is not stated", nullptr,
                                  static_cast<int>(fusions.size())));
        }
    }
}

} // namespace spinereview
