// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/json/validationissue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace spinereview {

// One resource of a bundle and where it sits in the file.
struct FhirResource
{
    QString type;    // resourceType
    QString id;      // may be empty
    QString fullUrl; // the entry's fullUrl; may be empty
    QString path;    // JSON path of the resource, e.g. $.entry[3].resource
    QJsonObject json;

    // "Observation/bmi-1", or the type alone for a resource without an id.
    QString label() const;
};

struct FhirBundleReadResult;

// A FHIR R4 Bundle read from a file: its resources in file order and a way to follow references between
// them. Only the envelope is checked here (JSON, resourceType, FHIR version, bundle type, entries); what the
// resources say is the mappers' business. Its messages are in the installed language; those of the JSON reader
// in the core, written in English, go through EnginePhrases (core/i18n) on their way out.
class FhirBundle
{
    Q_DECLARE_TR_FUNCTIONS(FhirBundle)

public:
    // The bundle types that carry a patient's record; history and the responses do not.
    static const QStringList acceptedTypes;

    static FhirBundleReadResult readFile(const QString& path);
    static FhirBundleReadResult readBytes(const QByteArray& json, const QString& fileName);

    QString fileName() const { return m_fileName; }
    QString type() const { return m_type; }
    // Bundle.identifier.value, else Bundle.id; empty when the bundle has neither.
    QString identifier() const { return m_identifier; }
    // Where identifier() was read: $.identifier.value or $.id.
    QString identifierSource() const { return m_identifierSource; }
    const QList<FhirResource>& resources() const { return m_resources; }
    // Entries a transaction deletes or reads: they carry no resource and are reported, not mapped.
    const QList<QString>& requestOnlyEntries() const { return m_requestOnlyEntries; }

    // The resource a reference names: an entry's fullUrl (`urn:uuid:…`), `Type/id`, or an absolute URL
    // ending in `/Type/id`. nullptr when the bundle does not hold it.
    const FhirResource* resolve(const QString& reference) const;

private:
    QString m_fileName;
    QString m_type;
    QString m_identifier;
    QString m_identifierSource;
    QList<FhirResource> m_resources;
    QList<QString> m_requestOnlyEntries;
    QHash<QString, qsizetype> m_byReference; // fullUrl and Type/id → index into m_resources
};

struct FhirBundleReadResult
{
    std::optional<FhirBundle> value;
    ValidationIssues issues;

    bool ok() const { return value.has_value(); }
};

} // namespace spinereview
