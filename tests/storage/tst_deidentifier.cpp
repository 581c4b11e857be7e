// SPDX-License-Identifier: GPL-3.0-or-later
// `db export --deidentify`: no record number, member id, birth date or free-text notes; everything else kept.
#include "core/case/casereader.h"
#include "storage/deidentifier.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

QJsonObject readCase(const QString& name)
{
    QFile file(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject withIdentifiers(QJsonObject root)
{
    QJsonObject patient = root.value(u"patient"_s).toObject();
    patient.insert(u"id"_s, u"MRN-0042117"_s);
    patient.remove(u"ageYears"_s);
    patient.insert(u"birthDate"_s, u"1958-11-18"_s);
    root.insert(u"patient"_s, patient);
    root.insert(u"coverage"_s, QJsonObject{{u"payer"_s, u"Example Health Plan"_s},
                                           {u"planType"_s, u"medicare_advantage"_s},
                                           {u"memberId"_s, u"EXM-000417"_s}});
    root.insert(u"notes"_s, u"Spoke with Mrs. Jane Example at 555-0100."_s);
    return root;
}

} // namespace

class TestDeidentifier : public QObject
{
    Q_OBJECT

private slots:
    void removesIdentifiers()
    {
        const QJsonObject original = withIdentifiers(readCase(u"seed-l5s1-revision.json"_s));
        const QByteArray input = QJsonDocument(original).toJson();
        const Deidentifier::Result result = Deidentifier::deidentify(input, QDate(2030, 1, 1));
        QVERIFY(result.error.isEmpty());
        for (const char* identifier : {"MRN-0042117", "EXM-000417", "1958-11-18", "Jane Example", "555-0100"})
            QVERIFY2(!result.document.contains(identifier), identifier);

        const QJsonObject out = QJsonDocument::fromJson(result.document).object();
        QVERIFY(!out.value(u"patient"_s).toObject().contains(u"id"_s));
        QVERIFY(!out.value(u"coverage"_s).toObject().contains(u"memberId"_s));
        QCOMPARE(out.value(u"coverage"_s).toObject().value(u"payer"_s).toString(), u"Example Health Plan"_s);
        QVERIFY(!out.contains(u"notes"_s));
        // Age as of the case's review date (2025-11-17): the birthday on the 18th has not come yet.
        QCOMPARE(out.value(u"patient"_s).toObject().value(u"ageYears"_s).toInt(), 66);
        QCOMPARE(result.changes, (QStringList{u"patient.id"_s, u"patient.birthDate"_s,
                                              u"patient.ageYears (computed from patient.birthDate)"_s,
                                              u"coverage.memberId"_s, u"notes"_s}));
        // The clinical record is untouched.
        for (const QString& key : {u"symptoms"_s, u"exam"_s, u"imaging"_s, u"conservativeTherapy"_s,
                                   u"surgicalHistory"_s, u"request"_s, u"reviewDate"_s, u"caseId"_s})
            QCOMPARE(out.value(key), original.value(key));
    }

    void resultIsStillACaseFile()
    {
        const QByteArray input = QJsonDocument(withIdentifiers(readCase(u"seed-l5s1-revision.json"_s))).toJson();
        const Deidentifier::Result result = Deidentifier::deidentify(input, QDate(2030, 1, 1));
        const CaseReadResult read = CaseReader::readBytes(result.document, u"deidentified"_s);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.issues.first().toString()));
        QVERIFY(!read.value->patient->id);
        QVERIFY(!read.value->patient->birthDate);
    }

    void keepsUnknownFields()
    {
        const QJsonObject original = readCase(u"extra-fields.json"_s);
        const Deidentifier::Result result = Deidentifier::deidentify(QJsonDocument(original).toJson(), QDate());
        const QJsonObject out = QJsonDocument::fromJson(result.document).object();
        QCOMPARE(out.value(u"x-sourceSystem"_s), original.value(u"x-sourceSystem"_s));
        QCOMPARE(out.value(u"intakeBatch"_s), original.value(u"intakeBatch"_s));
        QVERIFY(out.contains(u"legacyFlag"_s));
        QCOMPARE(out.value(u"patient"_s).toObject().value(u"preferredLanguage"_s).toString(), u"es"_s);
        QCOMPARE(out.value(u"imaging"_s), original.value(u"imaging"_s));
    }

    void oldestAgesAreGrouped()
    {
        QJsonObject root = readCase(u"seed-l5s1-revision.json"_s);
        QJsonObject patient = root.value(u"patient"_s).toObject();
        patient.insert(u"ageYears"_s, 97);
        root.insert(u"patient"_s, patient);
        const Deidentifier::Result result = Deidentifier::deidentify(QJsonDocument(root).toJson(), QDate());
        QCOMPARE(QJsonDocument::fromJson(result.document).object().value(u"patient"_s).toObject().value(u"ageYears"_s),
                 QJsonValue(90));
    }

    void birthDateWithoutReviewDateCountsToToday()
    {
        QJsonObject root = withIdentifiers(readCase(u"seed-l5s1-revision.json"_s));
        root.remove(u"reviewDate"_s);
        const Deidentifier::Result result = Deidentifier::deidentify(QJsonDocument(root).toJson(), QDate(2031, 6, 1));
        QCOMPARE(QJsonDocument::fromJson(result.document).object().value(u"patient"_s).toObject().value(u"ageYears"_s),
                 QJsonValue(72));
    }

    void notJson()
    {
        const Deidentifier::Result result = Deidentifier::deidentify("{ \"caseId\": ", QDate());
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.document.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeidentifier)
#include "tst_deidentifier.moc"
