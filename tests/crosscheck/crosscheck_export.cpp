// SPDX-License-Identifier: GPL-3.0-or-later
// Exports every criterion tree of the criteria sets as one JsonLogic expression, with random fact assignments
// and the engine's own Kleene result for each, for crosscheck.mjs to replay under json-logic-js. With --bench
// it times TreeEvaluator on the fully documented assignments of an exported file instead.
#include "core/criteria/criteriacatalog.h"
#include "core/criteria/criteriasetloader.h"
#include "core/criteria/jsonlogicexport.h"
#include "core/engine/treeevaluator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <deque>
#include <map>
#include <set>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

// SplitMix64: the same sequence for a seed on every platform (the standard distributions are not portable).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> const T& pick(const std::vector<T>& values)
    {
        return values[std::size_t(below(int(values.size())))];
    }

private:
    quint64 m_state;
};

// A plain assignment of facts: what a FactTable would hold, without a case behind it. Only the facts set are
// stored (a bench holds tens of thousands of these); every other fact is unknown and not assumable.
class MapFactSource final : public FactSource
{
public:
    MapFactSource() { m_slots.fill(-1); }
    void set(FactId id, FactValue value)
    {
        qint16& slot = m_slots[static_cast<std::size_t>(id)];
        if (slot < 0) {
            slot = static_cast<qint16>(m_values.size());
            m_values.push_back(std::move(value));
        } else {
            m_values[static_cast<std::size_t>(slot)] = std::move(value);
        }
    }
    const FactValue& value(FactId id, std::optional<Level>) const override
    {
        static const FactValue unknown = FactValue::unknown(u"not in the assignment"_s);
        const qint16 slot = m_slots[static_cast<std::size_t>(id)];
        return slot < 0 ? unknown : m_values[static_cast<std::size_t>(slot)];
    }

private:
    std::array<qint16, FactCatalog::count()> m_slots;
    std::vector<FactValue> m_values;
};

struct Tree
{
    QString set;
    QString kind; // "component" or "caution"
    QString name; // the component id or the caution id
    bool perLevel = false;
    const CriterionNode* node = nullptr;
};

// The variables of a tree's JsonLogic expression and what each stands for.
struct Variable
{
    enum class Kind { Fact, Component, Verify };
    QString name;
    Kind kind = Kind::Fact;
    FactId fact = FactId::Count;
    Component component = Component::Fusion;
    std::vector<QJsonValue> candidates; // facts: the values an assignment draws from
};

// What the engine sees for one assignment.
struct EngineInput
{
    MapFactSource facts;
    std::map<Component, std::optional<Status>> components;
    std::optional<Level> level;
};

// Statuses drawn for component references; "not_requested" (no status name) is the engine's "not requested".
const std::vector<QJsonValue> kComponentValues = {u"met"_s,     u"met"_s,     u"met"_s,          u"not_met"_s,
                                                  u"not_met"_s, u"not_met"_s, u"not_requested"_s};

void forEachNode(const CriterionNode* node, const std::function<void(const CriterionNode*)>& visit,
                 std::set<const CriterionNode*>& seen)
{
    if (!node || !seen.insert(node).second)
        return;
    visit(node);
    for (const CriterionNode* child : node->children)
        forEachNode(child, visit, seen);
}

QString varName(const QJsonValue& operand)
{
    if (!operand.isObject() || !operand.toObject().contains("var"_L1))
        return {};
    const QJsonValue name = operand.toObject().value("var"_L1);
    return name.isArray() ? name.toArray().first().toString() : name.toString();
}

