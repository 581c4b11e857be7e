// SPDX-License-Identifier: GPL-3.0-or-later
// The worklist window on a real SQLite database, driven as a reviewer drives it: typing a search, choosing
// filters, sorting by a header, opening a review by double-click and by Enter, reading the count and the
// overdue marker, seeing a storage error in the message line, and finding filters and sort again next time.
#include "charts/dashboardview.h"
#include "charts/openreviewsmodel.h"
#include "worklist/worklistfilterbar.h"
#include "worklist/worklistmodel.h"
#include "worklist/worklistwindow.h"
#include "worklistfixture.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace spinereview {

using Column = WorklistModel::Column;

class TestWorklistWindow : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<testing::WorklistFixture>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
        m_fixture->seed();
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_settings->clear();
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_fixture.reset();
    }

    void opensOnTheOpenReviews()
    {
        QCOMPARE(combo(u"statusFilter"_s)->currentText(), u"Open (not determined)"_s);
        QCOMPARE(table()->model()->rowCount(), 5);
        QCOMPARE(label(u"countLabel"_s)->text(), u"5 of 6 reviews"_s);
        QVERIFY(!label(u"storageMessage"_s)->isVisible());
        // Every input is named for a screen reader, and its label's mnemonic reaches it.
        for (const QString& name :
             {u"statusFilter"_s, u"urgencyFilter"_s, u"reviewerFilter"_s, u"payerFilter"_s, u"dueFilter"_s}) {
            QComboBox* box = combo(name);
            QVERIFY2(!box->accessibleName().isEmpty(), qPrintable(name));
            const auto labels = m_window->findChildren<QLabel*>();
            QVERIFY2(
                std::any_of(labels.cbegin(), labels.cend(),
                            [box](const QLabel* each) { return each->buddy() == box && each->text().contains(u'&'); }),
                qPrintable(name));
        }
        QVERIFY(!search()->accessibleName().isEmpty());
    }

    void typingASearchNarrowsTheTable()
    {
        QTest::keyClicks(search(), u"mrn-10"_s);
        QTRY_COMPARE(table()->model()->rowCount(), 3);
        QCOMPARE(label(u"countLabel"_s)->text(), u"3 of 6 reviews"_s);
        QTest::keyClicks(search(), u"02"_s);
        QTRY_COMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(cell(0, Column::CaseId), u"UR-2026-0002"_s);
        search()->clear();
        QTRY_COMPARE(table()->model()->rowCount(), 5);
    }

    void choosingFiltersNarrowsTheTable()
    {
        choose(u"statusFilter"_s, u"In review"_s);
        QCOMPARE(caseIds(), (QStringList{u"UR-2026-0003"_s, u"UR-2026-0001"_s}));
        QCOMPARE(label(u"countLabel"_s)->text(), u"2 of 6 reviews"_s);

        choose(u"statusFilter"_s, u"All"_s);
        QCOMPARE(label(u"countLabel"_s)->text(), u"6 reviews"_s);
        // The lists come from the database.
        QCOMPARE(items(u"payerFilter"_s), (QStringList{u"Any"_s, u"Acme"_s, u"Blue Plan"_s}));
        QCOMPARE(items(u"reviewerFilter"_s),
                 (QStringList{u"Anyone"_s, u"Unassigned"_s, u"Dr. Brook"_s, u"Nurse Ada"_s}));
        choose(u"payerFilter"_s, u"Blue Plan"_s);
        QCOMPARE(caseIds(), (QStringList{u"UR-2026-0003"_s, u"UR-2026-0004"_s}));
        choose(u"payerFilter"_s, u"Any"_s);
        choose(u"reviewerFilter"_s, u"Dr. Brook"_s);
        QCOMPARE(caseIds(), (QStringList{u"XY-1"_s, u"UR-2026-0003"_s, u"UR-2026-0004"_s}));
        choose(u"reviewerFilter"_s, u"Unassigned"_s);
        QCOMPARE(caseIds(), (QStringList{u"UR-2026-0002"_s, u"ur-2026-0100"_s}));
        choose(u"reviewerFilter"_s, u"Anyone"_s);
        choose(u"urgencyFilter"_s, u"Expedited"_s);
        QCOMPARE(caseIds(), (QStringList{u"UR-2026-0001"_s, u"UR-2026-0004"_s}));
        choose(u"urgencyFilter"_s, u"Any"_s);
        choose(u"dueFilter"_s, u"Overdue"_s);
        QCOMPARE(caseIds(), (QStringList{u"UR-2026-0003"_s, u"UR-2026-0001"_s}));
        // Due within 7 days of Friday noon: the two due on Sunday the 8th.
        choose(u"dueFilter"_s, u"Due within 7 days"_s);
        QCOMPARE(caseIds(), (QStringList{u"UR-2026-0004"_s, u"UR-2026-0002"_s}));
    }

    void overdueIsMarkedInWords()
    {
        const int row = caseIds().indexOf(u"UR-2026-0001"_s);
        QVERIFY(row >= 0);
        const QModelIndex due = table()->model()->index(row, int(Column::Due));
        QVERIFY(due.data().toString().contains(u"overdue"_s));
        QVERIFY(!due.data(Qt::DecorationRole).isNull());
        QVERIFY(due.data(WorklistModel::OverdueRole).toBool());
        // The clock moves on and F5 reads again: the standard request received on 1 March is now overdue too.
        m_fixture->setClock(testing::WorklistFixture::now().addDays(3));
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        const int later = caseIds().indexOf(u"UR-2026-0002"_s);
        QVERIFY(table()->model()->index(later, int(Column::Due)).data().toString().contains(u"overdue"_s));
    }

    void doubleClickAndEnterOpenTheReview()
    {
        QSignalSpy opened(m_window.get(), &WorklistWindow::openRequested);
        const int row = caseIds().indexOf(u"UR-2026-0004"_s);
        const QRect cellRect = table()->visualRect(table()->model()->index(row, int(Column::CaseId)));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cellRect.center());
        QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, cellRect.center());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.takeFirst().first().toLongLong(), m_fixture->refOf(u"UR-2026-0004"_s));

        const int other = caseIds().indexOf(u"UR-2026-0002"_s);
        table()->setCurrentIndex(table()->model()->index(other, 0));
        table()->setFocus();
        QTRY_VERIFY(table()->hasFocus());
        auto* open = m_window->findChild<QAction*>(u"actionOpenReview"_s);
        QVERIFY(open && open->isEnabled());
        QTest::keyClick(table(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.takeFirst().first().toLongLong(), m_fixture->refOf(u"UR-2026-0002"_s));
        QTest::keyClick(table(), Qt::Key_Enter);
        QCOMPARE(opened.count(), 1);

        // Enter in the search field applies the search; it opens nothing.
        opened.clear();
        search()->setFocus();
        QTest::keyClick(search(), Qt::Key_Return);
        QCOMPARE(opened.count(), 0);
    }

    void headerClickSortsInTheDatabase()
    {
        clickHeader(Column::CaseId);
        QCOMPARE(m_window->model()->sortColumn(), int(Column::CaseId));
        QCOMPARE(cell(0, Column::CaseId), u"UR-2026-0001"_s);
        clickHeader(Column::CaseId);
        QCOMPARE(m_window->model()->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(cell(0, Column::CaseId), u"ur-2026-0100"_s);
        // The levels cannot be sorted: the indicator stays where the sort is.
        clickHeader(Column::Levels);
        QCOMPARE(m_window->model()->sortColumn(), int(Column::CaseId));
        QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), int(Column::CaseId));
    }

    void refreshKeepsTheCurrentReview()
    {
        const qint64 ref = m_fixture->refOf(u"UR-2026-0004"_s);
        QVERIFY(m_window->selectReview(ref));
        // Someone imports a case that sorts first.
        m_fixture->add({{u"AA-1"_s, u"MRN-9"_s, u"Acme"_s, u"expedited"_s, u"2026-01-01T00:00:00Z"_s}});
        m_window->refresh();
        QCOMPARE(cell(0, Column::CaseId), u"AA-1"_s);
        QCOMPARE(m_window->currentReviewRef(), std::optional<qint64>(ref));
        QCOMPARE(label(u"countLabel"_s)->text(), u"6 of 7 reviews"_s);
    }

    void storageErrorIsShownInTheWindow()
    {
        QLabel* message = label(u"storageMessage"_s);
        QVERIFY(!message->isVisible());
        QVERIFY(m_fixture->breakReviews());
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"the worklist failed in "_s + m_fixture->storage().place().location().path),
                 qPrintable(message->text()));
        QCOMPARE(label(u"countLabel"_s)->text(), u"Reviews could not be read"_s);
        // A filter change fails the same way and says it once.
        choose(u"statusFilter"_s, u"All"_s);
        QCOMPARE(message->text().count(u"Storage problem"_s), 1);

        QVERIFY(m_fixture->repairReviews());
        m_window->refresh();
        QVERIFY(!message->isVisible());
        QCOMPARE(label(u"countLabel"_s)->text(), u"6 reviews"_s);
    }

    void remembersFiltersAndSort()
    {
        choose(u"statusFilter"_s, u"In review"_s);
        choose(u"payerFilter"_s, u"Acme"_s);
        clickHeader(Column::Reviewer);
        m_window->close();
        m_window.reset();

        openWindow();
        QCOMPARE(combo(u"statusFilter"_s)->currentText(), u"In review"_s);
        QCOMPARE(combo(u"payerFilter"_s)->currentText(), u"Acme"_s);
        QCOMPARE(m_window->model()->sortColumn(), int(Column::Reviewer));
        QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), int(Column::Reviewer));
        QCOMPARE(caseIds(), (QStringList{u"UR-2026-0001"_s}));
        QVERIFY(m_settings->contains(u"worklist/geometry"_s));
    }

    void dashboardTabReadsWhenShown()
    {
        QTabWidget* tabs = m_window->tabs();
        QCOMPARE(tabs->tabText(1), u"Dash&board"_s);
        const OpenReviewsModel* open = m_window->dashboard()->openReviewsModel();
        QCOMPARE(open->counts(1).count, 0); // not read while hidden
        tabs->setCurrentIndex(1);
        QTRY_VERIFY(m_window->dashboard()->isVisible());
        QCOMPARE(open->counts(1).status, ReviewStatus::InReview);
        QCOMPARE(open->counts(1).count, 2);
        QCOMPARE(open->counts(1).overdue, 2);
        QCOMPARE(open->index(1, int(OpenReviewsModel::Column::Overdue)).data().toString(), u"2 overdue"_s);

        // Refresh reads the showing dashboard again.
        m_fixture->add({{u"AA-1"_s, u"MRN-9"_s, u"Acme"_s, u"expedited"_s, u"2026-01-01T00:00:00Z"_s}});
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QCOMPARE(open->counts(0).count, 3);
        QCOMPARE(open->counts(0).overdue, 1);
    }

    // Both tabs with a month of determinations painted; saved as worklist.png and dashboard.png in
    // $SPINEREVIEW_SCREENSHOT_DIR when it is set (how the README's pictures are made).
    void screenshots()
    {
        const QDateTime start(QDate(2026, 2, 2), QTime(9, 0), Qt::UTC);
        for (int n = 0; n < 24; ++n) {
            const QDateTime received = start.addSecs(qint64(n) * 31 * 3600);
            m_fixture->setClock(received);
            const QString urgency = n % 3 == 0 ? u"expedited"_s : u"standard"_s;
            const qint64 ref =
                m_fixture->add({{u"UR-2026-%1"_s.arg(200 + n), u"MRN-%1"_s.arg(3000 + n),
                                 n % 2 ? u"Acme"_s : u"Blue Plan"_s, urgency, received.toString(Qt::ISODate)}});
            m_fixture->setClock(received.addSecs(qint64(20 + (n * 37) % 200) * 3600));
            m_fixture->moveTo(m_fixture->storage().reviews().find(ref).value(), ReviewStatus::Determined,
                              m_fixture->physician(), n % 4 != 1);
        }
        m_fixture->setClock(testing::WorklistFixture::now());
        choose(u"statusFilter"_s, u"All"_s);
        m_window->refresh();
        const QString folder = qEnvironmentVariable("SPINEREVIEW_SCREENSHOT_DIR");
        const auto shoot = [this, &folder](const QString& name) {
            QTest::qWait(50); // the views lay themselves out on a zero timer
            const QImage image = m_window->grab().toImage();
            QVERIFY(image.pixel(10, 10) != image.pixel(image.width() / 2, image.height() / 2) ||
                    image.pixel(image.width() / 3, image.height() / 3) != image.pixel(10, 10));
            if (!folder.isEmpty())
                QVERIFY(image.save(QDir(folder).filePath(name)));
        };
        shoot(u"worklist.png"_s);
        m_window->tabs()->setCurrentIndex(1);
        shoot(u"dashboard.png"_s);
    }

