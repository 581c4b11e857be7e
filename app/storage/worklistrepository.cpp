// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/worklistrepository.h"

#include "storage/database.h"
#include "storage/searchkey.h"
#include "storage/sqlvalues.h"
#include "storage/turnaroundclock.h"

#include <QSqlQuery>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

struct Where
{
    QStringList clauses;
    QVariantList values;

    QString sql() const { return clauses.isEmpty() ? QString() : u" WHERE "_s + clauses.join(" AND "_L1); }
};

Where buildWhere(const WorklistFilter& filter, const QDateTime& now)
{
    Where where;
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (ReviewStatus status : filter.statuses) {
            marks.append(u"?"_s);
            where.values.append(enumToString(status));
        }
        where.clauses.append(u"r.status IN (%1)"_s.arg(marks.join(u", "_s)));
    }
    if (filter.urgency == Urgency::Expedited) {
        where.clauses.append(u"c.urgency = 'expedited'"_s);
    } else if (filter.urgency == Urgency::Standard) {
        where.clauses.append(u"(c.urgency = 'standard' OR c.urgency IS NULL)"_s);
    }
    if (filter.unassignedOnly) {
        where.clauses.append(u"r.reviewer_ref IS NULL"_s);
    } else if (filter.reviewerRef) {
        where.clauses.append(u"r.reviewer_ref = ?"_s);
        where.values.append(*filter.reviewerRef);
    }
    if (filter.payer) {
        where.clauses.append(u"c.payer = ?"_s);
        where.values.append(*filter.payer);
    }
    if (const QString prefix = SearchKey::of(filter.search); !prefix.isEmpty()) {
        // Two index ranges joined by OR: both back ends answer it from the two indexes.
        where.clauses.append(u"((c.case_key >= ? AND c.case_key < ?) OR (c.patient_key >= ? AND c.patient_key < ?))"_s);
        const QString upper = SearchKey::upperBound(prefix);
        where.values << prefix << upper << prefix << upper;
    }
    if (filter.dueFrom) {
        where.clauses.append(u"c.due_at >= ?"_s);
        where.values.append(SqlValues::time(*filter.dueFrom));
    }
    if (filter.dueTo) {
        where.clauses.append(u"c.due_at < ?"_s);
        where.values.append(SqlValues::time(*filter.dueTo));
    }
    if (filter.overdueOnly) {
        where.clauses.append(u"c.due_at < ? AND r.status <> 'determined'"_s);
        where.values.append(SqlValues::time(now));
    }
    return where;
}

QString orderBy(WorklistSort sort, Qt::SortOrder order)
{
    const QString direction = order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    // NULLS LAST is spelled the same on SQLite (3.30+) and PostgreSQL.
    const auto column = [&direction](const QString& expression) {
        return u"%1 %2 NULLS LAST, r.id %2"_s.arg(expression, direction);
    };
    switch (sort) {
    case WorklistSort::Due:
        return column(u"c.due_at"_s);
    case WorklistSort::Received:
        return column(u"c.received_at"_s);
    case WorklistSort::Status:
        return column(u"CASE r.status WHEN 'draft' THEN 0 WHEN 'in_review' THEN 1 WHEN 'physician_advisor' THEN 2 "
                      u"ELSE 3 END"_s);
    case WorklistSort::CaseId:
        return column(u"c.case_key"_s);
    case WorklistSort::PatientId:
        return column(u"c.patient_key"_s);
    case WorklistSort::Payer:
        return column(u"c.payer"_s);
    case WorklistSort::Urgency:
        // Expedited first in ascending order: the shorter clock.
        return column(u"CASE c.urgency WHEN 'expedited' THEN 0 ELSE 1 END"_s);
    case WorklistSort::Reviewer:
        return column(u"w.name"_s);
    case WorklistSort::Updated:
        return column(u"r.updated_at"_s);
    }
    return column(u"c.due_at"_s);
}

} // namespace

WorklistRepository::WorklistRepository(const Database& database)
    : m_database(database)
{}

StorageResult<WorklistPage> WorklistRepository::page(const WorklistQuery& request) const
{
    const QDateTime now = request.now.isValid() ? request.now : m_database.now();
    const Where where = buildWhere(request.filter, now);
    WorklistPage page;

    // The count joins the cases only when the filter reads them: a join per review is most of its cost.
    const bool needsCases = where.sql().contains("c."_L1);
    const QString countSql = (needsCases ? u"SELECT count(*) FROM reviews r JOIN cases c ON c.id = r.case_ref"_s
                                         : u"SELECT count(*) FROM reviews r"_s) +
                             where.sql();
    QSqlQuery count(m_database.connection());
    const QString counting = tr("counting the worklist");
    if (auto failed = m_database.prepare(count, countSql, counting))
        return *failed;
    for (const QVariant& value : where.values)
        count.addBindValue(value);
    if (!count.exec() || !count.next())
        return m_database.failure(count, counting);
    page.total = count.value(0).toLongLong();
    count.finish();

    QSqlQuery rows(m_database.connection());
    rows.setForwardOnly(true);
    const QString rowsSql =
        u"SELECT r.id, r.case_ref, c.case_id, c.patient_id, c.levels, c.payer, c.urgency, c.received_at, "
        u"c.due_at, r.status, r.reviewer_ref, w.name, r.criteria_id, r.updated_at, r.row_version "
        u"FROM reviews r JOIN cases c ON c.id = r.case_ref LEFT JOIN reviewers w ON w.id = r.reviewer_ref"_s +
        where.sql() + u" ORDER BY "_s + orderBy(request.sort, request.order) + u" LIMIT ? OFFSET ?"_s;
    const QString reading = tr("reading the worklist");
    if (auto failed = m_database.prepare(rows, rowsSql, reading))
        return *failed;
    for (const QVariant& value : where.values)
        rows.addBindValue(value);
    rows.addBindValue(qMax(0, request.limit));
    rows.addBindValue(qMax(0, request.offset));
    if (!rows.exec())
        return m_database.failure(rows, reading);
    while (rows.next()) {
        WorklistRow row;
        row.reviewRef = rows.value(0).toLongLong();
        row.caseRef = rows.value(1).toLongLong();
        row.caseId = rows.value(2).toString();
        row.patientId = SqlValues::toOptionalText(rows.value(3));
        row.levels = rows.value(4).toString();
        row.payer = SqlValues::toOptionalText(rows.value(5));
        if (!rows.value(6).isNull())
            row.urgency = enumFromString<Urgency>(rows.value(6).toString());
        row.receivedAt = SqlValues::toOptionalTime(rows.value(7));
        row.dueAt = SqlValues::toOptionalTime(rows.value(8));
        row.status = enumFromString<ReviewStatus>(rows.value(9).toString()).value_or(ReviewStatus::Draft);
        row.reviewerRef = SqlValues::toOptionalRef(rows.value(10));
        row.reviewerName = SqlValues::toOptionalText(rows.value(11));
        row.criteriaId = rows.value(12).toString();
        row.updatedAt = SqlValues::toTime(rows.value(13));
        row.rowVersion = rows.value(14).toInt();
        row.overdue = TurnaroundClock::isOverdue(row.dueAt, row.status, now);
        page.rows.append(row);
    }
    return page;
}

StorageResult<QStringList> WorklistRepository::payers() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT DISTINCT payer FROM cases WHERE payer IS NOT NULL ORDER BY payer"_s))
        return m_database.failure(query, tr("listing payers"));
    QStringList payers;
    while (query.next())
        payers.append(query.value(0).toString());
    return payers;
}

} // namespace spinereview
