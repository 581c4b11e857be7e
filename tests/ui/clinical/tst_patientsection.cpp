// SPDX-License-Identifier: GPL-3.0-or-later
// The patient factors section, driven through its widgets.
#include "clinicaltest.h"
#include "document/casedocument.h"
#include "editors/datefield.h"
#include "editors/enumbox.h"
#include "editors/numberfield.h"
#include "editors/tristatebox.h"
#include "sections/patientsection.h"
#include "theme/palettecolours.h"

#include <QDateEdit>
#include <QGuiApplication>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace spinereview;
using namespace clinicaltest;

class TestPatientSection : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void title();
    void everyFieldIsNamedAndLabelled();
    void diabetesKeepsNotDocumentedApartFromNo();
    void nicotineAndNumbers();
    void recordNumberEmptyIsAbsent();
    void datesWithDocumentedBox();
    void cotinineTestDocumentedToggle();
    void reloadShowsReplacedCase();
    void loadShowsFileValues();
    void dexaDateIssueShownAndCleared();
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
    const Patient& patient() const { return *m_document->spineCase().patient; }

    std::unique_ptr<CaseDocument> m_document;
    std::unique_ptr<PatientSection> m_section;
};

namespace {

const QStringList fieldOrder = {
    u"patient_id"_s,
    u"patient_sex"_s,
    u"patient_birthDate"_s,
    u"patient_ageYears"_s,
    u"patient_bmi"_s,
    u"patient_nicotine"_s,
    u"patient_nicotineQuitDate"_s,
    u"patient_cotinineTest"_s,
    u"patient_cotinineTest_date"_s,
    u"patient_cotinineTest_result"_s,
    u"patient_cotinineTest_ngPerMl"_s,
    u"patient_diabetes"_s,
    u"patient_hba1c"_s,
    u"patient_dexaTScore"_s,
    u"patient_dexaDate"_s,
    u"patient_ctHounsfieldUnits"_s,
    u"patient_osteoporosis"_s,
    u"patient_chronicSteroids"_s,
    u"patient_renalDisease"_s,
    u"patient_alcoholUseDisorder"_s,
    u"patient_pregnant"_s,
    u"patient_psychologicalScreening"_s,
};

} // namespace

void TestPatientSection::init()
{
    m_document = std::make_unique<CaseDocument>();
    m_section = std::make_unique<PatientSection>(*m_document);
    m_section->resize(900, 700);
    m_section->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_section.get()));
    m_section->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_section.get()));
}

void TestPatientSection::cleanup()
{
    m_section.reset();
    m_document.reset();
}

void TestPatientSection::title()
{
    QCOMPARE(m_section->title(), u"Patient factors"_s);
}

void TestPatientSection::everyFieldIsNamedAndLabelled()
{
    for (const QString& name : fieldOrder) {
        auto* widget = field<QWidget>(name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
        QVERIFY2(!widget->accessibleName().contains(u'&'), qPrintable(name));
        // Each field is the buddy of a label with a mnemonic — but one: 22 fields share too few distinct
        // letters once the menus' F, V and H are left out, and a clash would make both Alt keys do nothing
        // (tst_everyone checks there is none). That field is reached with Tab.
        const bool needsMnemonic = name != u"patient_ctHounsfieldUnits"_s;
        const auto labels = m_section->findChildren<QLabel*>();
        const bool labelled = std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel* label) {
            return label->buddy() == widget && (label->text().contains(u'&') || !needsMnemonic);
        });
        QVERIFY2(labelled, qPrintable(name));
    }
}

void TestPatientSection::diabetesKeepsNotDocumentedApartFromNo()
{
    auto* box = field<TriStateBox>(u"patient_diabetes"_s);
    QVERIFY(box);
    QVERIFY(!m_document->spineCase().patient);
    chooseDown(box, 2);
    QCOMPARE(patient().diabetes, std::optional<bool>(false));
    QTest::keyClick(box, Qt::Key_Up);
    QCOMPARE(patient().diabetes, std::optional<bool>(true));
    QTest::keyClick(box, Qt::Key_Up);
    QVERIFY(!patient().diabetes.has_value());
}

