// SPDX-License-Identifier: GPL-3.0-or-later
// Each resource family of the FHIR import on small bundles: which case path each element reaches, and which
// are left out and why. A field the bundle does not back stays absent; nothing is ever set to false.
#include "fhirtestbundle.h"

using namespace Qt::StringLiterals;
using namespace spinereview;

namespace {

QJsonObject condition(const char* icd10, const char* clinical = "active", const char* verification = nullptr)
{
    QJsonObject c{{u"resourceType"_s, u"Condition"_s},
                  {u"code"_s, QJsonObject{{u"coding"_s,
                                           QJsonArray{QJsonObject{{u"system"_s, u"http://hl7.org/fhir/sid/icd-10-cm"_s},
                                                                  {u"code"_s, QString::fromLatin1(icd10)}}}}}}};
    if (clinical)
        c.insert(u"clinicalStatus"_s,
                 QJsonObject{{u"coding"_s, QJsonArray{QJsonObject{{u"code"_s, QString::fromLatin1(clinical)}}}}});
    if (verification)
        c.insert(u"verificationStatus"_s,
                 QJsonObject{{u"coding"_s, QJsonArray{QJsonObject{{u"code"_s, QString::fromLatin1(verification)}}}}});
    return c;
}

QJsonObject procedure(const char* type, const char* status, const char* system, const char* code, const char* site,
                      const char* date)
{
    QJsonObject p{
        {u"resourceType"_s, QString::fromLatin1(type)},
        {u"status"_s, QString::fromLatin1(status)},
        {u"code"_s, QJsonObject{{u"coding"_s, QJsonArray{QJsonObject{{u"system"_s, QString::fromLatin1(system)},
                                                                     {u"code"_s, QString::fromLatin1(code)}}}}}}};
    if (QByteArray(type) == "ServiceRequest")
        p.insert(u"intent"_s, u"order"_s);
    if (site)
        p.insert(u"bodySite"_s, QJsonArray{QJsonObject{{u"text"_s, QString::fromLatin1(site)}}});
    if (date)
        p.insert(QByteArray(type) == "Procedure" ? u"performedDateTime"_s : u"occurrenceDateTime"_s,
                 QString::fromLatin1(date));
    return p;
}

constexpr char cpt[] = "http://www.ama-assn.org/go/cpt";

// A bundle of `patient` (entry[0]) and the decompression request.
FhirImportResult importPatient(const QJsonObject& patient)
{
    return import(bundle({patient, decompressionRequest()}, false));
}

QJsonObject observation(const char* loinc, const QJsonObject& value, const char* date, const char* status = "final")
{
    QJsonObject o{
        {u"resourceType"_s, u"Observation"_s},
        {u"status"_s, QString::fromLatin1(status)},
        {u"code"_s, QJsonObject{{u"coding"_s, QJsonArray{QJsonObject{{u"system"_s, u"http://loinc.org"_s},
                                                                     {u"code"_s, QString::fromLatin1(loinc)}}}}}}};
    for (auto it = value.constBegin(); it != value.constEnd(); ++it)
        o.insert(it.key(), it.value());
    if (date)
        o.insert(u"effectiveDateTime"_s, QString::fromLatin1(date));
    return o;
}

QJsonObject quantity(double value, const char* unit)
{
    return QJsonObject{{u"valueQuantity"_s, QJsonObject{{u"value"_s, value}, {u"unit"_s, QString::fromLatin1(unit)}}}};
}

QJsonObject snomedAnswer(const char* code)
{
    return QJsonObject{{u"valueCodeableConcept"_s,
                        QJsonObject{{u"coding"_s, QJsonArray{QJsonObject{{u"system"_s, u"http://snomed.info/sct"_s},
                                                                         {u"code"_s, QString::fromLatin1(code)}}}}}}};
}

QJsonObject statement(const char* status, const char* text, const char* start, const char* end)
{
    QJsonObject m{{u"resourceType"_s, u"MedicationStatement"_s},
                  {u"status"_s, QString::fromLatin1(status)},
                  {u"medicationCodeableConcept"_s, QJsonObject{{u"text"_s, QString::fromLatin1(text)}}}};
    QJsonObject period;
    if (start)
        period.insert(u"start"_s, QString::fromLatin1(start));
    if (end)
        period.insert(u"end"_s, QString::fromLatin1(end));
    if (!period.isEmpty())
        m.insert(u"effectivePeriod"_s, period);
    return m;
}

} // namespace

