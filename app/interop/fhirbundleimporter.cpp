// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/fhirbundleimporter.h"

#include "core/case/casereader.h"
#include "core/case/casewriter.h"
#include "core/i18n/enginephrases.h"
#include "interop/conditionmapper.h"
#include "interop/fhirbundle.h"
#include "interop/imagingmapper.h"
#include "interop/medicationmapper.h"
#include "interop/observationmapper.h"
#include "interop/patientmapper.h"
#include "interop/proceduremapper.h"

#include <memory>
#include <vector>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// One import: the bundle, the case it fills, and the mappers in the order their finish() must run —
// procedures build surgicalHistory before conditions attach a pseudarthrosis to it.
class ImportRun
{
public:
    ImportRun(const FhirBundle& bundle, const FhirImportOptions& options, FhirImportResult& result)
        : m_bundle(bundle)
        , m_options(options)
        , m_result(result)
        , m_context{bundle, m_case, result.report, options.today.isValid() ? options.today : QDate::currentDate()}
    {
        m_mappers.push_back(std::make_unique<PatientMapper>(m_context));
        m_mappers.push_back(std::make_unique<ProcedureMapper>(m_context));
        m_mappers.push_back(std::make_unique<ConditionMapper>(m_context));
        m_mappers.push_back(std::make_unique<ObservationMapper>(m_context));
        m_mappers.push_back(std::make_unique<MedicationMapper>(m_context));
        m_mappers.push_back(std::make_unique<ImagingMapper>(m_context));
    }

    void run()
    {
        if (!findPatient())
            return;
        for (const QString& entry : m_bundle.requestOnlyEntries())
            //: a bundle entry that only deletes or reads (DELETE, GET) and carries no resource
            report().notMapped(QString(), entry, NotMappedReason::Status,
                               FhirBundleImporter::tr("a transaction request without a resource"));
        for (const FhirResource& resource : m_bundle.resources())
            mapResource(resource);
        for (const auto& mapper : m_mappers)
            mapper->finish();
        m_case.caseId = caseId();
        requireRequest();
        if (!m_result.errors.isEmpty())
            return;
        // The mappers write only values the format allows; reading the case back proves it.
        const CaseReadResult check = CaseReader::readObject(CaseWriter::toJson(m_case), m_bundle.fileName());
        for (const ValidationIssue& issue : check.issues)
            //: %1 is a path in the case file, %2 what is wrong there; spinereview-case/1 is the case file format
            error(QString(), FhirBundleImporter::tr("the imported case would not follow spinereview-case/1: %1: %2")
                                 .arg(issue.path, EnginePhrases::translate(issue.message)));
        if (check.ok())
            m_result.value = m_case;
    }

private:
    MappingReport& report() { return m_result.report; }

    void error(const QString& path, const QString& message)
    {
        m_result.errors.append(ValidationIssue{m_bundle.fileName(), path, message});
    }

    // One patient's record, or none; a bundle mixing patients cannot become one case.
    bool findPatient()
    {
        QList<const FhirResource*> patients;
        for (const FhirResource& resource : m_bundle.resources()) {
            if (resource.type == "Patient"_L1)
                patients.append(&resource);
        }
        for (qsizetype i = 1; i < patients.size(); ++i)
            //: Patient is a FHIR resource type; %1 is the first one (Patient/p1); %n is two or more
            error(patients.at(i)->path,
                  FhirBundleImporter::tr("a second Patient (%1 is the first): the bundle holds the records of %n "
                                         "patients; import one patient's bundle",
                                         nullptr, static_cast<int>(patients.size()))
                      .arg(patients.first()->label()));
        m_patient = patients.isEmpty() ? nullptr : patients.first();
        return patients.size() <= 1;
    }

    FhirResourceMapper* mapperFor(const QString& type) const
    {
        for (const auto& mapper : m_mappers) {
            if (mapper->resourceTypes().contains(type))
                return mapper.get();
        }
        return nullptr;
    }

