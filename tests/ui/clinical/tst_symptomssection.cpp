// SPDX-License-Identifier: GPL-3.0-or-later
// The symptoms & exam section and its four tables, driven through their widgets.
#include "clinicaltest.h"
#include "document/casedocument.h"
#include "editors/numberfield.h"
#include "editors/tristatebox.h"
#include "models/motordeficitmodel.h"
#include "models/outcomescoresmodel.h"
#include "models/reflexchangesmodel.h"
#include "models/sensorydeficitmodel.h"
#include "sections/symptomssection.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace spinereview;
using namespace clinicaltest;

class TestSymptomsSection : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void title();
    void triStateKeepsNotDocumentedApartFromNo();
    void legPainNoneIsDocumented();
    void numbersAndEmptyField();
    void outcomeScoresTable();
    void motorDeficitAbsentIsNotEmpty();
    void reflexAndSensoryTables();
    void reloadShowsReplacedCase();
    void loadShowsFileValues();
    void outcomeScoreIssueShownAndCleared();
    void focusPathMovesFocus();
    void completeness();
    void keyboardReachesLastField();

private:
    template <typename T> T* field(const QString& name)
    {
        auto* widget = m_section->findChild<T*>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    QTableView* table(const QString& name) { return field<QTableView>(name); }

    std::unique_ptr<CaseDocument> m_document;
    std::unique_ptr<SymptomsSection> m_section;
};

void TestSymptomsSection::init()
{
    m_document = std::make_unique<CaseDocument>();
    m_section = std::make_unique<SymptomsSection>(*m_document);
    m_section->resize(900, 700);
    m_section->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_section.get()));
    m_section->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_section.get()));
}

void TestSymptomsSection::cleanup()
{
    m_section.reset();
    m_document.reset();
}

void TestSymptomsSection::title()
{
    QCOMPARE(m_section->title(), u"Symptoms & exam"_s);
}

void TestSymptomsSection::triStateKeepsNotDocumentedApartFromNo()
{
    auto* box = field<TriStateBox>(u"symptoms_neurogenicClaudication"_s);
    QVERIFY(box);
    QVERIFY(!box->accessibleName().isEmpty());
    QVERIFY(!m_document->spineCase().symptoms);
    chooseDown(box, 1);
    QCOMPARE(m_document->spineCase().symptoms->neurogenicClaudication, std::optional<bool>(true));
    QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(m_document->spineCase().symptoms->neurogenicClaudication, std::optional<bool>(false));
    QTest::keyClick(box, Qt::Key_Home);
    QVERIFY(!m_document->spineCase().symptoms->neurogenicClaudication.has_value());
}

void TestSymptomsSection::legPainNoneIsDocumented()
{
    auto* box = field<QComboBox>(u"symptoms_legPain"_s);
    QVERIFY(box);
    chooseDown(box, 1);
    QCOMPARE(m_document->spineCase().symptoms->legPain, std::optional<LegPain>(LegPain::None));
    chooseDown(box, 4);
    QCOMPARE(m_document->spineCase().symptoms->legPain, std::optional<LegPain>(LegPain::Bilateral));
    chooseDown(box, 0);
    QVERIFY(!m_document->spineCase().symptoms->legPain.has_value());
}

void TestSymptomsSection::numbersAndEmptyField()
{
    auto* pain = field<NumberField>(u"symptoms_painScore"_s);
    auto* weeks = field<NumberField>(u"symptoms_durationWeeks"_s);
    auto* odi = field<NumberField>(u"symptoms_odi"_s);
    QVERIFY(pain && weeks && odi);
    retype(pain, u"7.5"_s);
    QCOMPARE(m_document->spineCase().symptoms->painScore, std::optional<double>(7.5));
    // The section's own edit does not reload the field under the cursor.
    QCOMPARE(pain->text(), u"7.5"_s);
    retype(weeks, u"40"_s);
    QCOMPARE(m_document->spineCase().symptoms->durationWeeks, std::optional<int>(40));
    retype(odi, u"0"_s);
    QCOMPARE(m_document->spineCase().symptoms->odi, std::optional<double>(0));
    retype(pain, QString());
    QVERIFY(!m_document->spineCase().symptoms->painScore.has_value());
    QCOMPARE(m_document->spineCase().symptoms->odi, std::optional<double>(0));
}

