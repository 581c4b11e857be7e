// SPDX-License-Identifier: GPL-3.0-or-later
// The FHIR import in the desk: a bundle replaces the case (unsaved, with no file), the report is shown in a
// dialog that does not block, a refused bundle leaves the case as it was, and unsaved work is asked about first.
#include "document/casedocument.h"
#include "document/fileactions.h"
#include "interop/fhirimportaction.h"
#include "interop/fhirimportdialog.h"
#include "interop/mappingreportmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace spinereview;

namespace {

QString bundle(const QString& name)
{
    return QStringLiteral(SPINEREVIEW_TEST_DATA "/fhir/") + name;
}

// A desk's document and file actions, without the rest of the window.
struct Desk
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(u"settings.ini"_s), QSettings::IniFormat};
    QWidget window;
    CaseDocument document;
    FileActions files{document, settings, &window};
    FhirImportAction import{document, files, &window};
};

} // namespace

class TestFhirImportAction : public QObject
{
    Q_OBJECT

private slots:
    void actionIsNamedForTheMenu();
    void importReplacesTheCaseAndShowsTheReport();
    void refusedBundleKeepsTheCase();
    void unsavedChangesAreAskedAboutFirst();
};

void TestFhirImportAction::actionIsNamedForTheMenu()
{
    Desk desk;
    QCOMPARE(desk.import.action()->objectName(), u"actionImportFhir"_s);
    QVERIFY(desk.import.action()->text().contains(u"FHIR"_s));
    QVERIFY(!desk.import.dialog());
}

void TestFhirImportAction::importReplacesTheCaseAndShowsTheReport()
{
    Desk desk;
    desk.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
    QSignalSpy replaced(&desk.document, &CaseDocument::caseReplaced);
    QSignalSpy imported(&desk.import, &FhirImportAction::imported);

    QVERIFY(desk.import.importBundle(bundle(u"seed-l5s1-revision.json"_s)));
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(imported.count(), 1);
    const SpineCase& c = desk.document.spineCase();
    QCOMPARE(c.caseId, u"seed-l5s1-revision"_s);
    QCOMPARE(c.request.levels, QList<Level>{Level::L5S1});
    QVERIFY(desk.document.isModified());
    QVERIFY(desk.document.filePath().isEmpty()); // Save asks where: the bundle is not a case file
    QVERIFY(desk.document.issues().isEmpty());

    FhirImportDialog* dialog = desk.import.dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QVERIFY(dialog->summaryText().contains(u"seed-l5s1-revision.json was imported"_s));
    QVERIFY(dialog->summaryText().contains(desk.import.lastReport().summary()));
    QVERIFY(!dialog->findChild<QPlainTextEdit*>(u"fhirImportErrors"_s)->isVisible());

    MappingReportModel* model = dialog->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), desk.import.lastReport().entries().size());
    QCOMPARE(dialog->findChild<QTableView*>(u"fhirImportReport"_s)->model(), model);
    int bmiRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, MappingReportModel::CaseFieldColumn).data().toString() == "patient.bmi"_L1)
            bmiRow = row;
    }
    QVERIFY(bmiRow >= 0);
    QCOMPARE(model->index(bmiRow, MappingReportModel::OutcomeColumn).data().toString(), u"Mapped"_s);
    QVERIFY(!model->index(bmiRow, MappingReportModel::OutcomeColumn).data(Qt::DecorationRole).isNull());
    QCOMPARE(model->index(bmiRow, MappingReportModel::SourceColumn).data().toString(),
             u"$.entry[13].resource.valueQuantity"_s);
    QVERIFY(model->index(bmiRow, MappingReportModel::DetailColumn).data().toString().contains(u"27.4"_s));

    const QString text = desk.import.reportText();
    QVERIFY(text.contains(bundle(u"seed-l5s1-revision.json"_s) +
                          u": $.entry[22].resource: not mapped (unsupported resource type)"_s));
    QVERIFY(text.contains(u"mapped to patient.bmi"_s));
}

void TestFhirImportAction::refusedBundleKeepsTheCase()
{
    Desk desk;
    const QString before = desk.document.spineCase().caseId;
    QSignalSpy replaced(&desk.document, &CaseDocument::caseReplaced);
    QVERIFY(!desk.import.importBundle(bundle(u"entry-without-resource.json"_s)));
    QCOMPARE(replaced.count(), 0);
    QCOMPARE(desk.document.spineCase().caseId, before);
    QVERIFY(!desk.document.isModified());
    QCOMPARE(desk.import.lastErrors().size(), 1);
    QCOMPARE(desk.import.lastErrors().first().path, u"$.entry[1]"_s);
    FhirImportDialog* dialog = desk.import.dialog();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->summaryText().contains(u"was not imported"_s));
    auto* errors = dialog->findChild<QPlainTextEdit*>(u"fhirImportErrors"_s);
    QVERIFY(errors->isVisible());
    QVERIFY(errors->toPlainText().contains(bundle(u"entry-without-resource.json"_s) + u": $.entry[1]: "_s));
    QVERIFY(desk.import.reportText().contains(u"an entry without a resource"_s));
}

void TestFhirImportAction::unsavedChangesAreAskedAboutFirst()
{
    Desk desk;
    desk.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
    desk.document.edit([](SpineCase& c) { c.caseId = u"being-typed"_s; });
    QVERIFY(desk.document.isModified());

    // The reviewer cancels: nothing is imported and the work stays.
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = true;
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!desk.import.importBundle(bundle(u"seed-l5s1-revision.json"_s)));
    QVERIFY(asked);
    QCOMPARE(desk.document.spineCase().caseId, u"being-typed"_s);
    QVERIFY(!desk.import.dialog());

    // The reviewer discards: the bundle's case replaces it.
    QTimer::singleShot(0, this, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Discard)->click();
    });
    QVERIFY(desk.import.importBundle(bundle(u"seed-l5s1-revision.json"_s)));
    QCOMPARE(desk.document.spineCase().caseId, u"seed-l5s1-revision"_s);
}

QTEST_MAIN(TestFhirImportAction)
#include "tst_fhirimportaction.moc"