// The numbers each fact is compared with anywhere in a condition, and the text literals it is compared with.
void collectLiterals(const QJsonValue& json, QMap<QString, QList<QJsonValue>>& out)
{
    const QJsonObject object = json.toObject();
    if (object.size() != 1)
        return;
    const QString op = object.begin().key();
    const QJsonValue value = object.begin().value();
    const QJsonArray args = value.isArray() ? value.toArray() : QJsonArray{value};
    if (op == "and"_L1 || op == "or"_L1 || op == "!"_L1) {
        for (const QJsonValue& arg : args)
            collectLiterals(arg, out);
        return;
    }
    QStringList vars;
    QList<QJsonValue> literals;
    for (const QJsonValue& arg : args) {
        if (const QString name = varName(arg); !name.isEmpty()) {
            vars.append(name);
        } else if (arg.isArray()) {
            for (const QJsonValue& item : arg.toArray())
                literals.append(item);
        } else {
            literals.append(arg);
        }
    }
    for (const QString& var : std::as_const(vars))
        out[var].append(literals);
}

std::vector<QJsonValue> candidatesFor(FactId id, const QList<QJsonValue>& literals)
{
    const FactDefinition& def = FactCatalog::definition(id);
    std::vector<QJsonValue> out;
    const auto add = [&out](const QJsonValue& v) {
        if (std::find(out.begin(), out.end(), v) == out.end())
            out.push_back(v);
    };
    switch (def.type) {
    case FactType::Boolean:
        add(true);
        add(false);
        break;
    case FactType::Text:
        for (const QString& value : def.textValues)
            add(value);
        for (const QJsonValue& literal : literals) {
            if (literal.isString())
                add(literal);
        }
        if (out.empty())
            add(u"other"_s);
        break;
    case FactType::Number: {
        // Around every threshold the tree compares the fact with, plus values well clear of all of them.
        std::vector<double> thresholds;
        for (const QJsonValue& literal : literals) {
            if (literal.isDouble())
                thresholds.push_back(literal.toDouble());
        }
        if (thresholds.empty())
            thresholds = {0, 1, 2, 5, 10};
        for (double t : thresholds) {
            for (double delta : {-1.0, -0.5, 0.0, 0.5, 1.0})
                add(t + delta);
        }
        const auto [low, high] = std::minmax_element(thresholds.begin(), thresholds.end());
        add(*low - 10);
        add(*high + 10);
        add(0);
        break;
    }
    }
    return out;
}

std::vector<Variable> variablesOf(const CriterionNode* root)
{
    QMap<QString, QList<QJsonValue>> literals;
    std::set<const CriterionNode*> seen;
    forEachNode(
        root,
        [&](const CriterionNode* node) {
            if (node->condition)
                collectLiterals(node->condition->json(), literals);
        },
        seen);
    std::vector<Variable> out;
    for (const QString& name : JsonLogicExport::variables(root)) {
        Variable v;
        v.name = name;
        if (const auto fact = FactCatalog::find(name)) {
            v.fact = *fact;
            v.candidates = candidatesFor(*fact, literals.value(name));
        } else if (name.startsWith("component."_L1)) {
            v.kind = Variable::Kind::Component;
            v.component = *enumFromString<Component>(QStringView(name).mid(10));
        } else {
            v.kind = Variable::Kind::Verify;
        }
        out.push_back(std::move(v));
    }
    return out;
}

void fillInput(EngineInput& input, const std::vector<Variable>& vars, const QJsonArray& values,
               std::optional<Level> level)
{
    input.level = level;
    for (std::size_t i = 0; i < vars.size(); ++i) {
        const QJsonValue value = values[qsizetype(i)];
        const Variable& var = vars[i];
        if (var.kind == Variable::Kind::Component) {
            const auto status = statusFromName(value.toString());
            input.components[var.component] = status;
        } else if (var.kind == Variable::Kind::Fact) {
            if (value.isBool())
                input.facts.set(var.fact, FactValue::ofBool(value.toBool()));
            else if (value.isDouble())
                input.facts.set(var.fact, FactValue::ofNumber(value.toDouble()));
            else if (value.isString())
                input.facts.set(var.fact, FactValue::ofText(value.toString()));
            // null: unknown and not assumable — no completion-based check can confirm an assumed absence.
        }
    }
}

CriterionOutcome evaluate(const Tree& tree, const EngineInput& input)
{
    const TreeEvaluator evaluator(input.facts, [&input](Component component, std::optional<Level>) {
        const auto it = input.components.find(component);
        return it == input.components.end() ? std::nullopt : it->second;
    });
    return evaluator.evaluate(tree.node, input.level);
}

