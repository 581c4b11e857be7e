// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's promise, end to end: a reviewer who starts a new case and enters the founding case's records
// through the forms — keyboard and mouse only — gets exactly the seed file and, under the reference set,
// exactly the seed's determinations on the cards (the ones tests/core/engine/tst_seedcase.cpp asserts).
#include "cellkeys.h"
#include "clinicaltest.h"
#include "core/case/casewriter.h"
#include "core/case/enumnames.h"
#include "core/criteria/criteriacatalog.h"
#include "core/criteria/status.h"
#include "deskfixture.h"
#include "document/casedocument.h"
#include "document/evaluationcontroller.h"
#include "editors/datefield.h"
#include "mainwindow.h"
#include "models/emgfindingsmodel.h"
#include "models/imaginglevelsmodel.h"
#include "models/prioroperationsmodel.h"
#include "models/therapyepisodesmodel.h"
#include "seeddeterminations.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace spinereview;
using ImagingColumn = ImagingLevelsModel::Column;
using TherapyColumn = TherapyEpisodesModel::Column;
using OperationColumn = PriorOperationsModel::Column;

namespace {

const QString kSeedPath = QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/seed-l5s1-revision.json");

// The seed's determinations under `reference`, in request order, as criteria-reference.md gives them.
const QStringList kReferenceDeterminations = testing::seedDeterminations(u"reference"_s);

// What a card prints beside its icon for each status of the result format.
const QList<std::pair<QString, QString>> kStatusWords{
    {u"Met"_s, u"met"_s}, {u"Not met"_s, u"not_met"_s}, {u"Incomplete"_s, u"incomplete"_s}};

QString compact(const QJsonValue& value)
{
    if (value.isUndefined())
        return u"(absent)"_s;
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // A document holds no bare scalar: write it as a one-element array and drop the brackets.
    const QString text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

// Every JSON path where the two values differ, each with both values, so a failure names the field to fix.
void collectDifferences(const QString& path, const QJsonValue& seed, const QJsonValue& entered, QStringList& out)
{
    if (seed.isObject() && entered.isObject()) {
        const QJsonObject a = seed.toObject();
        const QJsonObject b = entered.toObject();
        QStringList keys = a.keys() + b.keys();
        keys.removeDuplicates();
        for (const QString& key : keys)
            collectDifferences(path.isEmpty() ? key : path + u'.' + key, a.value(key), b.value(key), out);
        return;
    }
    if (seed.isArray() && entered.isArray() && seed.toArray().size() == entered.toArray().size()) {
        const QJsonArray a = seed.toArray();
        const QJsonArray b = entered.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectDifferences(path + u'[' + QString::number(i) + u']', a.at(i), b.at(i), out);
        return;
    }
    if (seed != entered)
        out.append(path + u": the seed has "_s + compact(seed) + u", the forms wrote "_s + compact(entered));
}

} // namespace

class TestEnterSeedCase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    // In the order a reviewer works through the side list; each step builds on the one before.
    void startsFromANewCaseUnderReference();
    void entersTheRequest();
    void entersSymptomsAndExam();
    void entersTheImaging();
    void entersTheElectrodiagnostics();
    void entersTheConservativeTherapy();
    void entersTheSurgicalHistory();
    void entersThePatient();
    void theCaseIsTheSeedFile();
    void theCardsShowTheSeedDeterminations();
    void noSectionShowsAValidationMessage();

private:
    // Clicks the section's row in the side list; its page becomes the one fields are looked up on.
    bool showSection(const QString& title);
    template <typename T> T* field(const QString& name) const;
    QModelIndex cell(const QString& view, int row, int column) const;

    // Each returns false (with a warning naming the field) when the widget is missing or did not take the value.
    bool tick(const QString& name, bool checked);
    bool type(const QString& name, const QString& text);
    bool choose(const QString& name, const QVariant& value);
    bool chooseRow(const QString& name, int row);
    bool typeDate(const QString& name, QDate date);
    bool press(const QString& name);
    bool chooseCell(const QString& view, int row, int column, const QVariant& value);
    bool typeCell(const QString& view, int row, int column, const QString& text);

    QStringList cardDeterminations() const;

    std::unique_ptr<testing::DeskFixture> m_desk;
    CaseDocument* m_document = nullptr;
    EvaluationController* m_evaluation = nullptr;
    MainWindow* m_window = nullptr;
    QListWidget* m_sectionList = nullptr;
    QStackedWidget* m_stack = nullptr;
};