void TestSymptomsSection::outcomeScoresTable()
{
    QTableView* view = table(u"symptoms_outcomeScores"_s);
    QVERIFY(view);
    auto* model = qobject_cast<OutcomeScoresModel*>(view->model());
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(!view->isEnabled());

    click(field<QCheckBox>(u"symptoms_outcomeScores_documented"_s));
    QVERIFY(m_document->spineCase().symptoms->outcomeScores.has_value());
    QVERIFY(m_document->spineCase().symptoms->outcomeScores->isEmpty());
    QVERIFY(view->isEnabled());

    QTest::mouseClick(field<QPushButton>(u"symptoms_outcomeScores_add"_s), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(m_document->spineCase().symptoms->outcomeScores->size(), 1);

    auto* pain = qobject_cast<QDoubleSpinBox*>(openEditor(view, model->index(0, OutcomeScoresModel::PainScore)));
    QVERIFY(pain);
    QTest::keyClick(pain, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(pain, u"6.5"_s);
    commit(pain);
    QCOMPARE(m_document->spineCase().symptoms->outcomeScores->at(0).painScore, std::optional<double>(6.5));
    QVERIFY(!m_document->spineCase().symptoms->outcomeScores->at(0).odi.has_value());

    auto* date = qobject_cast<QDateEdit*>(openEditor(view, model->index(0, OutcomeScoresModel::Date)));
    QVERIFY(date);
    QCOMPARE(date->text(), u"Not documented"_s);
    date->setDate(QDate(2025, 10, 1));
    commit(date);
    QCOMPARE(m_document->spineCase().symptoms->outcomeScores->at(0).date, QDate(2025, 10, 1));
    QCOMPARE(model->index(0, OutcomeScoresModel::Date).data().toString(), u"2025-10-01"_s);
    QCOMPARE(model->index(0, OutcomeScoresModel::Odi).data().toString(), u"Not documented"_s);

    view->setCurrentIndex(model->index(0, 0));
    QTest::mouseClick(field<QPushButton>(u"symptoms_outcomeScores_remove"_s), Qt::LeftButton);
    QVERIFY(m_document->spineCase().symptoms->outcomeScores.has_value());
    QVERIFY(m_document->spineCase().symptoms->outcomeScores->isEmpty());

    click(field<QCheckBox>(u"symptoms_outcomeScores_documented"_s));
    QVERIFY(!m_document->spineCase().symptoms->outcomeScores.has_value());
}

void TestSymptomsSection::motorDeficitAbsentIsNotEmpty()
{
    QTableView* view = table(u"exam_motorDeficit"_s);
    QVERIFY(view);
    auto* model = qobject_cast<MotorDeficitModel*>(view->model());
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Documented with no rows: examined, no deficit.
    click(field<QCheckBox>(u"exam_motorDeficit_documented"_s));
    QVERIFY(m_document->spineCase().exam->motorDeficit.has_value());
    QVERIFY(m_document->spineCase().exam->motorDeficit->isEmpty());

    QTest::mouseClick(field<QPushButton>(u"exam_motorDeficit_add"_s), Qt::LeftButton);
    auto* root = qobject_cast<QComboBox*>(openEditor(view, model->index(0, MotorDeficitModel::Root)));
    QVERIFY(root);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(root, Qt::Key_Down);
    commit(root);
    auto* side = qobject_cast<QComboBox*>(openEditor(view, model->index(0, MotorDeficitModel::Side)));
    QVERIFY(side);
    QTest::keyClick(side, Qt::Key_Down);
    commit(side);
    auto* grade = qobject_cast<QSpinBox*>(openEditor(view, model->index(0, MotorDeficitModel::Grade)));
    QVERIFY(grade);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(grade, Qt::Key_Up);
    commit(grade);

    const MotorDeficit deficit = m_document->spineCase().exam->motorDeficit->at(0);
    QCOMPARE(deficit.root, std::optional<Root>(Root::L5));
    QCOMPARE(deficit.side, std::optional<Side>(Side::Left));
    QCOMPARE(deficit.grade, std::optional<int>(3));
    QCOMPARE(model->index(0, MotorDeficitModel::Side).data().toString(), u"Left"_s);

    // Back to "not documented" through the editor: the grade is absent again, not 0.
    grade = qobject_cast<QSpinBox*>(openEditor(view, model->index(0, MotorDeficitModel::Grade)));
    QVERIFY(grade);
    QTest::keyClick(grade, Qt::Key_PageDown);
    QCOMPARE(grade->text(), u"Not documented"_s);
    commit(grade);
    QVERIFY(!m_document->spineCase().exam->motorDeficit->at(0).grade.has_value());

    click(field<QCheckBox>(u"exam_motorDeficit_documented"_s));
    QVERIFY(!m_document->spineCase().exam->motorDeficit.has_value());
    QCOMPARE(model->rowCount(), 0);
}

void TestSymptomsSection::reflexAndSensoryTables()
{
    QTableView* reflexView = table(u"exam_reflexChanges"_s);
    QTableView* sensoryView = table(u"exam_sensoryDeficit"_s);
    QVERIFY(reflexView && sensoryView);
    auto* reflexModel = qobject_cast<ReflexChangesModel*>(reflexView->model());
    auto* sensoryModel = qobject_cast<SensoryDeficitModel*>(sensoryView->model());
    QVERIFY(reflexModel && sensoryModel);
    QAbstractItemModelTester reflexTester(reflexModel, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester sensoryTester(sensoryModel, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QTest::mouseClick(field<QPushButton>(u"exam_reflexChanges_add"_s), Qt::LeftButton);
    auto* reflex = qobject_cast<QComboBox*>(openEditor(reflexView, reflexModel->index(0, ReflexChangesModel::Reflex)));
    QVERIFY(reflex);
    QTest::keyClick(reflex, Qt::Key_Down);
    QTest::keyClick(reflex, Qt::Key_Down);
    commit(reflex);
    QCOMPARE(m_document->spineCase().exam->reflexChanges->at(0).reflex, std::optional<Reflex>(Reflex::Achilles));
    QVERIFY(!m_document->spineCase().exam->reflexChanges->at(0).side.has_value());

    QTest::mouseClick(field<QPushButton>(u"exam_sensoryDeficit_add"_s), Qt::LeftButton);
    QTest::mouseClick(field<QPushButton>(u"exam_sensoryDeficit_add"_s), Qt::LeftButton);
    auto* root = qobject_cast<QComboBox*>(openEditor(sensoryView, sensoryModel->index(1, SensoryDeficitModel::Root)));
    QVERIFY(root);
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(root, Qt::Key_Down);
    commit(root);
    QCOMPARE(m_document->spineCase().exam->sensoryDeficit->size(), 2);
    QCOMPARE(m_document->spineCase().exam->sensoryDeficit->at(1).root, std::optional<Root>(Root::S1));
    QVERIFY(!m_document->spineCase().exam->sensoryDeficit->at(0).root.has_value());
}

void TestSymptomsSection::reloadShowsReplacedCase()
{
    SpineCase c = CaseDocument::emptyCase();
    Symptoms s;
    s.neurogenicClaudication = false;
    s.legPain = LegPain::Right;
    s.painScore = 8;
    s.durationWeeks = 40;
    s.outcomeScores = QList<OutcomeScore>{{QDate(2025, 3, 1), 8, 52, {}}, {QDate(2025, 6, 1), 7, std::nullopt, {}}};
    c.symptoms = s;
    Exam e;
    e.motorDeficit = QList<MotorDeficit>{};
    e.caudaEquina = false;
    e.straightLegRaise = StraightLegRaise::Positive;
    c.exam = e;
    m_document->replace(c, {});

    QCOMPARE(field<TriStateBox>(u"symptoms_neurogenicClaudication"_s)->value(), std::optional<bool>(false));
    QCOMPARE(field<QComboBox>(u"symptoms_legPain"_s)->currentText(), u"Right"_s);
    QCOMPARE(field<NumberField>(u"symptoms_painScore"_s)->text(), u"8"_s);
    QCOMPARE(field<NumberField>(u"symptoms_durationWeeks"_s)->text(), u"40"_s);
    QCOMPARE(field<NumberField>(u"symptoms_odi"_s)->text(), QString());
    QCOMPARE(field<TriStateBox>(u"symptoms_backPainPredominant"_s)->value(), std::nullopt);
    QTableView* scores = table(u"symptoms_outcomeScores"_s);
    QCOMPARE(scores->model()->rowCount(), 2);
    QCOMPARE(scores->model()->index(1, OutcomeScoresModel::PainScore).data().toString(), u"7"_s);
    QCOMPARE(scores->model()->index(1, OutcomeScoresModel::Odi).data(Qt::EditRole), QVariant());
    QVERIFY(field<QCheckBox>(u"exam_motorDeficit_documented"_s)->isChecked());
    QCOMPARE(table(u"exam_motorDeficit"_s)->model()->rowCount(), 0);
    QVERIFY(!field<QCheckBox>(u"exam_reflexChanges_documented"_s)->isChecked());
    QCOMPARE(field<TriStateBox>(u"exam_caudaEquina"_s)->value(), std::optional<bool>(false));
    QCOMPARE(field<QComboBox>(u"exam_straightLegRaise"_s)->currentText(), u"Positive"_s);
}

void TestSymptomsSection::loadShowsFileValues()
{
    QVERIFY(
        m_document->load(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/degenerative-l4l5-grade1-slip.json")).isEmpty());
    QCOMPARE(field<TriStateBox>(u"symptoms_neurogenicClaudication"_s)->value(), std::optional<bool>(true));
    QCOMPARE(field<QComboBox>(u"symptoms_legPain"_s)->currentText(), u"Bilateral"_s);
    QCOMPARE(field<NumberField>(u"symptoms_odi"_s)->text(), u"50"_s);
    QAbstractItemModel* scores = table(u"symptoms_outcomeScores"_s)->model();
    QCOMPARE(scores->rowCount(), 3);
    QCOMPARE(scores->index(1, OutcomeScoresModel::PainScore).data().toString(), u"6.5"_s);
    QCOMPARE(scores->index(1, OutcomeScoresModel::Date).data(Qt::EditRole).toDate(), QDate(2025, 3, 21));
    QAbstractItemModel* motor = table(u"exam_motorDeficit"_s)->model();
    QCOMPARE(motor->rowCount(), 1);
    QCOMPARE(motor->index(0, MotorDeficitModel::Root).data().toString(), u"L5"_s);
    QCOMPARE(motor->index(0, MotorDeficitModel::Side).data().toString(), u"Left"_s);
    QCOMPARE(motor->index(0, MotorDeficitModel::Grade).data(Qt::EditRole), QVariant(4));
    QVERIFY(!field<QCheckBox>(u"exam_sensoryDeficit_documented"_s)->isChecked());
    QCOMPARE(field<QComboBox>(u"exam_straightLegRaise"_s)->currentText(), u"Negative"_s);
    QCOMPARE(m_section->completeness(), CaseSection::Completeness::Complete);
}

void TestSymptomsSection::outcomeScoreIssueShownAndCleared()
{
    auto* label = field<QLabel>(u"issue_symptoms_outcomeScores"_s);
    QVERIFY(label);
    QVERIFY(label->isHidden());
    // A score outside its scale (as a file or another tool could hold) is the core's issue, shown by the table.
    m_document->edit([](SpineCase& c) {
        c.symptoms.emplace();
        c.symptoms->outcomeScores = QList<OutcomeScore>{{QDate(2025, 3, 1), 12, std::nullopt, {}}};
    });
    QVERIFY(label->isVisible());
    QVERIFY(label->text().startsWith(u"⚠"_s));
    QVERIFY2(label->text().contains(u"entry 1, painScore"_s), qPrintable(label->text()));
    QVERIFY(label->text().contains(u"from 0 to 10"_s));
    m_document->edit([](SpineCase& c) { (*c.symptoms->outcomeScores)[0].painScore = 9; });
    QVERIFY(label->isHidden());

    // The section also shows issues handed to it directly, beside the field of their path.
    m_section->showIssues({ValidationIssue{{}, u"exam.motorDeficit[0].grade"_s, u"expected 0 to 5"_s}});
    auto* motor = field<QLabel>(u"issue_exam_motorDeficit"_s);
    QVERIFY(motor->isVisible());
    QCOMPARE(motor->text(), u"⚠ entry 1, grade: expected 0 to 5"_s);
    m_section->showIssues({});
    QVERIFY(motor->isHidden());
}

void TestSymptomsSection::focusPathMovesFocus()
{
    QVERIFY(m_section->focusPath(u"symptoms.functionalImpairment"_s));
    QCOMPARE(QApplication::focusWidget(), field<TriStateBox>(u"symptoms_functionalImpairment"_s));

    // Not documented: the table is disabled, so the box that documents it takes the focus.
    QVERIFY(m_section->focusPath(u"exam.motorDeficit"_s));
    QCOMPARE(QApplication::focusWidget(), field<QCheckBox>(u"exam_motorDeficit_documented"_s));

    m_document->edit([](SpineCase& c) {
        c.exam.emplace();
        c.exam->motorDeficit = QList<MotorDeficit>{{Root::L5, Side::Left, 4, {}}, {Root::S1, Side::Left, 3, {}}};
    });
    QTableView* view = table(u"exam_motorDeficit"_s);
    QVERIFY(m_section->focusPath(u"exam.motorDeficit[1].grade"_s));
    QCOMPARE(QApplication::focusWidget(), view);
    QCOMPARE(view->currentIndex().row(), 1);
    QCOMPARE(view->currentIndex().column(), int(MotorDeficitModel::Grade));
    QVERIFY(m_section->focusPath(u"exam.motorDeficit[0]"_s));
    QCOMPARE(view->currentIndex().row(), 0);

    QVERIFY(m_section->focusPath(u"exam.caudaEquina"_s));
    QCOMPARE(QApplication::focusWidget(), field<TriStateBox>(u"exam_caudaEquina"_s));
    QVERIFY(!m_section->focusPath(u"patient.diabetes"_s));
    QVERIFY(!m_section->focusPath(u"imaging[0].levels.L4-L5"_s));
}

void TestSymptomsSection::completeness()
{
    QCOMPARE(m_section->completeness(), CaseSection::Completeness::Empty);
    chooseDown(field<QComboBox>(u"symptoms_legPain"_s), 1);
    QCOMPARE(m_section->completeness(), CaseSection::Completeness::Partial);
    m_document->edit([](SpineCase& c) {
        c.symptoms->neurogenicClaudication = true;
        c.symptoms->backPainPredominant = false;
        c.symptoms->functionalImpairment = true;
        c.exam.emplace();
        c.exam->caudaEquina = false;
        c.exam->progressiveDeficit = false;
        c.exam->infection = false;
        c.exam->tumor = false;
        c.exam->fracture = false;
    });
    // The motor examination is still undocumented.
    QCOMPARE(m_section->completeness(), CaseSection::Completeness::Partial);
    click(field<QCheckBox>(u"exam_motorDeficit_documented"_s));
    QCOMPARE(m_section->completeness(), CaseSection::Completeness::Complete);
}

void TestSymptomsSection::keyboardReachesLastField()
{
    const QStringList order = {
        u"symptoms_neurogenicClaudication"_s,
        u"symptoms_legPain"_s,
        u"symptoms_backPainPredominant"_s,
        u"symptoms_durationWeeks"_s,
        u"symptoms_painScore"_s,
        u"symptoms_odi"_s,
        u"symptoms_functionalImpairment"_s,
        u"symptoms_outcomeScores_documented"_s,
        u"symptoms_outcomeScores"_s,
        u"symptoms_outcomeScores_add"_s,
        u"symptoms_outcomeScores_remove"_s,
        u"exam_motorDeficit_documented"_s,
        u"exam_motorDeficit"_s,
        u"exam_motorDeficit_add"_s,
        u"exam_motorDeficit_remove"_s,
        u"exam_progressiveDeficit"_s,
        u"exam_caudaEquina"_s,
        u"exam_infection"_s,
        u"exam_tumor"_s,
        u"exam_fracture"_s,
        u"exam_reflexChanges_documented"_s,
        u"exam_reflexChanges"_s,
        u"exam_reflexChanges_add"_s,
        u"exam_reflexChanges_remove"_s,
        u"exam_sensoryDeficit_documented"_s,
        u"exam_sensoryDeficit"_s,
        u"exam_sensoryDeficit_add"_s,
        u"exam_sensoryDeficit_remove"_s,
        u"exam_straightLegRaise"_s,
    };
    // Documented lists make their tables Tab stops too.
    m_document->edit([](SpineCase& c) {
        c.symptoms.emplace();
        c.symptoms->outcomeScores = QList<OutcomeScore>{};
        c.exam.emplace();
        c.exam->motorDeficit = QList<MotorDeficit>{};
    });
    // Choosing the section in the window focuses it; its first field takes the focus.
    m_section->setFocus(Qt::ShortcutFocusReason);
    QCOMPARE(QApplication::focusWidget(), field<QWidget>(order.first()));
    const QStringList visited = tabThrough(field<QWidget>(order.first()), order.last(), order);
    QCOMPARE(visited.last(), order.last());
    QVERIFY2(followsOrder(visited, order), qPrintable(visited.join(u", "_s)));
    QVERIFY(visited.contains(u"symptoms_outcomeScores"_s));
    QVERIFY(visited.contains(u"exam_motorDeficit"_s));
    QVERIFY(visited.contains(u"exam_tumor"_s));
}

QTEST_MAIN(TestSymptomsSection)
#include "tst_symptomssection.moc"
