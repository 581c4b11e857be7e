// SPDX-License-Identifier: GPL-3.0-or-later
// Google Benchmark measurements of storage with many stored reviews (100,000 unless SPINEREVIEW_BENCH_REVIEWS
// says otherwise), on an SQLite file and on PostgreSQL: the worklist's first page, searches by case and
// patient id, a filtered page, a deep page, the dashboard's aggregates, opening the database, and import
// throughput (one case with its review per transaction, as `spinereview db import` does). Measurements, not
// tests: nothing here asserts a time (BENCHMARKS.md records the figures and how they were produced).
//
// PostgreSQL comes from SPINEREVIEW_TEST_POSTGRES_URL (scripts/with-postgres.sh run …) or the file named by
// SPINEREVIEW_TEST_POSTGRES_URL_FILE (the ctest fixture). Without one the program stops with an error, unless
// SPINEREVIEW_BENCH_SQLITE_ONLY=1.
#include "core/case/casereader.h"
#include "core/criteria/criteriacatalog.h"
#include "core/engine/evaluator.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/dashboardrepository.h"
#include "storage/reviewrepository.h"
#include "storage/transaction.h"
#include "storage/worklistrepository.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <map>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

const QStringList payers = {
    u"Acme Health"_s, u"Blue Plan"_s,       u"Cardinal Care"_s,    u"Delta Medicare Advantage"_s,
    u"Evergreen"_s,   u"Frontier Mutual"_s, u"Granite Medicaid"_s, u"Harbor PPO"_s};
