// SPDX-License-Identifier: GPL-3.0-or-later
// `spinereview report` as a user runs it: the real binary, each kind of document read back from its PDF with
// pdftotext, a stored review's decision and reason in the summary, and every way the command is misused.

#include "pdftext.h"
#include "processrun.h"
#include "storagefixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

enum ExitStatus { Done = 0, Usage = 1, BadInput = 2, CriteriaFailed = 3, DatabaseFailed = 5 };

QString seedCase()
{
    return QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/seed-l5s1-revision.json");
}

testing::ProcessRun report(const QStringList& arguments)
{
    return testing::runProcess(QStringLiteral(SPINEREVIEW_BINARY_DIR "/bin/spinereview"),
                               QStringList{u"report"_s} + arguments);
}

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesEachKind_data();
    void writesEachKind();
    void includesTheStoredReview();
    void refusesAReviewOfAnotherCase();
    void refusesAnotherCriteriaSetThanTheReviews();
    void badKindIsUsage_data();
    void badKindIsUsage();
    void badCaseNamesFileAndPath();
    void unwritableOutputIsReported();

private:
    // A database with the seed case stored and its review decided in part: fusion met, with a reason.
    qint64 storeReview(const QString& reason);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StorageFixture> m_storage;
};

void TestReportCli::init()
{
    m_storage.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

qint64 TestReportCli::storeReview(const QString& reason)
{
    m_storage = std::make_unique<StorageFixture>(DatabaseBackend::Sqlite);
    if (!m_storage->isValid()) {
        QTest::qFail(qPrintable(m_storage->error()), __FILE__, __LINE__);
        return 0;
    }
    QFile file(seedCase());
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    auto [stored, review] = m_storage->importWithReview(file.readAll());
    StorageResult<Reviewer> advisor =
        m_storage->reviewers().add(u"Dr Ada Okafor"_s, ReviewerRole::PhysicianAdvisor, StorageFixture::importer());
    if (!advisor.ok())
        return 0;
    review.reviewerRef = advisor.value().ref;
    review.status = ReviewStatus::InReview;
    review.component(Component::Fusion)->decision = Status::Met;
    review.component(Component::Fusion)->reason = reason;
    StorageResult<Review> saved = m_storage->reviews().save(review, Actor::of(advisor.value()));
    if (!saved.ok()) {
        QTest::qFail(qPrintable(saved.error().message), __FILE__, __LINE__);
        return 0;
    }
    m_storage->close();
    return saved.value().ref;
}

void TestReportCli::writesEachKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("content");
    QTest::newRow("summary") << u"summary"_s << u"Utilization review summary"_s << u"Fusion — ? incomplete"_s;
    QTest::newRow("letter") << u"letter"_s << u"Letter of medical necessity"_s << u"Indications met"_s;
    QTest::newRow("rfi") << u"rfi"_s << u"Request for additional information"_s << u"To settle Fusion at L5-S1:"_s;
}

void TestReportCli::writesEachKind()
{
    QFETCH(QString, kind);
    QFETCH(QString, title);
    QFETCH(QString, content);
    const QString pdf = m_dir->filePath(kind + u".pdf"_s);
    const testing::ProcessRun run = report({seedCase(), u"--kind"_s, kind, u"--pdf"_s, pdf});
    QVERIFY2(run.status == Done, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(pdf), qPrintable(run.describe()));
    QString error;
    const QString text = testing::pdfText(pdf, &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    for (const QString& expected : {title, content, u"seed-l5s1-revision"_s, u"version 2026.1"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text.left(600)));
}

void TestReportCli::includesTheStoredReview()
{
    const QString reason = u"Flexion–extension films received: 4 mm translation"_s;
    const qint64 ref = storeReview(reason);
    QVERIFY(ref > 0);
    const QString pdf = m_dir->filePath(u"reviewed.pdf"_s);
    const testing::ProcessRun run = report({seedCase(), u"--kind"_s, u"summary"_s, u"--pdf"_s, pdf, u"--database"_s,
                                            m_storage->place().location().path, u"--review"_s, QString::number(ref)});
    QVERIFY2(run.status == Done, qPrintable(run.describe()));
    QString error;
    const QString text = testing::pdfText(pdf, &error);
    QVERIFY2(text.contains(reason), qPrintable(error + text.left(2000)));
    QVERIFY(text.contains(u"Dr Ada Okafor"_s));
    QVERIFY(!text.contains(u"No reviewer decision recorded"_s));

    // A review that is not there.
    const testing::ProcessRun missing = report({seedCase(), u"--kind"_s, u"summary"_s, u"--pdf"_s, pdf, u"--database"_s,
                                                m_storage->place().location().path, u"--review"_s, u"999"_s});
    QVERIFY2(missing.status == DatabaseFailed && missing.err.contains(u"999"_s), qPrintable(missing.describe()));
}

void TestReportCli::refusesAReviewOfAnotherCase()
{
    const qint64 ref = storeReview(u"records received"_s);
    QVERIFY(ref > 0);
    const QString other = QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/minimal-required-only.json");
    const QString pdf = m_dir->filePath(u"other.pdf"_s);
    const testing::ProcessRun run = report({other, u"--kind"_s, u"summary"_s, u"--pdf"_s, pdf, u"--database"_s,
                                            m_storage->place().location().path, u"--review"_s, QString::number(ref)});
    QVERIFY2(run.status == BadInput, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"seed-l5s1-revision"_s), qPrintable(run.describe()));
    QVERIFY(!QFile::exists(pdf));
}

