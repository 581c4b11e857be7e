// SPDX-License-Identifier: GPL-3.0-or-later
// The bundle envelope: what is refused before any resource is read (with the file and the JSON path), and
// how references between entries are followed.
#include "interop/fhirbundle.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;

class TestFhirBundle : public QObject
{
    Q_OBJECT

private slots:
    void acceptsTheBundleTypesThatCarryARecord_data();
    void acceptsTheBundleTypesThatCarryARecord();
    void refusesEnvelopeProblems_data();
    void refusesEnvelopeProblems();
    void leadingByteOrderMarkIsAccepted();
    void resolvesReferencesByFullUrlTypeAndIdOrAbsoluteUrl();
    void identifierBeforeId();
};

void TestFhirBundle::acceptsTheBundleTypesThatCarryARecord_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("accepted");
    for (const QString& type : FhirBundle::acceptedTypes)
        QTest::newRow(qPrintable(type)) << type << true;
    QTest::newRow("history") << u"history"_s << false;
    QTest::newRow("transaction-response") << u"transaction-response"_s << false;
}

void TestFhirBundle::acceptsTheBundleTypesThatCarryARecord()
{
    QFETCH(QString, type);
    QFETCH(bool, accepted);
    const QByteArray json = R"({"resourceType": "Bundle", "type": ")" + type.toLatin1() + R"(", "entry": []})";
    const FhirBundleReadResult read = FhirBundle::readBytes(json, u"b.json"_s);
    QCOMPARE(read.ok(), accepted);
    if (!accepted) {
        QCOMPARE(read.issues.first().path, u"$.type"_s);
        QVERIFY(read.issues.first().message.contains(u"carries no patient record"_s));
    }
}

void TestFhirBundle::refusesEnvelopeProblems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("array") << QByteArray("[]") << QString() << u"expected a JSON object"_s;
    QTest::newRow("no resourceType") << QByteArray(R"({"type": "collection"})") << u"$"_s << u"no resourceType"_s;
    QTest::newRow("no type") << QByteArray(R"({"resourceType": "Bundle"})") << u"$.type"_s << u"expected a string"_s;
    QTest::newRow("STU3 fhirVersion") << QByteArray(R"({"resourceType": "Bundle", "type": "collection",
        "fhirVersion": "3.0.2"})") << u"$.fhirVersion"_s
                                      << u"FHIR 3.0.2 (STU3)"_s;
    QTest::newRow("entry not an array") << QByteArray(R"({"resourceType": "Bundle", "type": "collection",
        "entry": {}})") << u"$.entry"_s << u"expected an array"_s;
    QTest::newRow("entry not an object") << QByteArray(R"({"resourceType": "Bundle", "type": "collection",
        "entry": [3]})") << u"$.entry[0]"_s
                                         << u"expected an object"_s;
    QTest::newRow("resource without type") << QByteArray(R"({"resourceType": "Bundle", "type": "collection",
        "entry": [{"resource": {"id": "x"}}]})")
                                           << u"$.entry[0].resource.resourceType"_s << u"expected a string"_s;
    QTest::newRow("R5 medication") << QByteArray(R"({"resourceType": "Bundle", "type": "collection",
        "entry": [{"resource": {"resourceType": "MedicationStatement", "medication": {"concept": {}}}}]})")
                                   << u"$.entry[0].resource.medication"_s << u"written for FHIR R5"_s;
}

void TestFhirBundle::refusesEnvelopeProblems()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const FhirBundleReadResult read = FhirBundle::readBytes(json, u"b.json"_s);
    QVERIFY(!read.ok());
    QCOMPARE(read.issues.first().file, u"b.json"_s);
    QCOMPARE(read.issues.first().path, path);
    QVERIFY2(read.issues.first().message.contains(message), qPrintable(read.issues.first().toString()));
}

void TestFhirBundle::leadingByteOrderMarkIsAccepted()
{
    const FhirBundleReadResult read =
        FhirBundle::readBytes("\xEF\xBB\xBF{\"resourceType\": \"Bundle\", \"type\": \"collection\"}", u"b.json"_s);
    QVERIFY(read.ok());
    QVERIFY(read.value->resources().isEmpty());
}

void TestFhirBundle::resolvesReferencesByFullUrlTypeAndIdOrAbsoluteUrl()
{
    const FhirBundleReadResult read = FhirBundle::readBytes(R"({"resourceType": "Bundle", "type": "searchset",
        "entry": [
          {"fullUrl": "urn:uuid:1", "resource": {"resourceType": "Patient", "id": "a"}},
          {"fullUrl": "https://x.org/fhir/Condition/c", "resource": {"resourceType": "Condition", "id": "c"}},
          {"request": {"method": "DELETE", "url": "Condition/old"}}]})",
                                                            u"b.json"_s);
    QVERIFY(read.ok());
    const FhirBundle& bundle = *read.value;
    QCOMPARE(bundle.resources().size(), 2);
    QCOMPARE(bundle.requestOnlyEntries(), QList<QString>{u"$.entry[2]"_s});
    QCOMPARE(bundle.resources().at(1).path, u"$.entry[1].resource"_s);
    QCOMPARE(bundle.resources().at(1).label(), u"Condition/c"_s);
    QCOMPARE(bundle.resolve(u"urn:uuid:1"_s), &bundle.resources().at(0));
    QCOMPARE(bundle.resolve(u"Patient/a"_s), &bundle.resources().at(0));
    QCOMPARE(bundle.resolve(u"https://elsewhere.org/fhir/Patient/a"_s), &bundle.resources().at(0));
    QCOMPARE(bundle.resolve(u"https://x.org/fhir/Condition/c"_s), &bundle.resources().at(1));
    QCOMPARE(bundle.resolve(u"Patient/b"_s), nullptr);
    QCOMPARE(bundle.resolve(u"b"_s), nullptr);
}

void TestFhirBundle::identifierBeforeId()
{
    FhirBundleReadResult read = FhirBundle::readBytes(
        R"({"resourceType": "Bundle", "id": "i", "identifier": {"value": "v"}, "type": "document"})", u"b.json"_s);
    QCOMPARE(read.value->identifier(), u"v"_s);
    QCOMPARE(read.value->identifierSource(), u"$.identifier.value"_s);
    read = FhirBundle::readBytes(R"({"resourceType": "Bundle", "id": "i", "type": "document"})", u"b.json"_s);
    QCOMPARE(read.value->identifier(), u"i"_s);
    QCOMPARE(read.value->identifierSource(), u"$.id"_s);
}

QTEST_GUILESS_MAIN(TestFhirBundle)
#include "tst_fhirbundle.moc"
