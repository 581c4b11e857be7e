// SPDX-License-Identifier: GPL-3.0-or-later
// What the desk shows of an evaluation in the desk's language: the engine's English unchanged without a
// translation, every phrase the engine writes known to the phrase table, the criteria translated by id and
// falling back to the file's English when that English changes, the sets' hashes those of the files, every
// fact named by a label of its own, and the language chosen from the setting and the system.
#include "core/case/casereader.h"
#include "core/criteria/criteriacatalog.h"
#include "core/engine/evaluator.h"
#include "core/i18n/criteriatexts.h"
#include "core/i18n/enginephrases.h"
#include "core/i18n/facttexts.h"
#include "core/i18n/resulttexts.h"
#include "i18n/languageloader.h"
#include "models/rationalemodel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace spinereview;

namespace {

QList<SpineCase> testCases()
{
    QList<SpineCase> out;
    const QDir dir(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases"));
    for (const QString& name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        const CaseReadResult read = CaseReader::readFile(dir.filePath(name));
        if (read.ok())
            out.append(*read.value);
    }
    return out;
}

void walk(const CriterionOutcome& outcome, const std::function<void(const CriterionOutcome&)>& visit)
{
    visit(outcome);
    for (const CriterionOutcome& child : outcome.children)
        walk(child, visit);
}

} // namespace

class TestResultTexts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void withoutATranslationTheSummaryIsTheEngines();
    void everyPhraseTheEngineWritesIsKnown();
    void everyValidationMessageIsKnown();
    void criteriaAreTranslatedByIdInEveryLanguage_data();
    void criteriaAreTranslatedByIdInEveryLanguage();
    void aChangedEnglishTextFallsBackToTheFile();
    void setHashesAreTheUntranslatedFiles();
    void spanishSummaryAndRecords();
    void frenchPhrasesKeepTheirValues();
    void everyFactHasALabelAndAMeaning();
    void spanishFactLabels();
    void languageFollowsTheSettingThenTheSystem();
    void loaderInstallsAndRemoves();

private:
    CriteriaCatalog m_catalog;
    QList<SpineCase> m_cases;
    LanguageLoader m_loader;
};

void TestResultTexts::initTestCase()
{
    m_catalog = CriteriaCatalog::loadDirectory(QStringLiteral(SPINEREVIEW_SOURCE_DIR "/criteria"));
    QVERIFY(m_catalog.issues().isEmpty());
    QCOMPARE(m_catalog.sets().size(), 3);
    m_cases = testCases();
    QVERIFY(m_cases.size() >= 5);
}

void TestResultTexts::cleanup()
{
    m_loader.install(u"en"_s);
}

void TestResultTexts::withoutATranslationTheSummaryIsTheEngines()
{
    int compared = 0;
    for (const SpineCase& spineCase : std::as_const(m_cases)) {
        for (const CriteriaSetPtr& set : m_catalog.sets()) {
            const EvaluationResult result =
                Evaluator::evaluate(spineCase, set, spineCase.reviewDate.value_or(QDate(2026, 11, 26)));
            for (const ComponentOutcome& outcome : result.components) {
                QCOMPARE(ResultTexts::summary(outcome, set.get()), outcome.summary);
                for (const QString& record : outcome.missing)
                    QCOMPARE(ResultTexts::record(record, set.get()), record);
                for (const QString& caution : outcome.cautions)
                    QCOMPARE(ResultTexts::caution(caution, set.get()), caution);
                ++compared;
            }
        }
    }
    QVERIFY(compared > 50);
}

void TestResultTexts::everyPhraseTheEngineWritesIsKnown()
{
    QStringList unknown;
    const auto check = [&unknown](const QString& text) {
        if (!text.isEmpty() && !EnginePhrases::knows(text) && !unknown.contains(text))
            unknown.append(text);
    };
    for (const SpineCase& spineCase : std::as_const(m_cases)) {
        for (const CriteriaSetPtr& set : m_catalog.sets()) {
            const EvaluationResult result =
                Evaluator::evaluate(spineCase, set, spineCase.reviewDate.value_or(QDate(2026, 11, 26)));
            for (const ComponentOutcome& outcome : result.components) {
                for (const QString& record : outcome.missing) {
                    if (CriteriaTexts::listedAsk(set.get(), record).isEmpty())
                        check(record);
                }
                for (const CriterionOutcome& tree : outcome.criteria) {
                    walk(tree, [&check](const CriterionOutcome& node) {
                        check(node.remark);
                        for (const FactUse& use : node.facts) {
                            check(use.value.record);
                            check(use.value.note);
                        }
                    });
                }
            }
        }
    }
    QVERIFY2(unknown.isEmpty(),
             qPrintable(u"Add these to app/core/i18n/enginephrases.cpp and translate them:\n"_s + unknown.join(u'\n')));
}

