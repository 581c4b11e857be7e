// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"
#include "storage/reviewenums.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace spinereview {

// Which reviews the worklist shows. Every member narrows the list; empty or nullopt members do not.
struct WorklistFilter
{
    QList<ReviewStatus> statuses;
    // Standard includes requests that do not state their urgency: they run on the standard clock.
    std::optional<Urgency> urgency;
    std::optional<qint64> reviewerRef;
    bool unassignedOnly = false;
    std::optional<QString> payer; // exact
    // A case id or patient id, or the start of one, in any letter case.
    QString search;
    std::optional<QDateTime> dueFrom; // inclusive
    std::optional<QDateTime> dueTo;   // exclusive
    bool overdueOnly = false;
};

enum class WorklistSort { Due, Received, Status, CaseId, PatientId, Payer, Urgency, Reviewer, Updated };

// One page of the worklist. Reviews without a clock sort after the others either way; ties go by review ref.
struct WorklistQuery
{
    WorklistFilter filter;
    WorklistSort sort = WorklistSort::Due;
    Qt::SortOrder order = Qt::AscendingOrder;
    int offset = 0;
    int limit = 50;
    QDateTime now; // what "overdue" is measured against; invalid: the database's clock
};

// A row of the worklist: the review, its case's worklist fields and the clock.
struct WorklistRow
{
    qint64 reviewRef = 0;
    qint64 caseRef = 0;
    QString caseId;
    std::optional<QString> patientId;
    QString levels; // "L4-L5 L5-S1"
    std::optional<QString> payer;
    std::optional<Urgency> urgency;
    std::optional<QDateTime> receivedAt;
    std::optional<QDateTime> dueAt;
    bool overdue = false;
    ReviewStatus status = ReviewStatus::Draft;
    std::optional<qint64> reviewerRef;
    std::optional<QString> reviewerName;
    QString criteriaId;
    QDateTime updatedAt;
    int rowVersion = 0;
};

struct WorklistPage
{
    QList<WorklistRow> rows;
    qint64 total = 0; // rows matching the filter, on every page
};

} // namespace spinereview
