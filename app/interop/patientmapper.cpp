// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/patientmapper.h"

namespace spinereview {

using namespace Qt::StringLiterals;

bool PatientMapper::map(FhirResourceReader& resource)
{
    const QString label = resource.label();
    mapIdentifier(resource);
    if (const auto gender = resource.string("gender"_L1)) {
        // FHIR's administrative gender has the case's three values and "unknown", which documents nothing.
        if (const auto sex = enumFromString<Sex>(*gender)) {
            context().patient().sex = sex;
            report().mapped(label, resource.pathOf("gender"_L1), u"patient.sex"_s, enumToString(*sex));
        } else {
            //: gender is a FHIR element name and %1 its code (unknown): keep both as is
            report().notMapped(label, resource.pathOf("gender"_L1), NotMappedReason::MissingValue,
                               tr("gender \"%1\" states no sex").arg(*gender));
        }
    }
    if (const auto birthDate = resource.date("birthDate"_L1)) {
        // The format takes birthDate or ageYears; with a birth date there is nothing to add.
        context().patient().birthDate = birthDate;
        report().mapped(label, resource.pathOf("birthDate"_L1), u"patient.birthDate"_s,
                        birthDate->toString(Qt::ISODate));
    }
    for (const QLatin1StringView identifying : {"name"_L1, "telecom"_L1, "address"_L1, "contact"_L1, "photo"_L1}) {
        if (resource.resource().json.contains(identifying)) {
            resource.markRead(identifying);
            //: a patient's name, address, telecom, contact or photo
            report().notMapped(label, resource.pathOf(identifying), NotMappedReason::NoField,
                               tr("identifying data is not copied into the case"));
        }
    }
    return true;
}

void PatientMapper::mapIdentifier(FhirResourceReader& resource)
{
    const auto identifiers = resource.array("identifier"_L1);
    if (!identifiers)
        return;
    // The medical record number (identifier type MR of HL7 v2 table 0203) is the case's patient.id; other
    // identifiers (social security, driver's licence …) are not the record's and are not copied.
    QStringList values;
    QStringList paths;
    for (qsizetype i = 0; i < identifiers->size(); ++i) {
        const QString path = jsonPathIndex(resource.pathOf("identifier"_L1), i);
        const QJsonObject identifier = identifiers->at(i).toObject();
        const auto type = identifier.contains("type"_L1)
                              ? FhirTypes::codeableConcept(resource.fields(), identifier.value("type"_L1),
                                                           jsonPathMember(path, u"type"_s))
                              : std::nullopt;
        const FhirCoding* coding = type ? type->coding(FhirSystem::identifierType) : nullptr;
        const QString value = identifier.value("value"_L1).toString();
        if (coding && coding->code == "MR"_L1 && !value.isEmpty()) {
            if (!values.contains(value)) {
                values.append(value);
                paths.append(path);
            }
        } else {
            //: MR is the HL7 code of the identifier type: keep it as is
            report().notMapped(resource.label(), path, NotMappedReason::NoField,
                               tr("not a medical record number (identifier type MR)"));
        }
    }
    if (values.size() == 1) {
        context().patient().id = values.first();
        report().mapped(resource.label(), paths.first(), u"patient.id"_s, u"\"%1\""_s.arg(values.first()));
    } else if (values.size() > 1) {
        for (qsizetype i = 0; i < values.size(); ++i)
            //: %n is two or more
            report().notMapped(
                resource.label(), paths.at(i), NotMappedReason::Ambiguous,
                tr("one of %n different medical record numbers", nullptr, static_cast<int>(values.size())));
    }
}

} // namespace spinereview
