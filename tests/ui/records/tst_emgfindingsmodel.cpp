// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/cellroles.h"
#include "models/emgfindingsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;

// The roots × sides grid of one EMG study: equal acuities on both sides are one "bilateral" finding.
class TestEmgFindingsModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<EmgFindingsModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void shape()
    {
        QCOMPARE(m_model->rowCount(), 7);
        QCOMPARE(m_model->columnCount(), 2);
        QCOMPARE(m_model->headerData(5, Qt::Vertical).toString(), u"S1"_s);
        QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), u"Right"_s);
        QCOMPARE(m_model->index(0, 0).data().toString(), u"—"_s);
        QVERIFY(m_model->findings().isEmpty());
    }

    void equalSidesAreBilateral()
    {
        QSignalSpy edited(m_model.get(), &EmgFindingsModel::findingEdited);
        QVERIFY(m_model->setData(m_model->indexOf(Root::L5, Side::Left), u"chronic"_s));
        QVERIFY(m_model->setData(m_model->indexOf(Root::L5, Side::Right), u"chronic"_s));
        QCOMPARE(edited.size(), 2);
        QList<EmgFinding> findings = m_model->findings();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].root, Root::L5);
        QCOMPARE(findings[0].side, Side::Bilateral);
        QCOMPARE(findings[0].acuity, Acuity::Chronic);

        QVERIFY(m_model->setData(m_model->indexOf(Root::L5, Side::Right), u"acute"_s));
        findings = m_model->findings();
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].side, Side::Left);
        QCOMPARE(findings[0].acuity, Acuity::Chronic);
        QCOMPARE(findings[1].side, Side::Right);
        QCOMPARE(findings[1].acuity, Acuity::Acute);

        QVERIFY(m_model->setData(m_model->indexOf(Root::L5, Side::Right), QVariant()));
        QVERIFY(m_model->setData(m_model->indexOf(Root::L5, Side::Left), QVariant()));
        QVERIFY(m_model->findings().isEmpty());
    }

    void bilateralReadsIntoBothCells()
    {
        EmgFinding s1{Root::S1, Side::Bilateral, Acuity::AcuteOnChronic, {}};
        EmgFinding loose{std::nullopt, Side::Left, Acuity::Acute, {}};
        m_model->setFindings({s1, loose});
        QCOMPARE(m_model->indexOf(Root::S1, Side::Left).data().toString(), u"Acute on chronic"_s);
        QCOMPARE(m_model->indexOf(Root::S1, Side::Right).data().toString(), u"Acute on chronic"_s);
        // A finding without a root is kept as read, after the placed ones.
        const QList<EmgFinding> written = m_model->findings();
        QCOMPARE(written.size(), 2);
        QCOMPARE(written[0].side, Side::Bilateral);
        QVERIFY(!written[1].root.has_value());
        m_model->setFindings({});
        QVERIFY(m_model->findings().isEmpty());
    }

    void findingWithoutAcuity()
    {
        const QModelIndex cell = m_model->indexOf(Root::L4, Side::Left);
        QVERIFY(m_model->setData(cell, EmgFindingsModel::unspecifiedAcuity()));
        QCOMPARE(m_model->findings().size(), 1);
        QVERIFY(!m_model->findings()[0].acuity.has_value());
        QVERIFY(!m_model->setData(cell, u"subacute"_s));
        const QStringList labels = cell.data(ChoiceLabelsRole).toStringList();
        QCOMPARE(labels.first(), u"—"_s);
        QCOMPARE(labels.size(), 5);
    }

    void issuesMarkTheFindingsCells()
    {
        m_model->setFindings({EmgFinding{Root::L3, Side::Bilateral, Acuity::Acute, {}}});
        m_model->setIssues({{u"f"_s, u"emg[0].findings[0].acuity"_s, u"odd"_s}}, u"emg[0].findings"_s);
        QVERIFY(m_model->indexOf(Root::L3, Side::Left).data().toString().startsWith(u"⚠"_s));
        QVERIFY(m_model->indexOf(Root::L3, Side::Right).data(Qt::ToolTipRole).toString().contains(u"odd"_s));
    }

private:
    std::unique_ptr<EmgFindingsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestEmgFindingsModel)
#include "tst_emgfindingsmodel.moc"
