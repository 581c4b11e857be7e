// SPDX-License-Identifier: GPL-3.0-or-later
// The FHIR import end to end on the bundles of tests/data/fhir: the complete one gives back the seed case as
// far as FHIR carries it, the minimal one a valid case, the broken ones errors naming file and JSON path,
// and every report accounts for every entry of its bundle.
#include "core/case/casereader.h"
#include "fhirtestbundle.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace spinereview;

class TestFhirBundleImporter : public QObject
{
    Q_OBJECT

private slots:
    void completeBundleGivesTheSeedCase();
    void completeBundleReportsEveryEntry();
    void reportLinesNameFileAndPath();
    void minimalBundleGivesAValidCase();
    void caseIdComesFromOptionsBundleOrFallback();
    void brokenBundlesAreRefusedWithFileAndPath_data();
    void brokenBundlesAreRefusedWithFileAndPath();
    void conditionWithoutCodingIsReportedNotFatal();
    void stringWhereAQuantityIsExpectedIsReported();
    void unknownCodeSystemsAreReported();
    void secondPatientIsRefused();
    void resourcesAboutAnotherPatientAreLeftOut();
    void modifierExtensionKeepsAResourceOut();
    void transactionRequestsWithoutResourcesAreReported();
    void everyElementOfTheWrongTypeIsHandled();

private:
    static FhirImportResult importData(const QString& name)
    {
        FhirImportOptions options;
        options.today = importDay();
        return FhirBundleImporter::importFile(dataFile(name), options);
    }
};

