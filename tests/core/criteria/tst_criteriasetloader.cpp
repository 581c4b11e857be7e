// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/criteria/criteriasetloader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;

namespace {

const QString kFile = u"tiny.json"_s;
// The value column of a rejection row that means "remove the member" rather than "set it to this JSON".
constexpr char removeMember[] = "<remove>";

QJsonValue parse(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(u"["_s.toUtf8() + text.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in a test row: %s", qPrintable(text));
    return document.array().at(0);
}

// A small valid set: a definition shared by a rule, a component referring to another, a case-scope rule,
// a parameter and a caution. Each rejection row breaks one thing in it.
QJsonObject tinySet()
{
    return parse(uR"({
        "format": "spinereview-criteria/1",
        "id": "tiny",
        "title": "Tiny set",
        "version": "1",
        "effectiveDate": "2025-01-01",
        "sources": ["tst_criteriasetloader"],
        "parameters": { "qualifyingImagingMonths": { "value": 12, "source": "a test" } },
        "definitions": {
            "diabetic": { "id": "def.diabetic", "text": "Diabetic",
                          "condition": { "==": [{ "var": "patient.diabetes" }, true] },
                          "evidence": ["aans-cns-2014-part8"] }
        },
        "components": {
            "decompression": { "scope": "level", "criterion": {
                "id": "decompression", "text": "Moderate or worse central stenosis at {level}",
                "condition": { ">=": [{ "var": "level.centralStenosis" }, 3] } } },
            "fusion": { "scope": "level", "criterion": {
                "id": "fusion", "text": "Fusion at {level}",
                "all": [ { "use": "diabetic" },
                         { "id": "fusion.decompression", "text": "Decompression meets criteria at {level}",
                           "component": "decompression" } ] } },
            "inpatient_stay": { "scope": "case", "criterion": {
                "id": "inpatient", "text": "Two midnights expected",
                "condition": { ">=": [{ "var": "request.expectedMidnights" }, 2] } } }
        },
        "cautions": [ { "id": "c1", "text": "Caution one", "components": ["fusion"],
                        "evidence": ["aans-cns-2014-part8"] } ]
    })"_s)
        .toObject();
}

// Sets the member at a slash-separated pointer such as "components/fusion/criterion/all/0" (numbers index
// arrays), or removes it when `value` is undefined.
QJsonValue edited(const QJsonValue& node, QStringList segments, const QJsonValue& value)
{
    const QString head = segments.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        if (segments.isEmpty())
            value.isUndefined() ? array.removeAt(index) : array.replace(index, value);
        else
            array.replace(index, edited(array.at(index), segments, value));
        return array;
    }
    QJsonObject object = node.toObject();
    if (segments.isEmpty())
        value.isUndefined() ? object.remove(head) : void(object.insert(head, value));
    else
        object.insert(head, edited(object.value(head), segments, value));
    return object;
}

QJsonObject withEdit(const QJsonObject& root, const QString& pointer, const QString& valueText)
{
    const QJsonValue value =
        valueText == QLatin1StringView(removeMember) ? QJsonValue(QJsonValue::Undefined) : parse(valueText);
    return edited(root, pointer.split(u'/'), value).toObject();
}

