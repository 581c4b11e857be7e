// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/criteria/criteriaset.h"
#include "core/criteria/evidencelibrary.h"
#include "core/json/validationissue.h"

#include <QJsonObject>

namespace spinereview {

// One criteria file as read from disk or resources.
struct CriteriaSource
{
    QString file;
    QJsonObject root;
    QString sha256;
};

// Builds a CriteriaSet from its file and, for a set written as differences, the files it extends: the
// later file's definitions, components and cautions replace the earlier ones' of the same name,
// parameters merge key by key, and `removeCautions` drops inherited cautions. Every problem is reported
// with the file and JSON path it comes from; a set with any problem is refused (nullptr).
class CriteriaSetLoader
{
public:
    // A tree larger than this once shared definitions are written out is refused: evaluation and the
    // rationale grow with it (the shipped sets stay under a few hundred).
    static constexpr qsizetype maxExpandedCriteria = 5000;

    static CriteriaSetPtr build(const QList<CriteriaSource>& chain, const EvidenceLibrary& evidence,
                                ValidationIssues& issues);
};

} // namespace spinereview
