// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/criteria/condition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace spinereview;

namespace spinereview {
// Found by QCOMPARE through argument-dependent lookup: "met", "not_met", "incomplete".
char* toString(Status status)
{
    return qstrdup(qPrintable(statusName(status)));
}
} // namespace spinereview

namespace {

const QString kFile = u"conditions.json"_s;
const QString kPath = u"components.fusion.criterion.condition"_s;

// The operator list every unknown-operator message ends with.
const QString kOperators = u" (the criteria use ==, !=, <, <=, >, >=, in, and, or, !)"_s;

QJsonValue parse(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(u"["_s.toUtf8() + text.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in a test row: %s", qPrintable(text));
    return document.array().at(0);
}

QString listIssues(const ValidationIssues& issues)
{
    QStringList lines;
    for (const ValidationIssue& issue : issues)
        lines.append(issue.toString());
    return lines.join(u'\n');
}

// The facts of one test, set by hand: a fact not set is unknown.
class Facts
{
public:
    Facts& set(FactId id, FactValue value)
    {
        m_values.insert_or_assign(id, std::move(value));
        return *this;
    }
    const FactValue& operator()(FactId id) const
    {
        const auto it = m_values.find(id);
        return it == m_values.end() ? m_unknown : it->second;
    }

private:
    std::map<FactId, FactValue> m_values;
    FactValue m_unknown = FactValue::unknown(u"the record that would settle it"_s);
};

// A status stands for a boolean fact's value: met = true, not met = false, incomplete = not documented.
FactValue booleanFact(Status status)
{
    switch (status) {
    case Status::Met:
        return FactValue::ofBool(true);
    case Status::NotMet:
        return FactValue::ofBool(false);
    case Status::Incomplete:
        break;
    }
    return FactValue::unknown(u"the record that would settle it"_s);
}

// Two leaves whose status is exactly the status given to their fact.
const QString kLeafA = uR"({"==": [{"var": "patient.diabetes"}, true]})"_s;
const QString kLeafB = uR"({"==": [{"var": "patient.osteoporosis"}, true]})"_s;

} // namespace

class TestCondition : public QObject
{
    Q_OBJECT

private:
    // Compiles a condition that must compile; the caller QVERIFYs the result.
    static std::optional<Condition> compile(const QString& text, ValidationIssues& issues)
    {
        return Condition::compile(parse(text), kFile, kPath, issues);
    }
    static Status evaluate(const Condition& condition, const Facts& facts)
    {
        return condition.evaluate([&facts](FactId id) -> const FactValue& { return facts(id); }, [](FactId) {});
    }

private slots:
    void compileErrors_data();
    void compileErrors();
    void everyProblemOfOneConditionIsReported();
    void compiles_data();
    void compiles();
    void comparisonWithUnknownFactIsIncomplete_data();
    void comparisonWithUnknownFactIsIncomplete();
    void comparisons_data();
    void comparisons();
    void kleeneAndOr_data();
    void kleeneAndOr();
    void kleeneAndOrOverThreeOperands();
    void kleeneNot_data();
    void kleeneNot();
    void between_data();
    void between();
    void factsRead();
};

void TestCondition::compileErrors_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const auto row = [](const char* name, const QString& condition, const QString& pathSuffix, const QString& message) {
        QTest::newRow(name) << condition << kPath + pathSuffix << message;
    };