QString listIssues(const ValidationIssues& issues)
{
    QStringList lines;
    for (const ValidationIssue& issue : issues)
        lines.append(issue.toString());
    return lines.join(u'\n');
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

CriteriaSource source(const QString& file, const QJsonObject& root)
{
    return {file, root, sha256(QJsonDocument(root).toJson(QJsonDocument::Compact))};
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

const CriterionNode* findNode(const CriteriaSet& set, const QString& id)
{
    for (const CriterionNode& node : set.nodes) {
        if (node.id == id)
            return &node;
    }
    return nullptr;
}

QStringList cautionIds(const CriteriaSet& set)
{
    QStringList ids;
    for (const Caution& caution : set.cautions)
        ids.append(caution.id);
    return ids;
}

} // namespace

class TestCriteriaSetLoader : public QObject
{
    Q_OBJECT

private:
    std::optional<EvidenceLibrary> m_evidence;

    CriteriaSetPtr build(const QList<CriteriaSource>& chain, ValidationIssues& issues) const
    {
        return CriteriaSetLoader::build(chain, *m_evidence, issues);
    }

private slots:
    void initTestCase();
    void refusesATreeThatExpandsTooFar();
    void buildsTheTinySet();
    void rejects_data();
    void rejects();
    void reportsEveryProblemAtOnce();
    void reportsABrokenDefinitionOnce();
    void extendsReplacesAndInherits();
    void extendsReportsProblemsInTheirOwnFile();
    void baseShaIsTheExtendedFile();
    void buildsTheShippedSets();
};

void TestCriteriaSetLoader::initTestCase()
{
    const QString path = QStringLiteral(SPINEREVIEW_SOURCE_DIR "/criteria/evidence.json");
    ValidationIssues issues;
    m_evidence = EvidenceLibrary::load(readFile(path), path, issues);
    QVERIFY2(m_evidence, qPrintable(listIssues(issues)));
    QVERIFY(m_evidence->contains(u"aans-cns-2014-part8"_s));
    QVERIFY(!m_evidence->contains(u"no-such-citation"_s));
}

void TestCriteriaSetLoader::buildsTheTinySet()
{
    ValidationIssues issues;
    const CriteriaSource tiny = source(kFile, tinySet());
    const CriteriaSetPtr set = build({tiny}, issues);
    QVERIFY2(set, qPrintable(listIssues(issues)));
    QVERIFY2(issues.isEmpty(), qPrintable(listIssues(issues)));

    QCOMPARE(set->info.id, u"tiny"_s);
    QCOMPARE(set->info.title, u"Tiny set"_s);
    QCOMPARE(set->info.version, u"1"_s);
    QCOMPARE(set->info.effectiveDate, u"2025-01-01"_s);
    QCOMPARE(set->info.sources, QStringList{u"tst_criteriasetloader"_s});
    QCOMPARE(set->info.file, kFile);
    QCOMPARE(set->info.sha256, tiny.sha256);
    QCOMPARE(set->info.evidenceSha256, m_evidence->sha256());
    QVERIFY(set->info.extends.isEmpty());
    QVERIFY(set->info.baseSha256.isEmpty());
    QCOMPARE(set->parameters.qualifyingImagingMonths, 12);
    QCOMPARE(set->parameters.effectiveDate, QDate(2025, 1, 1));

    QCOMPARE(set->rules.size(), std::size_t(3));
    QVERIFY(set->rule(Component::Decompression)->perLevel);
    QVERIFY(set->rule(Component::Fusion)->perLevel);
    QVERIFY(!set->rule(Component::InpatientStay)->perLevel);
    QVERIFY(!set->rule(Component::Bmp));

    // A referenced component is evaluated before the component that refers to it.
    const auto& order = set->evaluationOrder;
    const auto position = [&order](Component c) { return std::find(order.begin(), order.end(), c) - order.begin(); };
    QCOMPARE(order.size(), std::size_t(3));
    QVERIFY(position(Component::Decompression) < position(Component::Fusion));

    // {"use": name} is the definition's own node, shared.
    QVERIFY(set->definitions.contains(u"diabetic"_s));
    const CriterionNode* fusion = set->rule(Component::Fusion)->criterion;
    QCOMPARE(fusion->children.size(), std::size_t(2));
    QCOMPARE(fusion->children[0], set->definitions.value(u"diabetic"_s));
    QCOMPARE(fusion->children[1]->kind, CriterionNode::Kind::Component);
    QCOMPARE(fusion->children[1]->component, Component::Decompression);
    QCOMPARE(set->definitions.value(u"diabetic"_s)->evidence, QStringList{u"aans-cns-2014-part8"_s});
    QCOMPARE(cautionIds(*set), QStringList{u"c1"_s});
}

void TestCriteriaSetLoader::rejects_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const auto row = [](const char* name, const QString& pointer, const QString& value, const QString& path,
                        const QString& message) { QTest::newRow(name) << pointer << value << path << message; };
    const QString remove = QString::fromLatin1(removeMember);
    const QString leaf = uR"({"==": [{"var": "patient.diabetes"}, true]})"_s;

    // Facts and operators.
    row("unknown fact", u"components/decompression/criterion/condition"_s,
        uR"({">=": [{"var": "level.stenosisRank"}, 3]})"_s, u"components.decompression.criterion.condition.>=[0].var"_s,
        u"unknown fact \"level.stenosisRank\""_s);
    row("unknown fact in a definition", u"definitions/diabetic/condition"_s,
        uR"({"==": [{"var": "patient.diabetic"}, true]})"_s, u"definitions.diabetic.condition.==[0].var"_s,
        u"unknown fact \"patient.diabetic\""_s);
    row("unknown fact in a caution", u"cautions/0/when"_s,
        uR"({"id": "c1.when", "text": "When", "condition": {"==": [{"var": "patient.smoker"}, true]}})"_s,
        u"cautions[0].when.condition.==[0].var"_s, u"unknown fact \"patient.smoker\""_s);
    row("bad operator", u"components/decompression/criterion/condition"_s,
        uR"({"=>": [{"var": "level.centralStenosis"}, 3]})"_s, u"components.decompression.criterion.condition"_s,
        u"unknown operator \"=>\" (the criteria use ==, !=, <, <=, >, >=, in, and, or, !)"_s);
    row("text value not of the fact", u"definitions/diabetic/condition"_s,
        uR"({"==": [{"var": "patient.nicotine"}, "sometimes"]})"_s, u"definitions.diabetic.condition.==[1]"_s,
        u"\"sometimes\" is not a value of patient.nicotine (expected one of never, former, current)"_s);

    // Evidence.
    row("dangling evidence id", u"definitions/diabetic/evidence"_s, uR"(["aans-cns-2014-part8", "no-such-citation"])"_s,
        u"definitions.diabetic.evidence[1]"_s,
        u"unknown evidence id \"no-such-citation\" (not in the evidence library)"_s);
    row("dangling evidence id in a caution", u"cautions/0/evidence"_s, uR"(["no-such-citation"])"_s,
        u"cautions[0].evidence[0]"_s, u"unknown evidence id \"no-such-citation\" (not in the evidence library)"_s);
    row("evidence not an array", u"definitions/diabetic/evidence"_s, uR"("aans-cns-2014-part8")"_s,
        u"definitions.diabetic.evidence"_s, u"expected an array of evidence ids"_s);

    // Node ids.
    row("duplicate node id", u"components/fusion/criterion/id"_s, uR"("decompression")"_s,
        u"components.fusion.criterion.id"_s,
        u"duplicate id \"decompression\" (first declared at components.decompression.criterion)"_s);
    row("node id of a definition reused", u"components/fusion/criterion/all/1/id"_s, uR"("def.diabetic")"_s,
        u"components.fusion.criterion.all[1].id"_s,
        u"duplicate id \"def.diabetic\" (first declared at definitions.diabetic)"_s);
    row("missing node id", u"components/decompression/criterion/id"_s, remove,
        u"components.decompression.criterion.id"_s, u"required field is missing"_s);
    row("missing node text", u"components/decompression/criterion/text"_s, remove,
        u"components.decompression.criterion.text"_s, u"required field is missing"_s);

    // Definitions.
    row("unknown definition in use", u"components/fusion/criterion/all/0"_s, uR"({"use": "diabetes"})"_s,
        u"components.fusion.criterion.all[0].use"_s, u"unknown definition \"diabetes\""_s);
    row("unknown definition in a status test", u"components/fusion/criterion/all/0"_s,
        uR"({"id": "fusion.not-diabetic", "text": "Not diabetic", "use": "diabetes", "accept": ["not_met"]})"_s,
        u"components.fusion.criterion.all[0].use"_s, u"unknown definition \"diabetes\""_s);
    row("definition that uses itself", u"definitions/loop"_s,
        u"{\"id\": \"def.loop\", \"text\": \"Loop\", \"any\": [{\"use\": \"loop\"}, {\"id\": \"def.loop.leaf\", "
        "\"text\": \"Leaf\", \"condition\": "_s +
            leaf + u"}]}"_s,
        u"definitions.loop.any[0].use"_s, u"definition \"loop\" uses itself"_s);

    // Scope.
    row("case-scope component reading level. facts", u"components/inpatient_stay/criterion/condition"_s,
        uR"({">=": [{"var": "level.slipGrade"}, 1]})"_s, u"components.inpatient_stay"_s,
        u"a case-scope component cannot read level. facts"_s);
    row("case-scope component reading level. facts through a definition", u"components/inpatient_stay/criterion"_s,
        uR"({"id": "inpatient", "text": "Inpatient", "all": [{"use": "slipped"}]})"_s, u"components.inpatient_stay"_s,
        u"a case-scope component cannot read level. facts"_s);
    row("case-scope caution reading level. facts", u"cautions/0/when"_s,
        uR"({"id": "c1.when", "text": "A slip", "condition": {">=": [{"var": "level.slipGrade"}, 1]}})"_s,
        u"cautions[0].when"_s, u"a case-scope caution cannot read level. facts"_s);
    row("unknown scope", u"components/decompression/scope"_s, uR"("patient")"_s, u"components.decompression.scope"_s,
        u"expected \"level\" or \"case\""_s);

    // Components.
    const QString components = enumAllNames<Component>().join(u", "_s);
    row("unknown component id", u"components/fusoin"_s,
        uR"({"scope": "level", "criterion": {"id": "fusoin", "text": "Fusoin", "constant": "met"}})"_s,
        u"components.fusoin"_s, u"unknown component \"fusoin\" (expected one of "_s + components + u")"_s);
    row("unknown component in a reference", u"components/fusion/criterion/all/1/component"_s, uR"("decompresion")"_s,
        u"components.fusion.criterion.all[1].component"_s,
        u"unknown component \"decompresion\" (expected one of "_s + components + u")"_s);
    row("unknown component in a caution", u"cautions/0/components"_s, uR"(["fusion", "fusoin"])"_s,
        u"cautions[0].components[1]"_s, u"unknown component \"fusoin\""_s);
    row("components in a cycle", u"components/decompression/criterion"_s,
        uR"({"id": "decompression", "text": "With fusion", "component": "fusion"})"_s, u"components.decompression"_s,
        u"components refer to each other in a cycle"_s);
    row("component referring to itself", u"components/fusion/criterion/all/1/component"_s, uR"("fusion")"_s,
        u"components.fusion"_s, u"components refer to each other in a cycle"_s);
    row("reference to a component without a rule", u"components/fusion/criterion/all/1/component"_s, uR"("bmp")"_s,
        u"components.fusion"_s, u"refers to component \"bmp\", which has no rule"_s);
    row("no component rules", u"components"_s, remove, u"components"_s,
        u"a criteria set needs at least one component rule"_s);

    // Node shapes.
    row("accept on a condition", u"definitions/diabetic/accept"_s, uR"(["met"])"_s, u"definitions.diabetic.accept"_s,
        u"accept applies to use and component only"_s);
    row("accept on an all", u"components/fusion/criterion/accept"_s, uR"(["met", "incomplete"])"_s,
        u"components.fusion.criterion.accept"_s, u"accept applies to use and component only"_s);
    row("accept with an unknown status", u"components/fusion/criterion/all/1/accept"_s, uR"(["met", "maybe"])"_s,
        u"components.fusion.criterion.all[1].accept[1]"_s, u"expected met, not_met or incomplete"_s);
    row("accept empty", u"components/fusion/criterion/all/1/accept"_s, uR"([])"_s,
        u"components.fusion.criterion.all[1].accept"_s, u"expected a non-empty array of statuses"_s);
    const QString atLeast = u"{\"id\": \"fusion\", \"text\": \"Fusion\", \"atLeast\": %1, \"of\": [{\"use\": "
                            "\"diabetic\"}, {\"id\": \"f.d\", \"text\": \"D\", \"component\": \"decompression\"}]}"_s;
    const QString atLeastMessage = u"expected an integer from 1 to the number of criteria under \"of\""_s;
    row("atLeast above the number of criteria", u"components/fusion/criterion"_s, atLeast.arg(3),
        u"components.fusion.criterion.atLeast"_s, atLeastMessage);
    row("atLeast zero", u"components/fusion/criterion"_s, atLeast.arg(0), u"components.fusion.criterion.atLeast"_s,
        atLeastMessage);
    row("atLeast negative", u"components/fusion/criterion"_s, atLeast.arg(-1), u"components.fusion.criterion.atLeast"_s,
        atLeastMessage);
    row("atLeast not whole", u"components/fusion/criterion"_s, atLeast.arg(1.5),
        u"components.fusion.criterion.atLeast"_s, atLeastMessage);
    row("atLeast a string", u"components/fusion/criterion"_s, atLeast.arg(u"\"2\""_s),
        u"components.fusion.criterion.atLeast"_s, atLeastMessage);
    row("verify without ask", u"components/decompression/criterion"_s,
        uR"({"id": "decompression", "text": "Surgeon confirms", "verify": true})"_s,
        u"components.decompression.criterion.ask"_s, u"a verify criterion must say what to verify (ask)"_s);
    row("verify not true", u"components/decompression/criterion"_s,
        uR"({"id": "decompression", "text": "Surgeon confirms", "verify": "yes", "ask": "the surgeon's note"})"_s,
        u"components.decompression.criterion.verify"_s, u"expected true"_s);
    row("constant incomplete", u"components/decompression/criterion"_s,
        uR"({"id": "decompression", "text": "Always", "constant": "incomplete"})"_s,
        u"components.decompression.criterion.constant"_s,
        u"expected \"met\" or \"not_met\" (use verify for a question)"_s);
    row("two shapes", u"components/inpatient_stay/criterion/all"_s, u"["_s + leaf + u"]"_s,
        u"components.inpatient_stay.criterion"_s, u"a criterion has exactly one of all, condition"_s);
    row("no shape", u"components/inpatient_stay/criterion/condition"_s, remove,
        u"components.inpatient_stay.criterion"_s,
        u"expected one of all, any, not, atLeast, condition, use, component, verify, constant"_s);
    row("empty all", u"components/fusion/criterion/all"_s, u"[]"_s, u"components.fusion.criterion.all"_s,
        u"expected a non-empty array of criteria"_s);
    row("unknown key in a criterion", u"components/decompression/criterion/weight"_s, u"2"_s,
        u"components.decompression.criterion.weight"_s, u"unknown key \"weight\""_s);
    row("assumedAbsent on an all", u"components/fusion/criterion/assumedAbsent"_s, u"true"_s,
        u"components.fusion.criterion.assumedAbsent"_s, u"only a condition can assume a finding absent"_s);
    row("criterion not an object", u"components/fusion/criterion/all/1"_s, uR"("decompression")"_s,
        u"components.fusion.criterion.all[1]"_s, u"expected a criterion object"_s);

    // The set's own fields.
    row("missing title", u"title"_s, remove, u"title"_s, u"required field is missing"_s);
    row("empty title", u"title"_s, uR"("")"_s, u"title"_s, u"required field is missing"_s);
    row("missing version", u"version"_s, remove, u"version"_s, u"required field is missing"_s);
    row("missing sources", u"sources"_s, remove, u"sources"_s, u"a criteria set must name its sources"_s);
    row("empty sources", u"sources"_s, u"[]"_s, u"sources"_s, u"a criteria set must name its sources"_s);
    row("missing effectiveDate", u"effectiveDate"_s, remove, u"effectiveDate"_s,
        u"expected a calendar date YYYY-MM-DD"_s);
    row("impossible effectiveDate", u"effectiveDate"_s, uR"("2025-02-30")"_s, u"effectiveDate"_s,
        u"expected a calendar date YYYY-MM-DD"_s);
    row("effectiveDate not ISO", u"effectiveDate"_s, uR"("01/02/2025")"_s, u"effectiveDate"_s,
        u"expected a calendar date YYYY-MM-DD"_s);
    row("wrong format", u"format"_s, uR"("spinereview-criteria/2")"_s, u"format"_s,
        u"expected \"spinereview-criteria/1\""_s);
    row("id not lower-case", u"id"_s, uR"("Tiny Set")"_s, u"id"_s,
        u"expected a lower-case id of letters, digits and hyphens"_s);
    row("unknown top-level key", u"colour"_s, uR"("red")"_s, u"colour"_s, u"unknown key \"colour\""_s);

    // Parameters.
    row("parameter without source", u"parameters/qualifyingImagingMonths"_s, uR"({"value": 6})"_s,
        u"parameters.qualifyingImagingMonths.source"_s, u"every parameter states its source"_s);
    row("unknown parameter", u"parameters/imagingMonths"_s, uR"({"value": 6, "source": "a test"})"_s,
        u"parameters.imagingMonths"_s,
        u"unknown parameter (expected qualifyingImagingMonths or activeTherapyRecencyMonths)"_s);
    row("parameter out of range", u"parameters/qualifyingImagingMonths"_s, uR"({"value": 0, "source": "a test"})"_s,
        u"parameters.qualifyingImagingMonths.value"_s, u"expected a whole number of months from 1 to 120"_s);
    row("parameter not whole", u"parameters/activeTherapyRecencyMonths"_s, uR"({"value": 6.5, "source": "a test"})"_s,
        u"parameters.activeTherapyRecencyMonths.value"_s, u"expected a whole number of months from 1 to 120"_s);

    // Cautions.
    row("caution without text", u"cautions/0/text"_s, remove, u"cautions[0].text"_s, u"required field is missing"_s);
    row("caution without id", u"cautions/0/id"_s, remove, u"cautions[0].id"_s, u"required field is missing"_s);
    row("caution with an unknown scope", u"cautions/0/scope"_s, uR"("levels")"_s, u"cautions[0].scope"_s,
        u"expected \"case\", \"level\" or \"unrequestedLevels\""_s);
}

