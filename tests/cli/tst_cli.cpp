// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as a user meets it: the real `spinereview` binary, run by QProcess, judged by its exit
// status, its standard output and its standard error (case-format.md: exit statuses and the result format).
#include "processrun.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Files to write into a criteria folder: name → content.
using FileMap = QMap<QString, QByteArray>;

enum ExitStatus { Done = 0, Usage = 1, BadInput = 2, CriteriaFailed = 3, VerifyFailed = 4, DatabaseFailed = 5 };

const QStringList kSets = {u"reference"_s, u"founding-review"_s, u"payer-cmm609"_s};
const QStringList kSeedComponents = {
    u"decompression"_s,        u"fusion"_s, u"instrumentation"_s, u"interbody"_s,
    u"bone_marrow_aspirate"_s, u"bmp"_s,    u"allograft"_s,       u"cement_augmentation"_s};
const QStringList kStatuses = {u"met"_s, u"not_met"_s, u"incomplete"_s};

// The seed case's determinations under each shipped set (criteria-reference.md, "What the seed case should
// show").
QMap<QString, QString> seedDeterminations(const QString& set)
{
    const QString met = u"met"_s;
    const QString notMet = u"not_met"_s;
    const QString incomplete = u"incomplete"_s;
    if (set == "reference"_L1)
        return {{u"decompression"_s, met},           {u"fusion"_s, incomplete},
                {u"instrumentation"_s, incomplete},  {u"interbody"_s, incomplete},
                {u"bone_marrow_aspirate"_s, notMet}, {u"bmp"_s, notMet},
                {u"allograft"_s, incomplete},        {u"cement_augmentation"_s, incomplete}};
    if (set == "founding-review"_L1)
        return {{u"decompression"_s, met},
                {u"fusion"_s, met},
                {u"instrumentation"_s, met},
                {u"interbody"_s, met},
                {u"bmp"_s, met},
                {u"allograft"_s, met},
                {u"bone_marrow_aspirate"_s, notMet},
                {u"cement_augmentation"_s, incomplete}};
    return {{u"decompression"_s, met},
            {u"fusion"_s, incomplete},
            {u"instrumentation"_s, incomplete},
            {u"interbody"_s, incomplete},
            {u"allograft"_s, incomplete},
            {u"bone_marrow_aspirate"_s, incomplete},
            {u"cement_augmentation"_s, incomplete},
            {u"bmp"_s, notMet}};
}

// The text report's row titles.
QString componentTitle(const QString& component)
{
    static const QMap<QString, QString> titles = {{u"decompression"_s, u"Decompression"_s},
                                                  {u"fusion"_s, u"Fusion"_s},
                                                  {u"instrumentation"_s, u"Instrumentation"_s},
                                                  {u"interbody"_s, u"Interbody"_s},
                                                  {u"bone_marrow_aspirate"_s, u"Bone marrow aspirate"_s},
                                                  {u"bmp"_s, u"BMP (rhBMP-2)"_s},
                                                  {u"allograft"_s, u"Allograft"_s},
                                                  {u"cement_augmentation"_s, u"Cement augmentation"_s}};
    return titles.value(component);
}

QString binary()
{
    return QStringLiteral(SPINEREVIEW_BINARY_DIR "/bin/spinereview");
}

QString testData(const QString& relative)
{
    return QStringLiteral(SPINEREVIEW_TEST_DATA "/") + relative;
}

QString shippedCriteria(const QString& name = {})
{
    return QStringLiteral(SPINEREVIEW_SOURCE_DIR "/criteria") + (name.isEmpty() ? QString() : u'/' + name);
}

