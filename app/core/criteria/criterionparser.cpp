// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/criteria/criterionparser.h"

#include <QJsonArray>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

const QStringList kKeys = {u"id"_s,  u"text"_s,      u"ask"_s,    u"note"_s,    u"evidence"_s, u"assumedAbsent"_s,
                           u"all"_s, u"any"_s,       u"not"_s,    u"atLeast"_s, u"of"_s,       u"condition"_s,
                           u"use"_s, u"component"_s, u"accept"_s, u"verify"_s,  u"constant"_s};
const QStringList kShapes = {u"all"_s, u"any"_s,       u"not"_s,    u"atLeast"_s, u"condition"_s,
                             u"use"_s, u"component"_s, u"verify"_s, u"constant"_s};

} // namespace

CriterionParser::CriterionParser(CriteriaSet& set, const EvidenceLibrary& evidence, ValidationIssues& issues)
    : m_set(set)
    , m_evidence(evidence)
    , m_issues(issues)
{}

void CriterionParser::fail(const QString& file, const QString& path, const QString& message)
{
    m_issues.append({file, path, message});
}

void CriterionParser::addDefinition(const QString& name, const Source& source)
{
    m_sources.insert(name, source);
}

const CriterionNode* CriterionParser::definition(const QString& name, const QString& file, const QString& path)
{
    if (const auto* built = m_set.definitions.value(name))
        return built;
    if (m_broken.contains(name))
        return nullptr;
    const auto it = m_sources.constFind(name);
    if (it == m_sources.constEnd()) {
        fail(file, path, u"unknown definition \"%1\""_s.arg(name));
        return nullptr;
    }
    if (m_resolving.contains(name)) {
        fail(file, path, u"definition \"%1\" uses itself"_s.arg(name));
        return nullptr;
    }
    m_resolving.insert(name);
    const CriterionNode* node = parse(it->json, it->file, it->path);
    m_resolving.remove(name);
    if (!node)
        m_broken.insert(name);
    if (node) {
        // A node built for this definition is the last one stored (children are stored first).
        if (node == &m_set.nodes.back())
            m_set.nodes.back().definition = name;
        m_set.definitions.insert(name, node);
    }
    return node;
}

void CriterionParser::checkEvidence(const QJsonValue& ids, const QString& file, const QString& path, QStringList& out)
{
    if (ids.isUndefined())
        return;
    if (!ids.isArray()) {
        fail(file, path, u"expected an array of evidence ids"_s);
        return;
    }
    const QJsonArray array = ids.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString id = array[i].toString();
        if (!m_evidence.contains(id))
            fail(file, jsonPathIndex(path, i), u"unknown evidence id \"%1\" (not in the evidence library)"_s.arg(id));
        else
            out.append(id);
    }
}

