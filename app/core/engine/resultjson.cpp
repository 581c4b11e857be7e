// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/resultjson.h"

#include <QJsonArray>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace ResultJson {

namespace {

QJsonValue factValue(const FactValue& value)
{
    if (const auto* b = std::get_if<bool>(&value.value))
        return *b;
    if (const auto* d = std::get_if<double>(&value.value))
        return *d;
    if (const auto* s = std::get_if<QString>(&value.value))
        return *s;
    return QJsonValue::Null;
}

QJsonObject criterion(const CriterionOutcome& outcome)
{
    const CriterionNode& node = *outcome.node;
    QJsonObject o;
    o.insert("id"_L1, node.id.isEmpty() ? node.definition : node.id);
    if (outcome.level)
        o.insert("level"_L1, enumToString(*outcome.level));
    o.insert("status"_L1, statusName(outcome.status));
    QString text = node.text;
    if (outcome.level)
        text.replace(u"{level}"_s, enumToString(*outcome.level));
    o.insert("text"_L1, text);
    QJsonArray facts;
    for (const FactUse& use : outcome.facts) {
        QJsonObject f;
        f.insert("name"_L1, QString::fromLatin1(FactCatalog::definition(use.fact).name));
        f.insert("value"_L1, factValue(use.value));
        f.insert("path"_L1, use.value.paths.value(0));
        f.insert("paths"_L1, QJsonArray::fromStringList(use.value.paths));
        f.insert("assumedAbsent"_L1, use.assumedAbsent);
        if (!use.value.label.isEmpty())
            f.insert("label"_L1, use.value.label);
        if (!use.value.note.isEmpty())
            f.insert("note"_L1, use.value.note);
        if (!use.value.isKnown() && !use.assumedAbsent)
            f.insert("record"_L1, use.value.record);
        facts.append(f);
    }
    o.insert("facts"_L1, facts);
    o.insert("evidence"_L1, QJsonArray::fromStringList(node.evidence));
    if (!node.note.isEmpty())
        o.insert("note"_L1, node.note);
    if (!outcome.remark.isEmpty())
        o.insert("remark"_L1, outcome.remark);
    if (outcome.status == Status::Incomplete && !node.ask.isEmpty()) {
        QString ask = node.ask;
        if (outcome.level)
            ask.replace(u"{level}"_s, enumToString(*outcome.level));
        o.insert("ask"_L1, ask);
    }
    QJsonArray children;
    for (const CriterionOutcome& child : outcome.children)
        children.append(criterion(child));
    o.insert("children"_L1, children);
    return o;
}

} // namespace

QJsonObject toJson(const EvaluationResult& result)
{
    const CriteriaSetInfo& info = result.criteriaSet->info;
    QJsonObject set;
    set.insert("id"_L1, info.id);
    set.insert("title"_L1, info.title);
    set.insert("version"_L1, info.version);
    set.insert("effectiveDate"_L1, info.effectiveDate);
    set.insert("sources"_L1, QJsonArray::fromStringList(info.sources));
    set.insert("sha256"_L1, info.sha256);
    set.insert("evidenceSha256"_L1, info.evidenceSha256);
    if (!info.label.isEmpty())
        set.insert("label"_L1, info.label);
    if (!info.extends.isEmpty()) {
        set.insert("extends"_L1, info.extends);
        set.insert("baseSha256"_L1, info.baseSha256);
    }

    QJsonObject determinations;
    for (const ComponentOutcome& component : result.components) {
        QJsonObject d;
        d.insert("status"_L1, statusName(component.status));
        d.insert("summary"_L1, component.summary);
        QJsonObject levels;
        for (const auto& [level, status] : component.levels)
            levels.insert(enumToString(level), statusName(status));
        d.insert("levels"_L1, levels);
        QJsonArray criteria;
        for (const CriterionOutcome& tree : component.criteria)
            criteria.append(criterion(tree));
        d.insert("criteria"_L1, criteria);
        d.insert("missing"_L1, QJsonArray::fromStringList(component.missing));
        d.insert("cautions"_L1, QJsonArray::fromStringList(component.cautions));
        determinations.insert(enumToString(component.component), d);
    }

    QJsonObject o;
    o.insert("format"_L1, u"spinereview-result/1"_s);
    o.insert("caseId"_L1, result.caseId);
    o.insert("reviewDate"_L1, result.reviewDate.toString(Qt::ISODate));
    o.insert("engineVersion"_L1, QString(engineVersion));
    o.insert("criteriaSet"_L1, set);
    o.insert("determinations"_L1, determinations);
    return o;
}

QJsonObject comparison(const QList<EvaluationResult>& results)
{
    QJsonArray array;
    for (const EvaluationResult& result : results)
        array.append(toJson(result));
    QJsonObject o;
    o.insert("format"_L1, u"spinereview-comparison/1"_s);
    o.insert("caseId"_L1, results.isEmpty() ? QString() : results.first().caseId);
    o.insert("results"_L1, array);
    return o;
}

} // namespace ResultJson

} // namespace spinereview
