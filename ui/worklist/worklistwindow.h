// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <optional>

class QAction;
class QLabel;
class QSettings;
class QTabWidget;
class QTableView;

namespace spinereview {

class DashboardView;
class Database;
class IssueLabel;
class WorklistFilterBar;
class WorklistModel;

// The stored reviews to work: a filtered, sorted worklist table read page by page from the database, and a
// dashboard tab. It opens nothing and imports nothing itself — it asks, through openRequested() and
// importRequested(), and whoever composed it does the work and calls refresh(). Filters, sort and geometry
// are remembered in the settings under worklist/; a storage error shows in a message line above the tabs.
class WorklistWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorklistWindow)

public:
    WorklistWindow(const Database& database, QSettings& settings, QWidget* parent = nullptr);
    ~WorklistWindow() override;

    WorklistModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    WorklistFilterBar* filterBar() const { return m_filters; }
    DashboardView* dashboard() const { return m_dashboard; }
    QTabWidget* tabs() const { return m_tabs; }
    // The review of the current row, if there is one.
    std::optional<qint64> currentReviewRef() const;
    // Makes the review's row current if it has been read; false if not.
    bool selectReview(qint64 reviewRef);

public slots:
    // Reads the reviewers, payers and rows again (and the dashboard, if it is showing), keeping the current
    // review current when it is still listed.
    void refresh();

signals:
    void openRequested(qint64 reviewRef);
    // Case files (.json) to import: the files chosen, or those in the folder chosen.
    void importRequested(const QStringList& paths);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void restoreSettings();
    void connectParts();
    void applyFilters();
    void reloadChoices();
    void sortChanged(int column, Qt::SortOrder order);
    void openCurrent();
    void chooseFiles();
    void chooseFolder();
    void updateCount();
    void updateMessage();
    void saveSettings() const;
    void saveGeometryAndState() const;

    const Database& m_database;
    QSettings& m_settings;
    WorklistModel* m_model;
    WorklistFilterBar* m_filters;
    QTableView* m_table;
    QLabel* m_count;
    IssueLabel* m_message;
    QTabWidget* m_tabs;
    DashboardView* m_dashboard;
    QAction* m_open = nullptr;
    QString m_choicesError;
    // The review that was current when the model began to reset, made current again once it has.
    std::optional<qint64> m_keepCurrent;
};

} // namespace spinereview
