// SPDX-License-Identifier: GPL-3.0-or-later
// `spinereview import-fhir` as a user runs it: the real binary, started by QProcess, judged by its exit status,
// its output, and the case file it writes (read back as spinereview-case/1).
#include "core/case/casereader.h"
#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;

namespace {

enum Exit { Done = 0, Usage = 1, BadInput = 2 };

using Run = testing::ProcessRun;

Run runSpinereview(const QStringList& arguments)
{
    return testing::runProcess(QStringLiteral(SPINEREVIEW_BINARY_DIR "/bin/spinereview"), arguments);
}

QString bundle(const QString& name)
{
    return QStringLiteral(SPINEREVIEW_TEST_DATA "/fhir/") + name;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestImportFhirCli : public QObject
{
    Q_OBJECT

private slots:
    void writesACaseThatReadsBack();
    void reportGoesToStandardOutput();
    void existingCaseIsKeptWithoutForce();
    void brokenBundleExitsTwoNamingFileAndPath();
    void missingRequestIsRefusedWithTheReportStillShown();
    void caseIdOption();
    void wrongUsage_data();
    void wrongUsage();
    void helpListsTheCommand();

private:
    QTemporaryDir m_dir;
};

void TestImportFhirCli::writesACaseThatReadsBack()
{
    const QString output = m_dir.filePath(u"seed.json"_s);
    const Run run = runSpinereview({u"import-fhir"_s, bundle(u"seed-l5s1-revision.json"_s), u"-o"_s, output});
    QVERIFY2(run.status == Done, qPrintable(run.describe()));
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.startsWith(u"wrote "_s + output + u": "_s));
    QVERIFY(run.out.contains(u" not mapped. (--report lists them)"_s));
    const CaseReadResult read = CaseReader::readFile(output);
    QVERIFY(read.ok());
    QCOMPARE(read.value->caseId, u"seed-l5s1-revision"_s);
    QCOMPARE(read.value->request.levels, QList<Level>{Level::L5S1});

    // The written case is one the other commands take.
    const Run evaluate = runSpinereview({u"evaluate"_s, output, u"--format"_s, u"json"_s});
    QVERIFY2(evaluate.status == Done, qPrintable(evaluate.describe()));
}

void TestImportFhirCli::reportGoesToStandardOutput()
{
    const QString output = m_dir.filePath(u"report.json"_s);
    const Run run = runSpinereview(
        {u"import-fhir"_s, bundle(u"condition-without-coding.json"_s), u"--report"_s, u"--output"_s, output});
    QVERIFY2(run.status == Done, qPrintable(run.describe()));
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.startsWith(u"Mapped ("_s));
    QVERIFY2(run.out.contains(bundle(u"condition-without-coding.json"_s) +
                              u": $.entry[2].resource.code: not mapped (missing value): Condition/c1, no coding"_s),
             qPrintable(run.out));
    QVERIFY(run.out.endsWith(u" not mapped.\n"_s));
}

void TestImportFhirCli::existingCaseIsKeptWithoutForce()
{
    const QString output = m_dir.filePath(u"existing.json"_s);
    {
        QFile file(output);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    Run run = runSpinereview({u"import-fhir"_s, bundle(u"minimal.json"_s), u"-o"_s, output, u"--case-id"_s, u"m"_s});
    QCOMPARE(run.status, int(Usage));
    QVERIFY(run.err.contains(output + u" already exists; --force writes over it"_s));
    QCOMPARE(contents(output), QByteArray("keep me"));

    run = runSpinereview(
        {u"import-fhir"_s, bundle(u"minimal.json"_s), u"-o"_s, output, u"--case-id"_s, u"m"_s, u"--force"_s});
    QVERIFY2(run.status == Done, qPrintable(run.describe()));
    QVERIFY(CaseReader::readFile(output).ok());
}

void TestImportFhirCli::brokenBundleExitsTwoNamingFileAndPath()
{
    const QString output = m_dir.filePath(u"broken.json"_s);
    for (const auto& [name, located] :
         {std::pair{u"entry-without-resource.json"_s, u": $.entry[1]: an entry without a resource"_s},
          std::pair{u"not-a-bundle.json"_s, u": $.resourceType: expected a FHIR Bundle"_s},
          std::pair{u"not-json.json"_s, u": malformed JSON"_s},
          std::pair{u"stu3-condition.json"_s, u": $.entry[1].resource.clinicalStatus: written for FHIR STU3"_s}}) {
        const Run run = runSpinereview({u"import-fhir"_s, bundle(name), u"-o"_s, output});
        QVERIFY2(run.status == BadInput, qPrintable(run.describe()));
        QVERIFY2(run.err.startsWith(u"spinereview: "_s + bundle(name) + located), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(output));
    }
}

void TestImportFhirCli::missingRequestIsRefusedWithTheReportStillShown()
{
    const QString output = m_dir.filePath(u"no-request.json"_s);
    const Run run = runSpinereview({u"import-fhir"_s, bundle(u"no-request.json"_s), u"-o"_s, output, u"--report"_s});
    QCOMPARE(run.status, int(BadInput));
    QVERIFY(run.err.contains(u"the case needs request.components"_s));
    QVERIFY(run.err.contains(u"the case needs request.levels"_s));
    QVERIFY(run.out.contains(u"mapped to patient.sex"_s));
    QVERIFY(!QFile::exists(output));
}

void TestImportFhirCli::caseIdOption()
{
    const QString output = m_dir.filePath(u"named.json"_s);
    const Run run =
        runSpinereview({u"import-fhir"_s, bundle(u"minimal.json"_s), u"-o"_s, output, u"--case-id=UR-2025-0042"_s});
    QVERIFY2(run.status == Done, qPrintable(run.describe()));
    QCOMPARE(CaseReader::readFile(output).value->caseId, u"UR-2025-0042"_s);
}

void TestImportFhirCli::wrongUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no output") << QStringList{u"import-fhir"_s, bundle(u"minimal.json"_s)}
                               << u"expected -o CASE.json"_s;
    QTest::newRow("no bundle") << QStringList{u"import-fhir"_s, u"-o"_s, u"x.json"_s}
                               << u"expected exactly one bundle file"_s;
    QTest::newRow("two bundles") << QStringList{u"import-fhir"_s, u"a.json"_s, u"b.json"_s, u"-o"_s, u"x.json"_s}
                                 << u"expected exactly one bundle file"_s;
    QTest::newRow("unknown option") << QStringList{u"import-fhir"_s, u"a.json"_s, u"-o"_s, u"x.json"_s, u"--quiet"_s}
                                    << u"unknown option \"--quiet\""_s;
}

void TestImportFhirCli::wrongUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runSpinereview(arguments);
    QCOMPARE(run.status, int(Usage));
    QVERIFY2(run.err.startsWith(u"spinereview import-fhir: "_s + message), qPrintable(run.err));
}

void TestImportFhirCli::helpListsTheCommand()
{
    const Run run = runSpinereview({u"--help"_s});
    QCOMPARE(run.status, int(Done));
    QVERIFY(
        run.out.contains(u"spinereview import-fhir BUNDLE.json -o CASE.json [--report] [--force] [--case-id ID]"_s));
}

QTEST_GUILESS_MAIN(TestImportFhirCli)
#include "tst_importfhircli.moc"