// Whether a status test (`accept`) somewhere in the outcome saw an incomplete subtree. Such a test reads
// "pending" as a value of its own, which no completion of the unknowns reproduces: the soundness property
// does not apply to that assignment.
bool readsPendingAsValue(const CriterionOutcome& outcome)
{
    const CriterionNode* node = outcome.node;
    if (node->accept && node->kind != CriterionNode::Kind::Component) {
        Status raw = Status::Incomplete;
        if (node->kind == CriterionNode::Kind::All || node->kind == CriterionNode::Kind::Any) {
            const bool all = node->kind == CriterionNode::Kind::All;
            raw = all ? Status::Met : Status::NotMet;
            for (const CriterionOutcome& child : outcome.children)
                raw = all ? Kleene::conjunction(raw, child.status) : Kleene::disjunction(raw, child.status);
        }
        if (raw == Status::Incomplete)
            return true;
    }
    return std::any_of(outcome.children.begin(), outcome.children.end(), readsPendingAsValue);
}

QJsonValue randomValue(Random& random, const Variable& var)
{
    switch (var.kind) {
    case Variable::Kind::Fact:
        return random.pick(var.candidates);
    case Variable::Kind::Component:
        return random.pick(kComponentValues);
    case Variable::Kind::Verify:
        return random.below(2) == 1;
    }
    return {};
}

// One assignment with `unknown` positions left null, its completions, and the engine's result.
QJsonObject randomAssignment(Random& random, const Tree& tree, const std::vector<Variable>& vars, int unknownPercent,
                             int completionCount)
{
    const std::optional<Level> level =
        tree.perLevel ? std::optional<Level>(static_cast<Level>(random.below(int(enumCount<Level>())))) : std::nullopt;
    QJsonArray values;
    QJsonArray unknown;
    for (std::size_t i = 0; i < vars.size(); ++i) {
        const Variable& var = vars[i];
        if (var.kind == Variable::Kind::Fact && var.fact == FactId::LevelName) {
            values.append(level ? enumToString(*level) : QJsonValue());
            continue;
        }
        const bool leaveOpen =
            var.kind == Variable::Kind::Verify || (var.kind == Variable::Kind::Fact && random.chance(unknownPercent));
        values.append(leaveOpen ? QJsonValue() : randomValue(random, var));
        if (leaveOpen)
            unknown.append(qsizetype(i));
    }

    QJsonArray completions;
    const bool onlyQuestions = std::all_of(unknown.begin(), unknown.end(), [&](const QJsonValue& i) {
        return vars[std::size_t(i.toInt())].kind == Variable::Kind::Verify;
    });
    if (!unknown.isEmpty() && onlyQuestions && unknown.size() <= 4) {
        // Open questions only: every combination of answers.
        for (int mask = 0; mask < (1 << unknown.size()); ++mask) {
            QJsonArray completion;
            for (qsizetype bit = 0; bit < unknown.size(); ++bit)
                completion.append(((mask >> bit) & 1) == 1);
            completions.append(completion);
        }
    } else if (!unknown.isEmpty()) {
        for (int c = 0; c < completionCount; ++c) {
            QJsonArray completion;
            for (const QJsonValue& i : std::as_const(unknown))
                completion.append(randomValue(random, vars[std::size_t(i.toInt())]));
            completions.append(completion);
        }
    }

    EngineInput input;
    fillInput(input, vars, values, level);
    const CriterionOutcome outcome = evaluate(tree, input);
    QJsonObject o{{u"level"_s, level ? QJsonValue(enumToString(*level)) : QJsonValue()},
                  {u"values"_s, values},
                  {u"result"_s, statusName(outcome.status)}};
    if (!unknown.isEmpty()) {
        o.insert(u"unknown"_s, unknown);
        o.insert(u"completions"_s, completions);
    }
    if (readsPendingAsValue(outcome))
        o.insert(u"pendingAsValue"_s, true);
    return o;
}

