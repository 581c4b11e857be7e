// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "core/facts/factparameters.h"
#include "core/facts/factvalue.h"
#include "core/facts/imagingindex.h"

#include <vector>

namespace spinereview {

// Computes the case-scope facts of FactCatalog (symptoms, exam, care, imaging-wide measures, patient,
// request). Level facts are left empty for LevelFactDeriver.
class CaseFactDeriver
{
public:
    CaseFactDeriver(const SpineCase& spineCase, QDate reviewDate, const FactParameters& parameters,
                    const ImagingIndex& imaging);

    std::vector<FactValue> derive() const;

private:
    void deriveSymptoms(std::vector<FactValue>& out) const;
    void deriveExam(std::vector<FactValue>& out) const;
    void deriveImaging(std::vector<FactValue>& out) const;
    void derivePatient(std::vector<FactValue>& out) const;
    void deriveRequest(std::vector<FactValue>& out) const;

    const SpineCase& m_case;
    QDate m_reviewDate;
    FactParameters m_parameters;
    const ImagingIndex& m_imaging;
};

} // namespace spinereview