void TestResultTexts::everyValidationMessageIsKnown()
{
    QFile file(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/seed-l5s1-revision.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    // A therapy episode that ends before it starts, a pain score out of range, a level plan outside the
    // request, a component's levels for a component not requested, a wrong type and a missing case id.
    QJsonArray therapy = root.value(u"conservativeTherapy"_s).toArray();
    QJsonObject episode = therapy.first().toObject();
    episode.insert(u"start"_s, u"2025-06-01"_s);
    episode.insert(u"end"_s, u"2025-01-01"_s);
    therapy.replace(0, episode);
    root.insert(u"conservativeTherapy"_s, therapy);
    QJsonObject symptoms = root.value(u"symptoms"_s).toObject();
    symptoms.insert(u"painScore"_s, 15);
    symptoms.insert(u"neurogenicClaudication"_s, u"often"_s);
    root.insert(u"symptoms"_s, symptoms);
    QJsonObject request = root.value(u"request"_s).toObject();
    request.insert(u"levelPlans"_s, QJsonObject{{u"L1-L2"_s, QJsonObject{{u"plannedParsRemoval"_s, true}}}});
    request.insert(u"componentLevels"_s, QJsonObject{{u"cement_augmentation"_s, QJsonArray{u"L1-L2"_s}}});
    root.insert(u"request"_s, request);
    root.insert(u"caseId"_s, u""_s);
    root.remove(u"patient"_s);
    QJsonObject patient{{u"sex"_s, u"unknown"_s}, {u"bmi"_s, true}};
    root.insert(u"patient"_s, patient);

    const CaseReadResult read = CaseReader::readBytes(QJsonDocument(root).toJson(), u"broken.json"_s);
    QVERIFY(read.issues.size() >= 5);
    QStringList unknown;
    for (const ValidationIssue& issue : read.issues) {
        if (!EnginePhrases::knows(issue.message))
            unknown.append(issue.message);
    }
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(u'\n')));
    const CaseReadResult malformed = CaseReader::readBytes("{\"caseId\": ", u"malformed.json"_s);
    QVERIFY(!malformed.issues.isEmpty());
    QVERIFY2(EnginePhrases::knows(malformed.issues.first().message), qPrintable(malformed.issues.first().message));
}

void TestResultTexts::criteriaAreTranslatedByIdInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("es") << u"es"_s;
    QTest::newRow("fr") << u"fr"_s;
}

void TestResultTexts::criteriaAreTranslatedByIdInEveryLanguage()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/spinereview_"_s + language + u".qm"_s));
    QStringList missing;
    const auto expect = [&](const QString& english, const QString& key) {
        if (english.isEmpty())
            return;
        const QByteArray source = english.toUtf8();
        const QByteArray disambiguation = key.toUtf8();
        if (translator.translate("criteria", source.constData(), disambiguation.constData()).isEmpty())
            missing.append(key + u": "_s + english);
    };
    int texts = 0;
    for (const CriteriaSetPtr& set : m_catalog.sets()) {
        expect(set->info.title, u"set:"_s + set->info.id + u"|title"_s);
        expect(set->info.label, u"set:"_s + set->info.id + u"|label"_s);
        for (const CriterionNode& node : set->nodes) {
            expect(node.text, node.id + u"|text"_s);
            expect(node.ask, node.id + u"|ask"_s);
            expect(node.note, node.id + u"|note"_s);
            ++texts;
        }
        for (const Caution& caution : set->cautions)
            expect(caution.text, caution.id + u"|text"_s);
    }
    QVERIFY(texts > 200);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

