// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/criteria/criteriacatalog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;

namespace {

const QStringList kShippedSets = {u"reference"_s, u"founding-review"_s, u"payer-cmm609"_s};

QString shippedPath(const QString& name)
{
    return QStringLiteral(SPINEREVIEW_SOURCE_DIR "/criteria/") + name;
}

QString brokenFixture(const QString& name)
{
    return QStringLiteral(SPINEREVIEW_TEST_DATA "/criteria-broken/") + name;
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

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString listIssues(const ValidationIssues& issues)
{
    QStringList lines;
    for (const ValidationIssue& issue : issues)
        lines.append(issue.toString());
    return lines.join(u'\n');
}

QStringList setIds(const CriteriaCatalog& catalog)
{
    QStringList ids;
    for (const CriteriaSetPtr& set : catalog.sets())
        ids.append(set->info.id);
    return ids;
}

// The issues about one file of the folder.
ValidationIssues issuesOf(const CriteriaCatalog& catalog, const QString& path)
{
    ValidationIssues out;
    for (const ValidationIssue& issue : catalog.issues()) {
        if (issue.file == path)
            out.append(issue);
    }
    return out;
}

// A copy of the shipped criteria folder in `dir`, with `files` written over it (name → content) and
// `omitted` left out.
bool makeFolder(const QTemporaryDir& dir, const QMap<QString, QByteArray>& files = {}, const QStringList& omitted = {})
{
    if (!dir.isValid())
        return false;
    for (const QString& name : QDir(shippedPath({})).entryList({u"*.json"_s}, QDir::Files)) {
        if (!omitted.contains(name) && !QFile::copy(shippedPath(name), dir.filePath(name)))
            return false;
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!writeFile(dir.filePath(it.key()), it.value()))
            return false;
    }
    return true;
}

} // namespace

class TestCriteriaCatalog : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheShippedFolder();
    void bundledCopyIsTheShippedFolder();
    void garbageInOneSetLeavesTheOthers();
    void invalidSetLeavesTheOthers();
    void brokenReferenceTakesItsDerivedSetsAlong();
    void garbageReferenceTakesItsDerivedSetsAlong();
    void brokenEvidenceRefusesEverySet_data();
    void brokenEvidenceRefusesEverySet();
    void missingEvidence();
    void duplicateSetIds();
    void extendsCycle();
    void missingExtendsTarget();
    void unknownFormat();
    void missingFolder();
    void emptyFolder();
};

void TestCriteriaCatalog::loadsTheShippedFolder()
{
    const CriteriaCatalog catalog = CriteriaCatalog::loadDirectory(shippedPath({}));
    QVERIFY2(catalog.issues().isEmpty(), qPrintable(listIssues(catalog.issues())));
    QCOMPARE(setIds(catalog), kShippedSets);
    QVERIFY(catalog.defaultSet());
    QCOMPARE(catalog.defaultSet()->info.id, u"reference"_s);
    QCOMPARE(catalog.sets().first(), catalog.defaultSet());
    QVERIFY(catalog.evidence());

    const QString evidenceSha = sha256(readFile(shippedPath(u"evidence.json"_s)));
    QCOMPARE(catalog.evidence()->sha256(), evidenceSha);
    const QString referenceSha = sha256(readFile(shippedPath(u"reference.json"_s)));
    for (const QString& id : kShippedSets) {
        const CriteriaSetPtr set = catalog.find(id);
        QVERIFY2(set, qPrintable(id));
        const QString file = shippedPath(id + u".json"_s);
        QCOMPARE(QFileInfo(set->info.file).canonicalFilePath(), QFileInfo(file).canonicalFilePath());
        QCOMPARE(set->info.sha256, sha256(readFile(file)));
        QCOMPARE(set->info.evidenceSha256, evidenceSha);
        QVERIFY(!set->info.title.isEmpty());
        QVERIFY(!set->info.version.isEmpty());
        QVERIFY(QDate::fromString(set->info.effectiveDate, Qt::ISODate).isValid());
        QVERIFY(!set->info.sources.isEmpty());
        if (id == "reference"_L1) {
            QVERIFY(set->info.extends.isEmpty());
            QVERIFY(set->info.baseSha256.isEmpty());
        } else {
            QCOMPARE(set->info.extends, u"reference"_s);
            QCOMPARE(set->info.baseSha256, referenceSha);
        }
    }
    QVERIFY(!catalog.find(u"no-such-set"_s));
}

