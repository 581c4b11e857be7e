// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/fhircodes.h"
#include "interop/fhirresourcemapper.h"

namespace spinereview {

// Condition (ICD-10-CM) → request.icd10Codes, and the few facts of the case an ICD-10-CM code states by
// itself (diabetes, osteoporosis, neurogenic claudication, cauda equina, long-term steroids, pseudarthrosis
// of a prior fusion). Facts come from active, confirmed conditions only: a resolved or provisional diagnosis
// documents nothing about today, and no code ever sets a field to false.
class ConditionMapper final : public FhirResourceMapper
{
    Q_DECLARE_TR_FUNCTIONS(ConditionMapper)

public:
    using FhirResourceMapper::FhirResourceMapper;

    QStringList resourceTypes() const override { return {QStringLiteral("Condition")}; }
    bool map(FhirResourceReader& resource) override;
    // Attaches pseudarthrosis codes to the prior fusion (surgicalHistory is complete by now).
    void finish() override;

private:
    struct Pseudarthrosis
    {
        QString resource;
        QString source;
    };

    // `active`: the condition states its clinicalStatus as current, so its code may set facts.
    void mapCoding(const FhirResourceReader& resource, const FhirCoding& coding, bool active);
    // The boolean field of the case a fact sets, and its path; nullptr for a fact without a field of its own.
    std::pair<std::optional<bool>*, QString> factField(FhirCodes::Icd10Fact fact);

    QList<Pseudarthrosis> m_pseudarthroses;
};

} // namespace spinereview