QString seedCase()
{
    return testData(u"cases/seed-l5s1-revision.json"_s);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QJsonObject readJsonObject(const QString& path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// One run of the binary. `status` is -1 when it crashed or hung.
using Run = testing::ProcessRun;

Run spinereview(const QStringList& arguments,
                const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    return testing::runProcess(binary(), arguments, environment);
}

// Where a message names a problem: "FILE: PATH: " (or "FILE: " for the whole document).
QString located(const QString& file, const QString& path)
{
    return path.isEmpty() ? QString(file + u": "_s) : QString(file + u": "_s + path + u": "_s);
}

// A copy of the shipped criteria folder in `dir`, with `files` written over it (name → bytes) and `omitted`
// left out: the broken folders are built at run time, so the repository holds one evidence library.
bool makeCriteriaFolder(const QTemporaryDir& dir, const FileMap& files = {}, const QStringList& omitted = {})
{
    if (!dir.isValid())
        return false;
    for (const QString& name : QDir(shippedCriteria()).entryList({u"*.json"_s}, QDir::Files)) {
        if (!omitted.contains(name) && !QFile::copy(shippedCriteria(name), dir.filePath(name)))
            return false;
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!writeFile(dir.filePath(it.key()), it.value()))
            return false;
    }
    return true;
}

QByteArray brokenFixture(const QString& name)
{
    return readFile(testData(u"criteria-broken/"_s + name));
}

struct BadFixture
{
    QString file;
    QString path;
};

// The table in tests/data/bad/README.md: `| `file.json` | `path` or (whole document) | why |`.
QList<BadFixture> badFixtureTable()
{
    QFile readme(testData(u"bad/README.md"_s));
    if (!readme.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression row(u"^\\| `([^`]+\\.json)` \\| (?:`([^`]*)`|\\(whole document\\)) \\|"_s);
    QList<BadFixture> out;
    for (const QString& line : QString::fromUtf8(readme.readAll()).split(u'\n')) {
        const QRegularExpressionMatch match = row.match(line);
        if (match.hasMatch())
            out.append({match.captured(1), match.captured(2)});
    }
    return out;
}

QStringList statusWords(const QString& status)
{
    // The text report shows a status as a mark and words, never by colour alone.
    if (status == "met"_L1)
        return {u"met"_s};
    if (status == "not_met"_L1)
        return {u"not met"_s};
    return {u"incomplete"_s};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QSet<QString> m_evidenceIds;

    void checkCriterion(const QJsonValue& value, const QString& where);
    void checkResult(const QJsonObject& result, const QString& setId);

private slots:
    void initTestCase();

    void version();
    void help_data();
    void help();

    void badCaseFiles_data();
    void badCaseFiles();
    void malformedJson();
    void nonexistentCaseFile();
    void usageErrors_data();
    void usageErrors();
    void unknownIdIsUsageEvenBesideABrokenSet();

    void requestedSetBroken();
    void requestedSetBrokenInFileNotNamedAfterIt();
    void noLoadableSet_data();
    void noLoadableSet();

    void criteriaCheckShipped();
    void criteriaCheckBroken_data();
    void criteriaCheckBroken();
    void criteriaList();

    void evaluateJson();
    void evaluateJsonWithOtherSet();
    void allCriteriaJson();
    void allCriteriaText();
    void screenshotRendersTheWindow();
    void screenshotOfABadCaseIsRefused();
    void screenshotAtTwiceTheScaleHasTwiceThePixels();
    void exitWhenShownPaintsTheWindowAndEnds();
    void aDamagedDatabaseLeavesTheDeskOnFilesAndIsNotTouched();
    void aReviewThatIsNotStoredIsRefused();
    void reviewDateDefaultsToToday();
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(binary()).isExecutable(), qPrintable(binary()));
    const QJsonArray entries = readJsonObject(shippedCriteria(u"evidence.json"_s)).value("entries"_L1).toArray();
    for (const QJsonValue& entry : entries)
        m_evidenceIds.insert(entry.toObject().value("id"_L1).toString());
    QVERIFY(m_evidenceIds.size() > 50);
}

void TestCli::version()
{
    for (const QString& option : {u"--version"_s, u"-v"_s}) {
        const Run run = spinereview({option});
        QVERIFY2(run.status == Done, qPrintable(run.describe()));
        static const QRegularExpression line(u"^spinereview \\d+\\.\\d+\\.\\d+\\n$"_s);
        QVERIFY2(line.match(run.out).hasMatch(), qPrintable(run.describe()));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    }
}

void TestCli::help_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--help") << u"--help"_s;
    QTest::newRow("-h") << u"-h"_s;
    QTest::newRow("help") << u"help"_s;
}

void TestCli::help()
{
    QFETCH(QString, option);
    const Run run = spinereview({option});
    QVERIFY2(run.status == Done, qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    for (const QString& expected :
         {u"Usage: spinereview"_s, u"spinereview evaluate CASE.json"_s, u"--all-criteria"_s, u"--format"_s,
          u"spinereview criteria list"_s, u"spinereview criteria check"_s, u"Exit status"_s})
        QVERIFY2(run.out.contains(expected), qPrintable(expected + u" missing from\n"_s + run.describe()));
}

void TestCli::badCaseFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    const QList<BadFixture> table = badFixtureTable();
    QVERIFY(table.size() >= 40);
    QSet<QString> listed;
    for (const BadFixture& row : table) {
        QTest::newRow(qPrintable(row.file)) << testData(u"bad/"_s + row.file) << row.path;
        listed.insert(row.file);
    }
    // The table covers the folder, so no fixture goes untested here.
    for (const QString& file : QDir(testData(u"bad"_s)).entryList({u"*.json"_s}, QDir::Files))
        QVERIFY2(listed.contains(file), qPrintable(file + u" has no row in tests/data/bad/README.md"_s));
}

// Every invalid case file: exit status 2, with a message naming the file and the JSON path.
void TestCli::badCaseFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QVERIFY(QFile::exists(file));
    const Run run = spinereview({u"evaluate"_s, file, u"--format"_s, u"json"_s});
    QVERIFY2(run.status == BadInput, qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QFileInfo(file).fileName()), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(located(file, path)), qPrintable(located(file, path) + u" not in\n"_s + run.describe()));
}

void TestCli::malformedJson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"half.json"_s);
    QVERIFY(writeFile(file, R"({ "format": "spinereview-case/1", "caseId": "half", "request": { "levels": [)"));
    for (const QString& format : {u"json"_s, u"text"_s}) {
        const Run run = spinereview({u"evaluate"_s, file, u"--format"_s, format});
        QVERIFY2(run.status == BadInput, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(file), qPrintable(run.describe()));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    }
}

