// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/resulttexts.h"

#include "core/case/caselabels.h"
#include "core/engine/outcomesummary.h"
#include "core/i18n/criteriatexts.h"
#include "core/i18n/enginephrases.h"

#include <QLocale>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// The label of a value of an enumerated fact, as the forms name it; `json` itself when it is not one.
template <typename E> QString enumLabel(const QString& json, const QStringList& labels)
{
    const auto value = enumFromString<E>(json);
    const auto index = value ? static_cast<qsizetype>(*value) : qsizetype(-1);
    return index >= 0 && index < labels.size() ? labels.at(index).toLower() : json;
}

QString textValue(FactId fact, const QString& json)
{
    switch (fact) {
    case FactId::Nicotine:
        return enumLabel<Nicotine>(json, CaseLabels::nicotine());
    case FactId::CotinineResult:
        return enumLabel<TestResult>(json, CaseLabels::testResults());
    case FactId::Approach:
        return enumLabel<Approach>(json, CaseLabels::approaches());
    case FactId::AutograftSource:
        return enumLabel<AutograftSource>(json, CaseLabels::autograftSources());
    case FactId::Setting:
        return enumLabel<Setting>(json, CaseLabels::settings());
    case FactId::LevelSlipType:
        return enumLabel<SlipType>(json, CaseLabels::slipTypes());
    case FactId::LevelDiscHeightLoss:
        return enumLabel<DiscHeightLoss>(json, CaseLabels::discHeightLoss());
    default:
        return json; // level names and interbody techniques (TLIF, ALIF, …) read the same in every language
    }
}

} // namespace

QString ResultTexts::summary(const ComponentOutcome& outcome, const CriteriaSet* set)
{
    if (outcome.criteria.empty())
        return tr("Incomplete — %1.").arg(record(outcome.missing.value(0), set));
    QStringList parts;
    for (const CriterionOutcome& tree : outcome.criteria) {
        const QString word = EnginePhrases::statusInSentence(tree.status);
        const QString head =
            tree.level ? tr("%1 at %2", "a status at a level").arg(word, enumToString(*tree.level)) : word;
        if (tree.status == Status::Met) {
            parts.append(head);
            continue;
        }
        QString why;
        if (tree.status == Status::NotMet) {
            why = decidingReason(tree);
        } else {
            // As the engine: with one tree the component's list is this tree's; with several, each level its own.
            QStringList missing;
            if (outcome.criteria.size() == 1)
                missing = outcome.missing;
            else
                OutcomeSummary::collectMissing(
                    tree, [&outcome](Component) { return outcome.missing; }, missing);
            if (missing.isEmpty())
                why = decidingReason(tree);
            else if (missing.size() == 1)
                why = tr("needs %1").arg(record(missing.first(), set));
            else
                why = tr("needs %n records, first %1", nullptr, static_cast<int>(missing.size()))
                          .arg(record(missing.first(), set));
        }
        parts.append(tr("%1 — %2", "a status, then why").arg(head, why));
    }
    QString text = parts.join(tr("; ", "between the levels of a summary"));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text + tr(".", "the full stop of a summary");
}

QString ResultTexts::decidingReason(const CriterionOutcome& outcome)
{
    if (!outcome.remark.isEmpty() && outcome.node->kind == CriterionNode::Kind::Component)
        return remark(outcome);
    for (const CriterionOutcome& child : outcome.children) {
        if (child.status == outcome.status)
            return child.remark.isEmpty() ? CriteriaTexts::text(*child.node, child.level) : remark(child);
    }
    return outcome.remark.isEmpty() ? CriteriaTexts::text(*outcome.node, outcome.level) : remark(outcome);
}

QString ResultTexts::remark(const CriterionOutcome& outcome)
{
    return EnginePhrases::translate(outcome.remark);
}

QString ResultTexts::criterion(const CriterionOutcome& outcome)
{
    QString text = outcome.node ? CriteriaTexts::text(*outcome.node, outcome.level) : QString();
    if (!outcome.remark.isEmpty())
        text = tr("%1 (%2)", "a criterion, then the engine's remark on it").arg(text, remark(outcome));
    return text;
}

QString ResultTexts::record(const QString& english, const CriteriaSet* set)
{
    const QString asked = CriteriaTexts::listedAsk(set, english);
    return asked.isEmpty() ? EnginePhrases::translate(english) : asked;
}

QString ResultTexts::caution(const QString& english, const CriteriaSet* set)
{
    return CriteriaTexts::listedCaution(set, english);
}

QString ResultTexts::factValue(const FactUse& use)
{
    const FactValue& value = use.value;
    if (const auto* flag = std::get_if<bool>(&value.value))
        return *flag ? tr("yes") : tr("no");
    if (const auto* number = std::get_if<double>(&value.value)) {
        // Six significant digits as the core writes them, with the desk's decimal sign and no grouping.
        QLocale locale;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        const QString digits = locale.toString(*number, 'g', 6);
        if (value.label.isEmpty())
            return digits;
        // A number that stands for a grade carries its name: stenosis ranks are the only such facts.
        const QString grade = enumLabel<StenosisGrade>(value.label, CaseLabels::stenosisGrades());
        return tr("%1 (%2)", "a grade's name, then its number").arg(grade, digits);
    }
    if (const auto* text = std::get_if<QString>(&value.value))
        return textValue(use.fact, *text);
    return tr("not documented");
}

QString ResultTexts::phrase(const QString& english)
{
    return EnginePhrases::translate(english);
}

} // namespace spinereview
