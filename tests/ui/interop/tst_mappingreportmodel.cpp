// SPDX-License-Identifier: GPL-3.0-or-later
// The FHIR import's report as the desk shows it, in the desk's language: the import dialog's model and summary in
// English without a translation (the command line's words, unchanged), and in Spanish and French with the desk's
// translation installed while the import runs — reasons, details, summary and the errors of a refused bundle.
#include "interop/fhirbundleimporter.h"
#include "interop/fhirimportdialog.h"
#include "interop/mappingreportmodel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace spinereview;

namespace {

QString bundle(const QString& name)
{
    return QStringLiteral(SPINEREVIEW_TEST_DATA "/fhir/") + name;
}

// The seed bundle imported as the desk imports it, and shown in the import dialog.
struct ShownImport
{
    FhirImportResult result;
    std::unique_ptr<FhirImportDialog> dialog = std::make_unique<FhirImportDialog>();

    explicit ShownImport(const QString& name)
        : result(FhirBundleImporter::importFile(bundle(name)))
    {
        dialog->showResult(bundle(name), result.errors, result.report);
    }

    MappingReportModel* model() const { return dialog->model(); }

    // The row of the entry at `source` with an outcome of `outcome`; -1 when there is none.
    int row(const QString& source, MappingEntry::Outcome outcome) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->entry(row).source == source && model()->entry(row).outcome == outcome)
                return row;
        }
        return -1;
    }
    QString text(int row, int column, int role = Qt::DisplayRole) const
    {
        return model()->index(row, column).data(role).toString();
    }
    qsizetype count(MappingEntry::Outcome outcome) const { return result.report.count(outcome); }
};

} // namespace

class TestMappingReportModel : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void withoutATranslationTheReportIsTheCommandLines();
    void spanishReport();
    void spanishErrorsOfARefusedBundle();
    void frenchReport();

private:
    bool install(const QString& language);

    QTranslator m_translator;
};

bool TestMappingReportModel::install(const QString& language)
{
    return m_translator.load(u":/i18n/spinereview_"_s + language + u".qm"_s) &&
           QCoreApplication::installTranslator(&m_translator);
}

