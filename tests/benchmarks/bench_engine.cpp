// SPDX-License-Identifier: GPL-3.0-or-later
// Google Benchmark measurements of the core's hot paths on the seed case: evaluation under each bundled set,
// loading the criteria folder, reading the case file and deriving its facts. Measurements, not tests: nothing
// here asserts a time (BENCHMARKS.md records the figures and how they were produced).
#include "core/case/casereader.h"
#include "core/criteria/criteriacatalog.h"
#include "core/engine/evaluator.h"
#include "core/facts/facttable.h"

#include <QByteArray>
#include <QFile>

#include <benchmark/benchmark.h>
#include <cstdio>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

const QString& criteriaDirectory()
{
    static const QString directory = QStringLiteral(SPINEREVIEW_SOURCE_DIR "/criteria");
    return directory;
}

const QString& seedPath()
{
    static const QString path = QStringLiteral(SPINEREVIEW_SOURCE_DIR "/tests/data/cases/seed-l5s1-revision.json");
    return path;
}

// Loaded once, outside every timed loop.
const CriteriaCatalog& catalog()
{
    static const CriteriaCatalog loaded = CriteriaCatalog::loadDirectory(criteriaDirectory());
    return loaded;
}

const std::optional<SpineCase>& seedCase()
{
    static const std::optional<SpineCase> loaded = CaseReader::readFile(seedPath()).value;
    return loaded;
}

// The case's own review date, so the figures describe the determination the seed case documents.
QDate seedReviewDate()
{
    return seedCase()->reviewDate.value_or(QDate(2025, 11, 17));
}

void evaluateSeed(benchmark::State& state, const QString& setId)
{
    const CriteriaSetPtr set = catalog().find(setId);
    if (!seedCase() || !set) {
        state.SkipWithError("the seed case or the criteria set did not load");
        return;
    }
    const SpineCase& spineCase = *seedCase();
    const QDate reviewDate = seedReviewDate();
    for (auto _ : state) {
        EvaluationResult result = Evaluator::evaluate(spineCase, set, reviewDate);
        benchmark::DoNotOptimize(result);
        benchmark::ClobberMemory();
    }
    // One item is one evaluation of the whole request; components/s counts the components inside them.
    const auto components = static_cast<double>(spineCase.request.components.size());
    state.SetItemsProcessed(state.iterations());
    state.counters["components"] = components;
    state.counters["components/s"] =
        benchmark::Counter(components * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_LoadCriteria(benchmark::State& state)
{
    for (auto _ : state) {
        CriteriaCatalog loaded = CriteriaCatalog::loadDirectory(criteriaDirectory());
        benchmark::DoNotOptimize(loaded);
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_ReadCase(benchmark::State& state)
{
    QFile file(seedPath());
    if (!file.open(QIODevice::ReadOnly)) {
        state.SkipWithError("cannot read the seed case");
        return;
    }
    const QByteArray bytes = file.readAll();
    for (auto _ : state) {
        CaseReadResult result = CaseReader::readBytes(bytes, u"seed-l5s1-revision.json"_s);
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

void BM_DeriveFacts(benchmark::State& state)
{
    const CriteriaSetPtr set = catalog().defaultSet();
    if (!seedCase() || !set) {
        state.SkipWithError("the seed case or the criteria set did not load");
        return;
    }
    const SpineCase& spineCase = *seedCase();
    const QDate reviewDate = seedReviewDate();
    for (auto _ : state) {
        // Facts are derived on first read: read every case fact, and every level fact at L5-S1.
        const FactTable table(spineCase, reviewDate, set->parameters);
        for (const FactDefinition& definition : FactCatalog::all()) {
            const FactValue& value = table.value(
                definition.id, definition.scope == FactScope::Level ? std::optional(Level::L5S1) : std::nullopt);
            benchmark::DoNotOptimize(&value);
        }
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace

int main(int argc, char** argv)
{
    // One benchmark per bundled set, named after it, so a missing set shows as a skipped line, not a gap.
    for (const char* setId : {"reference", "founding-review", "payer-cmm609"}) {
        benchmark::RegisterBenchmark((std::string("BM_EvaluateSeed/") + setId).c_str(), [setId](
                                                                                            benchmark::State& state) {
            evaluateSeed(state, QString::fromLatin1(setId));
        })->Unit(benchmark::kMicrosecond);
    }
    benchmark::RegisterBenchmark("BM_LoadCriteria", BM_LoadCriteria)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_ReadCase", BM_ReadCase)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("BM_DeriveFacts", BM_DeriveFacts)->Unit(benchmark::kMicrosecond);

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    if (!seedCase() || catalog().sets().isEmpty()) {
        std::fprintf(stderr, "bench_engine: the seed case or the bundled criteria did not load\n");
        for (const ValidationIssue& issue : catalog().issues())
            std::fprintf(stderr, "  %s\n", qPrintable(issue.toString()));
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
