// SPDX-License-Identifier: GPL-3.0-or-later
#include "worklist/worklistwindow.h"

#include "charts/dashboardview.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/reviewerrepository.h"
#include "storage/worklistrepository.h"
#include "theme/issuelabel.h"
#include "worklist/worklistfilterbar.h"
#include "worklist/worklistmodel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

const QString kSortColumnKey = u"worklist/sortColumn"_s;
const QString kSortOrderKey = u"worklist/sortOrder"_s;
const QString kColumnsKey = u"worklist/columns"_s;
const QString kGeometryKey = u"worklist/geometry"_s;
const QString kWindowStateKey = u"worklist/windowState"_s;
const QString kTabKey = u"worklist/tab"_s;
const QString kImportFolderKey = u"worklist/importFolder"_s;
const QString kPeriodKey = u"worklist/dashboard/period"_s;
const QString kRangeKey = u"worklist/dashboard/rangeDays"_s;
const QString kComponentKey = u"worklist/dashboard/component"_s;
constexpr int kNoComponent = -1;
constexpr int kNoteMs = 6000;

} // namespace

WorklistWindow::WorklistWindow(const Database& database, QSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_settings(settings)
    , m_model(new WorklistModel(database, this))
    , m_filters(new WorklistFilterBar)
    , m_table(new QTableView)
    , m_count(new QLabel)
    , m_message(new IssueLabel(u"storageMessage"_s, tr("Storage problem")))
    , m_tabs(new QTabWidget)
    , m_dashboard(new DashboardView(database))
{
    setObjectName(u"worklistWindow"_s);
    setWindowTitle(tr("Worklist — SpineReview"));

    m_table->setObjectName(u"worklistTable"_s);
    m_table->setAccessibleName(tr("Worklist"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setStretchLastSection(true);
    const bool columnsRestored = header->restoreState(settings.value(kColumnsKey).toByteArray());
    const int sortColumn = settings.value(kSortColumnKey, int(WorklistModel::Column::Due)).toInt();
    const auto sortOrder = static_cast<Qt::SortOrder>(settings.value(kSortOrderKey, Qt::AscendingOrder).toInt());
    m_model->sort(sortColumn, sortOrder); // recorded only: the model has not read yet
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());

    m_count->setObjectName(u"countLabel"_s);
    auto* page = new QWidget;
    page->setObjectName(u"worklistPage"_s);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(m_filters);
    pageLayout->addWidget(m_table, 1);
    pageLayout->addWidget(m_count);

    m_tabs->setObjectName(u"worklistTabs"_s);
    m_tabs->addTab(page, tr("&Worklist"));
    m_tabs->addTab(m_dashboard, tr("Dash&board"));
    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->addWidget(m_message);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    buildActions();
    restoreSettings();
    connectParts();

    reloadChoices();
    m_model->setFilter(m_filters->filter(m_database.now()));
    m_model->refresh();
    if (!columnsRestored)
        m_table->resizeColumnsToContents();
}

void WorklistWindow::restoreSettings()
{
    m_filters->restore(m_settings);
    m_dashboard->setPeriod(static_cast<DashboardRepository::Period>(
        m_settings.value(kPeriodKey, int(DashboardRepository::Period::Week)).toInt()));
    m_dashboard->setRangeDays(m_settings.value(kRangeKey, DashboardView::kRangeDays.at(1)).toInt());
    const int component = m_settings.value(kComponentKey, kNoComponent).toInt();
    m_dashboard->setComponent(component == kNoComponent ? std::nullopt
                                                        : std::optional<Component>(static_cast<Component>(component)));
    m_tabs->setCurrentIndex(m_settings.value(kTabKey, 0).toInt());
    restoreGeometry(m_settings.value(kGeometryKey).toByteArray());
    restoreState(m_settings.value(kWindowStateKey).toByteArray());
}

void WorklistWindow::connectParts()
{
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &WorklistWindow::sortChanged);
    connect(m_filters, &WorklistFilterBar::changed, this, &WorklistWindow::applyFilters);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit openRequested(index.data(WorklistModel::ReviewRefRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepCurrent = currentReviewRef(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keepCurrent)
            selectReview(*m_keepCurrent);
        m_keepCurrent.reset();
        m_open->setEnabled(m_table->currentIndex().isValid());
        updateCount();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &WorklistWindow::updateCount);
    connect(m_model, &WorklistModel::lastErrorChanged, this, &WorklistWindow::updateMessage);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { m_open->setEnabled(current.isValid()); });
    connect(m_dashboard, &DashboardView::lastErrorChanged, this, &WorklistWindow::updateMessage);
    connect(m_dashboard, &DashboardView::choicesChanged, this, &WorklistWindow::saveSettings);
    connect(m_tabs, &QTabWidget::currentChanged, this, &WorklistWindow::saveSettings);
}

void WorklistWindow::buildActions()
{
    m_open = new QAction(tr("&Open review"), this);
    m_open->setObjectName(u"actionOpenReview"_s);
    // Enter opens the current row while the table has the focus; in the search field it only applies the search.
    m_open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_open->setEnabled(false);
    m_table->addAction(m_open);
    connect(m_open, &QAction::triggered, this, &WorklistWindow::openCurrent);

    auto* importFiles = new QAction(tr("&Import cases…"), this);
    importFiles->setObjectName(u"actionImportCases"_s);
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importFiles->setToolTip(tr("Import one or more case files (.json)"));
    connect(importFiles, &QAction::triggered, this, &WorklistWindow::chooseFiles);
    auto* importFolder = new QAction(tr("Import a &folder of cases…"), this);
    importFolder->setObjectName(u"actionImportFolder"_s);
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(importFolder, &QAction::triggered, this, &WorklistWindow::chooseFolder);
    auto* reload = new QAction(tr("&Refresh"), this);
    reload->setObjectName(u"actionRefresh"_s);
    reload->setShortcut(QKeySequence(Qt::Key_F5));
    connect(reload, &QAction::triggered, this, &WorklistWindow::refresh);

    QMenu* reviews = menuBar()->addMenu(tr("&Reviews"));
    reviews->addAction(m_open);
    reviews->addSeparator();
    reviews->addAction(importFiles);
    reviews->addAction(importFolder);
    reviews->addSeparator();
    reviews->addAction(reload);
    QToolBar* tools = addToolBar(tr("Worklist"));
    tools->setObjectName(u"worklistToolBar"_s);
    tools->addAction(m_open);
    tools->addAction(importFiles);
    tools->addAction(reload);
}

void WorklistWindow::refresh()
{
    reloadChoices();
    m_model->setFilter(m_filters->filter(m_database.now())); // reads again, "today" included
    if (m_dashboard->isVisible())
        m_dashboard->refresh();
}

void WorklistWindow::reloadChoices()
{
    const AuditLog audit(m_database);
    const StorageResult<QList<Reviewer>> reviewers = ReviewerRepository(m_database, audit).list();
    const StorageResult<QStringList> payers = WorklistRepository(m_database).payers();
    if (reviewers.ok())
        m_filters->setReviewers(reviewers.value());
    if (payers.ok())
        m_filters->setPayers(payers.value());
    m_choicesError = !reviewers.ok() ? reviewers.error().message : !payers.ok() ? payers.error().message : QString();
    updateMessage();
}

void WorklistWindow::applyFilters()
{
    m_model->setFilter(m_filters->filter(m_database.now()));
    saveSettings();
}

void WorklistWindow::sortChanged(int column, Qt::SortOrder order)
{
    if (!WorklistModel::sortKey(static_cast<WorklistModel::Column>(column))) {
        const QSignalBlocker blocker(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        statusBar()->showMessage(tr("The worklist cannot be sorted by its levels"), kNoteMs);
        return;
    }
    m_model->sort(column, order);
    saveSettings();
}

std::optional<qint64> WorklistWindow::currentReviewRef() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.data(WorklistModel::ReviewRefRole).toLongLong();
}

bool WorklistWindow::selectReview(qint64 reviewRef)
{
    const std::optional<int> row = m_model->rowOf(reviewRef);
    if (!row)
        return false;
    const QModelIndex index = m_model->index(*row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void WorklistWindow::openCurrent()
{
    if (const std::optional<qint64> review = currentReviewRef())
        emit openRequested(*review);
}

void WorklistWindow::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import cases"), m_settings.value(kImportFolderKey).toString(), tr("SpineReview cases (*.json)"));
    if (files.isEmpty())
        return;
    m_settings.setValue(kImportFolderKey, QFileInfo(files.constFirst()).absolutePath());
    emit importRequested(files);
}

void WorklistWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder of cases"),
                                                             m_settings.value(kImportFolderKey).toString());
    if (folder.isEmpty())
        return;
    m_settings.setValue(kImportFolderKey, folder);
    const QDir dir(folder);
    QStringList files;
    for (const QString& name : dir.entryList({u"*.json"_s}, QDir::Files | QDir::Readable, QDir::Name))
        files.append(dir.absoluteFilePath(name));
    if (files.isEmpty()) {
        statusBar()->showMessage(tr("No case files (*.json) in %1").arg(QDir::toNativeSeparators(folder)), kNoteMs);
        return;
    }
    emit importRequested(files);
}