void TestCriteriaSetLoader::rejects()
{
    QFETCH(QString, pointer);
    QFETCH(QString, value);
    QFETCH(QString, path);
    QFETCH(QString, message);

    QJsonObject root = withEdit(tinySet(), pointer, value);
    // A level-reading definition for the rows that need one (unused elsewhere, so harmless).
    root =
        withEdit(root, u"definitions/slipped"_s,
                 uR"({"id": "def.slipped", "text": "A slip", "condition": {">=": [{"var": "level.slipGrade"}, 1]}})"_s);
    ValidationIssues issues;
    const CriteriaSetPtr set = build({source(kFile, root)}, issues);
    QVERIFY2(!set, "a broken set was built");
    QVERIFY2(issues.size() == 1, qPrintable(listIssues(issues)));
    QCOMPARE(issues.first().file, kFile);
    QCOMPARE(issues.first().path, path);
    QCOMPARE(issues.first().message, message);
}

void TestCriteriaSetLoader::reportsEveryProblemAtOnce()
{
    QJsonObject root = tinySet();
    root = withEdit(root, u"title"_s, QString::fromLatin1(removeMember));
    root = withEdit(root, u"colour"_s, uR"("red")"_s);
    root = withEdit(root, u"effectiveDate"_s, uR"("2025-13-01")"_s);
    root = withEdit(root, u"parameters/qualifyingImagingMonths"_s, uR"({"value": 6})"_s);
    root = withEdit(root, u"definitions/diabetic/evidence"_s, uR"(["no-such-citation"])"_s);
    root = withEdit(root, u"components/decompression/criterion/condition"_s,
                    uR"({">=": [{"var": "level.stenosisRank"}, 3]})"_s);
    root = withEdit(root, u"components/inpatient_stay/criterion"_s,
                    uR"({"id": "inpatient", "text": "Surgeon confirms", "verify": true})"_s);
    root = withEdit(root, u"components/fusion/criterion/all/0"_s, uR"({"use": "diabetes"})"_s);
    root = withEdit(root, u"cautions/0/components"_s, uR"(["fusoin"])"_s);

    ValidationIssues issues;
    QVERIFY(!build({source(kFile, root)}, issues));
    QStringList paths;
    for (const ValidationIssue& issue : issues) {
        QCOMPARE(issue.file, kFile);
        paths.append(issue.path);
    }
    const QStringList expected = {u"title"_s,
                                  u"colour"_s,
                                  u"effectiveDate"_s,
                                  u"parameters.qualifyingImagingMonths.source"_s,
                                  u"definitions.diabetic.evidence[0]"_s,
                                  u"components.decompression.criterion.condition.>=[0].var"_s,
                                  u"components.inpatient_stay.criterion.ask"_s,
                                  u"components.fusion.criterion.all[0].use"_s,
                                  u"cautions[0].components[0]"_s};
    for (const QString& path : expected)
        QVERIFY2(paths.contains(path), qPrintable(path + u" not reported in:\n"_s + listIssues(issues)));
    QCOMPARE(issues.size(), expected.size());
}

