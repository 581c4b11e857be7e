// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/imagingmapper.h"

#include "interop/fhircodes.h"

#include <QJsonArray>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// The study a CPT coding of the imaging table names, if any.
std::optional<Modality> modalityFromCpt(const QList<FhirCodeableConcept>& codes, QString& source, QString& how)
{
    for (const FhirCodeableConcept& code : codes) {
        for (const FhirCoding& coding : code.codings) {
            if (coding.system != FhirSystem::cpt)
                continue;
            if (const auto modality = FhirCodes::imagingModality(coding.code)) {
                source = coding.path;
                how = u"CPT "_s + coding.code;
                return modality;
            }
        }
    }
    return std::nullopt;
}

} // namespace

bool ImagingMapper::map(FhirResourceReader& resource)
{
    return resource.resource().type == "ImagingStudy"_L1 ? mapStudy(resource) : mapReport(resource);
}

bool ImagingMapper::mapStudy(FhirResourceReader& resource)
{
    const QString status = resource.string("status"_L1).value_or(QString());
    if (status != "available"_L1) {
        //: a FHIR resource has no status element
        const QString detail = tr("no status");
        report().notMapped(resource.label(), resource.pathOf("status"_L1), NotMappedReason::Status,
                           status.isEmpty() ? detail : u"status \"%1\""_s.arg(status));
        return false;
    }
    // A CPT code names modality and region; otherwise a DICOM modality says how and the description where.
    const QList<FhirCodeableConcept> procedures = resource.codeableConcepts("procedureCode"_L1);
    QStringList words{resource.string("description"_L1).value_or(QString())};
    for (const FhirCodeableConcept& procedure : procedures)
        words.append(procedure.words());
    for (const QJsonValue& series : resource.array("series"_L1).value_or(QJsonArray())) {
        words.append(series.toObject().value("description"_L1).toString());
        words.append(series.toObject().value("bodySite"_L1).toObject().value("display"_L1).toString());
    }
    const QString text = words.join(u' ').simplified();
    QList<FhirCoding> dicom;
    const QJsonArray modalities = resource.array("modality"_L1).value_or(QJsonArray());
    for (qsizetype i = 0; i < modalities.size(); ++i) {
        const QString path = jsonPathIndex(resource.pathOf("modality"_L1), i);
        if (auto coding = FhirTypes::coding(resource.fields(), modalities.at(i), path);
            coding && coding->system == FhirSystem::dicom)
            dicom.append(*coding);
    }

    Study study;
    std::optional<Modality> modality = modalityFromCpt(procedures, study.source, study.how);
    for (qsizetype i = 0; !modality && i < dicom.size(); ++i) {
        modality =
            FhirCodes::namesLumbarSpine(text) ? FhirCodes::imagingModalityForDicom(dicom.at(i).code) : std::nullopt;
        study.source = dicom.at(i).path;
        //: what an imaging study's modality was read from: %1 is a DICOM modality code (MR), %2 the study's
        //: description as the file writes it
        study.how = tr("DICOM modality %1 and the description \"%2\"").arg(dicom.at(i).code, text);
        study.byText = true;
    }
    if (!modality) {
        modality = FhirCodes::imagingModalityInText(text);
        study.source = resource.pathOf("description"_L1);
        //: what an imaging study's modality was read from: %1 is its description as the file writes it
        study.how = tr("the description \"%1\"").arg(text);
        study.byText = true;
    }
    std::optional<Study> found;
    if (modality) {
        study.modality = *modality;
        found = study;
    }
    return addStudy(resource, found, resource.date("started"_L1));
}

