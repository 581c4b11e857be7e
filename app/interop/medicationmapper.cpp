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
        //: Medication, MedicationStatement and MedicationRequest are FHIR resource types: keep them as is
        report().notMapped(label, resource.resource().path, NotMappedReason::NoField,
                           tr("a Medication is read where a MedicationStatement or MedicationRequest names it"));
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
        if (ended)
            //: status is a FHIR element name and %1 its code (completed, stopped): keep both as is
            report().notMapped(label, resource.pathOf("status"_L1), NotMappedReason::MissingValue,
                               tr("status \"%1\", but a request gives no date the medication ended; the case would "
                                  "read the episode as ongoing")
                                   .arg(status));
        else
            report().notMapped(label, resource.pathOf("status"_L1), NotMappedReason::Status,
                               u"status \"%1\""_s.arg(status));
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
        //: status is a FHIR element name and %1 its code (completed, stopped): keep both as is
        report().notMapped(
            label, resource.pathOf("status"_L1), NotMappedReason::MissingValue,
            tr("status \"%1\" without an end date; the case would read the episode as ongoing").arg(status));
        return false;
    }
    const QList<TherapyType> types = FhirCodes::therapyTypesForMedication(drug->words());
    if (types.isEmpty()) {
        //: %1 lists the medication's codings and text; conservativeTherapy is a field of the case file
        report().notMapped(label, drug->path, NotMappedReason::NoField,
                           tr("%1: not a drug kind of conservativeTherapy (NSAID, gabapentinoid, acetaminophen, "
                              "muscle relaxant, opioid, oral steroid)")
                               .arg(drug->describe()));
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
        report().mapped(label, drug->path, u"conservativeTherapy[%1]"_s.arg(episodes->size()),
                        episodeText(enumToString(type), start, end, drug->describe()));
        episodes->append(episode);
    }
    return true;
}

QString MedicationMapper::episodeText(const QString& type, const std::optional<QDate>& start,
                                      const std::optional<QDate>& end, const QString& drug)
{
    const QString from = start ? start->toString(Qt::ISODate) : QString();
    const QString to = end ? end->toString(Qt::ISODate) : QString();
    //: %1 is a drug kind as the case file writes it (nsaid, gabapentinoid), %2 and %3 dates, %4 the medication's
    //: codings and text
    if (start && end)
        return tr("%1 from %2 to %3 (%4)").arg(type, from, to, drug);
    //: %1 is a drug kind as the case file writes it (nsaid, gabapentinoid), %2 a date, %3 the medication's
    //: codings and text
    if (start)
        return tr("%1 from %2, ongoing (%3)").arg(type, from, drug);
    //: %1 is a drug kind as the case file writes it (nsaid, gabapentinoid), %2 a date, %3 the medication's
    //: codings and text
    if (end)
        return tr("%1 to %2 (%3)").arg(type, to, drug);
    //: %1 is a drug kind as the case file writes it (nsaid, gabapentinoid), %2 the medication's codings and text
    return tr("%1, ongoing (%2)").arg(type, drug);
}

std::optional<FhirCodeableConcept> MedicationMapper::medication(FhirResourceReader& resource)
{
    const QString label = resource.label();
    const auto choice = resource.choice("medication"_L1);
    if (!choice) {
        //: a MedicationStatement or MedicationRequest names no medication
        report().notMapped(label, resource.resource().path, NotMappedReason::MissingValue, tr("no medication"));
        return std::nullopt;
    }
    if (choice->type == "CodeableConcept"_L1)
        return FhirTypes::codeableConcept(resource.fields(), choice->value, choice->path);
    const auto reference = choice->type == "Reference"_L1
                               ? FhirTypes::reference(resource.fields(), choice->value, choice->path)
                               : std::nullopt;
    if (!reference) {
        report().notMapped(label, choice->path, NotMappedReason::MissingValue, tr("no medication reference"));
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
        //: Medication is a FHIR resource type; %1 the reference as the file writes it
        report().notMapped(label, choice->path, NotMappedReason::MissingValue,
                           tr("the Medication \"%1\" is not in the file").arg(*reference));
        return std::nullopt;
    }
    const QJsonValue code = target.value("code"_L1);
    if (code.isUndefined()) {
        //: Medication is a FHIR resource type
        report().notMapped(label, targetPath, NotMappedReason::MissingValue, tr("the Medication has no code"));
        return std::nullopt;
    }
    return FhirTypes::codeableConcept(resource.fields(), code, jsonPathMember(targetPath, u"code"_s));
}

} // namespace spinereview
