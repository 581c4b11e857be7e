// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/reviewrepository.h"

#include "core/engine/evaluationresult.h"
#include "core/engine/resultjson.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/reviewrules.h"
#include "storage/sqlvalues.h"
#include "storage/storagewords.h"
#include "storage/transaction.h"

#include <QSqlQuery>

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

const QString reviewColumns = u"id, case_ref, criteria_id, criteria_version, criteria_sha256, engine_version, "
                              u"review_date, status, reviewer_ref, created_at, updated_at, updated_by, determined_at, "
                              u"row_version"_s;

QVariant statusValue(const std::optional<Status>& status)
{
    return status ? QVariant(statusName(*status)) : QVariant(QMetaType::fromType<QString>());
}

QVariant reasonValue(const ComponentDecision& decision)
{
    return decision.reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(decision.reason);
}

// The engine's determination of every component, as audit entries record it.
QJsonObject engineDeterminations(const Review& review)
{
    QJsonObject engine;
    for (const ComponentDecision& decision : review.components)
        engine.insert(enumToString(decision.component), statusName(decision.engineStatus));
    return engine;
}

// One component row, as `query` prepared it: (position, engine_status, decision, reason) and then
// (review_ref, component).
void bindComponent(QSqlQuery& query, qint64 reviewRef, qsizetype position, const ComponentDecision& decision)
{
    query.addBindValue(qint64(position));
    query.addBindValue(statusName(decision.engineStatus));
    query.addBindValue(statusValue(decision.decision));
    query.addBindValue(reasonValue(decision));
    query.addBindValue(reviewRef);
    query.addBindValue(enumToString(decision.component));
}

const QString insertComponent =
    u"INSERT INTO review_components (position, engine_status, decision, reason, review_ref, "
    u"component) VALUES (?, ?, ?, ?, ?, ?)"_s;

} // namespace

ReviewRepository::ReviewRepository(const Database& database, const AuditLog& audit)
    : m_database(database)
    , m_audit(audit)
{}

StorageResult<QList<Review>> ReviewRepository::load(const QString& where, const QVariantList& values,
                                                    const QString& tail) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString reading = tr("reading reviews");
    if (auto failed = m_database.prepare(
            query, u"SELECT %1 FROM reviews WHERE %2 ORDER BY id %3"_s.arg(reviewColumns, where, tail), reading))
        return *failed;
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return m_database.failure(query, reading);
    QList<Review> reviews;
    while (query.next()) {
        Review review;
        review.ref = query.value(0).toLongLong();
        review.caseRef = query.value(1).toLongLong();
        review.criteriaId = query.value(2).toString();
        review.criteriaVersion = query.value(3).toString();
        review.criteriaSha256 = query.value(4).toString();
        review.engineVersion = query.value(5).toString();
        review.reviewDate = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        review.status = enumFromString<ReviewStatus>(query.value(7).toString()).value_or(ReviewStatus::Draft);
        review.reviewerRef = SqlValues::toOptionalRef(query.value(8));
        review.createdAt = SqlValues::toTime(query.value(9));
        review.updatedAt = SqlValues::toTime(query.value(10));
        review.updatedBy = query.value(11).toString();
        review.determinedAt = SqlValues::toOptionalTime(query.value(12));
        review.rowVersion = query.value(13).toInt();
        reviews.append(review);
    }
    query.finish();
    if (reviews.isEmpty())
        return reviews;

    // The components and notes of the whole batch in one query each, matched up by review ref.
    const qint64 low = reviews.first().ref;
    const qint64 high = reviews.last().ref;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < reviews.size(); ++i)
        index.insert(reviews[i].ref, i);

    QSqlQuery components(m_database.connection());
    components.setForwardOnly(true);
    const QString readingDecisions = tr("reading review decisions");
    if (auto failed =
            m_database.prepare(components,
                               u"SELECT review_ref, component, engine_status, decision, reason FROM review_components "
                               u"WHERE review_ref >= ? AND review_ref <= ? ORDER BY review_ref, position"_s,
                               readingDecisions))
        return *failed;
    components.addBindValue(low);
    components.addBindValue(high);
    if (!components.exec())
        return m_database.failure(components, readingDecisions);
    while (components.next()) {
        const auto at = index.constFind(components.value(0).toLongLong());
        if (at == index.cend())
            continue;
        ComponentDecision decision;
        decision.component = enumFromString<Component>(components.value(1).toString()).value_or(Component::Fusion);
        decision.engineStatus = statusFromName(components.value(2).toString()).value_or(Status::Incomplete);
        if (!components.value(3).isNull())
            decision.decision = statusFromName(components.value(3).toString());
        decision.reason = components.value(4).toString();
        reviews[*at].components.append(decision);
    }
    components.finish();

    QSqlQuery notes(m_database.connection());
    notes.setForwardOnly(true);
    const QString readingNotes = tr("reading review notes");
    if (auto failed = m_database.prepare(notes,
                                         u"SELECT review_ref, criterion_id, level, note FROM criterion_notes "
                                         u"WHERE review_ref >= ? AND review_ref <= ?"_s,
                                         readingNotes))
        return *failed;
    notes.addBindValue(low);
    notes.addBindValue(high);
    if (!notes.exec())
        return m_database.failure(notes, readingNotes);
    while (notes.next()) {
        const auto at = index.constFind(notes.value(0).toLongLong());
        if (at == index.cend())
            continue;
        CriterionNote note;
        note.criterionId = notes.value(1).toString();
        note.level = enumFromString<Level>(notes.value(2).toString());
        note.text = notes.value(3).toString();
        reviews[*at].notes.append(note);
    }
    for (Review& review : reviews) {
        std::sort(review.notes.begin(), review.notes.end(), [](const CriterionNote& a, const CriterionNote& b) {
            return std::make_pair(a.criterionId, a.level ? int(*a.level) : -1) <
                   std::make_pair(b.criterionId, b.level ? int(*b.level) : -1);
        });
    }
    return reviews;
}

