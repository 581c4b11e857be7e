// SPDX-License-Identifier: GPL-3.0-or-later
// The desk in Spanish and in French, as a reviewer sees it: menus, section titles, the cards' status words and
// sentences, criteria in the reasons looked up by id, no two mnemonics of one screen on the same letter — and
// View → Language saving the choice for the next start.
#include "core/i18n/criteriatexts.h"
#include "deskfixture.h"
#include "document/fileactions.h"
#include "i18n/languageloader.h"
#include "i18n/languagemenu.h"
#include "mnemonics.h"
#include "results/rationaleview.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;

namespace {

struct Expected
{
    QString fileMenu;
    QString viewMenu;
    QString firstSection;
    QString met;
    QString decompressionSummary;
    QString caudaEquina;
    QString rationaleRoot;
};

Expected expected(const QString& language)
{
    if (language == "es"_L1)
        return {u"&Archivo"_s,
                u"&Ver"_s,
                u"Solicitud y cobertura"_s,
                u"Cumple"_s,
                u"Cumple en L5-S1."_s,
                u"Síndrome de cola de caballo"_s,
                u"Descompresión en L5-S1"_s};
    return {u"&Fichier"_s,
            u"&Affichage"_s,
            u"Demande et couverture"_s,
            u"Rempli"_s,
            u"Rempli en L5-S1."_s,
            u"Syndrome de la queue de cheval"_s,
            u"Décompression en L5-S1"_s};
}

bool containsText(const QAbstractItemModel& model, const QString& text, const QModelIndex& parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == text || containsText(model, text, index))
            return true;
    }
    return false;
}

} // namespace

class TestTranslatedDesk : public QObject
{
    Q_OBJECT

private slots:
    void deskSpeaksTheLanguage_data();
    void deskSpeaksTheLanguage();
    void mnemonicsAreUniqueOnEachScreen_data();
    void mnemonicsAreUniqueOnEachScreen();
    void languageMenuSavesTheChoice();

private:
    // The desk on the seed case, built after `language` is installed, as main() does.
    void openDesk(const QString& language);
    QListWidget* sectionList() const { return m_desk->window.findChild<QListWidget*>(u"sectionList"_s); }

    LanguageLoader m_loader;
    std::unique_ptr<testing::DeskFixture> m_desk;
};

void TestTranslatedDesk::openDesk(const QString& language)
{
    m_desk.reset();
    QVERIFY(m_loader.install(language));
    m_desk = std::make_unique<testing::DeskFixture>();
    m_desk->window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_desk->window));
    QVERIFY(m_desk->window.fileActions()->open(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/seed-l5s1-revision.json")));
    QCoreApplication::processEvents();
}

void TestTranslatedDesk::deskSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("es") << u"es"_s;
    QTest::newRow("fr") << u"fr"_s;
}