    // Unknown facts.
    row("unknown fact", uR"({"==": [{"var": "patient.favouriteColour"}, "blue"]})"_s, u".==[0].var"_s,
        u"unknown fact \"patient.favouriteColour\""_s);
    row("unknown fact, var in array form", uR"({"==": [{"var": ["level.instability"]}, true]})"_s, u".==[0].var"_s,
        u"unknown fact \"level.instability\""_s);
    row("unknown fact, second operand", uR"({"<": [30, {"var": "patient.bmii"}]})"_s, u".<[1].var"_s,
        u"unknown fact \"patient.bmii\""_s);
    row("unknown fact under and", uR"({"and": [{"==": [{"var": "patient.diabetes"}, true]},
                                              {">": [{"var": "patient.bmii"}, 40]}]})"_s,
        u".and[1].>[0].var"_s, u"unknown fact \"patient.bmii\""_s);
    row("unknown fact under in", uR"({"in": [{"var": "patient.smoker"}, ["current"]]})"_s, u".in[0].var"_s,
        u"unknown fact \"patient.smoker\""_s);
    row("var is not a name", uR"({"==": [{"var": 3}, 1]})"_s, u".==[0].var"_s, u"expected a fact name"_s);

    // Unknown operators.
    row("unknown operator", uR"({"xor": [{"==": [{"var": "patient.diabetes"}, true]}, true]})"_s, QString(),
        u"unknown operator \"xor\""_s + kOperators);
    row("JavaScript strict equality", uR"({"===": [{"var": "patient.diabetes"}, true]})"_s, QString(),
        u"unknown operator \"===\""_s + kOperators);
    row("unknown operator under or", uR"({"or": [{"==": [{"var": "patient.diabetes"}, true]},
                                                {"~=": [{"var": "patient.bmi"}, 40]}]})"_s,
        u".or[1]"_s, u"unknown operator \"~=\""_s + kOperators);
    row("two operators in one object",
        uR"({"==": [{"var": "patient.diabetes"}, true], "!=": [{"var": "patient.bmi"}, 40]})"_s, QString(),
        u"expected a JsonLogic expression: an object with exactly one operator"_s);
    row("not an object", uR"("patient.diabetes")"_s, QString(),
        u"expected a JsonLogic expression: an object with exactly one operator"_s);

    // Arity.
    row("== with one operand", uR"({"==": [{"var": "patient.diabetes"}]})"_s, QString(),
        u"\"==\" takes two operands; found 1"_s);
    row("!= with three operands", uR"({"!=": [{"var": "patient.bmi"}, 1, 2]})"_s, QString(),
        u"\"!=\" takes two operands; found 3"_s);
    row("> with three operands", uR"({">": [40, {"var": "patient.bmi"}, 18]})"_s, QString(),
        u"\">\" takes two operands; found 3"_s);
    row("< with four operands", uR"({"<": [1, {"var": "patient.bmi"}, 40, 50]})"_s, QString(),
        u"\"<\" takes two operands (or three, for between); found 4"_s);
    row("<= with one operand", uR"({"<=": [{"var": "patient.bmi"}]})"_s, QString(),
        u"\"<=\" takes two operands (or three, for between); found 1"_s);
    row("! with two operands", uR"({"!": [)"_s + kLeafA + u", "_s + kLeafB + u"]}"_s, u".!"_s,
        u"\"!\" takes one operand"_s);
    row("and with none", uR"({"and": []})"_s, u".and"_s, u"\"and\" needs at least one operand"_s);
    row("or with none", uR"({"or": []})"_s, u".or"_s, u"\"or\" needs at least one operand"_s);

    // Types.
    row("number compared with text", uR"({"==": [{"var": "patient.bmi"}, "high"]})"_s, u".==[1]"_s,
        u"compares a number with a text value"_s);
    row("text compared with number", uR"({"==": [{"var": "patient.nicotine"}, 1]})"_s, u".==[1]"_s,
        u"compares a text value with a number"_s);
    row("boolean compared with number", uR"({"!=": [{"var": "patient.diabetes"}, 0]})"_s, u".!=[1]"_s,
        u"compares a boolean with a number"_s);
    row("text literal before a number fact", uR"({"==": ["high", {"var": "patient.bmi"}]})"_s, u".==[1]"_s,
        u"compares a text value with a number"_s);
    row("between with a text bound", uR"({"<=": [18.5, {"var": "patient.bmi"}, "forty"]})"_s, u".<=[2]"_s,
        u"compares a number with a text value"_s);
    row("< over text", uR"({"<": [{"var": "patient.nicotine"}, "current"]})"_s, QString(),
        u"\"<\" compares numbers only"_s);
    row(">= over booleans", uR"({">=": [{"var": "patient.diabetes"}, true]})"_s, QString(),
        u"\">=\" compares numbers only"_s);
    row("null operand", uR"({"==": [{"var": "patient.bmi"}, null]})"_s, u".==[1]"_s,
        u"expected {\"var\": fact}, a number, a boolean or a string"_s);
    row("array operand", uR"({"==": [{"var": "patient.bmi"}, [40]]})"_s, u".==[1]"_s,
        u"expected {\"var\": fact}, a number, a boolean or a string"_s);
    row("var with another key", uR"({"==": [{"var": "patient.bmi", "default": 0}, 40]})"_s, u".==[0]"_s,
        u"expected {\"var\": fact} or a literal"_s);

    // Text values of enumerated facts.
    const QString notNicotine =
        u"\"sometimes\" is not a value of patient.nicotine (expected one of never, former, current)"_s;
    row("text value not among the fact's values", uR"({"==": [{"var": "patient.nicotine"}, "sometimes"]})"_s,
        u".==[1]"_s, notNicotine);
    row("text value first", uR"({"!=": ["sometimes", {"var": "patient.nicotine"}]})"_s, u".!=[0]"_s, notNicotine);
    row("text value in a list", uR"({"in": [{"var": "patient.nicotine"}, ["current", "sometimes"]]})"_s, u".in[1][1]"_s,
        notNicotine);
    row("level value of a level fact", uR"({"==": [{"var": "level.name"}, "L5-L6"]})"_s, u".==[1]"_s,
        u"\"L5-L6\" is not a value of level.name (expected one of L1-L2, L2-L3, L3-L4, L4-L5, L5-S1)"_s);

    // in.
    row("in with a non-array", uR"({"in": [{"var": "patient.nicotine"}, "current"]})"_s, u".in"_s,
        u"\"in\" takes a fact and a list of literals"_s);
    row("in with one operand", uR"({"in": [{"var": "patient.nicotine"}]})"_s, u".in"_s,
        u"\"in\" takes a fact and a list of literals"_s);
    row("in over a literal", uR"({"in": ["current", ["current", "former"]]})"_s, u".in[0]"_s,
        u"expected {\"var\": fact}"_s);
    row("in with an item of another type", uR"({"in": [{"var": "patient.nicotine"}, ["current", 2]]})"_s,
        u".in[1][1]"_s, u"expected a text value like the fact"_s);
    row("in with a number list for a number", uR"({"in": [{"var": "patient.bmi"}, [30, "forty"]]})"_s, u".in[1][1]"_s,
        u"expected a number like the fact"_s);

    // Comparisons must read a fact.
    row("comparison without any var", uR"({"==": [1, 1]})"_s, QString(), u"a comparison must read a fact"_s);
    row("text comparison without any var", uR"({"!=": ["a", "b"]})"_s, QString(), u"a comparison must read a fact"_s);
    row("between without any var", uR"({"<": [1, 2, 3]})"_s, QString(), u"a comparison must read a fact"_s);
}

