// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/fhirbundle.h"

#include "core/case/jsonfieldreader.h"
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
    return u"an unknown release"_s;
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
    QLatin1StringView release;
};

constexpr VersionMarker kVersionMarkers[] = {
    {"Condition"_L1, "clinicalStatus"_L1, true, "STU3 or earlier"_L1},
    {"Condition"_L1, "verificationStatus"_L1, true, "STU3 or earlier"_L1},
    {"MedicationStatement"_L1, "medication"_L1, false, "R5"_L1},
    {"MedicationRequest"_L1, "medication"_L1, false, "R5"_L1},
    {"Procedure"_L1, "occurrenceDateTime"_L1, false, "R5"_L1},
    {"Procedure"_L1, "occurrencePeriod"_L1, false, "R5"_L1},
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
            m_fields.addIssue(kRoot, u"not a FHIR resource: no resourceType"_s);
            return false;
        }
        if (resourceType.toString() != "Bundle"_L1) {
            m_fields.addIssue(jsonPathMember(kRoot, u"resourceType"_s),
                              u"expected a FHIR Bundle; found "_s + JsonFieldReader::describe(resourceType));
            return false;
        }
        checkVersion(root);
        const QString typePath = jsonPathMember(kRoot, u"type"_s);
        if (const auto text = m_fields.toString(root.value("type"_L1), typePath)) {
            out.type = *text;
            if (!FhirBundle::acceptedTypes.contains(out.type))
                m_fields.addIssue(typePath,
                                  u"a bundle of type \"%1\" carries no patient record to import; expected %2"_s.arg(
                                      out.type, FhirBundle::acceptedTypes.join(u", "_s)));
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
                m_fields.addIssue(
                    path, u"FHIR %1 (%2); this importer reads FHIR R4 (4.0.x)"_s.arg(version, releaseName(version)));
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
                m_fields.addIssue(path, u"an entry without a resource"_s);
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
                m_fields.addIssue(
                    jsonPathMember(resourcePath, QString(marker.member)),
                    u"written for FHIR %1, not R4: this importer reads FHIR R4 (4.0.x)"_s.arg(QString(marker.release)));
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
        return {std::nullopt, {ValidationIssue{path, QString(), u"cannot open the file: "_s + file.errorString()}}};
    return readBytes(file.readAll(), path);
}

FhirBundleReadResult FhirBundle::readBytes(const QByteArray& json, const QString& fileName)
{
    QString error;
    const std::optional<QJsonObject> root = JsonText::parseObject(json, &error);
    if (!root)
        return {std::nullopt, {ValidationIssue{fileName, QString(), error}}};
    ParsedBundle parsed;
    if (ValidationIssues issues = BundleParser(fileName).parse(*root, parsed); !issues.isEmpty())
        return {std::nullopt, std::move(issues)};
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