void TestCli::nonexistentCaseFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"no-such-case.json"_s);
    const Run run = spinereview({u"evaluate"_s, file});
    QVERIFY2(run.status == BadInput, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(file), qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString seed = seedCase();
    QTest::newRow("unknown option") << QStringList{u"evaluate"_s, seed, u"--frobnicate"_s};
    QTest::newRow("unknown option before the file") << QStringList{u"evaluate"_s, u"--verbose"_s, seed};
    QTest::newRow("unknown top-level option") << QStringList{u"--frobnicate"_s};
    QTest::newRow("option without its value") << QStringList{u"evaluate"_s, seed, u"--format"_s};
    QTest::newRow("flag given a value") << QStringList{u"evaluate"_s, seed, u"--all-criteria=yes"_s};
    QTest::newRow("two case files") << QStringList{u"evaluate"_s, seed, seed};
    QTest::newRow("no case file") << QStringList{u"evaluate"_s};
    QTest::newRow("--format xml") << QStringList{u"evaluate"_s, seed, u"--format"_s, u"xml"_s};
    QTest::newRow("--format=xml") << QStringList{u"evaluate"_s, seed, u"--format=xml"_s};
    QTest::newRow("--criteria no-such-set") << QStringList{u"evaluate"_s, seed, u"--criteria"_s, u"no-such-set"_s};
    QTest::newRow("--criteria=no-such-set") << QStringList{u"evaluate"_s, seed, u"--criteria=no-such-set"_s};
    QTest::newRow("--criteria no-such-set in a folder")
        << QStringList{u"evaluate"_s, seed, u"--criteria"_s, u"no-such-set"_s, u"--criteria-dir"_s, shippedCriteria()};
    QTest::newRow("--criteria with --all-criteria")
        << QStringList{u"evaluate"_s, seed, u"--criteria"_s, u"reference"_s, u"--all-criteria"_s};
    QTest::newRow("criteria without action") << QStringList{u"criteria"_s};
    QTest::newRow("criteria unknown action") << QStringList{u"criteria"_s, u"verify"_s};
    QTest::newRow("criteria list with a folder argument") << QStringList{u"criteria"_s, u"list"_s, shippedCriteria()};
    QTest::newRow("criteria list unknown option") << QStringList{u"criteria"_s, u"list"_s, u"--verbose"_s};
    QTest::newRow("criteria check two folders")
        << QStringList{u"criteria"_s, u"check"_s, shippedCriteria(), shippedCriteria()};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = spinereview(arguments);
    QVERIFY2(run.status == Usage, qPrintable(run.describe()));
    QVERIFY2(!run.err.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
}

// An id that no file declares is wrong usage (1), even when a set whose file name contains it is broken.
void TestCli::unknownIdIsUsageEvenBesideABrokenSet()
{
    QTemporaryDir dir;
    QVERIFY(makeCriteriaFolder(dir, {{u"founding-review.json"_s, brokenFixture(u"not-json.json"_s)}}));
    for (const QString& id : {u"no-such-set"_s, u"review"_s, u"founding"_s}) {
        const Run run = spinereview({u"evaluate"_s, seedCase(), u"--criteria"_s, id, u"--criteria-dir"_s, dir.path()});
        QVERIFY2(run.status == Usage, qPrintable(u"--criteria "_s + id + u": "_s + run.describe()));
        QVERIFY2(run.err.contains(located(dir.filePath(u"founding-review.json"_s), {})), qPrintable(run.describe()));
    }
}

// --criteria-dir at a folder where the requested set is broken: 3, naming the file and the JSON path; the sets
// that did load still serve.
void TestCli::requestedSetBroken()
{
    QTemporaryDir dir;
    QVERIFY(makeCriteriaFolder(dir, {{u"payer-cmm609.json"_s, brokenFixture(u"unknown-fact.json"_s)}}));
    const QString problem =
        located(dir.filePath(u"payer-cmm609.json"_s), u"components.fusion.criterion.condition.>=[0].var"_s);

    for (const QString& format : {u"text"_s, u"json"_s}) {
        const Run run = spinereview({u"evaluate"_s, seedCase(), u"--criteria"_s, u"payer-cmm609"_s, u"--format"_s,
                                     format, u"--criteria-dir"_s, dir.path()});
        QVERIFY2(run.status == CriteriaFailed, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(problem), qPrintable(run.describe()));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    }

    const Run byDefault =
        spinereview({u"evaluate"_s, seedCase(), u"--format"_s, u"json"_s, u"--criteria-dir"_s, dir.path()});
    QVERIFY2(byDefault.status == Done, qPrintable(byDefault.describe()));
    QVERIFY2(byDefault.err.contains(problem), qPrintable(byDefault.describe()));
    QCOMPARE(QJsonDocument::fromJson(byDefault.out.toUtf8()).object().value("criteriaSet"_L1)["id"_L1].toString(),
             u"reference"_s);

    const Run all = spinereview(
        {u"evaluate"_s, seedCase(), u"--all-criteria"_s, u"--format"_s, u"json"_s, u"--criteria-dir"_s, dir.path()});
    QVERIFY2(all.status == Done, qPrintable(all.describe()));
    QVERIFY2(all.err.contains(problem), qPrintable(all.describe()));
    QStringList ids;
    for (const QJsonValue& result : QJsonDocument::fromJson(all.out.toUtf8()).object().value("results"_L1).toArray())
        ids.append(result["criteriaSet"_L1]["id"_L1].toString());
    QCOMPARE(ids, (QStringList{u"reference"_s, u"founding-review"_s}));
}

// A set whose id exists but failed to load is 3, whatever its file is called.
void TestCli::requestedSetBrokenInFileNotNamedAfterIt()
{
    QTemporaryDir dir;
    QVERIFY(makeCriteriaFolder(dir, {{u"local-policy.json"_s, brokenFixture(u"renamed-set.json"_s)}}));
    const Run run =
        spinereview({u"evaluate"_s, seedCase(), u"--criteria"_s, u"site-policy"_s, u"--criteria-dir"_s, dir.path()});
    QVERIFY2(run.err.contains(located(dir.filePath(u"local-policy.json"_s),
                                      u"components.decompression.criterion.condition.==[0].var"_s)),
             qPrintable(run.describe()));
    QVERIFY2(run.status == CriteriaFailed, qPrintable(run.describe()));
}

void TestCli::noLoadableSet_data()
{
    QTest::addColumn<QString>("folder"); // "" = an empty folder, "missing" = no folder at all
    QTest::addColumn<QString>("brokenFile");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("omitted");
    QTest::addColumn<QStringList>("arguments");
    const QStringList none;
    const QStringList evaluate = {u"evaluate"_s, seedCase()};
    const QStringList all = {u"evaluate"_s, seedCase(), u"--all-criteria"_s, u"--format"_s, u"json"_s};
    const QStringList reference = {u"evaluate"_s, seedCase(), u"--criteria"_s, u"reference"_s};
    const QStringList list = {u"criteria"_s, u"list"_s};
    const QStringList sets = {u"reference.json"_s, u"founding-review.json"_s, u"payer-cmm609.json"_s};

    QTest::newRow("empty folder") << u""_s << QString() << QByteArray() << none << evaluate;
    QTest::newRow("empty folder, all criteria") << u""_s << QString() << QByteArray() << none << all;
    QTest::newRow("empty folder, list") << u""_s << QString() << QByteArray() << none << list;
    QTest::newRow("missing folder") << u"missing"_s << QString() << QByteArray() << none << evaluate;
    QTest::newRow("evidence only") << u"copy"_s << QString() << QByteArray() << sets << evaluate;
    const QByteArray brokenReference = brokenFixture(u"broken-reference.json"_s);
    QTest::newRow("broken reference") << u"copy"_s << u"reference.json"_s << brokenReference << none << evaluate;
    QTest::newRow("broken reference, all criteria")
        << u"copy"_s << u"reference.json"_s << brokenReference << none << all;
    QTest::newRow("broken reference, asked for")
        << u"copy"_s << u"reference.json"_s << brokenReference << none << reference;
    QTest::newRow("broken reference, list") << u"copy"_s << u"reference.json"_s << brokenReference << none << list;
    QTest::newRow("broken evidence") << u"copy"_s << u"evidence.json"_s << QByteArray("{ not json") << none << evaluate;
    QTest::newRow("broken evidence, asked for")
        << u"copy"_s << u"evidence.json"_s << QByteArray("{ not json") << none << reference;
}

// Criteria that cannot be loaded: 3.
void TestCli::noLoadableSet()
{
    QFETCH(QString, folder);
    QFETCH(QString, brokenFile);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, omitted);
    QFETCH(QStringList, arguments);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.path();
    if (folder == "missing"_L1)
        path = dir.filePath(u"no-such-folder"_s);
    else if (folder == "copy"_L1)
        QVERIFY(makeCriteriaFolder(dir, brokenFile.isEmpty() ? FileMap{} : FileMap{{brokenFile, content}}, omitted));
    const Run run = spinereview(arguments + QStringList{u"--criteria-dir"_s, path});
    QVERIFY2(run.status == CriteriaFailed, qPrintable(run.describe()));
    QVERIFY2(!run.err.isEmpty(), qPrintable(run.describe()));
    if (!brokenFile.isEmpty())
        QVERIFY2(run.err.contains(dir.filePath(brokenFile)), qPrintable(run.describe()));
}