const QDateTime firstReceipt(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
// The benchmarks ask "now" in the middle of the receipts, so some reviews are overdue and most are not.
const QDateTime benchNow(QDate(2026, 4, 1), QTime(12, 0), Qt::UTC);

int reviewCount()
{
    const int configured = qEnvironmentVariableIntValue("SPINEREVIEW_BENCH_REVIEWS");
    return configured > 0 ? configured : 100000;
}

const CriteriaCatalog& catalog()
{
    static const CriteriaCatalog loaded =
        CriteriaCatalog::loadDirectory(QStringLiteral(SPINEREVIEW_SOURCE_DIR "/criteria"));
    return loaded;
}

const QJsonObject& seedCase()
{
    static const QJsonObject seed = [] {
        QFile file(QStringLiteral(SPINEREVIEW_SOURCE_DIR "/tests/data/cases/seed-l5s1-revision.json"));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    }();
    return seed;
}

// Case number i: its own case and patient ids, one of eight payers, every fifth expedited, one in fifty
// without a stated urgency, receipts 157 seconds apart (100,000 of them span six months).
QByteArray caseDocument(int i, const QString& prefix = u"bench"_s)
{
    QJsonObject root = seedCase();
    root.insert(u"caseId"_s, u"%1-%2"_s.arg(prefix).arg(i, 6, 10, QChar(u'0')));
    QJsonObject patient = root.value(u"patient"_s).toObject();
    patient.insert(u"id"_s, u"MRN-%1"_s.arg(i, 7, 10, QChar(u'0')));
    root.insert(u"patient"_s, patient);
    root.insert(u"coverage"_s, QJsonObject{{u"payer"_s, payers[i % payers.size()]}, {u"planType"_s, u"commercial"_s}});
    QJsonObject request = root.value(u"request"_s).toObject();
    if (i % 50 != 7)
        request.insert(u"urgency"_s, i % 5 == 0 ? u"expedited"_s : u"standard"_s);
    request.insert(u"receivedAt"_s, firstReceipt.addSecs(qint64(i) * 157).toString(Qt::ISODate));
    root.insert(u"request"_s, request);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// The seed case's evaluation: every generated case differs from it only in fields no criterion reads.
const EvaluationResult& evaluation()
{
    static const EvaluationResult result = [] {
        const CaseReadResult read = CaseReader::readBytes(caseDocument(0), u"bench"_s);
        return Evaluator::evaluate(*read.value, catalog().defaultSet(), QDate(2025, 11, 17));
    }();
    return result;
}

// A seeded database for one back end, built on first use and kept for every benchmark of that back end.
struct Store
{
    std::unique_ptr<TestDatabase> place;
    std::unique_ptr<Database> database;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<CaseRepository> cases;
    std::unique_ptr<ReviewRepository> reviews;
    QString error;
    int imported = 0;
};

bool runSql(const Database& database, const QString& sql, QString* error)
{
    QSqlQuery query(database.connection());
    if (query.exec(sql))
        return true;
    *error = database.failure(query, sql.left(40)).message;
    return false;
}

// Imports through the repositories (parse, index, store, audit, review with its components), a thousand per
// transaction; then spreads the reviews over the statuses and twenty reviewers with two set-based UPDATEs (a
// measurement of reads does not need 100,000 audited saves).
void seed(Store& store)
{
    const Actor actor = Actor::program(u"bench_storage"_s);
    const int total = reviewCount();
    QElapsedTimer timer;
    timer.start();
    for (int start = 0; start < total; start += 1000) {
        Transaction transaction(*store.database);
        for (int i = start; i < qMin(total, start + 1000); ++i) {
            StorageResult<CaseRepository::Import> imported = store.cases->import(caseDocument(i), u"bench"_s, actor);
            if (!imported.ok()) {
                store.error = imported.error().message;
                return;
            }
            StorageResult<Review> review = store.reviews->create(imported.value().stored.ref, evaluation(), actor);
            if (!review.ok()) {
                store.error = review.error().message;
                return;
            }
        }
        if (auto failed = transaction.commit()) {
            store.error = failed->message;
            return;
        }
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    std::fprintf(stderr,
                 "bench_storage: seeded %d cases and reviews on %s in %.1f s (%.0f per second, 1000 per "
                 "transaction)\n",
                 total, store.database->backend() == DatabaseBackend::Sqlite ? "SQLite" : "PostgreSQL", seconds,
                 double(total) / seconds);
    // Statuses by id: 40 % draft, 30 % in review, 10 % with the physician advisor, 20 % determined (between
    // one and nine days after receipt).
    const QString statuses =
        u"UPDATE reviews SET status = CASE WHEN id % 10 < 4 THEN 'draft' WHEN id % 10 < 7 THEN 'in_review' "
        u"WHEN id % 10 < 8 THEN 'physician_advisor' ELSE 'determined' END, "
        u"reviewer_ref = CASE WHEN id % 10 < 4 THEN NULL ELSE id % 20 + 1 END, "
        u"determined_at = CASE WHEN id % 10 >= 8 THEN (SELECT received_at FROM cases WHERE cases.id = "
        u"reviews.case_ref) "
        u"+ 86400000 * (1 + id % 9) ELSE NULL END"_s;
    QString reviewers = u"INSERT INTO reviewers (name, role, created_at) VALUES "_s;
    for (int r = 1; r <= 20; ++r)
        reviewers += u"%1('Reviewer %2', '%3', 0)"_s.arg(r == 1 ? u""_s : u", "_s)
                         .arg(r)
                         .arg(r % 4 == 0 ? u"physician_advisor"_s : u"nurse_reviewer"_s);
    const QString decisions =
        u"UPDATE review_components SET decision = CASE WHEN engine_status = 'met' THEN 'met' "
        u"ELSE 'not_met' END, reason = CASE WHEN engine_status = 'met' THEN NULL ELSE 'bench' END "
        u"WHERE review_ref IN (SELECT id FROM reviews WHERE status = 'determined')"_s;
    for (const QString& sql : {reviewers, statuses, decisions}) {
        if (!runSql(*store.database, sql, &store.error))
            return;
    }
    QString analyzed;
    runSql(*store.database, u"ANALYZE"_s, &analyzed);
    store.imported = total;
}

std::map<DatabaseBackend, Store>& stores()
{
    static std::map<DatabaseBackend, Store> all;
    return all;
}

Store& store(DatabaseBackend backend)
{
    Store& store = stores()[backend];
    if (store.place || !store.error.isEmpty())
        return store;
    store.place = std::make_unique<TestDatabase>(backend);
    if (!store.place->isValid()) {
        store.error = store.place->error();
        return store;
    }
    StorageResult<std::unique_ptr<Database>> opened = Database::open(store.place->location());
    if (!opened.ok()) {
        store.error = opened.error().message;
        return store;
    }
    store.database = opened.take();
    store.audit = std::make_unique<AuditLog>(*store.database);
    store.cases = std::make_unique<CaseRepository>(*store.database, *store.audit);
    store.reviews = std::make_unique<ReviewRepository>(*store.database, *store.audit);
    seed(store);
    return store;
}

void worklist(benchmark::State& state, DatabaseBackend backend, const WorklistQuery& query, qint64 expectAtLeast)
{
    Store& seeded = store(backend);
    if (!seeded.error.isEmpty()) {
        state.SkipWithError(qPrintable(seeded.error));
        return;
    }
    const WorklistRepository repository(*seeded.database);
    qint64 rows = 0;
    qint64 total = 0;
    for (auto _ : state) {
        StorageResult<WorklistPage> page = repository.page(query);
        if (!page.ok()) {
            state.SkipWithError(qPrintable(page.error().message));
            return;
        }
        rows = page.value().rows.size();
        total = page.value().total;
        benchmark::DoNotOptimize(page);
    }
    if (rows < qMin<qint64>(expectAtLeast, query.limit))
        state.SkipWithError("the page came back shorter than the data promises");
    state.counters["rows"] = double(rows);
    state.counters["matching"] = double(total);
    state.counters["stored"] = double(seeded.imported);
}

WorklistQuery openFirstPage()
{
    WorklistQuery query;
    query.filter.statuses = {ReviewStatus::Draft, ReviewStatus::InReview, ReviewStatus::PhysicianAdvisor};
    query.now = benchNow;
    return query;
}

void importThroughput(benchmark::State& state, DatabaseBackend backend)
{
    Store& seeded = store(backend);
    if (!seeded.error.isEmpty()) {
        state.SkipWithError(qPrintable(seeded.error));
        return;
    }
    const Actor actor = Actor::program(u"bench_storage"_s);
    static int next = 0;
    QList<QByteArray> documents;
    for (int i = 0; i < 2000; ++i)
        documents.append(caseDocument(next + i, u"import"_s));
    qsizetype used = 0;
    for (auto _ : state) {
        if (used == documents.size()) {
            state.PauseTiming();
            next += int(documents.size());
            documents.clear();
            for (int i = 0; i < 2000; ++i)
                documents.append(caseDocument(next + i, u"import"_s));
            used = 0;
            state.ResumeTiming();
        }
        // What `spinereview db import` does per file once it is read and evaluated: one transaction.
        Transaction transaction(*seeded.database);
        StorageResult<CaseRepository::Import> imported = seeded.cases->import(documents[used++], u"bench"_s, actor);
        if (!imported.ok() || !seeded.reviews->create(imported.value().stored.ref, evaluation(), actor).ok() ||
            transaction.commit()) {
            state.SkipWithError("an import failed");
            return;
        }
    }
    next += int(used);
    state.SetItemsProcessed(state.iterations());
}

void dashboard(benchmark::State& state, DatabaseBackend backend, bool turnaround)
{
    Store& seeded = store(backend);
    if (!seeded.error.isEmpty()) {
        state.SkipWithError(qPrintable(seeded.error));
        return;
    }
    const DashboardRepository repository(*seeded.database);
    for (auto _ : state) {
        if (turnaround) {
            auto summary = repository.turnaround(QDate(2026, 1, 1), QDate(2026, 7, 1), benchNow);
            benchmark::DoNotOptimize(summary);
        } else {
            auto counts =
                repository.determinations(QDate(2026, 1, 1), QDate(2026, 7, 1), DashboardRepository::Period::Week);
            benchmark::DoNotOptimize(counts);
        }
    }
}

void openDatabase(benchmark::State& state, DatabaseBackend backend)
{
    Store& seeded = store(backend);
    if (!seeded.error.isEmpty()) {
        state.SkipWithError(qPrintable(seeded.error));
        return;
    }
    // On SQLite this includes the read-only inspection with its page check (quick_check).
    for (auto _ : state) {
        StorageResult<std::unique_ptr<Database>> opened = Database::open(seeded.place->location());
        if (!opened.ok()) {
            state.SkipWithError(qPrintable(opened.error().message));
            return;
        }
    }
}

// Wall-clock time throughout: on PostgreSQL the work is done in the server, outside this process's CPU time.
void registerBackend(DatabaseBackend backend, const char* name)
{
    const auto named = [name](const char* benchmark) { return std::string(benchmark) + "/" + name; };
    benchmark::RegisterBenchmark(named("BM_WorklistFirstPage").c_str(),
                                 [backend](benchmark::State& state) { worklist(state, backend, openFirstPage(), 50); })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark(named("BM_WorklistFirstPageAllStatuses").c_str(),
                                 [backend](benchmark::State& state) {
                                     WorklistQuery query;
                                     query.now = benchNow;
                                     worklist(state, backend, query, 50);
                                 })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark(named("BM_WorklistSearchPatientId").c_str(),
                                 [backend](benchmark::State& state) {
                                     WorklistQuery query;
                                     query.filter.search = u"mrn-000042"_s; // MRN-0000420 … MRN-0000429
                                     query.now = benchNow;
                                     worklist(state, backend, query, 10);
                                 })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark(named("BM_WorklistSearchCaseId").c_str(),
                                 [backend](benchmark::State& state) {
                                     WorklistQuery query;
                                     query.filter.search = u"BENCH-0007"_s; // bench-000700 … bench-000799
                                     query.now = benchNow;
                                     worklist(state, backend, query, 50);
                                 })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark(named("BM_WorklistPayerOverdue").c_str(),
                                 [backend](benchmark::State& state) {
                                     WorklistQuery query = openFirstPage();
                                     query.filter.payer = payers[3];
                                     query.filter.overdueOnly = true;
                                     worklist(state, backend, query, 1);
                                 })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark(named("BM_WorklistPage1000").c_str(),
                                 [backend](benchmark::State& state) {
                                     WorklistQuery query = openFirstPage();
                                     query.offset = 50 * 999;
                                     worklist(state, backend, query,
                                              0); // empty when fewer reviews are stored (the smoke test)
                                 })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark(named("BM_DashboardDeterminationsByWeek").c_str(),
                                 [backend](benchmark::State& state) { dashboard(state, backend, false); })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark(named("BM_DashboardTurnaround").c_str(),
                                 [backend](benchmark::State& state) { dashboard(state, backend, true); })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark(named("BM_OpenDatabase").c_str(),
                                 [backend](benchmark::State& state) { openDatabase(state, backend); })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark(named("BM_ImportCase").c_str(),
                                 [backend](benchmark::State& state) { importThroughput(state, backend); })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool sqliteOnly = qEnvironmentVariableIntValue("SPINEREVIEW_BENCH_SQLITE_ONLY") == 1;
    registerBackend(DatabaseBackend::Sqlite, "sqlite");
    if (!sqliteOnly)
        registerBackend(DatabaseBackend::Postgresql, "postgresql");

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    if (seedCase().isEmpty() || !catalog().defaultSet()) {
        std::fprintf(stderr, "bench_storage: the seed case or the bundled criteria did not load\n");
        return 1;
    }
    QString why;
    if (!sqliteOnly && TestDatabase::postgresServerUrl(&why).isEmpty()) {
        std::fprintf(stderr, "bench_storage: %s (or set SPINEREVIEW_BENCH_SQLITE_ONLY=1)\n", qPrintable(why));
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    // Close the databases and drop the PostgreSQL one while Qt is still up.
    stores().clear();
    return 0;
}