void TestTranslatedDesk::deskSpeaksTheLanguage()
{
    QFETCH(QString, language);
    openDesk(language);
    const Expected words = expected(language);
    MainWindow& window = m_desk->window;

    const QList<QAction*> menus = window.menuBar()->actions();
    QVERIFY(menus.size() >= 3);
    QCOMPARE(menus.at(0)->text(), words.fileMenu);
    QCOMPARE(menus.at(1)->text(), words.viewMenu);
    QVERIFY2(sectionList()->item(0)->text().endsWith(words.firstSection), qPrintable(sectionList()->item(0)->text()));

    // The decompression card: its status word, and the sentence built in the desk's language.
    // Evaluation follows the opened file on the event loop, and a changed request builds the cards anew.
    const auto card = [&window]() -> QAbstractButton* {
        const QList<QAbstractButton*> found = window.findChildren<QAbstractButton*>(u"card_decompression"_s);
        const auto shown = std::find_if(found.cbegin(), found.cend(), [](const QWidget* w) { return w->isVisible(); });
        return shown == found.cend() ? nullptr : *shown;
    };
    const auto cardName = [&card] { return card() ? card()->accessibleName() : QString(); };
    QTRY_VERIFY2(cardName().contains(u": "_s + words.met + u" — "_s + words.decompressionSummary),
                 qPrintable(cardName()));
    const QList<QLabel*> labels = card()->findChildren<QLabel*>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&words](const QLabel* l) { return l->text() == words.met; }));

    // A criterion by its id, and in the reasons for the selected card.
    const CriteriaSetPtr reference = m_desk->evaluation.catalog().find(u"reference"_s);
    QVERIFY(reference);
    const auto cauda = std::find_if(reference->nodes.cbegin(), reference->nodes.cend(),
                                    [](const CriterionNode& node) { return node.id == "urgent.cauda-equina"_L1; });
    QVERIFY(cauda != reference->nodes.cend());
    QCOMPARE(CriteriaTexts::text(*cauda), words.caudaEquina);
    auto* reasons = window.findChild<RationaleView*>(u"rationaleView"_s);
    QVERIFY(reasons);
    QTRY_VERIFY2(containsText(*reasons->model(), words.rationaleRoot), qPrintable(words.rationaleRoot));

    // Nothing English left on the cards: every sentence translated, the engine's own text untouched.
    const QList<QAbstractButton*> cards = window.findChildren<QAbstractButton*>();
    for (const QAbstractButton* each : cards) {
        if (!each->objectName().startsWith(u"card_"_s))
            continue;
        QVERIFY2(!each->accessibleName().contains(u" at L"_s) && !each->accessibleName().contains(u"needs "_s),
                 qPrintable(each->accessibleName()));
    }
}

void TestTranslatedDesk::mnemonicsAreUniqueOnEachScreen_data()
{
    deskSpeaksTheLanguage_data();
}

void TestTranslatedDesk::mnemonicsAreUniqueOnEachScreen()
{
    QFETCH(QString, language);
    openDesk(language);
    MainWindow& window = m_desk->window;
    for (int row = 0; row < sectionList()->count(); ++row) {
        sectionList()->setCurrentRow(row);
        QCoreApplication::processEvents();
        const QStringList clashes = testing::mnemonicClashes(window);
        QVERIFY2(clashes.isEmpty(), qPrintable(sectionList()->item(row)->text() + u":\n"_s + clashes.join(u'\n')));
    }
    const QList<QAction*> menus = window.menuBar()->actions();
    // And in every menu.
    for (const QAction* menu : menus) {
        QStringList seen;
        for (const QAction* item : menu->menu()->actions()) {
            const QString letter = testing::mnemonicOf(item->text());
            QVERIFY2(letter.isEmpty() || !seen.contains(letter), qPrintable(menu->text() + u": "_s + item->text()));
            seen.append(letter);
        }
    }
}

void TestTranslatedDesk::languageMenuSavesTheChoice()
{
    openDesk(u"fr"_s);
    LanguageMenu menu(m_desk->settings);
    QCOMPARE(menu.title(), u"&Langue"_s);
    QSignalSpy chosen(&menu, &LanguageMenu::languageChosen);
    auto* spanish = menu.findChild<QAction*>(u"actionLanguage_es"_s);
    QVERIFY(spanish);
    QCOMPARE(spanish->text(), u"E&spañol"_s); // each language named in itself
    spanish->trigger();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(m_desk->settings.value(QLatin1StringView(LanguageLoader::settingKey)).toString(), u"es"_s);
    QCOMPARE(LanguageLoader::setting(m_desk->settings), u"es"_s);
    menu.findChild<QAction*>(u"actionLanguageSystem"_s)->trigger();
    QCOMPARE(LanguageLoader::setting(m_desk->settings), QString());
    auto* notice = menu.findChild<QAction*>(u"actionLanguageNotice"_s);
    QVERIFY(notice && !notice->isEnabled());
    QCOMPARE(notice->text(), u"S'applique au prochain démarrage"_s);
    QStringList letters;
    for (const QAction* action : menu.actions()) {
        const QString letter = testing::mnemonicOf(action->text());
        QVERIFY2(letter.isEmpty() || !letters.contains(letter), qPrintable(action->text()));
        letters.append(letter);
    }
    m_desk.reset();
    QVERIFY(m_loader.install(u"en"_s));
}

QTEST_MAIN(TestTranslatedDesk)
#include "tst_translateddesk.moc"
