// SPDX-License-Identifier: GPL-3.0-or-later
// One card per requested component: icon, word, name, levels and summary; mouse and keyboard select.
#include "results/determinationcard.h"
#include "results/determinationcards.h"
#include "results/statuspresentation.h"
#include "seedfixture.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;
using spinereview::testing::SeedFixture;

class TestDeterminationCards : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneCardPerRequestedComponent();
    void fusionIsIncompleteUnderReferenceAndMetUnderFoundingReview();
    void cardsShowLevelsAndSummary();
    void clickingACardSelectsIt();
    void clickingTheSelectedCardKeepsIt();
    void arrowKeysMoveTheSelection();
    void reevaluationKeepsCardsAndSelection();
    void emptyResultShowsAHint();

private:
    static QStringList labelTexts(const QWidget* card);

    SeedFixture m_fixture;
    EvaluationResult m_reference;
    EvaluationResult m_founding;
};

void TestDeterminationCards::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.load(&error), qPrintable(error));
    m_reference = m_fixture.evaluate(u"reference"_s);
    m_founding = m_fixture.evaluate(u"founding-review"_s);
}

QStringList TestDeterminationCards::labelTexts(const QWidget* card)
{
    QStringList texts;
    for (const QLabel* label : card->findChildren<QLabel*>())
        texts.append(label->text());
    return texts;
}

void TestDeterminationCards::oneCardPerRequestedComponent()
{
    DeterminationCards cards;
    cards.setResult(m_reference);
    const QList<DeterminationCard*> found = cards.findChildren<DeterminationCard*>();
    QCOMPARE(found.size(), static_cast<qsizetype>(m_reference.components.size()));
    for (const ComponentOutcome& outcome : m_reference.components) {
        auto* card = cards.findChild<DeterminationCard*>(u"card_"_s + enumToString(outcome.component));
        QVERIFY(card);
        QCOMPARE(card->focusPolicy(), Qt::StrongFocus);
        QVERIFY(!card->accessibleName().isEmpty());
    }
    QVERIFY(cards.findChild<DeterminationCard*>(u"card_bone_marrow_aspirate"_s));
    QCOMPARE(cards.selectedComponent(), std::optional<Component>(Component::Decompression)); // the first
}

void TestDeterminationCards::fusionIsIncompleteUnderReferenceAndMetUnderFoundingReview()
{
    DeterminationCards cards;
    cards.setResult(m_reference);
    auto* fusion = cards.findChild<DeterminationCard*>(u"card_fusion"_s);
    QVERIFY(fusion);
    QVERIFY(labelTexts(fusion).contains(u"Incomplete"_s));
    QVERIFY(labelTexts(fusion).contains(u"Fusion"_s));
    QVERIFY(fusion->accessibleName().startsWith(u"Fusion: Incomplete — "_s));
    const auto hasIcon = [](const QWidget* card) {
        const QList<QLabel*> labels = card->findChildren<QLabel*>();
        return std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* l) { return !l->pixmap().isNull(); });
    };
    QVERIFY(hasIcon(fusion));
    QCOMPARE(fusion->status(), Status::Incomplete);

    cards.setResult(m_founding);
    QVERIFY(labelTexts(fusion).contains(u"Met"_s));
    QVERIFY(fusion->accessibleName().startsWith(u"Fusion: Met — "_s));
    QVERIFY(hasIcon(fusion));
    auto* bma = cards.findChild<DeterminationCard*>(u"card_bone_marrow_aspirate"_s);
    QVERIFY(labelTexts(bma).contains(u"Not met"_s));
}

void TestDeterminationCards::cardsShowLevelsAndSummary()
{
    DeterminationCards cards;
    cards.setResult(m_reference);
    auto* fusion = cards.findChild<DeterminationCard*>(u"card_fusion"_s);
    const QStringList texts = labelTexts(fusion);
    QVERIFY(texts.contains(u"L5-S1"_s));
    QVERIFY(texts.contains(m_reference.component(Component::Fusion)->summary));
    QVERIFY(fusion->accessibleName().endsWith(m_reference.component(Component::Fusion)->summary));
    QVERIFY(fusion->accessibleDescription().contains(u"L5-S1"_s));
}

