// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/draftkeeper.h"

#include "core/case/casereader.h"
#include "core/case/casewriter.h"
#include "document/casedocument.h"
#include "review/reviewsession.h"
#include "review/reviewstatejson.h"

namespace spinereview {

using namespace Qt::StringLiterals;

DraftKeeper::DraftKeeper(CaseDocument& document, ReviewSession& session, const Database& database, QString owner,
                         QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_session(session)
    , m_drafts(database)
    , m_owner(std::move(owner))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftKeeper::write);
    connect(&m_document, &CaseDocument::caseEdited, this, &DraftKeeper::schedule);
    connect(&m_session, &ReviewSession::reviewEdited, this, [this] {
        if (m_session.isReviewModified())
            schedule();
    });
    // Saved to a file or to the database: the draft has done its work.
    connect(&m_document, &CaseDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified && !m_session.isReviewModified())
            workSaved();
    });
    connect(&m_session, &ReviewSession::saved, this, &DraftKeeper::workSaved);
    // Another case in the desk: a new draft begins with its first edit.
    connect(&m_document, &CaseDocument::caseReplaced, this, [this] {
        if (!m_document.isModified()) {
            m_timer.stop();
            m_draftRef = 0;
        }
    });
}

void DraftKeeper::schedule()
{
    // Counted from the first edit not yet written, not restarted by each keystroke: a reviewer typing
    // without a pause is still saved every few seconds.
    if (!m_timer.isActive())
        m_timer.start();
}

void DraftKeeper::flush()
{
    if (m_timer.isActive()) {
        m_timer.stop();
        write();
    }
}

void DraftKeeper::write()
{
    if (!m_document.isModified() && !m_session.isReviewModified())
        return;
    Draft draft;
    draft.ref = m_draftRef;
    draft.owner = m_owner;
    draft.sourcePath = m_document.filePath();
    draft.document = CaseWriter::toBytes(m_document.spineCase());
    if (m_session.isOpen()) {
        draft.caseRef = m_session.storedCase().ref;
        draft.reviewRef = m_session.review().ref;
        draft.reviewState = ReviewStateJson::toBytes(m_session.review());
    }
    StorageResult<Draft> saved = m_drafts.save(draft);
    if (!saved.ok()) {
        m_lastError = saved.error().message;
        emit autosaveFailed(m_lastError);
        return;
    }
    m_lastError.clear();
    m_draftRef = saved.value().ref;
    emit autosaved();
}

void DraftKeeper::workSaved()
{
    m_timer.stop();
    discard();
}

void DraftKeeper::discard()
{
    m_timer.stop();
    if (m_draftRef == 0)
        return;
    if (StorageStatus removed = m_drafts.remove(m_draftRef)) {
        m_lastError = removed->message;
        emit autosaveFailed(m_lastError);
        return;
    }
    m_draftRef = 0;
}

StorageResult<QList<Draft>> DraftKeeper::leftBehind() const
{
    StorageResult<QList<Draft>> drafts = m_drafts.forOwner(m_owner);
    if (drafts.ok())
        drafts.value().removeIf([this](const Draft& draft) { return draft.ref == m_draftRef; });
    return drafts;
}

StorageStatus DraftKeeper::recover(const Draft& draft)
{
    const QString name = draft.sourcePath.isEmpty() ? tr("draft %1").arg(draft.ref) : draft.sourcePath;
    const CaseReadResult read = CaseReader::readBytes(draft.document, name);
    if (!read.ok())
        return StorageError{
            StorageError::Kind::Invalid,
            tr("The draft of %1 cannot be read (%2); it stays stored").arg(name, read.issues.value(0).toString())};
    if (draft.reviewRef) {
        if (StorageStatus opened = m_session.open(*draft.reviewRef, *read.value))
            return opened;
    } else {
        m_document.replace(*read.value, draft.sourcePath, true);
    }
    if (draft.reviewRef && !draft.reviewState.isEmpty()) {
        Review working = m_session.review();
        if (ReviewStateJson::apply(draft.reviewState, working))
            m_session.restoreWorkingCopy(working);
    }
    m_timer.stop(); // what is in the desk is exactly the draft: nothing to write yet
    m_draftRef = draft.ref;
    return std::nullopt;
}

StorageStatus DraftKeeper::drop(const Draft& draft)
{
    return m_drafts.remove(draft.ref);
}

} // namespace spinereview