void TestFhirBundleImporter::completeBundleGivesTheSeedCase()
{
    const FhirImportResult result = importData(u"seed-l5s1-revision.json"_s);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const SpineCase& c = *result.value;
    QString problems;
    QVERIFY2(readsBack(c, &problems), qPrintable(problems));

    const CaseReadResult seedRead =
        CaseReader::readFile(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/seed-l5s1-revision.json"));
    QVERIFY(seedRead.ok());
    const SpineCase& seed = *seedRead.value;

    QCOMPARE(c.caseId, seed.caseId);
    QVERIFY(c.patient);
    QCOMPARE(c.patient->id, std::optional<QString>(u"MRN-004217"_s));
    QCOMPARE(c.patient->sex, seed.patient->sex);
    QCOMPARE(c.patient->birthDate, std::optional<QDate>(QDate(1958, 6, 2)));
    QVERIFY(!c.patient->ageYears); // birthDate or ageYears: never both
    QCOMPARE(c.patient->nicotine, seed.patient->nicotine);
    QCOMPARE(c.patient->bmi, std::optional<double>(27.4));
    // The seed documents "no diabetes"; no resource of the bundle says so, and absent is not false.
    QVERIFY(!c.patient->diabetes);

    QVERIFY(c.symptoms);
    QCOMPARE(c.symptoms->neurogenicClaudication, seed.symptoms->neurogenicClaudication);
    QVERIFY(c.symptoms->outcomeScores);
    QCOMPARE(c.symptoms->outcomeScores->size(), 2);
    QCOMPARE(c.symptoms->outcomeScores->at(0).date, QDate(2025, 6, 2));
    QCOMPARE(c.symptoms->outcomeScores->at(0).painScore, std::optional<double>(7));
    QVERIFY(!c.symptoms->outcomeScores->at(0).odi);
    QCOMPARE(c.symptoms->outcomeScores->at(1).date, QDate(2025, 9, 10));
    QCOMPARE(c.symptoms->outcomeScores->at(1).painScore, std::optional<double>(8));
    QCOMPARE(c.symptoms->outcomeScores->at(1).odi, std::optional<double>(52));

    QVERIFY(c.surgicalHistory);
    QCOMPARE(c.surgicalHistory->size(), seed.surgicalHistory->size());
    QCOMPARE(c.surgicalHistory->at(0).procedure, seed.surgicalHistory->at(0).procedure);
    QCOMPARE(c.surgicalHistory->at(0).levels, seed.surgicalHistory->at(0).levels);
    QCOMPARE(c.surgicalHistory->at(0).date, seed.surgicalHistory->at(0).date);
    QVERIFY(!c.surgicalHistory->at(0).instrumented);

    QCOMPARE(c.request.levels, seed.request.levels);
    const QList<Component> components{Component::Decompression, Component::Fusion, Component::Instrumentation,
                                      Component::Interbody, Component::BoneMarrowAspirate};
    QCOMPARE(c.request.components, components);
    for (Component component : components)
        QVERIFY(seed.request.components.contains(component));
    QVERIFY(!c.request.componentLevels);
    QCOMPARE(c.request.icd10Codes, seed.request.icd10Codes);
    QCOMPARE(c.request.cptCodes,
             std::optional<QStringList>({u"63047"_s, u"22633"_s, u"22840"_s, u"20939"_s, u"20930"_s}));
    QCOMPARE(c.request.plannedSurgeryDate, std::optional<QDate>(QDate(2025, 12, 8)));
    // Approach, technique and setting are not in a CPT code unambiguously: left for the reviewer.
    QVERIFY(!c.request.approach);
    QVERIFY(!c.request.interbodyTechnique);
    QVERIFY(!c.request.setting);

    QVERIFY(c.conservativeTherapy);
    QCOMPARE(c.conservativeTherapy->size(), 2);
    const auto seedEpisode = [&seed](TherapyType type) {
        return *std::find_if(seed.conservativeTherapy->cbegin(), seed.conservativeTherapy->cend(),
                             [type](const TherapyEpisode& e) { return e.type == type; });
    };
    for (const TherapyEpisode& episode : *c.conservativeTherapy) {
        const TherapyEpisode expected = seedEpisode(episode.type);
        QCOMPARE(episode.start, expected.start);
        QCOMPARE(episode.end, expected.end);
    }
    QCOMPARE(c.conservativeTherapy->at(0).type, TherapyType::Nsaid);
    QCOMPARE(c.conservativeTherapy->at(1).type, TherapyType::Gabapentinoid);

    // The ImagingStudy and the DiagnosticReport of one MRI are one study; its findings are left to the reviewer.
    QVERIFY(c.imaging);
    QCOMPARE(c.imaging->size(), 1);
    QCOMPARE(c.imaging->at(0).modality, seed.imaging->at(0).modality);
    QCOMPARE(c.imaging->at(0).date, seed.imaging->at(0).date);
    QVERIFY(!c.imaging->at(0).levels);

    QVERIFY(!c.exam);
    QVERIFY(!c.emg);
    QVERIFY(!c.coverage);
    QVERIFY(!c.reviewDate);
}

void TestFhirBundleImporter::completeBundleReportsEveryEntry()
{
    const FhirImportResult result = importData(u"seed-l5s1-revision.json"_s);
    QVERIFY(result.ok());
    const MappingReport& report = result.report;
    for (int i = 0; i < 23; ++i) {
        const QString entry = u"$.entry[%1]"_s.arg(i);
        const bool named =
            std::any_of(report.entries().cbegin(), report.entries().cend(), [&entry](const MappingEntry& e) {
                return e.source.startsWith(entry + u'.') || e.source == entry;
            });
        QVERIFY2(named, qPrintable(entry + u" is not in the report:\n"_s + report.toText()));
    }
    QVERIFY(hasMapped(report, u"$.identifier.value"_s, u"caseId"_s) || hasMapped(report, u"$.id"_s, u"caseId"_s));
    QVERIFY(hasMapped(report, u"$.entry[0].resource.identifier[0]"_s, u"patient.id"_s));
    QVERIFY(hasNotMapped(report, u"$.entry[0].resource.identifier[1]"_s, NotMappedReason::NoField));
    QVERIFY(hasNotMapped(report, u"$.entry[0].resource.name"_s, NotMappedReason::NoField));
    QVERIFY(hasMapped(report, u"$.entry[0].resource.gender"_s, u"patient.sex"_s));
    QVERIFY(hasMapped(report, u"$.entry[0].resource.birthDate"_s, u"patient.birthDate"_s));
    QVERIFY(hasMapped(report, u"$.entry[1].resource.code.coding[0]"_s, u"request.icd10Codes"_s));
    QVERIFY(hasMapped(report, u"$.entry[1].resource.code.coding[0]"_s, u"symptoms.neurogenicClaudication"_s));
    QVERIFY(hasNotMapped(report, u"$.entry[1].resource"_s, NotMappedReason::NoField)); // onsetDateTime
    QVERIFY(hasNotMapped(report, u"$.entry[4].resource.code"_s, NotMappedReason::UnknownCodeSystem));
    QVERIFY(hasMapped(report, u"$.entry[5].resource.code.coding[0]"_s, u"surgicalHistory[0]"_s));
    QVERIFY(hasMapped(report, u"$.entry[6].resource.code.coding[0]"_s, u"request.components"_s));
    QVERIFY(hasMapped(report, u"$.entry[6].resource.bodySite"_s, u"request.levels"_s));
    QVERIFY(hasMapped(report, u"$.entry[6].resource.reasonCode[0].coding[0]"_s, u"request.icd10Codes"_s));
    QVERIFY(hasMapped(report, u"$.entry[10].resource.code.coding[0]"_s, u"request.cptCodes"_s));
    QVERIFY(hasNotMapped(report, u"$.entry[10].resource.code.coding[0]"_s, NotMappedReason::Ambiguous));
    QVERIFY(hasMapped(report, u"$.entry[11].resource.valueCodeableConcept.coding[0]"_s, u"patient.nicotine"_s));
    QVERIFY(hasNotMapped(report, u"$.entry[12].resource.valueQuantity"_s, NotMappedReason::Superseded));
    QVERIFY(hasMapped(report, u"$.entry[13].resource.valueQuantity"_s, u"patient.bmi"_s));
    QVERIFY(hasMapped(report, u"$.entry[14].resource.valueInteger"_s, u"symptoms.outcomeScores"_s));
    const auto odi = at(report, u"$.entry[16].resource.valueQuantity"_s);
    QCOMPARE(odi.size(), 1);
    QCOMPARE(odi.first().outcome, MappingEntry::Outcome::MappedByText);
    QVERIFY(hasMapped(report, u"$.entry[17].resource.medicationCodeableConcept"_s, u"conservativeTherapy[0]"_s));
    QVERIFY(hasMapped(report, u"$.entry[18].resource.contained[0].code"_s, u"conservativeTherapy[1]"_s));
    QVERIFY(hasNotMapped(report, u"$.entry[19].resource.medicationCodeableConcept"_s, NotMappedReason::NoField));
    QVERIFY(hasMapped(report, u"$.entry[20].resource.procedureCode[0].coding[0]"_s, u"imaging[0]"_s));
    QVERIFY(hasMapped(report, u"$.entry[21].resource.code"_s, u"imaging[0]"_s));
    QVERIFY(hasNotMapped(report, u"$.entry[21].resource.conclusion"_s, NotMappedReason::FreeText));
    QVERIFY(hasNotMapped(report, u"$.entry[22].resource"_s, NotMappedReason::UnsupportedResource));
}

void TestFhirBundleImporter::reportLinesNameFileAndPath()
{
    const QString file = dataFile(u"seed-l5s1-revision.json"_s);
    const FhirImportResult result = importData(u"seed-l5s1-revision.json"_s);
    QCOMPARE(result.report.fileName(), file);
    const QString text = result.report.toText();
    QVERIFY(text.startsWith(u"Mapped ("_s));
    QVERIFY2(text.contains(file + u": $.entry[13].resource.valueQuantity: mapped to patient.bmi: "
                                  "Observation/obs-bmi-september, 27.4 kg/m\u00b2 on 2025-09-10\n"_s),
             qPrintable(text));
    QVERIFY2(text.contains(file + u": $.entry[22].resource: not mapped (unsupported resource type): Encounter/enc-1, "
                                  "Encounter is not read by the importer\n"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"\nNot mapped ("_s));
    QVERIFY(text.endsWith(result.report.summary() + u'\n'));
    QVERIFY(result.report.summary().contains(u" by text), "_s));
    QVERIFY(!result.report.entriesFor(u"patient"_s).isEmpty());
    QVERIFY(result.report.entriesFor(u"pat"_s).isEmpty());
}

void TestFhirBundleImporter::minimalBundleGivesAValidCase()
{
    FhirImportOptions options;
    options.today = importDay();
    options.fallbackCaseId = u"minimal"_s;
    const FhirImportResult result = FhirBundleImporter::importFile(dataFile(u"minimal.json"_s), options);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const SpineCase& c = *result.value;
    QVERIFY(readsBack(c));
    QCOMPARE(c.caseId, u"minimal"_s);
    QCOMPARE(c.request.levels, QList<Level>{Level::L4L5});
    QCOMPARE(c.request.components, QList<Component>{Component::Decompression});
    QCOMPARE(c.request.cptCodes, std::optional<QStringList>(QStringList{u"63047"_s}));
    // Nothing documented is written as nothing: no empty lists, no empty objects.
    QVERIFY(!c.patient);
    QVERIFY(!c.surgicalHistory);
    QVERIFY(!c.conservativeTherapy);
    QVERIFY(!c.imaging);
    QVERIFY(!c.request.icd10Codes);
    const QJsonObject written = CaseWriter::toJson(c);
    QCOMPARE(written.keys(), QStringList({u"caseId"_s, u"format"_s, u"request"_s}));
}

void TestFhirBundleImporter::caseIdComesFromOptionsBundleOrFallback()
{
    FhirImportOptions options;
    options.today = importDay();
    FhirImportResult result = FhirBundleImporter::importFile(dataFile(u"minimal.json"_s), options);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.first().message.contains(u"caseId"_s));

    options.caseId = u"given"_s;
    result = FhirBundleImporter::importFile(dataFile(u"seed-l5s1-revision.json"_s), options);
    QVERIFY(result.ok());
    QCOMPARE(result.value->caseId, u"given"_s);
}