void TestDeterminationCards::clickingACardSelectsIt()
{
    DeterminationCards cards;
    cards.setResult(m_reference);
    cards.show();
    QVERIFY(QTest::qWaitForWindowExposed(&cards));
    QSignalSpy spy(&cards, &DeterminationCards::componentSelected);
    auto* fusion = cards.findChild<DeterminationCard*>(u"card_fusion"_s);
    QTest::mouseClick(fusion, Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<Component>(), Component::Fusion);
    QCOMPARE(cards.selectedComponent(), std::optional<Component>(Component::Fusion));
    QVERIFY(fusion->isChecked());
    QVERIFY(!cards.findChild<DeterminationCard*>(u"card_decompression"_s)->isChecked());
}

void TestDeterminationCards::clickingTheSelectedCardKeepsIt()
{
    DeterminationCards cards;
    cards.setResult(m_reference);
    cards.show();
    QVERIFY(QTest::qWaitForWindowExposed(&cards));
    auto* decompression = cards.findChild<DeterminationCard*>(u"card_decompression"_s);
    QSignalSpy spy(&cards, &DeterminationCards::componentSelected);
    QTest::mouseClick(decompression, Qt::LeftButton);
    QVERIFY(decompression->isChecked());
    QCOMPARE(spy.size(), 0);
}

void TestDeterminationCards::arrowKeysMoveTheSelection()
{
    DeterminationCards cards;
    cards.setResult(m_reference);
    cards.show();
    QVERIFY(QTest::qWaitForWindowExposed(&cards));
    auto* decompression = cards.findChild<DeterminationCard*>(u"card_decompression"_s);
    decompression->setFocus();
    QSignalSpy spy(&cards, &DeterminationCards::componentSelected);
    QTest::keyClick(decompression, Qt::Key_Down);
    QCOMPARE(cards.selectedComponent(), std::optional<Component>(Component::Fusion));
    auto* fusion = cards.findChild<DeterminationCard*>(u"card_fusion"_s);
    QTRY_VERIFY(fusion->hasFocus());
    QTest::keyClick(fusion, Qt::Key_End);
    QCOMPARE(cards.selectedComponent(), std::optional<Component>(Component::CementAugmentation));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QCOMPARE(cards.selectedComponent(), std::optional<Component>(Component::Allograft));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
    QCOMPARE(cards.selectedComponent(), std::optional<Component>(Component::Decompression));
    QCOMPARE(spy.size(), 4);
    // Up on the first card stays there.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QCOMPARE(cards.selectedComponent(), std::optional<Component>(Component::Decompression));
    // Tab reaches the next card too.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(fusion->hasFocus());
}

void TestDeterminationCards::reevaluationKeepsCardsAndSelection()
{
    DeterminationCards cards;
    cards.setResult(m_reference);
    cards.selectComponent(Component::Fusion);
    auto* fusion = cards.findChild<DeterminationCard*>(u"card_fusion"_s);
    QSignalSpy spy(&cards, &DeterminationCards::componentSelected);
    cards.setResult(m_founding);
    QCOMPARE(cards.card(Component::Fusion), fusion);
    QCOMPARE(cards.selectedComponent(), std::optional<Component>(Component::Fusion));
    QVERIFY(fusion->isChecked());
    QCOMPARE(spy.size(), 0);
}

void TestDeterminationCards::emptyResultShowsAHint()
{
    DeterminationCards cards;
    cards.setResult(m_reference);
    cards.setResult(EvaluationResult{});
    QTRY_COMPARE(cards.findChildren<DeterminationCard*>().size(), 0);
    QVERIFY(!cards.selectedComponent());
    auto* hint = cards.findChild<QLabel*>(u"determinationCardsEmpty"_s);
    QVERIFY(hint && hint->isVisibleTo(&cards));
    cards.setResult(m_reference);
    QVERIFY(!hint->isVisibleTo(&cards));
    QCOMPARE(cards.selectedComponent(), std::optional<Component>(Component::Decompression));
}

QTEST_MAIN(TestDeterminationCards)
#include "tst_determinationcards.moc"