void TestResultTexts::aChangedEnglishTextFallsBackToTheFile()
{
    QVERIFY(m_loader.install(u"es"_s));
    const CriteriaSetPtr reference = m_catalog.find(u"reference"_s);
    QVERIFY(reference);
    const CriterionNode* cauda = nullptr;
    for (const CriterionNode& node : reference->nodes) {
        if (node.id == "urgent.cauda-equina"_L1)
            cauda = &node;
    }
    QVERIFY(cauda);
    QCOMPARE(CriteriaTexts::text(*cauda), u"Síndrome de cola de caballo"_s);
    // An edited criterion is shown as the file now says, never with the translation of what it said before.
    CriterionNode edited = *cauda;
    edited.text = u"Cauda equina syndrome, confirmed on MRI"_s;
    QCOMPARE(CriteriaTexts::text(edited), edited.text);
    // {level} is filled in after the lookup.
    for (const CriterionNode& node : reference->nodes) {
        if (node.id == "decompression"_L1)
            QCOMPARE(CriteriaTexts::text(node, Level::L4L5), u"Descompresión en L4-L5"_s);
    }
}

void TestResultTexts::setHashesAreTheUntranslatedFiles()
{
    QVERIFY(m_loader.install(u"fr"_s));
    const CriteriaCatalog again = CriteriaCatalog::loadDirectory(QStringLiteral(SPINEREVIEW_SOURCE_DIR "/criteria"));
    for (const CriteriaSetPtr& set : again.sets()) {
        QFile file(QStringLiteral(SPINEREVIEW_SOURCE_DIR "/criteria/") + set->info.id + u".json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString sha256 =
            QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(set->info.sha256, sha256);
        QCOMPARE(set->info.sha256, m_catalog.find(set->info.id)->info.sha256);
    }
}

void TestResultTexts::spanishSummaryAndRecords()
{
    QVERIFY(m_loader.install(u"es"_s));
    const CaseReadResult read =
        CaseReader::readFile(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/seed-l5s1-revision.json"));
    QVERIFY(read.ok());
    const SpineCase& seed = *read.value;
    const CriteriaSetPtr reference = m_catalog.find(u"reference"_s);
    const EvaluationResult result = Evaluator::evaluate(seed, reference, *seed.reviewDate);
    const ComponentOutcome* decompression = result.component(Component::Decompression);
    QVERIFY(decompression);
    QCOMPARE(ResultTexts::summary(*decompression, reference.get()), u"Cumple en L5-S1."_s);
    // The engine's own text stays English: it is what the result file and the command line write.
    QCOMPARE(decompression->summary, u"Met at L5-S1."_s);
    const ComponentOutcome* fusion = result.component(Component::Fusion);
    QVERIFY(fusion && fusion->status == Status::Incomplete);
    const QString sentence = ResultTexts::summary(*fusion, reference.get());
    QVERIFY2(sentence.startsWith(u"Incompleto en L5-S1 — "_s), qPrintable(sentence));
    for (const QString& record : fusion->missing) {
        const QString translated = ResultTexts::record(record, reference.get());
        QVERIFY2(translated != record, qPrintable(record));
    }
    QCOMPARE(EnginePhrases::translate(u"an MRI or CT report addressing L4-L5"_s),
             u"un informe de RM o TC que describa L4-L5"_s);
    QCOMPARE(EnginePhrases::translate(u"fusion is not requested at L4-L5"_s),
             u"la solicitud no incluye «Artrodesis» en L4-L5"_s);
}

void TestResultTexts::frenchPhrasesKeepTheirValues()
{
    QVERIFY(m_loader.install(u"fr"_s));
    QCOMPARE(EnginePhrases::translate(u"expected a number from 0 to 10; found 15"_s),
             u"attendu : un nombre de 0 à 10 ; trouvé : 15"_s);
    QCOMPARE(EnginePhrases::translate(u"end 2025-01-01 is before start 2025-06-01"_s),
             u"la fin 2025-01-01 précède le début 2025-06-01"_s);
    QCOMPARE(EnginePhrases::translate(u"counted as met: the criterion asks for not_met"_s),
             u"compté comme rempli : le critère demande « non rempli »"_s);
    // A phrase the table does not know is shown as the engine wrote it.
    QCOMPARE(EnginePhrases::translate(u"something new"_s), u"something new"_s);
    FactUse grade;
    grade.value = FactValue::ofNumber(3.5);
    QCOMPARE(ResultTexts::factValue(grade), u"3,5"_s);
}

void TestResultTexts::everyFactHasALabelAndAMeaning()
{
    // No vertebra of a level (L4-L5, L5-S1) in a level fact's label: the desk shows the level beside it.
    const QRegularExpression levelName(u"\\b[LS][1-5]\\b"_s);
    QSet<QString> labels;
    for (const FactDefinition& def : FactCatalog::all()) {
        const QString label = FactTexts::label(def.id);
        QVERIFY2(!label.trimmed().isEmpty(), def.name);
        QVERIFY2(!FactTexts::meaning(def.id).trimmed().isEmpty(), def.name);
        // Without a translation, exactly the catalog's English.
        QCOMPARE(label, QString::fromUtf8(def.label));
        QCOMPARE(FactTexts::meaning(def.id), QString::fromUtf8(def.meaning));
        QVERIFY2(label != QString::fromLatin1(def.name), def.name);
        QVERIFY2(!labels.contains(label), qPrintable(u"two facts are labelled "_s + label));
        labels.insert(label);
        if (def.scope == FactScope::Level)
            QVERIFY2(!levelName.match(label).hasMatch(), qPrintable(label));
    }
    QCOMPARE(labels.size(), FactCatalog::count());
}

void TestResultTexts::spanishFactLabels()
{
    QVERIFY(m_loader.install(u"es"_s));
    QCOMPARE(FactTexts::label(FactId::Bmi), u"IMC (kg/m²)"_s);
    QCOMPARE(FactTexts::label(FactId::CareWeeks), u"Semanas de tratamiento conservador"_s);
    QCOMPARE(FactTexts::label(FactId::LevelDynamicTranslationMm), u"Traslación dinámica (mm)"_s);
    QCOMPARE(FactTexts::meaning(FactId::Odi), u"Índice de discapacidad de Oswestry, 0–100"_s);
    // The rationale's line in Spanish, with the desk's decimal sign; the id criteria files use stays as it is.
    const FactUse bmi(FactId::Bmi, FactValue::ofNumber(31.2));
    QCOMPARE(RationaleModel::factLine(bmi), u"IMC (kg/m²) = 31,2"_s);
    QCOMPARE(QString::fromLatin1(FactCatalog::definition(FactId::Bmi).name), u"patient.bmi"_s);
}

void TestResultTexts::languageFollowsTheSettingThenTheSystem()
{
    QCOMPARE(LanguageLoader::resolve(QString(), QLocale(u"es_MX"_s)), u"es"_s);
    QCOMPARE(LanguageLoader::resolve(QString(), QLocale(u"fr_CA"_s)), u"fr"_s);
    QCOMPARE(LanguageLoader::resolve(QString(), QLocale(u"de_DE"_s)), u"en"_s);
    QCOMPARE(LanguageLoader::resolve(u"fr"_s, QLocale(u"es_ES"_s)), u"fr"_s);
    QCOMPARE(LanguageLoader::resolve(u"en"_s, QLocale(u"fr_FR"_s)), u"en"_s);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    QCOMPARE(LanguageLoader::setting(settings), QString());
    settings.setValue(QLatin1StringView(LanguageLoader::settingKey), u" ES "_s);
    QCOMPARE(LanguageLoader::setting(settings), u"es"_s);
    settings.setValue(QLatin1StringView(LanguageLoader::settingKey), u"klingon"_s);
    QCOMPARE(LanguageLoader::setting(settings), QString());
}

void TestResultTexts::loaderInstallsAndRemoves()
{
    QVERIFY(m_loader.install(u"fr"_s));
    QCOMPARE(m_loader.language(), u"fr"_s);
    QCOMPARE(QCoreApplication::translate("StatusPresentation", "Met"), u"Rempli"_s);
    QVERIFY(m_loader.install(u"es"_s));
    QCOMPARE(QCoreApplication::translate("StatusPresentation", "Met"), u"Cumple"_s);
    QVERIFY(m_loader.install(u"en"_s));
    QCOMPARE(m_loader.language(), u"en"_s);
    QCOMPARE(QCoreApplication::translate("StatusPresentation", "Met"), u"Met"_s);
    QVERIFY(!m_loader.install(u"de"_s));
}

QTEST_MAIN(TestResultTexts)
#include "tst_resulttexts.moc"