bool ImagingMapper::mapReport(FhirResourceReader& resource)
{
    const QString label = resource.label();
    const QString status = resource.string("status"_L1).value_or(QString());
    if (status != "final"_L1 && status != "amended"_L1 && status != "corrected"_L1 && status != "appended"_L1) {
        QString detail;
        if (status.isEmpty())
            //: a FHIR resource has no status element
            detail = tr("no status");
        else
            //: status is a FHIR element name and %1 its code (preliminary, cancelled …): keep both as is
            detail = tr("status \"%1\": only final reports are read").arg(status);
        report().notMapped(label, resource.pathOf("status"_L1), NotMappedReason::Status, detail);
        return false;
    }
    Study study;
    const auto code = resource.codeableConcept("code"_L1);
    const QList<FhirCodeableConcept> codes = code ? QList<FhirCodeableConcept>{*code} : QList<FhirCodeableConcept>();
    std::optional<Modality> modality = modalityFromCpt(codes, study.source, study.how);
    if (!modality && code) {
        modality = FhirCodes::imagingModalityInText(code->words());
        study.source = code->path;
        //: what an imaging study's modality was read from: %1 lists the codings and text of the report's code
        study.how = tr("the report's name: %1").arg(code->describe());
        study.byText = true;
    }
    if (!modality) {
        QString name;
        if (code)
            name = code->describe();
        else
            //: a FHIR resource has no code element
            name = tr("no code");
        //: %1 lists the codings and text of a DiagnosticReport's code, or says it has none
        report().notMapped(label, code ? code->path : resource.pathOf("code"_L1), NotMappedReason::NoField,
                           tr("%1: not a report of lumbar spine imaging").arg(name));
        return false;
    }
    resource.markRead("category"_L1);
    resource.markRead("imagingStudy"_L1);
    resource.markRead("result"_L1);
    if (resource.string("conclusion"_L1))
        //: a report's conclusion; Imaging is the desk's section of that name
        report().notMapped(label, resource.pathOf("conclusion"_L1), NotMappedReason::FreeText,
                           tr("free text, enter the findings in Imaging"));
    for (const FhirCodeableConcept& conclusion : resource.codeableConcepts("conclusionCode"_L1))
        //: %1 lists the codings of a report's conclusionCode; Imaging is the desk's section of that name
        report().notMapped(label, conclusion.path, NotMappedReason::NoField,
                           tr("%1: a coded conclusion names no level or grade; enter the findings in Imaging")
                               .arg(conclusion.describe()));
    if (resource.array("presentedForm"_L1))
        //: Imaging is the desk's section of that name
        report().notMapped(label, resource.pathOf("presentedForm"_L1), NotMappedReason::FreeText,
                           tr("an attached report, not parsed: enter the findings in Imaging"));
    const auto date = resource.eventDate("effective"_L1);
    study.modality = *modality;
    return addStudy(resource, study, date);
}

bool ImagingMapper::addStudy(FhirResourceReader& resource, std::optional<Study> study, const std::optional<QDate>& date)
{
    if (!study) {
        report().notMapped(resource.label(), resource.resource().path, NotMappedReason::MissingValue,
                           tr("neither a CPT code of lumbar spine imaging nor a modality with the lumbar spine in its "
                              "description"));
        return false;
    }
    if (!date) {
        //: %1 is a modality as the case file writes it (MRI, xray); imaging[].date is a field of the case file
        report().notMapped(resource.label(), study->source, NotMappedReason::MissingValue,
                           tr("%1 without a date; imaging[].date is required").arg(enumToString(study->modality)));
        return false;
    }
    study->date = *date;
    study->resource = resource.label();
    m_studies.append(*study);
    return true;
}

void ImagingMapper::finish()
{
    if (m_studies.isEmpty())
        return;
    auto& imaging = context().spineCase.imaging;
    if (!imaging)
        imaging.emplace();
    for (const Study& study : std::as_const(m_studies)) {
        // A report and its study, or two reports of one study: one modality on one day is one study.
        qsizetype index = -1;
        for (qsizetype i = 0; i < imaging->size(); ++i) {
            if (imaging->at(i).modality == study.modality && imaging->at(i).date == study.date)
                index = i;
        }
        if (index < 0) {
            ImagingStudy entry;
            entry.modality = study.modality;
            entry.date = study.date;
            index = imaging->size();
            imaging->append(entry);
        }
        //: %1 is a modality as the case file writes it (MRI, xray), %2 a date, %3 what the modality was read from
        //: (CPT 72148, the description "…")
        const QString detail =
            tr("%1 on %2, from %3").arg(enumToString(study.modality), study.date.toString(Qt::ISODate), study.how);
        if (study.byText)
            report().mappedByText(study.resource, study.source, u"imaging[%1]"_s.arg(index), detail);
        else
            report().mapped(study.resource, study.source, u"imaging[%1]"_s.arg(index), detail);
    }
}

} // namespace spinereview
