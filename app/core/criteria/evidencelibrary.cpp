// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/criteria/evidencelibrary.h"

#include "core/json/jsontext.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

const QStringList kKinds = {u"guideline"_s,  u"trial"_s, u"systematic-review"_s, u"cohort"_s,        u"policy"_s,
                            u"regulation"_s, u"label"_s, u"textbook"_s,          u"founding-claim"_s};
const QStringList kBadges = {u"strong"_s, u"moderate"_s,  u"weak"_s, u"insufficient"_s,
                             u"policy"_s, u"consensus"_s, u"none"_s};
const QStringList kConfidence = {u"C"_s, u"S"_s, u"M"_s};

QString text(const QJsonObject& object, QLatin1StringView key)
{
    return object.value(key).toString();
}

} // namespace

std::optional<EvidenceLibrary> EvidenceLibrary::load(const QByteArray& json, const QString& file,
                                                     ValidationIssues& issues)
{
    const qsizetype issuesBefore = issues.size();
    if (const qsizetype mark = JsonText::innerByteOrderMark(json); mark >= 0) {
        issues.append({file, {}, u"a raw byte-order mark (U+FEFF) at byte offset %1; write it as \\ufeff"_s.arg(mark)});
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        issues.append({file,
                       {},
                       parseError.error != QJsonParseError::NoError
                           ? u"not valid JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset)
                           : u"expected a JSON object"_s});
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value("format"_L1).toString() != "spinereview-evidence/1"_L1)
        issues.append({file, u"format"_s, u"expected \"spinereview-evidence/1\""_s});

    EvidenceLibrary library;
    library.m_version = text(root, "version"_L1);
    library.m_sha256 = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    const QJsonArray entries = root.value("entries"_L1).toArray();
    if (entries.isEmpty())
        issues.append({file, u"entries"_s, u"expected a non-empty array of citations"_s});

    const auto requireIn = [&](const QJsonObject& o, QLatin1StringView key, const QStringList& allowed,
                               const QString& path) {
        const QString value = text(o, key);
        if (!allowed.contains(value))
            issues.append({file, jsonPathMember(path, key),
                           u"expected one of %1; found \"%2\""_s.arg(allowed.join(u", "_s), value)});
        return value;
    };

    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = jsonPathIndex(u"entries"_s, i);
        const QJsonObject o = entries[i].toObject();
        EvidenceEntry entry;
        entry.id = text(o, "id"_L1);
        if (entry.id.isEmpty())
            issues.append({file, jsonPathMember(path, u"id"_s), u"required field is missing"_s});
        else if (library.m_byId.contains(entry.id))
            issues.append({file, jsonPathMember(path, u"id"_s), u"duplicate id \"%1\""_s.arg(entry.id)});
        entry.kind = requireIn(o, "kind"_L1, kKinds, path);
        entry.badge = requireIn(o, "badge"_L1, kBadges, path);
        entry.confidence = requireIn(o, "confidence"_L1, kConfidence, path);
        entry.title = text(o, "title"_L1);
        if (entry.title.isEmpty())
            issues.append({file, jsonPathMember(path, u"title"_s), u"required field is missing"_s});
        entry.authors = text(o, "authors"_L1);
        entry.source = text(o, "source"_L1);
        if (o.value("year"_L1).isDouble())
            entry.year = o.value("year"_L1).toInt();
        entry.identifiers = o.value("identifiers"_L1).toObject();
        entry.grade = text(o, "grade"_L1);
        entry.keyFinding = text(o, "keyFinding"_L1);
        entry.uncertainties = text(o, "uncertainties"_L1);
        const QString verification = text(o, "verification"_L1);
        if (verification != "traced"_L1 && verification != "untraced"_L1)
            issues.append({file, jsonPathMember(path, u"verification"_s),
                           u"expected \"traced\" or \"untraced\"; found \"%1\""_s.arg(verification)});
        entry.traced = verification != "untraced"_L1;
        if (!entry.traced && !entry.keyFinding.isEmpty())
            issues.append({file, jsonPathMember(path, u"keyFinding"_s),
                           u"an untraced claim has no key finding: it must never be shown as one"_s});
        if (entry.badge == "policy"_L1 && !entry.grade.isEmpty())
            issues.append({file, jsonPathMember(path, u"grade"_s),
                           u"a payer policy is a contractual rule, not graded evidence: grade must be null"_s});
        entry.claim = text(o, "claim"_L1);
        entry.audit = text(o, "audit"_L1);
        for (const QJsonValue& related : o.value("relatedEvidence"_L1).toArray())
            entry.relatedEvidence.append(related.toString());
        library.m_byId.insert(entry.id, library.m_entries.size());
        library.m_entries.append(entry);
    }

    for (qsizetype i = 0; i < library.m_entries.size(); ++i) {
        const auto& related = library.m_entries[i].relatedEvidence;
        for (qsizetype j = 0; j < related.size(); ++j) {
            if (!library.m_byId.contains(related[j]))
                issues.append({file,
                               jsonPathIndex(jsonPathMember(jsonPathIndex(u"entries"_s, i), u"relatedEvidence"_s), j),
                               u"unknown evidence id \"%1\""_s.arg(related[j])});
        }
    }

    const QJsonArray conflicts = root.value("conflicts"_L1).toArray();
    for (qsizetype i = 0; i < conflicts.size(); ++i) {
        const QJsonObject o = conflicts[i].toObject();
        const QString path = jsonPathIndex(u"conflicts"_s, i);
        EvidenceConflict conflict{text(o, "id"_L1), text(o, "topic"_L1), {}};
        const QJsonArray positions = o.value("positions"_L1).toArray();
        for (qsizetype p = 0; p < positions.size(); ++p) {
            const QJsonObject position = positions[p].toObject();
            QStringList ids;
            const QJsonArray evidence = position.value("evidence"_L1).toArray();
            for (qsizetype e = 0; e < evidence.size(); ++e) {
                const QString id = evidence[e].toString();
                if (!library.m_byId.contains(id))
                    issues.append(
                        {file,
                         jsonPathIndex(
                             jsonPathMember(jsonPathIndex(jsonPathMember(path, u"positions"_s), p), u"evidence"_s), e),
                         u"unknown evidence id \"%1\""_s.arg(id)});
                ids.append(id);
            }
            conflict.positions.append({text(position, "position"_L1), ids});
        }
        library.m_conflicts.append(conflict);
    }

    if (issues.size() > issuesBefore)
        return std::nullopt;
    return library;
}

const EvidenceEntry* EvidenceLibrary::find(const QString& id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_entries[*it];
}

} // namespace spinereview
