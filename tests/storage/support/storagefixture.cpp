// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagefixture.h"

#include "core/criteria/criteriacatalog.h"
#include "storage/caseintake.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

const CriteriaCatalog& catalog()
{
    static const CriteriaCatalog loaded =
        CriteriaCatalog::loadDirectory(QStringLiteral(SPINEREVIEW_SOURCE_DIR "/criteria"));
    return loaded;
}

} // namespace

StorageFixture::StorageFixture(DatabaseBackend backend)
    : m_place(backend)
{
    if (!m_place.isValid()) {
        m_error = m_place.error();
        return;
    }
    StorageResult<std::unique_ptr<Database>> opened = Database::open(m_place.location());
    if (!opened.ok()) {
        m_error = opened.error().message;
        return;
    }
    m_database = opened.take();
    m_audit = std::make_unique<AuditLog>(*m_database);
    m_cases = std::make_unique<CaseRepository>(*m_database, *m_audit);
    m_reviews = std::make_unique<ReviewRepository>(*m_database, *m_audit);
    m_reviewers = std::make_unique<ReviewerRepository>(*m_database, *m_audit);
}

const Actor& StorageFixture::importer()
{
    static const Actor actor = Actor::program(u"storage test"_s);
    return actor;
}

CriteriaSetPtr StorageFixture::referenceSet()
{
    return catalog().defaultSet();
}

QJsonObject StorageFixture::seedCase()
{
    QFile file(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/seed-l5s1-revision.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the seed case");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray StorageFixture::caseDocument(const CaseFields& fields)
{
    QJsonObject root = seedCase();
    root.insert(u"caseId"_s, fields.caseId);
    if (!fields.patientId.isEmpty()) {
        QJsonObject patient = root.value(u"patient"_s).toObject();
        patient.insert(u"id"_s, fields.patientId);
        root.insert(u"patient"_s, patient);
    }
    if (!fields.payer.isEmpty())
        root.insert(u"coverage"_s, QJsonObject{{u"payer"_s, fields.payer}, {u"planType"_s, u"commercial"_s}});
    QJsonObject request = root.value(u"request"_s).toObject();
    if (!fields.urgency.isEmpty())
        request.insert(u"urgency"_s, fields.urgency);
    if (!fields.receivedAt.isEmpty())
        request.insert(u"receivedAt"_s, fields.receivedAt);
    root.insert(u"request"_s, request);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Review StorageFixture::moveTo(const Review& stored, ReviewStatus status, const Reviewer& reviewer, const Actor& decider,
                              bool approve)
{
    Review review = stored;
    review.reviewerRef = reviewer.ref;
    const QList<ReviewStatus> path = status == ReviewStatus::Determined
                                         ? QList<ReviewStatus>{ReviewStatus::InReview, ReviewStatus::Determined}
                                     : status == ReviewStatus::PhysicianAdvisor
                                         ? QList<ReviewStatus>{ReviewStatus::InReview, ReviewStatus::PhysicianAdvisor}
                                         : QList<ReviewStatus>{status};
    for (ReviewStatus next : path) {
        review.status = next;
        if (next == ReviewStatus::Determined) {
            for (ComponentDecision& decision : review.components) {
                decision.decision =
                    approve || decision.component == Component::Decompression ? Status::Met : Status::NotMet;
                if (decision.overridesEngine())
                    decision.reason = u"records received"_s;
            }
        }
        StorageResult<Review> saved = m_reviews->save(review, decider);
        if (!saved.ok()) {
            QTest::qFail(qPrintable(saved.error().message), __FILE__, __LINE__);
            return review;
        }
        review = saved.value();
    }
    return review;
}

Actor StorageFixture::addReviewer(const QString& name, ReviewerRole role)
{
    const StorageResult<Reviewer> added = m_reviewers->add(name, role, importer());
    if (!added.ok()) {
        QTest::qFail(qPrintable(added.error().message), __FILE__, __LINE__);
        return Actor::program(name);
    }
    return Actor::of(added.value());
}

std::pair<StoredCase, Review> StorageFixture::importWithReview(const QByteArray& document)
{
    StorageResult<IntakeOutcome> imported =
        CaseIntake(*m_database, *m_audit)
            .importDocument(document, u"test case"_s, referenceSet(), QDate(2025, 11, 17), importer());
    if (!imported.ok()) {
        QTest::qFail(qPrintable(imported.error().message), __FILE__, __LINE__);
        return {};
    }
    if (!imported.value().review) {
        QTest::qFail("the test's case file was already stored", __FILE__, __LINE__);
        return {};
    }
    return {imported.value().stored, *imported.value().review};
}
