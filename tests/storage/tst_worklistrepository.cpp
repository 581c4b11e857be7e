// SPDX-License-Identifier: GPL-3.0-or-later
// The worklist's queries on both back ends: filters, sorting (unclocked reviews last), paging, case-insensitive
// prefix search on case and patient ids, and the overdue flag against a given "now".
#include "storage/worklistrepository.h"
#include "storagefixture.h"

#include <QTest>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

const QDateTime now(QDate(2026, 3, 6), QTime(12, 0), Qt::UTC);

} // namespace

class TestWorklistRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<StorageFixture> m_fixture;
    Reviewer m_nurse;
    Reviewer m_physician;

    QStringList caseIds(const WorklistQuery& query, qint64* total = nullptr)
    {
        StorageResult<WorklistPage> page = WorklistRepository(m_fixture->database()).page(query);
        if (!page.ok()) {
            QTest::qFail(qPrintable(page.error().message), __FILE__, __LINE__);
            return {};
        }
        if (total)
            *total = page.value().total;
        QStringList ids;
        for (const WorklistRow& row : page.value().rows)
            ids.append(row.caseId);
        return ids;
    }

    static WorklistQuery query(WorklistFilter filter = {}, WorklistSort sort = WorklistSort::Due,
                               Qt::SortOrder order = Qt::AscendingOrder)
    {
        WorklistQuery q;
        q.filter = std::move(filter);
        q.sort = sort;
        q.order = order;
        q.now = now;
        return q;
    }

    void moveTo(const Review& stored, ReviewStatus status, const Reviewer& reviewer)
    {
        m_fixture->moveTo(stored, status, reviewer, Actor::of(m_physician));
    }