// A definition is built once however often it is used; so is its problem reported.
void TestCriteriaSetLoader::reportsABrokenDefinitionOnce()
{
    const QString leaf = uR"({"id": "def.broken.leaf", "text": "Leaf",
                              "condition": {"==": [{"var": "patient.diabetes"}, true]}})"_s;
    QJsonObject root = tinySet();
    root = withEdit(root, u"definitions/broken"_s,
                    u"{\"id\": \"def.broken\", \"text\": \"Broken\", \"all\": ["_s + leaf + u"], \"any\": ["_s + leaf +
                        u"]}"_s);
    root = withEdit(root, u"components/fusion/criterion/all/0"_s, uR"({"use": "broken"})"_s);
    root = withEdit(root, u"components/inpatient_stay/criterion"_s,
                    uR"({"id": "inpatient", "text": "Inpatient", "any": [{"use": "broken"}, {"use": "broken"}]})"_s);
    ValidationIssues issues;
    QVERIFY(!build({source(kFile, root)}, issues));
    QVERIFY2(issues.size() == 1, qPrintable(listIssues(issues)));
    QCOMPARE(issues.first().path, u"definitions.broken"_s);
    QCOMPARE(issues.first().message, u"a criterion has exactly one of all, any"_s);
}

// A set written as differences: the later file's definitions, components and cautions replace the earlier
// ones' of the same name, parameters merge key by key, removeCautions drops inherited cautions.
void TestCriteriaSetLoader::extendsReplacesAndInherits()
{
    const QJsonObject base = parse(uR"({
        "format": "spinereview-criteria/1", "id": "base", "title": "Base", "version": "1",
        "effectiveDate": "2025-01-01", "sources": ["base"],
        "parameters": { "qualifyingImagingMonths": { "value": 12, "source": "base" },
                        "activeTherapyRecencyMonths": { "value": 9, "source": "base" } },
        "definitions": {
            "diabetic": { "id": "base.diabetic", "text": "Diabetic",
                          "condition": { "==": [{ "var": "patient.diabetes" }, true] } },
            "obese": { "id": "base.obese", "text": "BMI 40 or more",
                       "condition": { ">=": [{ "var": "patient.bmi" }, 40] } }
        },
        "components": {
            "decompression": { "criterion": { "id": "base.decompression", "text": "Stenosis at {level}",
                               "condition": { ">=": [{ "var": "level.centralStenosis" }, 3] } } },
            "fusion": { "criterion": { "id": "base.fusion", "text": "Fusion at {level}",
                        "all": [{ "use": "diabetic" }, { "use": "obese" }] } }
        },
        "cautions": [
            { "id": "c1", "text": "Caution one", "components": "all" },
            { "id": "c2", "text": "Caution two", "components": ["fusion"] }
        ]
    })"_s)
                                 .toObject();
    const QJsonObject derived = parse(uR"({
        "format": "spinereview-criteria/1", "id": "derived", "title": "Derived", "version": "2",
        "effectiveDate": "2025-06-01", "sources": ["derived"], "extends": "base",
        "parameters": { "qualifyingImagingMonths": { "value": 6, "source": "derived" } },
        "definitions": {
            "diabetic": { "id": "derived.diabetic", "text": "HbA1c over 7",
                          "condition": { ">": [{ "var": "patient.hba1c" }, 7] } }
        },
        "components": {
            "decompression": { "criterion": { "id": "derived.decompression", "text": "Always", "constant": "met" } }
        },
        "removeCautions": ["c1"],
        "cautions": [
            { "id": "c2", "text": "Caution two, revised", "components": ["fusion"] },
            { "id": "c3", "text": "Caution three", "components": ["decompression"] }
        ]
    })"_s)
                                    .toObject();
    const CriteriaSource baseSource = source(u"base.json"_s, base);
    const CriteriaSource derivedSource = source(u"derived.json"_s, derived);

    ValidationIssues issues;
    const CriteriaSetPtr set = build({baseSource, derivedSource}, issues);
    QVERIFY2(set, qPrintable(listIssues(issues)));
    QVERIFY2(issues.isEmpty(), qPrintable(listIssues(issues)));

    QCOMPARE(set->info.id, u"derived"_s);
    QCOMPARE(set->info.title, u"Derived"_s);
    QCOMPARE(set->info.extends, u"base"_s);
    QCOMPARE(set->info.file, u"derived.json"_s);
    QCOMPARE(set->info.sha256, derivedSource.sha256);
    QCOMPARE(set->info.baseSha256, baseSource.sha256);
    QVERIFY(set->info.sha256 != set->info.baseSha256);

    // Parameters merge key by key.
    QCOMPARE(set->parameters.qualifyingImagingMonths, 6);
    QCOMPARE(set->parameters.activeTherapyRecencyMonths, 9);
    QCOMPARE(set->parameters.effectiveDate, QDate(2025, 6, 1));

    // Definitions: one replaced, one inherited.
    QCOMPARE(set->definitions.size(), 2);
    const CriterionNode* diabetic = set->definitions.value(u"diabetic"_s);
    const CriterionNode* obese = set->definitions.value(u"obese"_s);
    QVERIFY(diabetic && obese);
    QCOMPARE(diabetic->id, u"derived.diabetic"_s);
    QCOMPARE(diabetic->declaredIn, u"derived.json"_s);
    QCOMPARE(diabetic->declaredAt, u"definitions.diabetic"_s);
    QCOMPARE(obese->id, u"base.obese"_s);
    QCOMPARE(obese->declaredIn, u"base.json"_s);
    QVERIFY(!findNode(*set, u"base.diabetic"_s));

    // Components: one replaced; the inherited one reads the replaced definition.
    QCOMPARE(set->rules.size(), std::size_t(2));
    const CriterionNode* decompression = set->rule(Component::Decompression)->criterion;
    QCOMPARE(decompression->id, u"derived.decompression"_s);
    QCOMPARE(decompression->declaredIn, u"derived.json"_s);
    QCOMPARE(decompression->kind, CriterionNode::Kind::Constant);
    const CriterionNode* fusion = set->rule(Component::Fusion)->criterion;
    QCOMPARE(fusion->id, u"base.fusion"_s);
    QCOMPARE(fusion->declaredIn, u"base.json"_s);
    QCOMPARE(fusion->children.size(), std::size_t(2));
    QCOMPARE(fusion->children[0], diabetic);
    QCOMPARE(fusion->children[1], obese);
    QVERIFY(!findNode(*set, u"base.decompression"_s));

    // Cautions: c1 removed, c2 replaced in place, c3 added.
    QCOMPARE(cautionIds(*set), (QStringList{u"c2"_s, u"c3"_s}));
    QCOMPARE(set->cautions[0].text, u"Caution two, revised"_s);
    QCOMPARE(set->cautions[1].components, QList<Component>{Component::Decompression});

    // The base alone is still the base.
    ValidationIssues baseIssues;
    const CriteriaSetPtr baseSet = build({baseSource}, baseIssues);
    QVERIFY2(baseSet, qPrintable(listIssues(baseIssues)));
    QCOMPARE(cautionIds(*baseSet), (QStringList{u"c1"_s, u"c2"_s}));
    QCOMPARE(baseSet->parameters.qualifyingImagingMonths, 12);
    QCOMPARE(baseSet->definitions.value(u"diabetic"_s)->id, u"base.diabetic"_s);
}