void TestCli::criteriaCheckShipped()
{
    const QString evidenceLine = u"ok  evidence library %1, %2 citations\n"_s.arg(
        readJsonObject(shippedCriteria(u"evidence.json"_s)).value("version"_L1).toString(),
        QString::number(m_evidenceIds.size()));
    for (const QStringList& arguments : {QStringList{u"criteria"_s, u"check"_s, shippedCriteria()},
                                         QStringList{u"criteria"_s, u"check"_s, u"--criteria-dir"_s, shippedCriteria()},
                                         QStringList{u"criteria"_s, u"check"_s}}) {
        const Run run = spinereview(arguments);
        QVERIFY2(run.status == Done, qPrintable(run.describe()));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
        for (const QString& id : kSets) {
            const QString file = shippedCriteria(id + u".json"_s);
            const QString line = u"ok  %1 %2  sha256 %3\n"_s.arg(
                id, readJsonObject(file).value("version"_L1).toString(), sha256(readFile(file)));
            QVERIFY2(run.out.contains(line), qPrintable(line + u" not in\n"_s + run.describe()));
        }
        QVERIFY2(run.out.contains(evidenceLine), qPrintable(evidenceLine + u" not in\n"_s + run.describe()));
        QCOMPARE(run.out.count(u"ok  "_s), 4);
    }
}