// The app and the command line read the embedded copy: it must be byte for byte the folder's.
void TestCriteriaCatalog::bundledCopyIsTheShippedFolder()
{
    const CriteriaCatalog bundled = CriteriaCatalog::loadDirectory(QString(CriteriaCatalog::bundledDirectory));
    QVERIFY2(bundled.issues().isEmpty(), qPrintable(listIssues(bundled.issues())));
    QCOMPARE(setIds(bundled), kShippedSets);
    QCOMPARE(bundled.evidence()->sha256(), sha256(readFile(shippedPath(u"evidence.json"_s))));
    for (const QString& id : kShippedSets)
        QCOMPARE(bundled.find(id)->info.sha256, sha256(readFile(shippedPath(id + u".json"_s))));
}

void TestCriteriaCatalog::garbageInOneSetLeavesTheOthers()
{
    QTemporaryDir dir;
    QVERIFY(makeFolder(dir, {{u"founding-review.json"_s, "this is not { JSON"}}));
    const CriteriaCatalog catalog = CriteriaCatalog::loadDirectory(dir.path());
    QCOMPARE(setIds(catalog), (QStringList{u"reference"_s, u"payer-cmm609"_s}));
    QCOMPARE(catalog.defaultSet()->info.id, u"reference"_s);
    QVERIFY2(catalog.issues().size() == 1, qPrintable(listIssues(catalog.issues())));
    const ValidationIssue& issue = catalog.issues().first();
    QCOMPARE(issue.file, dir.filePath(u"founding-review.json"_s));
    QCOMPARE(issue.path, QString());
    QVERIFY2(issue.message.startsWith(u"not valid JSON: "_s), qPrintable(issue.message));
}

void TestCriteriaCatalog::invalidSetLeavesTheOthers()
{
    QTemporaryDir dir;
    QVERIFY(makeFolder(dir, {{u"founding-review.json"_s, readFile(brokenFixture(u"dangling-evidence.json"_s))},
                             {u"payer-cmm609.json"_s, readFile(brokenFixture(u"unknown-fact.json"_s))}}));
    const CriteriaCatalog catalog = CriteriaCatalog::loadDirectory(dir.path());
    QCOMPARE(setIds(catalog), QStringList{u"reference"_s});
    QVERIFY2(catalog.issues().size() == 2, qPrintable(listIssues(catalog.issues())));
    const ValidationIssues founding = issuesOf(catalog, dir.filePath(u"founding-review.json"_s));
    const ValidationIssues payer = issuesOf(catalog, dir.filePath(u"payer-cmm609.json"_s));
    QVERIFY2(founding.size() == 1 && payer.size() == 1, qPrintable(listIssues(catalog.issues())));
    QCOMPARE(founding.first().path, u"components.bmp.criterion.evidence[0]"_s);
    QCOMPARE(payer.first().path, u"components.fusion.criterion.condition.>=[0].var"_s);
    QCOMPARE(payer.first().message, u"unknown fact \"level.instabilityScore\""_s);
}

void TestCriteriaCatalog::brokenReferenceTakesItsDerivedSetsAlong()
{
    QTemporaryDir dir;
    QVERIFY(makeFolder(dir, {{u"reference.json"_s, readFile(brokenFixture(u"broken-reference.json"_s))}}));
    const CriteriaCatalog catalog = CriteriaCatalog::loadDirectory(dir.path());
    QVERIFY(catalog.sets().isEmpty());
    QVERIFY(!catalog.defaultSet());
    QVERIFY(catalog.evidence());

    const ValidationIssues reference = issuesOf(catalog, dir.filePath(u"reference.json"_s));
    QVERIFY2(reference.size() == 1, qPrintable(listIssues(catalog.issues())));
    QCOMPARE(reference.first().path, u"title"_s);
    for (const QString& id : {u"founding-review"_s, u"payer-cmm609"_s}) {
        const ValidationIssues derived = issuesOf(catalog, dir.filePath(id + u".json"_s));
        QVERIFY2(derived.size() == 1, qPrintable(listIssues(catalog.issues())));
        QCOMPARE(derived.first().path, u"extends"_s);
        QCOMPARE(derived.first().message, u"extends \"reference\", which did not load"_s);
    }
    QCOMPARE(catalog.issues().size(), 3);
}

