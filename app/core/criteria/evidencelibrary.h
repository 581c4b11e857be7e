// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/json/validationissue.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace spinereview {

// One citation of the evidence library, as the evidence panel and the reports show it.
struct EvidenceEntry
{
    QString id;
    QString kind;
    QString authors;
    QString title;
    QString source;
    std::optional<int> year;
    QJsonObject identifiers; // pmid, doi, policy, nct, pmc, url — those known
    QString grade;           // the source's own grade wording, empty for policies
    QString badge;           // strong, moderate, weak, insufficient, policy, consensus, none
    QString confidence;      // C, S or M (criteria-research.md's tags)
    QString keyFinding;      // empty for an untraced claim: never shown as a finding
    QString uncertainties;
    bool traced = true;
    QString claim; // founding-review claims: what was claimed
    QString audit; // … and what the audit found
    QStringList relatedEvidence;
};

struct EvidenceConflict
{
    QString id;
    QString topic;
    QList<std::pair<QString, QStringList>> positions; // summary, evidence ids
};

// The shared library of citations every criterion refers to by id, with the disagreements between them.
class EvidenceLibrary
{
public:
    static std::optional<EvidenceLibrary> load(const QByteArray& json, const QString& file, ValidationIssues& issues);

    const EvidenceEntry* find(const QString& id) const;
    bool contains(const QString& id) const { return m_byId.contains(id); }
    const QList<EvidenceEntry>& entries() const { return m_entries; }
    const QList<EvidenceConflict>& conflicts() const { return m_conflicts; }
    QString version() const { return m_version; }
    QString sha256() const { return m_sha256; }

private:
    QList<EvidenceEntry> m_entries;
    QHash<QString, qsizetype> m_byId;
    QList<EvidenceConflict> m_conflicts;
    QString m_version;
    QString m_sha256;
};

} // namespace spinereview