void TestCli::criteriaCheckBroken_data()
{
    QTest::addColumn<FileMap>("files");
    // "file|path": path empty for the whole document, file empty for the folder itself.
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<QStringList>("loaded");

    const auto fixture = [](const QString& name) { return brokenFixture(name); };
    QTest::newRow("unknown fact") << FileMap{{u"payer-cmm609.json"_s, fixture(u"unknown-fact.json"_s)}}
                                  << QStringList{u"payer-cmm609.json|components.fusion.criterion.condition.>=[0].var"_s}
                                  << QStringList{u"reference"_s, u"founding-review"_s};
    QTest::newRow("dangling evidence") << FileMap{{u"founding-review.json"_s, fixture(u"dangling-evidence.json"_s)}}
                                       << QStringList{u"founding-review.json|components.bmp.criterion.evidence[0]"_s}
                                       << QStringList{u"reference"_s, u"payer-cmm609"_s};
    QTest::newRow("not JSON") << FileMap{{u"founding-review.json"_s, fixture(u"not-json.json"_s)}}
                              << QStringList{u"founding-review.json|"_s}
                              << QStringList{u"reference"_s, u"payer-cmm609"_s};
    QTest::newRow("broken reference") << FileMap{{u"reference.json"_s, fixture(u"broken-reference.json"_s)}}
                                      << QStringList{u"reference.json|title"_s, u"founding-review.json|extends"_s,
                                                     u"payer-cmm609.json|extends"_s}
                                      << QStringList{};
    QTest::newRow("several problems")
        << FileMap{{u"payer-cmm609.json"_s, fixture(u"several-problems.json"_s)}}
        << QStringList{u"payer-cmm609.json|reviewer"_s,
                       u"payer-cmm609.json|title"_s,
                       u"payer-cmm609.json|effectiveDate"_s,
                       u"payer-cmm609.json|parameters.qualifyingImagingMonths.source"_s,
                       u"payer-cmm609.json|components.fusion.criterion.all[0].condition.==[0].var"_s,
                       u"payer-cmm609.json|components.fusion.criterion.all[1].ask"_s,
                       u"payer-cmm609.json|components.fusion.criterion.all[2].evidence[0]"_s}
        << QStringList{u"reference"_s, u"founding-review"_s};
    QTest::newRow("set in a file not named after it")
        << FileMap{{u"local-policy.json"_s, fixture(u"renamed-set.json"_s)}}
        << QStringList{u"local-policy.json|components.decompression.criterion.condition.==[0].var"_s} << kSets;
    QTest::newRow("extends a missing set")
        << FileMap{{u"payer-cmm609.json"_s, fixture(u"extends-missing.json"_s)}}
        << QStringList{u"payer-cmm609.json|extends"_s} << QStringList{u"reference"_s, u"founding-review"_s};
    QTest::newRow("extends cycle") << FileMap{{u"cycle-a.json"_s, fixture(u"cycle-a.json"_s)},
                                              {u"cycle-b.json"_s, fixture(u"cycle-b.json"_s)}}
                                   << QStringList{u"cycle-a.json|extends"_s, u"cycle-b.json|extends"_s} << kSets;
    QTest::newRow("broken evidence") << FileMap{{u"evidence.json"_s, "{ \"format\": "}}
                                     << QStringList{u"evidence.json|"_s, u"reference.json|"_s,
                                                    u"founding-review.json|"_s, u"payer-cmm609.json|"_s}
                                     << QStringList{};
}

// `criteria check` on a broken folder: 4, every problem named by file and JSON path, the good sets listed.
void TestCli::criteriaCheckBroken()
{
    QFETCH(FileMap, files);
    QFETCH(QStringList, problems);
    QFETCH(QStringList, loaded);

    QTemporaryDir dir;
    QVERIFY(makeCriteriaFolder(dir, files));
    const Run run = spinereview({u"criteria"_s, u"check"_s, dir.path()});
    QVERIFY2(run.status == VerifyFailed, qPrintable(run.describe()));
    for (const QString& problem : problems) {
        const QString name = problem.section(u'|', 0, 0);
        const QString file = name.isEmpty() ? dir.path() : dir.filePath(name);
        const QString path = problem.section(u'|', 1);
        QVERIFY2(run.err.contains(located(file, path)),
                 qPrintable(located(file, path) + u" not in\n"_s + run.describe()));
    }
    const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), problems.size());
    QVERIFY2(run.out.contains(u"%1 problem(s) found in %2"_s.arg(problems.size()).arg(dir.path())),
             qPrintable(run.describe()));
    QStringList listed;
    static const QRegularExpression ok(u"^ok  (\\S+) "_s, QRegularExpression::MultilineOption);
    for (auto it = ok.globalMatch(run.out); it.hasNext();) {
        const QString id = it.next().captured(1);
        if (id != "evidence"_L1)
            listed.append(id);
    }
    QCOMPARE(listed, loaded);
}

void TestCli::criteriaList()
{
    for (const QStringList& arguments :
         {QStringList{u"criteria"_s, u"list"_s},
          QStringList{u"criteria"_s, u"list"_s, u"--criteria-dir"_s, shippedCriteria()}}) {
        const Run run = spinereview(arguments);
        QVERIFY2(run.status == Done, qPrintable(run.describe()));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), kSets.size());
        for (qsizetype i = 0; i < kSets.size(); ++i) {
            const QString& id = kSets[i];
            const QJsonObject file = readJsonObject(shippedCriteria(id + u".json"_s));
            const QStringList fields = lines[i].split(u'\t');
            QCOMPARE(fields.value(0), id);
            QCOMPARE(fields.value(1), file.value("version"_L1).toString());
            QCOMPARE(fields.value(2), file.value("effectiveDate"_L1).toString());
            QVERIFY2(lines[i].contains(file.value("title"_L1).toString()), qPrintable(lines[i]));
            QCOMPARE(lines[i].contains(u"(default)"_s), id == "reference"_L1);
        }
    }
}