class TestFhirMappers : public QObject
{
    Q_OBJECT

private slots:
    void patientPrefersTheMedicalRecordNumber();
    void patientWithSeveralRecordNumbersIsAmbiguous();
    void conditionFactsComeFromActiveConfirmedConditionsOnly();
    void conditionCodesAreWrittenAsTheCaseWritesThem();
    void resolvedOrProvisionalConditionsAreNotListed();
    void codedAbsenceIsNotTakenAsFalse();
    void priorOperationsAreGroupedByKindAndDay();
    void pseudarthrosisAttachesToTheOnlyPriorFusion();
    void pseudarthrosisWithTwoPriorFusionsIsAmbiguous();
    void completedProcedureAfterTheImportConflicts();
    void requestedComponentsAndTheirLevels();
    void localAutograftAndAmbiguousSpan();
    void plannedDatesThatDisagreeAreNotTaken();
    void smokingStatusMapsToNicotine_data();
    void smokingStatusMapsToNicotine();
    void latestMeasurementWinsAndSameDayConflicts();
    void undatedDifferingValuesAreAmbiguous();
    void unitsAndStatusesAreChecked();
    void lowestTScoreOfTheLatestStudy();
    void cotinineResultOnlyWhereTheLaboratoryStatesIt();
    void medicationsBecomeEpisodesOfTheirKind();
    void stoppedMedicationWithoutEndIsNotOngoing();
    void medicationFromABundleReference();
    void imagingByCodeAndByText();
    void imagingWithoutLumbarRegionIsNotMapped();
};

void TestFhirMappers::patientPrefersTheMedicalRecordNumber()
{
    const FhirImportResult result = importPatient(resource(R"({"resourceType": "Patient", "id": "p1",
        "identifier": [{"system": "urn:ssn", "value": "000-00-0000"},
                       {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                        "value": "MR-77"}],
        "gender": "unknown", "birthDate": "1960-04", "telecom": [{"value": "555"}]})"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.value->patient->id, std::optional<QString>(u"MR-77"_s));
    QVERIFY(!result.value->patient->sex);
    QVERIFY(!result.value->patient->birthDate);
    QVERIFY(!result.value->patient->ageYears);
    const MappingReport& report = result.report;
    QVERIFY(hasNotMapped(report, u"$.entry[0].resource.identifier[0]"_s, NotMappedReason::NoField));
    QVERIFY(hasMapped(report, u"$.entry[0].resource.identifier[1]"_s, u"patient.id"_s));
    QVERIFY(hasNotMapped(report, u"$.entry[0].resource.gender"_s, NotMappedReason::MissingValue));
    QVERIFY(hasNotMapped(report, u"$.entry[0].resource.birthDate"_s, NotMappedReason::InvalidValue));
    QVERIFY(at(report, u"$.entry[0].resource.birthDate"_s).first().detail.contains(u"partial date"_s));
    QVERIFY(hasNotMapped(report, u"$.entry[0].resource.telecom"_s, NotMappedReason::NoField));
}

void TestFhirMappers::patientWithSeveralRecordNumbersIsAmbiguous()
{
    const FhirImportResult result = importPatient(resource(R"({"resourceType": "Patient", "id": "p1",
        "identifier": [
          {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]}, "value": "A"},
          {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]}, "value": "B"}]})"));
    QVERIFY(result.ok());
    QVERIFY(!result.value->patient);
    QVERIFY(hasNotMapped(result.report, u"$.entry[0].resource.identifier[0]"_s, NotMappedReason::Ambiguous));
    QVERIFY(hasNotMapped(result.report, u"$.entry[0].resource.identifier[1]"_s, NotMappedReason::Ambiguous));
}

