// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/transaction.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace spinereview {

using namespace Qt::StringLiterals;

Transaction::Transaction(const Database& database)
    : m_database(database)
{
    Database::ThreadConnection& thread = m_database.threadConnection();
    if (thread.transactionDepth > 0) {
        ++thread.transactionDepth;
        return;
    }
    QSqlQuery begin(m_database.connection());
    const QString statement = m_database.backend() == DatabaseBackend::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
    if (!begin.exec(statement)) {
        m_error = m_database.failure(begin, tr("starting a transaction"));
        m_finished = true;
        return;
    }
    m_outermost = true;
    thread.transactionDepth = 1;
    thread.rollbackOnly = false;
}

Transaction::~Transaction()
{
    if (!m_finished)
        rollback();
}

StorageStatus Transaction::commit()
{
    if (m_error)
        return m_error;
    if (m_finished)
        return StorageError{StorageError::Kind::Failed, tr("a transaction was committed twice")};
    Database::ThreadConnection& thread = m_database.threadConnection();
    m_finished = true;
    --thread.transactionDepth;
    if (!m_outermost)
        return std::nullopt;
    if (thread.rollbackOnly) {
        QSqlQuery(m_database.connection()).exec(u"ROLLBACK"_s);
        return StorageError{StorageError::Kind::Failed, tr("a step of the write failed; nothing was saved")};
    }
    QSqlQuery commitQuery(m_database.connection());
    if (!commitQuery.exec(u"COMMIT"_s)) {
        StorageError error = m_database.failure(commitQuery, tr("committing"));
        QSqlQuery(m_database.connection()).exec(u"ROLLBACK"_s);
        return error;
    }
    return std::nullopt;
}

void Transaction::rollback()
{
    m_finished = true;
    Database::ThreadConnection& thread = m_database.threadConnection();
    --thread.transactionDepth;
    if (!m_outermost) {
        thread.rollbackOnly = true;
        return;
    }
    QSqlQuery(m_database.connection()).exec(u"ROLLBACK"_s);
}

} // namespace spinereview