StorageResult<Review> ReviewRepository::find(qint64 ref) const
{
    StorageResult<QList<Review>> found = load(u"id = ?"_s, {ref}, {});
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return StorageError{
            StorageError::Kind::NotFound,
            tr("there is no review %1 in %2").arg(QString::number(ref), m_database.location().display())};
    return found.value().first();
}

StorageResult<QList<Review>> ReviewRepository::forCase(qint64 caseRef) const
{
    return load(u"case_ref = ?"_s, {caseRef}, {});
}

StorageStatus ReviewRepository::forEach(const std::function<bool(const Review&)>& visit) const
{
    constexpr int batch = 500;
    qint64 after = 0;
    for (;;) {
        StorageResult<QList<Review>> page = load(u"id > ?"_s, {after}, u"LIMIT %1"_s.arg(batch));
        if (!page.ok())
            return page.error();
        for (const Review& review : std::as_const(page.value())) {
            if (!visit(review))
                return std::nullopt;
        }
        if (page.value().size() < batch)
            return std::nullopt;
        after = page.value().last().ref;
    }
}

StorageResult<Review> ReviewRepository::create(qint64 caseRef, const EvaluationResult& result, const Actor& actor) const
{
    if (!result.criteriaSet)
        return StorageError{StorageError::Kind::Invalid, tr("an evaluation without its criteria set cannot be stored")};
    const CriteriaSetInfo& criteria = result.criteriaSet->info;
    Transaction transaction(m_database);
    if (transaction.error())
        return *transaction.error();
    const QDateTime now = m_database.now();
    QSqlQuery insert(m_database.connection());
    const QString storing = tr("storing a review of case %1").arg(caseRef);
    if (auto failed = m_database.prepare(
            insert,
            u"INSERT INTO reviews (case_ref, criteria_id, criteria_version, criteria_sha256, engine_version, "
            u"review_date, status, reviewer_ref, created_at, updated_at, updated_by, row_version) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 1) RETURNING id"_s,
            storing))
        return *failed;
    insert.addBindValue(caseRef);
    insert.addBindValue(SqlValues::requiredText(criteria.id));
    insert.addBindValue(SqlValues::requiredText(criteria.version));
    insert.addBindValue(SqlValues::requiredText(criteria.sha256));
    insert.addBindValue(QString(ResultJson::engineVersion));
    insert.addBindValue(result.reviewDate.toString(Qt::ISODate));
    insert.addBindValue(enumToString(ReviewStatus::Draft));
    insert.addBindValue(SqlValues::time(now));
    insert.addBindValue(SqlValues::time(now));
    insert.addBindValue(SqlValues::requiredText(actor.name));
    if (!insert.exec() || !insert.next())
        return m_database.failure(insert, storing);
    const qint64 ref = insert.value(0).toLongLong();
    insert.finish();

    Review made;
    made.followEvaluation(result);
    QSqlQuery component(m_database.connection());
    const QString storingDeterminations = tr("storing the engine's determinations of review %1").arg(ref);
    if (auto failed = m_database.prepare(component, insertComponent, storingDeterminations))
        return *failed;
    for (qsizetype position = 0; position < made.components.size(); ++position) {
        bindComponent(component, ref, position, made.components[position]);
        if (!component.exec())
            return m_database.failure(component, storingDeterminations);
    }

    StorageResult<Review> stored = find(ref);
    if (!stored.ok())
        return stored.error();
    const QJsonObject details{
        {u"caseRef"_s, caseRef},
        {u"criteria"_s,
         QJsonObject{{u"id"_s, criteria.id}, {u"version"_s, criteria.version}, {u"sha256"_s, criteria.sha256}}},
        {u"engine"_s, engineDeterminations(stored.value())},
        {u"state"_s, stored.value().stateDigest()}};
    if (auto appended = m_audit.append(actor, AuditAction::reviewCreate, "review"_L1, ref, details); !appended.ok())
        return appended.error();
    if (auto failed = transaction.commit())
        return *failed;
    return stored;
}