void TestFhirMappers::conditionFactsComeFromActiveConfirmedConditionsOnly()
{
    const FhirImportResult result =
        importWithRequest({condition("E11.9", "active", "confirmed"), condition("M81.0"), condition("G83.4"),
                           condition("Z79.52"), condition("M48.062"), condition("E10.9", nullptr)});
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const SpineCase& c = *result.value;
    QVERIFY(readsBack(c));
    QCOMPARE(c.patient->diabetes, std::optional<bool>(true));
    QCOMPARE(c.patient->osteoporosis, std::optional<bool>(true));
    QCOMPARE(c.patient->chronicSteroids, std::optional<bool>(true));
    QCOMPARE(c.exam->caudaEquina, std::optional<bool>(true));
    QCOMPARE(c.symptoms->neurogenicClaudication, std::optional<bool>(true));
    QVERIFY(hasMapped(result.report, u"$.entry[2].resource.code.coding[0]"_s, u"patient.diabetes"_s));
    // Without a clinicalStatus the code is listed, but no fact is taken from it.
    QVERIFY(c.request.icd10Codes->contains(u"E10.9"_s));
    QVERIFY(hasNotMapped(result.report, u"$.entry[7].resource.code.coding[0]"_s, NotMappedReason::Status));
    QVERIFY(!hasMapped(result.report, u"$.entry[7].resource.code.coding[0]"_s, u"patient.diabetes"_s));
}

void TestFhirMappers::conditionCodesAreWrittenAsTheCaseWritesThem()
{
    const FhirImportResult result =
        importWithRequest({condition("m4316"), condition("M54.5"), condition("M4316"), condition("not-a-code")});
    QVERIFY(result.ok());
    QCOMPARE(result.value->request.icd10Codes, std::optional<QStringList>({u"M43.16"_s, u"M54.5"_s}));
    const auto spondylolisthesis = at(result.report, u"$.entry[2].resource.code.coding[0]"_s);
    QVERIFY(spondylolisthesis.first().detail.contains(u"per level in Imaging"_s));
    QVERIFY(hasNotMapped(result.report, u"$.entry[5].resource.code.coding[0]"_s, NotMappedReason::InvalidValue));
}

void TestFhirMappers::resolvedOrProvisionalConditionsAreNotListed()
{
    const FhirImportResult result =
        importWithRequest({condition("E11.9", "resolved"), condition("E11.9", "active", "provisional"),
                           condition("E11.9", "active", "refuted"), condition("E11.9", "active", "entered-in-error")});
    QVERIFY(result.ok());
    QVERIFY(!result.value->patient);
    QVERIFY(!result.value->request.icd10Codes);
    for (int i = 2; i <= 3; ++i) {
        const QString path =
            u"$.entry[%1].resource.%2"_s.arg(i).arg(i == 2 ? u"clinicalStatus"_s : u"verificationStatus"_s);
        QVERIFY2(hasNotMapped(result.report, path, NotMappedReason::Status), qPrintable(result.report.toText()));
    }
}

void TestFhirMappers::codedAbsenceIsNotTakenAsFalse()
{
    // "Without neurogenic claudication" is what gets coded when claudication is not documented.
    const FhirImportResult result = importWithRequest({condition("M48.061")});
    QVERIFY(result.ok());
    QVERIFY(!result.value->symptoms);
    const auto entries = at(result.report, u"$.entry[2].resource.code.coding[0]"_s);
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().detail.contains(u"left undocumented"_s));
}

void TestFhirMappers::priorOperationsAreGroupedByKindAndDay()
{
    const FhirImportResult result =
        importWithRequest({procedure("Procedure", "completed", cpt, "63047", "L3-L4", "2019-03-04"),
                           procedure("Procedure", "completed", cpt, "63048", "L4-L5", "2019-03-04"),
                           procedure("Procedure", "completed", cpt, "22612", "L4-L5", "2019-03-04"),
                           procedure("Procedure", "completed", cpt, "22842", "L3-L5", "2019-03-04"),
                           procedure("Procedure", "completed", cpt, "20936", nullptr, "2019-03-04"),
                           procedure("Procedure", "completed", cpt, "63030", nullptr, "2012-01-01"),
                           procedure("Procedure", "not-done", cpt, "63030", "L5-S1", "2013-01-01")});
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const auto& history = *result.value->surgicalHistory;
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).procedure, PriorProcedure::Laminectomy);
    QCOMPARE(history.at(0).levels, QList<Level>({Level::L3L4, Level::L4L5}));
    QCOMPARE(history.at(0).date, std::optional<QDate>(QDate(2019, 3, 4)));
    QVERIFY(!history.at(0).instrumented);
    QCOMPARE(history.at(1).procedure, PriorProcedure::Fusion);
    QCOMPARE(history.at(1).instrumented, std::optional<bool>(true));
    QVERIFY(!history.at(1).solidFusion);
    const MappingReport& report = result.report;
    QVERIFY(hasMapped(report, u"$.entry[5].resource.code.coding[0]"_s, u"surgicalHistory[1].instrumented"_s));
    QVERIFY(hasNotMapped(report, u"$.entry[5].resource.bodySite[0]"_s, NotMappedReason::Ambiguous));
    QVERIFY(hasNotMapped(report, u"$.entry[6].resource.code.coding[0]"_s, NotMappedReason::NoField));
    QVERIFY(hasNotMapped(report, u"$.entry[7].resource.code.coding[0]"_s, NotMappedReason::MissingValue));
    QVERIFY(hasNotMapped(report, u"$.entry[8].resource.status"_s, NotMappedReason::Status));
}

