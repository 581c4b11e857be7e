// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's autosaved working copies on both back ends: inserted and replaced, listed newest first per owner,
// every byte kept, removed without fuss when gone already, and never audited.
#include "storage/draftrepository.h"
#include "storagefixture.h"

#include <QTest>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 1, 9), QTime(14, minute, 0, 123), Qt::UTC);
}

Draft fileDraft(const QString& owner, const QByteArray& document)
{
    Draft draft;
    draft.owner = owner;
    draft.sourcePath = u"/home/ada/cases/new case.json"_s;
    draft.document = document;
    return draft;
}

} // namespace

class TestDraftRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<StorageFixture> m_fixture;
    std::unique_ptr<DraftRepository> m_drafts;

    void setClock(int minute)
    {
        m_fixture->database().setClock([minute] { return at(minute); });
    }

private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void init()
    {
        m_fixture = std::make_unique<StorageFixture>(TestDatabase::currentBackend());
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
        m_drafts = std::make_unique<DraftRepository>(m_fixture->database());
    }

    void cleanup()
    {
        m_drafts.reset();
        m_fixture.reset();
    }

    void insertThenReplace()
    {
        const auto [stored, review] =
            m_fixture->importWithReview(StorageFixture::caseDocument({u"draft-1"_s, {}, {}, {}, {}}));
        Draft draft;
        draft.owner = u"Nurse Ada"_s;
        draft.caseRef = stored.ref;
        draft.reviewRef = review.ref;
        draft.document = stored.document;
        draft.reviewState = R"({"status":"in_review","notes":[]})";
        setClock(1);
        StorageResult<Draft> first = m_drafts->save(draft);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QVERIFY(first.value().ref > 0);
        QCOMPARE(first.value().savedAt, at(1));

        Draft later = first.value();
        later.reviewState = R"({"status":"in_review","notes":[{"criterionId":"fusion.instability"}]})";
        setClock(2);
        StorageResult<Draft> second = m_drafts->save(later);
        QVERIFY(second.ok());
        QCOMPARE(second.value().ref, first.value().ref);
        QCOMPARE(second.value().savedAt, at(2));

        const QList<Draft> all = m_drafts->all().value();
        QCOMPARE(all.size(), 1);
        const Draft& kept = all.first();
        QCOMPARE(kept.ref, first.value().ref);
        QCOMPARE(kept.owner, u"Nurse Ada"_s);
        QCOMPARE(kept.caseRef, std::optional<qint64>(stored.ref));
        QCOMPARE(kept.reviewRef, std::optional<qint64>(review.ref));
        QCOMPARE(kept.sourcePath, QString());
        QCOMPARE(kept.document, stored.document);
        QCOMPARE(kept.reviewState, later.reviewState);
        QCOMPARE(kept.savedAt, at(2));
    }

    void bytesAreKeptExactly()
    {
        // A document mid-edit need not be valid JSON, and the review state is whatever bytes the desk wrote.
        static const char halfTyped[] = "{\"caseId\": \"half-typed\", \"notes\": \"caf\xc3\xa9 \0 \xff\xfe";
        static const char unsaved[] = "\x00\x01\x80\xff\xc3\x28 not UTF-8 \xed\xa0\x80";
        const QByteArray document(halfTyped, sizeof(halfTyped) - 1);
        const QByteArray state(unsaved, sizeof(unsaved) - 1);
        Draft draft = fileDraft(u"ada"_s, document);
        draft.reviewState = state;
        const Draft saved = m_drafts->save(draft).value();
        const Draft read = m_drafts->forOwner(u"ada"_s).value().value(0);
        QCOMPARE(read.ref, saved.ref);
        QCOMPARE(read.document, document);
        QCOMPARE(read.document.size(), qsizetype(sizeof(halfTyped) - 1));
        QCOMPARE(read.reviewState, state);
        QCOMPARE(read.sourcePath, u"/home/ada/cases/new case.json"_s);
        QVERIFY(!read.caseRef);
        QVERIFY(!read.reviewRef);

        // No review state at all: stored as empty bytes, read back empty.
        Draft bare = fileDraft(u"bob"_s, "{}");
        QVERIFY(bare.reviewState.isNull());
        QVERIFY(m_drafts->save(bare).ok());
        QVERIFY(m_drafts->forOwner(u"bob"_s).value().value(0).reviewState.isEmpty());
    }

    void newestFirstPerOwner()
    {
        QList<qint64> adas;
        for (int minute : {5, 1, 9}) {
            setClock(minute);
            adas.append(m_drafts->save(fileDraft(u"ada"_s, QByteArray::number(minute))).value().ref);
        }
        setClock(7);
        const qint64 bob = m_drafts->save(fileDraft(u"bob"_s, "bob's")).value().ref;

        const QList<Draft> ada = m_drafts->forOwner(u"ada"_s).value();
        QCOMPARE(ada.size(), 3);
        QCOMPARE(ada[0].ref, adas[2]);
        QCOMPARE(ada[1].ref, adas[0]);
        QCOMPARE(ada[2].ref, adas[1]);
        QCOMPARE(ada[0].document, QByteArray("9"));

        const QList<Draft> all = m_drafts->all().value();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all[0].ref, adas[2]);
        QCOMPARE(all[1].ref, bob);
        QVERIFY(m_drafts->forOwner(u"nobody"_s).value().isEmpty());

        // A replaced draft moves to the front.
        Draft oldest = ada[2];
        setClock(11);
        QVERIFY(m_drafts->save(oldest).ok());
        QCOMPARE(m_drafts->forOwner(u"ada"_s).value().first().ref, adas[1]);
    }

    void removeAndSaveAgain()
    {
        const Draft saved = m_drafts->save(fileDraft(u"ada"_s, "{}")).value();
        QVERIFY(!m_drafts->remove(saved.ref));
        QVERIFY(m_drafts->all().value().isEmpty());
        // Gone already: not an error.
        QVERIFY(!m_drafts->remove(saved.ref));
        QVERIFY(!m_drafts->remove(987654));

        // An autosave of a draft removed meanwhile (discarded in another window) stores it again.
        Draft again = saved;
        again.document = "{\"edited\": true}";
        StorageResult<Draft> stored = m_drafts->save(again);
        QVERIFY(stored.ok());
        QVERIFY(stored.value().ref > 0);
        const QList<Draft> all = m_drafts->all().value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().ref, stored.value().ref);
        QCOMPARE(all.first().document, again.document);
    }

    void draftsAreNotRecords()
    {
        const qint64 entries = m_fixture->place().scalar(u"SELECT count(*) FROM audit_log"_s).toLongLong();
        const Draft saved = m_drafts->save(fileDraft(u"ada"_s, "{}")).value();
        QVERIFY(m_drafts->save(saved).ok());
        QVERIFY(!m_drafts->remove(saved.ref));
        QCOMPARE(m_fixture->place().scalar(u"SELECT count(*) FROM audit_log"_s).toLongLong(), entries);
    }

    void ownerIsRequired()
    {
        StorageResult<Draft> refused = m_drafts->save(fileDraft(u"  "_s, "{}"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StorageError::Kind::Invalid);
        QVERIFY(m_drafts->all().value().isEmpty());
    }

    void unknownCaseIsRefused()
    {
        // The references are foreign keys: a draft cannot point at a case that is not stored.
        Draft draft = fileDraft(u"ada"_s, "{}");
        draft.caseRef = 987654;
        StorageResult<Draft> refused = m_drafts->save(draft);
        QVERIFY(!refused.ok());
        QVERIFY(m_drafts->all().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDraftRepository)
#include "tst_draftrepository.moc"