void TestPatientSection::nicotineAndNumbers()
{
    chooseDown(field<EnumBox>(u"patient_nicotine"_s), 2);
    QCOMPARE(patient().nicotine, std::optional<Nicotine>(Nicotine::Former));
    chooseDown(field<EnumBox>(u"patient_psychologicalScreening"_s), 3);
    QCOMPARE(patient().psychologicalScreening, std::optional<PsychologicalScreening>(PsychologicalScreening::NotDone));

    retype(field<NumberField>(u"patient_bmi"_s), u"31.5"_s);
    QCOMPARE(patient().bmi, std::optional<double>(31.5));
    retype(field<NumberField>(u"patient_dexaTScore"_s), u"-2.6"_s);
    QCOMPARE(patient().dexaTScore, std::optional<double>(-2.6));
    retype(field<NumberField>(u"patient_ageYears"_s), u"67"_s);
    QCOMPARE(patient().ageYears, std::optional<int>(67));
    retype(field<NumberField>(u"patient_ctHounsfieldUnits"_s), u"95"_s);
    QCOMPARE(patient().ctHounsfieldUnits, std::optional<double>(95));
    retype(field<NumberField>(u"patient_hba1c"_s), u"7.9"_s);
    QCOMPARE(patient().hba1c, std::optional<double>(7.9));
    retype(field<NumberField>(u"patient_hba1c"_s), QString());
    QVERIFY(!patient().hba1c.has_value());
    QCOMPARE(patient().bmi, std::optional<double>(31.5));
}

void TestPatientSection::recordNumberEmptyIsAbsent()
{
    auto* id = field<QLineEdit>(u"patient_id"_s);
    QVERIFY(id);
    retype(id, u"MRN-0042"_s);
    QCOMPARE(patient().id, std::optional<QString>(u"MRN-0042"_s));
    retype(id, QString());
    QVERIFY(!patient().id.has_value());
}

void TestPatientSection::datesWithDocumentedBox()
{
    auto* dexaDate = field<DateField>(u"patient_dexaDate"_s);
    QVERIFY(dexaDate);
    QVERIFY(!dexaDate->dateEdit()->isEnabled());
    click(dexaDate->documentedBox());
    QVERIFY(patient().dexaDate.has_value());
    QVERIFY(dexaDate->dateEdit()->isEnabled());
    dexaDate->dateEdit()->setDate(QDate(2025, 6, 1));
    QCOMPARE(patient().dexaDate, std::optional<QDate>(QDate(2025, 6, 1)));
    click(dexaDate->documentedBox());
    QVERIFY(!patient().dexaDate.has_value());

    auto* birthDate = field<DateField>(u"patient_birthDate"_s);
    click(birthDate->documentedBox());
    QCOMPARE(patient().birthDate, std::optional<QDate>(QDate(1960, 1, 1)));
}

void TestPatientSection::cotinineTestDocumentedToggle()
{
    auto* documented = field<QCheckBox>(u"patient_cotinineTest"_s);
    auto* level = field<NumberField>(u"patient_cotinineTest_ngPerMl"_s);
    auto* result = field<EnumBox>(u"patient_cotinineTest_result"_s);
    QVERIFY(documented && level && result);
    QVERIFY(!level->isEnabled());
    QVERIFY(!result->isEnabled());

    click(documented);
    QVERIFY(patient().cotinineTest.has_value());
    QVERIFY(!patient().cotinineTest->ngPerMl.has_value());
    QVERIFY(!patient().cotinineTest->result.has_value());
    QVERIFY(level->isEnabled());

    retype(level, u"12"_s);
    QCOMPARE(patient().cotinineTest->ngPerMl, std::optional<double>(12));
    chooseDown(result, 1);
    QCOMPARE(patient().cotinineTest->result, std::optional<TestResult>(TestResult::Negative));

    click(documented);
    QVERIFY(!patient().cotinineTest.has_value());
    QVERIFY(!level->isEnabled());
}

