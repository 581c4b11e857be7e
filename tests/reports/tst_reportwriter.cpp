// SPDX-License-Identifier: GPL-3.0-or-later
// The three documents made from the seed case, written as PDFs and read back with pdftotext: identifiers, the
// criteria set on every page, the engine's determinations, the missing records, only met indications in the
// letter, citations, and a stored review's decisions and reasons.

#include "core/case/caselabels.h"
#include "core/criteria/evidencecitation.h"
#include "core/engine/missingdocumentation.h"
#include "core/engine/outcomesummary.h"
#include "core/engine/rationalelines.h"
#include "jsonedit.h"
#include "pdftext.h"
#include "reports/casetext.h"
#include "reports/reportsections.h"
#include "reports/reportwriter.h"
#include "seeddeterminations.h"
#include "seedfixture.h"
#include "storagefixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

// pdftotext breaks lines where the layout did: text is compared with all white space taken out.
QString squeezed(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.remove(space);
}

// Why a storage call failed (QVERIFY2 evaluates its message even when the call succeeded).
template <typename T> QByteArray why(const StorageResult<T>& result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

Component componentOf(const QString& name)
{
    return *enumFromString<Component>(name);
}

} // namespace

class TestReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageNamesCaseAndCriteria_data();
    void everyPageNamesCaseAndCriteria();
    void summaryShowsTheEngineDeterminations_data();
    void summaryShowsTheEngineDeterminations();
    void summaryCarriesTheReviewersDecisions();
    void letterClaimsOnlyMetIndications_data();
    void letterClaimsOnlyMetIndications();
    void letterTellsTheClinicalRecord();
    void requestListsTheMissingDocumentation();
    void requestShowsTheDueTimeTheClockGives_data();
    void requestShowsTheDueTimeTheClockGives();
    void caseTextIsEscaped();
    void unwritablePathIsReported();
    void newFileIsReadableByItsOwnerOnly();