void TestReportCli::refusesAnotherCriteriaSetThanTheReviews()
{
    const qint64 ref = storeReview(u"records received"_s);
    QVERIFY(ref > 0);
    const testing::ProcessRun run = report(
        {seedCase(), u"--kind"_s, u"summary"_s, u"--pdf"_s, m_dir->filePath(u"x.pdf"_s), u"--criteria"_s,
         u"payer-cmm609"_s, u"--database"_s, m_storage->place().location().path, u"--review"_s, QString::number(ref)});
    QVERIFY2(run.status == Usage && run.err.contains(u"reference"_s), qPrintable(run.describe()));
}

void TestReportCli::badKindIsUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown kind") << QStringList{seedCase(), u"--kind"_s, u"memo"_s, u"--pdf"_s, u"x.pdf"_s}
                                  << u"--kind is summary, letter or rfi, not \"memo\""_s;
    QTest::newRow("no kind") << QStringList{seedCase(), u"--pdf"_s, u"x.pdf"_s} << u"--kind is summary"_s;
    QTest::newRow("no pdf") << QStringList{seedCase(), u"--kind"_s, u"letter"_s} << u"--pdf"_s;
    QTest::newRow("no case") << QStringList{u"--kind"_s, u"letter"_s, u"--pdf"_s, u"x.pdf"_s}
                             << u"expected exactly one case file"_s;
    QTest::newRow("bad review") << QStringList{seedCase(), u"--kind"_s,   u"summary"_s, u"--pdf"_s,
                                               u"x.pdf"_s, u"--review"_s, u"twelve"_s}
                                << u"--review takes a review number"_s;
    QTest::newRow("unknown option") << QStringList{seedCase(), u"--kind"_s, u"rfi"_s,
                                                   u"--pdf"_s, u"x.pdf"_s,  u"--colour"_s}
                                    << u"--colour"_s;
    QTest::newRow("unknown set") << QStringList{seedCase(), u"--kind"_s,     u"rfi"_s,     u"--pdf"_s,
                                                u"x.pdf"_s, u"--criteria"_s, u"nonesuch"_s}
                                 << u"unknown criteria set \"nonesuch\""_s;
}

void TestReportCli::badKindIsUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QVERIFY(QDir::setCurrent(m_dir->path()));
    const testing::ProcessRun run = report(arguments);
    QVERIFY2(run.status == Usage, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(message), qPrintable(run.describe()));
    QVERIFY(!QFile::exists(m_dir->filePath(u"x.pdf"_s)));
}

void TestReportCli::badCaseNamesFileAndPath()
{
    const QString bad = QStringLiteral(SPINEREVIEW_TEST_DATA "/bad/date-not-a-date.json");
    const QString pdf = m_dir->filePath(u"bad.pdf"_s);
    const testing::ProcessRun run = report({bad, u"--kind"_s, u"summary"_s, u"--pdf"_s, pdf});
    QVERIFY2(run.status == BadInput, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(bad + u": conservativeTherapy[0].start: "_s), qPrintable(run.describe()));
    QVERIFY(!QFile::exists(pdf));
}

void TestReportCli::unwritableOutputIsReported()
{
    const QString pdf = m_dir->filePath(u"no-such-folder/summary.pdf"_s);
    const testing::ProcessRun run = report({seedCase(), u"--kind"_s, u"summary"_s, u"--pdf"_s, pdf});
    QVERIFY2(run.status == Usage, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"cannot write "_s + pdf), qPrintable(run.describe()));
    QVERIFY(!QFileInfo::exists(pdf));
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
