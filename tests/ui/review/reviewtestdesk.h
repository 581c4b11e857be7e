// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A desk's non-visual half on a real test database — case document, evaluation under the source tree's
// criteria, the stored-review session — with the seed case imported and its draft review made, as
// `spinereview db import` would. A second desk on the same database is a second reviewer.
#include "core/criteria/criteriacatalog.h"
#include "document/casedocument.h"
#include "document/evaluationcontroller.h"
#include "review/reviewsession.h"
#include "storagefixture.h"

#include <QDate>
#include <QTest>

#include <memory>

namespace testing {

struct ReviewDesk
{
    ReviewDesk(spinereview::Database& database, QDate today = QDate(2026, 11, 26))
        : evaluation(document,
                     spinereview::CriteriaCatalog::loadDirectory(QStringLiteral(SPINEREVIEW_SOURCE_DIR "/criteria")),
                     today)
        , session(document, evaluation, database)
    {}

    spinereview::CaseDocument document;
    spinereview::EvaluationController evaluation;
    spinereview::ReviewSession session;
};

// The stored seed case and its review, with a nurse reviewer and a physician advisor to work on it.
struct StoredSeed
{
    explicit StoredSeed(spinereview::DatabaseBackend backend)
        : storage(backend)
    {
        if (!storage.isValid())
            return;
        nurse = storage.addReviewer(QStringLiteral("Nurse Ada"), spinereview::ReviewerRole::NurseReviewer);
        physician = storage.addReviewer(QStringLiteral("Dr. Brook"), spinereview::ReviewerRole::PhysicianAdvisor);
        review =
            storage.importWithReview(StorageFixture::caseDocument({QStringLiteral("seed"), {}, {}, {}, {}})).second;
    }

    StorageFixture storage;
    spinereview::Actor nurse;
    spinereview::Actor physician;
    spinereview::Review review;
};

// A test of the stored seed on both back ends: each test function runs on SQLite and on PostgreSQL, with a
// fresh database holding the seed, its review and the two reviewers.
class StoredSeedTest : public QObject
{
    Q_OBJECT

protected:
    std::unique_ptr<StoredSeed> m_seed;

private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void init()
    {
        m_seed = std::make_unique<StoredSeed>(TestDatabase::currentBackend());
        QVERIFY2(m_seed->storage.isValid(), qPrintable(m_seed->storage.error()));
        QVERIFY(m_seed->review.ref > 0);
    }

    void cleanup() { m_seed.reset(); }
};

} // namespace testing