private:
    ReportInput input(const QString& setId, const std::optional<SpineCase>& spineCase = std::nullopt) const;
    // Writes the PDF and returns its text (one page, or all); empty after failing the test.
    QString written(ReportKind kind, const ReportInput& input, int page = 0);
    static std::optional<SpineCase> seedWith(const QString& pointer, const QString& value);

    spinereview::testing::SeedFixture m_seed;
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestReportWriter::initTestCase()
{
    QString error;
    QVERIFY2(m_seed.load(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
}

ReportInput TestReportWriter::input(const QString& setId, const std::optional<SpineCase>& spineCase) const
{
    const SpineCase& chosen = spineCase ? *spineCase : *m_seed.seed;
    return {chosen,
            Evaluator::evaluate(chosen, m_seed.catalog.find(setId), *chosen.reviewDate),
            m_seed.catalog.evidence(),
            std::nullopt,
            {}};
}

QString TestReportWriter::written(ReportKind kind, const ReportInput& input, int page)
{
    const QString path = m_dir.filePath(u"report-%1.pdf"_s.arg(++m_files));
    QString error;
    if (!ReportWriter::writePdf(kind, input, path, &error)) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return {};
    }
    const QString text = ::testing::pdfText(path, &error, page);
    if (text.isEmpty())
        QTest::qFail(qPrintable(error.isEmpty() ? u"no text in "_s + path : error), __FILE__, __LINE__);
    return text;
}

std::optional<SpineCase> TestReportWriter::seedWith(const QString& pointer, const QString& value)
{
    QFile file(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/seed-l5s1-revision.json"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject edited = JsonEdit::withEdit(QJsonDocument::fromJson(file.readAll()).object(), pointer, value);
    return CaseReader::readObject(edited, u"edited seed"_s).value;
}

void TestReportWriter::everyPageNamesCaseAndCriteria_data()
{
    QTest::addColumn<ReportKind>("kind");
    QTest::newRow("summary") << ReportKind::Summary;
    QTest::newRow("letter") << ReportKind::Letter;
    QTest::newRow("rfi") << ReportKind::RequestForInformation;
}

void TestReportWriter::everyPageNamesCaseAndCriteria()
{
    QFETCH(ReportKind, kind);
    const ReportInput made = input(u"reference"_s);
    const CriteriaSetInfo& info = made.result.criteriaSet->info;
    const QString whole = written(kind, made);
    QVERIFY(!whole.isEmpty());
    const QRegularExpressionMatch count = QRegularExpression(u"Page 1 of (\\d+)"_s).match(whole);
    QVERIFY2(count.hasMatch(), qPrintable(whole.left(400)));
    const int pages = count.captured(1).toInt();
    QVERIFY(pages >= 1);
    if (kind == ReportKind::Summary)
        QVERIFY2(pages >= 2, "the seed's summary takes more than a page: the footer must repeat");
    for (int page = 1; page <= pages; ++page) {
        const QString text = squeezed(written(kind, made, page));
        QVERIFY2(text.contains(squeezed(u"Page %1 of %2"_s.arg(page).arg(pages))), qPrintable(text));
        QVERIFY2(text.contains(info.sha256), qPrintable(u"page %1 lacks the hash"_s.arg(page)));
        QVERIFY(text.contains(squeezed(info.title)));
        QVERIFY(text.contains(squeezed(u"version "_s + info.version)));
        QVERIFY(text.contains(squeezed(u"case seed-l5s1-revision"_s)));
        QVERIFY(text.contains(squeezed(ReportWriter::title(kind))));
    }
}

void TestReportWriter::summaryShowsTheEngineDeterminations_data()
{
    QTest::addColumn<QString>("set");
    for (const char* set : {"reference", "founding-review", "payer-cmm609"})
        QTest::newRow(set) << QString::fromLatin1(set);
}

void TestReportWriter::summaryShowsTheEngineDeterminations()
{
    QFETCH(QString, set);
    const ReportInput made = input(set);
    const QString text = squeezed(written(ReportKind::Summary, made));
    QVERIFY(!text.isEmpty());
    const CriteriaSetInfo& info = made.result.criteriaSet->info;
    for (const QString& identifier : {u"seed-l5s1-revision"_s, u"L5-S1"_s, u"M48.062"_s, u"2025-11-17"_s, info.title,
                                      info.id, info.version, info.sha256, info.evidenceSha256})
        QVERIFY2(text.contains(squeezed(identifier)), qPrintable(identifier));

    // The engine agrees with the reference table, and the summary shows what the engine says.
    for (const QString& entry : ::testing::seedDeterminations(set)) {
        const Component component = componentOf(entry.section(u'=', 0, 0));
        const ComponentOutcome* outcome = made.result.component(component);
        QVERIFY(outcome);
        QCOMPARE(statusName(outcome->status), entry.section(u'=', 1));
        const QString heading = CaseLabels::component(component) + u" — "_s + statusMark(outcome->status);
        QVERIFY2(text.contains(squeezed(heading)), qPrintable(heading));
        QVERIFY2(text.contains(squeezed(outcome->summary)), qPrintable(outcome->summary));
        // The rationale, flattened: every criterion that decides the status, with its status.
        for (const CriterionOutcome& tree : outcome->criteria) {
            for (const RationaleLines::Line& line : RationaleLines::flatten(tree, RationaleLines::Opening::All))
                QVERIFY2(text.contains(squeezed(statusMark(line.outcome->status) + line.text)), qPrintable(line.text));
        }
        for (const QString& record : outcome->missing)
            QVERIFY2(text.contains(squeezed(record)), qPrintable(record));
        for (const QString& caution : outcome->cautions)
            QVERIFY2(text.contains(squeezed(caution)), qPrintable(caution));
    }
    QVERIFY(text.contains(squeezed(u"No reviewer decision recorded"_s)));
    QVERIFY(text.contains(squeezed(u"Decision support for a qualified reviewer — the reviewer decides"_s)));

    // Every criterion's citations are listed, by their entry in the evidence library.
    QVERIFY(text.contains(u"References"_s));
    const CriterionNode* root = made.result.component(Component::Decompression)->criteria.front().node;
    QVERIFY(!root->evidence.isEmpty());
    for (const QString& id : root->evidence) {
        const EvidenceEntry* entry = made.evidence->find(id);
        QVERIFY(entry);
        QVERIFY2(text.contains(squeezed(EvidenceCitation::title(*entry))), qPrintable(id));
    }
}

void TestReportWriter::summaryCarriesTheReviewersDecisions()
{
    StorageFixture storage(DatabaseBackend::Sqlite);
    QVERIFY2(storage.isValid(), qPrintable(storage.error()));
    QFile file(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/seed-l5s1-revision.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto [stored, review] = storage.importWithReview(file.readAll());
    StorageResult<Reviewer> advisor =
        storage.reviewers().add(u"Dr Ada Okafor"_s, ReviewerRole::PhysicianAdvisor, StorageFixture::importer());
    QVERIFY2(advisor.ok(), why(advisor).constData());

    const QString reason = u"Flexion–extension films received by fax show 4 mm translation at L5-S1"_s;
    const QString note = u"Office called: the 2018 operative note is on its way"_s;
    review.reviewerRef = advisor.value().ref;
    review.status = ReviewStatus::InReview;
    review.component(Component::Fusion)->decision = Status::Met;
    review.component(Component::Fusion)->reason = reason;
    review.component(Component::Decompression)->decision = Status::Met;
    const QString criterionId = input(u"reference"_s).result.component(Component::Fusion)->criteria.front().node->id;
    review.notes.append({criterionId, Level::L5S1, note});
    StorageResult<Review> saved = storage.reviews().save(review, Actor::of(advisor.value()));
    QVERIFY2(saved.ok(), why(saved).constData());

    ReportInput made = input(u"reference"_s);
    made.review = saved.value();
    made.assignedReviewer = advisor.value().name;
    const QString text = squeezed(written(ReportKind::Summary, made));
    QVERIFY(!text.contains(squeezed(u"No reviewer decision recorded"_s)));
    QVERIFY2(text.contains(squeezed(reason)), "the reviewer's reason");
    QVERIFY2(text.contains(squeezed(note)), "the reviewer's note");
    QVERIFY(text.contains(squeezed(advisor.value().name)));
    QVERIFY(text.contains(squeezed(u"in review"_s)));
    // The decision beside the engine's determination, in the order the table reads.
    QVERIFY(text.contains(squeezed(u"Fusion ? incomplete ✔ met"_s + reason)));
    QVERIFY(text.contains(squeezed(u"Bone marrow aspirate ✖ not met not decided"_s)));
}

void TestReportWriter::letterClaimsOnlyMetIndications_data()
{
    summaryShowsTheEngineDeterminations_data();
}

void TestReportWriter::letterClaimsOnlyMetIndications()
{
    QFETCH(QString, set);
    const ReportInput made = input(set);
    const QString text = squeezed(written(ReportKind::Letter, made));
    QVERIFY(!text.isEmpty());
    const qsizetype start = text.indexOf(squeezed(u"Indications met"_s));
    qsizetype end = text.indexOf(squeezed(u"Not supported by the criteria as documented"_s));
    if (end < 0)
        end = text.indexOf(u"Sincerely"_s);
    QVERIFY(start >= 0 && end > start);
    const QString indications = text.mid(start, end - start);
    const QString unsupported = text.mid(end, text.indexOf(u"Sincerely"_s) - end);

    for (const ComponentOutcome& outcome : made.result.components) {
        const QString heading = CaseText::componentAt(outcome.component, made.spineCase.levelsOf(outcome.component));
        if (outcome.status == Status::Met) {
            QVERIFY2(indications.contains(squeezed(heading)), qPrintable(heading));
            for (const CriterionOutcome& tree : outcome.criteria) {
                for (const RationaleLines::Line& line : RationaleLines::flatten(tree, RationaleLines::Opening::All)) {
                    QCOMPARE(line.outcome->status, Status::Met);
                    QVERIFY2(indications.contains(squeezed(line.text)), qPrintable(line.text));
                }
            }
            QVERIFY(!unsupported.contains(squeezed(CaseLabels::component(outcome.component) + u" (L5-S1:"_s)));
        } else {
            QVERIFY2(!indications.contains(squeezed(heading)), qPrintable(heading));
            for (const CriterionOutcome& tree : outcome.criteria)
                QVERIFY2(!indications.contains(squeezed(OutcomeSummary::withLevel(tree.node->text, tree.level))),
                         qPrintable(tree.node->text));
            const QString line =
                CaseLabels::component(outcome.component) + u" ("_s + ReportSections::levelStatuses(outcome) + u')';
            QVERIFY2(unsupported.contains(squeezed(line)), qPrintable(line));
        }
    }
    for (const QString& blank : {u"Surgeon's name:"_s, u"Signature:"_s, u"Date:"_s, u"NPI:"_s})
        QVERIFY2(text.contains(squeezed(blank)), qPrintable(blank));
    QVERIFY(text.contains(u"References"_s));
}

void TestReportWriter::letterTellsTheClinicalRecord()
{
    std::optional<SpineCase> covered =
        seedWith(u"coverage"_s,
                 u"{\"payer\": \"Acme Health Plan\", \"planType\": \"commercial\", \"memberId\": \"AHP-20417\"}"_s);
    QVERIFY(covered);
    const QString text = squeezed(written(ReportKind::Letter, input(u"reference"_s, covered)));
    for (const QString& expected :
         {u"To: Acme Health Plan, utilization review"_s, u"AHP-20417"_s, u"seed-l5s1-revision"_s, u"67 years"_s,
          u"Neurogenic claudication yes"_s, u"Duration 40 weeks"_s, u"Pain score 8/10"_s,
          u"Laminectomy at L5-S1, 2018-04-09"_s, u"MRI, 2025-08-20"_s,
          u"central stenosis moderate; lateral recess stenosis left severe, right moderate"_s,
          u"2025-09-05: S1 left radiculopathy (acute on chronic); S1 right radiculopathy (chronic)"_s,
          u"Physical therapy 2025-03-03 2025-05-30 14 No improvement"_s,
          u"Epidural steroid injection 2025-06-12 2025-08-01 2 Partial"_s, u"Gabapentinoid 2025-05-01 ongoing"_s})
        QVERIFY2(text.contains(squeezed(expected)), qPrintable(expected));
    // Without coverage the payer's line is left blank to fill in.
    QVERIFY(squeezed(written(ReportKind::Letter, input(u"reference"_s))).contains(squeezed(u"To (payer):"_s)));
}

void TestReportWriter::requestListsTheMissingDocumentation()
{
    const ReportInput made = input(u"reference"_s);
    const QString text = squeezed(written(ReportKind::RequestForInformation, made));
    QVERIFY(!text.isEmpty());
    QVERIFY(text.contains(squeezed(u"To: the requesting provider"_s)));
    QVERIFY(text.contains(u"seed-l5s1-revision"_s));
    const std::vector<MissingDocumentation::Group> groups = MissingDocumentation::groups(made.result);
    QVERIFY(!groups.empty());
    for (const MissingDocumentation::Group& group : groups) {
        const QString where =
            CaseLabels::component(group.component) + (group.level ? u" at "_s + enumToString(*group.level) : QString());
        QVERIFY2(text.contains(squeezed(u"To settle "_s + where + u':')), qPrintable(where));
        for (const QString& record : group.records)
            QVERIFY2(text.contains(squeezed(record)), qPrintable(record));
    }
    // The seed has no receipt time: no clock, so no date is invented.
    QVERIFY(!text.contains(squeezed(u"Response requested"_s)));
    QVERIFY(!text.contains(squeezed(u"Determination due"_s)));
}

void TestReportWriter::requestShowsTheDueTimeTheClockGives_data()
{
    QTest::addColumn<QString>("urgency");
    QTest::addColumn<QString>("due");
    QTest::newRow("expedited") << u"expedited"_s << u"2025-11-13 09:30 UTC-05:00 (expedited: 72 hours after receipt)"_s;
    QTest::newRow("standard") << u"standard"_s
                              << u"2025-11-17 09:30 UTC-05:00 (standard: 7 calendar days after receipt)"_s;
}

void TestReportWriter::requestShowsTheDueTimeTheClockGives()
{
    QFETCH(QString, urgency);
    QFETCH(QString, due);
    std::optional<SpineCase> received = seedWith(u"request/receivedAt"_s, u"\"2025-11-10T09:30:00-05:00\""_s);
    QVERIFY(received);
    received->request.urgency = enumFromString<Urgency>(urgency);
    const QString text = squeezed(written(ReportKind::RequestForInformation, input(u"reference"_s, received)));
    QVERIFY2(text.contains(squeezed(u"Response requested before the determination is due: "_s + due)),
             qPrintable(text));
    QVERIFY(text.contains(squeezed(u"Received 2025-11-10 09:30 UTC-05:00"_s)));
}

void TestReportWriter::caseTextIsEscaped()
{
    SpineCase odd = *m_seed.seed;
    odd.caseId = u"<b>case</b> & \"co\""_s;
    odd.notes = u"</table><h1>not a heading</h1>"_s;
    ReportInput made = input(u"reference"_s, odd);
    for (ReportKind kind : {ReportKind::Summary, ReportKind::Letter, ReportKind::RequestForInformation}) {
        const QString text = ReportWriter::plainText(kind, made);
        QVERIFY2(text.contains(odd.caseId), qPrintable(text.left(300)));
        QVERIFY(!ReportWriter::html(kind, made).contains(u"<b>case</b>"_s));
    }
    QCOMPARE(ReportWriter::suggestedFileName(ReportKind::Letter, made), u"b-case-b-co-letter.pdf"_s);
    QCOMPARE(ReportWriter::suggestedFileName(ReportKind::RequestForInformation, input(u"reference"_s)),
             u"seed-l5s1-revision-rfi.pdf"_s);
}

void TestReportWriter::unwritablePathIsReported()
{
    const ReportInput made = input(u"reference"_s);
    QString error;
    const QString missingFolder = m_dir.filePath(u"no-such-folder/summary.pdf"_s);
    QVERIFY(!ReportWriter::writePdf(ReportKind::Summary, made, missingFolder, &error));
    QVERIFY2(error.contains(missingFolder), qPrintable(error));
    QVERIFY(!QFile::exists(missingFolder));
    error.clear();
    QVERIFY(!ReportWriter::writePdf(ReportKind::Summary, made, m_dir.path(), &error));
    QVERIFY2(error.contains(u"folder"_s), qPrintable(error));
}

void TestReportWriter::newFileIsReadableByItsOwnerOnly()
{
    const QString path = m_dir.filePath(u"owner-only.pdf"_s);
    QString error;
    QVERIFY2(ReportWriter::writePdf(ReportKind::Letter, input(u"reference"_s), path, &error), qPrintable(error));
    QCOMPARE(QFile::permissions(path) &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(QFile(path).size() > 1000);
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
}

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