    void mapResource(const FhirResource& resource)
    {
        FhirResourceMapper* mapper = mapperFor(resource.type);
        if (!mapper) {
            //: %1 is a FHIR resource type (Encounter)
            report().notMapped(resource.label(), resource.path, NotMappedReason::UnsupportedResource,
                               FhirBundleImporter::tr("%1 is not read by the importer").arg(resource.type));
            return;
        }
        FhirResourceReader reader(resource, m_bundle.fileName());
        if (resource.json.contains("modifierExtension"_L1)) {
            //: why a resource with a FHIR modifierExtension the importer does not understand is left out
            report().notMapped(
                resource.label(), reader.pathOf("modifierExtension"_L1), NotMappedReason::ModifierExtension,
                FhirBundleImporter::tr("it may change the resource's meaning in a way the importer does not know"));
            return;
        }
        if (!aboutThePatient(reader))
            return;
        const bool read = mapper->map(reader);
        // The reader's messages from the core's JSON reader are English; FhirTypes' are translated already, and
        // EnginePhrases returns a text it does not know as it is.
        for (const ValidationIssue& issue : reader.issues())
            report().notMapped(resource.label(), issue.path, NotMappedReason::InvalidValue,
                               EnginePhrases::translate(issue.message));
        const QStringList unread = reader.unreadElements();
        if (read && !unread.isEmpty())
            //: %1 lists FHIR element names of the resource, written as is
            report().notMapped(resource.label(), resource.path, NotMappedReason::NoField,
                               FhirBundleImporter::tr("elements not read: %1").arg(unread.join(u", "_s)));
    }

    // Whether a resource is about the bundle's patient. Resources of a bundle without a Patient are taken as
    // the record they are sent as.
    bool aboutThePatient(FhirResourceReader& reader)
    {
        if (reader.resource().type == "Patient"_L1)
            return true;
        std::optional<QString> reference = reader.reference("subject"_L1);
        QString path = reader.pathOf("subject"_L1);
        if (!reference) {
            reference = reader.reference("patient"_L1);
            path = reader.pathOf("patient"_L1);
        }
        if (!m_patient || !reference || m_bundle.resolve(*reference) == m_patient)
            return true;
        //: %1 is the reference as the file writes it, %2 the bundle's Patient (Patient/p1)
        report().notMapped(reader.label(), path, NotMappedReason::OtherPatient,
                           FhirBundleImporter::tr("refers to \"%1\", not to the bundle's patient %2")
                               .arg(*reference, m_patient->label()));
        return false;
    }

    QString caseId()
    {
        if (!m_options.caseId.isEmpty())
            return m_options.caseId;
        if (!m_bundle.identifier().isEmpty()) {
            report().mapped({}, m_bundle.identifierSource(), u"caseId"_s, u"\"%1\""_s.arg(m_bundle.identifier()));
            return m_bundle.identifier();
        }
        if (m_options.fallbackCaseId.isEmpty())
            //: caseId is a field of the case file; identifier and id are FHIR element names: keep them as is
            error(QString(), FhirBundleImporter::tr(
                                 "the case needs a caseId, and the bundle has neither identifier nor id: give one"));
        return m_options.fallbackCaseId;
    }

    // request.levels and request.components are required and non-empty, and the format documents no default:
    // a placeholder would be a request nobody made.
    void requireRequest()
    {
        const Request& request = m_case.request;
        if (request.components.isEmpty())
            //: request.components is a field of the case file; Procedure and ServiceRequest are FHIR resource types
            //: and preparation a Procedure status: keep them as is
            error(QString(),
                  FhirBundleImporter::tr("the case needs request.components: no planned Procedure (status "
                                         "preparation) or active ServiceRequest carries a CPT or SNOMED CT code "
                                         "of a lumbar spine operation"));
        if (request.levels.isEmpty())
            //: request.levels is a field of the case file, bodySite a FHIR element name: keep them as is
            error(QString(), FhirBundleImporter::tr("the case needs request.levels: no requested operation names its "
                                                    "levels in bodySite (such as \"L4-L5\")"));
    }

    const FhirBundle& m_bundle;
    const FhirImportOptions& m_options;
    FhirImportResult& m_result;
    SpineCase m_case;
    FhirMappingContext m_context;
    std::vector<std::unique_ptr<FhirResourceMapper>> m_mappers;
    const FhirResource* m_patient = nullptr;
};

} // namespace

namespace {

FhirImportResult importRead(const FhirBundleReadResult& read, const QString& fileName, const FhirImportOptions& options)
{
    FhirImportResult result{std::nullopt, read.issues, MappingReport(fileName)};
    if (read.ok())
        ImportRun(*read.value, options, result).run();
    return result;
}

} // namespace

FhirImportResult FhirBundleImporter::importFile(const QString& path, const FhirImportOptions& options)
{
    return importRead(FhirBundle::readFile(path), path, options);
}

FhirImportResult FhirBundleImporter::importBytes(const QByteArray& json, const QString& fileName,
                                                 const FhirImportOptions& options)
{
    return importRead(FhirBundle::readBytes(json, fileName), fileName, options);
}

} // namespace spinereview