void TestFhirBundleImporter::brokenBundlesAreRefusedWithFileAndPath_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << u"not-json.json"_s << QString() << u"malformed JSON"_s;
    QTest::newRow("not a Bundle") << u"not-a-bundle.json"_s << u"$.resourceType"_s
                                  << u"expected a FHIR Bundle; found \"Patient\""_s;
    QTest::newRow("entry without resource")
        << u"entry-without-resource.json"_s << u"$.entry[1]"_s << u"an entry without a resource"_s;
    QTest::newRow("STU3 condition") << u"stu3-condition.json"_s << u"$.entry[1].resource.clinicalStatus"_s
                                    << u"written for FHIR STU3 or earlier, not R4"_s;
    QTest::newRow("R5 profile") << u"r5-bundle.json"_s << u"$.meta.profile[0]"_s << u"FHIR 5.0.0 (R5)"_s;
    QTest::newRow("no request") << u"no-request.json"_s << QString() << u"the case needs request.components"_s;
    QTest::newRow("no such file") << u"absent.json"_s << QString() << u"cannot open the file"_s;
}

void TestFhirBundleImporter::brokenBundlesAreRefusedWithFileAndPath()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const FhirImportResult result = importData(file);
    QVERIFY(!result.ok());
    QVERIFY(!result.errors.isEmpty());
    const ValidationIssue& first = result.errors.first();
    QCOMPARE(first.file, dataFile(file));
    QCOMPARE(first.path, path);
    QVERIFY2(first.message.contains(message), qPrintable(first.toString()));
    const QString expectedStart = dataFile(file) + u": "_s + (path.isEmpty() ? QString() : path + u": "_s);
    QVERIFY(first.toString().startsWith(expectedStart));
}

