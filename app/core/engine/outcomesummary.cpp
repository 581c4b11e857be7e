// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/outcomesummary.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace OutcomeSummary {

namespace {

// The records gathered so far, without duplicates: on the stack for the usual few dozen, where a
// QStringList would grow by reallocations.
using Records = QVarLengthArray<QString, 32>;

void append(Records& out, const QString& item)
{
    if (!item.isEmpty() && std::find(out.cbegin(), out.cend(), item) == out.cend())
        out.append(item);
}

void collect(const CriterionOutcome& outcome, const std::function<QStringList(Component)>& missingOfComponent,
             Records& out)
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
            collect(child, missingOfComponent, out);
        return;
    }
}

// A sentence written on the stack and copied out once: one is written per component per evaluation.
class SentenceBuffer
{
public:
    SentenceBuffer& operator<<(QStringView text)
    {
        m_text.append(text.data(), text.size());
        return *this;
    }
    SentenceBuffer& operator<<(qsizetype number)
    {
        std::array<QChar, 24> digits;
        auto first = digits.end();
        auto n = static_cast<unsigned long long>(number < 0 ? -number : number);
        do {
            *--first = QChar(u'0' + static_cast<char16_t>(n % 10));
            n /= 10;
        } while (n != 0);
        if (number < 0)
            *--first = QChar(u'-');
        m_text.append(first, digits.end() - first);
        return *this;
    }
    bool isEmpty() const { return m_text.isEmpty(); }
    // The text with its first letter capitalised and a full stop.
    QString sentence()
    {
        m_text[0] = m_text[0].toUpper();
        m_text.append(QChar(u'.'));
        return QString(m_text.constData(), m_text.size());
    }

private:
    QVarLengthArray<QChar, 512> m_text;
};

} // namespace

QString withLevel(const QString& text, const std::optional<Level>& level)
{
    // Most texts have no placeholder: a search for its first character spares them replace()'s matcher and
    // a copy. A text naming the level once is built in one piece.
    const qsizetype at = level ? text.indexOf(u'{') : -1;
    if (at < 0)
        return text;
    const QStringView placeholder = u"{level}";
    const QStringView view(text);
    const qsizetype after = at + placeholder.size();
    if (!view.mid(at).startsWith(placeholder) || view.mid(after).contains(u'{'))
        return QString(text).replace(placeholder.toString(), enumToString(*level));
    return view.left(at) + enumToString(*level) + view.mid(after);
}

void collectMissing(const CriterionOutcome& outcome, const std::function<QStringList(Component)>& missingOfComponent,
                    QStringList& out)
{
    if (outcome.status != Status::Incomplete)
        return;
    Records records(out.cbegin(), out.cend());
    collect(outcome, missingOfComponent, records);
    if (records.size() != out.size())
        out = QStringList(records.cbegin(), records.cend());
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
        return u"Incomplete — "_s + outcome.missing.value(0) + u'.';
    SentenceBuffer text;
    for (const CriterionOutcome& tree : outcome.criteria) {
        if (!text.isEmpty())
            text << u"; ";
        switch (tree.status) {
        case Status::Met:
            text << u"met";
            break;
        case Status::NotMet:
            text << u"not met";
            break;
        case Status::Incomplete:
            text << u"incomplete";
            break;
        }
        if (tree.level)
            text << u" at " << enumToString(*tree.level);
        if (tree.status == Status::Met)
            continue;
        text << u" — ";
        if (tree.status == Status::NotMet) {
            text << decidingReason(tree);
            continue;
        }
        // With one tree the component's list is this tree's; with several, each level names its own.
        QStringList missing;
        if (outcome.criteria.size() == 1)
            missing = outcome.missing;
        else
            collectMissing(
                tree, [&outcome](Component) { return outcome.missing; }, missing);
        if (missing.isEmpty())
            text << decidingReason(tree);
        else if (missing.size() == 1)
            text << u"needs " << missing.first();
        else
            text << u"needs " << missing.size() << u" records, first " << missing.first();
    }
    return text.sentence();
}

} // namespace OutcomeSummary

} // namespace spinereview
