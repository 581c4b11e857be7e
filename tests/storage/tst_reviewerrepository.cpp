// SPDX-License-Identifier: GPL-3.0-or-later
// The people of the worklist, on both back ends: unique names, a role each, every addition audited.
#include "storagefixture.h"

#include <QTest>

using namespace spinereview;
using namespace Qt::StringLiterals;

class TestReviewerRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void addFindAndList()
    {
        StorageFixture fixture(TestDatabase::currentBackend());
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        const ReviewerRepository& reviewers = fixture.reviewers();
        StorageResult<Reviewer> nurse =
            reviewers.add(u"  Nurse Ada "_s, ReviewerRole::NurseReviewer, StorageFixture::importer());
        QVERIFY(nurse.ok());
        QCOMPARE(nurse.value().name, u"Nurse Ada"_s);
        QVERIFY(reviewers.add(u"Dr. Brook"_s, ReviewerRole::PhysicianAdvisor, StorageFixture::importer()).ok());
        QVERIFY(reviewers.add(u"Spine Associates"_s, ReviewerRole::SurgeonsOffice, StorageFixture::importer()).ok());

        QCOMPARE(reviewers.find(nurse.value().ref).value().role, ReviewerRole::NurseReviewer);
        QCOMPARE(reviewers.findByName(u"Dr. Brook"_s).value()->role, ReviewerRole::PhysicianAdvisor);
        QVERIFY(!reviewers.findByName(u"Nobody"_s).value());
        QStringList names;
        const QList<Reviewer> listed = reviewers.list().value();
        for (const Reviewer& reviewer : listed)
            names.append(reviewer.name);
        QCOMPARE(names, (QStringList{u"Dr. Brook"_s, u"Nurse Ada"_s, u"Spine Associates"_s}));
        QCOMPARE(fixture.audit().entriesFor("reviewer"_L1, nurse.value().ref).value().first().action,
                 u"reviewer.add"_s);
    }

    void namesAreUnique()
    {
        StorageFixture fixture(TestDatabase::currentBackend());
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        QVERIFY(fixture.reviewers().add(u"Nurse Ada"_s, ReviewerRole::NurseReviewer, StorageFixture::importer()).ok());
        StorageResult<Reviewer> twice =
            fixture.reviewers().add(u"Nurse Ada"_s, ReviewerRole::PhysicianAdvisor, StorageFixture::importer());
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().message.contains(u"already exists"_s));
        QVERIFY(!fixture.reviewers().add(u"  "_s, ReviewerRole::NurseReviewer, StorageFixture::importer()).ok());
        QCOMPARE(fixture.reviewers().list().value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReviewerRepository)
#include "tst_reviewerrepository.moc"