// One node of a rationale tree, and its children.
void TestCli::checkCriterion(const QJsonValue& value, const QString& where)
{
    QVERIFY2(value.isObject(), qPrintable(where));
    const QJsonObject node = value.toObject();
    const QString here = where + u" ("_s + node.value("id"_L1).toString() + u")"_s;
    QVERIFY2(!node.value("id"_L1).toString().isEmpty(), qPrintable(here + u": id"_s));
    QVERIFY2(node.value("level"_L1).toString() == "L5-S1"_L1, qPrintable(here + u": level"_s));
    QVERIFY2(kStatuses.contains(node.value("status"_L1).toString()), qPrintable(here + u": status"_s));
    const QString text = node.value("text"_L1).toString();
    QVERIFY2(!text.isEmpty() && !text.contains(u"{level}"_s), qPrintable(here + u": text "_s + text));
    QVERIFY2(node.value("facts"_L1).isArray(), qPrintable(here + u": facts"_s));
    for (const QJsonValue& fact : node.value("facts"_L1).toArray()) {
        const QJsonObject f = fact.toObject();
        QVERIFY2(f.value("name"_L1).toString().contains(u'.'), qPrintable(here + u": fact name"_s));
        QVERIFY2(f.contains("value"_L1), qPrintable(here + u": fact value"_s));
        QVERIFY2(f.value("path"_L1).isString(), qPrintable(here + u": fact path"_s));
        QVERIFY2(f.value("assumedAbsent"_L1).isBool(), qPrintable(here + u": fact assumedAbsent"_s));
    }
    QVERIFY2(node.value("evidence"_L1).isArray(), qPrintable(here + u": evidence"_s));
    for (const QJsonValue& id : node.value("evidence"_L1).toArray())
        QVERIFY2(m_evidenceIds.contains(id.toString()), qPrintable(here + u": evidence "_s + id.toString()));
    QVERIFY2(node.value("children"_L1).isArray(), qPrintable(here + u": children"_s));
    const QJsonArray children = node.value("children"_L1).toArray();
    for (qsizetype i = 0; i < children.size(); ++i) {
        checkCriterion(children[i], u"%1.children[%2]"_s.arg(where).arg(i));
        if (QTest::currentTestFailed())
            return;
    }
}

// One spinereview-result/1 of the seed case under `setId`.
void TestCli::checkResult(const QJsonObject& result, const QString& setId)
{
    QCOMPARE(result.value("format"_L1).toString(), u"spinereview-result/1"_s);
    QCOMPARE(result.value("caseId"_L1).toString(), u"seed-l5s1-revision"_s);
    QCOMPARE(result.value("reviewDate"_L1).toString(), u"2025-11-17"_s);
    QVERIFY(!result.value("engineVersion"_L1).toString().isEmpty());

    // The set as its file declares it, with the hashes of exactly the files that produced the result.
    const QJsonObject set = result.value("criteriaSet"_L1).toObject();
    const QString file = shippedCriteria(setId + u".json"_s);
    const QJsonObject declared = readJsonObject(file);
    QCOMPARE(set.value("id"_L1).toString(), setId);
    for (const auto key : {"title"_L1, "version"_L1, "effectiveDate"_L1, "sources"_L1})
        QCOMPARE(set.value(key), declared.value(key));
    static const QRegularExpression hex64(u"^[0-9a-f]{64}$"_s);
    QVERIFY2(hex64.match(set.value("sha256"_L1).toString()).hasMatch(), qPrintable(set.value("sha256"_L1).toString()));
    QCOMPARE(set.value("sha256"_L1).toString(), sha256(readFile(file)));
    QCOMPARE(set.value("evidenceSha256"_L1).toString(), sha256(readFile(shippedCriteria(u"evidence.json"_s))));
    if (setId != "reference"_L1) {
        QCOMPARE(set.value("extends"_L1).toString(), u"reference"_s);
        QCOMPARE(set.value("baseSha256"_L1).toString(), sha256(readFile(shippedCriteria(u"reference.json"_s))));
    }

    // Exactly the requested components, each with its expected status.
    const QJsonObject determinations = result.value("determinations"_L1).toObject();
    QStringList keys = determinations.keys();
    QStringList requested = kSeedComponents;
    keys.sort();
    requested.sort();
    QCOMPARE(keys, requested);
    const QMap<QString, QString> expected = seedDeterminations(setId);
    for (const QString& component : kSeedComponents) {
        const QJsonObject d = determinations.value(component).toObject();
        const QString where = setId + u": "_s + component;
        const QString status = d.value("status"_L1).toString();
        QVERIFY2(kStatuses.contains(status), qPrintable(where + u": status "_s + status));
        QVERIFY2(status == expected.value(component),
                 qPrintable(where + u": expected "_s + expected.value(component) + u", found "_s + status));
        QVERIFY2(!d.value("summary"_L1).toString().isEmpty(), qPrintable(where + u": summary"_s));

        const QJsonObject levels = d.value("levels"_L1).toObject();
        QCOMPARE(levels.keys(), QStringList{u"L5-S1"_s});
        QCOMPARE(levels.value("L5-S1"_L1).toString(), status);

        const QJsonArray criteria = d.value("criteria"_L1).toArray();
        QVERIFY2(criteria.size() == 1, qPrintable(where + u": one tree for the one level"_s));
        QCOMPARE(criteria.first()["status"_L1].toString(), status);
        checkCriterion(criteria.first(), where + u": criteria[0]"_s);
        if (QTest::currentTestFailed())
            return;

        QVERIFY2(d.value("missing"_L1).isArray(), qPrintable(where + u": missing"_s));
        QStringList missing;
        for (const QJsonValue& item : d.value("missing"_L1).toArray()) {
            QVERIFY2(!item.toString().isEmpty(), qPrintable(where + u": empty missing item"_s));
            QVERIFY2(!missing.contains(item.toString()), qPrintable(where + u": missing twice: "_s + item.toString()));
            missing.append(item.toString());
        }
        // Every incomplete determination names what would settle it.
        if (status == "incomplete"_L1)
            QVERIFY2(!missing.isEmpty(), qPrintable(where + u": incomplete without missing documentation"_s));
        QVERIFY2(d.value("cautions"_L1).isArray(), qPrintable(where + u": cautions"_s));
    }
}