void TestFhirBundleImporter::conditionWithoutCodingIsReportedNotFatal()
{
    const FhirImportResult result = importData(u"condition-without-coding.json"_s);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY(!result.value->request.icd10Codes);
    const auto entries = at(result.report, u"$.entry[2].resource.code"_s);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().reason, NotMappedReason::MissingValue);
    QCOMPARE(entries.first().toString(u"bundle.json"_s),
             u"bundle.json: $.entry[2].resource.code: not mapped (missing value): Condition/c1, no coding; the text "
             "\"lumbar disc herniation\" is not read: enter the diagnosis by hand"_s);
}

void TestFhirBundleImporter::stringWhereAQuantityIsExpectedIsReported()
{
    const FhirImportResult result = importData(u"observation-string-value.json"_s);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY(!result.value->patient || !result.value->patient->bmi);
    const auto entries = at(result.report, u"$.entry[2].resource.valueString"_s);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().reason, NotMappedReason::InvalidValue);
    QCOMPARE(entries.first().detail, u"expected valueQuantity; found valueString \"31.2\""_s);
}

void TestFhirBundleImporter::unknownCodeSystemsAreReported()
{
    const FhirImportResult result = importData(u"unknown-code-systems.json"_s);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const MappingReport& report = result.report;
    QVERIFY(hasNotMapped(report, u"$.entry[2].resource.code"_s, NotMappedReason::UnknownCodeSystem));
    QVERIFY(
        at(report, u"$.entry[2].resource.code"_s).first().detail.contains(u"http://hl7.org/fhir/sid/icd-10|M48.0"_s));
    QVERIFY(hasNotMapped(report, u"$.entry[3].resource.code"_s, NotMappedReason::UnknownCodeSystem));
    QVERIFY(hasNotMapped(report, u"$.entry[4].resource.code"_s, NotMappedReason::UnknownCodeSystem));
    QVERIFY(!result.value->surgicalHistory);
    QVERIFY(!result.value->request.icd10Codes);
    QVERIFY(!result.value->symptoms);
}