void TestFhirMappers::pseudarthrosisAttachesToTheOnlyPriorFusion()
{
    const FhirImportResult result = importWithRequest(
        {procedure("Procedure", "completed", cpt, "22612", "L5-S1", "2016-05-01"), condition("M96.0")});
    QVERIFY(result.ok());
    QCOMPARE(result.value->surgicalHistory->at(0).solidFusion, std::optional<bool>(false));
    QVERIFY(hasMapped(result.report, u"$.entry[3].resource.code.coding[0]"_s, u"surgicalHistory[0].solidFusion"_s));
}

void TestFhirMappers::pseudarthrosisWithTwoPriorFusionsIsAmbiguous()
{
    const FhirImportResult result = importWithRequest(
        {procedure("Procedure", "completed", cpt, "22612", "L5-S1", "2016-05-01"),
         procedure("Procedure", "completed", "http://snomed.info/sct", "55705006", "L4-L5", "2020-05-01"),
         condition("M96.0")});
    QVERIFY(result.ok());
    QCOMPARE(result.value->surgicalHistory->size(), 2);
    QVERIFY(!result.value->surgicalHistory->at(0).solidFusion);
    QVERIFY(!result.value->surgicalHistory->at(1).solidFusion);
    QVERIFY(hasNotMapped(result.report, u"$.entry[4].resource.code.coding[0]"_s, NotMappedReason::Ambiguous));
}

void TestFhirMappers::completedProcedureAfterTheImportConflicts()
{
    const FhirImportResult result =
        importWithRequest({procedure("Procedure", "completed", cpt, "63047", "L4-L5", "2026-01-05")});
    QVERIFY(result.ok());
    QVERIFY(!result.value->surgicalHistory);
    QVERIFY(hasNotMapped(result.report, u"$.entry[2].resource.code.coding[0]"_s, NotMappedReason::Conflicting));
}

void TestFhirMappers::requestedComponentsAndTheirLevels()
{
    const FhirImportResult result =
        import(bundle({procedure("ServiceRequest", "active", cpt, "63047", "L4-L5", nullptr),
                       procedure("ServiceRequest", "active", cpt, "63048", "L5-S1", nullptr),
                       procedure("Procedure", "preparation", cpt, "22612", "L5-S1", nullptr),
                       procedure("ServiceRequest", "active", cpt, "22842", "L4-S1", nullptr),
                       procedure("ServiceRequest", "active", cpt, "20975", nullptr, nullptr),
                       procedure("ServiceRequest", "active", cpt, "72148", "L4-L5", nullptr),
                       procedure("ServiceRequest", "revoked", cpt, "22633", "L4-L5", nullptr)}));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const Request& request = result.value->request;
    QCOMPARE(request.levels, QList<Level>({Level::L4L5, Level::L5S1}));
    QCOMPARE(request.components, QList<Component>({Component::Decompression, Component::Fusion,
                                                   Component::Instrumentation, Component::BoneGrowthStimulator}));
    // Fusion covers L5-S1 only; decompression both levels; instrumentation names no single level.
    QVERIFY(request.componentLevels);
    QCOMPARE(request.componentLevels->keys(), QList<Component>({Component::Fusion}));
    QCOMPARE(request.componentLevels->value(Component::Fusion), QList<Level>{Level::L5S1});
    QCOMPARE(request.cptCodes,
             std::optional<QStringList>({u"63047"_s, u"63048"_s, u"22612"_s, u"22842"_s, u"20975"_s}));
    QVERIFY(readsBack(*result.value));
    QVERIFY(hasNotMapped(result.report, u"$.entry[6].resource.code"_s, NotMappedReason::UnknownCode));
    QVERIFY(hasNotMapped(result.report, u"$.entry[7].resource.status"_s, NotMappedReason::Status));
}

