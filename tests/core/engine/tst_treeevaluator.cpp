// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's three-valued logic, combinator by combinator, and the assumed-absent rule of leaves.
#include "core/criteria/criterionnode.h"
#include "core/engine/treeevaluator.h"
#include "core/json/validationissue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <deque>
#include <map>

using namespace Qt::StringLiterals;
using namespace spinereview;

Q_DECLARE_METATYPE(spinereview::Status)

namespace {

// Facts by hand: whatever a test puts in, unknown otherwise.
class MapFactSource final : public FactSource
{
public:
    std::map<FactId, FactValue> values;
    const FactValue& value(FactId id, std::optional<Level>) const override
    {
        const auto it = values.find(id);
        return it == values.end() ? m_unknown : it->second;
    }

private:
    FactValue m_unknown = FactValue::unknown(u"the record"_s);
};

const auto M = Status::Met;
const auto N = Status::NotMet;
const auto I = Status::Incomplete;

class Trees
{
public:
    const CriterionNode* constant(Status status)
    {
        CriterionNode node;
        node.kind = CriterionNode::Kind::Constant;
        node.constant = status;
        node.id = u"c"_s;
        m_nodes.push_back(node);
        return &m_nodes.back();
    }
    const CriterionNode* combine(CriterionNode::Kind kind, std::vector<const CriterionNode*> children, int atLeast = 0)
    {
        CriterionNode node;
        node.kind = kind;
        node.children = std::move(children);
        node.atLeast = atLeast;
        node.id = u"n"_s;
        m_nodes.push_back(node);
        return &m_nodes.back();
    }
    const CriterionNode* condition(const QByteArray& json, bool assumedAbsent)
    {
        ValidationIssues issues;
        CriterionNode node;
        node.kind = CriterionNode::Kind::Condition;
        node.condition = Condition::compile(QJsonDocument::fromJson(json).object(), u"test"_s, {}, issues);
        if (!node.condition)
            qFatal("test condition does not compile: %s", json.constData());
        node.assumedAbsent = assumedAbsent;
        node.id = u"leaf"_s;
        m_nodes.push_back(node);
        return &m_nodes.back();
    }

private:
    std::deque<CriterionNode> m_nodes;
};

// The status of the rationale; status(), which cautions use and which builds no rationale, must agree.
Status evaluate(const CriterionNode* node, const FactSource& facts = MapFactSource())
{
    const TreeEvaluator evaluator(facts, [](Component, std::optional<Level>) { return std::optional<Status>(); });
    const Status status = evaluator.evaluate(node, Level::L4L5).status;
    if (evaluator.status(node, Level::L4L5) != status)
        QTest::qFail("TreeEvaluator::status differs from the status of the rationale", __FILE__, __LINE__);
    return status;
}

} // namespace

class TestTreeEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void conjunction_data();
    void conjunction();
    void disjunction_data();
    void disjunction();
    void negation_data();
    void negation();
    void atLeast_data();
    void atLeast();
    void assumedAbsent();
    void componentReferenceNotRequested();
    void acceptMapsStatus();
    void rationaleBuiltInPlace();
};

void TestTreeEvaluator::conjunction_data()
{
    QTest::addColumn<Status>("a");
    QTest::addColumn<Status>("b");
    QTest::addColumn<Status>("expected");
    // Kleene's strong AND: not met dominates, then incomplete.
    QTest::newRow("met met") << M << M << M;
    QTest::newRow("met not") << M << N << N;
    QTest::newRow("met incomplete") << M << I << I;
    QTest::newRow("not met") << N << M << N;
    QTest::newRow("not not") << N << N << N;
    QTest::newRow("not incomplete") << N << I << N;
    QTest::newRow("incomplete met") << I << M << I;
    QTest::newRow("incomplete not") << I << N << N;
    QTest::newRow("incomplete incomplete") << I << I << I;
}

void TestTreeEvaluator::conjunction()
{
    QFETCH(Status, a);
    QFETCH(Status, b);
    QFETCH(Status, expected);
    Trees trees;
    QCOMPARE(evaluate(trees.combine(CriterionNode::Kind::All, {trees.constant(a), trees.constant(b)})), expected);
}