void TestCondition::compileErrors()
{
    QFETCH(QString, condition);
    QFETCH(QString, path);
    QFETCH(QString, message);

    ValidationIssues issues;
    const std::optional<Condition> compiled = compile(condition, issues);
    QVERIFY2(!compiled, "a broken condition compiled");
    QVERIFY2(issues.size() == 1, qPrintable(listIssues(issues)));
    QCOMPARE(issues.first().file, kFile);
    QCOMPARE(issues.first().path, path);
    QCOMPARE(issues.first().message, message);
}

// Condition::Compiler collects every problem rather than stopping at the first, so an author fixes a file
// in one pass.
void TestCondition::everyProblemOfOneConditionIsReported()
{
    ValidationIssues issues;
    const auto compiled = compile(uR"({"and": [{"==": [{"var": "patient.diabetis"}, true]},
                                               {">": [{"var": "patient.bmii"}, 40]}]})"_s,
                                  issues);
    QVERIFY(!compiled);
    QStringList paths;
    for (const ValidationIssue& issue : issues)
        paths.append(issue.path);
    QVERIFY2(paths.contains(kPath + u".and[0].==[0].var"_s), qPrintable(listIssues(issues)));
    QVERIFY2(paths.contains(kPath + u".and[1].>[0].var"_s), qPrintable(listIssues(issues)));
}