StorageResult<Review> ReviewRepository::save(const Review& review, const Actor& actor) const
{
    if (actor.name.trimmed().isEmpty())
        return StorageError{StorageError::Kind::Invalid, tr("a save names who makes it; nothing was saved")};
    Transaction transaction(m_database);
    if (transaction.error())
        return *transaction.error();
    StorageResult<Review> current = find(review.ref);
    if (!current.ok())
        return current.error();
    const Review& stored = current.value();
    if (stored.rowVersion != review.rowVersion)
        //: %1 is the review's number, %2 who saved it, %3 when (UTC, ISO 8601), %4 and %5 version numbers
        return StorageError{StorageError::Kind::Conflict,
                            tr("review %1 was saved by %2 at %3 after you opened it (you opened version %4; it is now "
                               "version %5). Your changes were not saved: reopen the review and make them again.")
                                .arg(QString::number(stored.ref), stored.updatedBy,
                                     stored.updatedAt.toString(Qt::ISODate), QString::number(review.rowVersion),
                                     QString::number(stored.rowVersion))};
    if (auto refused = ReviewRules::checkSave(stored, review, actor))
        return *refused;
    // Nothing to save (an autosave of an unchanged review): no new version, no audit entry.
    if (!ReviewRules::changes(stored, review)) {
        if (auto failed = transaction.commit())
            return *failed;
        return current;
    }
    if (auto failed = writeChanges(stored, review, actor))
        return *failed;
    StorageResult<Review> saved = find(review.ref);
    if (!saved.ok())
        return saved.error();
    const QJsonObject details{{u"rowVersion"_s, saved.value().rowVersion},
                              {u"status"_s, enumToString(saved.value().status)},
                              {u"notes"_s, qint64(saved.value().notes.size())},
                              {u"state"_s, saved.value().stateDigest()}};
    if (auto appended = m_audit.append(actor, AuditAction::reviewSave, "review"_L1, review.ref, details);
        !appended.ok())
        return appended.error();
    if (auto failed = transaction.commit())
        return *failed;
    return saved;
}

StorageStatus ReviewRepository::writeChanges(const Review& stored, const Review& changed, const Actor& actor) const
{
    const QDateTime now = m_database.now();
    const bool determines = changed.status == ReviewStatus::Determined && stored.status != ReviewStatus::Determined;
    QSqlQuery update(m_database.connection());
    const QString saving = tr("saving review %1").arg(stored.ref);
    if (auto failed = m_database.prepare(update,
                                         u"UPDATE reviews SET status = ?, reviewer_ref = ?, updated_at = ?, "
                                         u"updated_by = ?, determined_at = ?, row_version = row_version + 1 "
                                         u"WHERE id = ? AND row_version = ?"_s,
                                         saving))
        return failed;
    update.addBindValue(enumToString(changed.status));
    update.addBindValue(SqlValues::ref(changed.reviewerRef));
    update.addBindValue(SqlValues::time(now));
    update.addBindValue(actor.name);
    update.addBindValue(SqlValues::time(determines ? std::optional<QDateTime>(now) : stored.determinedAt));
    update.addBindValue(stored.ref);
    update.addBindValue(stored.rowVersion);
    if (!update.exec())
        return m_database.failure(update, saving);
    // Read at this version a moment ago, but another program's save can land in between on PostgreSQL.
    if (update.numRowsAffected() != 1)
        return StorageError{StorageError::Kind::Conflict,
                            tr("review %1 was saved by someone else at the same moment; your changes were not saved: "
                               "reopen the review and make them again")
                                .arg(stored.ref)};

    if (auto failed = writeComponents(stored, changed, actor))
        return failed;

    // Notes: the stored set becomes the changed set.
    QSqlQuery clear(m_database.connection());
    const QString replacing = tr("replacing the notes of review %1").arg(stored.ref);
    if (auto failed = m_database.prepare(clear, u"DELETE FROM criterion_notes WHERE review_ref = ?"_s, replacing))
        return failed;
    clear.addBindValue(stored.ref);
    if (!clear.exec())
        return m_database.failure(clear, replacing);
    QSqlQuery note(m_database.connection());
    // Prepared once for every note, before there is a note to name: its failure is that of replacing the notes.
    if (auto failed = m_database.prepare(
            note, u"INSERT INTO criterion_notes (review_ref, criterion_id, level, note) VALUES (?, ?, ?, ?)"_s,
            replacing))
        return failed;
    for (const CriterionNote& each : changed.notes) {
        note.addBindValue(stored.ref);
        note.addBindValue(each.criterionId);
        note.addBindValue(SqlValues::requiredText(each.level ? enumToString(*each.level) : QString()));
        note.addBindValue(SqlValues::requiredText(each.text));
        if (!note.exec())
            //: %1 is a criterion's id, %2 the review's number
            return m_database.failure(
                note, tr("saving the note on %1 of review %2").arg(each.criterionId, QString::number(stored.ref)));
    }

    if (changed.status != stored.status) {
        const QJsonObject details{{u"from"_s, enumToString(stored.status)}, {u"to"_s, enumToString(changed.status)}};
        if (auto appended = m_audit.append(actor, AuditAction::reviewStatus, "review"_L1, stored.ref, details);
            !appended.ok())
            return appended.error();
    }
    return std::nullopt;
}

