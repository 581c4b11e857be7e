// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/fhirresourcemapper.h"

namespace spinereview {

// MedicationStatement and MedicationRequest → conservativeTherapy episodes of the drug kinds the format
// names (NSAID, gabapentinoid, acetaminophen, muscle relaxant, opioid, oral steroid), classified by the
// ingredient names in the medication's text and codings (RxNorm displays name them; the codes themselves are
// not looked up). An episode's end is never invented: the format reads a missing end as "still taking it",
// so a stopped medication without an end date is reported rather than mapped.
class MedicationMapper final : public FhirResourceMapper
{
    Q_DECLARE_TR_FUNCTIONS(MedicationMapper)

public:
    using FhirResourceMapper::FhirResourceMapper;

    QStringList resourceTypes() const override
    {
        return {QStringLiteral("MedicationStatement"), QStringLiteral("MedicationRequest"),
                QStringLiteral("Medication")};
    }
    bool map(FhirResourceReader& resource) override;

private:
    // "nsaid from 2025-01-06 to 2025-03-01 (…)": an episode as the report shows it.
    static QString episodeText(const QString& type, const std::optional<QDate>& start, const std::optional<QDate>& end,
                               const QString& drug);
    // The medication a statement or request names, inline, contained or as a Medication of the bundle.
    std::optional<FhirCodeableConcept> medication(FhirResourceReader& resource);
};

} // namespace spinereview