void TestTreeEvaluator::disjunction_data()
{
    QTest::addColumn<Status>("a");
    QTest::addColumn<Status>("b");
    QTest::addColumn<Status>("expected");
    // Kleene's strong OR: met dominates, then incomplete.
    QTest::newRow("met met") << M << M << M;
    QTest::newRow("met not") << M << N << M;
    QTest::newRow("met incomplete") << M << I << M;
    QTest::newRow("not met") << N << M << M;
    QTest::newRow("not not") << N << N << N;
    QTest::newRow("not incomplete") << N << I << I;
    QTest::newRow("incomplete met") << I << M << M;
    QTest::newRow("incomplete not") << I << N << I;
    QTest::newRow("incomplete incomplete") << I << I << I;
}

void TestTreeEvaluator::disjunction()
{
    QFETCH(Status, a);
    QFETCH(Status, b);
    QFETCH(Status, expected);
    Trees trees;
    QCOMPARE(evaluate(trees.combine(CriterionNode::Kind::Any, {trees.constant(a), trees.constant(b)})), expected);
}

void TestTreeEvaluator::negation_data()
{
    QTest::addColumn<Status>("a");
    QTest::addColumn<Status>("expected");
    QTest::newRow("met") << M << N;
    QTest::newRow("not met") << N << M;
    QTest::newRow("incomplete") << I << I;
}

void TestTreeEvaluator::negation()
{
    QFETCH(Status, a);
    QFETCH(Status, expected);
    Trees trees;
    QCOMPARE(evaluate(trees.combine(CriterionNode::Kind::Not, {trees.constant(a)})), expected);
}

void TestTreeEvaluator::atLeast_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QList<Status>>("children");
    QTest::addColumn<Status>("expected");
    QTest::newRow("2 of 3 met") << 2 << QList<Status>{M, M, N} << M;
    QTest::newRow("2 of 3, one met one open") << 2 << QList<Status>{M, I, N} << I;
    QTest::newRow("2 of 3, two open") << 2 << QList<Status>{I, I, N} << I;
    QTest::newRow("2 of 3, one met") << 2 << QList<Status>{M, N, N} << N;
    QTest::newRow("1 of 1 open") << 1 << QList<Status>{I} << I;
    QTest::newRow("3 of 3 all met") << 3 << QList<Status>{M, M, M} << M;
    QTest::newRow("3 of 3 one not") << 3 << QList<Status>{M, M, N} << N;
    QTest::newRow("1 of 3 met beats open") << 1 << QList<Status>{I, M, I} << M;
}

void TestTreeEvaluator::atLeast()
{
    QFETCH(int, n);
    QFETCH(QList<Status>, children);
    QFETCH(Status, expected);
    Trees trees;
    std::vector<const CriterionNode*> nodes;
    for (Status s : children)
        nodes.push_back(trees.constant(s));
    QCOMPARE(evaluate(trees.combine(CriterionNode::Kind::AtLeast, nodes, n)), expected);
}

void TestTreeEvaluator::assumedAbsent()
{
    Trees trees;
    const QByteArray json = R"({">=": [{"var": "level.slipGrade"}, 1]})";
    MapFactSource facts;

    // Unknown and not assumable: incomplete whatever the leaf says.
    QCOMPARE(evaluate(trees.condition(json, true), facts), I);
    // Unknown, assumable, and the leaf assumes: not met, and the fact is marked.
    facts.values[FactId::LevelSlipGrade] = FactValue::unknownAssumable(u"imaging"_s);
    const CriterionNode* assuming = trees.condition(json, true);
    const TreeEvaluator evaluator(facts, [](Component, std::optional<Level>) { return std::optional<Status>(); });
    const CriterionOutcome outcome = evaluator.evaluate(assuming, Level::L4L5);
    QCOMPARE(outcome.status, N);
    QCOMPARE(evaluator.status(assuming, Level::L4L5), N);
    QCOMPARE(outcome.facts.size(), std::size_t(1));
    QVERIFY(outcome.facts.front().assumedAbsent);
    // Assumable, but the leaf does not assume: incomplete.
    QCOMPARE(evaluate(trees.condition(json, false), facts), I);
    // Documented: the value decides; nothing is assumed.
    facts.values[FactId::LevelSlipGrade] = FactValue::ofNumber(2);
    const CriterionOutcome documented = evaluator.evaluate(assuming, Level::L4L5);
    QCOMPARE(documented.status, M);
    QVERIFY(!documented.facts.front().assumedAbsent);
}

