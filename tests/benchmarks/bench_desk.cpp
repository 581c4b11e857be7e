// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewer's desk under a keystroke: one edit of the seed case, re-evaluated under the selected set and
// every set for the comparison, with the results column painted again — the work that must fit in a frame.
// Every edit is timed on its own, so the report gives the median and the 99th percentile of single edits,
// not of averages. Run offscreen (QT_QPA_PLATFORM=offscreen); a measurement, not a test.
#include "core/criteria/criteriacatalog.h"
#include "document/casedocument.h"
#include "document/evaluationcontroller.h"
#include "document/fileactions.h"
#include "mainwindow.h"
#include "percentile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QWidget>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <functional>
#include <memory>
#include <vector>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

// One window on the seed case for the whole run: building it is the cold start's business, not an edit's.
class Desk
{
public:
    Desk()
        : m_settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat)
        , m_evaluation(m_document, CriteriaCatalog::loadDirectory(QStringLiteral(SPINEREVIEW_SOURCE_DIR "/criteria")),
                       QDate(2026, 11, 26))
        , m_window(m_document, m_evaluation, m_settings)
    {
        m_window.resize(1440, 900);
        m_window.show();
        m_opened = m_window.fileActions()->open(
            QStringLiteral(SPINEREVIEW_SOURCE_DIR "/tests/data/cases/seed-l5s1-revision.json"));
        QApplication::processEvents();
        m_results = m_window.findChild<QWidget*>(u"resultsPanel"_s);
    }

    bool isReady() const { return m_opened && m_results; }
    CaseDocument& document() { return m_document; }

    // The measured unit: the edit, the event-loop turn that updates every screen, and a synchronous repaint
    // of the results column. Not inlined, so a profiler can collect exactly this
    // (valgrind --toggle-collect='*editAndRepaint*').
    [[gnu::noinline]] void editAndRepaint(const std::function<void(SpineCase&)>& change, const QString& origin)
    {
        m_document.edit(change, origin);
        QApplication::processEvents();
        m_results->repaint();
    }

private:
    QTemporaryDir m_dir;
    QSettings m_settings;
    CaseDocument m_document;
    EvaluationController m_evaluation;
    MainWindow m_window;
    QWidget* m_results = nullptr;
    bool m_opened = false;
};

// Made on first use and destroyed in main() while the QApplication still exists (a function-local static
// would outlive it and crash on exit).
std::unique_ptr<Desk>& deskInstance()
{
    static std::unique_ptr<Desk> instance;
    return instance;
}

Desk& desk()
{
    if (!deskInstance())
        deskInstance() = std::make_unique<Desk>();
    return *deskInstance();
}

// Runs `edit(i)` once per iteration and reports each edit's wall time: the median, the 99th percentile and
// the slowest, in milliseconds, as counters beside Google Benchmark's own mean.
void measureEdits(benchmark::State& state, const std::function<void(Desk&, int)>& edit)
{
    Desk& target = desk();
    if (!target.isReady()) {
        state.SkipWithError("the seed case did not open");
        return;
    }
    std::vector<double> millis;
    millis.reserve(4096);
    int i = 0;
    QElapsedTimer timer;
    for (auto _ : state) {
        timer.start();
        edit(target, i++);
        millis.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["edits"] = static_cast<double>(millis.size());
    state.counters["p50_ms"] = benchmarks::percentile(millis, 0.50);
    state.counters["p99_ms"] = benchmarks::percentile(millis, 0.99);
    state.counters["max_ms"] = benchmarks::percentile(millis, 1.0);
}

// A reviewer changes the pain score (Symptoms & exam): a case fact most criteria sets read.
void BM_EditPainScore(benchmark::State& state)
{
    measureEdits(state, [](Desk& d, int i) {
        const double pain = i % 2 == 0 ? 8.0 : 7.0;
        d.editAndRepaint([pain](SpineCase& c) { c.symptoms->painScore = pain; }, u"symptoms.painScore"_s);
    });
}

// A reviewer enters a flexion–extension translation at L5-S1 (Imaging): a level fact that turns the
// fusion determination under `reference` between pended and met, so cards, rationale and charts all change.
// The flexion–extension study itself is added once, before the timing starts.
void BM_EditImagingFinding(benchmark::State& state)
{
    desk().document().edit(
        [](SpineCase& c) {
            ImagingStudy study;
            study.modality = Modality::FlexionExtensionXray;
            study.date = QDate(2025, 10, 1);
            study.levels.emplace();
            if (!c.imaging)
                c.imaging.emplace();
            c.imaging->append(study);
        },
        u"imaging"_s);
    measureEdits(state, [](Desk& d, int i) {
        const std::optional<double> translation = i % 2 == 0 ? std::optional<double>(5.0) : std::nullopt;
        d.editAndRepaint(
            [translation](SpineCase& c) {
                (*c.imaging->last().levels)[Level::L5S1].dynamicTranslationMm = translation;
            },
            u"imaging[1].levels.L5-S1.dynamicTranslationMm"_s);
    });
}

} // namespace

BENCHMARK(BM_EditPainScore)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EditImagingFinding)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    deskInstance().reset();
    return 0;
}