private:
    void openWindow()
    {
        m_window = std::make_unique<WorklistWindow>(m_fixture->database(), *m_settings);
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    QTableView* table() const { return m_window->table(); }
    QLineEdit* search() const { return m_window->filterBar()->searchField(); }

    QComboBox* combo(const QString& name) const
    {
        auto* box = m_window->findChild<QComboBox*>(name);
        if (!box)
            qFatal("no combo box %s", qPrintable(name));
        return box;
    }

    QLabel* label(const QString& name) const
    {
        auto* found = m_window->findChild<QLabel*>(name);
        if (!found)
            qFatal("no label %s", qPrintable(name));
        return found;
    }

    void choose(const QString& name, const QString& text) const
    {
        QComboBox* box = combo(name);
        const int index = box->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        box->setCurrentIndex(index);
    }

    QStringList items(const QString& name) const
    {
        QStringList texts;
        for (int n = 0; n < combo(name)->count(); ++n)
            texts.append(combo(name)->itemText(n));
        return texts;
    }

    QString cell(int row, Column column) const { return table()->model()->index(row, int(column)).data().toString(); }

    QStringList caseIds() const
    {
        QStringList ids;
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            ids.append(cell(row, Column::CaseId));
        return ids;
    }

    void clickHeader(Column column) const
    {
        QHeaderView* header = table()->horizontalHeader();
        const int x = header->sectionViewportPosition(int(column)) + header->sectionSize(int(column)) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<testing::WorklistFixture> m_fixture;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<WorklistWindow> m_window;
};

} // namespace spinereview

QTEST_MAIN(spinereview::TestWorklistWindow)
#include "tst_worklistwindow.moc"
