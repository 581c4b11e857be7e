// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/criteria/criteriacatalog.h"

#include "core/criteria/criteriasetloader.h"
#include "core/json/jsontext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

struct RawFile
{
    QString path;
    QByteArray bytes;
    QJsonObject root;
};

} // namespace

CriteriaCatalog CriteriaCatalog::loadDirectory(const QString& directory)
{
    CriteriaCatalog catalog;
    catalog.m_directory = directory;
    const QDir dir(directory);
    if (!dir.exists()) {
        catalog.m_issues.append({directory, {}, u"criteria folder not found"_s});
        return catalog;
    }

    QList<RawFile> evidenceFiles;
    QMap<QString, RawFile> setFiles; // by id
    QStringList unreadable;          // base names of files that are not JSON objects
    const QStringList names = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            catalog.m_issues.append({path, {}, u"cannot be read: %1"_s.arg(file.errorString())});
            unreadable.append(QFileInfo(name).completeBaseName());
            continue;
        }
        RawFile raw{path, file.readAll(), {}};
        if (const qsizetype mark = JsonText::innerByteOrderMark(raw.bytes); mark >= 0) {
            catalog.m_issues.append(
                {path, {}, u"a raw byte-order mark (U+FEFF) at byte offset %1; write it as \\ufeff"_s.arg(mark)});
            unreadable.append(QFileInfo(name).completeBaseName());
            continue;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(raw.bytes, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            catalog.m_issues.append(
                {path,
                 {},
                 error.error != QJsonParseError::NoError
                     ? u"not valid JSON: %1 at offset %2"_s.arg(error.errorString()).arg(error.offset)
                     : u"expected a JSON object"_s});
            unreadable.append(QFileInfo(name).completeBaseName());
            continue;
        }
        raw.root = document.object();
        const QString format = raw.root.value("format"_L1).toString();
        if (format == "spinereview-evidence/1"_L1) {
            evidenceFiles.append(raw);
        } else if (format == "spinereview-criteria/1"_L1) {
            const QString id = raw.root.value("id"_L1).toString();
            if (setFiles.contains(id))
                catalog.m_issues.append(
                    {path, u"id"_s, u"duplicate set id \"%1\" (also in %2)"_s.arg(id, setFiles.value(id).path)});
            else
                setFiles.insert(id, raw);
        } else if (!raw.root.contains("$schema"_L1)) {
            catalog.m_issues.append(
                {path, u"format"_s,
                 u"expected \"spinereview-criteria/1\" or \"spinereview-evidence/1\"; found \"%1\""_s.arg(format)});
        }
    }

    if (evidenceFiles.isEmpty() && unreadable.contains(u"evidence"_s)) {
        // evidence.json is there but broken: its own issue above says why.
    } else if (evidenceFiles.size() != 1) {
        catalog.m_issues.append({directory,
                                 {},
                                 evidenceFiles.isEmpty()
                                     ? u"no evidence library (spinereview-evidence/1) in the folder"_s
                                     : u"more than one evidence library in the folder"_s});
    } else {
        ValidationIssues issues;
        if (auto library = EvidenceLibrary::load(evidenceFiles.first().bytes, evidenceFiles.first().path, issues))
            catalog.m_evidence = std::make_shared<const EvidenceLibrary>(std::move(*library));
        catalog.m_issues.append(issues);
    }

    for (auto it = setFiles.cbegin(); it != setFiles.cend(); ++it) {
        // The chain of files this set is written as differences from, its most basic ancestor first.
        QList<CriteriaSource> chain;
        QStringList seen;
        QString problem;
        for (QString id = it.key(); !id.isEmpty();) {
            if (seen.contains(id)) {
                problem = u"\"extends\" forms a cycle: %1"_s.arg((seen << id).join(u" → "_s));
                break;
            }
            seen.append(id);
            if (!setFiles.contains(id)) {
                problem = unreadable.contains(id) ? u"extends \"%1\", which did not load"_s.arg(id)
                                                  : u"extends \"%1\", which is not in the folder"_s.arg(id);
                break;
            }
            const RawFile& raw = setFiles[id];
            chain.prepend(
                {raw.path, raw.root,
                 QString::fromLatin1(QCryptographicHash::hash(raw.bytes, QCryptographicHash::Sha256).toHex())});
            id = raw.root.value("extends"_L1).toString();
        }
        if (!problem.isEmpty()) {
            catalog.m_issues.append({it->path, u"extends"_s, problem});
            catalog.m_failedIds.append(it.key());
            continue;
        }
        if (!catalog.m_evidence) {
            catalog.m_issues.append({it->path, {}, u"cannot be checked: the evidence library did not load"_s});
            catalog.m_failedIds.append(it.key());
            continue;
        }
        // A base set that does not load on its own takes the sets written as differences from it along.
        ValidationIssues issues;
        bool baseOk = true;
        for (qsizetype i = 0; i + 1 < chain.size() && baseOk; ++i) {
            ValidationIssues baseIssues;
            baseOk = CriteriaSetLoader::build(chain.mid(0, i + 1), *catalog.m_evidence, baseIssues) != nullptr;
        }
        if (!baseOk) {
            catalog.m_issues.append(
                {it->path, u"extends"_s,
                 u"extends \"%1\", which did not load"_s.arg(it->root.value("extends"_L1).toString())});
            catalog.m_failedIds.append(it.key());
            continue;
        }
        if (auto set = CriteriaSetLoader::build(chain, *catalog.m_evidence, issues))
            catalog.m_sets.append(set);
        else
            catalog.m_failedIds.append(it.key());
        catalog.m_issues.append(issues);
    }
    catalog.m_failedIds.append(unreadable);
    // The default set first, the others by id.
    std::stable_sort(catalog.m_sets.begin(), catalog.m_sets.end(),
                     [](const CriteriaSetPtr& a, const CriteriaSetPtr& b) {
                         return (a->info.id == defaultSetId) > (b->info.id == defaultSetId);
                     });
    return catalog;
}

CriteriaSetPtr CriteriaCatalog::find(const QString& id) const
{
    for (const CriteriaSetPtr& set : m_sets) {
        if (set->info.id == id)
            return set;
    }
    return nullptr;
}

CriteriaSetPtr CriteriaCatalog::defaultSet() const
{
    if (auto set = find(defaultSetId))
        return set;
    return m_sets.isEmpty() ? nullptr : m_sets.first();
}

} // namespace spinereview
