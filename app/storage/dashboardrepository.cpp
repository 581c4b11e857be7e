// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/dashboardrepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QMap>
#include <QSqlQuery>

#include <tuple>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 msPerDay = 86400000;
constexpr double msPerHour = 3600000.0;

QDateTime startOfDayUtc(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

std::optional<Urgency> urgencyOf(const QVariant& column)
{
    if (column.isNull())
        return std::nullopt;
    return enumFromString<Urgency>(column.toString());
}

} // namespace

DashboardRepository::DashboardRepository(const Database& database)
    : m_database(database)
{}

QDate DashboardRepository::periodStart(QDate day, Period period)
{
    switch (period) {
    case Period::Day:
        return day;
    case Period::Week:
        return day.addDays(1 - day.dayOfWeek());
    case Period::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

StorageResult<QList<DeterminationCount>> DashboardRepository::determinations(QDate from, QDate to, Period period) const
{
    const qint64 start = startOfDayUtc(from).toMSecsSinceEpoch();
    // Whole days since `from`, by integer division (the same on both back ends); weeks and months are rolled
    // up from days here.
    QSqlQuery query(m_database.connection());
    const QString counting = tr("counting determinations");
    if (auto failed =
            m_database.prepare(query,
                               u"SELECT (r.determined_at - ?) / %1, rc.component, rc.decision, count(*) "
                               u"FROM reviews r JOIN review_components rc ON rc.review_ref = r.id "
                               u"WHERE r.status = 'determined' AND r.determined_at >= ? "
                               u"AND r.determined_at < ? AND rc.decision IS NOT NULL GROUP BY 1, 2, 3"_s.arg(msPerDay),
                               counting))
        return *failed;
    query.addBindValue(start);
    query.addBindValue(start);
    query.addBindValue(startOfDayUtc(to).toMSecsSinceEpoch());
    if (!query.exec())
        return m_database.failure(query, counting);
    QMap<std::tuple<QDate, int, int>, qint64> counts;
    while (query.next()) {
        const QDate day = from.addDays(query.value(0).toLongLong());
        const auto component = enumFromString<Component>(query.value(1).toString());
        const auto decision = statusFromName(query.value(2).toString());
        if (!component || !decision)
            continue;
        counts[{periodStart(day, period), int(*component), int(*decision)}] += query.value(3).toLongLong();
    }
    QList<DeterminationCount> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append(
            {std::get<0>(it.key()), Component(std::get<1>(it.key())), Status(std::get<2>(it.key())), it.value()});
    return out;
}

StorageResult<QList<StatusCount>> DashboardRepository::openByStatus(const QDateTime& now) const
{
    QSqlQuery query(m_database.connection());
    const QString counting = tr("counting open reviews");
    if (auto failed = m_database.prepare(query,
                                         u"SELECT r.status, count(*), sum(CASE WHEN c.due_at < ? THEN 1 ELSE 0 END) "
                                         u"FROM reviews r JOIN cases c ON c.id = r.case_ref "
                                         u"WHERE r.status <> 'determined' GROUP BY r.status"_s,
                                         counting))
        return *failed;
    query.addBindValue(SqlValues::time(now));
    if (!query.exec())
        return m_database.failure(query, counting);
    QList<StatusCount> out;
    while (query.next()) {
        if (const auto status = enumFromString<ReviewStatus>(query.value(0).toString()))
            out.append({*status, query.value(1).toLongLong(), query.value(2).toLongLong()});
    }
    std::sort(out.begin(), out.end(), [](const StatusCount& a, const StatusCount& b) { return a.status < b.status; });
    return out;
}

StorageResult<QList<TurnaroundSummary>> DashboardRepository::turnaround(QDate from, QDate to,
                                                                        const QDateTime& now) const
{
    QMap<int, TurnaroundSummary> byUrgency; // -1: not stated
    const auto entry = [&byUrgency](const std::optional<Urgency>& urgency) -> TurnaroundSummary& {
        TurnaroundSummary& summary = byUrgency[urgency ? int(*urgency) : -1];
        summary.urgency = urgency;
        return summary;
    };

    QSqlQuery done(m_database.connection());
    const QString measuring = tr("measuring turnaround");
    if (auto failed = m_database.prepare(
            done,
            u"SELECT c.urgency, count(*), sum(CASE WHEN r.determined_at <= c.due_at THEN 1 ELSE 0 END), "
            u"avg(r.determined_at - c.received_at), max(r.determined_at - c.received_at) "
            u"FROM reviews r JOIN cases c ON c.id = r.case_ref WHERE r.status = 'determined' "
            u"AND r.determined_at >= ? AND r.determined_at < ? AND c.due_at IS NOT NULL GROUP BY c.urgency"_s,
            measuring))
        return *failed;
    done.addBindValue(startOfDayUtc(from).toMSecsSinceEpoch());
    done.addBindValue(startOfDayUtc(to).toMSecsSinceEpoch());
    if (!done.exec())
        return m_database.failure(done, measuring);
    while (done.next()) {
        TurnaroundSummary& summary = entry(urgencyOf(done.value(0)));
        summary.determined = done.value(1).toLongLong();
        summary.onTime = done.value(2).toLongLong();
        summary.late = summary.determined - summary.onTime;
        summary.meanHours = done.value(3).toDouble() / msPerHour;
        summary.maxHours = done.value(4).toDouble() / msPerHour;
    }
    done.finish();

    QSqlQuery open(m_database.connection());
    const QString counting = tr("counting open reviews against the clock");
    if (auto failed = m_database.prepare(
            open,
            u"SELECT c.urgency, sum(CASE WHEN c.due_at < ? THEN 1 ELSE 0 END), "
            u"sum(CASE WHEN c.due_at >= ? THEN 1 ELSE 0 END) FROM reviews r JOIN cases c ON c.id = r.case_ref "
            u"WHERE r.status <> 'determined' AND c.due_at IS NOT NULL GROUP BY c.urgency"_s,
            counting))
        return *failed;
    open.addBindValue(SqlValues::time(now));
    open.addBindValue(SqlValues::time(now));
    if (!open.exec())
        return m_database.failure(open, counting);
    while (open.next()) {
        TurnaroundSummary& summary = entry(urgencyOf(open.value(0)));
        summary.openOverdue = open.value(1).toLongLong();
        summary.openWithinClock = open.value(2).toLongLong();
    }
    return byUrgency.values();
}

} // namespace spinereview
