// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellkeys.h"
#include "core/case/casewriter.h"
#include "document/casedocument.h"
#include "models/prioroperationsmodel.h"
#include "sections/historysection.h"

#include <QComboBox>
#include <QJsonArray>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;
using Column = PriorOperationsModel::Column;

// The surgical-history screen: the three states (absent, [] and a list) and the operations table with its
// multi-level editor.
class TestHistorySection : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_document = std::make_unique<CaseDocument>();
        m_section = std::make_unique<HistorySection>(*m_document);
        m_section->resize(1000, 600);
        m_section->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_section.get()));
        m_section->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_section.get()));
        m_state = m_section->findChild<QComboBox*>(u"surgicalHistory_state"_s);
        m_table = m_section->findChild<QTableView*>(u"surgicalHistory"_s);
        QVERIFY(m_state && m_table);
    }
    void cleanup()
    {
        m_section.reset();
        m_document.reset();
    }

    void namesAndAccessibleNames()
    {
        QCOMPARE(m_section->title(), u"Surgical history"_s);
        for (const QString& name :
             {u"surgicalHistory"_s, u"surgicalHistory_state"_s, u"addOperation"_s, u"removeOperation"_s}) {
            auto* widget = m_section->findChild<QWidget*>(name);
            QVERIFY2(widget, qPrintable(name));
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
        }
    }

    void threeStates()
    {
        QCOMPARE(m_state->currentIndex(), 0);
        QVERIFY(!json().contains(u"surgicalHistory"_s));
        QCOMPARE(m_section->completeness(), CaseSection::Completeness::Empty);

        m_state->setFocus();
        QTest::keyClick(m_state, Qt::Key_Down);
        QVERIFY(json().contains(u"surgicalHistory"_s));
        QCOMPARE(json().value(u"surgicalHistory"_s).toArray(), QJsonArray{}); // documented none
        QCOMPARE(m_section->completeness(), CaseSection::Completeness::Complete);

        QTest::keyClick(m_state, Qt::Key_Down);
        QCOMPARE(m_document->spineCase().surgicalHistory->size(), 1);
        QCOMPARE(m_state->currentIndex(), 2);
        QCOMPARE(m_section->completeness(), CaseSection::Completeness::Partial);
        // With an operation listed the other states would drop it, so the arrows cannot reach them.
        QTest::keyClick(m_state, Qt::Key_Up);
        QCOMPARE(m_state->currentIndex(), 2);
        QCOMPARE(m_document->spineCase().surgicalHistory->size(), 1);

        m_table->setCurrentIndex(cell(0, Column::Procedure));
        QTest::mouseClick(m_section->findChild<QPushButton*>(u"removeOperation"_s), Qt::LeftButton);
        QCOMPARE(json().value(u"surgicalHistory"_s).toArray(), QJsonArray{});
        QCOMPARE(m_state->currentIndex(), 1);
        m_state->setFocus();
        QTest::keyClick(m_state, Qt::Key_Up);
        QVERIFY(!json().contains(u"surgicalHistory"_s));
    }

    void operationThroughTheDelegates()
    {
        QTest::mouseClick(m_section->findChild<QPushButton*>(u"addOperation"_s), Qt::LeftButton);
        QCOMPARE(m_state->currentIndex(), 2);
        QVERIFY(cellkeys::choose(m_table, cell(0, Column::Procedure), u"Laminectomy"_s));
        QVERIFY(cellkeys::tick(m_table, cell(0, Column::Levels), {3, 4}));
        QVERIFY(cellkeys::type(m_table, cell(0, Column::Date), u"2019-05-02"_s));
        QVERIFY(cellkeys::choose(m_table, cell(0, Column::Instrumented), u"No"_s));
        QVERIFY(cellkeys::type(m_table, cell(0, Column::FacetLeftPercent), u"50"_s));
        const QJsonObject expected{{u"procedure"_s, u"laminectomy"_s},
                                   {u"levels"_s, QJsonArray{u"L4-L5"_s, u"L5-S1"_s}},
                                   {u"date"_s, u"2019-05-02"_s},
                                   {u"instrumented"_s, false},
                                   {u"facetResection"_s, QJsonObject{{u"leftPercent"_s, 50}}}};
        QCOMPARE(json().value(u"surgicalHistory"_s).toArray().at(0).toObject(), expected);
        QCOMPARE(m_section->completeness(), CaseSection::Completeness::Complete);
        // Out of range is refused by the editor: the cell keeps its value.
        QVERIFY(!cellkeys::type(m_table, cell(0, Column::FacetRightPercent), u"150"_s));
        QWidget* editor = m_table->indexWidget(cell(0, Column::FacetRightPercent));
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(!m_document->spineCase().surgicalHistory->at(0).facetResection->rightPercent.has_value());
    }

    void focusPath()
    {
        SpineCase c = m_document->spineCase();
        PriorOperation op;
        op.procedure = PriorProcedure::Fusion;
        op.levels = {Level::L5S1};
        c.surgicalHistory = QList<PriorOperation>{op, op};
        m_document->replace(c, {});
        QCOMPARE(m_table->model()->rowCount(), 2);
        QVERIFY(m_section->focusPath(u"surgicalHistory[0].facetResection"_s));
        QCOMPARE(m_table->currentIndex(), cell(0, Column::FacetLeftPercent));
        QTRY_VERIFY(m_table->hasFocus());
        QVERIFY(m_section->focusPath(u"surgicalHistory[1].solidFusion"_s));
        QCOMPARE(m_table->currentIndex(), cell(1, Column::SolidFusion));
        QVERIFY(m_section->focusPath(u"surgicalHistory"_s));
        QVERIFY(!m_section->focusPath(u"surgicalHistory[2]"_s));
        QVERIFY(!m_section->focusPath(u"conservativeTherapy[0]"_s));
    }

private:
    QModelIndex cell(int row, Column column) const { return m_table->model()->index(row, static_cast<int>(column)); }
    QJsonObject json() const { return CaseWriter::toJson(m_document->spineCase()); }

    std::unique_ptr<CaseDocument> m_document;
    std::unique_ptr<HistorySection> m_section;
    QComboBox* m_state = nullptr;
    QTableView* m_table = nullptr;
};

QTEST_MAIN(TestHistorySection)
#include "tst_historysection.moc"