void TestMappingReportModel::cleanup()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestMappingReportModel::withoutATranslationTheReportIsTheCommandLines()
{
    for (std::size_t i = 0; i < enumCount<NotMappedReason>(); ++i) {
        const auto reason = static_cast<NotMappedReason>(i);
        QCOMPARE(notMappedReasonLabel(reason), enumToString(reason));
    }

    const ShownImport shown(u"seed-l5s1-revision.json"_s);
    QVERIFY(shown.result.ok());
    QAbstractItemModelTester tester(shown.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString summary =
        u"%1 mapped (%2 by text), %3 not mapped."_s
            .arg(shown.count(MappingEntry::Outcome::Mapped) + shown.count(MappingEntry::Outcome::MappedByText))
            .arg(shown.count(MappingEntry::Outcome::MappedByText))
            .arg(shown.count(MappingEntry::Outcome::NotMapped));
    QCOMPARE(shown.result.report.summary(), summary);
    QVERIFY(shown.dialog->summaryText().contains(u"was imported into the desk: "_s + summary));

    const int encounter = shown.row(u"$.entry[22].resource"_s, MappingEntry::Outcome::NotMapped);
    QVERIFY(encounter >= 0);
    QCOMPARE(shown.text(encounter, MappingReportModel::OutcomeColumn), u"Not mapped: unsupported resource type"_s);
    QCOMPARE(shown.text(encounter, MappingReportModel::DetailColumn),
             u"Encounter/enc-1, Encounter is not read by the importer"_s);
    QCOMPARE(shown.text(encounter, MappingReportModel::DetailColumn, Qt::ToolTipRole),
             bundle(u"seed-l5s1-revision.json"_s) +
                 u": $.entry[22].resource: not mapped (unsupported resource type): Encounter/enc-1, Encounter is not "
                 "read by the importer"_s);

    const int bmi = shown.row(u"$.entry[13].resource.valueQuantity"_s, MappingEntry::Outcome::Mapped);
    QVERIFY(bmi >= 0);
    QCOMPARE(shown.text(bmi, MappingReportModel::DetailColumn),
             u"Observation/obs-bmi-september, 27.4 kg/m\u00b2 on 2025-09-10"_s);
    const int earlierBmi = shown.row(u"$.entry[12].resource.valueQuantity"_s, MappingEntry::Outcome::NotMapped);
    QVERIFY(earlierBmi >= 0);
    QCOMPARE(shown.text(earlierBmi, MappingReportModel::OutcomeColumn), u"Not mapped: superseded"_s);
    QVERIFY(shown.result.report.toText().startsWith(u"Mapped (%1):\n"_s.arg(
        shown.count(MappingEntry::Outcome::Mapped) + shown.count(MappingEntry::Outcome::MappedByText))));
}

void TestMappingReportModel::spanishReport()
{
    QVERIFY(install(u"es"_s));
    const ShownImport shown(u"seed-l5s1-revision.json"_s);
    QVERIFY(shown.result.ok());
    QAbstractItemModelTester tester(shown.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    const qsizetype mapped =
        shown.count(MappingEntry::Outcome::Mapped) + shown.count(MappingEntry::Outcome::MappedByText);
    QVERIFY(mapped > 1); // the plural form
    const QString summary = u"%1 mapeados (%2 por texto), %3 sin mapear."_s.arg(mapped)
                                .arg(shown.count(MappingEntry::Outcome::MappedByText))
                                .arg(shown.count(MappingEntry::Outcome::NotMapped));
    QCOMPARE(shown.result.report.summary(), summary);
    QVERIFY2(shown.dialog->summaryText().contains(u"se importó en el escritorio: "_s + summary),
             qPrintable(shown.dialog->summaryText()));

    const int encounter = shown.row(u"$.entry[22].resource"_s, MappingEntry::Outcome::NotMapped);
    QVERIFY(encounter >= 0);
    QCOMPARE(shown.text(encounter, MappingReportModel::OutcomeColumn), u"No mapeado: tipo de recurso no admitido"_s);
    QCOMPARE(shown.text(encounter, MappingReportModel::DetailColumn),
             u"Encounter/enc-1, el importador no lee Encounter"_s);
    QVERIFY(shown.text(encounter, MappingReportModel::DetailColumn, Qt::ToolTipRole)
                .endsWith(u": $.entry[22].resource: no mapeado (tipo de recurso no admitido): Encounter/enc-1, el "
                          "importador no lee Encounter"_s));

    const int bmi = shown.row(u"$.entry[13].resource.valueQuantity"_s, MappingEntry::Outcome::Mapped);
    QVERIFY(bmi >= 0);
    QCOMPARE(shown.text(bmi, MappingReportModel::OutcomeColumn), u"Mapeado"_s);
    QCOMPARE(shown.text(bmi, MappingReportModel::DetailColumn),
             u"Observation/obs-bmi-september, 27.4 kg/m\u00b2 el 2025-09-10"_s);
    const int earlierBmi = shown.row(u"$.entry[12].resource.valueQuantity"_s, MappingEntry::Outcome::NotMapped);
    QVERIFY(earlierBmi >= 0);
    QCOMPARE(shown.text(earlierBmi, MappingReportModel::OutcomeColumn), u"No mapeado: sustituido por otro valor"_s);
    QCOMPARE(shown.text(earlierBmi, MappingReportModel::DetailColumn),
             u"Observation/obs-bmi-march, 28.1 kg/m\u00b2 el 2025-03-03: patient.bmi toma el valor más reciente, en "
             "$.entry[13].resource.valueQuantity"_s);
    // A note from the importer's code tables, inside a mapper's sentence.
    const int graft = shown.row(u"$.entry[10].resource.code.coding[0]"_s, MappingEntry::Outcome::NotMapped);
    QVERIFY(graft >= 0);
    QCOMPARE(shown.text(graft, MappingReportModel::DetailColumn),
             u"ServiceRequest/sr-graft, 20930 no indica ningún componente por sí solo: abarca por igual el aloinjerto "
             "morselizado y el material osteopromotor (rhBMP-2, matriz ósea desmineralizada); elija el componente en "
             "«Solicitud»"_s);

    // No line the dialog shows is left in the importer's English; codes, paths and the file's values stay.
    const QStringList english = {u"Not mapped"_s,
                                 u"not mapped"_s,
                                 u" is not read"_s,
                                 u" on 2025-"_s,
                                 u"takes the latest value"_s,
                                 u"enter the findings"_s,
                                 u"states it"_s,
                                 u"identifying data"_s,
                                 u"elements not read"_s,
                                 u"not a drug kind"_s};
    for (int row = 0; row < shown.model()->rowCount(); ++row) {
        for (const int column : {MappingReportModel::OutcomeColumn, MappingReportModel::DetailColumn}) {
            const QString text = shown.text(row, column);
            for (const QString& words : english)
                QVERIFY2(!text.contains(words), qPrintable(text));
        }
    }
}

void TestMappingReportModel::spanishErrorsOfARefusedBundle()
{
    QVERIFY(install(u"es"_s));
    const ShownImport shown(u"entry-without-resource.json"_s);
    QVERIFY(!shown.result.ok());
    QVERIFY(shown.dialog->summaryText().contains(u"no se importó"_s));
    const auto* errors = shown.dialog->findChild<QPlainTextEdit*>(u"fhirImportErrors"_s);
    QVERIFY(errors);
    QCOMPARE(errors->toPlainText(),
             bundle(u"entry-without-resource.json"_s) + u": $.entry[1]: una entrada sin recurso"_s);
}

void TestMappingReportModel::frenchReport()
{
    QVERIFY(install(u"fr"_s));
    const ShownImport shown(u"seed-l5s1-revision.json"_s);
    QVERIFY(shown.result.ok());
    const QString summary =
        u"%1 mis en correspondance (dont %2 par le texte), %3 non mis en correspondance."_s
            .arg(shown.count(MappingEntry::Outcome::Mapped) + shown.count(MappingEntry::Outcome::MappedByText))
            .arg(shown.count(MappingEntry::Outcome::MappedByText))
            .arg(shown.count(MappingEntry::Outcome::NotMapped));
    QCOMPARE(shown.result.report.summary(), summary);
    const int encounter = shown.row(u"$.entry[22].resource"_s, MappingEntry::Outcome::NotMapped);
    QVERIFY(encounter >= 0);
    QCOMPARE(shown.text(encounter, MappingReportModel::OutcomeColumn),
             u"Non mis en correspondance : type de ressource non pris en charge"_s);
    QCOMPARE(shown.text(encounter, MappingReportModel::DetailColumn),
             u"Encounter/enc-1, l'importateur ne lit pas Encounter"_s);
}

QTEST_MAIN(TestMappingReportModel)
#include "tst_mappingreportmodel.moc"