private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void init()
    {
        m_fixture = std::make_unique<StorageFixture>(TestDatabase::currentBackend());
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
        m_nurse =
            m_fixture->reviewers().add(u"Nurse Ada"_s, ReviewerRole::NurseReviewer, StorageFixture::importer()).value();
        m_physician = m_fixture->reviewers()
                          .add(u"Dr. Brook"_s, ReviewerRole::PhysicianAdvisor, StorageFixture::importer())
                          .value();
        struct Seed
        {
            StorageFixture::CaseFields fields;
            ReviewStatus status;
            const Reviewer* reviewer;
        };
        const QList<Seed> seeds = {
            {{u"UR-2026-0001"_s, u"MRN-1001"_s, u"Acme"_s, u"expedited"_s, u"2026-03-01T10:00:00Z"_s},
             ReviewStatus::InReview,
             &m_nurse},
            {{u"UR-2026-0002"_s, u"MRN-1002"_s, u"Acme"_s, u"standard"_s, u"2026-03-01T09:00:00Z"_s},
             ReviewStatus::Draft,
             nullptr},
            {{u"UR-2026-0003"_s, u"mrn-2001"_s, u"Blue Plan"_s, {}, u"2026-02-20T12:00:00Z"_s},
             ReviewStatus::InReview,
             &m_physician},
            {{u"UR-2026-0004"_s, {}, u"Blue Plan"_s, u"expedited"_s, u"2026-03-05T00:00:00Z"_s},
             ReviewStatus::PhysicianAdvisor,
             &m_physician},
            {{u"ur-2026-0100"_s, u"MRN-1003"_s, {}, u"standard"_s, {}}, ReviewStatus::Draft, nullptr},
            {{u"XY-1"_s, u"Q-9"_s, u"Acme"_s, u"standard"_s, u"2026-02-01T00:00:00Z"_s},
             ReviewStatus::Determined,
             &m_physician},
        };
        for (const Seed& seed : seeds) {
            const Review review = m_fixture->importWithReview(StorageFixture::caseDocument(seed.fields)).second;
            QVERIFY(review.ref > 0);
            if (seed.status != ReviewStatus::Draft)
                moveTo(review, seed.status, *seed.reviewer);
        }
    }

    void cleanup() { m_fixture.reset(); }

    void sortedByDueWithUnclockedLast()
    {
        qint64 total = 0;
        QCOMPARE(caseIds(query(), &total), (QStringList{u"XY-1"_s, u"UR-2026-0003"_s, u"UR-2026-0001"_s,
                                                        u"UR-2026-0004"_s, u"UR-2026-0002"_s, u"ur-2026-0100"_s}));
        QCOMPARE(total, 6);
        QCOMPARE(caseIds(query({}, WorklistSort::Due, Qt::DescendingOrder)),
                 (QStringList{u"UR-2026-0002"_s, u"UR-2026-0004"_s, u"UR-2026-0001"_s, u"UR-2026-0003"_s, u"XY-1"_s,
                              u"ur-2026-0100"_s}));
    }

    void rowsCarryTheClock()
    {
        StorageResult<WorklistPage> page = WorklistRepository(m_fixture->database()).page(query());
        QVERIFY(page.ok());
        QHash<QString, WorklistRow> rows;
        for (const WorklistRow& row : page.value().rows)
            rows.insert(row.caseId, row);
        const WorklistRow first = rows.value(u"UR-2026-0001"_s);
        QCOMPARE(*first.dueAt, QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC));
        QVERIFY(first.overdue);
        QCOMPARE(first.status, ReviewStatus::InReview);
        QCOMPARE(first.reviewerName, std::optional<QString>(u"Nurse Ada"_s));
        QCOMPARE(first.patientId, std::optional<QString>(u"MRN-1001"_s));
        QCOMPARE(first.urgency, std::optional<Urgency>(Urgency::Expedited));
        QCOMPARE(first.criteriaId, u"reference"_s);
        QVERIFY(rows.value(u"UR-2026-0003"_s).overdue); // unstated urgency: standard clock
        QVERIFY(!rows.value(u"UR-2026-0003"_s).urgency);
        QVERIFY(!rows.value(u"UR-2026-0002"_s).overdue); // due on the 8th
        QVERIFY(!rows.value(u"XY-1"_s).overdue);         // determined
        QVERIFY(!rows.value(u"ur-2026-0100"_s).dueAt);   // no receipt, no clock
        QVERIFY(!rows.value(u"ur-2026-0100"_s).reviewerName);
    }

    void filters()
    {
        WorklistFilter open;
        open.statuses = {ReviewStatus::Draft, ReviewStatus::InReview, ReviewStatus::PhysicianAdvisor};
        QCOMPARE(caseIds(query(open)), (QStringList{u"UR-2026-0003"_s, u"UR-2026-0001"_s, u"UR-2026-0004"_s,
                                                    u"UR-2026-0002"_s, u"ur-2026-0100"_s}));
        WorklistFilter expedited;
        expedited.urgency = Urgency::Expedited;
        QCOMPARE(caseIds(query(expedited)), (QStringList{u"UR-2026-0001"_s, u"UR-2026-0004"_s}));
        WorklistFilter standard;
        standard.urgency = Urgency::Standard;
        QCOMPARE(caseIds(query(standard)),
                 (QStringList{u"XY-1"_s, u"UR-2026-0003"_s, u"UR-2026-0002"_s, u"ur-2026-0100"_s}));
        WorklistFilter nurse;
        nurse.reviewerRef = m_nurse.ref;
        QCOMPARE(caseIds(query(nurse)), QStringList{u"UR-2026-0001"_s});
        WorklistFilter unassigned;
        unassigned.unassignedOnly = true;
        QCOMPARE(caseIds(query(unassigned)), (QStringList{u"UR-2026-0002"_s, u"ur-2026-0100"_s}));
        WorklistFilter acme;
        acme.payer = u"Acme"_s;
        QCOMPARE(caseIds(query(acme)), (QStringList{u"XY-1"_s, u"UR-2026-0001"_s, u"UR-2026-0002"_s}));
        WorklistFilter overdue;
        overdue.overdueOnly = true;
        QCOMPARE(caseIds(query(overdue)), (QStringList{u"UR-2026-0003"_s, u"UR-2026-0001"_s}));
        WorklistFilter window;
        window.dueFrom = QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC);
        window.dueTo = QDateTime(QDate(2026, 3, 8), QTime(9, 0), Qt::UTC);
        QCOMPARE(caseIds(query(window)), (QStringList{u"UR-2026-0001"_s, u"UR-2026-0004"_s}));
        WorklistFilter combined = acme;
        combined.statuses = {ReviewStatus::Draft};
        QCOMPARE(caseIds(query(combined)), QStringList{u"UR-2026-0002"_s});
    }

    void searchByCaseOrPatientIdPrefix_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("case id prefix, other case")
            << u"ur-2026-000"_s
            << QStringList{u"UR-2026-0003"_s, u"UR-2026-0001"_s, u"UR-2026-0004"_s, u"UR-2026-0002"_s};
        QTest::newRow("whole case id") << u"UR-2026-0100"_s << QStringList{u"ur-2026-0100"_s};
        QTest::newRow("patient id prefix")
            << u"MRN-100"_s << QStringList{u"UR-2026-0001"_s, u"UR-2026-0002"_s, u"ur-2026-0100"_s};
        QTest::newRow("patient id, other case") << u"MRN-2"_s << QStringList{u"UR-2026-0003"_s};
        QTest::newRow("either") << u"  xy"_s << QStringList{u"XY-1"_s};
        QTest::newRow("patient only") << u"q-9"_s << QStringList{u"XY-1"_s};
        QTest::newRow("nothing") << u"zz"_s << QStringList{};
        QTest::newRow("not a substring search") << u"2026"_s << QStringList{};
    }

    void searchByCaseOrPatientIdPrefix()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        WorklistFilter filter;
        filter.search = search;
        qint64 total = -1;
        QCOMPARE(caseIds(query(filter), &total), expected);
        QCOMPARE(total, expected.size());
    }

    void paging()
    {
        const QStringList all = caseIds(query());
        QStringList paged;
        for (int offset = 0; offset < 6; offset += 4) {
            WorklistQuery page = query();
            page.offset = offset;
            page.limit = 4;
            qint64 total = 0;
            const QStringList ids = caseIds(page, &total);
            QCOMPARE(total, 6);
            QVERIFY(ids.size() <= 4);
            paged += ids;
        }
        QCOMPARE(paged, all);
        WorklistQuery beyond = query();
        beyond.offset = 50;
        QVERIFY(caseIds(beyond).isEmpty());
    }

    void otherSorts()
    {
        QCOMPARE(caseIds(query({}, WorklistSort::CaseId)),
                 (QStringList{u"UR-2026-0001"_s, u"UR-2026-0002"_s, u"UR-2026-0003"_s, u"UR-2026-0004"_s,
                              u"ur-2026-0100"_s, u"XY-1"_s}));
        QCOMPARE(caseIds(query({}, WorklistSort::Status)),
                 (QStringList{u"UR-2026-0002"_s, u"ur-2026-0100"_s, u"UR-2026-0001"_s, u"UR-2026-0003"_s,
                              u"UR-2026-0004"_s, u"XY-1"_s}));
        QCOMPARE(caseIds(query({}, WorklistSort::Reviewer)).mid(0, 4),
                 (QStringList{u"UR-2026-0003"_s, u"UR-2026-0004"_s, u"XY-1"_s, u"UR-2026-0001"_s}));
        QCOMPARE(caseIds(query({}, WorklistSort::Payer)).last(), u"ur-2026-0100"_s);
        QCOMPARE(caseIds(query({}, WorklistSort::Urgency)).mid(0, 2),
                 (QStringList{u"UR-2026-0001"_s, u"UR-2026-0004"_s}));
        QCOMPARE(caseIds(query({}, WorklistSort::Received)).first(), u"XY-1"_s);
    }

    void payers()
    {
        QCOMPARE(WorklistRepository(m_fixture->database()).payers().value(), (QStringList{u"Acme"_s, u"Blue Plan"_s}));
    }
};

QTEST_GUILESS_MAIN(TestWorklistRepository)
#include "tst_worklistrepository.moc"
