// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/criteria/criteriasetloader.h"

#include "core/criteria/criterionparser.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

const QStringList kTopKeys = {u"format"_s,      u"id"_s,         u"title"_s,    u"version"_s,       u"effectiveDate"_s,
                              u"sources"_s,     u"label"_s,      u"extends"_s,  u"description"_s,   u"parameters"_s,
                              u"definitions"_s, u"components"_s, u"cautions"_s, u"removeCautions"_s};

struct Located
{
    QString file;
    QString path;
    QJsonValue json;
};

// Elements of the chain by name, the last file winning, in first-declared order.
QList<std::pair<QString, Located>> merged(const QList<CriteriaSource>& chain, QLatin1StringView section)
{
    QList<std::pair<QString, Located>> out;
    for (const CriteriaSource& source : chain) {
        const QJsonObject object = source.root.value(section).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const Located located{source.file, jsonPathMember(QString(section), it.key()), it.value()};
            const auto existing =
                std::find_if(out.begin(), out.end(), [&](const auto& e) { return e.first == it.key(); });
            if (existing != out.end())
                existing->second = located;
            else
                out.append({it.key(), located});
        }
    }
    return out;
}

void readInfo(const CriteriaSource& own, const QList<CriteriaSource>& chain, CriteriaSetInfo& info,
              ValidationIssues& issues)
{
    const QJsonObject& r = own.root;
    const QString& file = own.file;
    for (auto it = r.begin(); it != r.end(); ++it) {
        if (!kTopKeys.contains(it.key()))
            issues.append({file, it.key(), u"unknown key \"%1\""_s.arg(it.key())});
    }
    if (r.value("format"_L1).toString() != "spinereview-criteria/1"_L1)
        issues.append({file, u"format"_s, u"expected \"spinereview-criteria/1\""_s});
    static const QRegularExpression idPattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    info.id = r.value("id"_L1).toString();
    if (!idPattern.match(info.id).hasMatch())
        issues.append({file, u"id"_s, u"expected a lower-case id of letters, digits and hyphens"_s});
    for (const auto key : {"title"_L1, "version"_L1}) {
        if (r.value(key).toString().isEmpty())
            issues.append({file, QString(key), u"required field is missing"_s});
    }
    info.title = r.value("title"_L1).toString();
    info.version = r.value("version"_L1).toString();
    info.effectiveDate = r.value("effectiveDate"_L1).toString();
    if (!QDate::fromString(info.effectiveDate, Qt::ISODate).isValid())
        issues.append({file, u"effectiveDate"_s, u"expected a calendar date YYYY-MM-DD"_s});
    const QJsonArray sources = r.value("sources"_L1).toArray();
    for (const QJsonValue& source : sources)
        info.sources.append(source.toString());
    if (info.sources.isEmpty())
        issues.append({file, u"sources"_s, u"a criteria set must name its sources"_s});
    info.label = r.value("label"_L1).toString();
    info.extends = r.value("extends"_L1).toString();
    info.file = file;
    info.sha256 = own.sha256;
    if (chain.size() > 1)
        info.baseSha256 = chain[chain.size() - 2].sha256;
}

void readParameters(const QList<CriteriaSource>& chain, const EvidenceLibrary& evidence, FactParameters& parameters,
                    ValidationIssues& issues)
{
    for (const auto& [name, located] : merged(chain, "parameters"_L1)) {
        const QJsonObject o = located.json.toObject();
        const QJsonValue value = o.value("value"_L1);
        const int months = value.toInt();
        if (!value.isDouble() || value.toDouble() != months || months < 1 || months > 120) {
            issues.append({located.file, jsonPathMember(located.path, u"value"_s),
                           u"expected a whole number of months from 1 to 120"_s});
            continue;
        }
        const QJsonArray cited = o.value("evidence"_L1).toArray();
        for (qsizetype i = 0; i < cited.size(); ++i) {
            if (!evidence.contains(cited[i].toString()))
                issues.append({located.file, jsonPathIndex(jsonPathMember(located.path, u"evidence"_s), i),
                               u"unknown evidence id \"%1\" (not in the evidence library)"_s.arg(cited[i].toString())});
        }
        if (o.value("source"_L1).toString().isEmpty())
            issues.append(
                {located.file, jsonPathMember(located.path, u"source"_s), u"every parameter states its source"_s});
        if (name == "qualifyingImagingMonths"_L1)
            parameters.qualifyingImagingMonths = months;
        else if (name == "activeTherapyRecencyMonths"_L1)
            parameters.activeTherapyRecencyMonths = months;
        else
            issues.append({located.file, located.path,
                           u"unknown parameter (expected qualifyingImagingMonths or activeTherapyRecencyMonths)"_s});
    }
}

