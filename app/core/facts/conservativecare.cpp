// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/conservativecare.h"

#include "core/facts/factfields.h"
#include "core/json/validationissue.h"

#include <algorithm>

namespace spinereview {

namespace {

const QString kCareRecord = QStringLiteral("conservative-therapy records (each modality with its dates and response)");
const QString kBase = QStringLiteral("conservativeTherapy");

bool isActiveTherapy(const TherapyEpisode& episode, QDate reviewDate, QDate recencyStart)
{
    // Therapy that could not be given was not tried; it counts only as another modality.
    if (episode.type != TherapyType::PhysicalTherapy || episode.contraindicated.value_or(false))
        return false;
    // Home and virtual programmes are not the supervised, in-person therapy the payers count;
    // an undocumented delivery is taken as in person.
    if (episode.delivery && *episode.delivery != Delivery::InPerson)
        return false;
    if (episode.start && *episode.start > reviewDate)
        return false;
    return !episode.end || *episode.end >= recencyStart;
}

bool countsAsOtherModality(TherapyType type)
{
    switch (type) {
    case TherapyType::PhysicalTherapy:
    case TherapyType::Other:
        return false;
    default:
        return true;
    }
}

} // namespace

qint64 ConservativeCareFacts::unionDays(QList<std::pair<QDate, QDate>> intervals)
{
    std::sort(intervals.begin(), intervals.end());
    qint64 days = 0;
    QDate currentStart;
    QDate currentEnd;
    for (const auto& [start, end] : intervals) {
        if (currentStart.isValid() && start <= currentEnd.addDays(1)) {
            currentEnd = std::max(currentEnd, end);
            continue;
        }
        if (currentStart.isValid())
            days += currentStart.daysTo(currentEnd) + 1;
        currentStart = start;
        currentEnd = end;
    }
    if (currentStart.isValid())
        days += currentStart.daysTo(currentEnd) + 1;
    return days;
}

ConservativeCareFacts ConservativeCareFacts::derive(const SpineCase& spineCase, QDate reviewDate,
                                                    int activeTherapyRecencyMonths)
{
    ConservativeCareFacts facts;
    if (!spineCase.conservativeTherapy) {
        facts.weeks = FactValue::unknown(kCareRecord, fixedPath([] { return kBase; }));
        facts.activeTherapy = FactValue::unknown(kCareRecord, fixedPath([] { return kBase; }));
        facts.otherModality = FactValue::unknown(kCareRecord, fixedPath([] { return kBase; }));
        facts.failure = FactValue::unknown(kCareRecord, fixedPath([] { return kBase; }));
        return facts;
    }

    const QList<TherapyEpisode>& episodes = *spineCase.conservativeTherapy;
    const QDate recencyStart = reviewDate.addMonths(-activeTherapyRecencyMonths);
    QList<std::pair<QDate, QDate>> intervals;
    QStringList timePaths, activePaths, otherPaths, failurePaths;
    bool anyActive = false;
    bool anyOther = false;
    bool anyBetter = false;
    bool activeResponseDocumented = false;

    for (qsizetype i = 0; i < episodes.size(); ++i) {
        const TherapyEpisode& episode = episodes[i];
        const QString path = jsonPathIndex(kBase, i);
        const bool started = !episode.start || *episode.start <= reviewDate;
        if (!started)
            continue; // planned care has not happened yet
        if (episode.start && !episode.contraindicated.value_or(false)) {
            const QDate end = episode.end ? std::min(*episode.end, reviewDate) : reviewDate;
            if (end >= *episode.start) {
                intervals.append({*episode.start, end});
                timePaths.append(path);
            }
        }
        if (isActiveTherapy(episode, reviewDate, recencyStart)) {
            anyActive = true;
            activePaths.append(path);
            if (episode.response) {
                activeResponseDocumented = true;
                failurePaths.append(jsonPathMember(path, QStringLiteral("response")));
            }
        } else if (countsAsOtherModality(episode.type)) {
            anyOther = true;
            otherPaths.append(path);
        }
        if (episode.response &&
            (*episode.response == TherapyResponse::Resolved || *episode.response == TherapyResponse::Improved)) {
            anyBetter = true;
            failurePaths = {jsonPathMember(path, QStringLiteral("response"))};
        }
    }

    facts.weeks = FactValue::ofNumber(static_cast<double>(unionDays(intervals) / 7),
                                      timePaths.isEmpty() ? fixedPath([] { return kBase; }) : timePaths);
    facts.activeTherapy =
        FactValue::ofBool(anyActive, activePaths.isEmpty() ? fixedPath([] { return kBase; }) : activePaths);
    facts.otherModality =
        FactValue::ofBool(anyOther, otherPaths.isEmpty() ? fixedPath([] { return kBase; }) : otherPaths);
    if (anyBetter) {
        facts.failure = FactValue::ofBool(false, failurePaths);
        facts.failure.note = QStringLiteral("an episode resolved or improved the symptoms");
    } else if (activeResponseDocumented) {
        facts.failure = FactValue::ofBool(true, failurePaths);
    } else {
        facts.failure =
            FactValue::unknown(QStringLiteral("the response to physical therapy (progress or discharge notes)"),
                               activePaths.isEmpty() ? fixedPath([] { return kBase; }) : activePaths);
    }
    return facts;
}

} // namespace spinereview
