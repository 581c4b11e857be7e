// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the case reader: any bytes must be read or refused without crashing, a case that is
// read must survive writing and reading again unchanged, and evaluating it must not crash.
#include "core/case/casereader.h"
#include "core/case/casewriter.h"
#include "core/criteria/criteriacatalog.h"
#include "core/engine/evaluator.h"
#include "core/engine/resultjson.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

// Loaded once: a criteria set that fails to load is a broken checkout, not a finding, so the fuzzer
// refuses to start rather than fuzz nothing.
const CriteriaSetPtr& referenceSet()
{
    static const CriteriaSetPtr set = [] {
        const CriteriaCatalog catalog = CriteriaCatalog::loadDirectory(QStringLiteral(SPINEREVIEW_CRITERIA_DIR));
        CriteriaSetPtr found = catalog.find(u"reference"_s);
        if (!found) {
            std::fprintf(stderr, "fuzz_casereader: the reference set did not load from %s\n", SPINEREVIEW_CRITERIA_DIR);
            for (const ValidationIssue& issue : catalog.issues())
                std::fprintf(stderr, "  %s\n", qPrintable(issue.toString()));
            std::abort();
        }
        return found;
    }();
    return set;
}

[[noreturn]] void roundTripFailure(const char* what, const QByteArray& written, const QByteArray& rewritten)
{
    // Where the two first differ, so a long case need not be compared by eye.
    qsizetype at = 0;
    while (at < written.size() && at < rewritten.size() && written[at] == rewritten[at])
        ++at;
    std::fprintf(stderr,
                 "fuzz_casereader: round trip is lossy: %s (first difference at byte %lld)\n--- written ---\n%s\n"
                 "--- re-read and written ---\n%s\n",
                 what, static_cast<long long>(at), written.constData(), rewritten.constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // A fixed date keeps every input's evaluation reproducible from the input alone.
    static const QDate reviewDate(2025, 11, 17);
    const CriteriaSetPtr& set = referenceSet();

    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const CaseReadResult first = CaseReader::readBytes(bytes, u"fuzz.json"_s);
    if (!first.ok())
        return 0;

    const QByteArray written = CaseWriter::toBytes(*first.value);
    const CaseReadResult second = CaseReader::readBytes(written, u"fuzz-rewritten.json"_s);
    if (!second.ok()) {
        QByteArray why;
        for (const ValidationIssue& issue : second.issues)
            why += issue.toString().toUtf8() + '\n';
        roundTripFailure("the written case is refused on reading", written, why);
    }
    const QByteArray rewritten = CaseWriter::toBytes(*second.value);
    if (rewritten != written)
        roundTripFailure("the re-read case is written differently", written, rewritten);
    if (CaseWriter::toJson(*second.value) != CaseWriter::toJson(*first.value))
        roundTripFailure("the re-read case differs as JSON", written, rewritten);

    const EvaluationResult result = Evaluator::evaluate(*first.value, set, reviewDate);
    if (result.components.size() != static_cast<std::size_t>(first.value->request.components.size())) {
        std::fprintf(stderr, "fuzz_casereader: %zu components requested, %zu evaluated\n",
                     static_cast<std::size_t>(first.value->request.components.size()), result.components.size());
        std::abort();
    }
    // The result's JSON form reads every outcome, remark and fact the evaluation produced.
    static_cast<void>(ResultJson::toJson(result));
    return 0;
}
