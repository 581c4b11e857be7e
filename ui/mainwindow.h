// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QSettings;
class QStackedWidget;

namespace spinereview {

class CaseDocument;
class ChartsPanel;
class CaseSection;
class EvaluationController;
class FileActions;
class ReportActions;
class ResultsPanel;
class ReviewWorkflow;
class SectionList;

// The reviewer's desk: assembles the case sections, the results column, menus and status bar. It holds no
// review logic — the sections edit the document, the controller evaluates, the panels show.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(CaseDocument& document, EvaluationController& evaluation, QSettings& settings,
               QWidget* parent = nullptr);

    FileActions* fileActions() const { return m_files; }
    // Shows the section holding the field of a case JSON path and focuses it.
    bool jumpToField(const QString& jsonPath);
    // Stored reviews: the review pane under the desk, the Review menu, Save into the database, the draft
    // saved on close. Without it the desk works on case files alone.
    void attachReviews(ReviewWorkflow& reviews);
    // The reviews cannot be stored (the database did not open): says so in the status bar, for good.
    void showStorageUnavailable(const QString& why);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus(QSettings& settings);
    void updateTitle();
    void updateStatus();
    void addSection(CaseSection* section);
    // Moves the focus to the next (`step` 1) or previous (-1) pane: section list, form, answer.
    void focusPane(int step);

    CaseDocument& m_document;
    EvaluationController& m_evaluation;
    FileActions* m_files;
    SectionList* m_sectionList;
    QStackedWidget* m_sectionStack;
    ResultsPanel* m_results;
    QList<CaseSection*> m_sections;
    ChartsPanel* m_charts = nullptr;
    QLabel* m_statusCriteria;
    QLabel* m_statusTiming;
    ReviewWorkflow* m_reviews = nullptr;
    ReportActions* m_reports = nullptr;
};

} // namespace spinereview
