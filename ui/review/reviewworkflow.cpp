// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewworkflow.h"

#include "document/casedocument.h"
#include "document/evaluationcontroller.h"
#include "document/fileactions.h"
#include "review/draftkeeper.h"
#include "review/reviewerpicker.h"
#include "review/reviewpanel.h"
#include "review/reviewsession.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "worklist/worklistwindow.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSysInfo>

namespace spinereview {

using namespace Qt::StringLiterals;

ReviewWorkflow::ReviewWorkflow(CaseDocument& document, EvaluationController& evaluation, const Database& database,
                               QSettings& settings, FileActions& files, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_evaluation(evaluation)
    , m_database(database)
    , m_files(files)
    , m_window(window)
    , m_session(new ReviewSession(document, evaluation, database, this))
    , m_drafts(new DraftKeeper(document, *m_session, database, workstationOwner(), this))
    , m_picker(new ReviewerPicker(database, settings))
    , m_panel(new ReviewPanel(*m_session, evaluation, m_picker, [this] { return saveOpenCase(); }))
    , m_worklist(new WorklistWindow(database, settings, window))
{
    connect(m_picker, &ReviewerPicker::failed, m_panel, &ReviewPanel::showMessage);

    connect(m_worklist, &WorklistWindow::openRequested, this, [this](qint64 reviewRef) {
        if (openReview(reviewRef) && m_window) {
            m_window->raise();
            m_window->activateWindow();
        }
    });
    connect(m_worklist, &WorklistWindow::importRequested, this, [this](const QStringList& paths) {
        const QString summary = importCases(paths, QDate::currentDate());
        QMessageBox::information(m_worklist, tr("Import cases"), summary);
    });
    connect(m_session, &ReviewSession::saved, m_worklist, &WorklistWindow::refresh);
    connect(m_drafts, &DraftKeeper::autosaved, this, [this] {
        emit statusMessage(
            tr("Draft autosaved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    });
    connect(m_drafts, &DraftKeeper::autosaveFailed, this,
            [this](const QString& message) { emit statusMessage(tr("Autosave failed: %1").arg(message)); });
}

ReviewWorkflow::~ReviewWorkflow()
{
    // The panel and the picker live in the desk's dock; the worklist is the desk's child window.
    m_drafts->flush();
}

QString ReviewWorkflow::workstationOwner()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME", u"user"_s));
    return u"%1@%2"_s.arg(user, QSysInfo::machineHostName());
}

bool ReviewWorkflow::holdsOpenCase() const
{
    return m_session->isOpen();
}

bool ReviewWorkflow::hasUnsavedWork() const
{
    return m_session->isReviewModified();
}

bool ReviewWorkflow::saveOpenCase()
{
    const StorageStatus failed = m_session->save();
    if (!failed) {
        m_panel->showMessage({});
        emit statusMessage(tr("Review %1 saved").arg(m_session->review().ref));
        return true;
    }
    m_panel->showMessage(failed->message);
    if (failed->kind == StorageError::Kind::Conflict) {
        // Nothing of this reviewer's is lost: the desk keeps it, and so does the draft.
        m_drafts->flush();
        QMessageBox::warning(m_window, tr("Someone else saved this review"),
                             tr("%1\n\nYour changes are still in the desk and kept as a draft. Reopen the review "
                                "from the worklist to see the other reviewer's work, then enter yours again.")
                                 .arg(failed->message));
    } else if (failed->kind != StorageError::Kind::Invalid) {
        QMessageBox::critical(m_window, tr("The review was not saved"), failed->message);
    }
    return false;
}

void ReviewWorkflow::discardOpenChanges()
{
    m_drafts->discard();
}

void ReviewWorkflow::flush()
{
    m_drafts->flush();
}

bool ReviewWorkflow::openReview(qint64 reviewRef)
{
    if (m_session->isOpen() && m_session->review().ref == reviewRef)
        return true;
    // The desk's own prompt (Save / Discard / Cancel) for the work it holds.
    if (!m_files.maybeSave())
        return false;
    if (StorageStatus failed = m_session->open(reviewRef)) {
        QMessageBox::warning(m_window, tr("The review could not be opened"), failed->message);
        return false;
    }
    return true;
}

QString ReviewWorkflow::importCases(const QStringList& paths, QDate today)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        for (const QFileInfo& entry : QDir(path).entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name))
            files.append(entry.filePath());
    }
    const CriteriaSetPtr set = m_evaluation.currentSet();
    if (!set)
        return tr("No criteria set is loaded, so no case was imported.");
    const AuditLog audit(m_database);
    const CaseIntake intake(m_database, audit);
    const std::optional<Reviewer> reviewer = m_picker->reviewer();
    const Actor actor =
        reviewer ? Actor::of(*reviewer) : Actor::program(tr("SpineReview import (%1)").arg(workstationOwner()));
    int added = 0;
    int unchanged = 0;
    QStringList problems;
    for (const QString& file : files) {
        StorageResult<IntakeOutcome> outcome = intake.importFile(file, set, today, actor);
        if (!outcome.ok())
            problems.append(outcome.error().message);
        else if (outcome.value().unchanged)
            ++unchanged;
        else
            ++added;
    }
    m_worklist->refresh();
    QString summary = tr("%n case(s) imported", nullptr, added);
    if (unchanged > 0)
        summary += u"; "_s + tr("%n already stored unchanged", nullptr, unchanged);
    if (!problems.isEmpty())
        summary += u"; "_s + tr("%n refused:", nullptr, static_cast<int>(problems.size())) + u"\n\n"_s +
                   problems.join(u"\n"_s);
    emit statusMessage(summary.section(u'\n', 0, 0));
    return summary;
}

QString ReviewWorkflow::describe(const Draft& draft) const
{
    const QString what = draft.reviewRef              ? tr("review %1").arg(*draft.reviewRef)
                         : draft.sourcePath.isEmpty() ? tr("a new case")
                                                      : QFileInfo(draft.sourcePath).fileName();
    return tr("%1, autosaved %2").arg(what, QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat));
}

void ReviewWorkflow::offerRecovery()
{
    StorageResult<QList<Draft>> left = m_drafts->leftBehind();
    if (!left.ok()) {
        emit statusMessage(left.error().message);
        return;
    }
    for (const Draft& draft : left.value()) {
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved work?"),
                        tr("SpineReview stopped before this work was saved: %1.").arg(describe(draft)),
                        QMessageBox::NoButton, m_window);
        box.setObjectName(u"recoveryBox"_s);
        box.setInformativeText(tr("Recover it into the desk, or discard it for good?"));
        QPushButton* recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
        QAbstractButton* discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("Ask &later"), QMessageBox::RejectRole);
        box.setDefaultButton(recover);
        box.exec();
        if (box.clickedButton() == static_cast<QAbstractButton*>(recover)) {
            if (StorageStatus failed = m_drafts->recover(draft))
                QMessageBox::warning(m_window, tr("The draft could not be recovered"), failed->message);
            else
                return; // one piece of work in the desk at a time; the others are offered at the next start
        } else if (box.clickedButton() == discard) {
            m_drafts->drop(draft);
        }
    }
}

} // namespace spinereview