// reference.json is in the folder but unreadable: the sets written as differences from it fail with it, and
// the message must not claim that the file is missing.
void TestCriteriaCatalog::garbageReferenceTakesItsDerivedSetsAlong()
{
    QTemporaryDir dir;
    QVERIFY(makeFolder(dir, {{u"reference.json"_s, "{\"format\": \"spinereview-criteria/1\", \"id\": "}}));
    const CriteriaCatalog catalog = CriteriaCatalog::loadDirectory(dir.path());
    QVERIFY(catalog.sets().isEmpty());
    QVERIFY(!catalog.defaultSet());

    const ValidationIssues reference = issuesOf(catalog, dir.filePath(u"reference.json"_s));
    QVERIFY2(reference.size() == 1, qPrintable(listIssues(catalog.issues())));
    QVERIFY2(reference.first().message.startsWith(u"not valid JSON: "_s), qPrintable(reference.first().message));
    for (const QString& id : {u"founding-review"_s, u"payer-cmm609"_s}) {
        const ValidationIssues derived = issuesOf(catalog, dir.filePath(id + u".json"_s));
        QVERIFY2(derived.size() == 1, qPrintable(listIssues(catalog.issues())));
        QCOMPARE(derived.first().path, u"extends"_s);
        QCOMPARE(derived.first().message, u"extends \"reference\", which did not load"_s);
    }
}

void TestCriteriaCatalog::brokenEvidenceRefusesEverySet_data()
{
    QTest::addColumn<QByteArray>("evidence");
    QTest::addColumn<QString>("evidencePath");
    QTest::newRow("garbage") << QByteArray("[not json") << QString();
    QTest::newRow("array") << QByteArray("[]") << QString();
    QByteArray wrongBadge = readFile(shippedPath(u"evidence.json"_s));
    const qsizetype at = wrongBadge.indexOf("\"badge\": \"none\"");
    QVERIFY(at > 0);
    wrongBadge.replace(at, qsizetype(sizeof("\"badge\": \"none\"") - 1), "\"badge\": \"gold\"");
    QTest::newRow("an entry with an unknown badge") << wrongBadge << u"entries[0].badge"_s;
}

void TestCriteriaCatalog::brokenEvidenceRefusesEverySet()
{
    QFETCH(QByteArray, evidence);
    QFETCH(QString, evidencePath);
    QTemporaryDir dir;
    QVERIFY(makeFolder(dir, {{u"evidence.json"_s, evidence}}));
    const CriteriaCatalog catalog = CriteriaCatalog::loadDirectory(dir.path());
    QVERIFY(catalog.sets().isEmpty());
    QVERIFY(!catalog.evidence());
    QVERIFY(!catalog.defaultSet());

    const ValidationIssues library = issuesOf(catalog, dir.filePath(u"evidence.json"_s));
    QVERIFY2(library.size() == 1, qPrintable(listIssues(catalog.issues())));
    QCOMPARE(library.first().path, evidencePath);
    for (const QString& id : kShippedSets) {
        const QString file = dir.filePath(id + u".json"_s);
        const ValidationIssues refused = issuesOf(catalog, file);
        QVERIFY2(refused.size() == 1, qPrintable(listIssues(catalog.issues())));
        QVERIFY2(refused.first().message.contains(u"evidence library"_s), qPrintable(refused.first().toString()));
        // The message may point at a member of the file only if the file has it: reference.json has no "extends".
        const QJsonObject root = QJsonDocument::fromJson(readFile(file)).object();
        QVERIFY2(refused.first().path.isEmpty() || root.contains(refused.first().path),
                 qPrintable(refused.first().toString()));
    }
}

void TestCriteriaCatalog::missingEvidence()
{
    QTemporaryDir dir;
    QVERIFY(makeFolder(dir, {}, {u"evidence.json"_s}));
    const CriteriaCatalog catalog = CriteriaCatalog::loadDirectory(dir.path());
    QVERIFY(catalog.sets().isEmpty());
    const ValidationIssues folder = issuesOf(catalog, dir.path());
    QVERIFY2(folder.size() == 1, qPrintable(listIssues(catalog.issues())));
    QCOMPARE(folder.first().message, u"no evidence library (spinereview-evidence/1) in the folder"_s);
    for (const QString& id : kShippedSets)
        QCOMPARE(issuesOf(catalog, dir.filePath(id + u".json"_s)).size(), 1);
}