void TestPatientSection::reloadShowsReplacedCase()
{
    SpineCase c = CaseDocument::emptyCase();
    Patient p;
    p.sex = Sex::Female;
    p.ageYears = 67;
    p.nicotine = Nicotine::Never;
    p.diabetes = false;
    p.bmi = 28.4;
    p.cotinineTest = CotinineTest{QDate(2025, 9, 1), TestResult::Positive, std::nullopt, {}};
    p.dexaDate = QDate(2024, 12, 3);
    c.patient = p;
    m_document->replace(c, {});

    QCOMPARE(field<EnumBox>(u"patient_sex"_s)->currentText(), u"Female"_s);
    QCOMPARE(field<NumberField>(u"patient_ageYears"_s)->text(), u"67"_s);
    QCOMPARE(field<NumberField>(u"patient_bmi"_s)->text(), u"28.4"_s);
    QCOMPARE(field<EnumBox>(u"patient_nicotine"_s)->currentText(), u"Never"_s);
    QCOMPARE(field<TriStateBox>(u"patient_diabetes"_s)->value(), std::optional<bool>(false));
    QCOMPARE(field<TriStateBox>(u"patient_osteoporosis"_s)->value(), std::nullopt);
    QVERIFY(field<QCheckBox>(u"patient_cotinineTest"_s)->isChecked());
    QCOMPARE(field<DateField>(u"patient_cotinineTest_date"_s)->value(), std::optional<QDate>(QDate(2025, 9, 1)));
    QCOMPARE(field<EnumBox>(u"patient_cotinineTest_result"_s)->currentText(), u"Positive"_s);
    QCOMPARE(field<NumberField>(u"patient_cotinineTest_ngPerMl"_s)->text(), QString());
    QCOMPARE(field<DateField>(u"patient_dexaDate"_s)->value(), std::optional<QDate>(QDate(2024, 12, 3)));
    QCOMPARE(field<DateField>(u"patient_birthDate"_s)->value(), std::nullopt);

    m_document->replace(CaseDocument::emptyCase(), {});
    QVERIFY(!field<QCheckBox>(u"patient_cotinineTest"_s)->isChecked());
    QCOMPARE(field<NumberField>(u"patient_bmi"_s)->text(), QString());
}