StorageStatus ReviewRepository::writeComponents(const Review& stored, const Review& changed, const Actor& actor) const
{
    // The stored components become the changed ones: while the review is open, the engine's determinations
    // follow the case (ReviewRules), so components may come, go and change their engine status.
    if (ReviewRules::engineChanges(stored, changed)) {
        const QJsonObject details{{u"engine"_s, engineDeterminations(changed)},
                                  {u"previousEngine"_s, engineDeterminations(stored)}};
        if (auto appended = m_audit.append(actor, AuditAction::reviewEngine, "review"_L1, stored.ref, details);
            !appended.ok())
            return appended.error();
    }
    // Each statement is prepared once for every component, before there is a component to name: a failure to
    // prepare one is a failure to save the review.
    const QString saving = tr("saving review %1").arg(stored.ref);
    QSqlQuery remove(m_database.connection());
    if (auto failed = m_database.prepare(
            remove, u"DELETE FROM review_components WHERE review_ref = ? AND component = ?"_s, saving))
        return failed;
    for (const ComponentDecision& before : stored.components) {
        if (changed.component(before.component))
            continue;
        remove.addBindValue(stored.ref);
        remove.addBindValue(enumToString(before.component));
        if (!remove.exec())
            //: %1 is a requested component, %2 the review's number
            return m_database.failure(remove,
                                      tr("removing %1 from review %2")
                                          .arg(StorageWords::component(before.component), QString::number(stored.ref)));
    }

    QSqlQuery insert(m_database.connection());
    if (auto failed = m_database.prepare(insert, insertComponent, saving))
        return failed;
    QSqlQuery update(m_database.connection());
    if (auto failed = m_database.prepare(update,
                                         u"UPDATE review_components SET position = ?, engine_status = ?, "
                                         u"decision = ?, reason = ? WHERE review_ref = ? AND component = ?"_s,
                                         saving))
        return failed;
    for (qsizetype position = 0; position < changed.components.size(); ++position) {
        const ComponentDecision& after = changed.components[position];
        const ComponentDecision* before = stored.component(after.component);
        const bool decisionChanged = before ? before->decision != after.decision || before->reason != after.reason
                                            : after.decision || !after.reason.isEmpty();
        if (before && !decisionChanged && before->engineStatus == after.engineStatus &&
            before - stored.components.constData() == position)
            continue;
        QSqlQuery& write = before ? update : insert;
        bindComponent(write, stored.ref, position, after);
        if (!write.exec())
            //: %1 is a requested component, %2 the review's number
            return m_database.failure(write,
                                      tr("saving %1 of review %2")
                                          .arg(StorageWords::component(after.component), QString::number(stored.ref)));
        if (!decisionChanged)
            continue;
        QJsonObject details{{u"component"_s, enumToString(after.component)},
                            {u"engine"_s, statusName(after.engineStatus)},
                            {u"decision"_s, after.decision ? statusName(*after.decision) : QString()}};
        if (before && before->decision)
            details.insert(u"previousDecision"_s, statusName(*before->decision));
        if (!after.reason.isEmpty())
            details.insert(u"reason"_s, after.reason);
        const QLatin1StringView action =
            after.overridesEngine() ? AuditAction::reviewOverride : AuditAction::reviewDecision;
        if (auto appended = m_audit.append(actor, action, "review"_L1, stored.ref, details); !appended.ok())
            return appended.error();
    }
    return std::nullopt;
}

} // namespace spinereview