struct Loaded
{
    CriteriaCatalog catalog;
    QList<CriteriaSetPtr> sets;
    std::vector<Tree> trees;
};

std::optional<Loaded> load(const QString& directory, const QStringList& extraFiles, QTextStream& err)
{
    Loaded loaded{CriteriaCatalog::loadDirectory(directory), {}, {}};
    ValidationIssues issues = loaded.catalog.issues();
    loaded.sets = loaded.catalog.sets();
    for (const QString& path : extraFiles) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !loaded.catalog.evidence()) {
            issues.append({path, {}, u"cannot be read, or no evidence library to check it with"_s});
            continue;
        }
        const QByteArray bytes = file.readAll();
        const CriteriaSource source{
            path, QJsonDocument::fromJson(bytes).object(),
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())};
        if (auto set = CriteriaSetLoader::build({source}, *loaded.catalog.evidence(), issues))
            loaded.sets.append(set);
    }
    for (const ValidationIssue& issue : std::as_const(issues))
        err << "crosscheck_export: " << issue.toString() << "\n";
    if (!issues.isEmpty())
        return std::nullopt;
    for (const CriteriaSetPtr& set : std::as_const(loaded.sets)) {
        for (const auto& [component, rule] : set->rules)
            loaded.trees.push_back(
                {set->info.id, u"component"_s, enumToString(component), rule.perLevel, rule.criterion});
        for (const Caution& caution : set->cautions) {
            if (caution.when)
                loaded.trees.push_back(
                    {set->info.id, u"caution"_s, caution.id, caution.scope != Caution::Scope::Case, caution.when});
        }
    }
    return loaded;
}

QJsonArray factCatalog()
{
    QJsonArray out;
    for (const FactDefinition& def : FactCatalog::all()) {
        out.append(QJsonObject{
            {u"name"_s, QString::fromLatin1(def.name)},
            {u"type"_s, def.type == FactType::Boolean  ? u"boolean"_s
                        : def.type == FactType::Number ? u"number"_s
                                                       : u"text"_s},
            {u"scope"_s, def.scope == FactScope::Level ? u"level"_s : u"case"_s},
            {u"meaning"_s, QString::fromUtf8(def.meaning)},
            {u"textValues"_s, QJsonArray::fromStringList(def.textValues)},
        });
    }
    return out;
}

