// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/cellroles.h"
#include "models/therapyepisodesmodel.h"
#include "theme/palettecolours.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;
using Column = TherapyEpisodesModel::Column;

// The conservative-therapy table: one row per episode, rows inserted and removed, issues named by row.
class TestTherapyEpisodesModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<TherapyEpisodesModel>();
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
        QSignalSpy edited(m_model.get(), &TherapyEpisodesModel::episodesEdited);
        QVERIFY(m_model->insertRows(0, 2));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(edited.size(), 1);
        // A new episode guesses nothing: type "other", no dates.
        QCOMPARE(m_model->episodes()[0].type, TherapyType::Other);
        QCOMPARE(cell(0, Column::End).data().toString(), u"ongoing"_s);

        QVERIFY(m_model->setData(cell(1, Column::Type), u"physical_therapy"_s));
        QCOMPARE(edited.last().first().toString(), u"[1].type"_s);
        QVERIFY(m_model->setData(cell(1, Column::Start), QDate(2025, 3, 1)));
        QVERIFY(m_model->setData(cell(1, Column::Sessions), 12));
        QVERIFY(m_model->setData(cell(1, Column::Response), u"no_improvement"_s));
        QVERIFY(m_model->setData(cell(1, Column::Contraindicated), false));
        QVERIFY(m_model->setData(cell(1, Column::Delivery), u"in_person"_s));
        const TherapyEpisode& e = m_model->episodes()[1];
        QCOMPARE(e.type, TherapyType::PhysicalTherapy);
        QCOMPARE(e.start, QDate(2025, 3, 1));
        QCOMPARE(e.sessions, 12);
        QCOMPARE(e.response, TherapyResponse::NoImprovement);
        QCOMPARE(e.contraindicated, false);
        QCOMPARE(cell(1, Column::Start).data().toString(), u"2025-03-01"_s);
        QCOMPARE(cell(1, Column::Response).data().toString(), u"No improvement"_s);

        // Type is required: it offers no "not documented" and refuses clearing.
        QVERIFY(!m_model->setData(cell(1, Column::Type), QVariant()));
        QCOMPARE(cell(1, Column::Type).data(ChoiceLabelsRole).toStringList().first(), u"Physical therapy"_s);
        QVERIFY(!m_model->setData(cell(1, Column::Sessions), -2));
        QVERIFY(!m_model->setData(cell(1, Column::Start), u"2025-02-30"_s));
        QVERIFY(m_model->setData(cell(1, Column::Start), QVariant()));
        QVERIFY(!m_model->episodes()[1].start.has_value());

        QVERIFY(m_model->removeRows(0, 1));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->episodes()[0].type, TherapyType::PhysicalTherapy);
        QVERIFY(!m_model->removeRows(1, 1));
    }

    void resetAndIssueLines()
    {
        TherapyEpisode a;
        a.type = TherapyType::Nsaid;
        TherapyEpisode b;
        b.start = QDate(2025, 3, 1);
        b.end = QDate(2025, 1, 1);
        m_model->setEpisodes({a, a, b});
        QCOMPARE(m_model->rowCount(), 3);
        const QStringList lines = m_model->setIssues(
            {{u"f"_s, u"conservativeTherapy[2].end"_s, u"end 2025-01-01 is before start 2025-03-01"_s},
             {u"f"_s, u"conservativeTherapy[0].sessions"_s, u"must be a whole number"_s},
             {u"f"_s, u"imaging[0].date"_s, u"not ours"_s}},
            u"conservativeTherapy"_s);
        QCOMPARE(lines, (QStringList{u"Episode 3: end 2025-01-01 is before start 2025-03-01"_s,
                                     u"Episode 1: sessions: must be a whole number"_s}));
        QVERIFY(cell(2, Column::End).data().toString().startsWith(u"⚠"_s));
        QCOMPARE(cell(2, Column::End).data(Qt::ForegroundRole).value<QColor>(),
                 PaletteColours::issueText(QGuiApplication::palette()));
        QVERIFY(cell(2, Column::End).data(Qt::AccessibleTextRole).toString().contains(u"before start"_s));
        QVERIFY(m_model->setIssues({}, u"conservativeTherapy"_s).isEmpty());
        QVERIFY(!cell(2, Column::End).data().toString().startsWith(u"⚠"_s));
        m_model->setEpisodes({});
        QCOMPARE(m_model->rowCount(), 0);
    }

    void columnsOfPaths()
    {
        QCOMPARE(TherapyEpisodesModel::columnOf(u"response"_s), Column::Response);
        QCOMPARE(TherapyEpisodesModel::columnOf(u"end"_s), Column::End);
        QVERIFY(!TherapyEpisodesModel::columnOf(u"dose"_s).has_value());
    }

private:
    QModelIndex cell(int row, Column column) const { return m_model->index(row, static_cast<int>(column)); }

    std::unique_ptr<TherapyEpisodesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestTherapyEpisodesModel)
#include "tst_therapyepisodesmodel.moc"
