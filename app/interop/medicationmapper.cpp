// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/medicationmapper.h"

#include "interop/fhircodes.h"

#include <QJsonArray>

namespace spinereview {

using namespace Qt::StringLiterals;

bool MedicationMapper::map(FhirResourceReader& resource)
{
    const QString label = resource.label();
    if (resource.resource().type == "Medication"_L1) {
        report().notMapped(label, resource.resource().path, NotMappedReason::NoField,
                           u"a Medication is read where a MedicationStatement or MedicationRequest names it"_s);
        return false;
    }
    const bool isStatement = resource.resource().type == "MedicationStatement"_L1;
    const QString status = resource.string("status"_L1).value_or(QString());
    if (!isStatement)
        resource.markRead("intent"_L1);
    const bool taken = isStatement ? (status == "active"_L1 || status == "completed"_L1 || status == "stopped"_L1)
                                   : status == "active"_L1;
    if (!taken) {
        const bool ended = !isStatement && (status == "completed"_L1 || status == "stopped"_L1);
        report().notMapped(label, resource.pathOf("status"_L1),
                           ended ? NotMappedReason::MissingValue : NotMappedReason::Status,
                           ended ? u"status \"%1\", but a request gives no date the medication ended; the case would "
                                   "read the episode as ongoing"_s.arg(status)
                                 : u"status \"%1\""_s.arg(status));
        return false;
    }
    const auto drug = medication(resource);
    if (!drug)
        return false;
    std::optional<QDate> start;
    std::optional<QDate> end;
    QString dateSource;
    if (isStatement) {
        start = resource.eventDate("effective"_L1, &end);
        dateSource = resource.pathOf("effectivePeriod"_L1);
    } else {
        start = resource.date("authoredOn"_L1);
        dateSource = resource.pathOf("authoredOn"_L1);
    }
    if (status != "active"_L1 && !end) {
        report().notMapped(
            label, resource.pathOf("status"_L1), NotMappedReason::MissingValue,
            u"status \"%1\" without an end date; the case would read the episode as ongoing"_s.arg(status));
        return false;
    }
    const QList<TherapyType> types = FhirCodes::therapyTypesForMedication(drug->words());
    if (types.isEmpty()) {
        report().notMapped(label, drug->path, NotMappedReason::NoField,
                           u"%1: not a drug kind of conservativeTherapy (NSAID, gabapentinoid, acetaminophen, muscle "
                           "relaxant, opioid, oral steroid)"_s.arg(drug->describe()));
        return false;
    }
    auto& episodes = context().spineCase.conservativeTherapy;
    if (!episodes)
        episodes.emplace();
    for (TherapyType type : types) {
        TherapyEpisode episode;
        episode.type = type;
        episode.start = start;
        episode.end = end;
        const QString when = (start ? u" from "_s + start->toString(Qt::ISODate) : QString()) +
                             (end ? u" to "_s + end->toString(Qt::ISODate) : u", ongoing"_s);
        report().mapped(label, drug->path, u"conservativeTherapy[%1]"_s.arg(episodes->size()),
                        enumToString(type) + when + u" ("_s + drug->describe() + u')');
        episodes->append(episode);
    }
    return true;
}

std::optional<FhirCodeableConcept> MedicationMapper::medication(FhirResourceReader& resource)
{
    const QString label = resource.label();
    const auto choice = resource.choice("medication"_L1);
    if (!choice) {
        report().notMapped(label, resource.resource().path, NotMappedReason::MissingValue, u"no medication"_s);
        return std::nullopt;
    }
    if (choice->type == "CodeableConcept"_L1)
        return FhirTypes::codeableConcept(resource.fields(), choice->value, choice->path);
    const auto reference = choice->type == "Reference"_L1
                               ? FhirTypes::reference(resource.fields(), choice->value, choice->path)
                               : std::nullopt;
    if (!reference) {
        report().notMapped(label, choice->path, NotMappedReason::MissingValue, u"no medication reference"_s);
        return std::nullopt;
    }
    // A contained Medication ("#med") lives inside the resource; any other in the bundle.
    QJsonObject target;
    QString targetPath;
    if (reference->startsWith(u'#')) {
        const auto contained = resource.array("contained"_L1);
        for (qsizetype i = 0; contained && i < contained->size(); ++i) {
            if (u'#' + contained->at(i).toObject().value("id"_L1).toString() == *reference) {
                target = contained->at(i).toObject();
                targetPath = jsonPathIndex(resource.pathOf("contained"_L1), i);
            }
        }
    } else if (const FhirResource* found = context().bundle.resolve(*reference)) {
        target = found->json;
        targetPath = found->path;
    }
    if (targetPath.isEmpty() || target.value("resourceType"_L1).toString() != "Medication"_L1) {
        report().notMapped(label, choice->path, NotMappedReason::MissingValue,
                           u"the Medication \"%1\" is not in the file"_s.arg(*reference));
        return std::nullopt;
    }
    const QJsonValue code = target.value("code"_L1);
    if (code.isUndefined()) {
        report().notMapped(label, targetPath, NotMappedReason::MissingValue, u"the Medication has no code"_s);
        return std::nullopt;
    }
    return FhirTypes::codeableConcept(resource.fields(), code, jsonPathMember(targetPath, u"code"_s));
}

} // namespace spinereview