void TestCriteriaSetLoader::extendsReportsProblemsInTheirOwnFile()
{
    QJsonObject base = tinySet();
    base = withEdit(base, u"definitions/obese"_s,
                    uR"({"id": "base.obese", "text": "Obese", "condition": {">=": [{"var": "patient.bmii"}, 40]}})"_s);
    QJsonObject derived = parse(uR"({
        "format": "spinereview-criteria/1", "id": "derived", "title": "Derived", "version": "2",
        "effectiveDate": "2025-06-01", "sources": ["derived"], "extends": "tiny",
        "components": { "bmp": { "criterion": { "id": "derived.bmp", "text": "BMP", "constant": "not_met",
                                                "evidence": ["no-such-citation"] } } }
    })"_s)
                              .toObject();
    ValidationIssues issues;
    QVERIFY(!build({source(u"base.json"_s, base), source(u"derived.json"_s, derived)}, issues));
    QCOMPARE(issues.size(), 2);
    QStringList located;
    for (const ValidationIssue& issue : issues)
        located.append(issue.file + u": "_s + issue.path);
    QVERIFY2(located.contains(u"base.json: definitions.obese.condition.>=[0].var"_s), qPrintable(listIssues(issues)));
    QVERIFY2(located.contains(u"derived.json: components.bmp.criterion.evidence[0]"_s), qPrintable(listIssues(issues)));
}

