// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/fhirresourcemapper.h"

namespace spinereview {

// Patient → patient.id (a medical record number), sex, birthDate. Names, addresses and contacts are not
// copied: the case keeps no identifying data beyond its record number.
class PatientMapper final : public FhirResourceMapper
{
    Q_DECLARE_TR_FUNCTIONS(PatientMapper)

public:
    using FhirResourceMapper::FhirResourceMapper;

    QStringList resourceTypes() const override { return {QStringLiteral("Patient")}; }
    bool map(FhirResourceReader& resource) override;

private:
    void mapIdentifier(FhirResourceReader& resource);
};

} // namespace spinereview
