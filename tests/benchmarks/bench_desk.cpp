// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewer's desk under a keystroke: one edit of the seed case, re-evaluated under the selected set and
// every set for the comparison, with the results column painted again — the work that must fit in a frame.
// Run offscreen (QT_QPA_PLATFORM=offscreen); a measurement, not a test.
#include "core/criteria/criteriacatalog.h"
#include "document/casedocument.h"
#include "document/evaluationcontroller.h"
#include "document/fileactions.h"
#include "mainwindow.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QWidget>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <vector>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

void BM_EditToRepaintedResults(benchmark::State& state)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    CaseDocument document;
    EvaluationController evaluation(document,
                                    CriteriaCatalog::loadDirectory(QStringLiteral(SPINEREVIEW_SOURCE_DIR "/criteria")),
                                    QDate(2026, 11, 26));
    MainWindow window(document, evaluation, settings);
    window.resize(1440, 900);
    window.show();
    if (!window.fileActions()->open(
            QStringLiteral(SPINEREVIEW_SOURCE_DIR "/tests/data/cases/seed-l5s1-revision.json"))) {
        state.SkipWithError("the seed case did not open");
        return;
    }
    QApplication::processEvents();
    auto* results = window.findChild<QWidget*>(u"resultsPanel"_s);
    double pain = 7.0;
    for (auto _ : state) {
        // A reviewer changes the pain score: the document re-evaluates every set and the column repaints now.
        pain = pain == 7.0 ? 8.0 : 7.0;
        document.edit([pain](SpineCase& c) { c.symptoms->painScore = pain; }, u"symptoms.painScore"_s);
        QApplication::processEvents();
        results->repaint();
    }
    state.SetItemsProcessed(state.iterations());
}

double percentile(const std::vector<double>& values, double fraction)
{
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const auto index = static_cast<std::size_t>(fraction * static_cast<double>(sorted.size() - 1));
    return sorted[index];
}

} // namespace

BENCHMARK(BM_EditToRepaintedResults)
    ->Unit(benchmark::kMillisecond)
    ->ComputeStatistics("p99", [](const std::vector<double>& v) { return percentile(v, 0.99); })
    ->ComputeStatistics("p50", [](const std::vector<double>& v) { return percentile(v, 0.50); });

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
