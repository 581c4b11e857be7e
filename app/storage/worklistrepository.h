// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storageerror.h"
#include "storage/worklistquery.h"

#include <QCoreApplication>

namespace spinereview {

class Database;

// The worklist: reviews with their cases' fields, filtered, sorted and paged in the database, for the
// worklist window's model. Read-only.
class WorklistRepository
{
    Q_DECLARE_TR_FUNCTIONS(WorklistRepository)

public:
    explicit WorklistRepository(const Database& database);

    StorageResult<WorklistPage> page(const WorklistQuery& query) const;
    // The payers stored, for a filter's choices.
    StorageResult<QStringList> payers() const;

private:
    const Database& m_database;
};

} // namespace spinereview
