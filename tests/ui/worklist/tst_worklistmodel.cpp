// SPDX-License-Identifier: GPL-3.0-or-later
// WorklistModel on a real SQLite database: sorting by every column in the database, filters, the prefix search,
// paging past 50 rows with fetchMore, the overdue marker against the database's clock, and storage errors —
// all under QAbstractItemModelTester.
#include "worklist/worklistmodel.h"
#include "worklistfixture.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace spinereview {

using Column = WorklistModel::Column;

class TestWorklistModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<testing::WorklistFixture>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
        m_fixture->seed();
        m_model = std::make_unique<WorklistModel>(m_fixture->database());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
        // Qt 6.4's tester runs its checks, fetchMore() among them, on modelReset before it notes that the reset
        // ended, and then takes the rows fetchMore() inserts for a change inside the reset. The paging is
        // tested here by calling fetchMore() directly, with the tester watching the inserts.
        m_tester->setUseFetchMore(false);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_fixture.reset();
    }

    void readsNothingBeforeTheFirstRefresh()
    {
        m_model->sort(int(Column::CaseId));
        m_model->setFilter({});
        QCOMPARE(m_model->rowCount(), 0);
        m_model->refresh();
        QCOMPARE(m_model->rowCount(), 6);
        QCOMPARE(m_model->total(), 6);
        QCOMPARE(m_model->overallTotal(), 6);
        QCOMPARE(m_model->columnCount(), WorklistModel::kColumnCount);
        QVERIFY(!m_model->canFetchMore({}));
    }

    void columnsInWords()
    {
        m_model->refresh();
        QCOMPARE(m_model->headerData(int(Column::CaseId), Qt::Horizontal).toString(), u"Case id"_s);
        QCOMPARE(m_model->headerData(int(Column::Due), Qt::Horizontal).toString(), u"Due"_s);
        const int row = *m_model->rowOf(m_fixture->refOf(u"UR-2026-0004"_s));
        QCOMPARE(text(row, Column::CaseId), u"UR-2026-0004"_s);
        QCOMPARE(text(row, Column::PatientId), u"not stated"_s);
        QCOMPARE(text(row, Column::Levels), u"L5-S1"_s);
        QCOMPARE(text(row, Column::Payer), u"Blue Plan"_s);
        QCOMPARE(text(row, Column::Urgency), u"Expedited"_s);
        QCOMPARE(text(row, Column::Status), u"With physician advisor"_s);
        QCOMPARE(text(row, Column::Reviewer), u"Dr. Brook"_s);
        // Received at midnight UTC on 5 March, due 72 hours later: shown on the local clock.
        const QDateTime received(QDate(2026, 3, 5), QTime(0, 0), Qt::UTC);
        QCOMPARE(text(row, Column::Received), received.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
        QCOMPARE(text(row, Column::Due), received.addSecs(72 * 3600).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
        QCOMPARE(m_model->index(row, int(Column::Status)).data(WorklistModel::ReviewRefRole).toLongLong(),
                 m_fixture->refOf(u"UR-2026-0004"_s));

        const int unclocked = *m_model->rowOf(m_fixture->refOf(u"ur-2026-0100"_s));
        QCOMPARE(text(unclocked, Column::Due), u"no clock"_s);
        QCOMPARE(text(unclocked, Column::Received), u"not stated"_s);
        QCOMPARE(text(unclocked, Column::Reviewer), u"Unassigned"_s);
        const int unstated = *m_model->rowOf(m_fixture->refOf(u"UR-2026-0003"_s));
        QCOMPARE(text(unstated, Column::Urgency), u"Not stated (standard clock)"_s);
    }

    void overdueMarkedInWordsAndIcon()
    {
        m_model->refresh();
        const int overdue = *m_model->rowOf(m_fixture->refOf(u"UR-2026-0001"_s));
        const QModelIndex due = m_model->index(overdue, int(Column::Due));
        QVERIFY(due.data(WorklistModel::OverdueRole).toBool());
        QVERIFY(due.data().toString().endsWith(u", overdue"_s));
        QVERIFY(!due.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(due.data(Qt::ToolTipRole).toString().contains(u"past due"_s));

        const int onTime = *m_model->rowOf(m_fixture->refOf(u"UR-2026-0002"_s));
        QVERIFY(!m_model->index(onTime, int(Column::Due)).data(WorklistModel::OverdueRole).toBool());
        QVERIFY(!m_model->index(onTime, int(Column::Due)).data().toString().contains(u"overdue"_s));
        QVERIFY(m_model->index(onTime, int(Column::Due)).data(Qt::DecorationRole).isNull());
        // A determined review is never overdue, however late it was.
        const int determined = *m_model->rowOf(m_fixture->refOf(u"XY-1"_s));
        QVERIFY(!m_model->index(determined, int(Column::Due)).data(WorklistModel::OverdueRole).toBool());

        // Three days on, the standard request received on 1 March is overdue too.
        m_fixture->setClock(testing::WorklistFixture::now().addDays(3));
        m_model->refresh();
        QVERIFY(m_model->index(*m_model->rowOf(m_fixture->refOf(u"UR-2026-0002"_s)), int(Column::Due))
                    .data(WorklistModel::OverdueRole)
                    .toBool());
    }

    void sortsInTheDatabase_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("first");
        const auto row = [](const char* name, Column column, Qt::SortOrder order, const QString& first) {
            QTest::newRow(name) << int(column) << order << first;
        };
        // Ties go by review ref in the same direction; reviews without the value come last either way.
        row("case id", Column::CaseId, Qt::AscendingOrder, u"UR-2026-0001"_s);
        row("case id descending", Column::CaseId, Qt::DescendingOrder, u"XY-1"_s);
        row("patient id", Column::PatientId, Qt::AscendingOrder, u"UR-2026-0001"_s);
        row("patient id descending", Column::PatientId, Qt::DescendingOrder, u"XY-1"_s);
        row("payer", Column::Payer, Qt::AscendingOrder, u"UR-2026-0001"_s);
        row("payer descending", Column::Payer, Qt::DescendingOrder, u"UR-2026-0004"_s);
        row("urgency", Column::Urgency, Qt::AscendingOrder, u"UR-2026-0001"_s);
        row("urgency descending", Column::Urgency, Qt::DescendingOrder, u"XY-1"_s);
        row("received", Column::Received, Qt::AscendingOrder, u"XY-1"_s);
        row("received descending", Column::Received, Qt::DescendingOrder, u"UR-2026-0004"_s);
        row("due", Column::Due, Qt::AscendingOrder, u"XY-1"_s);
        row("due descending", Column::Due, Qt::DescendingOrder, u"UR-2026-0002"_s);
        row("status", Column::Status, Qt::AscendingOrder, u"UR-2026-0002"_s);
        row("status descending", Column::Status, Qt::DescendingOrder, u"XY-1"_s);
        row("reviewer", Column::Reviewer, Qt::AscendingOrder, u"UR-2026-0003"_s);
        row("reviewer descending", Column::Reviewer, Qt::DescendingOrder, u"UR-2026-0001"_s);
        row("updated", Column::Updated, Qt::AscendingOrder, u"UR-2026-0001"_s);
        row("updated descending", Column::Updated, Qt::DescendingOrder, u"XY-1"_s);
    }

    void sortsInTheDatabase()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, first);
        m_model->refresh();
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->sort(column, order);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(m_model->sortColumn(), column);
        QCOMPARE(m_model->sortOrder(), order);
        QCOMPARE(text(0, Column::CaseId), first);
        QCOMPARE(m_model->rowCount(), 6);
    }

    void levelsAreNotSortable()
    {
        m_model->refresh();
        m_model->sort(int(Column::Reviewer));
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->sort(int(Column::Levels), Qt::DescendingOrder);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(m_model->sortColumn(), int(Column::Reviewer));
    }

    void filters()
    {
        m_model->refresh();
        WorklistFilter filter;
        filter.statuses = {ReviewStatus::InReview};
        QCOMPARE(caseIds(filter), (QStringList{u"UR-2026-0003"_s, u"UR-2026-0001"_s}));
        QCOMPARE(m_model->total(), 2);
        QCOMPARE(m_model->overallTotal(), 6);

        filter = {};
        filter.payer = u"Blue Plan"_s;
        QCOMPARE(caseIds(filter), (QStringList{u"UR-2026-0003"_s, u"UR-2026-0004"_s}));
        filter = {};
        filter.reviewerRef = m_fixture->physician().ref;
        QCOMPARE(caseIds(filter), (QStringList{u"XY-1"_s, u"UR-2026-0003"_s, u"UR-2026-0004"_s}));
        filter = {};
        filter.unassignedOnly = true;
        QCOMPARE(caseIds(filter), (QStringList{u"UR-2026-0002"_s, u"ur-2026-0100"_s}));
        filter = {};
        filter.overdueOnly = true;
        QCOMPARE(caseIds(filter), (QStringList{u"UR-2026-0003"_s, u"UR-2026-0001"_s}));
        filter = {};
        filter.urgency = Urgency::Expedited;
        QCOMPARE(caseIds(filter), (QStringList{u"UR-2026-0001"_s, u"UR-2026-0004"_s}));
    }

    void searchesByPatientIdPrefix()
    {
        m_model->refresh();
        WorklistFilter filter;
        filter.search = u"mrn-10"_s;
        QCOMPARE(caseIds(filter), (QStringList{u"UR-2026-0001"_s, u"UR-2026-0002"_s, u"ur-2026-0100"_s}));
        filter.search = u"MRN-2"_s;
        QCOMPARE(caseIds(filter), (QStringList{u"UR-2026-0003"_s}));
        filter.search = u"ur-2026-01"_s; // a case id prefix, in another letter case
        QCOMPARE(caseIds(filter), (QStringList{u"ur-2026-0100"_s}));
        filter.search = u"nobody"_s;
        QCOMPARE(caseIds(filter), QStringList());
        QCOMPARE(m_model->total(), 0);
    }

    void pagesOf50()
    {
        m_fixture->addMany(120);
        WorklistFilter filter;
        filter.payer = u"Acme"_s;
        filter.search = u"P-"_s;
        m_model->sort(int(Column::CaseId));
        m_model->setFilter(filter);
        m_model->refresh();
        QCOMPARE(m_model->total(), 120);
        QCOMPARE(m_model->overallTotal(), 126);
        QCOMPARE(m_model->rowCount(), WorklistModel::kPageSize);
        QVERIFY(m_model->canFetchMore({}));
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->fetchMore({});
        QCOMPARE(m_model->rowCount(), 100);
        m_model->fetchMore({});
        QCOMPARE(m_model->rowCount(), 120);
        QVERIFY(!m_model->canFetchMore({}));
        m_model->fetchMore({}); // nothing more: nothing happens
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(m_model->rowCount(), 120);
        for (int row = 0; row < 120; ++row)
            QCOMPARE(text(row, Column::CaseId), u"P-%1"_s.arg(row, 3, 10, QLatin1Char('0')));

        // Sorting or filtering again starts from the first page.
        m_model->sort(int(Column::CaseId), Qt::DescendingOrder);
        QCOMPARE(m_model->rowCount(), WorklistModel::kPageSize);
        QCOMPARE(text(0, Column::CaseId), u"P-119"_s);
    }

    void storageErrorsAreKeptNotThrown()
    {
        m_model->refresh();
        QSignalSpy errors(m_model.get(), &WorklistModel::lastErrorChanged);
        QVERIFY(m_fixture->breakReviews());
        m_model->refresh();
        QCOMPARE(errors.count(), 1);
        QVERIFY(!m_model->lastError().isEmpty());
        QVERIFY2(m_model->lastError().contains(u"reviews"_s), qPrintable(m_model->lastError()));
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->canFetchMore({}));
        m_model->sort(int(Column::CaseId)); // still failing, and no crash
        QVERIFY(!m_model->lastError().isEmpty());
        QCOMPARE(m_model->rowCount(), 0);
        errors.clear();

        QVERIFY(m_fixture->repairReviews());
        m_model->refresh();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.last().first().toString(), QString());
        QVERIFY(m_model->lastError().isEmpty());
        QCOMPARE(m_model->rowCount(), 6);
    }

    void aFailedPageKeepsTheRowsBeforeIt()
    {
        m_fixture->addMany(60);
        m_model->refresh();
        QCOMPARE(m_model->rowCount(), WorklistModel::kPageSize);
        QVERIFY(m_fixture->breakReviews());
        m_model->fetchMore({});
        QCOMPARE(m_model->rowCount(), WorklistModel::kPageSize);
        QVERIFY(!m_model->lastError().isEmpty());
        QVERIFY(!m_model->canFetchMore({}));
        QVERIFY(m_fixture->repairReviews());
    }

private:
    QString text(int row, Column column) const { return m_model->index(row, int(column)).data().toString(); }

    QStringList caseIds(const WorklistFilter& filter)
    {
        m_model->setFilter(filter);
        QStringList ids;
        for (int row = 0; row < m_model->rowCount(); ++row)
            ids.append(text(row, Column::CaseId));
        return ids;
    }

    std::unique_ptr<testing::WorklistFixture> m_fixture;
    std::unique_ptr<WorklistModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace spinereview

QTEST_MAIN(spinereview::TestWorklistModel)
#include "tst_worklistmodel.moc"
