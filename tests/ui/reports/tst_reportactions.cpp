// SPDX-License-Identifier: GPL-3.0-or-later
// ReportActions: the menu of print previews and exports, PDFs written from the case and results on screen (read
// back with pdftotext), the open stored review's decision and reason in the summary, and a print preview that
// paints the report — offscreen, no one to answer a dialog.

#include "core/case/caselabels.h"
#include "pdftext.h"
#include "reports/reportactions.h"
#include "reports/reportwriter.h"
#include "reviewtestdesk.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

constexpr ReportKind kinds[] = {ReportKind::Summary, ReportKind::Letter, ReportKind::RequestForInformation};

QString seedPath()
{
    return QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/seed-l5s1-revision.json");
}

// A desk without a window or a database: the case document and its evaluation.
struct Desk
{
    Desk()
        : evaluation(document, CriteriaCatalog::loadDirectory(QStringLiteral(SPINEREVIEW_SOURCE_DIR "/criteria")),
                     QDate(2026, 11, 26))
    {}

    CaseDocument document;
    EvaluationController evaluation;
};

} // namespace

class TestReportActions : public QObject
{
    Q_OBJECT

private slots:
    void menuOffersPreviewAndExportOfEachKind();
    void exportWritesEachKind();
    void summaryCarriesTheOpenReview();
    void previewPaintsTheReport();

private:
    QString exportedText(const ReportActions& actions, ReportKind kind);

    QTemporaryDir m_dir;
};

QString TestReportActions::exportedText(const ReportActions& actions, ReportKind kind)
{
    const QString path = m_dir.filePath(ReportWriter::suggestedFileName(kind, actions.input()));
    QString error;
    if (!actions.exportTo(kind, path, &error)) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return {};
    }
    const QString text = testing::pdfText(path, &error);
    if (text.isEmpty())
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return text;
}

void TestReportActions::menuOffersPreviewAndExportOfEachKind()
{
    Desk desk;
    QVERIFY(desk.document.load(seedPath()).isEmpty());
    ReportActions actions(desk.document, desk.evaluation, nullptr);
    QMenu* menu = actions.menu();
    QVERIFY(menu);
    QCOMPARE(menu->objectName(), u"reportsMenu"_s);
    const QList<QAction*> entries = menu->actions();
    QCOMPARE(entries.size(), 7);
    QVERIFY(entries[3]->isSeparator());
    QStringList mnemonics;
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(entries[i], actions.previewAction(kinds[i]));
        QCOMPARE(entries[i + 4], actions.exportAction(kinds[i]));
        const QString title = ReportWriter::title(kinds[i]);
        QVERIFY2(entries[i]->text().startsWith(u"Print preview — "_s), qPrintable(entries[i]->text()));
        QVERIFY2(entries[i + 4]->text().startsWith(u"Export PDF — "_s), qPrintable(entries[i + 4]->text()));
        QVERIFY(entries[i]->text().endsWith(u"…"_s) && entries[i + 4]->text().endsWith(u"…"_s));
        for (const QAction* action : {entries[i], entries[i + 4]}) {
            QVERIFY(action->isEnabled());
            QVERIFY(!action->objectName().isEmpty());
            const qsizetype at = action->text().indexOf(u'&');
            QVERIFY2(at >= 0, qPrintable(action->text()));
            mnemonics.append(action->text().mid(at + 1, 1).toLower());
        }
    }
    mnemonics.removeDuplicates();
    QCOMPARE(mnemonics.size(), 6);
    QCOMPARE(actions.previewAction(ReportKind::Letter)->objectName(), u"actionPreviewLetter"_s);
    QCOMPARE(actions.exportAction(ReportKind::RequestForInformation)->objectName(), u"actionExportRfi"_s);
}

void TestReportActions::exportWritesEachKind()
{
    Desk desk;
    QVERIFY(desk.document.load(seedPath()).isEmpty());
    ReportActions actions(desk.document, desk.evaluation, nullptr);
    QVERIFY(!actions.input().review);
    for (ReportKind kind : kinds) {
        const QString text = exportedText(actions, kind);
        QVERIFY2(text.contains(ReportWriter::title(kind)), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"seed-l5s1-revision"_s));
        QVERIFY(text.contains(desk.evaluation.currentSet()->info.sha256));
    }
    // The results on screen: another criteria set, another summary.
    desk.evaluation.setCurrentSet(u"founding-review"_s);
    const QString founding = exportedText(actions, ReportKind::Summary);
    QVERIFY(founding.contains(desk.evaluation.currentSet()->info.sha256));
    QVERIFY(founding.contains(u"rhBMP-2 — ✔ met"_s));
    // An edit shows at once.
    desk.document.edit([](SpineCase& spineCase) { spineCase.caseId = u"edited-case"_s; });
    QVERIFY(exportedText(actions, ReportKind::RequestForInformation).contains(u"edited-case"_s));
}

void TestReportActions::summaryCarriesTheOpenReview()
{
    testing::StoredSeed seed(DatabaseBackend::Sqlite);
    QVERIFY2(seed.storage.isValid(), qPrintable(seed.storage.error()));
    testing::ReviewDesk desk(seed.storage.database());
    ReportActions actions(desk.document, desk.evaluation, nullptr);
    actions.setReviewSession(&desk.session, [](qint64) { return u"Dr. Brook"_s; });
    QVERIFY(!actions.input().review);
    QVERIFY(exportedText(actions, ReportKind::Summary).contains(u"No reviewer decision recorded"_s));

    desk.session.setActor(seed.physician);
    const StorageStatus opened = desk.session.open(seed.review.ref);
    QVERIFY2(!opened, qPrintable(opened ? opened->message : QString()));
    const QString reason = u"Dynamic films at the visit of 2025-11-20 show 4 mm translation"_s;
    desk.session.setDecision(Component::Fusion, Status::Met);
    desk.session.setReason(Component::Fusion, reason);
    desk.session.setReviewer(seed.physician.reviewerRef);
    QVERIFY(actions.input().review);
    const QString text = exportedText(actions, ReportKind::Summary);
    QVERIFY2(text.contains(reason), qPrintable(text));
    QVERIFY(text.contains(u"Dr. Brook"_s));
    QVERIFY(!text.contains(u"No reviewer decision recorded"_s));
}

void TestReportActions::previewPaintsTheReport()
{
    Desk desk;
    QVERIFY(desk.document.load(seedPath()).isEmpty());
    ReportActions actions(desk.document, desk.evaluation, nullptr);
    int pages = -1;
    QString title;
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto* dialog = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        title = dialog->windowTitle();
        if (auto* preview = dialog->findChild<QPrintPreviewWidget*>())
            pages = preview->pageCount();
        dialog->reject();
    });
    poll.start();
    QTimer::singleShot(20000, &poll, &QTimer::stop);
    actions.previewAction(ReportKind::Summary)->trigger();
    QVERIFY2(pages >= 2, qPrintable(u"pages: %1"_s.arg(pages)));
    QCOMPARE(title, u"Print preview — Utilization review summary"_s);
}

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"