void TestCondition::compiles_data()
{
    QTest::addColumn<QString>("condition");
    QTest::newRow("==") << kLeafA;
    QTest::newRow("literal first") << uR"({"==": [true, {"var": "patient.diabetes"}]})"_s;
    QTest::newRow("var in array form") << uR"({"==": [{"var": ["patient.diabetes"]}, true]})"_s;
    QTest::newRow("two vars") << uR"({"<=": [{"var": "level.priorFacetResectionLeftPercent"},
                                             {"var": "level.plannedFacetectomyLeftPercent"}]})"_s;
    QTest::newRow("text value") << uR"({"==": [{"var": "patient.nicotine"}, "current"]})"_s;
    QTest::newRow("in") << uR"({"in": [{"var": "patient.nicotine"}, ["former", "current"]]})"_s;
    QTest::newRow("between <") << uR"({"<": [18.5, {"var": "patient.bmi"}, 25]})"_s;
    QTest::newRow("between <=") << uR"({"<=": [18.5, {"var": "patient.bmi"}, 40]})"_s;
    QTest::newRow("! without array") << u"{\"!\": "_s + kLeafA + u"}"_s;
    QTest::newRow("! with array") << u"{\"!\": ["_s + kLeafA + u"]}"_s;
    QTest::newRow("nested") << u"{\"or\": [{\"and\": ["_s + kLeafA + u", "_s + kLeafB + u"]}, {\"!\": "_s + kLeafB +
                                   u"}]}"_s;
}

void TestCondition::compiles()
{
    QFETCH(QString, condition);
    ValidationIssues issues;
    const auto compiled = compile(condition, issues);
    QVERIFY2(compiled, qPrintable(listIssues(issues)));
    QVERIFY2(issues.isEmpty(), qPrintable(listIssues(issues)));
    QCOMPARE(compiled->json(), parse(condition));
}

void TestCondition::comparisonWithUnknownFactIsIncomplete_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<bool>("assumable");
    for (const bool assumable : {false, true}) {
        const auto row = [assumable](const char* name, const QString& condition) {
            QTest::addRow("%s%s", name, assumable ? ", assumable" : "") << condition << assumable;
        };
        row("==", uR"({"==": [{"var": "patient.bmi"}, 40]})"_s);
        row("!=", uR"({"!=": [{"var": "patient.bmi"}, 40]})"_s);
        row("<", uR"({"<": [{"var": "patient.bmi"}, 40]})"_s);
        row("<=", uR"({"<=": [{"var": "patient.bmi"}, 40]})"_s);
        row(">", uR"({">": [{"var": "patient.bmi"}, 40]})"_s);
        row(">=", uR"({">=": [{"var": "patient.bmi"}, 40]})"_s);
        row("literal first", uR"({">": [40, {"var": "patient.bmi"}]})"_s);
        row("between", uR"({"<=": [18.5, {"var": "patient.bmi"}, 40]})"_s);
        row("in", uR"({"in": [{"var": "patient.bmi"}, [30, 40]]})"_s);
        row("! of ==", uR"({"!": {"==": [{"var": "patient.bmi"}, 40]}})"_s);
        row("known == unknown", uR"({"==": [{"var": "patient.hba1c"}, {"var": "patient.bmi"}]})"_s);
    }
}

// Absent is not false: a comparison that reads an undocumented fact is unknown, whatever the operator, and
// whether or not the fact may be assumed absent (that choice belongs to the criterion, not the condition).
void TestCondition::comparisonWithUnknownFactIsIncomplete()
{
    QFETCH(QString, condition);
    QFETCH(bool, assumable);
    ValidationIssues issues;
    const auto compiled = compile(condition, issues);
    QVERIFY2(compiled, qPrintable(listIssues(issues)));
    Facts facts;
    facts.set(FactId::Hba1c, FactValue::ofNumber(40));
    if (assumable)
        facts.set(FactId::Bmi, FactValue::unknownAssumable(u"a BMI"_s));
    QCOMPARE(evaluate(*compiled, facts), Status::Incomplete);
}

