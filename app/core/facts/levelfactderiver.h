// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "core/facts/factparameters.h"
#include "core/facts/factvalue.h"
#include "core/facts/imagingindex.h"
#include "core/facts/surgeryatlevel.h"

#include <vector>

namespace spinereview {

// Computes the `level.` facts of one lumbar level: imaging findings (stenosis on qualifying imaging; slip,
// pars and dynamic translation from any study, after the last operation at an operated level), the
// surgical history there, the surgeon's plan, and concordance of the symptoms with the level.
class LevelFactDeriver
{
public:
    LevelFactDeriver(const SpineCase& spineCase, QDate reviewDate, const FactParameters& parameters,
                     const ImagingIndex& imaging);

    std::vector<FactValue> derive(Level level) const;

    // The lumbar levels a nerve root maps to: where it traverses (named after the level's lower vertebra)
    // and where it exits (named after the upper one).
    static QList<Level> levelsOfRoot(Root root);

private:
    QString imagingRecord(Level level) const;
    void deriveStenosis(Level level, std::vector<FactValue>& out) const;
    void deriveSlipAndMotion(Level level, const SurgeryAtLevel& surgery, std::vector<FactValue>& out) const;
    void deriveHistory(Level level, const SurgeryAtLevel& surgery, std::vector<FactValue>& out) const;
    void derivePlan(Level level, const SurgeryAtLevel& surgery, std::vector<FactValue>& out) const;
    FactValue concordance(Level level) const;

    const SpineCase& m_case;
    QDate m_reviewDate;
    FactParameters m_parameters;
    const ImagingIndex& m_imaging;
};

} // namespace spinereview