void TestTreeEvaluator::componentReferenceNotRequested()
{
    CriterionNode node;
    node.kind = CriterionNode::Kind::Component;
    node.component = Component::Fusion;
    node.id = u"ref"_s;
    const MapFactSource facts;
    const TreeEvaluator none(facts, [](Component, std::optional<Level>) { return std::optional<Status>(); });
    const CriterionOutcome outcome = none.evaluate(&node, Level::L3L4);
    QCOMPARE(outcome.status, N);
    QCOMPARE(outcome.remark, u"fusion is not requested at L3-L4"_s);
    QCOMPARE(none.status(&node, Level::L3L4), N);
    const TreeEvaluator pending(facts, [](Component, std::optional<Level>) { return std::optional<Status>(I); });
    QCOMPARE(pending.evaluate(&node, Level::L3L4).status, I);
    QCOMPARE(pending.status(&node, Level::L3L4), I);
}

void TestTreeEvaluator::acceptMapsStatus()
{
    CriterionNode node;
    node.kind = CriterionNode::Kind::Component;
    node.component = Component::Decompression;
    node.accept = std::vector<Status>{M, I};
    node.id = u"ref"_s;
    const MapFactSource facts;
    for (const auto& [referenced, expected] : {std::pair{M, M}, std::pair{I, M}, std::pair{N, N}}) {
        const TreeEvaluator evaluator(facts, [referenced = referenced](Component, std::optional<Level>) {
            return std::optional<Status>(referenced);
        });
        QCOMPARE(evaluator.evaluate(&node, std::nullopt).status, expected);
        QCOMPARE(evaluator.status(&node, std::nullopt), expected);
    }
}

void TestTreeEvaluator::rationaleBuiltInPlace()
{
    Trees trees;
    MapFactSource facts;
    facts.values[FactId::LevelSlipGrade] = FactValue::ofNumber(2);
    const CriterionNode* tree =
        trees.combine(CriterionNode::Kind::Any, {trees.condition(R"({">=": [{"var": "level.slipGrade"}, 3]})", false),
                                                 trees.combine(CriterionNode::Kind::Not, {trees.constant(N)})});
    const TreeEvaluator evaluator(facts, [](Component, std::optional<Level>) { return std::optional<Status>(); });
    CriterionOutcome inPlace;
    evaluator.evaluate(tree, Level::L4L5, inPlace);
    const CriterionOutcome returned = evaluator.evaluate(tree, Level::L4L5);
    for (const CriterionOutcome* outcome : {static_cast<const CriterionOutcome*>(&inPlace), &returned}) {
        QCOMPARE(outcome->node, tree);
        QCOMPARE(outcome->level, std::optional<Level>(Level::L4L5));
        QCOMPARE(outcome->status, M);
        QCOMPARE(outcome->children.size(), std::size_t(2));
        QCOMPARE(outcome->children[0].status, N);
        QCOMPARE(outcome->children[0].facts.size(), std::size_t(1));
        QCOMPARE(outcome->children[0].facts.front().fact, FactId::LevelSlipGrade);
        QCOMPARE(outcome->children[1].status, M);
        QCOMPARE(outcome->children[1].children.size(), std::size_t(1));
        QCOMPARE(outcome->children[1].children.front().status, N);
    }
}

QTEST_GUILESS_MAIN(TestTreeEvaluator)
#include "tst_treeevaluator.moc"