void TestCondition::comparisons_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<Status>("expected");
    const auto row = [](const char* name, const QString& condition, Status expected) {
        QTest::newRow(name) << condition << expected;
    };
    // BMI 30, nicotine former, diabetes false, age 67.
    row("== number", uR"({"==": [{"var": "patient.bmi"}, 30]})"_s, Status::Met);
    row("== number, other", uR"({"==": [{"var": "patient.bmi"}, 31]})"_s, Status::NotMet);
    row("== whole number", uR"({"==": [{"var": "patient.ageYears"}, 67]})"_s, Status::Met);
    row("!= number", uR"({"!=": [{"var": "patient.bmi"}, 30]})"_s, Status::NotMet);
    row("< false", uR"({"<": [{"var": "patient.bmi"}, 30]})"_s, Status::NotMet);
    row("<= true", uR"({"<=": [{"var": "patient.bmi"}, 30]})"_s, Status::Met);
    row("> false", uR"({">": [{"var": "patient.bmi"}, 30]})"_s, Status::NotMet);
    row(">= true", uR"({">=": [{"var": "patient.bmi"}, 30]})"_s, Status::Met);
    row("> literal first", uR"({">": [40, {"var": "patient.bmi"}]})"_s, Status::Met);
    row("== text", uR"({"==": [{"var": "patient.nicotine"}, "former"]})"_s, Status::Met);
    row("== text, other", uR"({"==": [{"var": "patient.nicotine"}, "current"]})"_s, Status::NotMet);
    row("!= text", uR"({"!=": [{"var": "patient.nicotine"}, "current"]})"_s, Status::Met);
    row("== false", uR"({"==": [{"var": "patient.diabetes"}, false]})"_s, Status::Met);
    row("== true", uR"({"==": [{"var": "patient.diabetes"}, true]})"_s, Status::NotMet);
    row("in text", uR"({"in": [{"var": "patient.nicotine"}, ["former", "current"]]})"_s, Status::Met);
    row("in text, absent", uR"({"in": [{"var": "patient.nicotine"}, ["never", "current"]]})"_s, Status::NotMet);
    row("in number", uR"({"in": [{"var": "patient.bmi"}, [25, 30]]})"_s, Status::Met);
    row("in empty list", uR"({"in": [{"var": "patient.bmi"}, []]})"_s, Status::NotMet);
}

void TestCondition::comparisons()
{
    QFETCH(QString, condition);
    QFETCH(Status, expected);
    ValidationIssues issues;
    const auto compiled = compile(condition, issues);
    QVERIFY2(compiled, qPrintable(listIssues(issues)));
    Facts facts;
    facts.set(FactId::Bmi, FactValue::ofNumber(30))
        .set(FactId::Nicotine, FactValue::ofText(u"former"_s))
        .set(FactId::Diabetes, FactValue::ofBool(false))
        .set(FactId::AgeYears, FactValue::ofNumber(67));
    QCOMPARE(evaluate(*compiled, facts), expected);
}

void TestCondition::kleeneAndOr_data()
{
    QTest::addColumn<Status>("a");
    QTest::addColumn<Status>("b");
    QTest::addColumn<Status>("conjunction");
    QTest::addColumn<Status>("disjunction");
    constexpr Status met = Status::Met;
    constexpr Status notMet = Status::NotMet;
    constexpr Status incomplete = Status::Incomplete;
    // Kleene's strong three-valued logic, written out rather than computed.
    QTest::newRow("met, met") << met << met << met << met;
    QTest::newRow("met, not met") << met << notMet << notMet << met;
    QTest::newRow("met, incomplete") << met << incomplete << incomplete << met;
    QTest::newRow("not met, met") << notMet << met << notMet << met;
    QTest::newRow("not met, not met") << notMet << notMet << notMet << notMet;
    QTest::newRow("not met, incomplete") << notMet << incomplete << notMet << incomplete;
    QTest::newRow("incomplete, met") << incomplete << met << incomplete << met;
    QTest::newRow("incomplete, not met") << incomplete << notMet << notMet << incomplete;
    QTest::newRow("incomplete, incomplete") << incomplete << incomplete << incomplete << incomplete;
}

