// SPDX-License-Identifier: GPL-3.0-or-later
// The whole desk in Spanish and in French, screen by screen, compared with the same desk in English: every
// section of the seed case with its stored review open, a review-rule refusal in the Review pane, the worklist
// and its dashboard, and a FHIR import's mapping report. A text shown word for word as in the English desk
// and reading as English prose is a string that never reached the translation, and the test names its place.
#include "core/i18n/criteriatexts.h"
#include "i18n/languageloader.h"
#include "interop/fhirbundleimporter.h"
#include "interop/fhirimportdialog.h"
#include "results/resultspanel.h"
#include "review/reviewerpicker.h"
#include "review/reviewpanel.h"
#include "review/reviewsession.h"
#include "screentexts.h"
#include "storagefixture.h"
#include "storeddesk.h"
#include "worklist/worklistwindow.h"

#include <QAction>
#include <QJsonDocument>
#include <QListWidget>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>

using namespace spinereview;
using namespace Qt::StringLiterals;

class TestNothingLeftInEnglish : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyScreenIsTranslated_data();
    void everyScreenIsTranslated();
    void collectsWhatAnEnglishDeskShows();

private:
    // What the desk shows in `language` on every screen the test visits.
    static testing::ScreenTexts visitDesk(const QString& language);

    LanguageLoader m_loader;
    testing::ScreenTexts m_english;
};

testing::ScreenTexts TestNothingLeftInEnglish::visitDesk(const QString& language)
{
    testing::ScreenTexts texts;
    LanguageLoader loader;
    if (!loader.install(language))
        qFatal("cannot install the language %s", qPrintable(language));

    StorageFixture storage(DatabaseBackend::Sqlite);
    if (!storage.isValid())
        qFatal("%s", qPrintable(storage.error()));
    const auto [stored, review] = storage.importWithReview(QJsonDocument(StorageFixture::seedCase()).toJson());

    testing::StoredDesk desk(storage.database());
    desk.window.show();
    if (!QTest::qWaitForWindowExposed(&desk.window))
        qFatal("the desk did not show");
    desk.workflow->picker()->add(u"Nurse Ada"_s, ReviewerRole::NurseReviewer);
    if (!desk.workflow->openReview(review.ref))
        qFatal("the stored review did not open");

    auto* sections = desk.window.findChild<QListWidget*>(u"sectionList"_s);
    for (int row = 0; row < sections->count(); ++row) {
        sections->setCurrentRow(row);
        QCoreApplication::processEvents();
        texts.collect(&desk.window, u"section#"_s + QString::number(row));
    }

    // Every component's reasons, then the comparison of all criteria sets.
    auto* results = desk.window.findChild<ResultsPanel*>();
    for (const ComponentOutcome& outcome : desk.evaluation.result().components) {
        results->selectComponent(outcome.component);
        QCoreApplication::processEvents();
        texts.collect(results, u"reasons:"_s + enumToString(outcome.component));
    }
    results->showComparison(true);
    QCoreApplication::processEvents();
    texts.collect(results, u"comparison"_s);
    results->showComparison(false);

    // A decision that differs from the engine's, saved without its reason: the pane says which rule it breaks.
    ReviewSession& session = desk.workflow->session();
    session.setDecision(Component::Decompression, Status::NotMet);
    desk.workflow->panel()->findChild<QAction*>(u"saveReview"_s)->trigger();
    QCoreApplication::processEvents();
    texts.collect(desk.workflow->panel(), u"refusal"_s);

    // A case file the case reader refuses, imported into the worklist: the summary names each problem.
    texts.add(u"import/summary"_s,
              desk.workflow->importCases({QStringLiteral(SPINEREVIEW_TEST_DATA "/bad/end-before-start.json")},
                                         QDate(2026, 11, 26)));

    WorklistWindow* worklist = desk.workflow->worklist();
    desk.window.findChild<QAction*>(u"actionWorklist"_s)->trigger();
    QCoreApplication::processEvents();
    texts.collect(worklist, u"worklist"_s);
    auto* tabs = worklist->findChild<QTabWidget*>(u"worklistTabs"_s);
    tabs->setCurrentIndex(tabs->count() - 1);
    QCoreApplication::processEvents();
    texts.collect(worklist, u"dashboard"_s);
    worklist->close();

    FhirImportDialog dialog(&desk.window);
    const QString bundle = QStringLiteral(SPINEREVIEW_TEST_DATA "/fhir/seed-l5s1-revision.json");
    const FhirImportResult imported = FhirBundleImporter::importFile(bundle);
    dialog.showResult(bundle, imported.errors, imported.report);
    dialog.show();
    QCoreApplication::processEvents();
    texts.collect(&dialog, u"fhirImport"_s);

    desk.workflow->discardOpenChanges();
    loader.install(u"en"_s);
    return texts;
}

void TestNothingLeftInEnglish::initTestCase()
{
    m_english = visitDesk(u"en"_s);
}

void TestNothingLeftInEnglish::cleanupTestCase()
{
    m_loader.install(u"en"_s);
}

void TestNothingLeftInEnglish::collectsWhatAnEnglishDeskShows()
{
    // The comparison means something only when the walk reaches the screens: each contributes English prose.
    QStringList prose;
    for (auto it = m_english.texts().cbegin(); it != m_english.texts().cend(); ++it) {
        if (testing::ScreenTexts::looksEnglish(*it))
            prose.append(it.key());
    }
    for (const QString& screen : {u"section#0/"_s, u"reasons:fusion/"_s, u"comparison/"_s, u"section#6/"_s,
                                  u"refusal/"_s, u"import/"_s, u"worklist/"_s, u"dashboard/"_s, u"fhirImport/"_s}) {
        QVERIFY2(
            std::any_of(prose.cbegin(), prose.cend(), [&screen](const QString& key) { return key.startsWith(screen); }),
            qPrintable(screen));
    }
    QVERIFY(testing::ScreenTexts::looksEnglish(u"Fusion is not met at L5-S1"_s));
    QVERIFY(!testing::ScreenTexts::looksEnglish(u"L5-S1 · rhBMP-2 · ODI 48"_s));
    QVERIFY(!testing::ScreenTexts::looksEnglish(
        u"request.levels · $.entry[3].resource.code · /tmp/the/case.json · founding-review"_s));
}

void TestNothingLeftInEnglish::everyScreenIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("es") << u"es"_s;
    QTest::newRow("fr") << u"fr"_s;
}

void TestNothingLeftInEnglish::everyScreenIsTranslated()
{
    QFETCH(QString, language);
    const testing::ScreenTexts translated = visitDesk(language);
    QStringList untranslated = m_english.untranslatedIn(translated);
    // A procedure code's descriptor is quoted as the code set words it, like a citation's title.
    static const QRegularExpression codeDescriptor(u"\\b(CPT|LOINC) [0-9-]+ \\("_s);
    untranslated.removeIf([](const QString& place) { return codeDescriptor.match(place).hasMatch(); });
    for (const QString& place : untranslated)
        qInfo().noquote() << place;
    QVERIFY2(untranslated.isEmpty(), qPrintable(u"%1 texts still in English, listed above"_s.arg(untranslated.size())));
}

QTEST_MAIN(TestNothingLeftInEnglish)
#include "tst_nothingleftinenglish.moc"