void WorklistWindow::updateCount()
{
    const qint64 shown = m_model->total();
    const qint64 all = m_model->overallTotal();
    if (!m_model->lastError().isEmpty())
        m_count->setText(tr("Reviews could not be read"));
    else if (shown != all)
        m_count->setText(all == 1 ? tr("%1 of 1 review").arg(shown) : tr("%1 of %2 reviews").arg(shown).arg(all));
    else
        m_count->setText(all == 1 ? tr("1 review") : tr("%1 reviews").arg(all));
}

void WorklistWindow::updateMessage()
{
    QStringList lines;
    for (const QString& problem : {m_model->lastError(), m_choicesError, m_dashboard->lastError()}) {
        const QString line = tr("⚠ Storage problem: %1").arg(problem);
        if (!problem.isEmpty() && !lines.contains(line))
            lines.append(line);
    }
    if (lines.isEmpty()) {
        m_message->hide();
        m_message->clear();
    } else {
        // Every read here only reads: say so, so nobody wonders whether work was lost.
        lines.append(tr("Nothing was changed. Press F5 to read again."));
        m_message->setText(lines.join(u'\n'));
        m_message->show();
    }
    updateCount();
}

void WorklistWindow::saveSettings() const
{
    m_filters->save(m_settings);
    m_settings.setValue(kSortColumnKey, m_model->sortColumn());
    m_settings.setValue(kSortOrderKey, int(m_model->sortOrder()));
    m_settings.setValue(kColumnsKey, m_table->horizontalHeader()->saveState());
    m_settings.setValue(kTabKey, m_tabs->currentIndex());
    m_settings.setValue(kPeriodKey, int(m_dashboard->period()));
    m_settings.setValue(kRangeKey, m_dashboard->rangeDays());
    const std::optional<Component> component = m_dashboard->component();
    m_settings.setValue(kComponentKey, component ? int(*component) : kNoComponent);
}

WorklistWindow::~WorklistWindow()
{
    // Still open when the application ends (the desk closed first): remembered as it is. A window that was
    // closed before remembered itself then, and one never shown keeps what was remembered before.
    if (isVisible())
        saveGeometryAndState();
}

void WorklistWindow::saveGeometryAndState() const
{
    saveSettings();
    m_settings.setValue(kGeometryKey, saveGeometry());
    m_settings.setValue(kWindowStateKey, saveState());
}

void WorklistWindow::closeEvent(QCloseEvent* event)
{
    saveGeometryAndState();
    QMainWindow::closeEvent(event);
}

} // namespace spinereview