void TestPatientSection::loadShowsFileValues()
{
    QVERIFY(
        m_document->load(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/degenerative-l4l5-grade1-slip.json")).isEmpty());
    QCOMPARE(field<EnumBox>(u"patient_nicotine"_s)->currentText(), u"Former"_s);
    QCOMPARE(field<DateField>(u"patient_nicotineQuitDate"_s)->value(), std::optional<QDate>(QDate(2019, 5, 1)));
    QVERIFY(field<QCheckBox>(u"patient_cotinineTest"_s)->isChecked());
    QCOMPARE(field<EnumBox>(u"patient_cotinineTest_result"_s)->currentText(), u"Negative"_s);
    QCOMPARE(field<NumberField>(u"patient_cotinineTest_ngPerMl"_s)->text(), QString());
    QCOMPARE(field<NumberField>(u"patient_dexaTScore"_s)->text(), u"-1.6"_s);
    QCOMPARE(field<NumberField>(u"patient_bmi"_s)->text(), u"29.4"_s);
    QCOMPARE(field<EnumBox>(u"patient_psychologicalScreening"_s)->currentText(), u"Cleared"_s);
    QCOMPARE(field<TriStateBox>(u"patient_renalDisease"_s)->value(), std::nullopt);
    // Renal disease and alcohol use are not documented.
    QCOMPARE(m_section->completeness(), CaseSection::Completeness::Partial);
}

void TestPatientSection::dexaDateIssueShownAndCleared()
{
    auto* label = field<QLabel>(u"issue_patient_dexaDate"_s);
    QVERIFY(label);
    QVERIFY(label->isHidden());
    // An invalid date (as only a broken import could leave) is written as "", which the core refuses.
    m_document->edit([](SpineCase& c) {
        c.patient.emplace();
        c.patient->dexaDate = QDate();
    });
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(u"⚠ "_s), qPrintable(label->text()));
    QVERIFY(label->text().contains(u"calendar date"_s));
    // Red as the second cue, legible on the window it sits on.
    QCOMPARE(label->palette().color(QPalette::WindowText), PaletteColours::issueText(QGuiApplication::palette()));
    QVERIFY(PaletteColours::contrastRatio(label->palette().color(QPalette::WindowText),
                                          label->palette().color(QPalette::Window)) >= 4.5);
    m_document->edit([](SpineCase& c) { c.patient->dexaDate = QDate(2025, 1, 2); });
    QVERIFY(label->isHidden());

    m_section->showIssues({ValidationIssue{{}, u"patient.cotinineTest.ngPerMl"_s, u"expected a number"_s}});
    QCOMPARE(field<QLabel>(u"issue_patient_cotinineTest_ngPerMl"_s)->text(), u"⚠ expected a number"_s);
}

void TestPatientSection::focusPathMovesFocus()
{
    QVERIFY(m_section->focusPath(u"patient.dexaTScore"_s));
    QCOMPARE(QApplication::focusWidget(), field<QWidget>(u"patient_dexaTScore"_s));
    // A date field takes the focus on its "documented" box.
    QVERIFY(m_section->focusPath(u"patient.nicotineQuitDate"_s));
    QCOMPARE(QApplication::focusWidget(), field<DateField>(u"patient_nicotineQuitDate"_s)->documentedBox());
    // No test documented: its level cannot be typed, so the box that documents the test takes the focus.
    QVERIFY(m_section->focusPath(u"patient.cotinineTest.ngPerMl"_s));
    QCOMPARE(QApplication::focusWidget(), field<QWidget>(u"patient_cotinineTest"_s));
    click(field<QCheckBox>(u"patient_cotinineTest"_s));
    QVERIFY(m_section->focusPath(u"patient.cotinineTest.ngPerMl"_s));
    QCOMPARE(QApplication::focusWidget(), field<QWidget>(u"patient_cotinineTest_ngPerMl"_s));
    QVERIFY(!m_section->focusPath(u"symptoms.painScore"_s));
}

void TestPatientSection::completeness()
{
    QCOMPARE(m_section->completeness(), CaseSection::Completeness::Empty);
    chooseDown(field<EnumBox>(u"patient_nicotine"_s), 1);
    QCOMPARE(m_section->completeness(), CaseSection::Completeness::Partial);
    m_document->edit([](SpineCase& c) {
        Patient& p = *c.patient;
        p.sex = Sex::Male;
        p.ageYears = 60;
        p.bmi = 27;
        p.diabetes = false;
        p.osteoporosis = false;
        p.chronicSteroids = false;
        p.renalDisease = false;
        p.alcoholUseDisorder = false;
    });
    QCOMPARE(m_section->completeness(), CaseSection::Completeness::Complete);
    // A current smoker calls for a cotinine test.
    chooseDown(field<EnumBox>(u"patient_nicotine"_s), 3);
    QCOMPARE(m_section->completeness(), CaseSection::Completeness::Partial);
    click(field<QCheckBox>(u"patient_cotinineTest"_s));
    QCOMPARE(m_section->completeness(), CaseSection::Completeness::Complete);
}

void TestPatientSection::keyboardReachesLastField()
{
    click(field<QCheckBox>(u"patient_cotinineTest"_s));
    // Choosing the section in the window focuses it; its first field takes the focus.
    m_section->setFocus(Qt::ShortcutFocusReason);
    QCOMPARE(QApplication::focusWidget(), field<QWidget>(fieldOrder.first()));
    const QStringList visited = tabThrough(field<QWidget>(fieldOrder.first()), fieldOrder.last(), fieldOrder);
    QCOMPARE(visited.last(), fieldOrder.last());
    QVERIFY2(followsOrder(visited, fieldOrder), qPrintable(visited.join(u", "_s)));
    // With the test documented every field is a stop.
    QCOMPARE(visited, fieldOrder);
}

QTEST_MAIN(TestPatientSection)
#include "tst_patientsection.moc"
