// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellkeys.h"
#include "core/case/casewriter.h"
#include "document/casedocument.h"
#include "editors/tristatebox.h"
#include "sections/emgsection.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;

// The electrodiagnostics screen: studies, the documented-findings toggle (absent vs a normal study) and the
// roots × sides grid, whose equal sides are written as "bilateral".
class TestEmgSection : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_document = std::make_unique<CaseDocument>();
        SpineCase c = CaseDocument::emptyCase();
        c.reviewDate = QDate(2025, 11, 17);
        m_document->replace(c, {});
        m_section = std::make_unique<EmgSection>(*m_document);
        m_section->resize(800, 700);
        m_section->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_section.get()));
        m_section->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_section.get()));
        m_grid = m_section->findChild<QTableView*>(u"emg_findings"_s);
        m_documented = m_section->findChild<QCheckBox*>(u"emg_findingsDocumented"_s);
        QVERIFY(m_grid);
        QVERIFY(m_documented);
    }
    void cleanup()
    {
        m_section.reset();
        m_document.reset();
    }

    void namesAndAccessibleNames()
    {
        QCOMPARE(m_section->title(), u"Electrodiagnostics"_s);
        for (const QString& name : {u"emg"_s, u"addEmgStudy"_s, u"removeEmgStudy"_s, u"emg_date"_s,
                                    u"emg_peripheralNeuropathy"_s, u"emg_findingsDocumented"_s, u"emg_findings"_s}) {
            auto* widget = m_section->findChild<QWidget*>(name);
            QVERIFY2(widget, qPrintable(name));
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
        }
    }

    void findingsToggleKeepsAbsentApartFromNormal()
    {
        addStudy();
        QCOMPARE(m_document->spineCase().emg->at(0).date, QDate(2025, 11, 17));
        QVERIFY(!m_document->spineCase().emg->at(0).findings.has_value());
        QVERIFY(!m_documented->isChecked());
        QCOMPARE(m_section->completeness(), CaseSection::Completeness::Partial);

        m_documented->setFocus();
        QTest::keyClick(m_documented, Qt::Key_Space);
        QVERIFY(m_document->spineCase().emg->at(0).findings.has_value());
        QVERIFY(m_document->spineCase().emg->at(0).findings->isEmpty()); // a normal study
        QVERIFY(studyJson().value(u"findings"_s).toArray().isEmpty());
        QVERIFY(studyJson().contains(u"findings"_s));
        QVERIFY(m_section->findChild<QLabel*>(u"emg_findingsNote"_s)->text().contains(u"normal study"_s));
        QCOMPARE(m_section->completeness(), CaseSection::Completeness::Complete);

        QTest::keyClick(m_documented, Qt::Key_Space);
        QVERIFY(!studyJson().contains(u"findings"_s));
    }

    void bothSidesAreWrittenBilateral()
    {
        addStudy();
        QVERIFY(cellkeys::choose(m_grid, cell(Root::L5, 0), u"Chronic"_s));
        QVERIFY(cellkeys::choose(m_grid, cell(Root::L5, 1), u"Chronic"_s));
        QCOMPARE(
            studyJson().value(u"findings"_s).toArray(),
            (QJsonArray{QJsonObject{{u"root"_s, u"L5"_s}, {u"side"_s, u"bilateral"_s}, {u"acuity"_s, u"chronic"_s}}}));
        QVERIFY(m_documented->isChecked());
        QVERIFY(!m_documented->isEnabled()); // findings listed: documented by definition

        QVERIFY(cellkeys::choose(m_grid, cell(Root::L5, 1), u"Acute"_s));
        QCOMPARE(studyJson().value(u"findings"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"root"_s, u"L5"_s}, {u"side"_s, u"left"_s}, {u"acuity"_s, u"chronic"_s}},
                             QJsonObject{{u"root"_s, u"L5"_s}, {u"side"_s, u"right"_s}, {u"acuity"_s, u"acute"_s}}}));

        // Clearing every cell leaves a documented normal study, not an undocumented one.
        QVERIFY(cellkeys::choose(m_grid, cell(Root::L5, 0), u"—"_s));
        QVERIFY(cellkeys::choose(m_grid, cell(Root::L5, 1), u"—"_s));
        QVERIFY(studyJson().contains(u"findings"_s));
        QVERIFY(studyJson().value(u"findings"_s).toArray().isEmpty());
        QVERIFY(m_documented->isEnabled());
    }

    void bilateralIsReadIntoBothCells()
    {
        SpineCase c = m_document->spineCase();
        EmgStudy study;
        study.date = QDate(2025, 9, 1);
        study.findings = QList<EmgFinding>{EmgFinding{Root::S1, Side::Bilateral, Acuity::Acute, {}}};
        study.peripheralNeuropathy = false;
        c.emg = QList<EmgStudy>{study};
        m_document->replace(c, {});
        QCOMPARE(cell(Root::S1, 0).data().toString(), u"Acute"_s);
        QCOMPARE(cell(Root::S1, 1).data().toString(), u"Acute"_s);
        QCOMPARE(cell(Root::L5, 0).data().toString(), u"—"_s);
        QCOMPARE(m_section->findChild<TriStateBox*>(u"emg_peripheralNeuropathy"_s)->currentText(), u"No"_s);

        // An unrelated edit keeps the bilateral finding as it was.
        auto* neuropathy = m_section->findChild<TriStateBox*>(u"emg_peripheralNeuropathy"_s);
        neuropathy->setFocus();
        QTest::keyClick(neuropathy, Qt::Key_Home);
        QVERIFY(!m_document->spineCase().emg->at(0).peripheralNeuropathy.has_value());
        QCOMPARE(studyJson().value(u"findings"_s).toArray().size(), 1);
    }

    void focusPathSelectsTheGrid()
    {
        addStudy();
        addStudy();
        QVERIFY(m_section->focusPath(u"emg[0].findings"_s));
        QCOMPARE(m_section->findChild<QListWidget*>(u"emg"_s)->currentRow(), 0);
        QTRY_VERIFY(m_documented->hasFocus()); // not documented yet: the toggle settles it

        QVERIFY(cellkeys::choose(m_grid, cell(Root::L4, 1), u"Acute on chronic"_s));
        QVERIFY(m_section->focusPath(u"emg[0].findings[0].acuity"_s));
        QCOMPARE(m_grid->currentIndex(), cell(Root::L4, 1));
        QTRY_VERIFY(m_grid->hasFocus());
        QVERIFY(m_section->focusPath(u"emg[1].date"_s));
        QCOMPARE(m_section->findChild<QListWidget*>(u"emg"_s)->currentRow(), 1);
        QVERIFY(!m_section->focusPath(u"emg[3].findings"_s));
        QVERIFY(!m_section->focusPath(u"imaging[0]"_s));
    }

    void removeStudy()
    {
        addStudy();
        auto* remove = m_section->findChild<QPushButton*>(u"removeEmgStudy"_s);
        remove->setFocus();
        QTest::keyClick(remove, Qt::Key_Space);
        QVERIFY(!m_document->spineCase().emg.has_value());
        QCOMPARE(m_section->completeness(), CaseSection::Completeness::Empty);
    }

private:
    void addStudy() { QTest::mouseClick(m_section->findChild<QPushButton*>(u"addEmgStudy"_s), Qt::LeftButton); }
    QModelIndex cell(Root root, int side) const { return m_grid->model()->index(static_cast<int>(root), side); }
    QJsonObject studyJson() const
    {
        return CaseWriter::toJson(m_document->spineCase()).value(u"emg"_s).toArray().at(0).toObject();
    }

    std::unique_ptr<CaseDocument> m_document;
    std::unique_ptr<EmgSection> m_section;
    QTableView* m_grid = nullptr;
    QCheckBox* m_documented = nullptr;
};

QTEST_MAIN(TestEmgSection)
#include "tst_emgsection.moc"
