// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"
#include "core/criteria/status.h"
#include "storage/reviewenums.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace spinereview {

class Database;

// How many components were determined each way in one period.
struct DeterminationCount
{
    QDate periodStart;
    Component component = Component::Fusion;
    Status decision = Status::Met;
    qint64 count = 0;
};

// Open reviews at one status, and how many of them are past their due time.
struct StatusCount
{
    ReviewStatus status = ReviewStatus::Draft;
    qint64 count = 0;
    qint64 overdue = 0;
};

// Turnaround against the clock for one urgency (nullopt: requests that do not state it; standard clock).
struct TurnaroundSummary
{
    std::optional<Urgency> urgency;
    qint64 determined = 0; // determined in the period, with a clock
    qint64 onTime = 0;     // … at or before their due time
    qint64 late = 0;       // … after it
    double meanHours = 0;  // receipt to determination
    double maxHours = 0;
    qint64 openOverdue = 0;     // not determined, past due now
    qint64 openWithinClock = 0; // not determined, not yet due
};

// Aggregates for a dashboard, computed in the database. Periods are calendar days, weeks (Monday first) or
// months in UTC; `from` and `to` are UTC dates, `to` exclusive.
class DashboardRepository
{
    Q_DECLARE_TR_FUNCTIONS(DashboardRepository)

public:
    enum class Period { Day, Week, Month };

    explicit DashboardRepository(const Database& database);

    // Final decisions per component of the reviews determined in [from, to), by the period they were
    // determined in.
    StorageResult<QList<DeterminationCount>> determinations(QDate from, QDate to, Period period) const;
    // Open reviews by status, with the overdue ones counted against `now`.
    StorageResult<QList<StatusCount>> openByStatus(const QDateTime& now) const;
    StorageResult<QList<TurnaroundSummary>> turnaround(QDate from, QDate to, const QDateTime& now) const;

    static QDate periodStart(QDate day, Period period);

private:
    const Database& m_database;
};

} // namespace spinereview
