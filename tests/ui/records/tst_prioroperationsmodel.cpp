// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/cellroles.h"
#include "models/prioroperationsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;
using Column = PriorOperationsModel::Column;

// The prior-operations table: levels as a list, facet resection per side, rows inserted and removed.
class TestPriorOperationsModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<PriorOperationsModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void insertEditRemove()
    {
        QSignalSpy edited(m_model.get(), &PriorOperationsModel::operationsEdited);
        QVERIFY(m_model->insertRows(0, 1));
        QCOMPARE(m_model->operations()[0].procedure, PriorProcedure::Other);
        QVERIFY(m_model->operations()[0].levels.isEmpty());

        QVERIFY(m_model->setData(cell(0, Column::Procedure), u"laminectomy"_s));
        QVERIFY(m_model->setData(cell(0, Column::Levels), QStringList{u"L5-S1"_s, u"L4-L5"_s, u"L4-L5"_s}));
        QCOMPARE(m_model->operations()[0].levels, (QList<Level>{Level::L4L5, Level::L5S1}));
        QCOMPARE(cell(0, Column::Levels).data().toString(), u"L4-L5, L5-S1"_s);
        QVERIFY(!m_model->setData(cell(0, Column::Levels), QStringList{u"T12-L1"_s}));
        QVERIFY(m_model->setData(cell(0, Column::Date), QDate(2019, 5, 2)));
        QVERIFY(m_model->setData(cell(0, Column::SolidFusion), false));
        QCOMPARE(m_model->operations()[0].solidFusion, false);

        QVERIFY(m_model->setData(cell(0, Column::FacetLeftPercent), 50.0));
        QCOMPARE(edited.last().first().toString(), u"[0].facetResection.leftPercent"_s);
        QVERIFY(m_model->operations()[0].facetResection.has_value());
        QCOMPARE(m_model->operations()[0].facetResection->leftPercent, 50.0);
        QVERIFY(!m_model->setData(cell(0, Column::FacetRightPercent), 120.0));
        QVERIFY(m_model->setData(cell(0, Column::FacetLeftPercent), QVariant()));
        QVERIFY(!m_model->operations()[0].facetResection.has_value());

        QVERIFY(m_model->insertRows(0, 1));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->operations()[1].procedure, PriorProcedure::Laminectomy);
        QVERIFY(m_model->removeRows(0, 2));
        QCOMPARE(m_model->rowCount(), 0);
    }

    void resetAndIssues()
    {
        PriorOperation fusion;
        fusion.procedure = PriorProcedure::Fusion;
        fusion.levels = {Level::L4L5};
        m_model->setOperations({fusion});
        QCOMPARE(cell(0, Column::Procedure).data().toString(), u"Fusion"_s);
        const QStringList lines =
            m_model->setIssues({{u"f"_s, u"surgicalHistory[0].facetResection.leftPercent"_s, u"expected 0 to 100"_s}},
                               u"surgicalHistory"_s);
        QCOMPARE(lines, QStringList{u"Operation 1: facetResection.leftPercent: expected 0 to 100"_s});
        QVERIFY(cell(0, Column::FacetLeftPercent).data().toString().startsWith(u"⚠"_s));
        m_model->setOperations({});
        QCOMPARE(m_model->rowCount(), 0);
    }

    void columnsOfPaths()
    {
        QCOMPARE(PriorOperationsModel::columnOf(u"facetResection"_s), Column::FacetLeftPercent);
        QCOMPARE(PriorOperationsModel::columnOf(u"facetResection.rightPercent"_s), Column::FacetRightPercent);
        QCOMPARE(PriorOperationsModel::columnOf(u"levels[1]"_s), Column::Levels);
        QCOMPARE(PriorOperationsModel::columnOf(u"date"_s), Column::Date);
    }

private:
    QModelIndex cell(int row, Column column) const { return m_model->index(row, static_cast<int>(column)); }

    std::unique_ptr<PriorOperationsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestPriorOperationsModel)
#include "tst_prioroperationsmodel.moc"
