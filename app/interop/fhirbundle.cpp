// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/fhirbundle.h"

#include "core/case/jsonfieldreader.h"
#include "core/i18n/enginephrases.h"
#include "core/json/jsontext.h"

#include <QFile>
#include <QJsonArray>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

const QString kRoot = u"$"_s;

// FHIR's releases by the start of their version number (http://hl7.org/fhir/directory.html).
QString releaseName(const QString& version)
{
    static const QList<std::pair<QString, QString>> releases = {
        {u"1.0"_s, u"DSTU2"_s}, {u"3.0"_s, u"STU3"_s}, {u"4.0"_s, u"R4"_s}, {u"4.3"_s, u"R4B"_s}, {u"5.0"_s, u"R5"_s}};
    for (const auto& [prefix, name] : releases) {
        if (version.startsWith(prefix))
            return name;
    }
    //: what FHIR release a version number is, in "FHIR 6.0 (an unknown release)"
    return FhirBundle::tr("an unknown release");
}

bool isR4(const QString& version)
{
    return version == "4.0"_L1 || version.startsWith("4.0."_L1);
}

// Members whose shape gives away a file written for another FHIR release than R4. A bundle rarely states
// its version, but these differences are certain: R4 made the Condition statuses CodeableConcepts (strings
// before), R5 turned medication[x] into a CodeableReference `medication` and Procedure.performed[x] into
// occurrence[x] (http://hl7.org/fhir/R5/diff.html).
struct VersionMarker
{
    QLatin1StringView resourceType;
    QLatin1StringView member;
    bool markedWhenString; // the marker is a string where R4 has an object; otherwise any presence marks it
    const char* release;   // translated where shown
};

constexpr VersionMarker kVersionMarkers[] = {
    //: the FHIR releases before R4, in "written for FHIR STU3 or earlier, not R4"
    {"Condition"_L1, "clinicalStatus"_L1, true, QT_TRANSLATE_NOOP("FhirBundle", "STU3 or earlier")},
    {"Condition"_L1, "verificationStatus"_L1, true, QT_TRANSLATE_NOOP("FhirBundle", "STU3 or earlier")},
    {"MedicationStatement"_L1, "medication"_L1, false, "R5"},
    {"MedicationRequest"_L1, "medication"_L1, false, "R5"},
    {"Procedure"_L1, "occurrenceDateTime"_L1, false, "R5"},
    {"Procedure"_L1, "occurrencePeriod"_L1, false, "R5"},
};

// What the envelope holds, before it becomes a FhirBundle.
struct ParsedBundle
{
    QString type;
    QString identifier;
    QString identifierSource;
    QList<FhirResource> resources;
    QList<QString> requestOnly;
};

class BundleParser
{
public:
    explicit BundleParser(const QString& fileName)
        : m_fields(fileName)
    {}

    // Every problem of the envelope, or none when `out` holds the bundle.
    ValidationIssues parse(const QJsonObject& root, ParsedBundle& out)
    {
        if (!checkEnvelope(root, out))
            return m_fields.issues();
        const QString entryPath = jsonPathMember(kRoot, u"entry"_s);
        const QJsonValue entries = root.value("entry"_L1);
        const auto array = entries.isUndefined() ? QJsonArray() : m_fields.toArray(entries, entryPath);
        for (qsizetype i = 0; array && i < array->size(); ++i) {
            const QString path = jsonPathIndex(entryPath, i);
            if (const auto entry = m_fields.toObject(array->at(i), path))
                readEntry(*entry, path, out.resources, out.requestOnly);
        }
        return m_fields.issues();
    }

private:
    bool checkEnvelope(const QJsonObject& root, ParsedBundle& out)
    {
        const QJsonValue resourceType = root.value("resourceType"_L1);
        if (resourceType.isUndefined()) {
            //: resourceType is a FHIR element name: keep it as is
            m_fields.addIssue(kRoot, FhirBundle::tr("not a FHIR resource: no resourceType"));
            return false;
        }
        if (resourceType.toString() != "Bundle"_L1) {
            //: %1 is what the file holds instead: a quoted value such as "Patient", or "an object"
            m_fields.addIssue(jsonPathMember(kRoot, u"resourceType"_s),
                              FhirBundle::tr("expected a FHIR Bundle; found %1")
                                  .arg(EnginePhrases::translate(JsonFieldReader::describe(resourceType))));
            return false;
        }
        checkVersion(root);
        const QString typePath = jsonPathMember(kRoot, u"type"_s);
        if (const auto text = m_fields.toString(root.value("type"_L1), typePath)) {
            out.type = *text;
            if (!FhirBundle::acceptedTypes.contains(out.type))
                //: %1 is the bundle's type as the file writes it (such as history); %2 lists the FHIR bundle types
                //: read, written as is
                m_fields.addIssue(
                    typePath, FhirBundle::tr("a bundle of type \"%1\" carries no patient record to import; expected %2")
                                  .arg(out.type, FhirBundle::acceptedTypes.join(u", "_s)));
        }
        out.identifier = root.value("identifier"_L1).toObject().value("value"_L1).toString();
        out.identifierSource = u"$.identifier.value"_s;
        if (out.identifier.isEmpty()) {
            out.identifier = root.value("id"_L1).toString();
            out.identifierSource = u"$.id"_s;
        }
        return !m_fields.hasIssues();
    }

