// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real SQLite database (through the storage test support) holding the reviews a worklist shows: six cases
// in every status, two reviewers, a clock fixed at a known "now", and helpers to add more and move them along.
#include "storage/transaction.h"
#include "storagefixture.h"

#include <QTest>

#include <memory>

namespace spinereview::testing {

class WorklistFixture
{
public:
    // Friday 6 March 2026, noon UTC: UR-2026-0001 (due the 4th) and UR-2026-0003 (due 27 February) are overdue.
    static QDateTime now() { return QDateTime(QDate(2026, 3, 6), QTime(12, 0), Qt::UTC); }

    struct Seed
    {
        StorageFixture::CaseFields fields;
        ReviewStatus status = ReviewStatus::Draft;
        const Reviewer* reviewer = nullptr;
    };

    WorklistFixture()
        : m_storage(std::make_unique<StorageFixture>(DatabaseBackend::Sqlite))
    {}

    bool isValid() const { return m_storage->isValid(); }
    QString error() const { return m_storage->error(); }
    StorageFixture& storage() { return *m_storage; }
    Database& database() { return m_storage->database(); }
    const Reviewer& nurse() const { return m_nurse; }
    const Reviewer& physician() const { return m_physician; }

    // The reviewers and the six reviews, each written an hour after the one before (so "updated" sorts them
    // in this order), then the clock set to now().
    void seed()
    {
        addReviewers();
        const QList<Seed> seeds = {
            {{QStringLiteral("UR-2026-0001"), QStringLiteral("MRN-1001"), QStringLiteral("Acme"),
              QStringLiteral("expedited"), QStringLiteral("2026-03-01T10:00:00Z")},
             ReviewStatus::InReview,
             &m_nurse},
            {{QStringLiteral("UR-2026-0002"), QStringLiteral("MRN-1002"), QStringLiteral("Acme"),
              QStringLiteral("standard"), QStringLiteral("2026-03-01T09:00:00Z")},
             ReviewStatus::Draft,
             nullptr},
            {{QStringLiteral("UR-2026-0003"),
              QStringLiteral("mrn-2001"),
              QStringLiteral("Blue Plan"),
              {},
              QStringLiteral("2026-02-20T12:00:00Z")},
             ReviewStatus::InReview,
             &m_physician},
            {{QStringLiteral("UR-2026-0004"),
              {},
              QStringLiteral("Blue Plan"),
              QStringLiteral("expedited"),
              QStringLiteral("2026-03-05T00:00:00Z")},
             ReviewStatus::PhysicianAdvisor,
             &m_physician},
            {{QStringLiteral("ur-2026-0100"), QStringLiteral("MRN-1003"), {}, QStringLiteral("standard"), {}},
             ReviewStatus::Draft,
             nullptr},
            {{QStringLiteral("XY-1"), QStringLiteral("Q-9"), QStringLiteral("Acme"), QStringLiteral("standard"),
              QStringLiteral("2026-02-01T00:00:00Z")},
             ReviewStatus::Determined,
             &m_physician},
        };
        QDateTime at(QDate(2026, 3, 6), QTime(0, 0), Qt::UTC);
        for (const Seed& seed : seeds) {
            at = at.addSecs(3600);
            setClock(at);
            m_refs.insert(seed.fields.caseId, add(seed));
        }
        setClock(now());
    }

    // Nurse Ada and Dr. Brook, a physician advisor (who may decide adversely).
    void addReviewers()
    {
        m_nurse = addReviewer(QStringLiteral("Nurse Ada"), ReviewerRole::NurseReviewer);
        m_physician = addReviewer(QStringLiteral("Dr. Brook"), ReviewerRole::PhysicianAdvisor);
    }

    // Imports the case with its draft review and moves it to the seed's status; returns the review's ref.
    qint64 add(const Seed& seed)
    {
        const Review review = m_storage->importWithReview(StorageFixture::caseDocument(seed.fields)).second;
        if (seed.status != ReviewStatus::Draft)
            moveTo(review, seed.status, seed.reviewer ? *seed.reviewer : m_physician);
        return review.ref;
    }

    // Moves a review along its way to `status`, assigned to `reviewer`, decided by the physician advisor.
    Review moveTo(const Review& stored, ReviewStatus status, const Reviewer& reviewer, bool approve = true)
    {
        return m_storage->moveTo(stored, status, reviewer, Actor::of(m_physician), approve);
    }

    // `count` more draft reviews, cases P-000, P-001, … with no clock, in one transaction.
    void addMany(int count)
    {
        Transaction transaction(database());
        for (int n = 0; n < count; ++n)
            add({{QStringLiteral("P-%1").arg(n, 3, 10, QLatin1Char('0')),
                  QStringLiteral("PAT-%1").arg(n),
                  QStringLiteral("Acme"),
                  {},
                  {}}});
        QVERIFY(!transaction.commit());
    }

    qint64 refOf(const QString& caseId) const { return m_refs.value(caseId); }
    void setClock(const QDateTime& at)
    {
        database().setClock([at] { return at; });
    }

    // Renames the reviews table away (every worklist and dashboard read then fails), or back.
    bool breakReviews()
    {
        return m_storage->place().exec(QStringLiteral("ALTER TABLE reviews RENAME TO reviews_away"));
    }
    bool repairReviews()
    {
        return m_storage->place().exec(QStringLiteral("ALTER TABLE reviews_away RENAME TO reviews"));
    }

private:
    Reviewer addReviewer(const QString& name, ReviewerRole role)
    {
        StorageResult<Reviewer> added = m_storage->reviewers().add(name, role, StorageFixture::importer());
        if (!added.ok()) {
            QTest::qFail(qPrintable(added.error().message), __FILE__, __LINE__);
            return {};
        }
        return added.value();
    }

    std::unique_ptr<StorageFixture> m_storage;
    Reviewer m_nurse;
    Reviewer m_physician;
    QHash<QString, qint64> m_refs;
};

} // namespace spinereview::testing
