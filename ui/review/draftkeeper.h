// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/draftrepository.h"

#include <QObject>
#include <QTimer>

namespace spinereview {

class CaseDocument;
class Database;
class ReviewSession;

// Autosave: a few seconds after the first edit not yet written — and once more when the desk closes — the case as
// it stands and the review's unsaved decisions are written to the database as a draft. A save or a discard
// removes the draft, so a draft found at start is work a crash interrupted, and recover() brings it back.
class DraftKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftKeeper)

public:
    // Long enough that typing a word is one write, short enough that a crash costs seconds of work.
    static constexpr int defaultDelayMs = 2000;

    DraftKeeper(CaseDocument& document, ReviewSession& session, const Database& database, QString owner,
                QObject* parent = nullptr);

    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    const QString& owner() const { return m_owner; }
    // Whether an edit is waiting for its autosave.
    bool isPending() const { return m_timer.isActive(); }
    // The error of the last autosave, empty when it succeeded.
    QString lastError() const { return m_lastError; }

    // Writes the pending draft now (on close, before a prompt).
    void flush();
    // Drops the draft of the work in the desk (the reviewer discarded it).
    void discard();
    // Drafts of this owner left by an earlier run.
    StorageResult<QList<Draft>> leftBehind() const;
    // Brings a draft back into the desk — its stored review when it had one, the case as it stood, marked
    // modified — and carries on autosaving into it. A draft that cannot be read says why and stays stored.
    StorageStatus recover(const Draft& draft);
    // Removes a draft the reviewer does not want back.
    StorageStatus drop(const Draft& draft);

signals:
    void autosaved();
    void autosaveFailed(const QString& message);

private:
    void schedule();
    void write();
    void workSaved();

    CaseDocument& m_document;
    ReviewSession& m_session;
    DraftRepository m_drafts;
    QString m_owner;
    QTimer m_timer;
    qint64 m_draftRef = 0; // the draft of the work in the desk, 0 while there is none
    QString m_lastError;
};

} // namespace spinereview
