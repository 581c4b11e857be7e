// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small FHIR bundles written in the tests themselves, imported as of a fixed day, and the look-ups the tests
// make in a mapping report.

#include "core/case/casereader.h"
#include "core/case/casewriter.h"
#include "interop/fhirbundleimporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// The day the imports are made: the seed case's review date.
inline QDate importDay()
{
    return QDate(2025, 11, 17);
}

inline QString dataFile(const QString& name)
{
    return QStringLiteral(SPINEREVIEW_TEST_DATA "/fhir/") + name;
}

// A resource written as JSON text in a test.
inline QJsonObject resource(const char* json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test resource: %s", qPrintable(error.errorString()));
    return document.object();
}

// A collection bundle of a Patient ("Patient/p1") and `resources`, in that order: entry[0] is the patient.
inline QByteArray bundle(const QList<QJsonObject>& resources, bool withPatient = true)
{
    QJsonArray entries;
    if (withPatient)
        entries.append(
            QJsonObject{{u"fullUrl"_s, u"urn:uuid:patient-1"_s},
                        {u"resource"_s, QJsonObject{{u"resourceType"_s, u"Patient"_s}, {u"id"_s, u"p1"_s}}}});
    for (const QJsonObject& r : resources)
        entries.append(QJsonObject{{u"resource"_s, r}});
    const QJsonObject root{{u"resourceType"_s, u"Bundle"_s},
                           {u"id"_s, u"test-bundle"_s},
                           {u"type"_s, u"collection"_s},
                           {u"entry"_s, entries}};
    return QJsonDocument(root).toJson();
}

// A ServiceRequest the format's required request can come from: decompression (CPT 63047) at L4-L5.
inline QJsonObject decompressionRequest()
{
    return resource(R"({"resourceType": "ServiceRequest", "id": "sr-decompression", "status": "active",
        "intent": "order", "subject": {"reference": "Patient/p1"},
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "63047"}]},
        "bodySite": [{"text": "L4-L5"}]})");
}

inline spinereview::FhirImportResult import(const QByteArray& json, const QString& name = u"bundle.json"_s)
{
    spinereview::FhirImportOptions options;
    options.today = importDay();
    return spinereview::FhirBundleImporter::importBytes(json, name, options);
}

// Imports `resources` beside a patient and the decompression request, so the case can be made.
inline spinereview::FhirImportResult importWithRequest(const QList<QJsonObject>& resources)
{
    QList<QJsonObject> all{decompressionRequest()};
    all.append(resources);
    return import(bundle(all));
}

inline QString describe(const spinereview::FhirImportResult& result)
{
    QStringList lines;
    for (const spinereview::ValidationIssue& issue : result.errors)
        lines.append(u"error: "_s + issue.toString());
    lines.append(result.report.toText());
    return lines.join(u'\n');
}

// The entries of `report` at a JSON path of the bundle.
inline QList<spinereview::MappingEntry> at(const spinereview::MappingReport& report, const QString& source)
{
    QList<spinereview::MappingEntry> out;
    for (const spinereview::MappingEntry& entry : report.entries()) {
        if (entry.source == source)
            out.append(entry);
    }
    return out;
}

// Whether the report holds an entry at `source` with this outcome (and case path, or reason).
inline bool hasMapped(const spinereview::MappingReport& report, const QString& source, const QString& casePath)
{
    const auto entries = at(report, source);
    return std::any_of(entries.cbegin(), entries.cend(), [&](const spinereview::MappingEntry& e) {
        return e.outcome != spinereview::MappingEntry::Outcome::NotMapped && e.casePath == casePath;
    });
}

inline bool hasNotMapped(const spinereview::MappingReport& report, const QString& source,
                         spinereview::NotMappedReason reason)
{
    const auto entries = at(report, source);
    return std::any_of(entries.cbegin(), entries.cend(), [&](const spinereview::MappingEntry& e) {
        return e.outcome == spinereview::MappingEntry::Outcome::NotMapped && e.reason == reason;
    });
}

// The case written by CaseWriter reads back as spinereview-case/1 with no issue.
inline bool readsBack(const spinereview::SpineCase& spineCase, QString* problems = nullptr)
{
    const auto read = spinereview::CaseReader::readBytes(spinereview::CaseWriter::toBytes(spineCase), u"out.json"_s);
    if (problems) {
        QStringList lines;
        for (const auto& issue : read.issues)
            lines.append(issue.toString());
        *problems = lines.join(u'\n');
    }
    return read.ok();
}