void TestCriteriaCatalog::duplicateSetIds()
{
    QTemporaryDir dir;
    QVERIFY(makeFolder(dir, {{u"reference-copy.json"_s, readFile(shippedPath(u"reference.json"_s))}}));
    const CriteriaCatalog catalog = CriteriaCatalog::loadDirectory(dir.path());
    QVERIFY2(catalog.issues().size() == 1, qPrintable(listIssues(catalog.issues())));
    const ValidationIssue& issue = catalog.issues().first();
    QCOMPARE(issue.path, u"id"_s);
    QVERIFY2(issue.message.startsWith(u"duplicate set id \"reference\""_s), qPrintable(issue.message));
    // The message names both files.
    const QString original = dir.filePath(u"reference.json"_s);
    const QString copy = dir.filePath(u"reference-copy.json"_s);
    QVERIFY2((issue.file == original && issue.message.contains(copy)) ||
                 (issue.file == copy && issue.message.contains(original)),
             qPrintable(issue.toString()));
    // One set per id, never two.
    QCOMPARE(setIds(catalog), kShippedSets);
}

void TestCriteriaCatalog::extendsCycle()
{
    QTemporaryDir dir;
    QVERIFY(makeFolder(dir, {{u"cycle-a.json"_s, readFile(brokenFixture(u"cycle-a.json"_s))},
                             {u"cycle-b.json"_s, readFile(brokenFixture(u"cycle-b.json"_s))}}));
    const CriteriaCatalog catalog = CriteriaCatalog::loadDirectory(dir.path());
    QCOMPARE(setIds(catalog), kShippedSets);
    QVERIFY2(catalog.issues().size() == 2, qPrintable(listIssues(catalog.issues())));
    for (const QString& id : {u"cycle-a"_s, u"cycle-b"_s}) {
        const ValidationIssues cycle = issuesOf(catalog, dir.filePath(id + u".json"_s));
        QVERIFY2(cycle.size() == 1, qPrintable(listIssues(catalog.issues())));
        QCOMPARE(cycle.first().path, u"extends"_s);
        QVERIFY2(cycle.first().message.contains(u"cycle"_s), qPrintable(cycle.first().message));
        QVERIFY2(cycle.first().message.contains(u"cycle-a → cycle-b"_s) ||
                     cycle.first().message.contains(u"cycle-b → cycle-a"_s),
                 qPrintable(cycle.first().message));
    }
}

void TestCriteriaCatalog::missingExtendsTarget()
{
    QTemporaryDir dir;
    QVERIFY(makeFolder(dir, {{u"payer-cmm609.json"_s, readFile(brokenFixture(u"extends-missing.json"_s))}}));
    const CriteriaCatalog catalog = CriteriaCatalog::loadDirectory(dir.path());
    QCOMPARE(setIds(catalog), (QStringList{u"reference"_s, u"founding-review"_s}));
    QVERIFY2(catalog.issues().size() == 1, qPrintable(listIssues(catalog.issues())));
    const ValidationIssue& issue = catalog.issues().first();
    QCOMPARE(issue.file, dir.filePath(u"payer-cmm609.json"_s));
    QCOMPARE(issue.path, u"extends"_s);
    QCOMPARE(issue.message, u"extends \"nowhere\", which is not in the folder"_s);
}

void TestCriteriaCatalog::unknownFormat()
{
    QTemporaryDir dir;
    QVERIFY(makeFolder(dir, {{u"notes.json"_s, R"({"format": "spinereview-notes/1"})"}}));
    const CriteriaCatalog catalog = CriteriaCatalog::loadDirectory(dir.path());
    QCOMPARE(setIds(catalog), kShippedSets);
    QVERIFY2(catalog.issues().size() == 1, qPrintable(listIssues(catalog.issues())));
    QCOMPARE(catalog.issues().first().file, dir.filePath(u"notes.json"_s));
    QCOMPARE(catalog.issues().first().path, u"format"_s);
}

void TestCriteriaCatalog::missingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"no-such-folder"_s);
    const CriteriaCatalog catalog = CriteriaCatalog::loadDirectory(missing);
    QVERIFY(catalog.sets().isEmpty());
    QVERIFY(!catalog.defaultSet());
    QVERIFY(!catalog.find(u"reference"_s));
    QVERIFY2(catalog.issues().size() == 1, qPrintable(listIssues(catalog.issues())));
    QCOMPARE(catalog.issues().first().file, missing);
    QCOMPARE(catalog.directory(), missing);
}

void TestCriteriaCatalog::emptyFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CriteriaCatalog catalog = CriteriaCatalog::loadDirectory(dir.path());
    QVERIFY(catalog.sets().isEmpty());
    QVERIFY(!catalog.defaultSet());
    QVERIFY2(!catalog.issues().isEmpty(), "an empty folder loaded without complaint");
}

QTEST_GUILESS_MAIN(TestCriteriaCatalog)
#include "tst_criteriacatalog.moc"
