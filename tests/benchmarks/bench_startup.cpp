// SPDX-License-Identifier: GPL-3.0-or-later
// Cold start to the first shown window: each iteration starts the real `spinereview` executable on the seed
// case (offscreen, `--exit-when-shown`) and times it from the moment the process is started until it reports
// its first painted window — loading the executable and Qt, the criteria catalogue, the case, building and
// painting the desk. The executable's own "shown … ms after main" line gives the part after main() began.
// The wall time counts whatever else the machine is doing; the child's CPU time (user + system, from
// getrusage, up to its exit — so including its teardown) does not, and is reported beside it.
// A measurement, not a test: nothing here asserts a time.
#include "percentile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// The number in "shown 123.4 ms after main", or a negative value when the line is not there.
double millisAfterMain(const QByteArray& output)
{
    const qsizetype at = output.indexOf("shown ");
    if (at < 0)
        return -1.0;
    const QByteArray rest = output.mid(at + 6);
    bool ok = false;
    const double value = rest.left(rest.indexOf(' ')).toDouble(&ok);
    return ok ? value : -1.0;
}

// CPU time, in milliseconds, used so far by the children this process has waited for.
double childrenCpuMillis()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto millis = [](const timeval& t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return millis(usage.ru_utime) + millis(usage.ru_stime);
}

void BM_ColdStartToFirstWindow(benchmark::State& state)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // A settings file of its own, so recent files or window state of the person running it play no part.
    environment.insert(u"XDG_CONFIG_HOME"_s, QCoreApplication::applicationDirPath() + u"/bench-startup-config"_s);
    // …and a reviews' database of its own (opened at every start, as a reviewer's is).
    environment.insert(u"XDG_DATA_HOME"_s, QCoreApplication::applicationDirPath() + u"/bench-startup-data"_s);
    const QStringList arguments{u"--exit-when-shown"_s,
                                QStringLiteral(SPINEREVIEW_SOURCE_DIR "/tests/data/cases/seed-l5s1-revision.json")};
    std::vector<double> total;
    std::vector<double> afterMain;
    std::vector<double> childCpu;
    for (auto _ : state) {
        QProcess process;
        process.setProcessEnvironment(environment);
        const double cpuBefore = childrenCpuMillis();
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(SPINEREVIEW_EXECUTABLE), arguments);
        QByteArray output;
        double shownAt = -1.0;
        while (process.waitForReadyRead(30000)) {
            output += process.readAllStandardOutput();
            if (output.contains('\n')) {
                shownAt = static_cast<double>(timer.nsecsElapsed()) / 1e6;
                break;
            }
        }
        process.waitForFinished(30000);
        const double inside = millisAfterMain(output);
        if (shownAt < 0 || inside < 0 || process.exitCode() != 0) {
            state.SkipWithError("spinereview did not report a shown window");
            return;
        }
        state.SetIterationTime(shownAt / 1000.0);
        total.push_back(shownAt);
        afterMain.push_back(inside);
        childCpu.push_back(childrenCpuMillis() - cpuBefore);
    }
    state.counters["p50_ms"] = benchmarks::percentile(total, 0.50);
    state.counters["p99_ms"] = benchmarks::percentile(total, 0.99);
    state.counters["max_ms"] = benchmarks::percentile(total, 1.0);
    state.counters["after_main_p50_ms"] = benchmarks::percentile(afterMain, 0.50);
    state.counters["child_cpu_p50_ms"] = benchmarks::percentile(childCpu, 0.50);
    state.counters["child_cpu_p99_ms"] = benchmarks::percentile(childCpu, 0.99);
}

} // namespace

BENCHMARK(BM_ColdStartToFirstWindow)->Unit(benchmark::kMillisecond)->UseManualTime();

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
