// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "core/facts/factcatalog.h"
#include "core/facts/factparameters.h"
#include "core/facts/factslots.h"
#include "core/facts/factvalue.h"
#include "core/facts/imagingindex.h"

namespace spinereview {

// Computes the case-scope facts of FactCatalog (symptoms, exam, care, imaging-wide measures, patient,
// request), one at a time as the criteria ask for them; the conservative-care facts, computed together, are
// stored together. Level facts are LevelFactDeriver's.
class CaseFactDeriver
{
public:
    CaseFactDeriver(const SpineCase& spineCase, QDate reviewDate, const FactParameters& parameters,
                    const ImagingIndex& imaging);

    // Stores the case fact `id` in `out`, and the facts computed along with it.
    void derive(FactId id, FactSlots& out) const;

private:
    FactValue symptom(FactId id) const;
    FactValue exam(FactId id) const;
    FactValue emgRadiculopathy() const;
    void deriveCare(FactSlots& out) const;
    FactValue imaging(FactId id) const;
    FactValue patient(FactId id) const;
    FactValue request(FactId id) const;

    const SpineCase& m_case;
    QDate m_reviewDate;
    FactParameters m_parameters;
    const ImagingIndex& m_imaging;
};

} // namespace spinereview
