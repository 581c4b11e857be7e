// SPDX-License-Identifier: GPL-3.0-or-later
// The import's code tables: well-formed codes (LOINC check digits, five-digit CPT codes), every surgical code
// stating something or saying why not, and the text recognisers.
#include "interop/fhircodes.h"
#include "interop/fhirtypes.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;

namespace {

// LOINC's check digit: the mod 10 algorithm over the digits before the hyphen (loinc.org, "LOINC Users'
// Guide", Appendix: Calculating Mod 10 Check Digits).
bool loincCheckDigitHolds(const QString& code)
{
    const qsizetype hyphen = code.indexOf(u'-');
    if (hyphen <= 0 || hyphen != code.size() - 2)
        return false;
    int sum = 0;
    bool doubled = true;
    for (qsizetype i = hyphen - 1; i >= 0; --i, doubled = !doubled) {
        int digit = code.at(i).digitValue();
        if (digit < 0)
            return false;
        if (doubled) {
            digit *= 2;
            digit = digit / 10 + digit % 10;
        }
        sum += digit;
    }
    return (10 - sum % 10) % 10 == code.back().digitValue();
}

} // namespace

class TestFhirCodes : public QObject
{
    Q_OBJECT

private slots:
    void loincCodesHaveValidCheckDigits();
    void surgicalCodesAreWellFormed();
    void icd10CodesAreNormalised();
    void icd10FactsByPrefix();
    void medicationsByIngredient();
    void imagingModalityInText();
};

void TestFhirCodes::loincCodesHaveValidCheckDigits()
{
    QVERIFY(loincCheckDigitHolds(u"39156-5"_s));
    QVERIFY(!loincCheckDigitHolds(u"38267-4"_s)); // a DXA code with its check digit wrong
    QSet<QString> seen;
    for (const FhirCodes::LoincCode& entry : FhirCodes::loincCodes()) {
        const QString code(entry.code);
        QVERIFY2(loincCheckDigitHolds(code), qPrintable(code));
        QVERIFY2(!seen.contains(code), qPrintable(code));
        seen.insert(code);
        QVERIFY(!entry.descriptor.isEmpty());
    }
}

void TestFhirCodes::surgicalCodesAreWellFormed()
{
    QSet<QString> seen;
    for (const SurgicalCode& entry : FhirCodes::surgicalCodes()) {
        const QString code(entry.code);
        QVERIFY2(!seen.contains(QString(entry.system) + code), qPrintable(code));
        seen.insert(QString(entry.system) + code);
        QVERIFY(entry.system == FhirSystem::cpt || entry.system == FhirSystem::snomed);
        if (entry.system == FhirSystem::cpt) {
            QCOMPARE(code.size(), 5);
            QVERIFY(std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c.isDigit(); }));
        }
        QVERIFY2(entry.components.isEmpty() != entry.ambiguity.isEmpty(), qPrintable(code));
        QVERIFY(!entry.descriptor.isEmpty());
        QVERIFY2(!(entry.instrumentation && entry.priorProcedure), qPrintable(code));
        QCOMPARE(FhirCodes::surgicalCode(QString(entry.system), code), &entry);
    }
    QCOMPARE(FhirCodes::surgicalCode(QString(FhirSystem::snomed), u"63047"), nullptr);
}

void TestFhirCodes::icd10CodesAreNormalised()
{
    QCOMPARE(FhirCodes::normalisedIcd10(u"M48062"), u"M48.062"_s);
    QCOMPARE(FhirCodes::normalisedIcd10(u" m48.062 "), u"M48.062"_s);
    QCOMPARE(FhirCodes::normalisedIcd10(u"E11"), u"E11"_s);
    QCOMPARE(FhirCodes::normalisedIcd10(u"M4"), QString());
    QCOMPARE(FhirCodes::normalisedIcd10(u"M48.06211"), QString());
    QCOMPARE(FhirCodes::normalisedIcd10(u"48.062"), QString());
}

void TestFhirCodes::icd10FactsByPrefix()
{
    using F = FhirCodes::Icd10Fact;
    QCOMPARE(FhirCodes::icd10Fact(u"E11.65"), std::optional<F>(F::Diabetes));
    QCOMPARE(FhirCodes::icd10Fact(u"E13.9"), std::optional<F>(F::Diabetes));
    QCOMPARE(FhirCodes::icd10Fact(u"E14.9"), std::nullopt);
    QCOMPARE(FhirCodes::icd10Fact(u"M48.062"), std::optional<F>(F::NeurogenicClaudication));
    QCOMPARE(FhirCodes::icd10Fact(u"M48.061"), std::nullopt);
    QCOMPARE(FhirCodes::icd10Fact(u"M96.0"), std::optional<F>(F::Pseudarthrosis));
    QCOMPARE(FhirCodes::icd10Fact(u"M96.1"), std::nullopt);
    QVERIFY(FhirCodes::icd10Note(u"M48.061").contains("not documented"_L1));
    QVERIFY(FhirCodes::icd10Note(u"M48.062").contains("Imaging"_L1));
}

void TestFhirCodes::medicationsByIngredient()
{
    using T = TherapyType;
    QCOMPARE(FhirCodes::therapyTypesForMedication(u"Ibuprofen 800 MG Oral Tablet"_s), QList<T>{T::Nsaid});
    QCOMPARE(FhirCodes::therapyTypesForMedication(u"pregabalin 75 MG Oral Capsule"_s), QList<T>{T::Gabapentinoid});
    QCOMPARE(FhirCodes::therapyTypesForMedication(u"aspirin 81 MG Oral Tablet"_s), QList<T>());
    QCOMPARE(FhirCodes::therapyTypesForMedication(u"methylprednisolone acetate injection"_s), QList<T>());
    QCOMPARE(FhirCodes::therapyTypesForMedication(u"prednisone 10 MG Oral Tablet"_s), QList<T>{T::OralSteroid});
    QCOMPARE(FhirCodes::therapyTypesForMedication(u"oxycodone / acetaminophen"_s),
             QList<T>({T::Acetaminophen, T::Opioid}));
}

void TestFhirCodes::imagingModalityInText()
{
    QCOMPARE(FhirCodes::imagingModalityInText(u"MRI lumbar spine w/o contrast"_s), std::optional(Modality::Mri));
    QCOMPARE(FhirCodes::imagingModalityInText(u"CT myelogram lumbar"_s), std::optional(Modality::CtMyelogram));
    QCOMPARE(FhirCodes::imagingModalityInText(u"XR LUMBOSACRAL SPINE 2-3 VIEWS"_s), std::optional(Modality::Xray));
    QCOMPARE(FhirCodes::imagingModalityInText(u"Lumbar spine flexion/extension radiographs"_s),
             std::optional(Modality::FlexionExtensionXray));
    QCOMPARE(FhirCodes::imagingModalityInText(u"MRI cervical spine"_s), std::nullopt);
    QCOMPARE(FhirCodes::imagingModalityInText(u"lumbar spine"_s), std::nullopt);
    QCOMPARE(FhirCodes::imagingModality(u"72120"), std::optional(Modality::FlexionExtensionXray));
    QCOMPARE(FhirCodes::imagingModality(u"72141"), std::nullopt);
}

QTEST_GUILESS_MAIN(TestFhirCodes)
#include "tst_fhircodes.moc"
