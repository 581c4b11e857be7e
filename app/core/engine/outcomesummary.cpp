// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/outcomesummary.h"

namespace spinereview {

using namespace Qt::StringLiterals;

namespace OutcomeSummary {

namespace {

void append(QStringList& out, const QString& item)
{
    if (!item.isEmpty() && !out.contains(item))
        out.append(item);
}

QString withLevel(QString text, const std::optional<Level>& level)
{
    if (level)
        text.replace(u"{level}"_s, enumToString(*level));
    return text;
}

} // namespace

void collectMissing(const CriterionOutcome& outcome, const std::function<QStringList(Component)>& missingOfComponent,
                    QStringList& out)
{
    if (outcome.status != Status::Incomplete)
        return;
    const CriterionNode* node = outcome.node;
    if (!node->ask.isEmpty()) {
        append(out, withLevel(node->ask, outcome.level));
        return;
    }
    switch (node->kind) {
    case CriterionNode::Kind::Condition:
        for (const FactUse& use : outcome.facts) {
            if (!use.value.isKnown())
                append(out, use.value.record);
        }
        return;
    case CriterionNode::Kind::Component:
        for (const QString& item : missingOfComponent(node->component))
            append(out, item);
        return;
    default:
        for (const CriterionOutcome& child : outcome.children)
            collectMissing(child, missingOfComponent, out);
        return;
    }
}

QString decidingReason(const CriterionOutcome& outcome)
{
    if (!outcome.remark.isEmpty() && outcome.node->kind == CriterionNode::Kind::Component)
        return outcome.remark;
    for (const CriterionOutcome& child : outcome.children) {
        if (child.status == outcome.status)
            return child.remark.isEmpty() ? withLevel(child.node->text, child.level) : child.remark;
    }
    return outcome.remark.isEmpty() ? withLevel(outcome.node->text, outcome.level) : outcome.remark;
}

QString sentence(const ComponentOutcome& outcome)
{
    if (outcome.criteria.empty())
        return u"Incomplete — %1."_s.arg(outcome.missing.value(0));
    QStringList parts;
    for (const CriterionOutcome& tree : outcome.criteria) {
        const QString where = tree.level ? u" at "_s + enumToString(*tree.level) : QString();
        switch (tree.status) {
        case Status::Met:
            parts.append(u"met"_s + where);
            break;
        case Status::NotMet:
            parts.append(u"not met"_s + where + u" — "_s + decidingReason(tree));
            break;
        case Status::Incomplete: {
            // With one tree the component's list is this tree's; with several, each level names its own.
            QStringList missing;
            if (outcome.criteria.size() == 1)
                missing = outcome.missing;
            else
                collectMissing(
                    tree, [&outcome](Component) { return outcome.missing; }, missing);
            parts.append(
                u"incomplete"_s + where + u" — "_s +
                (missing.isEmpty()
                     ? decidingReason(tree)
                     : (missing.size() == 1 ? u"needs "_s : u"needs %1 records, first "_s.arg(missing.size())) +
                           missing.first()));
            break;
        }
        }
    }
    QString text = parts.join(u"; "_s);
    text[0] = text[0].toUpper();
    return text + u'.';
}

} // namespace OutcomeSummary

} // namespace spinereview