const CriterionNode* CriterionParser::parse(const QJsonValue& json, const QString& file, const QString& path)
{
    if (!json.isObject()) {
        fail(file, path, u"expected a criterion object"_s);
        return nullptr;
    }
    const QJsonObject o = json.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!kKeys.contains(it.key()))
            fail(file, jsonPathMember(path, it.key()), u"unknown key \"%1\""_s.arg(it.key()));
    }
    QStringList shapes;
    for (const QString& shape : kShapes) {
        if (o.contains(shape))
            shapes.append(shape);
    }
    if (shapes.size() != 1) {
        fail(file, path,
             shapes.isEmpty() ? u"expected one of all, any, not, atLeast, condition, use, component, verify, constant"_s
                              : u"a criterion has exactly one of %1"_s.arg(shapes.join(u", "_s)));
        return nullptr;
    }
    const QString shape = shapes.first();

    // A bare use is the shared definition itself.
    if (shape == "use"_L1 && !o.contains("accept"_L1)) {
        if (o.size() > 1)
            fail(file, path, u"a {\"use\": …} reference takes no other keys except accept (with id and text)"_s);
        return definition(o.value("use"_L1).toString(), file, jsonPathMember(path, u"use"_s));
    }

    CriterionNode node;
    node.declaredIn = file;
    node.declaredAt = path;
    node.id = o.value("id"_L1).toString();
    node.text = o.value("text"_L1).toString();
    node.ask = o.value("ask"_L1).toString();
    node.note = o.value("note"_L1).toString();
    if (node.id.isEmpty())
        fail(file, jsonPathMember(path, u"id"_s), u"required field is missing"_s);
    else if (m_ids.contains(node.id))
        fail(file, jsonPathMember(path, u"id"_s),
             u"duplicate id \"%1\" (first declared at %2)"_s.arg(node.id, m_ids.value(node.id)));
    else
        m_ids.insert(node.id, path);
    if (node.text.isEmpty())
        fail(file, jsonPathMember(path, u"text"_s), u"required field is missing"_s);
    checkEvidence(o.value("evidence"_L1), file, jsonPathMember(path, u"evidence"_s), node.evidence);
    if (o.contains("assumedAbsent"_L1) && !o.value("assumedAbsent"_L1).isBool())
        fail(file, jsonPathMember(path, u"assumedAbsent"_s), u"expected a boolean"_s);
    node.assumedAbsent = o.value("assumedAbsent"_L1).toBool();

    if (o.contains("accept"_L1)) {
        std::vector<Status> accept;
        const QJsonArray array = o.value("accept"_L1).toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const auto status = statusFromName(array[i].toString());
            if (!status)
                fail(file, jsonPathIndex(jsonPathMember(path, u"accept"_s), i),
                     u"expected met, not_met or incomplete"_s);
            else
                accept.push_back(*status);
        }
        if (array.isEmpty())
            fail(file, jsonPathMember(path, u"accept"_s), u"expected a non-empty array of statuses"_s);
        if (shape != "use"_L1 && shape != "component"_L1)
            fail(file, jsonPathMember(path, u"accept"_s), u"accept applies to use and component only"_s);
        node.accept = accept;
    }

    const auto children = [&](const QJsonValue& value, const QString& childPath) {
        if (!value.isArray() || value.toArray().isEmpty()) {
            fail(file, childPath, u"expected a non-empty array of criteria"_s);
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (const CriterionNode* child = parse(array[i], file, jsonPathIndex(childPath, i)))
                node.children.push_back(child);
        }
    };

    if (shape == "all"_L1 || shape == "any"_L1) {
        node.kind = shape == "all"_L1 ? CriterionNode::Kind::All : CriterionNode::Kind::Any;
        children(o.value(shape), jsonPathMember(path, shape));
    } else if (shape == "not"_L1) {
        node.kind = CriterionNode::Kind::Not;
        if (const CriterionNode* child = parse(o.value("not"_L1), file, jsonPathMember(path, u"not"_s)))
            node.children.push_back(child);
    } else if (shape == "atLeast"_L1) {
        node.kind = CriterionNode::Kind::AtLeast;
        const QJsonValue n = o.value("atLeast"_L1);
        node.atLeast = n.toInt();
        children(o.value("of"_L1), jsonPathMember(path, u"of"_s));
        if (!n.isDouble() || n.toDouble() != node.atLeast || node.atLeast < 1 ||
            node.atLeast > static_cast<int>(node.children.size()))
            fail(file, jsonPathMember(path, u"atLeast"_s),
                 u"expected an integer from 1 to the number of criteria under \"of\""_s);
    } else if (shape == "condition"_L1) {
        node.kind = CriterionNode::Kind::Condition;
        node.condition =
            Condition::compile(o.value("condition"_L1), file, jsonPathMember(path, u"condition"_s), m_issues);
    } else if (shape == "use"_L1) {
        // A status test over a definition: a node of its own whose single child is the shared definition.
        node.kind = CriterionNode::Kind::All;
        if (const CriterionNode* child = definition(o.value("use"_L1).toString(), file, jsonPathMember(path, u"use"_s)))
            node.children.push_back(child);
    } else if (shape == "component"_L1) {
        node.kind = CriterionNode::Kind::Component;
        const auto component = enumFromString<Component>(o.value("component"_L1).toString());
        if (!component) {
            // No node: a reference to no component must not count as a dependency of the rule.
            fail(file, jsonPathMember(path, u"component"_s),
                 u"unknown component \"%1\" (expected one of %2)"_s.arg(o.value("component"_L1).toString(),
                                                                        enumAllNames<Component>().join(u", "_s)));
            return nullptr;
        }
        node.component = *component;
    } else if (shape == "constant"_L1) {
        node.kind = CriterionNode::Kind::Constant;
        const auto status = statusFromName(o.value("constant"_L1).toString());
        if (!status || *status == Status::Incomplete)
            fail(file, jsonPathMember(path, u"constant"_s),
                 u"expected \"met\" or \"not_met\" (use verify for a question)"_s);
        else
            node.constant = *status;
    } else {
        node.kind = CriterionNode::Kind::Verify;
        if (o.value("verify"_L1) != QJsonValue(true))
            fail(file, jsonPathMember(path, u"verify"_s), u"expected true"_s);
        if (node.ask.isEmpty())
            fail(file, jsonPathMember(path, u"ask"_s), u"a verify criterion must say what to verify (ask)"_s);
    }
    if (node.assumedAbsent && node.kind != CriterionNode::Kind::Condition)
        fail(file, jsonPathMember(path, u"assumedAbsent"_s), u"only a condition can assume a finding absent"_s);

    m_set.nodes.push_back(std::move(node));
    return &m_set.nodes.back();
}

bool CriterionParser::readsLevelFacts(const CriterionNode* node)
{
    if (!node)
        return false;
    if (node->condition) {
        for (FactId fact : node->condition->facts()) {
            if (FactCatalog::definition(fact).scope == FactScope::Level)
                return true;
        }
    }
    for (const CriterionNode* child : node->children) {
        if (readsLevelFacts(child))
            return true;
    }
    return false;
}

void CriterionParser::referencedComponents(const CriterionNode* node, QSet<Component>& out)
{
    if (!node)
        return;
    if (node->kind == CriterionNode::Kind::Component)
        out.insert(node->component);
    for (const CriterionNode* child : node->children)
        referencedComponents(child, out);
}

} // namespace spinereview