void TestCondition::kleeneAndOr()
{
    QFETCH(Status, a);
    QFETCH(Status, b);
    QFETCH(Status, conjunction);
    QFETCH(Status, disjunction);

    Facts facts;
    facts.set(FactId::Diabetes, booleanFact(a)).set(FactId::Osteoporosis, booleanFact(b));
    ValidationIssues issues;
    const auto leafA = compile(kLeafA, issues);
    const auto leafB = compile(kLeafB, issues);
    const auto both = compile(u"{\"and\": ["_s + kLeafA + u", "_s + kLeafB + u"]}"_s, issues);
    const auto either = compile(u"{\"or\": ["_s + kLeafA + u", "_s + kLeafB + u"]}"_s, issues);
    QVERIFY2(leafA && leafB && both && either, qPrintable(listIssues(issues)));

    QCOMPARE(evaluate(*leafA, facts), a);
    QCOMPARE(evaluate(*leafB, facts), b);
    QCOMPARE(evaluate(*both, facts), conjunction);
    QCOMPARE(evaluate(*either, facts), disjunction);
}

void TestCondition::kleeneAndOrOverThreeOperands()
{
    const QString leafC = uR"({"==": [{"var": "patient.renalDisease"}, true]})"_s;
    ValidationIssues issues;
    const auto all = compile(u"{\"and\": ["_s + kLeafA + u", "_s + kLeafB + u", "_s + leafC + u"]}"_s, issues);
    const auto any = compile(u"{\"or\": ["_s + kLeafA + u", "_s + kLeafB + u", "_s + leafC + u"]}"_s, issues);
    QVERIFY2(all && any, qPrintable(listIssues(issues)));

    const auto check = [&](Status a, Status b, Status c, Status conjunction, Status disjunction) {
        Facts facts;
        facts.set(FactId::Diabetes, booleanFact(a))
            .set(FactId::Osteoporosis, booleanFact(b))
            .set(FactId::RenalDisease, booleanFact(c));
        return evaluate(*all, facts) == conjunction && evaluate(*any, facts) == disjunction;
    };
    QVERIFY(check(Status::Met, Status::Met, Status::Met, Status::Met, Status::Met));
    QVERIFY(check(Status::Met, Status::Incomplete, Status::Met, Status::Incomplete, Status::Met));
    QVERIFY(check(Status::Incomplete, Status::Met, Status::NotMet, Status::NotMet, Status::Met));
    QVERIFY(check(Status::NotMet, Status::Incomplete, Status::NotMet, Status::NotMet, Status::Incomplete));
    QVERIFY(check(Status::NotMet, Status::NotMet, Status::NotMet, Status::NotMet, Status::NotMet));
    QVERIFY(check(Status::Incomplete, Status::Incomplete, Status::Incomplete, Status::Incomplete, Status::Incomplete));
}

void TestCondition::kleeneNot_data()
{
    QTest::addColumn<Status>("a");
    QTest::addColumn<Status>("negation");
    QTest::newRow("met") << Status::Met << Status::NotMet;
    QTest::newRow("not met") << Status::NotMet << Status::Met;
    QTest::newRow("incomplete") << Status::Incomplete << Status::Incomplete;
}

void TestCondition::kleeneNot()
{
    QFETCH(Status, a);
    QFETCH(Status, negation);
    Facts facts;
    facts.set(FactId::Diabetes, booleanFact(a));
    ValidationIssues issues;
    const auto bare = compile(u"{\"!\": "_s + kLeafA + u"}"_s, issues);
    const auto listed = compile(u"{\"!\": ["_s + kLeafA + u"]}"_s, issues);
    const auto twice = compile(u"{\"!\": {\"!\": "_s + kLeafA + u"}}"_s, issues);
    QVERIFY2(bare && listed && twice, qPrintable(listIssues(issues)));
    QCOMPARE(evaluate(*bare, facts), negation);
    QCOMPARE(evaluate(*listed, facts), negation);
    QCOMPARE(evaluate(*twice, facts), a);
}

