// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/criteria/criteriaset.h"
#include "document/casestore.h"
#include "storage/caseintake.h"
#include "storage/draft.h"

#include <QDate>
#include <QObject>
#include <QString>

class QSettings;
class QWidget;

namespace spinereview {

class CaseDocument;
class Database;
class DraftKeeper;
class EvaluationController;
class FileActions;
class ReviewerPicker;
class ReviewPanel;
class ReviewSession;
class WorklistWindow;

// The desk's stored reviews: the worklist window opens reviews into the desk, the review panel records
// decisions, Save writes case and review to the database, drafts autosave and come back after a crash, and
// case files are imported into the worklist. Owns the parts and connects them; each part does one thing.
class ReviewWorkflow final : public QObject, public CaseStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewWorkflow)

public:
    ReviewWorkflow(CaseDocument& document, EvaluationController& evaluation, const Database& database,
                   QSettings& settings, FileActions& files, QWidget* window);
    ~ReviewWorkflow() override;

    ReviewSession& session() const { return *m_session; }
    DraftKeeper& drafts() const { return *m_drafts; }
    ReviewPanel* panel() const { return m_panel; }
    ReviewerPicker* picker() const { return m_picker; }
    WorklistWindow* worklist() const { return m_worklist; }

    // Who owns this workstation's drafts: the login and the machine ("ana@ws-12").
    static QString workstationOwner();

    // Opens a stored review into the desk, asking first about unsaved work in it.
    bool openReview(qint64 reviewRef);
    // Imports case files (or every .json in the folders given) into the worklist under the desk's criteria
    // set; returns a summary of what was added, unchanged and refused, and why.
    QString importCases(const QStringList& paths, QDate today);
    // After a start: offers each draft an earlier run left behind (a crash), one question per draft.
    void offerRecovery();
    // Saves the pending draft (the desk is closing).
    void flush();

    // CaseStore
    bool holdsOpenCase() const override;
    bool saveOpenCase() override;
    void discardOpenChanges() override;
    bool hasUnsavedWork() const override;

signals:
    // A line for the status bar: autosaves, imports, failures.
    void statusMessage(const QString& message);

private:
    QString describe(const Draft& draft) const;

    CaseDocument& m_document;
    EvaluationController& m_evaluation;
    const Database& m_database;
    FileActions& m_files;
    QWidget* m_window;
    ReviewSession* m_session;
    DraftKeeper* m_drafts;
    ReviewerPicker* m_picker;
    ReviewPanel* m_panel;
    WorklistWindow* m_worklist;
};

} // namespace spinereview
