// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/fhircodes.h"
#include "interop/fhirresourcemapper.h"

namespace spinereview {

// Procedure and ServiceRequest with a CPT or SNOMED CT code of the surgical table (fhircodes.cpp):
// - completed procedures dated before the import → surgicalHistory, one operation per kind and day, its
//   levels from the bodySite text ("L4-L5"), instrumented when an instrumentation code shares its day;
// - planned ones (Procedure in preparation, an active or draft ServiceRequest) → the request: cptCodes, the
//   components each code names, the levels from bodySite, componentLevels where a component covers fewer
//   levels than the whole request, plannedSurgeryDate when the planned dates agree;
// - ServiceRequest.reasonCode in ICD-10-CM → request.icd10Codes.
class ProcedureMapper final : public FhirResourceMapper
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureMapper)

public:
    using FhirResourceMapper::FhirResourceMapper;

    QStringList resourceTypes() const override
    {
        return {QStringLiteral("Procedure"), QStringLiteral("ServiceRequest")};
    }
    bool map(FhirResourceReader& resource) override;
    void finish() override;

private:
    // One coded procedure of the file, past or planned.
    struct Coded
    {
        QString resource;
        QString source; // the coding's path
        const SurgicalCode* code = nullptr;
        QList<Level> levels;
        QString levelSource; // the bodySite's path
        std::optional<QDate> date;
    };

    std::optional<Coded> readCoded(FhirResourceReader& resource, const QString& dateElement);
    void mapReasons(FhirResourceReader& resource);
    void finishHistory();
    void finishRequest();
    void finishComponents(const QList<Level>& requestLevels);
    void finishPlannedDate();

    QList<Coded> m_completed;
    QList<Coded> m_requested;
};

} // namespace spinereview