void TestCondition::between_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<double>("bmi");
    QTest::addColumn<Status>("expected");
    // 18.5 < bmi < 25 (strict) and 18.5 <= bmi <= 40 (inclusive).
    QTest::newRow("< below") << u"<"_s << 18.0 << Status::NotMet;
    QTest::newRow("< at lower bound") << u"<"_s << 18.5 << Status::NotMet;
    QTest::newRow("< inside") << u"<"_s << 22.0 << Status::Met;
    QTest::newRow("< at upper bound") << u"<"_s << 25.0 << Status::NotMet;
    QTest::newRow("< above") << u"<"_s << 31.0 << Status::NotMet;
    QTest::newRow("<= below") << u"<="_s << 18.4 << Status::NotMet;
    QTest::newRow("<= at lower bound") << u"<="_s << 18.5 << Status::Met;
    QTest::newRow("<= inside") << u"<="_s << 30.0 << Status::Met;
    QTest::newRow("<= at upper bound") << u"<="_s << 40.0 << Status::Met;
    QTest::newRow("<= above") << u"<="_s << 40.1 << Status::NotMet;
}

// JsonLogic's three-argument form: {"<": [a, x, b]} is a < x < b.
void TestCondition::between()
{
    QFETCH(QString, op);
    QFETCH(double, bmi);
    QFETCH(Status, expected);
    const QString upper = op == "<"_L1 ? u"25"_s : u"40"_s;
    ValidationIssues issues;
    const auto compiled =
        compile(u"{\""_s + op + u"\": [18.5, {\"var\": \"patient.bmi\"}, "_s + upper + u"]}"_s, issues);
    QVERIFY2(compiled, qPrintable(listIssues(issues)));
    Facts facts;
    facts.set(FactId::Bmi, FactValue::ofNumber(bmi));
    QCOMPARE(evaluate(*compiled, facts), expected);
    QCOMPARE(compiled->facts(), std::vector<FactId>{FactId::Bmi});
}

void TestCondition::factsRead()
{
    ValidationIssues issues;
    const auto compiled = compile(uR"({"or": [{"==": [{"var": "patient.diabetes"}, true]},
                                              {">": [{"var": "patient.hba1c"}, 7]},
                                              {"==": [{"var": "patient.diabetes"}, false]}]})"_s,
                                  issues);
    QVERIFY2(compiled, qPrintable(listIssues(issues)));
    QCOMPARE(compiled->facts(), (std::vector<FactId>{FactId::Diabetes, FactId::Hba1c}));

    // Every fact read is reported, known or not, so the rationale can show what was missing.
    Facts facts;
    facts.set(FactId::Diabetes, FactValue::ofBool(true));
    std::vector<FactId> read;
    const Status status = compiled->evaluate([&facts](FactId id) -> const FactValue& { return facts(id); },
                                             [&read](FactId id) { read.push_back(id); });
    QCOMPARE(status, Status::Met);
    QVERIFY(std::find(read.begin(), read.end(), FactId::Diabetes) != read.end());
    QVERIFY(std::find(read.begin(), read.end(), FactId::Hba1c) != read.end());
    // Each once, in the order of facts(): the rationale lists them so.
    QCOMPARE(read, compiled->facts());

    // The values of facts(), in that order, give the same status without a lookup.
    const FactValue unknown = FactValue::unknown(u"a record"_s);
    const FactValue diabetic = FactValue::ofBool(true);
    const FactValue* values[] = {&diabetic, &unknown};
    QCOMPARE(compiled->evaluate(values), Status::Met);
    const FactValue notDiabetic = FactValue::ofBool(false);
    const FactValue high = FactValue::ofNumber(8);
    const FactValue* others[] = {&notDiabetic, &high};
    QCOMPARE(compiled->evaluate(others), Status::Met);
    const FactValue low = FactValue::ofNumber(6);
    const FactValue* neither[] = {&unknown, &low};
    QCOMPARE(compiled->evaluate(neither), Status::Incomplete);
}

QTEST_GUILESS_MAIN(TestCondition)
#include "tst_condition.moc"
