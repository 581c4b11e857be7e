// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/review.h"

#include "core/engine/evaluationresult.h"

#include <QCryptographicHash>

#include <algorithm>
#include <tuple>

namespace spinereview {

using namespace Qt::StringLiterals;

const ComponentDecision* Review::component(Component wanted) const
{
    for (const ComponentDecision& decision : components) {
        if (decision.component == wanted)
            return &decision;
    }
    return nullptr;
}

ComponentDecision* Review::component(Component wanted)
{
    for (ComponentDecision& decision : components) {
        if (decision.component == wanted)
            return &decision;
    }
    return nullptr;
}

void Review::followEvaluation(const EvaluationResult& result)
{
    QList<ComponentDecision> followed;
    followed.reserve(qsizetype(result.components.size()));
    for (const ComponentOutcome& outcome : result.components) {
        const ComponentDecision* kept = component(outcome.component);
        ComponentDecision decision = kept ? *kept : ComponentDecision{};
        decision.component = outcome.component;
        decision.engineStatus = outcome.status;
        followed.append(decision);
    }
    components = std::move(followed);
}

bool Review::matchesCriteria(const EvaluationResult& result) const
{
    if (!result.criteriaSet)
        return false;
    const CriteriaSetInfo& info = result.criteriaSet->info;
    return info.id == criteriaId && info.version == criteriaVersion && info.sha256 == criteriaSha256;
}

QString Review::stateDigest() const
{
    // Each field as `length:value` on its own line: unambiguous whatever a reason or a note contains.
    QByteArray text;
    const auto field = [&text](const QString& value) {
        const QByteArray bytes = value.toUtf8();
        text += QByteArray::number(bytes.size()) + ':' + bytes + '\n';
    };
    const auto number = [&field](qint64 value) { field(QString::number(value)); };
    number(ref);
    number(caseRef);
    field(criteriaId);
    field(criteriaVersion);
    field(criteriaSha256);
    field(engineVersion);
    field(reviewDate.toString(Qt::ISODate));
    field(enumToString(status));
    field(reviewerRef ? QString::number(*reviewerRef) : QString());
    number(components.size());
    for (const ComponentDecision& decision : components) {
        field(enumToString(decision.component));
        field(statusName(decision.engineStatus));
        field(decision.decision ? statusName(*decision.decision) : QString());
        field(decision.reason);
    }
    // In a fixed order, so the digest does not depend on the order a database returned the notes in.
    QList<CriterionNote> sorted = notes;
    std::sort(sorted.begin(), sorted.end(), [](const CriterionNote& a, const CriterionNote& b) {
        const auto key = [](const CriterionNote& note) {
            return std::make_tuple(note.criterionId, note.level ? int(*note.level) : -1, note.text);
        };
        return key(a) < key(b);
    });
    number(sorted.size());
    for (const CriterionNote& note : sorted) {
        field(note.criterionId);
        field(note.level ? enumToString(*note.level) : QString());
        field(note.text);
    }
    number(createdAt.toMSecsSinceEpoch());
    number(updatedAt.toMSecsSinceEpoch());
    field(updatedBy);
    field(determinedAt ? QString::number(determinedAt->toMSecsSinceEpoch()) : QString());
    number(rowVersion);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

} // namespace spinereview
