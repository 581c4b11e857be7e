// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/criteria/criteriaset.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/reviewerrepository.h"
#include "storage/reviewrepository.h"
#include "testdatabase.h"

#include <QJsonObject>

#include <memory>

// The real storage stack on a fresh test database: Database, AuditLog and the repositories, with helpers
// that make case files and reviews the way the command line does (read, evaluate under the reference set,
// store). Every test builds exactly the stack it uses; nothing is shared between test functions.
class StorageFixture
{
public:
    explicit StorageFixture(spinereview::DatabaseBackend backend);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    TestDatabase& place() { return m_place; }
    spinereview::Database& database() { return *m_database; }
    const spinereview::AuditLog& audit() const { return *m_audit; }
    const spinereview::CaseRepository& cases() const { return *m_cases; }
    const spinereview::ReviewRepository& reviews() const { return *m_reviews; }
    const spinereview::ReviewerRepository& reviewers() const { return *m_reviewers; }

    // Imports a case file with its draft review through CaseIntake (as `spinereview db import` does), evaluated
    // under the reference set as of its reviewDate or 2025-11-17. Fails the test on any error.
    std::pair<spinereview::StoredCase, spinereview::Review> importWithReview(const QByteArray& document);
    // Adds a reviewer (as the importer) and returns them as the actor their saves are made by. Fails the test on
    // any error.
    spinereview::Actor addReviewer(const QString& name, spinereview::ReviewerRole role);
    // Saves `stored` along its way to `status` (through in review, and physician advisor where that is the
    // status), assigned to `reviewer` and saved as `decider`; a determination decides every component met —
    // or, without `approve`, every component but decompression not met — with a reason wherever the engine
    // differs. Fails the test on any refusal.
    spinereview::Review moveTo(const spinereview::Review& stored, spinereview::ReviewStatus status,
                               const spinereview::Reviewer& reviewer, const spinereview::Actor& decider,
                               bool approve = true);
    // Closes the database (every connection), so a test can look at the file or open it again.
    void close() { m_reviewers.reset(), m_reviews.reset(), m_cases.reset(), m_audit.reset(), m_database.reset(); }

    static const spinereview::Actor& importer();
    // The reference criteria set (criteria/), loaded once.
    static spinereview::CriteriaSetPtr referenceSet();
    // The seed case (tests/data/cases) as a JSON object, and a copy of it with its caseId and a few of the
    // worklist's fields set (empty or nullopt: left out).
    static QJsonObject seedCase();
    struct CaseFields
    {
        QString caseId;
        QString patientId;
        QString payer;
        QString urgency;    // "standard", "expedited" or empty
        QString receivedAt; // ISO date-time or empty
    };
    static QByteArray caseDocument(const CaseFields& fields);

private:
    TestDatabase m_place;
    QString m_error;
    std::unique_ptr<spinereview::Database> m_database;
    std::unique_ptr<spinereview::AuditLog> m_audit;
    std::unique_ptr<spinereview::CaseRepository> m_cases;
    std::unique_ptr<spinereview::ReviewRepository> m_reviews;
    std::unique_ptr<spinereview::ReviewerRepository> m_reviewers;
};
