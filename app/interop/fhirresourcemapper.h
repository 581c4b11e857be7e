// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "interop/fhirbundle.h"
#include "interop/fhirresourcereader.h"
#include "interop/mappingreport.h"

#include <QStringList>

namespace spinereview {

// What every mapper works on: the bundle, the case being filled, the report, and the date the import is made
// (procedures completed before it are history, planned ones the request).
struct FhirMappingContext
{
    const FhirBundle& bundle;
    SpineCase& spineCase;
    MappingReport& report;
    QDate today;

    Patient& patient()
    {
        if (!spineCase.patient)
            spineCase.patient.emplace();
        return *spineCase.patient;
    }
    Symptoms& symptoms()
    {
        if (!spineCase.symptoms)
            spineCase.symptoms.emplace();
        return *spineCase.symptoms;
    }
    Exam& exam()
    {
        if (!spineCase.exam)
            spineCase.exam.emplace();
        return *spineCase.exam;
    }
    // Adds a diagnosis to request.icd10Codes once, in the order first met.
    void addIcd10Code(const QString& code)
    {
        if (!spineCase.request.icd10Codes)
            spineCase.request.icd10Codes.emplace();
        if (!spineCase.request.icd10Codes->contains(code))
            spineCase.request.icd10Codes->append(code);
    }
};

// Maps one family of FHIR resources into the case. map() sees each resource of its types in file order and
// reports what it took and what it left; it returns false when it reported the resource as a whole (its
// status keeps it out, its code is unknown), so its other elements are not listed one by one. finish() runs
// once after every resource was seen, in the importer's order, for what needs all of them (the latest of
// several measurements, the request's levels).
//
// Each mapper writes its report texts through tr() in its own translation context. What the file or the case
// format says is put in as %1 and never translated: FHIR element names, codes, code system URIs, case paths and
// values — so `status "draft"`, an element and its code alone, stays as it is.
class FhirResourceMapper
{
public:
    explicit FhirResourceMapper(FhirMappingContext& context)
        : m_context(context)
    {}
    virtual ~FhirResourceMapper() = default;
    Q_DISABLE_COPY_MOVE(FhirResourceMapper)

    virtual QStringList resourceTypes() const = 0;
    virtual bool map(FhirResourceReader& resource) = 0;
    virtual void finish() {}

protected:
    FhirMappingContext& context() { return m_context; }
    MappingReport& report() { return m_context.report; }

private:
    FhirMappingContext& m_context;
};

} // namespace spinereview
