// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The founding case evaluated under every shipped criteria set, the real inputs the results column shows.
#include "core/case/casereader.h"
#include "core/criteria/criteriacatalog.h"
#include "core/engine/evaluator.h"

#include <QList>

#include <optional>

namespace spinereview::testing {

struct SeedFixture
{
    CriteriaCatalog catalog;
    std::optional<SpineCase> seed;

    // Loads the catalogue and the seed case; false (with a message) when either fails.
    bool load(QString* error)
    {
        catalog = CriteriaCatalog::loadDirectory(QStringLiteral(SPINEREVIEW_SOURCE_DIR "/criteria"));
        if (!catalog.issues().isEmpty() || catalog.sets().size() != 3 || !catalog.evidence()) {
            *error = catalog.issues().isEmpty() ? QStringLiteral("catalogue incomplete")
                                                : catalog.issues().first().toString();
            return false;
        }
        const CaseReadResult read =
            CaseReader::readFile(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/seed-l5s1-revision.json"));
        if (!read.ok()) {
            *error = QStringLiteral("seed case did not read");
            return false;
        }
        seed = read.value;
        return true;
    }

    EvaluationResult evaluate(const QString& setId) const
    {
        const CriteriaSetPtr set = catalog.find(setId);
        if (!set)
            qFatal("criteria set %s did not load", qPrintable(setId));
        return Evaluator::evaluate(*seed, set, *seed->reviewDate);
    }

    QList<EvaluationResult> evaluateAll() const
    {
        QList<EvaluationResult> out;
        for (const CriteriaSetPtr& set : catalog.sets())
            out.append(Evaluator::evaluate(*seed, set, *seed->reviewDate));
        return out;
    }

    // The first node of a set that cites `evidenceId`, or nullptr.
    static const CriterionNode* nodeCiting(const CriteriaSet& set, const QString& evidenceId)
    {
        for (const CriterionNode& node : set.nodes) {
            if (node.evidence.contains(evidenceId))
                return &node;
        }
        return nullptr;
    }
};

} // namespace spinereview::testing
