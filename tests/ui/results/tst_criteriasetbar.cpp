// SPDX-License-Identifier: GPL-3.0-or-later
// The criteria set in force, always named with its version, label and content hash.
#include "results/criteriasetbar.h"
#include "seedfixture.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace spinereview;
using spinereview::testing::SeedFixture;

class TestCriteriaSetBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void selectorListsEverySetWithItsVersion();
    void infoShowsNameVersionLabelAndHash();
    void pickingASetRequestsIt();
    void settingTheCurrentSetDoesNotRequestIt();
    void comparisonToggle();

private:
    SeedFixture m_fixture;
};

void TestCriteriaSetBar::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.load(&error), qPrintable(error));
}

void TestCriteriaSetBar::selectorListsEverySetWithItsVersion()
{
    CriteriaSetBar bar(m_fixture.catalog.sets());
    auto* selector = bar.findChild<QComboBox*>(u"criteriaSetSelector"_s);
    QVERIFY(selector);
    QVERIFY(!selector->accessibleName().isEmpty());
    QCOMPARE(selector->count(), 3);
    for (int i = 0; i < selector->count(); ++i) {
        const CriteriaSetInfo& info = m_fixture.catalog.sets().at(i)->info;
        QVERIFY(selector->itemText(i).contains(info.title));
        QVERIFY(selector->itemText(i).contains(info.version));
        QCOMPARE(selector->itemData(i).toString(), info.id);
    }
}

void TestCriteriaSetBar::infoShowsNameVersionLabelAndHash()
{
    CriteriaSetBar bar(m_fixture.catalog.sets());
    const CriteriaSetPtr founding = m_fixture.catalog.find(u"founding-review"_s);
    bar.setCurrentSet(founding);
    auto* info = bar.findChild<QLabel*>(u"criteriaSetInfo"_s);
    QVERIFY(info);
    QVERIFY(!info->accessibleName().isEmpty());
    const QString text = info->text();
    QVERIFY(text.contains(founding->info.title));
    QVERIFY(text.contains(founding->info.version));
    QVERIFY(text.contains(founding->info.label));
    QCOMPARE(founding->info.sha256.size(), 64);
    QVERIFY(text.contains(founding->info.sha256.left(12)));
    QVERIFY(!text.contains(founding->info.sha256.left(13)));
    QVERIFY(info->toolTip().contains(founding->info.sha256)); // the full hash on hover
    QCOMPARE(bar.findChild<QComboBox*>(u"criteriaSetSelector"_s)->currentData().toString(), u"founding-review"_s);
}

void TestCriteriaSetBar::pickingASetRequestsIt()
{
    CriteriaSetBar bar(m_fixture.catalog.sets());
    bar.setCurrentSet(m_fixture.catalog.find(u"reference"_s));
    auto* selector = bar.findChild<QComboBox*>(u"criteriaSetSelector"_s);
    QSignalSpy spy(&bar, &CriteriaSetBar::setRequested);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    selector->setFocus();
    const int payer = selector->findData(u"payer-cmm609"_s);
    const int reference = selector->findData(u"reference"_s);
    QTest::keyClick(selector, payer > reference ? Qt::Key_Down : Qt::Key_Up);
    QVERIFY(spy.size() >= 1);
    emit selector->activated(payer);
    QCOMPARE(spy.last().at(0).toString(), u"payer-cmm609"_s);
    // Picking the current set again asks for nothing.
    spy.clear();
    emit selector->activated(reference);
    QCOMPARE(spy.size(), 0);
}

void TestCriteriaSetBar::settingTheCurrentSetDoesNotRequestIt()
{
    CriteriaSetBar bar(m_fixture.catalog.sets());
    QSignalSpy spy(&bar, &CriteriaSetBar::setRequested);
    bar.setCurrentSet(m_fixture.catalog.find(u"payer-cmm609"_s));
    QCOMPARE(bar.currentSetId(), u"payer-cmm609"_s);
    QCOMPARE(spy.size(), 0);
}

void TestCriteriaSetBar::comparisonToggle()
{
    CriteriaSetBar bar(m_fixture.catalog.sets());
    auto* compare = bar.findChild<QToolButton*>(u"compareSets"_s);
    QVERIFY(compare && compare->isCheckable());
    QSignalSpy spy(&bar, &CriteriaSetBar::comparisonToggled);
    compare->click();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), true);
    bar.setComparisonChecked(false);
    QVERIFY(!compare->isChecked());
    QCOMPARE(spy.size(), 1);
}

QTEST_MAIN(TestCriteriaSetBar)
#include "tst_criteriasetbar.moc"