QList<Component> readComponentList(const QJsonValue& json, const QString& file, const QString& path,
                                   ValidationIssues& issues)
{
    if (json == QJsonValue(u"all"_s)) {
        QList<Component> all;
        for (std::size_t i = 0; i < enumCount<Component>(); ++i)
            all.append(static_cast<Component>(i));
        return all;
    }
    QList<Component> out;
    const QJsonArray array = json.toArray();
    if (array.isEmpty())
        issues.append({file, path, u"expected \"all\" or a non-empty array of component ids"_s});
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto component = enumFromString<Component>(array[i].toString());
        if (!component)
            issues.append({file, jsonPathIndex(path, i), u"unknown component \"%1\""_s.arg(array[i].toString())});
        else
            out.append(*component);
    }
    return out;
}

void readComponents(const QList<CriteriaSource>& chain, CriteriaSet& set, CriterionParser& parser,
                    ValidationIssues& issues)
{
    QMap<Component, QSet<Component>> dependencies;
    for (const auto& [name, located] : merged(chain, "components"_L1)) {
        const auto component = enumFromString<Component>(name);
        if (!component) {
            issues.append({located.file, located.path,
                           u"unknown component \"%1\" (expected one of %2)"_s.arg(
                               name, enumAllNames<Component>().join(u", "_s))});
            continue;
        }
        const QJsonObject o = located.json.toObject();
        const QString scope = o.value("scope"_L1).toString(u"level"_s);
        if (scope != "level"_L1 && scope != "case"_L1)
            issues.append(
                {located.file, jsonPathMember(located.path, u"scope"_s), u"expected \"level\" or \"case\""_s});
        ComponentRule rule{
            *component, scope != "case"_L1,
            parser.parse(o.value("criterion"_L1), located.file, jsonPathMember(located.path, u"criterion"_s))};
        if (!rule.criterion)
            continue;
        if (!rule.perLevel && CriterionParser::readsLevelFacts(rule.criterion))
            issues.append({located.file, located.path, u"a case-scope component cannot read level. facts"_s});
        CriterionParser::referencedComponents(rule.criterion, dependencies[*component]);
        set.rules[*component] = rule;
    }

    // Order components so every referenced component is evaluated first.
    QSet<Component> done;
    QSet<Component> visiting;
    std::function<bool(Component)> visit = [&](Component c) {
        if (done.contains(c))
            return true;
        if (visiting.contains(c))
            return false;
        visiting.insert(c);
        for (Component dependency : dependencies.value(c)) {
            if (!set.rule(dependency)) {
                issues.append({chain.last().file, u"components."_s + enumToString(c),
                               u"refers to component \"%1\", which has no rule"_s.arg(enumToString(dependency))});
                continue;
            }
            if (!visit(dependency))
                return false;
        }
        visiting.remove(c);
        done.insert(c);
        set.evaluationOrder.push_back(c);
        return true;
    };
    for (const auto& [component, rule] : set.rules) {
        if (!visit(component)) {
            issues.append({chain.last().file, u"components."_s + enumToString(component),
                           u"components refer to each other in a cycle"_s});
            break;
        }
    }
}