int exportTrees(const Loaded& loaded, const QString& outPath, quint64 seed, int full, int partial, int completions,
                QTextStream& out)
{
    Random random(seed);
    QJsonArray trees;
    int assignments = 0;
    for (const Tree& tree : loaded.trees) {
        const std::vector<Variable> vars = variablesOf(tree.node);
        QJsonArray names;
        for (const Variable& var : vars)
            names.append(var.name);
        QJsonArray fullAssignments;
        for (int i = 0; i < full; ++i)
            fullAssignments.append(randomAssignment(random, tree, vars, 0, completions));
        QJsonArray partialAssignments;
        const bool anyOpenable = std::any_of(vars.begin(), vars.end(), [](const Variable& v) {
            return v.kind == Variable::Kind::Fact && v.fact != FactId::LevelName;
        });
        for (int i = 0; anyOpenable && i < partial; ++i) {
            // Each fact is left unknown with a probability drawn per assignment, so some leave one open, some most.
            partialAssignments.append(randomAssignment(random, tree, vars, 10 + random.below(60), completions));
        }
        assignments += int(fullAssignments.size() + partialAssignments.size());
        trees.append(QJsonObject{
            {u"set"_s, tree.set},
            {u"kind"_s, tree.kind},
            {u"name"_s, tree.name},
            {u"scope"_s, tree.perLevel ? u"level"_s : u"case"_s},
            {u"logic"_s, JsonLogicExport::toJsonLogic(tree.node)},
            {u"facts"_s, QJsonArray::fromStringList(JsonLogicExport::factsRead(tree.node))},
            {u"vars"_s, names},
            {u"full"_s, fullAssignments},
            {u"partial"_s, partialAssignments},
        });
    }
    QJsonArray sets;
    for (const CriteriaSetPtr& set : loaded.sets)
        sets.append(QJsonObject{{u"id"_s, set->info.id},
                                {u"version"_s, set->info.version},
                                {u"sha256"_s, set->info.sha256},
                                {u"file"_s, set->info.file}});
    const QJsonObject root{
        {u"format"_s, u"spinereview-jsonlogic-crosscheck/1"_s},
        {u"seed"_s, QString::number(seed)},
        {u"fullPerTree"_s, full},
        {u"partialPerTree"_s, partial},
        {u"completionsPerPartial"_s, completions},
        {u"sets"_s, sets},
        {u"catalog"_s, factCatalog()},
        {u"trees"_s, trees},
    };
    QFile file(outPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        out << "crosscheck_export: cannot write " << outPath << ": " << file.errorString() << "\n";
        return 2;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    out << "crosscheck_export: " << trees.size() << " trees, " << assignments << " assignments from "
        << loaded.sets.size() << " sets written to " << outPath << "\n";
    return 0;
}

// Times TreeEvaluator over the fully documented assignments of an exported file, `repeats` times over.
int bench(const Loaded& loaded, const QString& inPath, int repeats, QTextStream& out)
{
    QFile file(inPath);
    if (!file.open(QIODevice::ReadOnly)) {
        out << "crosscheck_export: cannot read " << inPath << "\n";
        return 2;
    }
    const QJsonArray trees = QJsonDocument::fromJson(file.readAll()).object().value("trees"_L1).toArray();
    struct Case
    {
        const Tree* tree = nullptr;
        EngineInput input;
        QString expected;
    };
    std::deque<Case> cases; // stable addresses: each TreeEvaluator below refers to its input
    for (const QJsonValue& t : trees) {
        const QJsonObject o = t.toObject();
        const auto it = std::find_if(loaded.trees.begin(), loaded.trees.end(), [&](const Tree& tree) {
            return tree.set == o.value("set"_L1).toString() && tree.kind == o.value("kind"_L1).toString() &&
                   tree.name == o.value("name"_L1).toString();
        });
        if (it == loaded.trees.end()) {
            out << "crosscheck_export: " << inPath
                << " holds a tree the criteria do not: " << o.value("set"_L1).toString() << "/"
                << o.value("name"_L1).toString() << "\n";
            return 2;
        }
        const std::vector<Variable> vars = variablesOf(it->node);
        for (const QJsonValue& a : o.value("full"_L1).toArray()) {
            const QJsonObject assignment = a.toObject();
            Case& c = cases.emplace_back();
            c.tree = &*it;
            c.expected = assignment.value("result"_L1).toString();
            fillInput(c.input, vars, assignment.value("values"_L1).toArray(),
                      enumFromString<Level>(assignment.value("level"_L1).toString()));
        }
    }
    std::vector<TreeEvaluator> evaluators;
    evaluators.reserve(cases.size());
    for (const Case& c : cases) {
        const EngineInput* input = &c.input;
        evaluators.emplace_back(input->facts, [input](Component component, std::optional<Level>) {
            const auto found = input->components.find(component);
            return found == input->components.end() ? std::nullopt : found->second;
        });
    }
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const QString status = statusName(evaluators[i].evaluate(cases[i].tree->node, cases[i].input.level).status);
        if (status != cases[i].expected) {
            out << "crosscheck_export: the engine now gives " << status << " where the file records "
                << cases[i].expected << " (" << cases[i].tree->set << "/" << cases[i].tree->name << ")\n";
            return 3;
        }
    }
    QElapsedTimer timer;
    timer.start();
    std::array<qint64, 3> tally{};
    for (int r = 0; r < repeats; ++r) {
        for (std::size_t i = 0; i < cases.size(); ++i)
            ++tally[std::size_t(evaluators[i].evaluate(cases[i].tree->node, cases[i].input.level).status)];
    }
    const qint64 nanoseconds = std::max<qint64>(timer.nsecsElapsed(), 1);
    const qint64 evaluations = qint64(cases.size()) * repeats;
    const double rate = double(evaluations) * 1e9 / double(nanoseconds);
    out << QJsonDocument(QJsonObject{{u"engine"_s, u"SpineReview TreeEvaluator (C++)"_s},
                                     {u"trees"_s, trees.size()},
                                     {u"assignments"_s, qint64(cases.size())},
                                     {u"repeats"_s, repeats},
                                     {u"evaluations"_s, evaluations},
                                     {u"seconds"_s, double(nanoseconds) / 1e9},
                                     {u"evaluationsPerSecond"_s, rate},
                                     {u"met"_s, tally[std::size_t(Status::Met)]}})
               .toJson(QJsonDocument::Compact)
        << "\n";
    return 0;
}

