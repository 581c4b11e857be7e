// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence behind a criterion, in full: citations, grade, badge, confidence, finding, disagreements —
// and founding-review claims that could not be traced shown as claims, never as findings.
#include "results/evidencehtml.h"
#include "results/evidencepanel.h"
#include "seedfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;
using spinereview::testing::SeedFixture;

class TestEvidencePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hintWithoutACriterion();
    void policyCitationInFull();
    void conflictsInvolvingACitedEntry();
    void criterionNoteIsShown();
    void untracedClaimIsNeverAFinding();
    void secondaryEntriesAskToVerify();
    void everyStringIsEscaped();
    void unknownEvidenceIdIsNamed();

private:
    SeedFixture m_fixture;
};

void TestEvidencePanel::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.load(&error), qPrintable(error));
}

void TestEvidencePanel::hintWithoutACriterion()
{
    EvidencePanel panel(m_fixture.catalog.evidence());
    QCOMPARE(panel.objectName(), u"evidencePanel"_s);
    QVERIFY(!panel.accessibleName().isEmpty());
    QVERIFY(panel.toPlainText().contains(u"Select a criterion"_s));
    QVERIFY(panel.criterionId().isEmpty());
}

void TestEvidencePanel::policyCitationInFull()
{
    const CriterionNode* node = SeedFixture::nodeCiting(*m_fixture.catalog.find(u"reference"_s), u"evicore-cmm-609"_s);
    QVERIFY(node);
    EvidencePanel panel(m_fixture.catalog.evidence());
    panel.showCriterion(node, Level::L5S1);
    QCOMPARE(panel.criterionId(), node->id);
    const QString text = panel.toPlainText();
    const EvidenceEntry* entry = m_fixture.catalog.evidence()->find(u"evicore-cmm-609"_s);
    QVERIFY(text.contains(u"CMM-609"_s));
    QVERIFY(text.contains(u"Policy CMM-609"_s)); // the identifier, as text
    QVERIFY(text.contains(entry->title));
    QVERIFY(text.contains(entry->source));
    QVERIFY(text.contains(u"2025"_s));
    QVERIFY(text.contains(u"Policy"_s)); // the badge word
    QVERIFY(text.contains(u"not an evidence grade"_s));
    QVERIFY(text.contains(u"[C]"_s));
    QVERIFY(text.contains(u"Key finding:"_s));
    QVERIFY(text.contains(entry->keyFinding.left(60)));
    QVERIFY(text.contains(u"Uncertainties:"_s));
    QVERIFY(!text.contains(u"{level}"_s));
}

void TestEvidencePanel::conflictsInvolvingACitedEntry()
{
    const CriterionNode* node = SeedFixture::nodeCiting(*m_fixture.catalog.find(u"reference"_s), u"evicore-cmm-609"_s);
    EvidencePanel panel(m_fixture.catalog.evidence());
    panel.showCriterion(node);
    const QString text = panel.toPlainText();
    bool any = false;
    for (const EvidenceConflict& conflict : m_fixture.catalog.evidence()->conflicts()) {
        bool involved = false;
        for (const auto& position : conflict.positions) {
            for (const QString& id : position.second)
                involved |= node->evidence.contains(id);
        }
        QCOMPARE(text.contains(u"Where sources disagree: "_s + conflict.topic), involved);
        if (involved) {
            any = true;
            for (const auto& position : conflict.positions)
                QVERIFY(text.contains(position.first.left(40)));
        }
    }
    QVERIFY(any);
}

void TestEvidencePanel::criterionNoteIsShown()
{
    const CriteriaSet& reference = *m_fixture.catalog.find(u"reference"_s);
    const auto found = std::find_if(reference.nodes.cbegin(), reference.nodes.cend(),
                                    [](const CriterionNode& node) { return !node.note.isEmpty(); });
    QVERIFY(found != reference.nodes.cend());
    EvidencePanel panel(m_fixture.catalog.evidence());
    panel.showCriterion(&*found);
    QVERIFY(panel.toPlainText().contains(u"About this criterion:"_s));
    QVERIFY(panel.toPlainText().contains(found->note));
}