void TestCriteriaSetLoader::baseShaIsTheExtendedFile()
{
    const QJsonObject base = tinySet();
    QJsonObject middle = parse(uR"({
        "format": "spinereview-criteria/1", "id": "middle", "title": "Middle", "version": "1",
        "effectiveDate": "2025-01-01", "sources": ["middle"], "extends": "tiny",
        "parameters": { "qualifyingImagingMonths": { "value": 6, "source": "middle" } }
    })"_s)
                             .toObject();
    QJsonObject top = parse(uR"({
        "format": "spinereview-criteria/1", "id": "top", "title": "Top", "version": "1",
        "effectiveDate": "2025-01-01", "sources": ["top"], "extends": "middle",
        "removeCautions": ["c1"]
    })"_s)
                          .toObject();
    const CriteriaSource a = source(u"tiny.json"_s, base);
    const CriteriaSource b = source(u"middle.json"_s, middle);
    const CriteriaSource c = source(u"top.json"_s, top);
    ValidationIssues issues;
    const CriteriaSetPtr set = build({a, b, c}, issues);
    QVERIFY2(set, qPrintable(listIssues(issues)));
    QCOMPARE(set->info.id, u"top"_s);
    QCOMPARE(set->info.sha256, c.sha256);
    QCOMPARE(set->info.baseSha256, b.sha256);
    QCOMPARE(set->parameters.qualifyingImagingMonths, 6);
    QVERIFY(set->cautions.isEmpty());
    QCOMPARE(set->rules.size(), std::size_t(3));
}

