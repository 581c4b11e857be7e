// SPDX-License-Identifier: GPL-3.0-or-later
// Cautions go with the selected component whatever its status, each marked with ⚠ and a word.
#include "results/cautionspanel.h"
#include "seedfixture.h"

#include <QLabel>
#include <QListWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;
using spinereview::testing::SeedFixture;

class TestCautionsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheSelectedComponentsCautions();
    void componentWithoutCautions();
    void emptyResult();

private:
    SeedFixture m_fixture;
    EvaluationResult m_reference;
};

void TestCautionsPanel::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.load(&error), qPrintable(error));
    m_reference = m_fixture.evaluate(u"reference"_s);
}

void TestCautionsPanel::showsTheSelectedComponentsCautions()
{
    CautionsPanel panel;
    QCOMPARE(panel.objectName(), u"cautionsPanel"_s);
    panel.setComponent(m_reference, Component::Decompression);
    auto* list = panel.findChild<QListWidget*>(u"cautionsList"_s);
    QVERIFY(list);
    const QStringList cautions = m_reference.component(Component::Decompression)->cautions;
    QCOMPARE(list->count(), static_cast<int>(cautions.size()));
    QVERIFY(list->item(0)->text().contains(u"L1-L2, L2-L3"_s));
    QVERIFY(!list->item(0)->icon().isNull());
    QVERIFY(list->item(0)->data(Qt::AccessibleTextRole).toString().startsWith(u"Caution: "_s));
    QVERIFY(panel.findChild<QLabel*>(u"cautionsHeading"_s)->text().contains(u"Decompression"_s));

    panel.setComponent(m_reference, Component::Fusion);
    const QStringList fusion = panel.cautions();
    QCOMPARE(fusion, m_reference.component(Component::Fusion)->cautions);
    QVERIFY(std::any_of(fusion.cbegin(), fusion.cend(),
                        [](const QString& c) { return c.contains(u"not by themselves indications"_s); }));
    QCOMPARE(list->count(), static_cast<int>(fusion.size()));
}

void TestCautionsPanel::componentWithoutCautions()
{
    CautionsPanel panel;
    for (const ComponentOutcome& outcome : m_reference.components) {
        if (!outcome.cautions.isEmpty())
            continue;
        panel.setComponent(m_reference, outcome.component);
        auto* list = panel.findChild<QListWidget*>(u"cautionsList"_s);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), u"No cautions."_s);
        return;
    }
    QSKIP("every component of the seed case carries a caution");
}

void TestCautionsPanel::emptyResult()
{
    CautionsPanel panel;
    panel.setComponent(EvaluationResult{}, Component::Fusion);
    QVERIFY(panel.cautions().isEmpty());
    panel.setComponent(m_reference, Component::Bmp);
    QVERIFY(panel.cautions().first().contains(u"radiculitis"_s));
    panel.clear();
    QVERIFY(panel.cautions().isEmpty());
}

QTEST_MAIN(TestCautionsPanel)
#include "tst_cautionspanel.moc"
