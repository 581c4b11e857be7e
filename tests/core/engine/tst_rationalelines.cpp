// SPDX-License-Identifier: GPL-3.0-or-later
// RationaleLines: a rationale tree read from the top, opened into the children that decide each status — as
// the command line's reasons (met criteria closed) and the printed reports (met criteria opened) read it.
#include "core/case/casereader.h"
#include "core/criteria/criteriacatalog.h"
#include "core/engine/evaluator.h"
#include "core/engine/rationalelines.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;

namespace {

using Opening = RationaleLines::Opening;

// How many lines the tree gives when each node opens into exactly its deciding children.
int expectedLines(const CriterionOutcome& outcome, Opening opening)
{
    int lines = 1;
    if (outcome.status == Status::Met && opening == Opening::Undecided)
        return lines;
    for (const CriterionOutcome& child : outcome.children) {
        if (RationaleLines::decides(outcome, child))
            lines += expectedLines(child, opening);
    }
    return lines;
}

} // namespace

class TestRationaleLines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decidingChildren_data();
    void decidingChildren();
    void everyTreeReadsParentBeforeChildren_data();
    void everyTreeReadsParentBeforeChildren();
    void metCriteriaStayClosedForTheCommandLine();
    void metTreesOpenOnlyIntoMetCriteria();

private:
    CriteriaCatalog m_catalog;
    std::optional<SpineCase> m_seed;
    QList<EvaluationResult> m_results;
};

void TestRationaleLines::initTestCase()
{
    m_catalog = CriteriaCatalog::loadDirectory(QStringLiteral(SPINEREVIEW_SOURCE_DIR "/criteria"));
    QCOMPARE(m_catalog.sets().size(), 3);
    const CaseReadResult read =
        CaseReader::readFile(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/seed-l5s1-revision.json"));
    QVERIFY(read.ok());
    m_seed = read.value;
    for (const CriteriaSetPtr& set : m_catalog.sets())
        m_results.append(Evaluator::evaluate(*m_seed, set, *m_seed->reviewDate));
}

void TestRationaleLines::decidingChildren_data()
{
    QTest::addColumn<Status>("parent");
    QTest::addColumn<Status>("child");
    QTest::addColumn<bool>("decides");
    const Status met = Status::Met;
    const Status notMet = Status::NotMet;
    const Status incomplete = Status::Incomplete;
    QTest::newRow("met / met") << met << met << true;
    QTest::newRow("met / not met") << met << notMet << false;
    QTest::newRow("met / incomplete") << met << incomplete << false;
    QTest::newRow("not met / not met") << notMet << notMet << true;
    QTest::newRow("not met / met") << notMet << met << false;
    QTest::newRow("not met / incomplete") << notMet << incomplete << false;
    QTest::newRow("incomplete / incomplete") << incomplete << incomplete << true;
    QTest::newRow("incomplete / not met") << incomplete << notMet << true;
    QTest::newRow("incomplete / met") << incomplete << met << false;
}

void TestRationaleLines::decidingChildren()
{
    QFETCH(Status, parent);
    QFETCH(Status, child);
    QFETCH(bool, decides);
    CriterionOutcome parentOutcome;
    parentOutcome.status = parent;
    CriterionOutcome childOutcome;
    childOutcome.status = child;
    QCOMPARE(RationaleLines::decides(parentOutcome, childOutcome), decides);
}

void TestRationaleLines::everyTreeReadsParentBeforeChildren_data()
{
    QTest::addColumn<int>("opening");
    QTest::newRow("undecided") << static_cast<int>(Opening::Undecided);
    QTest::newRow("all") << static_cast<int>(Opening::All);
}

void TestRationaleLines::everyTreeReadsParentBeforeChildren()
{
    QFETCH(int, opening);
    const auto how = static_cast<Opening>(opening);
    for (const EvaluationResult& result : std::as_const(m_results)) {
        for (const ComponentOutcome& component : result.components) {
            for (const CriterionOutcome& tree : component.criteria) {
                const QList<RationaleLines::Line> lines = RationaleLines::flatten(tree, how);
                QCOMPARE(lines.size(), expectedLines(tree, how));
                QCOMPARE(lines.first().outcome, &tree);
                QCOMPARE(lines.first().depth, 0);
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const RationaleLines::Line& line = lines[i];
                    QVERIFY(line.depth >= 1 && line.depth <= lines[i - 1].depth + 1);
                    // The nearest line above at one level less is its parent, and the child decides it.
                    qsizetype parent = i - 1;
                    while (lines[parent].depth != line.depth - 1)
                        --parent;
                    const CriterionOutcome& above = *lines[parent].outcome;
                    QVERIFY(std::any_of(above.children.cbegin(), above.children.cend(),
                                        [&line](const CriterionOutcome& child) { return &child == line.outcome; }));
                    QVERIFY(RationaleLines::decides(above, *line.outcome));
                    QVERIFY2(!line.text.contains(u"{level}"_s), qPrintable(line.text));
                }
            }
        }
    }
}

void TestRationaleLines::metCriteriaStayClosedForTheCommandLine()
{
    const ComponentOutcome* decompression = m_results.first().component(Component::Decompression);
    QVERIFY(decompression);
    QCOMPARE(decompression->status, Status::Met);
    const QList<RationaleLines::Line> lines =
        RationaleLines::flatten(decompression->criteria.front(), Opening::Undecided);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().text, u"Decompression at L5-S1"_s);
}

void TestRationaleLines::metTreesOpenOnlyIntoMetCriteria()
{
    for (const EvaluationResult& result : std::as_const(m_results)) {
        for (const ComponentOutcome& component : result.components) {
            if (component.status != Status::Met)
                continue;
            for (const CriterionOutcome& tree : component.criteria) {
                const QList<RationaleLines::Line> lines = RationaleLines::flatten(tree, Opening::All);
                QVERIFY(lines.size() >= 1);
                for (const RationaleLines::Line& line : lines)
                    QCOMPARE(line.outcome->status, Status::Met);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestRationaleLines)
#include "tst_rationalelines.moc"
