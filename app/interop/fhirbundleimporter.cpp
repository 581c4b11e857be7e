// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/fhirbundleimporter.h"

#include "core/case/casereader.h"
#include "core/case/casewriter.h"
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
            report().notMapped({}, entry, NotMappedReason::Status, u"a transaction request without a resource"_s);
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
            error({},
                  u"the imported case would not follow spinereview-case/1: %1: %2"_s.arg(issue.path, issue.message));
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
            error(patients.at(i)->path, u"a second Patient (%1 is the first): the bundle holds the records of %2 "
                                        "patients; import one patient's bundle"_s.arg(patients.first()->label())
                                            .arg(patients.size()));
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
            report().notMapped(resource.label(), resource.path, NotMappedReason::UnsupportedResource,
                               resource.type + u" is not read by the importer"_s);
            return;
        }
        FhirResourceReader reader(resource, m_bundle.fileName());
        if (resource.json.contains("modifierExtension"_L1)) {
            report().notMapped(resource.label(), reader.pathOf("modifierExtension"_L1),
                               NotMappedReason::ModifierExtension,
                               u"it may change the resource's meaning in a way the importer does not know"_s);
            return;
        }
        if (!aboutThePatient(reader))
            return;
        const bool read = mapper->map(reader);
        for (const ValidationIssue& issue : reader.issues())
            report().notMapped(resource.label(), issue.path, NotMappedReason::InvalidValue, issue.message);
        const QStringList unread = reader.unreadElements();
        if (read && !unread.isEmpty())
            report().notMapped(resource.label(), resource.path, NotMappedReason::NoField,
                               u"elements not read: "_s + unread.join(u", "_s));
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
        report().notMapped(reader.label(), path, NotMappedReason::OtherPatient,
                           u"refers to \"%1\", not to the bundle's patient %2"_s.arg(*reference, m_patient->label()));
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
            error({}, u"the case needs a caseId, and the bundle has neither identifier nor id: give one"_s);
        return m_options.fallbackCaseId;
    }

    // request.levels and request.components are required and non-empty, and the format documents no default:
    // a placeholder would be a request nobody made.
    void requireRequest()
    {
        const Request& request = m_case.request;
        if (request.components.isEmpty())
            error({}, u"the case needs request.components: no planned Procedure (status preparation) or active "
                      "ServiceRequest carries a CPT or SNOMED CT code of a lumbar spine operation"_s);
        if (request.levels.isEmpty())
            error({}, u"the case needs request.levels: no requested operation names its levels in bodySite (such "
                      "as \"L4-L5\")"_s);
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