void TestEvidencePanel::untracedClaimIsNeverAFinding()
{
    const CriterionNode* node =
        SeedFixture::nodeCiting(*m_fixture.catalog.find(u"founding-review"_s), u"founding-claim-iatrogenic-38pct"_s);
    QVERIFY(node);
    const EvidenceEntry* claim = m_fixture.catalog.evidence()->find(u"founding-claim-iatrogenic-38pct"_s);
    QVERIFY(claim && !claim->traced);
    // Shown alone, so every "Key finding" would have to come from it.
    const QString html = EvidenceHtml::entry(*claim, *m_fixture.catalog.evidence());
    EvidencePanel panel(m_fixture.catalog.evidence());
    panel.setHtml(html);
    const QString alone = panel.toPlainText();
    QVERIFY(alone.contains(u"Could not be verified"_s));
    QVERIFY(alone.contains(claim->claim));
    QVERIFY(alone.contains(claim->audit));
    QVERIFY(!alone.contains(u"Key finding"_s));
    QVERIFY(!alone.contains(claim->title)); // the title restates the claim as if it were established

    panel.showCriterion(node, Level::L5S1);
    const QString text = panel.toPlainText();
    QVERIFY(text.contains(u"Could not be verified"_s));
    QVERIFY(text.contains(claim->audit));
}

void TestEvidencePanel::secondaryEntriesAskToVerify()
{
    const EvidenceLibrary& library = *m_fixture.catalog.evidence();
    for (const EvidenceEntry& entry : library.entries()) {
        if (!entry.traced)
            continue;
        const QString html = EvidenceHtml::entry(entry, library);
        if (entry.confidence == u"S"_s)
            QVERIFY(html.contains(u"verify against current source"_s));
        if (entry.confidence == u"M"_s)
            QVERIFY(html.contains(u"[M] Unverified"_s));
        if (entry.confidence == u"C"_s)
            QVERIFY(html.contains(u"[C] Confirmed"_s));
    }
    QCOMPARE(EvidenceHtml::badgeWord(u"strong"_s), u"Strong"_s);
    QCOMPARE(EvidenceHtml::badgeWord(u"insufficient"_s), u"Insufficient"_s);
    QCOMPARE(EvidenceHtml::badgeWord(u"consensus"_s), u"Consensus"_s);
    QCOMPARE(EvidenceHtml::badgeWord(u"none"_s), u"Not graded"_s);
}

void TestEvidencePanel::everyStringIsEscaped()
{
    CriterionNode node;
    node.id = u"x"_s;
    node.text = u"<b>bold</b> & {level}"_s;
    node.note = u"<script>alert(1)</script>"_s;
    node.evidence = {u"<img src=x>"_s};
    const QString html = EvidenceHtml::criterion(node, Level::L4L5, *m_fixture.catalog.evidence());
    QVERIFY(!html.contains(u"<b>bold</b>"_s));
    QVERIFY(!html.contains(u"<script>"_s));
    QVERIFY(!html.contains(u"<img"_s));
    EvidencePanel panel(m_fixture.catalog.evidence());
    panel.showCriterion(&node, Level::L4L5);
    QVERIFY(panel.toPlainText().contains(u"<b>bold</b> & L4-L5"_s));
    QVERIFY(panel.toPlainText().contains(u"<script>alert(1)</script>"_s));
}

void TestEvidencePanel::unknownEvidenceIdIsNamed()
{
    CriterionNode node;
    node.text = u"Made up"_s;
    node.evidence = {u"no-such-entry"_s};
    EvidencePanel panel(m_fixture.catalog.evidence());
    panel.showCriterion(&node);
    QVERIFY(panel.toPlainText().contains(u"no-such-entry is not in the evidence library"_s));
    EvidencePanel without(nullptr);
    without.showCriterion(&node);
    QVERIFY(without.toPlainText().contains(u"did not load"_s));
}

QTEST_MAIN(TestEvidencePanel)
#include "tst_evidencepanel.moc"
