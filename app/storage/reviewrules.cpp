// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/reviewrules.h"

namespace spinereview {

using namespace Qt::StringLiterals;

namespace ReviewRules {

namespace {

StorageError invalid(const Review& review, const QString& why)
{
    return {StorageError::Kind::Invalid, u"review %1: %2; nothing was saved"_s.arg(review.ref).arg(why)};
}

QString roleName(const Actor& actor)
{
    if (!actor.role)
        return u"a program, not a reviewer"_s;
    switch (*actor.role) {
    case ReviewerRole::NurseReviewer:
        return u"a nurse reviewer"_s;
    case ReviewerRole::PhysicianAdvisor:
        return u"a physician advisor"_s;
    case ReviewerRole::SurgeonsOffice:
        return u"a surgeon's office"_s;
    }
    return {};
}

bool sameDecisions(const Review& a, const Review& b)
{
    if (a.components.size() != b.components.size())
        return false;
    for (qsizetype i = 0; i < a.components.size(); ++i) {
        if (a.components[i].component != b.components[i].component ||
            a.components[i].decision != b.components[i].decision || a.components[i].reason != b.components[i].reason)
            return false;
    }
    return true;
}

bool sameCriteria(const Review& a, const Review& b)
{
    return a.criteriaId == b.criteriaId && a.criteriaVersion == b.criteriaVersion &&
           a.criteriaSha256 == b.criteriaSha256;
}

bool sameNotes(const Review& a, const Review& b)
{
    if (a.notes.size() != b.notes.size())
        return false;
    for (qsizetype i = 0; i < a.notes.size(); ++i) {
        if (a.notes[i].criterionId != b.notes[i].criterionId || a.notes[i].level != b.notes[i].level ||
            a.notes[i].text != b.notes[i].text)
            return false;
    }
    return true;
}

} // namespace

bool engineChanges(const Review& stored, const Review& changed)
{
    if (stored.components.size() != changed.components.size())
        return true;
    for (qsizetype i = 0; i < stored.components.size(); ++i) {
        if (stored.components[i].component != changed.components[i].component ||
            stored.components[i].engineStatus != changed.components[i].engineStatus)
            return true;
    }
    return false;
}

bool changes(const Review& stored, const Review& changed)
{
    return stored.status != changed.status || stored.reviewerRef != changed.reviewerRef ||
           engineChanges(stored, changed) || !sameDecisions(stored, changed) || !sameNotes(stored, changed);
}

bool canMove(ReviewStatus from, ReviewStatus to)
{
    switch (from) {
    case ReviewStatus::Draft:
        return to == ReviewStatus::InReview;
    case ReviewStatus::InReview:
        return to == ReviewStatus::PhysicianAdvisor || to == ReviewStatus::Determined;
    case ReviewStatus::PhysicianAdvisor:
        return to == ReviewStatus::InReview || to == ReviewStatus::Determined;
    case ReviewStatus::Determined:
        return false;
    }
    return false;
}

StorageStatus checkSave(const Review& stored, const Review& changed, const Actor& actor)
{
    if (!sameCriteria(stored, changed))
        return invalid(stored, u"it is a review under %1 %2, and a review's criteria set is fixed (a review under "
                               u"other criteria is a new review)"_s.arg(stored.criteriaId, stored.criteriaVersion));
    if (!changes(stored, changed))
        return std::nullopt;
    if (stored.status == ReviewStatus::Determined)
        return invalid(stored, u"it is determined, and a determination is final"_s);
    if (actor.role == ReviewerRole::SurgeonsOffice)
        return invalid(stored,
                       u"%1 is a surgeon's office, which reads reviews but does not decide them"_s.arg(actor.name));

    for (const ComponentDecision& decision : changed.components) {
        if (changed.component(decision.component) != &decision)
            return invalid(stored, u"%1 is listed twice"_s.arg(enumToString(decision.component)));
        if (decision.overridesEngine() && decision.reason.trimmed().isEmpty())
            return invalid(stored, u"%1 is decided %2 where the engine found %3: a decision that differs from the "
                                   u"engine's needs its reason"_s.arg(enumToString(decision.component),
                                                                      statusName(*decision.decision),
                                                                      statusName(decision.engineStatus)));
    }
    for (const CriterionNote& note : changed.notes) {
        if (note.criterionId.trimmed().isEmpty())
            return invalid(stored, u"a note names no criterion"_s);
    }

    if (changed.status != stored.status) {
        if (!canMove(stored.status, changed.status))
            return invalid(stored, u"its status cannot go from %1 to %2"_s.arg(enumToString(stored.status),
                                                                               enumToString(changed.status)));
        if (changed.status == ReviewStatus::Determined) {
            if (!actor.role)
                return invalid(
                    stored, u"a determination is made by a reviewer, and %1 is %2"_s.arg(actor.name, roleName(actor)));
            QStringList adverse;
            for (const ComponentDecision& decision : changed.components) {
                if (!decision.decision || *decision.decision == Status::Incomplete)
                    return invalid(stored, u"%1 is not decided met or not met, and a determination decides every "
                                           u"component"_s.arg(enumToString(decision.component)));
                if (*decision.decision == Status::NotMet)
                    adverse.append(enumToString(decision.component));
            }
            if (!adverse.isEmpty() && actor.role != ReviewerRole::PhysicianAdvisor)
                return invalid(stored, u"an adverse determination (%1 not met) is made by a physician advisor, and "
                                       u"%2 is %3"_s.arg(adverse.join(u", "_s), actor.name, roleName(actor)));
        }
    }
    return std::nullopt;
}

} // namespace ReviewRules

} // namespace spinereview
