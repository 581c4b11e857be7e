// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/criteria/jsonlogicexport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

QJsonObject op(const QString& name, const QJsonValue& args)
{
    return QJsonObject{{name, args}};
}

bool accepts(const std::vector<Status>& accept, Status status)
{
    return std::find(accept.begin(), accept.end(), status) != accept.end();
}

// The node's own value, before any status test.
QJsonValue plain(const CriterionNode* node)
{
    QJsonArray children;
    for (const CriterionNode* child : node->children)
        children.append(JsonLogicExport::toJsonLogic(child));
    switch (node->kind) {
    case CriterionNode::Kind::All:
        return op(u"and"_s, children);
    case CriterionNode::Kind::Any:
        return op(u"or"_s, children);
    case CriterionNode::Kind::Not:
        return op(u"!"_s, children);
    case CriterionNode::Kind::AtLeast: {
        QJsonArray counts;
        for (const QJsonValue& child : std::as_const(children))
            counts.append(op(u"if"_s, QJsonArray{child, 1, 0}));
        return op(u">="_s, QJsonArray{op(u"+"_s, counts), node->atLeast});
    }
    case CriterionNode::Kind::Condition:
        return node->condition ? node->condition->json() : QJsonValue(false);
    case CriterionNode::Kind::Component:
        return op(u"var"_s, JsonLogicExport::componentVariable(node->component));
    case CriterionNode::Kind::Verify:
        return op(u"var"_s, JsonLogicExport::verifyVariable(node));
    case CriterionNode::Kind::Constant:
        return node->constant == Status::Met;
    }
    return false;
}

void collect(const CriterionNode* node, QStringList& facts, QStringList& components, QStringList& questions)
{
    if (!node)
        return;
    if (node->condition) {
        for (FactId fact : node->condition->facts()) {
            const QString name = QString::fromLatin1(FactCatalog::definition(fact).name);
            if (!facts.contains(name))
                facts.append(name);
        }
    }
    if (node->kind == CriterionNode::Kind::Component) {
        const QString name = JsonLogicExport::componentVariable(node->component);
        if (!components.contains(name))
            components.append(name);
    }
    if (node->kind == CriterionNode::Kind::Verify) {
        const QString name = JsonLogicExport::verifyVariable(node);
        if (!questions.contains(name))
            questions.append(name);
    }
    for (const CriterionNode* child : node->children)
        collect(child, facts, components, questions);
}

} // namespace

QJsonValue JsonLogicExport::toJsonLogic(const CriterionNode* node)
{
    if (!node)
        return false;
    const QJsonValue value = plain(node);
    if (!node->accept)
        return value;
    const bool met = accepts(*node->accept, Status::Met);
    const bool notMet = accepts(*node->accept, Status::NotMet);
    if (met && notMet)
        return true;
    if (met)
        return value;
    if (notMet)
        return op(u"!"_s, QJsonArray{value});
    return false;
}

QStringList JsonLogicExport::factsRead(const CriterionNode* node)
{
    QStringList facts, components, questions;
    collect(node, facts, components, questions);
    return facts;
}

QStringList JsonLogicExport::variables(const CriterionNode* node)
{
    QStringList facts, components, questions;
    collect(node, facts, components, questions);
    return facts + components + questions;
}

QString JsonLogicExport::componentVariable(Component component)
{
    return u"component."_s + enumToString(component);
}

QString JsonLogicExport::verifyVariable(const CriterionNode* node)
{
    return u"verify."_s + node->id;
}

} // namespace spinereview