void TestFhirBundleImporter::secondPatientIsRefused()
{
    const QByteArray json = bundle({decompressionRequest(), resource(R"({"resourceType": "Patient", "id": "p2"})")});
    const FhirImportResult result = import(json);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().path, u"$.entry[2].resource"_s);
    QVERIFY(result.errors.first().message.contains(u"records of 2 patients"_s));
}

void TestFhirBundleImporter::resourcesAboutAnotherPatientAreLeftOut()
{
    const FhirImportResult result = importWithRequest({resource(
        R"({"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/someone-else"},
            "clinicalStatus": {"coding": [{"code": "active"}]},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.9"}]}})")});
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY(!result.value->patient);
    QVERIFY(!result.value->request.icd10Codes);
    QVERIFY(hasNotMapped(result.report, u"$.entry[2].resource.subject"_s, NotMappedReason::OtherPatient));
}

void TestFhirBundleImporter::modifierExtensionKeepsAResourceOut()
{
    const FhirImportResult result = importWithRequest({resource(
        R"({"resourceType": "Condition", "id": "c1",
            "modifierExtension": [{"url": "http://example.org/negated", "valueBoolean": true}],
            "clinicalStatus": {"coding": [{"code": "active"}]},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.9"}]}})")});
    QVERIFY(result.ok());
    QVERIFY(!result.value->patient);
    QVERIFY(
        hasNotMapped(result.report, u"$.entry[2].resource.modifierExtension"_s, NotMappedReason::ModifierExtension));
}

void TestFhirBundleImporter::transactionRequestsWithoutResourcesAreReported()
{
    QJsonObject root = QJsonDocument::fromJson(bundle({decompressionRequest()})).object();
    root.insert(u"type"_s, u"transaction"_s);
    QJsonArray entries = root.value(u"entry"_s).toArray();
    entries.append(
        QJsonObject{{u"request"_s, QJsonObject{{u"method"_s, u"DELETE"_s}, {u"url"_s, u"Condition/old"_s}}}});
    root.insert(u"entry"_s, entries);
    const FhirImportResult result = import(QJsonDocument(root).toJson());
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY(hasNotMapped(result.report, u"$.entry[2]"_s, NotMappedReason::Status));
}

void TestFhirBundleImporter::everyElementOfTheWrongTypeIsHandled()
{
    // Each element of each resource of the complete bundle replaced by a value of every JSON type: the import
    // never crashes, and gives either a case that reads back or errors.
    QFile file(dataFile(u"seed-l5s1-revision.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray entries = root.value(u"entry"_s).toArray();
    const QList<QJsonValue> replacements = {QJsonValue(u"text"_s),
                                            QJsonValue(-1.5),
                                            QJsonValue(true),
                                            QJsonValue(QJsonArray{1, u"x"_s}),
                                            QJsonValue(QJsonObject{{u"a"_s, 1}}),
                                            QJsonValue(QJsonValue::Null)};
    int imports = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject original = entries.at(i).toObject().value(u"resource"_s).toObject();
        for (const QString& key : original.keys()) {
            for (const QJsonValue& replacement : replacements) {
                QJsonObject changed = original;
                changed.insert(key, replacement);
                QJsonArray changedEntries = entries;
                changedEntries.replace(i, QJsonObject{{u"resource"_s, changed}});
                QJsonObject changedRoot = root;
                changedRoot.insert(u"entry"_s, changedEntries);
                const FhirImportResult result = import(QJsonDocument(changedRoot).toJson());
                ++imports;
                if (result.ok())
                    QVERIFY2(readsBack(*result.value), qPrintable(u"entry %1, %2"_s.arg(i).arg(key)));
                else
                    QVERIFY(!result.errors.isEmpty());
            }
        }
    }
    QVERIFY(imports > 500);
}

QTEST_GUILESS_MAIN(TestFhirBundleImporter)
#include "tst_fhirbundleimporter.moc"
