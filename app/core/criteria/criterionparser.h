// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/criteria/criteriaset.h"
#include "core/criteria/evidencelibrary.h"
#include "core/json/validationissue.h"

#include <QJsonObject>
#include <QSet>

namespace spinereview {

// Turns criterion JSON into CriterionNodes of one set: validates every key, compiles conditions, checks
// evidence ids and id uniqueness, and resolves {"use": name} to the shared node of a named definition
// (each definition is built once, on first use; a definition that uses itself is reported).
class CriterionParser
{
public:
    struct Source
    {
        QString file;
        QString path;
        QJsonValue json;
    };

    CriterionParser(CriteriaSet& set, const EvidenceLibrary& evidence, ValidationIssues& issues);

    void addDefinition(const QString& name, const Source& source);
    const CriterionNode* parse(const QJsonValue& json, const QString& file, const QString& path);
    const CriterionNode* definition(const QString& name, const QString& file, const QString& path);
    void checkEvidence(const QJsonValue& ids, const QString& file, const QString& path, QStringList& out);

    // Whether the tree reads any `level.` fact; used to refuse level facts where no level is bound.
    static bool readsLevelFacts(const CriterionNode* node);
    // The components a tree refers to.
    static void referencedComponents(const CriterionNode* node, QSet<Component>& out);

private:
    void fail(const QString& file, const QString& path, const QString& message);

    CriteriaSet& m_set;
    const EvidenceLibrary& m_evidence;
    ValidationIssues& m_issues;
    QMap<QString, Source> m_sources;
    QSet<QString> m_resolving;
    QSet<QString> m_broken;       // definitions already reported: a use of one adds no second report
    QMap<QString, QString> m_ids; // id → where first declared
};

} // namespace spinereview