void readCautions(const QList<CriteriaSource>& chain, CriteriaSet& set, CriterionParser& parser,
                  ValidationIssues& issues)
{
    QStringList removed;
    for (const CriteriaSource& source : chain) {
        for (const QJsonValue& id : source.root.value("removeCautions"_L1).toArray())
            removed.append(id.toString());
    }
    QList<std::pair<QString, Located>> cautions;
    for (const CriteriaSource& source : chain) {
        const QJsonArray array = source.root.value("cautions"_L1).toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString id = array[i].toObject().value("id"_L1).toString();
            const Located located{source.file, jsonPathIndex(u"cautions"_s, i), array[i]};
            const auto existing =
                std::find_if(cautions.begin(), cautions.end(), [&](const auto& c) { return c.first == id; });
            if (existing != cautions.end())
                existing->second = located;
            else
                cautions.append({id, located});
        }
    }
    for (const auto& [id, located] : cautions) {
        if (removed.contains(id))
            continue;
        const QJsonObject o = located.json.toObject();
        Caution caution;
        caution.id = id;
        caution.text = o.value("text"_L1).toString();
        if (id.isEmpty())
            issues.append({located.file, jsonPathMember(located.path, u"id"_s), u"required field is missing"_s});
        if (caution.text.isEmpty())
            issues.append({located.file, jsonPathMember(located.path, u"text"_s), u"required field is missing"_s});
        caution.components = readComponentList(o.value("components"_L1), located.file,
                                               jsonPathMember(located.path, u"components"_s), issues);
        const QString scope = o.value("scope"_L1).toString(u"case"_s);
        caution.scope = scope == "level"_L1               ? Caution::Scope::Level
                        : scope == "unrequestedLevels"_L1 ? Caution::Scope::UnrequestedLevels
                                                          : Caution::Scope::Case;
        if (scope != "level"_L1 && scope != "case"_L1 && scope != "unrequestedLevels"_L1)
            issues.append({located.file, jsonPathMember(located.path, u"scope"_s),
                           u"expected \"case\", \"level\" or \"unrequestedLevels\""_s});
        if (o.contains("when"_L1)) {
            caution.when = parser.parse(o.value("when"_L1), located.file, jsonPathMember(located.path, u"when"_s));
            if (caution.scope == Caution::Scope::Case && CriterionParser::readsLevelFacts(caution.when))
                issues.append({located.file, jsonPathMember(located.path, u"when"_s),
                               u"a case-scope caution cannot read level. facts"_s});
        }
        parser.checkEvidence(o.value("evidence"_L1), located.file, jsonPathMember(located.path, u"evidence"_s),
                             caution.evidence);
        set.cautions.append(caution);
    }
}

// The number of criteria a tree has once every use of a shared definition is written out — what the engine
// evaluates. Saturates at `limit` so a tree that doubles at each of many definitions costs nothing to measure.
qsizetype expandedSize(const CriterionNode* node, qsizetype limit, QHash<const CriterionNode*, qsizetype>& memo)
{
    if (!node)
        return 0;
    if (const auto it = memo.constFind(node); it != memo.constEnd())
        return *it;
    qsizetype size = 1;
    for (const CriterionNode* child : node->children)
        size = std::min(limit, size + expandedSize(child, limit, memo));
    memo.insert(node, size);
    return size;
}

void checkExpandedSizes(const CriteriaSet& set, const QString& file, ValidationIssues& issues)
{
    QHash<const CriterionNode*, qsizetype> memo;
    const auto check = [&](const CriterionNode* tree, const QString& path) {
        if (expandedSize(tree, CriteriaSetLoader::maxExpandedCriteria + 1, memo) >
            CriteriaSetLoader::maxExpandedCriteria)
            issues.append(
                {file, path,
                 u"expands to more than %1 criteria once its definitions are written out (each use of a "
                 "definition is evaluated again): simplify it"_s.arg(CriteriaSetLoader::maxExpandedCriteria)});
    };
    for (const auto& [component, rule] : set.rules)
        check(rule.criterion, u"components."_s + enumToString(component));
    for (qsizetype i = 0; i < set.cautions.size(); ++i)
        check(set.cautions[i].when, jsonPathIndex(u"cautions"_s, i));
}

} // namespace

CriteriaSetPtr CriteriaSetLoader::build(const QList<CriteriaSource>& chain, const EvidenceLibrary& evidence,
                                        ValidationIssues& issues)
{
    Q_ASSERT(!chain.isEmpty());
    const qsizetype issuesBefore = issues.size();
    auto set = std::make_shared<CriteriaSet>();
    readInfo(chain.last(), chain, set->info, issues);
    set->info.evidenceSha256 = evidence.sha256();
    readParameters(chain, evidence, set->parameters, issues);
    set->parameters.effectiveDate = QDate::fromString(set->info.effectiveDate, Qt::ISODate);

    CriterionParser parser(*set, evidence, issues);
    for (const auto& [name, located] : merged(chain, "definitions"_L1))
        parser.addDefinition(name, {located.file, located.path, located.json});
    // Build every definition, used or not, so a broken one is reported even before anything uses it.
    for (const auto& [name, located] : merged(chain, "definitions"_L1))
        parser.definition(name, located.file, located.path);
    readComponents(chain, *set, parser, issues);
    readCautions(chain, *set, parser, issues);
    checkExpandedSizes(*set, chain.last().file, issues);

    if (set->rules.empty())
        issues.append({chain.last().file, u"components"_s, u"a criteria set needs at least one component rule"_s});
    if (issues.size() > issuesBefore)
        return nullptr;
    return set;
}

} // namespace spinereview
