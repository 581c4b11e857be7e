// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellkeys.h"
#include "document/casedocument.h"
#include "models/cellroles.h"
#include "models/therapyepisodesmodel.h"
#include "sections/therapysection.h"
#include "theme/palettecolours.h"

#include <QCheckBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;
using Column = TherapyEpisodesModel::Column;

// The conservative-therapy screen: the documented toggle, episodes added and typed into through the table's
// delegates, the core's "end before start" message beside the row, and the weeks the engine counts.
class TestTherapySection : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_document = std::make_unique<CaseDocument>();
        SpineCase c = CaseDocument::emptyCase();
        c.reviewDate = QDate(2025, 11, 17);
        m_document->replace(c, {});
        m_section = std::make_unique<TherapySection>(*m_document);
        m_section->resize(1000, 600);
        m_section->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_section.get()));
        m_section->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_section.get()));
        m_table = m_section->findChild<QTableView*>(u"conservativeTherapy"_s);
        m_documented = m_section->findChild<QCheckBox*>(u"conservativeTherapy_documented"_s);
        m_issues = m_section->findChild<QLabel*>(u"conservativeTherapy_issues"_s);
        QVERIFY(m_table && m_documented && m_issues);
    }
    void cleanup()
    {
        m_section.reset();
        m_document.reset();
    }

    void namesAndAccessibleNames()
    {
        QCOMPARE(m_section->title(), u"Conservative therapy"_s);
        for (const QString& name :
             {u"conservativeTherapy"_s, u"conservativeTherapy_documented"_s, u"addEpisode"_s, u"removeEpisode"_s}) {
            auto* widget = m_section->findChild<QWidget*>(name);
            QVERIFY2(widget, qPrintable(name));
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
        }
    }

    void documentedToggle()
    {
        QVERIFY(!m_documented->isChecked());
        QCOMPARE(m_section->completeness(), CaseSection::Completeness::Empty);
        m_documented->setFocus();
        QTest::keyClick(m_documented, Qt::Key_Space);
        QVERIFY(m_document->spineCase().conservativeTherapy.has_value());
        QVERIFY(m_document->spineCase().conservativeTherapy->isEmpty());
        QCOMPARE(m_section->completeness(), CaseSection::Completeness::Partial);
        QTest::keyClick(m_documented, Qt::Key_Space);
        QVERIFY(!m_document->spineCase().conservativeTherapy.has_value());
    }

    void episodeDatesAndEndBeforeStart()
    {
        addEpisode();
        QCOMPARE(m_document->spineCase().conservativeTherapy->size(), 1);
        QVERIFY(m_documented->isChecked());
        QVERIFY(!m_documented->isEnabled());
        QVERIFY(cellkeys::choose(m_table, cell(0, Column::Type), u"Physical therapy"_s));
        QVERIFY(cellkeys::type(m_table, cell(0, Column::Start), u"2025-03-01"_s));
        QVERIFY(cellkeys::type(m_table, cell(0, Column::End), u"2025-01-01"_s));
        const TherapyEpisode& e = m_document->spineCase().conservativeTherapy->at(0);
        QCOMPARE(e.type, TherapyType::PhysicalTherapy);
        QCOMPARE(e.start, QDate(2025, 3, 1));
        QCOMPARE(e.end, QDate(2025, 1, 1));

        QVERIFY(m_issues->isVisible());
        QCOMPARE(m_issues->text(), u"⚠ Episode 1: end 2025-01-01 is before start 2025-03-01"_s);
        QCOMPARE(m_issues->palette().color(QPalette::WindowText),
                 PaletteColours::issueText(QGuiApplication::palette()));
        QVERIFY(cell(0, Column::End).data().toString().startsWith(u"⚠"_s));
        QVERIFY(cell(0, Column::End).data(Qt::ToolTipRole).toString().contains(u"is before start"_s));

        QVERIFY(cellkeys::type(m_table, cell(0, Column::End), u"2025-06-01"_s));
        QVERIFY(!m_issues->isVisible());
        // 2025-03-01 to 2025-06-01 is 93 days: 13 whole weeks.
        QVERIFY(m_section->findChild<QLabel*>(u"conservativeTherapy_weeks"_s)->text().endsWith(u": 13"_s));
        QCOMPARE(m_section->completeness(), CaseSection::Completeness::Partial);
        QVERIFY(cellkeys::choose(m_table, cell(0, Column::Response), u"No improvement"_s));
        QCOMPARE(m_document->spineCase().conservativeTherapy->at(0).response, TherapyResponse::NoImprovement);
        QCOMPARE(m_section->completeness(), CaseSection::Completeness::Complete);

        // An end left empty is "ongoing", not a date.
        QVERIFY(cellkeys::type(m_table, cell(0, Column::End), QString()));
        QVERIFY(!m_document->spineCase().conservativeTherapy->at(0).end.has_value());
        QCOMPARE(cell(0, Column::End).data().toString(), u"ongoing"_s);
        QVERIFY(cellkeys::type(m_table, cell(0, Column::Sessions), u"12"_s));
        QCOMPARE(m_document->spineCase().conservativeTherapy->at(0).sessions, 12);
        QVERIFY(cellkeys::choose(m_table, cell(0, Column::Contraindicated), u"No"_s));
        QCOMPARE(m_document->spineCase().conservativeTherapy->at(0).contraindicated, false);
    }

    void issueNamesTheRow()
    {
        SpineCase c = m_document->spineCase();
        TherapyEpisode bad;
        bad.type = TherapyType::Nsaid;
        bad.start = QDate(2025, 3, 1);
        bad.end = QDate(2025, 1, 1);
        c.conservativeTherapy = QList<TherapyEpisode>{TherapyEpisode{}, TherapyEpisode{}, bad};
        m_document->replace(c, {});
        QCOMPARE(m_issues->text(), u"⚠ Episode 3: end 2025-01-01 is before start 2025-03-01"_s);
        QVERIFY(m_section->focusPath(u"conservativeTherapy[2].response"_s));
        QCOMPARE(m_table->currentIndex(), cell(2, Column::Response));
        QTRY_VERIFY(m_table->hasFocus());
        QVERIFY(!m_section->focusPath(u"conservativeTherapy[3].end"_s));

        // Removing the first row moves the problem to episode 2.
        m_table->setCurrentIndex(cell(0, Column::Type));
        auto* remove = m_section->findChild<QPushButton*>(u"removeEpisode"_s);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(m_document->spineCase().conservativeTherapy->size(), 2);
        QCOMPARE(m_issues->text(), u"⚠ Episode 2: end 2025-01-01 is before start 2025-03-01"_s);
    }

    void removeLastEpisodeLeavesDocumentedNone()
    {
        addEpisode();
        m_table->setCurrentIndex(cell(0, Column::Type));
        QTest::mouseClick(m_section->findChild<QPushButton*>(u"removeEpisode"_s), Qt::LeftButton);
        QVERIFY(m_document->spineCase().conservativeTherapy.has_value());
        QVERIFY(m_document->spineCase().conservativeTherapy->isEmpty());
        QVERIFY(m_documented->isEnabled());
    }

private:
    void addEpisode()
    {
        auto* add = m_section->findChild<QPushButton*>(u"addEpisode"_s);
        add->setFocus();
        QTest::keyClick(add, Qt::Key_Space);
    }
    QModelIndex cell(int row, Column column) const { return m_table->model()->index(row, static_cast<int>(column)); }

    std::unique_ptr<CaseDocument> m_document;
    std::unique_ptr<TherapySection> m_section;
    QTableView* m_table = nullptr;
    QCheckBox* m_documented = nullptr;
    QLabel* m_issues = nullptr;
};

QTEST_MAIN(TestTherapySection)
#include "tst_therapysection.moc"
