// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "core/facts/factcatalog.h"
#include "core/facts/factparameters.h"
#include "core/facts/factslots.h"
#include "core/facts/factvalue.h"
#include "core/facts/imagingindex.h"
#include "core/facts/surgeryatlevel.h"

namespace spinereview {

// Computes the `level.` facts of one lumbar level: imaging findings (stenosis on qualifying imaging; slip,
// pars and dynamic translation from any study, after the last operation at an operated level), the
// surgical history there, the surgeon's plan, and concordance of the symptoms with the level. One fact at a
// time, as the criteria ask for them; the facts of the surgical history at the level, computed together, are
// stored together.
class LevelFactDeriver
{
public:
    LevelFactDeriver(const SpineCase& spineCase, QDate reviewDate, const FactParameters& parameters,
                     const ImagingIndex& imaging, Level level);

    // Stores the level fact `id` in `out`, and the facts computed along with it.
    void derive(FactId id, FactSlots& out) const;

    // The lumbar levels a nerve root maps to: where it traverses (named after the level's lower vertebra)
    // and where it exits (named after the upper one).
    static QList<Level> levelsOfRoot(Root root);

private:
    QString imagingRecord() const;
    FactValue described() const;
    FactValue stenosis(FactId id) const;
    FactValue slipOrMotion(FactId id) const;
    FactValue discHeightLoss() const;
    void deriveHistory(FactSlots& out) const;
    FactValue adjacentPriorFusion() const;
    FactValue plannedFacetShare(FactId id) const;
    FactValue plannedParsRemoval() const;
    FactValue concordance() const;
    FactValue requestedAt(Component component) const;

    const SpineCase& m_case;
    QDate m_reviewDate;
    FactParameters m_parameters;
    const ImagingIndex& m_imaging;
    Level m_level;
    QString m_levelName;
    SurgeryAtLevel m_surgery;
};

} // namespace spinereview
