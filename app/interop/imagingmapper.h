// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/fhirresourcemapper.h"

namespace spinereview {

// ImagingStudy and DiagnosticReport of the lumbar spine → imaging[] with modality and date. The modality comes
// from a CPT code of the imaging table, or from a DICOM modality code or the description together with the
// words "lumbar"/"lumbosacral" (mapped by text). A study described by both resources is one entry. Findings
// per level are never read from a report's conclusion: R4 has no structured per-level findings, and free
// text is left for the reviewer to enter in Imaging.
class ImagingMapper final : public FhirResourceMapper
{
    Q_DECLARE_TR_FUNCTIONS(ImagingMapper)

public:
    using FhirResourceMapper::FhirResourceMapper;

    QStringList resourceTypes() const override
    {
        return {QStringLiteral("ImagingStudy"), QStringLiteral("DiagnosticReport")};
    }
    bool map(FhirResourceReader& resource) override;
    void finish() override;

private:
    struct Study
    {
        Modality modality = Modality::Mri;
        QDate date;
        QString resource;
        QString source;
        QString how; // what the modality was read from
        bool byText = false;
    };

    bool mapStudy(FhirResourceReader& resource);
    bool mapReport(FhirResourceReader& resource);
    bool addStudy(FhirResourceReader& resource, std::optional<Study> study, const std::optional<QDate>& date);

    QList<Study> m_studies;
};

} // namespace spinereview