void TestFhirMappers::localAutograftAndAmbiguousSpan()
{
    FhirImportResult result =
        importWithRequest({procedure("ServiceRequest", "active", cpt, "20936", nullptr, nullptr)});
    QVERIFY(result.ok());
    QCOMPARE(result.value->request.autograftSource, std::optional<AutograftSource>(AutograftSource::Local));
    result = importWithRequest({procedure("ServiceRequest", "active", cpt, "20936", nullptr, nullptr),
                                procedure("ServiceRequest", "active", cpt, "20937", nullptr, nullptr)});
    QVERIFY(result.ok());
    QVERIFY(!result.value->request.autograftSource);
}

void TestFhirMappers::plannedDatesThatDisagreeAreNotTaken()
{
    FhirImportResult result =
        import(bundle({procedure("ServiceRequest", "active", cpt, "63047", "L4-L5", "2026-01-05"),
                       procedure("ServiceRequest", "active", cpt, "22612", "L4-L5", "2026-01-05")}));
    QVERIFY(result.ok());
    QCOMPARE(result.value->request.plannedSurgeryDate, std::optional<QDate>(QDate(2026, 1, 5)));
    result = import(bundle({procedure("ServiceRequest", "active", cpt, "63047", "L4-L5", "2026-01-05"),
                            procedure("ServiceRequest", "active", cpt, "22612", "L4-L5", "2026-02-05")}));
    QVERIFY(result.ok());
    QVERIFY(!result.value->request.plannedSurgeryDate);
    QVERIFY(hasNotMapped(result.report, u"$.entry[1].resource.code.coding[0]"_s, NotMappedReason::Conflicting));
    QVERIFY(hasNotMapped(result.report, u"$.entry[2].resource.code.coding[0]"_s, NotMappedReason::Conflicting));
}

void TestFhirMappers::smokingStatusMapsToNicotine_data()
{
    QTest::addColumn<QString>("snomed");
    QTest::addColumn<int>("nicotine"); // -1: not mapped
    QTest::newRow("never") << u"266919005"_s << int(Nicotine::Never);
    QTest::newRow("ex-smoker") << u"8517006"_s << int(Nicotine::Former);
    QTest::newRow("smoker") << u"77176002"_s << int(Nicotine::Current);
    QTest::newRow("every day") << u"449868002"_s << int(Nicotine::Current);
    QTest::newRow("some day") << u"428041000124106"_s << int(Nicotine::Current);
    QTest::newRow("unknown if ever") << u"266927001"_s << -1;
    QTest::newRow("not in the table") << u"123456"_s << -1;
}

void TestFhirMappers::smokingStatusMapsToNicotine()
{
    QFETCH(QString, snomed);
    QFETCH(int, nicotine);
    const QByteArray code = snomed.toLatin1();
    const FhirImportResult result =
        importWithRequest({observation("72166-2", snomedAnswer(code.constData()), "2025-09-10")});
    QVERIFY(result.ok());
    if (nicotine < 0) {
        QVERIFY(!result.value->patient);
        QVERIFY(hasNotMapped(result.report, u"$.entry[2].resource.valueCodeableConcept.coding[0]"_s,
                             snomed == "266927001"_L1 ? NotMappedReason::MissingValue : NotMappedReason::UnknownCode));
    } else {
        QCOMPARE(result.value->patient->nicotine, std::optional<Nicotine>(static_cast<Nicotine>(nicotine)));
    }
}

void TestFhirMappers::latestMeasurementWinsAndSameDayConflicts()
{
    FhirImportResult result = importWithRequest({observation("39156-5", quantity(31, "kg/m2"), "2025-09-10"),
                                                 observation("39156-5", quantity(33, "kg/m2"), "2025-01-10")});
    QVERIFY(result.ok());
    QCOMPARE(result.value->patient->bmi, std::optional<double>(31));
    QVERIFY(hasNotMapped(result.report, u"$.entry[3].resource.valueQuantity"_s, NotMappedReason::Superseded));

    result = importWithRequest({observation("39156-5", quantity(31, "kg/m2"), "2025-09-10"),
                                observation("39156-5", quantity(33, "kg/m2"), "2025-09-10T16:00:00Z")});
    QVERIFY(result.ok());
    QVERIFY(!result.value->patient);
    QVERIFY(hasNotMapped(result.report, u"$.entry[2].resource.valueQuantity"_s, NotMappedReason::Conflicting));
    QVERIFY(hasNotMapped(result.report, u"$.entry[3].resource.valueQuantity"_s, NotMappedReason::Conflicting));

    // Two pain scores of one day that differ are left out; the ODI of that day stays.
    result = importWithRequest({observation("72514-3", QJsonObject{{u"valueInteger"_s, 6}}, "2025-09-10"),
                                observation("72514-3", QJsonObject{{u"valueInteger"_s, 8}}, "2025-09-10"),
                                observation("97909-6", quantity(40, "%"), "2025-09-10")});
    QVERIFY(result.ok());
    const auto& scores = *result.value->symptoms->outcomeScores;
    QCOMPARE(scores.size(), 1);
    QVERIFY(!scores.first().painScore);
    QCOMPARE(scores.first().odi, std::optional<double>(40));
}