void TestCli::evaluateJson()
{
    const Run run = spinereview({u"evaluate"_s, seedCase(), u"--format"_s, u"json"_s});
    QVERIFY2(run.status == Done, qPrintable(run.describe()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u"\n"_s + run.describe()));
    QVERIFY(document.isObject());
    checkResult(document.object(), u"reference"_s);
    if (QTest::currentTestFailed())
        return;

    const Run version = spinereview({u"--version"_s});
    QCOMPARE(u"spinereview "_s + document.object().value("engineVersion"_L1).toString() + u"\n"_s, version.out);

    // The same evaluation is the same document.
    const Run again = spinereview({u"evaluate"_s, seedCase(), u"--format=json"_s, u"--criteria"_s, u"reference"_s});
    QVERIFY2(again.status == Done, qPrintable(again.describe()));
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()), document);
}

void TestCli::evaluateJsonWithOtherSet()
{
    for (const QString& id : {u"founding-review"_s, u"payer-cmm609"_s}) {
        const Run run = spinereview({u"evaluate"_s, seedCase(), u"--criteria"_s, id, u"--format"_s, u"json"_s});
        QVERIFY2(run.status == Done, qPrintable(run.describe()));
        checkResult(QJsonDocument::fromJson(run.out.toUtf8()).object(), id);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestCli::allCriteriaJson()
{
    const Run run = spinereview({u"evaluate"_s, seedCase(), u"--all-criteria"_s, u"--format"_s, u"json"_s});
    QVERIFY2(run.status == Done, qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    QJsonParseError error;
    const QJsonObject comparison = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(comparison.value("format"_L1).toString(), u"spinereview-comparison/1"_s);
    QCOMPARE(comparison.value("caseId"_L1).toString(), u"seed-l5s1-revision"_s);
    const QJsonArray results = comparison.value("results"_L1).toArray();
    QCOMPARE(results.size(), 3);
    QStringList ids;
    for (const QJsonValue& result : results)
        ids.append(result["criteriaSet"_L1]["id"_L1].toString());
    QCOMPARE(ids, kSets);
    for (qsizetype i = 0; i < results.size(); ++i) {
        checkResult(results[i].toObject(), kSets[i]);
        if (QTest::currentTestFailed())
            return;
    }
}

// The comparison table: one row per component, the sets' statuses side by side, disagreements marked.
void TestCli::allCriteriaText()
{
    const Run run = spinereview({u"evaluate"_s, seedCase(), u"--all-criteria"_s});
    QVERIFY2(run.status == Done, qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.out.contains(u"2025-11-17"_s), qPrintable(run.describe()));

    const QStringList lines = run.out.split(u'\n');
    const qsizetype headerAt = std::find_if(lines.cbegin(), lines.cend(),
                                            [](const QString& line) { return line.startsWith(u"Component"_s); }) -
                               lines.cbegin();
    QVERIFY2(headerAt < lines.size(), qPrintable(run.describe()));
    const QString header = lines[headerAt];
    QList<qsizetype> columns;
    for (const QString& id : kSets) {
        columns.append(header.indexOf(id));
        QVERIFY2(columns.last() > 0, qPrintable(id + u" not in the header: "_s + header));
    }
    QVERIFY2(columns[0] < columns[1] && columns[1] < columns[2], qPrintable(header));
    const qsizetype width = columns[1] - columns[0];

    QMap<QString, QString> rows;
    for (qsizetype i = headerAt + 1; i < lines.size() && !lines[i].trimmed().isEmpty(); ++i)
        rows.insert(lines[i].left(columns[0]).trimmed(), lines[i]);
    QCOMPARE(rows.size(), kSeedComponents.size());

    for (const QString& component : kSeedComponents) {
        const QString title = componentTitle(component);
        QVERIFY2(rows.contains(title), qPrintable(title + u" has no row in\n"_s + run.out));
        const QString row = rows.value(title);
        QSet<QString> statuses;
        for (qsizetype s = 0; s < kSets.size(); ++s) {
            const QString status = seedDeterminations(kSets[s]).value(component);
            statuses.insert(status);
            const QString cell = row.mid(columns[s], width).trimmed();
            const QString words = statusWords(status).first();
            QVERIFY2(cell.endsWith(words) && (status != "met"_L1 || !cell.endsWith(u"not met"_s)),
                     qPrintable(u"%1 under %2: expected %3, found \"%4\""_s.arg(title, kSets[s], words, cell)));
        }
        QVERIFY2(row.contains(u"disagree"_s) == (statuses.size() > 1), qPrintable(row));
    }
    QVERIFY(rows.value(u"Fusion"_s).contains(u"disagree"_s));
    QVERIFY(!rows.value(u"Decompression"_s).contains(u"disagree"_s));
}

// `spinereview CASE.json` is the comparison of every set, as text.
// `spinereview --screenshot PATH CASE.json` renders the window offscreen to a PNG and exits.
void TestCli::screenshotRendersTheWindow()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(u"desk.png"_s);
    const Run run = spinereview({u"--screenshot"_s, png, seedCase()});
    QVERIFY2(run.status == Done, qPrintable(run.describe()));
    const QImage image(png);
    QVERIFY2(!image.isNull(), "the screenshot is a readable PNG");
    QCOMPARE(image.size(), QSize(1440, 900));
}

void TestCli::screenshotOfABadCaseIsRefused()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(u"desk.png"_s);
    const QString bad = QStringLiteral(SPINEREVIEW_TEST_DATA "/bad/end-before-start.json");
    const Run run = spinereview({u"--screenshot"_s, png, bad});
    QVERIFY2(run.status == BadInput, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"conservativeTherapy[2].end"_s), qPrintable(run.describe()));
    QVERIFY(!QFileInfo::exists(png));
}

