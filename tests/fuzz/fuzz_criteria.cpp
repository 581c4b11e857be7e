// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for criteria files: a criteria set (or, depending on the first byte, an evidence
// library) built from arbitrary JSON must be refused with issues or built into a set that evaluates a real
// case without crashing.
#include "core/case/casereader.h"
#include "core/criteria/criteriasetloader.h"
#include "core/criteria/evidencelibrary.h"
#include "core/engine/evaluator.h"
#include "core/engine/resultjson.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void setupFailure(const QString& what, const ValidationIssues& issues = {})
{
    std::fprintf(stderr, "fuzz_criteria: %s\n", qPrintable(what));
    for (const ValidationIssue& issue : issues)
        std::fprintf(stderr, "  %s\n", qPrintable(issue.toString()));
    std::abort();
}

QByteArray readOrAbort(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        setupFailure(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    return file.readAll();
}

// Everything loaded once from the source tree: a fixture that does not load is a broken checkout, not a
// finding, so the fuzzer refuses to start rather than fuzz nothing.
struct Fixtures
{
    EvidenceLibrary evidence;
    SpineCase seedCase;
    QDate reviewDate;
    // The bundled reference set as a one-file chain, for fuzzed sets that extend it and for fuzzed
    // evidence libraries to be checked against.
    CriteriaSource reference;

    static const Fixtures& get()
    {
        static const Fixtures fixtures = load();
        return fixtures;
    }

private:
    static Fixtures load()
    {
        const QString criteriaDir = QStringLiteral(SPINEREVIEW_CRITERIA_DIR);
        ValidationIssues issues;
        const QString evidencePath = criteriaDir + u"/evidence.json"_s;
        std::optional<EvidenceLibrary> evidence =
            EvidenceLibrary::load(readOrAbort(evidencePath), evidencePath, issues);
        if (!evidence)
            setupFailure(u"the evidence library did not load"_s, issues);

        const CaseReadResult seed = CaseReader::readFile(QStringLiteral(SPINEREVIEW_SEED_CASE));
        if (!seed.ok())
            setupFailure(u"the seed case did not load"_s, seed.issues);

        const QString referencePath = criteriaDir + u"/reference.json"_s;
        const QByteArray referenceBytes = readOrAbort(referencePath);
        const CriteriaSource reference{
            referencePath, QJsonDocument::fromJson(referenceBytes).object(),
            QString::fromLatin1(QCryptographicHash::hash(referenceBytes, QCryptographicHash::Sha256).toHex())};
        if (!CriteriaSetLoader::build({reference}, *evidence, issues))
            setupFailure(u"the reference set did not build"_s, issues);

        return {std::move(*evidence), *seed.value, seed.value->reviewDate.value_or(QDate(2025, 11, 17)), reference};
    }
};

void evaluateSeed(const Fixtures& fixtures, const CriteriaSetPtr& set)
{
    const EvaluationResult result = Evaluator::evaluate(fixtures.seedCase, set, fixtures.reviewDate);
    // The result's JSON form reads every outcome, remark and fact the evaluation produced.
    static_cast<void>(ResultJson::toJson(result));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Fixtures& fixtures = Fixtures::get();
    if (size == 0)
        return 0;

    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return 0;

    // An even first byte (leading whitespace such as a space or a newline) reads the input as an evidence
    // library; an odd one ('{', a tab, a carriage return) as a criteria set. The corpus holds every seed both
    // ways, so both paths start from real files.
    if ((data[0] & 1) == 0) {
        ValidationIssues issues;
        const std::optional<EvidenceLibrary> library = EvidenceLibrary::load(bytes, u"fuzz-evidence.json"_s, issues);
        if (!library)
            return 0;
        // A library that loads is one criteria may cite: the reference set either builds against it or is
        // refused with issues.
        if (const CriteriaSetPtr set = CriteriaSetLoader::build({fixtures.reference}, *library, issues))
            evaluateSeed(fixtures, set);
        return 0;
    }

    const QJsonObject root = document.object();
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QList<CriteriaSource> chain{CriteriaSource{u"fuzz-criteria.json"_s, root, sha256}};
    // A set written as differences from the reference set is built on top of it, as the catalogue would, so
    // the merging of definitions, components and cautions is fuzzed too.
    if (root.value("extends"_L1).toString() == fixtures.reference.root.value("id"_L1).toString())
        chain.prepend(fixtures.reference);

    ValidationIssues issues;
    if (const CriteriaSetPtr set = CriteriaSetLoader::build(chain, fixtures.evidence, issues))
        evaluateSeed(fixtures, set);
    return 0;
}
