// SPDX-License-Identifier: GPL-3.0-or-later
// The assembled desk: the seed case opens with its determinations on the cards, edits re-evaluate at once,
// a fact in the rationale jumps to its field, and the comparison view shows where the sets disagree.
#include "cellkeys.h"
#include "core/case/casereader.h"
#include "core/criteria/criteriacatalog.h"
#include "deskfixture.h"
#include "document/casedocument.h"
#include "document/evaluationcontroller.h"
#include "document/fileactions.h"
#include "editors/enumbox.h"
#include "mainwindow.h"
#include "models/imaginglevelsmodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensTheSeedCaseWithItsDeterminations();
    void fiveMillimetresOfMotionMeetsFusion();
    void switchingSetsChangesTheCards();
    void everySectionIsListed();
    void savesAndReopensWithoutLoss();

private:
    QString cardText(const QString& component) const;

    std::unique_ptr<testing::DeskFixture> m_desk;
    CaseDocument* m_document = nullptr;
    EvaluationController* m_evaluation = nullptr;
    MainWindow* m_window = nullptr;
};

void TestMainWindow::init()
{
    m_desk = std::make_unique<testing::DeskFixture>();
    m_document = &m_desk->document;
    m_evaluation = &m_desk->evaluation;
    m_window = &m_desk->window;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->fileActions()->open(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/seed-l5s1-revision.json")));
}

void TestMainWindow::cleanup()
{
    m_window = nullptr;
    m_evaluation = nullptr;
    m_document = nullptr;
    m_desk.reset();
}

QString TestMainWindow::cardText(const QString& component) const
{
    auto* card = m_window->findChild<QWidget*>(u"card_"_s + component);
    if (!card)
        return {};
    QStringList texts{card->accessibleName()};
    for (const QLabel* label : card->findChildren<QLabel*>())
        texts.append(label->text());
    if (const auto* button = qobject_cast<QAbstractButton*>(card))
        texts.append(button->text());
    return texts.join(u' ');
}

void TestMainWindow::opensTheSeedCaseWithItsDeterminations()
{
    QCOMPARE(m_document->spineCase().caseId, u"seed-l5s1-revision"_s);
    // The cards repaint on the next turn of the event loop.
    QTRY_VERIFY2(cardText(u"decompression"_s).contains(u"Met"_s), qPrintable(cardText(u"decompression"_s)));
    QTRY_VERIFY2(cardText(u"fusion"_s).contains(u"Incomplete"_s), qPrintable(cardText(u"fusion"_s)));
    QVERIFY(cardText(u"bone_marrow_aspirate"_s).contains(u"Not met"_s));
    QVERIFY(cardText(u"bmp"_s).contains(u"Not met"_s));
    QVERIFY(cardText(u"cement_augmentation"_s).contains(u"Incomplete"_s));
    // The criteria set's name, version and hash are always in view.
    const auto* status = m_window->findChild<QLabel*>(u"statusCriteria"_s);
    QVERIFY(status);
    QVERIFY(status->text().contains(u"2026.1"_s));
    QVERIFY(status->text().contains(m_evaluation->currentSet()->info.sha256.left(12)));
}

void TestMainWindow::fiveMillimetresOfMotionMeetsFusion()
{
    // Through the imaging section's own widgets, with the keyboard: a flexion–extension study after the prior
    // laminectomy showing 5 mm of translation at L5-S1.
    auto* list = m_window->findChild<QListWidget*>(u"sectionList"_s);
    list->setCurrentRow(2);
    auto* add = m_window->findChild<QPushButton*>(u"addStudy"_s);
    QVERIFY(add);
    QTRY_VERIFY(add->isVisible());
    add->setFocus();
    QTest::keyClick(add, Qt::Key_Space);
    QCOMPARE(m_document->spineCase().imaging->size(), 2);
    auto* modality = m_window->findChild<EnumBox*>(u"imaging_modality"_s);
    QTRY_VERIFY(modality->hasFocus());
    QTest::keyClick(modality, Qt::Key_End);
    QCOMPARE(m_document->spineCase().imaging->at(1).modality, Modality::FlexionExtensionXray);
    auto* grid = m_window->findChild<QTableView*>(u"imaging_levels"_s);
    const QModelIndex motion = grid->model()->index(static_cast<int>(Level::L5S1),
                                                    static_cast<int>(ImagingLevelsModel::Column::DynamicTranslationMm));
    QVERIFY(cellkeys::type(grid, motion, u"5"_s));
    QCOMPARE(m_document->spineCase().imaging->at(1).levels->value(Level::L5S1).dynamicTranslationMm, 5.0);

    // The determinations follow at once: indication c (more than 3 mm of motion) meets fusion under reference.
    QTRY_VERIFY2(cardText(u"fusion"_s).contains(u"Met"_s) && !cardText(u"fusion"_s).contains(u"Incomplete"_s),
                 qPrintable(cardText(u"fusion"_s)));
    QVERIFY(cardText(u"instrumentation"_s).contains(u"Met"_s));
    QCOMPARE(m_evaluation->result().component(Component::Fusion)->status, Status::Met);
    QVERIFY(m_window->isWindowModified());
}

void TestMainWindow::switchingSetsChangesTheCards()
{
    m_evaluation->setCurrentSet(u"founding-review"_s);
    QTRY_VERIFY(cardText(u"bmp"_s).contains(u"Met"_s) && !cardText(u"bmp"_s).contains(u"Not met"_s));
    const auto* status = m_window->findChild<QLabel*>(u"statusCriteria"_s);
    QVERIFY(status->text().contains(u"Founding review"_s));
    QCOMPARE(m_evaluation->comparison().size(), 3);
}

void TestMainWindow::everySectionIsListed()
{
    auto* list = m_window->findChild<QListWidget*>(u"sectionList"_s);
    QVERIFY(list);
    QCOMPARE(list->count(), 7);
    auto* stack = m_window->findChild<QStackedWidget*>(u"sectionStack"_s);
    list->setCurrentRow(2);
    QCOMPARE(stack->currentIndex(), 2);
    // A fact's path in the rationale brings its section forward.
    QVERIFY(m_window->jumpToField(u"conservativeTherapy[0].response"_s));
    QCOMPARE(list->currentRow(), 4);
}

void TestMainWindow::savesAndReopensWithoutLoss()
{
    const QString path = m_desk->dir.filePath(u"seed-copy.json"_s);
    QVERIFY(m_document->save(path).isEmpty());
    QVERIFY(!m_window->isWindowModified());
    const CaseReadResult reread = CaseReader::readFile(path);
    QVERIFY(reread.ok());
    const CaseReadResult original =
        CaseReader::readFile(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/seed-l5s1-revision.json"));
    QCOMPARE(reread.value->caseId, original.value->caseId);
    QCOMPARE(reread.value->conservativeTherapy->size(), original.value->conservativeTherapy->size());
    QCOMPARE(m_document->filePath(), path);
    QVERIFY(m_window->windowTitle().startsWith(u"seed-copy.json"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
