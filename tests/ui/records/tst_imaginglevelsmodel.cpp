// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/cellroles.h"
#include "models/imaginglevelsmodel.h"
#include "theme/palettecolours.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;
using Column = ImagingLevelsModel::Column;

// The per-level imaging grid: five levels by the format's findings; an entry exists exactly while something is
// documented at its level.
class TestImagingLevelsModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<ImagingLevelsModel>();
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
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->columnCount(), ImagingLevelsModel::kColumnCount);
        QCOMPARE(m_model->headerData(4, Qt::Vertical).toString(), u"○ L5-S1"_s);
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), u"Central"_s);
        QVERIFY(!m_model->levels().has_value());
    }

    void setAndClearCreatesAndRemovesTheEntry()
    {
        QSignalSpy edited(m_model.get(), &ImagingLevelsModel::levelEdited);
        const QModelIndex central = m_model->indexOf(Level::L5S1, Column::CentralStenosis);
        QVERIFY(m_model->setData(central, u"moderate"_s));
        QCOMPARE(edited.size(), 1);
        QVERIFY(m_model->levels().has_value());
        QCOMPARE(m_model->levels()->size(), 1);
        QCOMPARE(m_model->levels()->value(Level::L5S1).centralStenosis, StenosisGrade::Moderate);
        QCOMPARE(central.data().toString(), u"Moderate"_s);
        QCOMPARE(central.data(Qt::EditRole).toString(), u"moderate"_s);
        QCOMPARE(m_model->headerData(4, Qt::Vertical).toString(), u"● L5-S1"_s);
        QVERIFY(central.data(Qt::AccessibleTextRole).toString().contains(u"Moderate"_s));

        // Setting the same value again is no edit.
        QVERIFY(m_model->setData(central, u"moderate"_s));
        QCOMPARE(edited.size(), 1);

        QVERIFY(m_model->setData(central, QVariant()));
        QCOMPARE(edited.size(), 2);
        QVERIFY(!m_model->levels().has_value());
        QCOMPARE(m_model->headerData(4, Qt::Vertical).toString(), u"○ L5-S1"_s);
        QVERIFY(central.data().toString().isEmpty());
        QVERIFY(central.data(Qt::AccessibleTextRole).toString().contains(u"not documented"_s));
    }

    void sidedAndSlipSubObjects()
    {
        const QModelIndex recessLeft = m_model->indexOf(Level::L4L5, Column::LateralRecessLeft);
        const QModelIndex slipGrade = m_model->indexOf(Level::L4L5, Column::SlipGrade);
        QVERIFY(m_model->setData(recessLeft, u"severe"_s));
        QVERIFY(m_model->setData(slipGrade, 0)); // documented: no slip
        const LevelFindings f = m_model->levels()->value(Level::L4L5);
        QVERIFY(f.lateralRecessStenosis.has_value());
        QCOMPARE(f.lateralRecessStenosis->left, StenosisGrade::Severe);
        QVERIFY(!f.lateralRecessStenosis->right.has_value());
        QCOMPARE(f.spondylolisthesis->grade, 0);
        QCOMPARE(slipGrade.data().toString(), u"0 – no slip"_s);

        QVERIFY(m_model->setData(recessLeft, QVariant()));
        QVERIFY(!m_model->levels()->value(Level::L4L5).lateralRecessStenosis.has_value());
        QVERIFY(m_model->setData(slipGrade, QVariant()));
        QVERIFY(!m_model->levels().has_value());
    }

    void numbersBoolsAndRanges()
    {
        const QModelIndex motion = m_model->indexOf(Level::L4L5, Column::DynamicTranslationMm);
        QVERIFY(m_model->setData(motion, 4.5));
        QCOMPARE(m_model->levels()->value(Level::L4L5).dynamicTranslationMm, 4.5);
        QCOMPARE(motion.data().toString(), u"4.5"_s);
        QVERIFY(!m_model->setData(motion, -1.0));
        const QModelIndex modic = m_model->indexOf(Level::L4L5, Column::ModicChanges);
        QVERIFY(!m_model->setData(modic, 4));
        QVERIFY(m_model->setData(modic, 2));
        const QModelIndex pars = m_model->indexOf(Level::L4L5, Column::ParsDefect);
        QVERIFY(m_model->setData(pars, false));
        QCOMPARE(m_model->levels()->value(Level::L4L5).parsDefect, false); // documented no, not absent
        QCOMPARE(pars.data().toString(), u"No"_s);
        QVERIFY(!m_model->setData(m_model->indexOf(Level::L4L5, Column::SlipType), u"sideways"_s));
    }

    void choicesOfferNotDocumentedFirst()
    {
        const QModelIndex central = m_model->indexOf(Level::L1L2, Column::CentralStenosis);
        const QStringList labels = central.data(ChoiceLabelsRole).toStringList();
        const QVariantList values = central.data(ChoiceValuesRole).toList();
        QCOMPARE(labels.size(), 7);
        QCOMPARE(labels.first(), u"Not documented"_s);
        QVERIFY(!values.first().isValid());
        QCOMPARE(values.at(4).toString(), u"moderate"_s);
        QVERIFY(!m_model->indexOf(Level::L1L2, Column::DynamicAngulationDeg).data(ChoiceLabelsRole).isValid());
    }

    void reloadKeepsUnknownMembersAndDescribedLevels()
    {
        LevelFindings onlyExtra;
        onlyExtra.extra.insert(u"comment"_s, u"kept"_s);
        LevelFindings graded;
        graded.centralStenosis = StenosisGrade::Severe;
        m_model->setLevels(QMap<Level, LevelFindings>{{Level::L3L4, onlyExtra}, {Level::L4L5, graded}});
        QCOMPARE(m_model->headerData(2, Qt::Vertical).toString(), u"● L3-L4"_s);
        QCOMPARE(m_model->indexOf(Level::L4L5, Column::CentralStenosis).data().toString(), u"Severe"_s);
        // An entry with members the grid does not know still describes its level.
        QVERIFY(m_model->setData(m_model->indexOf(Level::L3L4, Column::SynovialCyst), true));
        QVERIFY(m_model->setData(m_model->indexOf(Level::L3L4, Column::SynovialCyst), QVariant()));
        QVERIFY(m_model->levels()->contains(Level::L3L4));
        m_model->setLevels(std::nullopt);
        QVERIFY(m_model->indexOf(Level::L4L5, Column::CentralStenosis).data().toString().isEmpty());
    }

    void pathsRoundTrip()
    {
        for (int c = 0; c < ImagingLevelsModel::kColumnCount; ++c) {
            const auto column = static_cast<Column>(c);
            QCOMPARE(ImagingLevelsModel::columnOf(ImagingLevelsModel::fieldPath(column)), column);
        }
        QCOMPARE(ImagingLevelsModel::columnOf(u"spondylolisthesis"_s), Column::SlipGrade);
        QCOMPARE(ImagingLevelsModel::columnOf(u"foraminalStenosis"_s), Column::ForaminalLeft);
        QVERIFY(!ImagingLevelsModel::columnOf(u"nothing"_s).has_value());
    }

    void issuesMarkTheirCell()
    {
        const ValidationIssues issues{
            {u"f"_s, u"imaging[0].levels.L4-L5.modicChanges"_s, u"expected 0 to 3"_s},
            {u"f"_s, u"imaging[1].levels.L4-L5.centralStenosis"_s, u"another study"_s},
        };
        m_model->setIssues(issues, u"imaging[0].levels"_s);
        const QModelIndex modic = m_model->indexOf(Level::L4L5, Column::ModicChanges);
        QVERIFY(modic.data().toString().startsWith(u"⚠"_s));
        QVERIFY(modic.data(Qt::ToolTipRole).toString().contains(u"expected 0 to 3"_s));
        QCOMPARE(modic.data(Qt::ForegroundRole).value<QColor>(), PaletteColours::issueText(QGuiApplication::palette()));
        QVERIFY(!m_model->indexOf(Level::L4L5, Column::CentralStenosis).data().toString().startsWith(u"⚠"_s));
        m_model->setIssues({}, u"imaging[0].levels"_s);
        QVERIFY(!modic.data().toString().startsWith(u"⚠"_s));
    }

private:
    std::unique_ptr<ImagingLevelsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestImagingLevelsModel)
#include "tst_imaginglevelsmodel.moc"