void TestFhirMappers::undatedDifferingValuesAreAmbiguous()
{
    const FhirImportResult result = importWithRequest(
        {observation("4548-4", quantity(6.1, "%"), "2025-09-10"), observation("4548-4", quantity(7.9, "%"), nullptr)});
    QVERIFY(result.ok());
    QVERIFY(!result.value->patient);
    QVERIFY(hasNotMapped(result.report, u"$.entry[2].resource.valueQuantity"_s, NotMappedReason::Ambiguous));
}

void TestFhirMappers::unitsAndStatusesAreChecked()
{
    const FhirImportResult result = importWithRequest(
        {observation("4548-4", quantity(53, "mmol/mol"), "2025-09-10"),
         observation("39156-5", quantity(31, "kg/m2"), "2025-09-10", "preliminary"),
         observation("72514-3", quantity(12, "{score}"), "2025-09-10"),
         observation("72514-3", QJsonObject{{u"valueInteger"_s, 5}}, nullptr),
         observation("39156-5",
                     QJsonObject{{u"valueQuantity"_s, QJsonObject{{u"value"_s, 30}, {u"comparator"_s, u">"_s}}}},
                     "2025-09-10"),
         observation("8302-2", quantity(170, "cm"), "2025-09-10")});
    QVERIFY(result.ok());
    QVERIFY(!result.value->patient);
    QVERIFY(!result.value->symptoms);
    const MappingReport& report = result.report;
    QVERIFY(at(report, u"$.entry[2].resource.valueQuantity"_s).first().detail.contains(u"mmol/mol"_s));
    QVERIFY(hasNotMapped(report, u"$.entry[3].resource.status"_s, NotMappedReason::Status));
    QVERIFY(hasNotMapped(report, u"$.entry[4].resource.valueQuantity"_s, NotMappedReason::InvalidValue));
    QVERIFY(hasNotMapped(report, u"$.entry[5].resource.effectiveDateTime"_s, NotMappedReason::MissingValue));
    QVERIFY(at(report, u"$.entry[6].resource.valueQuantity"_s).first().detail.contains(u"a bound"_s));
    QVERIFY(hasNotMapped(report, u"$.entry[7].resource.code"_s, NotMappedReason::UnknownCode));
}

void TestFhirMappers::lowestTScoreOfTheLatestStudy()
{
    const FhirImportResult result =
        importWithRequest({observation("38267-1", quantity(-1.2, "{T-score}"), "2025-04-01"),
                           observation("38263-0", quantity(-2.6, "{T-score}"), "2025-04-01"),
                           observation("38267-1", quantity(-3.1, "{T-score}"), "2022-04-01")});
    QVERIFY(result.ok());
    QCOMPARE(result.value->patient->dexaTScore, std::optional<double>(-2.6));
    QCOMPARE(result.value->patient->dexaDate, std::optional<QDate>(QDate(2025, 4, 1)));
    QVERIFY(hasMapped(result.report, u"$.entry[3].resource.valueQuantity"_s, u"patient.dexaTScore"_s));
    QVERIFY(hasNotMapped(result.report, u"$.entry[2].resource.valueQuantity"_s, NotMappedReason::Superseded));
    QVERIFY(hasNotMapped(result.report, u"$.entry[4].resource.valueQuantity"_s, NotMappedReason::Superseded));
}