void TestCriteriaSetLoader::buildsTheShippedSets()
{
    const auto shipped = [](const QString& id) {
        const QString path = QStringLiteral(SPINEREVIEW_SOURCE_DIR "/criteria/") + id + u".json"_s;
        const QByteArray bytes = readFile(path);
        return CriteriaSource{path, QJsonDocument::fromJson(bytes).object(), sha256(bytes)};
    };
    const CriteriaSource reference = shipped(u"reference"_s);
    for (const QString& id : {u"reference"_s, u"founding-review"_s, u"payer-cmm609"_s}) {
        const QList<CriteriaSource> chain =
            id == "reference"_L1 ? QList<CriteriaSource>{reference} : QList<CriteriaSource>{reference, shipped(id)};
        ValidationIssues issues;
        const CriteriaSetPtr set = build(chain, issues);
        QVERIFY2(set, qPrintable(listIssues(issues)));
        QVERIFY2(issues.isEmpty(), qPrintable(listIssues(issues)));
        QCOMPARE(set->info.id, id);
        QCOMPARE(set->info.baseSha256, id == "reference"_L1 ? QString() : reference.sha256);
        QCOMPARE(set->rules.size(), enumCount<Component>());
    }
}

// Twenty definitions, each using the previous one twice, are 4 KB of file but 2^20 criteria to evaluate
// (found by the fuzzer): the loader refuses the set instead of exhausting memory at the first evaluation.
void TestCriteriaSetLoader::refusesATreeThatExpandsTooFar()
{
    const QString path =
        QStringLiteral(SPINEREVIEW_TEST_DATA "/fuzz-regressions/criteria-shared-definition-blowup.json");
    const QJsonObject root = QJsonDocument::fromJson(readFile(path)).object();
    QVERIFY(!root.isEmpty());
    ValidationIssues issues;
    const CriteriaSetPtr set = CriteriaSetLoader::build({CriteriaSource{path, root, {}}}, *m_evidence, issues);
    QVERIFY(!set);
    QVERIFY2(std::any_of(issues.cbegin(), issues.cend(),
                         [](const ValidationIssue& i) { return i.message.contains(u"expands to more than 5000"_s); }),
             qPrintable(issues.value(0).toString()));
}

QTEST_GUILESS_MAIN(TestCriteriaSetLoader)
#include "tst_criteriasetloader.moc"