void printFactTable(QTextStream& out)
{
    out << "| fact | type | scope | meaning |\n|---|---|---|---|\n";
    for (const FactDefinition& def : FactCatalog::all()) {
        QString meaning = QString::fromUtf8(def.meaning);
        if (!def.textValues.isEmpty())
            meaning += u" — one of `"_s + def.textValues.join(u"`, `"_s) + u"`"_s;
        out << "| `" << def.name << "` | "
            << (def.type == FactType::Boolean  ? "boolean"
                : def.type == FactType::Number ? "number"
                                               : "text")
            << " | " << (def.scope == FactScope::Level ? "level" : "case") << " | " << meaning.replace(u'|', u"\\|"_s)
            << " |\n";
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Exports criterion trees as JsonLogic with random assignments and the "
                                     u"engine's results, or times the engine on an exported file."_s);
    parser.addHelpOption();
    const QCommandLineOption criteria(u"criteria"_s, u"The criteria folder (the source criteria/)."_s, u"dir"_s);
    const QCommandLineOption extra(u"extra"_s, u"A further stand-alone set file to export (repeatable)."_s, u"file"_s);
    const QCommandLineOption outFile(u"out"_s, u"Where to write the export."_s, u"file"_s);
    const QCommandLineOption seed(u"seed"_s, u"PRNG seed."_s, u"n"_s, u"20261126"_s);
    const QCommandLineOption full(u"full"_s, u"Fully documented assignments per tree."_s, u"n"_s, u"300"_s);
    const QCommandLineOption partial(u"partial"_s, u"Partly documented assignments per tree."_s, u"n"_s, u"100"_s);
    const QCommandLineOption completions(u"completions"_s, u"Random completions per partial assignment."_s, u"n"_s,
                                         u"6"_s);
    const QCommandLineOption benchRepeats(u"bench"_s, u"Time the engine on --in, this many passes."_s, u"k"_s);
    const QCommandLineOption inFile(u"in"_s, u"An exported file (for --bench)."_s, u"file"_s);
    const QCommandLineOption factTable(u"fact-table"_s, u"Print the fact catalogue as a Markdown table."_s);
    parser.addOptions({criteria, extra, outFile, seed, full, partial, completions, benchRepeats, inFile, factTable});
    parser.process(app);

    if (parser.isSet(factTable)) {
        printFactTable(out);
        return 0;
    }
    const bool benchMode = parser.isSet(benchRepeats);
    if (!parser.isSet(criteria) || (benchMode ? !parser.isSet(inFile) : !parser.isSet(outFile))) {
        out << "usage: crosscheck_export --criteria DIR [--extra FILE…] (--out FILE | --bench K --in FILE)\n";
        return 1;
    }
    QTextStream err(stderr);
    const auto loaded = load(parser.value(criteria), parser.values(extra), err);
    if (!loaded)
        return 2;
    if (benchMode)
        return bench(*loaded, parser.value(inFile), std::max(1, parser.value(benchRepeats).toInt()), out);
    return exportTrees(*loaded, parser.value(outFile), parser.value(seed).toULongLong(), parser.value(full).toInt(),
                       parser.value(partial).toInt(), parser.value(completions).toInt(), out);
}
