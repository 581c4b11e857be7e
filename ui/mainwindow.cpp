// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "charts/chartspanel.h"
#include "core/i18n/criteriatexts.h"
#include "document/casedocument.h"
#include "document/evaluationcontroller.h"
#include "document/fileactions.h"
#include "i18n/languagemenu.h"
#include "interop/fhirimportaction.h"
#include "reports/reportactions.h"
#include "results/resultspanel.h"
#include "review/reviewerpicker.h"
#include "review/reviewpanel.h"
#include "review/reviewsession.h"
#include "review/reviewworkflow.h"
#include "sectionlist.h"
#include "sections/emgsection.h"
#include "sections/historysection.h"
#include "sections/imagingsection.h"
#include "sections/patientsection.h"
#include "sections/requestsection.h"
#include "sections/symptomssection.h"
#include "sections/therapysection.h"
#include "worklist/worklistwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace spinereview {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(CaseDocument& document, EvaluationController& evaluation, QSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_document(document)
    , m_evaluation(evaluation)
    , m_files(new FileActions(document, settings, this))
    , m_sectionList(new SectionList(this))
    , m_sectionStack(new QStackedWidget(this))
    , m_results(new ResultsPanel(evaluation.catalog().evidence(), evaluation.catalog().sets(), this))
    , m_statusCriteria(new QLabel(this))
    , m_statusTiming(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);
    m_sectionStack->setObjectName(u"sectionStack"_s);

    addSection(new RequestSection(document));
    addSection(new SymptomsSection(document));
    addSection(new ImagingSection(document));
    addSection(new EmgSection(document));
    addSection(new TherapySection(document));
    addSection(new HistorySection(document));
    addSection(new PatientSection(document));
    connect(m_sectionList, &QListWidget::currentRowChanged, m_sectionStack, &QStackedWidget::setCurrentIndex);
    m_sectionList->setCurrentRow(0);

    // The charts sit under the form, so the results column keeps the whole height for the answer.
    auto* middle = new QSplitter(Qt::Vertical, this);
    middle->setObjectName(u"formSplitter"_s);
    m_charts = new ChartsPanel(document, evaluation, middle);
    middle->addWidget(m_sectionStack);
    middle->addWidget(m_charts);
    middle->setSizes({560, 300});

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(u"deskSplitter"_s);
    splitter->addWidget(m_sectionList);
    splitter->addWidget(middle);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({200, 700, 540});
    setCentralWidget(splitter);

    m_statusCriteria->setObjectName(u"statusCriteria"_s);
    m_statusTiming->setObjectName(u"statusTiming"_s);
    auto* support = new QLabel(tr("Decision support for a qualified reviewer — the reviewer decides."), this);
    statusBar()->addWidget(m_statusCriteria, 1);
    statusBar()->addPermanentWidget(m_statusTiming);
    statusBar()->addPermanentWidget(support);

    buildMenus(settings);
    connect(m_results, &ResultsPanel::factActivated, this, &MainWindow::jumpToField);
    connect(m_results, &ResultsPanel::setRequested, &m_evaluation, &EvaluationController::setCurrentSet);
    connect(&m_evaluation, &EvaluationController::evaluated, this, [this] {
        m_results->setResults(m_evaluation.result(), m_evaluation.comparison());
        updateStatus();
    });
    connect(&document, &CaseDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(&document, &CaseDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(&document, &CaseDocument::caseEdited, this, &MainWindow::updateTitle);
    updateTitle();
    m_evaluation.evaluate();
}

void MainWindow::addSection(CaseSection* section)
{
    m_sections.append(section);
    auto* scroll = new QScrollArea(m_sectionStack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(section);
    m_sectionStack->addWidget(scroll);
    m_sectionList->addSection(section);
}

void MainWindow::buildMenus(QSettings& settings)
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_files->newAction());
    file->addAction(m_files->openAction());
    file->addMenu(m_files->recentMenu());
    file->addSeparator();
    // A case from an electronic record: the bundle's data pre-fills a new case, with what was not mapped shown.
    file->addAction((new FhirImportAction(m_document, *m_files, this))->action());
    file->addSeparator();
    // Summary, letter of medical necessity and request for information, previewed or exported as PDF.
    m_reports = new ReportActions(m_document, m_evaluation, this);
    file->addMenu(m_reports->menu());
    file->addSeparator();
    file->addAction(m_files->saveAction());
    file->addAction(m_files->saveAsAction());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* compare = view->addAction(tr("&Compare all criteria sets"));
    compare->setObjectName(u"actionCompare"_s);
    compare->setCheckable(true);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(compare, &QAction::toggled, m_results, &ResultsPanel::showComparison);
    connect(m_results, &ResultsPanel::comparisonShown, compare, &QAction::setChecked);
    QAction* charts = view->addAction(tr("C&harts"));
    charts->setObjectName(u"actionCharts"_s);
    charts->setCheckable(true);
    charts->setChecked(true);
    charts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(charts, &QAction::toggled, m_charts, &QWidget::setVisible);
    view->addSeparator();
    QAction* nextPane = view->addAction(tr("Next &pane"), this, [this] { focusPane(1); });
    nextPane->setObjectName(u"actionNextPane"_s);
    nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    QAction* previousPane = view->addAction(tr("Pre&vious pane"), this, [this] { focusPane(-1); });
    previousPane->setObjectName(u"actionPreviousPane"_s);
    previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    view->addSeparator();
    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        QAction* go = view->addAction(m_sections[i]->title());
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] {
            m_sectionList->setCurrentRow(static_cast<int>(i));
            // Sections focus their first field when they take focus.
            m_sections[i]->setFocus(Qt::ShortcutFocusReason);
        });
    }
    view->addSeparator();
    // The desk's language, saved in the settings and applied at the next start.
    auto* language = new LanguageMenu(settings, view);
    view->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this,
            [this] { statusBar()->showMessage(LanguageMenu::restartNotice(), 6000); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* example = help->addAction(tr("Open &example case"));
    example->setObjectName(u"actionOpenExample"_s);
    connect(example, &QAction::triggered, this, [this] {
        if (m_files->maybeSave())
            m_files->open(u":/examples/seed-l5s1-revision.json"_s);
    });
    help->addAction(tr("&About SpineReview"), this, [this] {
        QMessageBox::about(this, tr("About SpineReview"),
                           tr("<p><b>SpineReview %1</b></p><p>Decision support for lumbar fusion utilization review. "
                              "Determinations are computed from the selected criteria set; a qualified reviewer "
                              "decides, and every criterion names its sources.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar* tools = addToolBar(tr("Case"));
    tools->setObjectName(u"caseToolBar"_s);
    tools->addAction(m_files->newAction());
    tools->addAction(m_files->openAction());
    tools->addAction(m_files->saveAction());
    tools->addSeparator();
    tools->addAction(compare);
}

void MainWindow::focusPane(int step)
{
    // The panes in the order F6 visits them, as a keyboard user of other desktop applications expects.
    const QWidget* focused = QApplication::focusWidget();
    int current = 0;
    if (focused && m_sectionStack->isAncestorOf(focused))
        current = 1;
    else if (focused && m_results->isAncestorOf(focused))
        current = 2;
    switch ((current + step + 3) % 3) {
    case 0:
        m_sectionList->setFocus(Qt::ShortcutFocusReason);
        break;
    case 1:
        // Sections focus their first field when they take focus.
        m_sections.value(m_sectionList->currentRow(), m_sections.first())->setFocus(Qt::ShortcutFocusReason);
        break;
    default:
        m_results->focusAnswer();
        break;
    }
}

bool MainWindow::jumpToField(const QString& jsonPath)
{
    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        m_sectionList->setCurrentRow(static_cast<int>(i));
        if (m_sections[i]->focusPath(jsonPath))
            return true;
    }
    statusBar()->showMessage(tr("No field shows %1").arg(jsonPath), 4000);
    return false;
}

void MainWindow::updateTitle()
{
    const QString name = m_document.filePath().isEmpty() || m_document.filePath().startsWith(u':')
                             ? m_document.spineCase().caseId
                             : QFileInfo(m_document.filePath()).fileName();
    setWindowTitle(name + u"[*] — SpineReview"_s);
    setWindowModified(m_document.isModified());
}

void MainWindow::updateStatus()
{
    const CriteriaSetPtr set = m_evaluation.currentSet();
    if (!set) {
        m_statusCriteria->setText(tr("No criteria set could be loaded"));
        return;
    }
    m_statusCriteria->setText(tr("%1 · version %2 · sha256 %3… · as of %4")
                                  .arg(CriteriaTexts::title(set->info), set->info.version, set->info.sha256.left(12),
                                       m_evaluation.reviewDate().toString(Qt::ISODate)));
    m_statusTiming->setText(
        tr("evaluated in %1 ms").arg(static_cast<double>(m_evaluation.lastEvaluationMicros()) / 1000.0, 0, 'f', 2));
}

void MainWindow::attachReviews(ReviewWorkflow& reviews)
{
    m_reviews = &reviews;
    m_files->setStore(&reviews);
    // The summary then carries the open review's decisions, reasons, notes and assigned reviewer.
    m_reports->setReviewSession(&reviews.session(),
                                [&reviews](qint64 reviewerRef) { return reviews.picker()->nameOf(reviewerRef); });

    auto* dock = new QDockWidget(tr("Review"), this);
    dock->setObjectName(u"reviewDock"_s);
    dock->setWidget(reviews.panel());
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->setVisible(reviews.session().isOpen());
    connect(&reviews.session(), &ReviewSession::opened, dock, &QWidget::show);
    connect(&reviews.session(), &ReviewSession::closed, dock, &QWidget::hide);
    connect(&reviews, &ReviewWorkflow::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 6000); });

    // The menu sits before Help, where a reviewer looks for the review's own steps.
    QMenu* menu = new QMenu(tr("&Review"), this);
    menuBar()->insertMenu(menuBar()->actions().constLast(), menu);
    QAction* worklist = menu->addAction(tr("&Worklist"), this, [&reviews] {
        reviews.worklist()->show();
        reviews.worklist()->raise();
        reviews.worklist()->activateWindow();
    });
    worklist->setObjectName(u"actionWorklist"_s);
    worklist->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    if (auto* tools = findChild<QToolBar*>(u"caseToolBar"_s)) {
        tools->addSeparator();
        tools->addAction(worklist);
    }
    menu->addSeparator();
    menu->addActions(reviews.panel()->stepActions());
    menu->addSeparator();
    menu->addAction(tr("Working &as…"), this, [&reviews] { reviews.picker()->setFocus(Qt::ShortcutFocusReason); });
    menu->addAction(tr("N&ew reviewer…"), reviews.picker(), &ReviewerPicker::addReviewer);
}

void MainWindow::showStorageUnavailable(const QString& why)
{
    auto* label = new QLabel(tr("⚠ Reviews are not stored: %1").arg(why), this);
    label->setObjectName(u"storageUnavailable"_s);
    label->setToolTip(why);
    statusBar()->addPermanentWidget(label);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // The draft first: whatever the answer to the prompt, work in progress is on disk.
    if (m_reviews)
        m_reviews->flush();
    if (m_files->maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && urls.first().toLocalFile().endsWith(u".json"_s))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    if (!path.isEmpty() && m_files->maybeSave() && m_files->open(path))
        event->acceptProposedAction();
}

} // namespace spinereview