    // A bundle names its release only now and then: some exporters write `fhirVersion` (not an element of
    // R4's Bundle), profiles may carry a version after `|`.
    void checkVersion(const QJsonObject& root)
    {
        const auto check = [this](const QString& version, const QString& path) {
            if (!isR4(version))
                //: %1 is a FHIR version number as the file writes it (5.0.0), %2 the release it belongs to (R5)
                m_fields.addIssue(path, FhirBundle::tr("FHIR %1 (%2); this importer reads FHIR R4 (4.0.x)")
                                            .arg(version, releaseName(version)));
        };
        if (const QJsonValue version = root.value("fhirVersion"_L1); version.isString())
            check(version.toString(), jsonPathMember(kRoot, u"fhirVersion"_s));
        const QString metaPath = jsonPathMember(kRoot, u"meta"_s);
        const QJsonObject meta = root.value("meta"_L1).toObject();
        if (const QJsonValue version = meta.value("fhirVersion"_L1); version.isString())
            check(version.toString(), jsonPathMember(metaPath, u"fhirVersion"_s));
        const QJsonArray profiles = meta.value("profile"_L1).toArray();
        for (qsizetype i = 0; i < profiles.size(); ++i) {
            const QString profile = profiles.at(i).toString();
            const qsizetype bar = profile.lastIndexOf(u'|');
            if (profile.startsWith("http://hl7.org/fhir/StructureDefinition/"_L1) && bar > 0)
                check(profile.mid(bar + 1), jsonPathIndex(jsonPathMember(metaPath, u"profile"_s), i));
        }
    }

    void readEntry(const QJsonObject& entry, const QString& path, QList<FhirResource>& resources,
                   QList<QString>& requestOnly)
    {
        const QString resourcePath = jsonPathMember(path, u"resource"_s);
        const QJsonValue value = entry.value("resource"_L1);
        if (value.isUndefined()) {
            // A transaction may delete or read without a resource; anything else is a broken entry.
            const QString method = entry.value("request"_L1).toObject().value("method"_L1).toString();
            if (method == "DELETE"_L1 || method == "GET"_L1 || method == "HEAD"_L1)
                requestOnly.append(path);
            else
                //: an entry of a FHIR bundle
                m_fields.addIssue(path, FhirBundle::tr("an entry without a resource"));
            return;
        }
        const auto object = m_fields.toObject(value, resourcePath);
        if (!object)
            return;
        FhirResource resource;
        resource.path = resourcePath;
        resource.json = *object;
        resource.fullUrl = entry.value("fullUrl"_L1).toString();
        resource.id = object->value("id"_L1).toString();
        const auto type =
            m_fields.toString(object->value("resourceType"_L1), jsonPathMember(resourcePath, u"resourceType"_s));
        if (!type)
            return;
        resource.type = *type;
        for (const VersionMarker& marker : kVersionMarkers) {
            const QJsonValue member = object->value(marker.member);
            if (resource.type == marker.resourceType && !member.isUndefined() &&
                (!marker.markedWhenString || member.isString()))
                //: %1 is a FHIR release: R5, or "STU3 or earlier"
                m_fields.addIssue(jsonPathMember(resourcePath, QString(marker.member)),
                                  FhirBundle::tr("written for FHIR %1, not R4: this importer reads FHIR R4 (4.0.x)")
                                      .arg(FhirBundle::tr(marker.release)));
        }
        resources.append(std::move(resource));
    }

    JsonFieldReader m_fields;
};

} // namespace

const QStringList FhirBundle::acceptedTypes = {u"collection"_s, u"searchset"_s, u"document"_s, u"transaction"_s};

QString FhirResource::label() const
{
    return id.isEmpty() ? type : type + u'/' + id;
}

FhirBundleReadResult FhirBundle::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        //: %1 is the system's reason
        return {std::nullopt,
                {ValidationIssue{path, QString(), FhirBundle::tr("cannot open the file: %1").arg(file.errorString())}}};
    return readBytes(file.readAll(), path);
}

FhirBundleReadResult FhirBundle::readBytes(const QByteArray& json, const QString& fileName)
{
    QString error;
    const std::optional<QJsonObject> root = JsonText::parseObject(json, &error);
    if (!root)
        return {std::nullopt, {ValidationIssue{fileName, QString(), EnginePhrases::translate(error)}}};
    ParsedBundle parsed;
    if (ValidationIssues issues = BundleParser(fileName).parse(*root, parsed); !issues.isEmpty()) {
        // The JSON reader's messages are the core's English; the parser's own are translated already, and
        // EnginePhrases returns a text it does not know as it is.
        for (ValidationIssue& issue : issues)
            issue.message = EnginePhrases::translate(issue.message);
        return {std::nullopt, std::move(issues)};
    }
    FhirBundle bundle;
    bundle.m_fileName = fileName;
    bundle.m_type = parsed.type;
    bundle.m_identifier = parsed.identifier;
    bundle.m_identifierSource = parsed.identifierSource;
    bundle.m_resources = std::move(parsed.resources);
    bundle.m_requestOnlyEntries = std::move(parsed.requestOnly);
    for (qsizetype i = 0; i < bundle.m_resources.size(); ++i) {
        const FhirResource& resource = bundle.m_resources.at(i);
        if (!resource.fullUrl.isEmpty())
            bundle.m_byReference.insert(resource.fullUrl, i);
        if (!resource.id.isEmpty())
            bundle.m_byReference.insert(resource.type + u'/' + resource.id, i);
    }
    return {std::move(bundle), {}};
}

const FhirResource* FhirBundle::resolve(const QString& reference) const
{
    auto it = m_byReference.constFind(reference);
    if (it == m_byReference.cend()) {
        // An absolute URL: its last two segments are Type/id.
        const qsizetype idSlash = reference.lastIndexOf(u'/');
        const qsizetype typeSlash = idSlash > 0 ? reference.lastIndexOf(u'/', idSlash - 1) : -1;
        if (typeSlash >= 0)
            it = m_byReference.constFind(reference.mid(typeSlash + 1));
    }
    return it == m_byReference.cend() ? nullptr : &m_resources.at(*it);
}

} // namespace spinereview
