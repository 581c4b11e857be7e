// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/draft.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QList>

namespace spinereview {

class Database;

// The desk's autosaved working copies, offered again at the next start after a crash. Every byte of a
// draft's document and review state is kept as given. A save of a draft whose row is gone (discarded in
// another window) stores it again under a new ref: an autosave never loses work.
class DraftRepository
{
    Q_DECLARE_TR_FUNCTIONS(DraftRepository)

public:
    explicit DraftRepository(const Database& database);

    // Inserts (ref 0) or replaces the draft; returns it with its ref and savedAt (database.now()).
    StorageResult<Draft> save(const Draft& draft) const;
    // The owner's drafts, newest first.
    StorageResult<QList<Draft>> forOwner(const QString& owner) const;
    StorageResult<QList<Draft>> all() const; // newest first
    StorageStatus remove(qint64 ref) const;  // removing a draft that is gone is not an error

private:
    StorageResult<QList<Draft>> select(const QString& where, const QVariantList& values) const;

    const Database& m_database;
};

} // namespace spinereview