void TestFhirMappers::cotinineResultOnlyWhereTheLaboratoryStatesIt()
{
    QJsonObject interpreted = observation("10366-3", quantity(3, "ng/mL"), "2025-10-01");
    interpreted.insert(
        u"interpretation"_s,
        QJsonArray{QJsonObject{
            {u"coding"_s, QJsonArray{QJsonObject{
                              {u"system"_s, u"http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"_s},
                              {u"code"_s, u"NEG"_s}}}}}});
    FhirImportResult result = importWithRequest({interpreted});
    QVERIFY(result.ok());
    const CotinineTest test = *result.value->patient->cotinineTest;
    QCOMPARE(test.result, std::optional<TestResult>(TestResult::Negative));
    QCOMPARE(test.ngPerMl, std::optional<double>(3));
    QCOMPARE(test.date, std::optional<QDate>(QDate(2025, 10, 1)));

    result = importWithRequest({observation("10366-3", quantity(250, "ng/mL"), "2025-10-01")});
    QVERIFY(result.ok());
    QVERIFY(!result.value->patient->cotinineTest->result);
    QCOMPARE(result.value->patient->cotinineTest->ngPerMl, std::optional<double>(250));

    result = importWithRequest({observation("12293-7", QJsonObject{{u"valueString"_s, u"Positive"_s}}, "2025-10-01")});
    QVERIFY(result.ok());
    QCOMPARE(result.value->patient->cotinineTest->result, std::optional<TestResult>(TestResult::Positive));
    QCOMPARE(at(result.report, u"$.entry[2].resource.valueString"_s).first().outcome,
             MappingEntry::Outcome::MappedByText);
    QVERIFY(readsBack(*result.value));
}

void TestFhirMappers::medicationsBecomeEpisodesOfTheirKind()
{
    const FhirImportResult result = importWithRequest(
        {statement("completed", "naproxen 500 MG Oral Tablet", "2025-01-02", "2025-03-01"),
         statement("active", "HYDROcodone Bitartrate 5 MG / Acetaminophen 325 MG Oral Tablet", "2025-04-01", nullptr),
         statement("active", "methylprednisolone 4 MG Oral Tablet", "2025-05-01", "2025-05-06"),
         statement("completed", "methylprednisolone acetate 80 MG/ML Injectable Suspension", "2025-06-01",
                   "2025-06-01"),
         statement("intended", "celecoxib 200 MG Oral Capsule", "2025-12-01", nullptr),
         statement("active", "cyclobenzaprine 10 MG Oral Tablet", nullptr, nullptr)});
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const auto& episodes = *result.value->conservativeTherapy;
    QList<TherapyType> types;
    for (const TherapyEpisode& e : episodes)
        types.append(e.type);
    QCOMPARE(types, QList<TherapyType>({TherapyType::Nsaid, TherapyType::Acetaminophen, TherapyType::Opioid,
                                        TherapyType::OralSteroid, TherapyType::MuscleRelaxant}));
    QCOMPARE(episodes.at(0).start, std::optional<QDate>(QDate(2025, 1, 2)));
    QCOMPARE(episodes.at(0).end, std::optional<QDate>(QDate(2025, 3, 1)));
    QVERIFY(!episodes.at(1).end);
    QVERIFY(!episodes.at(4).start);
    QVERIFY(hasNotMapped(result.report, u"$.entry[5].resource.medicationCodeableConcept"_s, NotMappedReason::NoField));
    QVERIFY(hasNotMapped(result.report, u"$.entry[6].resource.status"_s, NotMappedReason::Status));
    QVERIFY(readsBack(*result.value));
}

void TestFhirMappers::stoppedMedicationWithoutEndIsNotOngoing()
{
    QJsonObject request = resource(R"({"resourceType": "MedicationRequest", "status": "completed", "intent": "order",
        "medicationCodeableConcept": {"text": "gabapentin 300 MG"}, "authoredOn": "2025-03-01"})");
    const FhirImportResult result =
        importWithRequest({statement("stopped", "gabapentin 300 MG Oral Capsule", "2025-01-02", nullptr), request});
    QVERIFY(result.ok());
    QVERIFY(!result.value->conservativeTherapy);
    QVERIFY(hasNotMapped(result.report, u"$.entry[2].resource.status"_s, NotMappedReason::MissingValue));
    QVERIFY(hasNotMapped(result.report, u"$.entry[3].resource.status"_s, NotMappedReason::MissingValue));
}