void TestEnterSeedCase::initTestCase()
{
    m_desk = std::make_unique<testing::DeskFixture>();
    m_document = &m_desk->document;
    m_evaluation = &m_desk->evaluation;
    m_window = &m_desk->window;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_sectionList = m_window->findChild<QListWidget*>(u"sectionList"_s);
    m_stack = m_window->findChild<QStackedWidget*>(u"sectionStack"_s);
    QVERIFY(m_sectionList && m_stack);
}

void TestEnterSeedCase::cleanupTestCase()
{
    m_window = nullptr;
    m_evaluation = nullptr;
    m_document = nullptr;
    m_desk.reset();
}

bool TestEnterSeedCase::showSection(const QString& title)
{
    for (int row = 0; row < m_sectionList->count(); ++row) {
        QListWidgetItem* item = m_sectionList->item(row);
        // Rows read "● Title"; the glyph says how complete the section is.
        if (!item->text().endsWith(title))
            continue;
        m_sectionList->scrollToItem(item);
        QTest::mouseClick(m_sectionList->viewport(), Qt::LeftButton, {}, m_sectionList->visualItemRect(item).center());
        return m_stack->currentIndex() == row;
    }
    qWarning("no section titled %s", qPrintable(title));
    return false;
}

template <typename T> T* TestEnterSeedCase::field(const QString& name) const
{
    auto* widget = m_stack->currentWidget()->findChild<T*>(name);
    if (!widget)
        qWarning("no %s named %s on this page", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

QModelIndex TestEnterSeedCase::cell(const QString& view, int row, int column) const
{
    auto* table = field<QTableView>(view);
    return table ? table->model()->index(row, column) : QModelIndex();
}

bool TestEnterSeedCase::tick(const QString& name, bool checked)
{
    auto* box = field<QCheckBox>(name);
    if (!box || !box->isEnabled())
        return false;
    if (box->isChecked() != checked)
        clinicaltest::click(box);
    return box->isChecked() == checked;
}

bool TestEnterSeedCase::type(const QString& name, const QString& text)
{
    auto* edit = field<QLineEdit>(name);
    if (!edit || !edit->isEnabled())
        return false;
    clinicaltest::retype(edit, text);
    return edit->text() == text;
}

bool TestEnterSeedCase::choose(const QString& name, const QVariant& value)
{
    auto* box = field<QComboBox>(name);
    if (!box || !box->isEnabled())
        return false;
    box->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < box->count() && box->currentData() != value; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    if (box->currentData() != value)
        qWarning("%s offers no %s", qPrintable(name), qPrintable(value.toString()));
    return box->currentData() == value;
}

bool TestEnterSeedCase::chooseRow(const QString& name, int row)
{
    auto* box = field<QComboBox>(name);
    if (!box || !box->isEnabled())
        return false;
    box->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    return box->currentIndex() == row;
}

bool TestEnterSeedCase::typeDate(const QString& name, QDate date)
{
    auto* dateField = field<DateField>(name);
    if (!dateField)
        return false;
    // Forms tick "documented" first; a study's date is always documented and shows no box.
    if (!dateField->documentedBox()->isHidden() && !dateField->documentedBox()->isChecked())
        clinicaltest::click(dateField->documentedBox());
    QDateEdit* edit = dateField->dateEdit();
    if (!edit->isEnabled())
        return false;
    // Tabbing in selects the year; each section moves on to the next once it is typed in full.
    edit->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(edit, date.toString(u"yyyyMMdd"_s));
    if (dateField->value() != date)
        qWarning("%s shows %s", qPrintable(name), qPrintable(edit->date().toString(Qt::ISODate)));
    return dateField->value() == date;
}

bool TestEnterSeedCase::press(const QString& name)
{
    auto* button = field<QPushButton>(name);
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

bool TestEnterSeedCase::chooseCell(const QString& view, int row, int column, const QVariant& value)
{
    auto* table = field<QTableView>(view);
    const QModelIndex index = cell(view, row, column);
    if (!table || !index.isValid())
        return false;
    auto* box = qobject_cast<QComboBox*>(cellkeys::openEditor(table, index));
    if (!box)
        return false;
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < box->count() && box->currentData() != value; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    if (box->currentData() != value) {
        qWarning("%s (%d, %d) offers no %s", qPrintable(view), row, column, qPrintable(value.toString()));
        return false;
    }
    return cellkeys::commit(table, box, index);
}

bool TestEnterSeedCase::typeCell(const QString& view, int row, int column, const QString& text)
{
    auto* table = field<QTableView>(view);
    const QModelIndex index = cell(view, row, column);
    return table && index.isValid() && cellkeys::type(table, index, text);
}

void TestEnterSeedCase::startsFromANewCaseUnderReference()
{
    // File → New, from the keyboard, as a reviewer starts a case.
    QSignalSpy replaced(m_document, &CaseDocument::caseReplaced);
    QTest::keySequence(m_window, QKeySequence::New);
    QCOMPARE(replaced.count(), 1);
    QVERIFY(!m_document->isModified());
    QVERIFY(m_document->filePath().isEmpty());
    // A new case holds the format's required members only (placeholders for the request).
    QCOMPARE(CaseWriter::toJson(m_document->spineCase()).keys(), (QStringList{u"caseId"_s, u"format"_s, u"request"_s}));

    auto* selector = m_window->findChild<QComboBox*>(u"criteriaSetSelector"_s);
    QVERIFY(selector);
    selector->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(selector, Qt::Key_Home);
    for (int i = 0; i < selector->count() && selector->currentData() != u"reference"_s; ++i)
        QTest::keyClick(selector, Qt::Key_Down);
    QCOMPARE(selector->currentData().toString(), u"reference"_s);
    QVERIFY(m_evaluation->currentSet());
    QCOMPARE(m_evaluation->currentSet()->info.id, u"reference"_s);
}

void TestEnterSeedCase::entersTheRequest()
{
    QVERIFY(showSection(u"Request & coverage"_s));
    QVERIFY(type(u"caseId"_s, u"seed-l5s1-revision"_s));
    QVERIFY(typeDate(u"reviewDate"_s, QDate(2025, 11, 17)));

    // The new case's placeholder level goes once the real one is ticked.
    QVERIFY(tick(u"request_levels_L5-S1"_s, true));
    QVERIFY(tick(u"request_levels_L4-L5"_s, false));
    for (const QString& component : {u"decompression"_s, u"fusion"_s, u"instrumentation"_s, u"interbody"_s,
                                     u"bone_marrow_aspirate"_s, u"bmp"_s, u"allograft"_s, u"cement_augmentation"_s})
        QVERIFY2(tick(u"request_components_"_s + component, true), qPrintable(component));

    QVERIFY(choose(u"request_approach"_s, u"posterior"_s));
    QVERIFY(choose(u"request_interbodyTechnique"_s, u"TLIF"_s));
    QVERIFY(choose(u"request_setting"_s, u"inpatient"_s));
    QVERIFY(type(u"request_icd10Codes"_s, u"M48.062, M54.17, M96.1"_s));

    auto* notes = field<QPlainTextEdit>(u"notes"_s);
    QVERIFY(notes);
    notes->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(notes, u"Revision L5-S1 posterior decompression and instrumented fusion with TLIF after prior "
                            "L5-S1 laminectomy; persistent bilateral leg and buttock neurogenic claudication after "
                            "more than 3 months of PT, activity modification, NSAIDs, injections and gabapentin."_s);
}

void TestEnterSeedCase::entersSymptomsAndExam()
{
    QVERIFY(showSection(u"Symptoms & exam"_s));
    QVERIFY(choose(u"symptoms_neurogenicClaudication"_s, true));
    QVERIFY(choose(u"symptoms_legPain"_s, u"bilateral"_s));
    QVERIFY(choose(u"symptoms_backPainPredominant"_s, false));
    QVERIFY(type(u"symptoms_durationWeeks"_s, u"40"_s));
    QVERIFY(type(u"symptoms_painScore"_s, u"8"_s));
    QVERIFY(choose(u"symptoms_functionalImpairment"_s, true));
    QVERIFY(choose(u"exam_caudaEquina"_s, false));
    QVERIFY(choose(u"exam_progressiveDeficit"_s, false));
}

void TestEnterSeedCase::entersTheImaging()
{
    QVERIFY(showSection(u"Imaging"_s));
    QVERIFY(press(u"addStudy"_s));
    QVERIFY(choose(u"imaging_modality"_s, u"MRI"_s));
    QVERIFY(typeDate(u"imaging_date"_s, QDate(2025, 8, 20)));

    const QString grid = u"imaging_levels"_s;
    const auto grade = [&](Level level, ImagingColumn column, const QString& value) {
        return chooseCell(grid, static_cast<int>(level), static_cast<int>(column), value);
    };
    QVERIFY(grade(Level::L1L2, ImagingColumn::CentralStenosis, u"moderate"_s));
    QVERIFY(grade(Level::L1L2, ImagingColumn::ForaminalLeft, u"moderate"_s));
    QVERIFY(grade(Level::L1L2, ImagingColumn::ForaminalRight, u"moderate"_s));

    QVERIFY(grade(Level::L2L3, ImagingColumn::CentralStenosis, u"severe"_s));
    QVERIFY(grade(Level::L2L3, ImagingColumn::ForaminalLeft, u"moderate"_s));
    QVERIFY(grade(Level::L2L3, ImagingColumn::ForaminalRight, u"severe"_s));

    QVERIFY(grade(Level::L4L5, ImagingColumn::DiscHeightLoss, u"severe"_s));
    QVERIFY(chooseCell(grid, static_cast<int>(Level::L4L5), static_cast<int>(ImagingColumn::ModicChanges), 1));

    QVERIFY(grade(Level::L5S1, ImagingColumn::CentralStenosis, u"moderate"_s));
    QVERIFY(grade(Level::L5S1, ImagingColumn::LateralRecessLeft, u"severe"_s));
    QVERIFY(grade(Level::L5S1, ImagingColumn::LateralRecessRight, u"moderate"_s));
    QVERIFY(grade(Level::L5S1, ImagingColumn::ForaminalLeft, u"moderate"_s));
    QVERIFY(grade(Level::L5S1, ImagingColumn::ForaminalRight, u"moderate"_s));
    QVERIFY(grade(Level::L5S1, ImagingColumn::DiscHerniation, u"bulge"_s));
    QVERIFY(chooseCell(grid, static_cast<int>(Level::L5S1), static_cast<int>(ImagingColumn::FacetHypertrophy), true));
}

void TestEnterSeedCase::entersTheElectrodiagnostics()
{
    QVERIFY(showSection(u"Electrodiagnostics"_s));
    QVERIFY(press(u"addEmgStudy"_s));
    QVERIFY(typeDate(u"emg_date"_s, QDate(2025, 9, 5)));
    const int s1 = static_cast<int>(Root::S1);
    QVERIFY(chooseCell(u"emg_findings"_s, s1, static_cast<int>(EmgFindingsModel::Column::Left), u"acute_on_chronic"_s));
    QVERIFY(chooseCell(u"emg_findings"_s, s1, static_cast<int>(EmgFindingsModel::Column::Right), u"chronic"_s));
}

void TestEnterSeedCase::entersTheConservativeTherapy()
{
    QVERIFY(showSection(u"Conservative therapy"_s));
    struct Episode
    {
        QString type;
        QString start;
        QString end; // empty: ongoing
        QString sessions;
        QString response;
    };
    const QList<Episode> episodes{
        {u"physical_therapy"_s, u"2025-03-03"_s, u"2025-05-30"_s, u"14"_s, u"no_improvement"_s},
        {u"activity_modification"_s, u"2025-02-10"_s, {}, {}, u"partial"_s},
        {u"nsaid"_s, u"2025-02-10"_s, u"2025-07-15"_s, {}, u"partial"_s},
        {u"epidural_steroid_injection"_s, u"2025-06-12"_s, u"2025-08-01"_s, u"2"_s, u"partial"_s},
        {u"gabapentinoid"_s, u"2025-05-01"_s, {}, {}, u"no_improvement"_s},
    };
    const QString table = u"conservativeTherapy"_s;
    for (int row = 0; row < episodes.size(); ++row) {
        const Episode& e = episodes.at(row);
        QVERIFY(press(u"addEpisode"_s));
        QVERIFY2(chooseCell(table, row, static_cast<int>(TherapyColumn::Type), e.type), qPrintable(e.type));
        QVERIFY(typeCell(table, row, static_cast<int>(TherapyColumn::Start), e.start));
        if (!e.end.isEmpty())
            QVERIFY(typeCell(table, row, static_cast<int>(TherapyColumn::End), e.end));
        if (!e.sessions.isEmpty())
            QVERIFY(typeCell(table, row, static_cast<int>(TherapyColumn::Sessions), e.sessions));
        QVERIFY(chooseCell(table, row, static_cast<int>(TherapyColumn::Response), e.response));
    }
}

void TestEnterSeedCase::entersTheSurgicalHistory()
{
    QVERIFY(showSection(u"Surgical history"_s));
    // "Operations listed below" lists a first operation to fill in from the operative note.
    QVERIFY(chooseRow(u"surgicalHistory_state"_s, 2));
    const QString table = u"surgicalHistory"_s;
    QVERIFY(chooseCell(table, 0, static_cast<int>(OperationColumn::Procedure), u"laminectomy"_s));
    auto* view = field<QTableView>(table);
    QVERIFY(view);
    QVERIFY(cellkeys::tick(view, cell(table, 0, static_cast<int>(OperationColumn::Levels)),
                           {static_cast<int>(Level::L5S1)}));
    QVERIFY(typeCell(table, 0, static_cast<int>(OperationColumn::Date), u"2018-04-09"_s));
}

void TestEnterSeedCase::entersThePatient()
{
    QVERIFY(showSection(u"Patient factors"_s));
    QVERIFY(choose(u"patient_sex"_s, u"female"_s));
    QVERIFY(type(u"patient_ageYears"_s, u"67"_s));
    QVERIFY(choose(u"patient_nicotine"_s, u"never"_s));
    QVERIFY(choose(u"patient_diabetes"_s, false));
}

void TestEnterSeedCase::theCaseIsTheSeedFile()
{
    QFile file(kSeedPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument seed = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(seed.isObject());
    const QJsonDocument entered(CaseWriter::toJson(m_document->spineCase()));

    QStringList differences;
    collectDifferences({}, seed.object(), entered.object(), differences);
    QVERIFY2(differences.isEmpty(), qPrintable(u"\n"_s + differences.join(u'\n')));
    QCOMPARE(entered, seed);
    QVERIFY(m_document->isModified());
}

QStringList TestEnterSeedCase::cardDeterminations() const
{
    auto* cards = m_window->findChild<QWidget*>(u"determinationCards"_s);
    if (!cards || !cards->layout())
        return {};
    // In the order the column shows them; a card says its status as a word beside its icon.
    QStringList shown;
    for (int i = 0; i < cards->layout()->count(); ++i) {
        QWidget* card = cards->layout()->itemAt(i)->widget();
        if (!card || !card->objectName().startsWith(u"card_"_s))
            continue;
        QStringList statuses;
        for (const QLabel* label : card->findChildren<QLabel*>()) {
            for (const auto& [word, status] : kStatusWords) {
                if (label->text() == word)
                    statuses.append(status);
            }
        }
        shown.append(card->objectName().mid(5) + u'=' + statuses.join(u'|'));
    }
    return shown;
}

void TestEnterSeedCase::theCardsShowTheSeedDeterminations()
{
    // The cards repaint on the next turn of the event loop.
    QTRY_COMPARE(cardDeterminations(), kReferenceDeterminations);
    for (const QString& determination : kReferenceDeterminations) {
        const QString name = u"card_"_s + determination.section(u'=', 0, 0);
        auto* card = m_window->findChild<QAbstractButton*>(name);
        QVERIFY2(card && card->isVisible(), qPrintable(name));
        QStringList texts;
        for (const QLabel* label : card->findChildren<QLabel*>())
            texts.append(label->text());
        QVERIFY2(texts.contains(u"L5-S1"_s), qPrintable(name + u": "_s + texts.join(u" | "_s)));
    }

    const EvaluationResult& result = m_evaluation->result();
    QVERIFY(result.criteriaSet);
    QCOMPARE(result.criteriaSet->info.id, u"reference"_s);
    QCOMPARE(result.reviewDate, QDate(2025, 11, 17));
    QCOMPARE(result.caseId, u"seed-l5s1-revision"_s);
    QStringList computed;
    for (const ComponentOutcome& outcome : result.components)
        computed.append(enumToString(outcome.component) + u'=' + statusName(outcome.status));
    QCOMPARE(computed, kReferenceDeterminations);
}

void TestEnterSeedCase::noSectionShowsAValidationMessage()
{
    for (int row = 0; row < m_sectionList->count(); ++row) {
        const QString title = m_sectionList->item(row)->text().section(u"  "_s, 1);
        QVERIFY2(showSection(title), qPrintable(title));
        QWidget* page = m_stack->currentWidget();
        // Every problem is written behind a warning sign, in the issue labels and in the cells alike.
        for (const QLabel* label : page->findChildren<QLabel*>()) {
            const QString where = title + u": "_s + label->objectName() + u" says "_s + label->text();
            QVERIFY2(!label->isVisible() || !label->text().contains(u"⚠"_s), qPrintable(where));
            if (label->objectName().startsWith(u"issue_"_s) || label->objectName().endsWith(u"_issues"_s))
                QVERIFY2(label->isHidden(), qPrintable(where));
        }
        for (const QAbstractItemView* view : page->findChildren<QAbstractItemView*>()) {
            const QAbstractItemModel* model = view->model();
            for (int r = 0; model && r < model->rowCount(); ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    const QString text = model->index(r, c).data().toString();
                    QVERIFY2(!text.contains(u"⚠"_s), qPrintable(title + u": "_s + view->objectName() + u' ' + text));
                }
            }
        }
    }
    // What the sections show comes from the document's validation, which must have nothing to say either.
    QVERIFY2(m_document->issues().isEmpty(),
             qPrintable(m_document->issues().value(0).path + u": "_s + m_document->issues().value(0).message));
}

QTEST_MAIN(TestEnterSeedCase)
#include "tst_enterseedcase.moc"
