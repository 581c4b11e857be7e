// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/reviewrules.h"

#include "storage/storagewords.h"

#include <QCoreApplication>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace ReviewRules {

namespace {

// The refusals are shown in the Review pane, so they are translated (context "ReviewRules"); the command line
// installs no translator and prints the English.
StorageError invalid(const Review& review, const QString& why)
{
    //: %1 is the review's number, %2 the rule it breaks (one of the ReviewRules messages)
    return {StorageError::Kind::Invalid, QCoreApplication::translate("ReviewRules", "review %1: %2; nothing was saved")
                                             .arg(QString::number(review.ref), why)};
}

QString roleName(const Actor& actor)
{
    if (!actor.role)
        return QCoreApplication::translate("ReviewRules", "a program, not a reviewer");
    switch (*actor.role) {
    case ReviewerRole::NurseReviewer:
        return QCoreApplication::translate("ReviewRules", "a nurse reviewer");
    case ReviewerRole::PhysicianAdvisor:
        return QCoreApplication::translate("ReviewRules", "a physician advisor");
    case ReviewerRole::SurgeonsOffice:
        return QCoreApplication::translate("ReviewRules", "a surgeon's office");
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
        //: %1 is a criteria set's id, %2 its version
        return invalid(stored, QCoreApplication::translate("ReviewRules",
                                                           "it is a review under %1 %2, and a review's criteria set is "
                                                           "fixed (a review under other criteria is a new review)")
                                   .arg(stored.criteriaId, stored.criteriaVersion));
    if (!changes(stored, changed))
        return std::nullopt;
    if (stored.status == ReviewStatus::Determined)
        return invalid(stored,
                       QCoreApplication::translate("ReviewRules", "it is determined, and a determination is final"));
    if (actor.role == ReviewerRole::SurgeonsOffice)
        //: %1 is the name of the person or office saving
        return invalid(stored,
                       QCoreApplication::translate(
                           "ReviewRules", "%1 is a surgeon's office, which reads reviews but does not decide them")
                           .arg(actor.name));

    for (const ComponentDecision& decision : changed.components) {
        if (changed.component(decision.component) != &decision)
            //: %1 is a requested component
            return invalid(stored, QCoreApplication::translate("ReviewRules", "%1 is listed twice")
                                       .arg(StorageWords::component(decision.component)));
        if (decision.overridesEngine() && decision.reason.trimmed().isEmpty())
            //: %1 is a requested component, %2 the reviewer's decision and %3 the engine's (met, not met, incomplete)
            return invalid(stored, QCoreApplication::translate("ReviewRules",
                                                               "%1 is decided %2 where the engine found %3: a decision "
                                                               "that differs from the engine's needs its reason")
                                       .arg(StorageWords::component(decision.component),
                                            StorageWords::status(*decision.decision),
                                            StorageWords::status(decision.engineStatus)));
    }
    for (const CriterionNote& note : changed.notes) {
        if (note.criterionId.trimmed().isEmpty())
            return invalid(stored, QCoreApplication::translate("ReviewRules", "a note names no criterion"));
    }

    if (changed.status != stored.status) {
        if (!canMove(stored.status, changed.status))
            //: %1 and %2 are a review's statuses (draft, in review, with the physician advisor, determined)
            return invalid(stored, QCoreApplication::translate("ReviewRules", "its status cannot go from %1 to %2")
                                       .arg(StorageWords::reviewStatus(stored.status),
                                            StorageWords::reviewStatus(changed.status)));
        if (changed.status == ReviewStatus::Determined) {
            if (!actor.role)
                //: %1 is the name of who saves, %2 what they are ("a program, not a reviewer")
                return invalid(stored, QCoreApplication::translate(
                                           "ReviewRules", "a determination is made by a reviewer, and %1 is %2")
                                           .arg(actor.name, roleName(actor)));
            QStringList adverse;
            for (const ComponentDecision& decision : changed.components) {
                if (!decision.decision || *decision.decision == Status::Incomplete)
                    //: %1 is a requested component
                    return invalid(stored,
                                   QCoreApplication::translate("ReviewRules", "%1 is not decided met or not met, and a "
                                                                              "determination decides every component")
                                       .arg(StorageWords::component(decision.component)));
                if (*decision.decision == Status::NotMet)
                    adverse.append(StorageWords::component(decision.component));
            }
            if (!adverse.isEmpty() && actor.role != ReviewerRole::PhysicianAdvisor)
                //: %1 lists the components not met ("fusion, bmp"), %2 is the reviewer's name, %3 their role
                //: ("a nurse reviewer")
                return invalid(stored, QCoreApplication::translate("ReviewRules",
                                                                   "an adverse determination (%1 not met) is made by a "
                                                                   "physician advisor, and %2 is %3")
                                           .arg(adverse.join(u", "_s), actor.name, roleName(actor)));
        }
    }
    return std::nullopt;
}

} // namespace ReviewRules

} // namespace spinereview