// High DPI: at a device pixel ratio of 2 the same window is drawn with twice the pixels each way, not
// scaled up from the 1× rendering.
void TestCli::screenshotAtTwiceTheScaleHasTwiceThePixels()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(u"desk@2x.png"_s);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_SCALE_FACTOR"_s, u"2"_s);
    const Run run = spinereview({u"--screenshot"_s, png, seedCase()}, environment);
    QVERIFY2(run.status == Done, qPrintable(run.describe()));
    const QImage image(png);
    QVERIFY2(!image.isNull(), "the screenshot is a readable PNG");
    QCOMPARE(image.size(), QSize(2880, 1800));
}

// `--exit-when-shown` (the start-up benchmark's and a package smoke test's way in) opens the window on the
// case, reports the first paint and ends with status 0. On the first run it creates the reviews' database in
// the user's data directory, readable by its owner only.
void TestCli::exitWhenShownPaintsTheWindowAndEnds()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    const Run run = spinereview({u"--exit-when-shown"_s, seedCase()}, environment);
    QVERIFY2(run.status == Done, qPrintable(run.describe()));
    static const QRegularExpression shown(u"^shown [0-9]+\\.[0-9] ms after main\n$"_s);
    QVERIFY2(shown.match(run.out).hasMatch(), qPrintable(run.describe()));

    const QFileInfo database(home.filePath(u"data/SpineReview/SpineReview/spinereview.sqlite"_s));
    QVERIFY2(database.exists(), qPrintable(database.filePath()));
    QCOMPARE(database.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
}

// The window with a database it must refuse (not SQLite at all, here): it still opens, on case files alone,
// and the file is left byte for byte as it was.
void TestCli::aDamagedDatabaseLeavesTheDeskOnFilesAndIsNotTouched()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString path = home.filePath(u"damaged.sqlite"_s);
    const QByteArray bytes = QByteArray("SQLite format 3") + QByteArray(4096, '\x5a');
    QVERIFY(writeFile(path, bytes));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    const Run run = spinereview({u"--exit-when-shown"_s, u"--database"_s, path, seedCase()}, environment);
    QVERIFY2(run.status == Done, qPrintable(run.describe()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

// `--review REF` opens a stored review; one that is not there is said on stderr, with status 5.
void TestCli::aReviewThatIsNotStoredIsRefused()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString database = home.filePath(u"reviews.sqlite"_s);
    const Run imported = spinereview({u"db"_s, u"import"_s, seedCase(), u"--database"_s, database});
    QVERIFY2(imported.status == Done, qPrintable(imported.describe()));
    const QString png = home.filePath(u"review.png"_s);
    const Run shown = spinereview({u"--screenshot"_s, png, u"--database"_s, database, u"--review"_s, u"1"_s});
    QVERIFY2(shown.status == Done, qPrintable(shown.describe()));
    QVERIFY(QImage(png).width() > 0);
    const Run missing = spinereview({u"--screenshot"_s, png, u"--database"_s, database, u"--review"_s, u"99"_s});
    QVERIFY2(missing.status == DatabaseFailed, qPrintable(missing.describe()));
    QVERIFY2(missing.err.contains(u"review 99"_s), qPrintable(missing.describe()));
}

void TestCli::reviewDateDefaultsToToday()
{
    QJsonObject root = readJsonObject(seedCase());
    root.remove("reviewDate"_L1);
    root.insert("caseId"_L1, u"seed-without-review-date"_s);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"undated.json"_s);
    QVERIFY(writeFile(file, QJsonDocument(root).toJson()));

    const QDate before = QDate::currentDate();
    const Run json = spinereview({u"evaluate"_s, file, u"--format"_s, u"json"_s});
    const Run text = spinereview({u"evaluate"_s, file});
    const QDate after = QDate::currentDate();
    QVERIFY2(json.status == Done, qPrintable(json.describe()));
    QVERIFY2(text.status == Done, qPrintable(text.describe()));

    const QJsonObject result = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(result.value("caseId"_L1).toString(), u"seed-without-review-date"_s);
    const QString reviewDate = result.value("reviewDate"_L1).toString();
    QVERIFY2(reviewDate == before.toString(Qt::ISODate) || reviewDate == after.toString(Qt::ISODate),
             qPrintable(reviewDate));
    QVERIFY2(text.out.contains(u"reviewed as of "_s + before.toString(Qt::ISODate)) ||
                 text.out.contains(u"reviewed as of "_s + after.toString(Qt::ISODate)),
             qPrintable(text.describe()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
