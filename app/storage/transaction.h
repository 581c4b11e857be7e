// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storageerror.h"

#include <QCoreApplication>

namespace spinereview {

class Database;

// One database transaction on the calling thread's connection, rolled back unless committed. Transactions
// nest: an inner one joins the outer, its commit does nothing, and if it is abandoned the outer one can no
// longer commit — so a repository method is atomic alone and also inside a caller's larger write.
// On SQLite the write lock is taken at the start (BEGIN IMMEDIATE): two writers wait for each other (up to
// the busy timeout) instead of failing halfway through.
class Transaction final
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(const Database& database);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    // Set when the transaction could not begin; nothing may be written then.
    const StorageStatus& error() const { return m_error; }
    StorageStatus commit();

private:
    void rollback();

    const Database& m_database;
    bool m_outermost = false;
    bool m_finished = false;
    StorageStatus m_error;
};

} // namespace spinereview