void TestFhirMappers::medicationFromABundleReference()
{
    const FhirImportResult result =
        importWithRequest({resource(R"({"resourceType": "Medication", "id": "m1", "code": {"coding": [{"system":
            "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "310431", "display": "gabapentin 100 MG Oral Capsule"}]}})"),
                           resource(R"({"resourceType": "MedicationRequest", "status": "active", "intent": "order",
            "medicationReference": {"reference": "Medication/m1"}, "authoredOn": "2025-03-01"})"),
                           resource(R"({"resourceType": "MedicationRequest", "status": "active", "intent": "order",
            "medicationReference": {"reference": "Medication/elsewhere"}, "authoredOn": "2025-03-01"})")});
    QVERIFY(result.ok());
    QCOMPARE(result.value->conservativeTherapy->size(), 1);
    QCOMPARE(result.value->conservativeTherapy->first().type, TherapyType::Gabapentinoid);
    QCOMPARE(result.value->conservativeTherapy->first().start, std::optional<QDate>(QDate(2025, 3, 1)));
    QVERIFY(hasMapped(result.report, u"$.entry[2].resource.code"_s, u"conservativeTherapy[0]"_s));
    QVERIFY(hasNotMapped(result.report, u"$.entry[2].resource"_s, NotMappedReason::NoField));
    QVERIFY(hasNotMapped(result.report, u"$.entry[4].resource.medicationReference"_s, NotMappedReason::MissingValue));
}

void TestFhirMappers::imagingByCodeAndByText()
{
    const FhirImportResult result = importWithRequest(
        {resource(R"({"resourceType": "DiagnosticReport", "status": "final",
            "code": {"text": "XR lumbar spine flexion and extension views"}, "effectiveDateTime": "2025-07-01",
            "conclusionCode": [{"coding": [{"system": "http://snomed.info/sct", "code": "274152003"}]}]})"),
         resource(R"({"resourceType": "ImagingStudy", "status": "available", "started": "2025-07-15T10:00:00Z",
            "procedureCode": [{"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "72131"}]}]})"),
         resource(R"({"resourceType": "ImagingStudy", "status": "available", "started": "2025-08-01",
            "modality": [{"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "MR"}],
            "description": "MR L-spine wo contrast"})"),
         resource(R"({"resourceType": "DiagnosticReport", "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4"}], "text": "Hemoglobin A1c"},
            "effectiveDateTime": "2025-07-01"})")});
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const auto& imaging = *result.value->imaging;
    QCOMPARE(imaging.size(), 3);
    QCOMPARE(imaging.at(0).modality, Modality::FlexionExtensionXray);
    QCOMPARE(imaging.at(0).date, QDate(2025, 7, 1));
    QCOMPARE(imaging.at(1).modality, Modality::Ct);
    QCOMPARE(imaging.at(2).modality, Modality::Mri);
    const MappingReport& report = result.report;
    QCOMPARE(at(report, u"$.entry[2].resource.code"_s).first().outcome, MappingEntry::Outcome::MappedByText);
    QVERIFY(hasNotMapped(report, u"$.entry[2].resource.conclusionCode[0]"_s, NotMappedReason::NoField));
    QCOMPARE(at(report, u"$.entry[3].resource.procedureCode[0].coding[0]"_s).first().outcome,
             MappingEntry::Outcome::Mapped);
    QCOMPARE(at(report, u"$.entry[4].resource.modality[0]"_s).first().outcome, MappingEntry::Outcome::MappedByText);
    QVERIFY(hasNotMapped(report, u"$.entry[5].resource.code"_s, NotMappedReason::NoField));
    QVERIFY(readsBack(*result.value));
}

void TestFhirMappers::imagingWithoutLumbarRegionIsNotMapped()
{
    const FhirImportResult result =
        importWithRequest({resource(R"({"resourceType": "ImagingStudy", "status": "available", "started": "2025-08-01",
            "modality": [{"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "MR"}],
            "description": "MR cervical spine"})"),
                           resource(R"({"resourceType": "ImagingStudy", "status": "available",
            "procedureCode": [{"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "72148"}]}]})")});
    QVERIFY(result.ok());
    QVERIFY(!result.value->imaging);
    QVERIFY(hasNotMapped(result.report, u"$.entry[2].resource"_s, NotMappedReason::MissingValue));
    QVERIFY(hasNotMapped(result.report, u"$.entry[3].resource.procedureCode[0].coding[0]"_s,
                         NotMappedReason::MissingValue));
}

QTEST_GUILESS_MAIN(TestFhirMappers)
#include "tst_fhirmappers.moc"
