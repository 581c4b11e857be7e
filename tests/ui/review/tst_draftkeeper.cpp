// SPDX-License-Identifier: GPL-3.0-or-later
// Autosave and crash recovery on SQLite and PostgreSQL: an edit becomes a draft within the delay, a draft left
// behind comes back into a new desk exactly as it was — case, decisions, reasons, notes — and a save or a
// discard removes it. (tst_crashrecovery kills a real desk process to leave one behind.)
#include "core/case/casereader.h"
#include "review/draftkeeper.h"
#include "reviewtestdesk.h"

#include <QSignalSpy>
#include <QTest>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

const QString kOwner = u"tester@workstation"_s;
constexpr int kDelayMs = 20;

// A desk with autosave, as the window has it.
struct AutosavingDesk : testing::ReviewDesk
{
    explicit AutosavingDesk(Database& database)
        : testing::ReviewDesk(database)
        , drafts(document, session, database, kOwner)
    {
        drafts.setDelay(kDelayMs);
    }

    DraftKeeper drafts;
};

QList<Draft> storedDrafts(Database& database)
{
    return DraftRepository(database).forOwner(kOwner).value();
}

} // namespace

class TestDraftKeeper : public testing::StoredSeedTest
{
    Q_OBJECT

private slots:
    void anEditOfACaseFileIsAutosavedWithinTheDelay()
    {
        AutosavingDesk desk(m_seed->storage.database());
        const QString path = QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/seed-l5s1-revision.json");
        QVERIFY(desk.document.load(path).isEmpty());
        QSignalSpy autosaved(&desk.drafts, &DraftKeeper::autosaved);
        desk.document.edit([](SpineCase& c) { c.notes = u"Autosave me"_s; });
        QVERIFY(desk.drafts.isPending());
        QVERIFY(storedDrafts(m_seed->storage.database()).isEmpty()); // not before the delay
        QVERIFY(autosaved.wait(5000));

        const QList<Draft> drafts = storedDrafts(m_seed->storage.database());
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts[0].sourcePath, path);
        QVERIFY(!drafts[0].caseRef);
        QVERIFY(drafts[0].reviewState.isEmpty());
        QCOMPARE(CaseReader::readBytes(drafts[0].document, u"draft"_s).value->notes, u"Autosave me"_s);

        // More edits update the same draft rather than adding drafts.
        desk.document.edit([](SpineCase& c) { c.notes = u"Autosave me again"_s; });
        QVERIFY(autosaved.wait(5000));
        QCOMPARE(storedDrafts(m_seed->storage.database()).size(), 1);

        // Saved to its file: the draft has done its work.
        const QString copy = m_seed->storage.place().folder() + u"/copy.json"_s;
        QVERIFY(desk.document.save(copy).isEmpty());
        QVERIFY(storedDrafts(m_seed->storage.database()).isEmpty());
    }

    void flushWritesAtOnceAndDiscardRemoves()
    {
        AutosavingDesk desk(m_seed->storage.database());
        desk.drafts.setDelay(60 * 60 * 1000); // never on its own within this test
        desk.document.edit([](SpineCase& c) { c.caseId = u"typed-in"_s; });
        desk.drafts.flush();
        QCOMPARE(storedDrafts(m_seed->storage.database()).size(), 1);
        desk.drafts.discard();
        QVERIFY(storedDrafts(m_seed->storage.database()).isEmpty());
    }

    void aReviewDraftComesBackWhole()
    {
        {
            AutosavingDesk desk(m_seed->storage.database());
            QVERIFY(!desk.session.open(m_seed->review.ref));
            QSignalSpy autosaved(&desk.drafts, &DraftKeeper::autosaved);
            desk.session.setDecision(Component::Fusion, Status::Met);
            desk.session.setReason(Component::Fusion, u"Films faxed after the RFI"_s);
            desk.session.setNote(u"imaging"_s, Level::L5S1, u"Read by radiology 11/20"_s);
            desk.document.edit([](SpineCase& c) { c.notes = u"Added by the nurse"_s; });
            QVERIFY(autosaved.wait(5000));
            // The desk goes away without saving or discarding, as a crash would leave it.
            desk.drafts.setDelay(60 * 60 * 1000);
        }

        AutosavingDesk next(m_seed->storage.database());
        const QList<Draft> left = next.drafts.leftBehind().value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left[0].reviewRef, m_seed->review.ref);
        QVERIFY(!next.drafts.recover(left[0]));

        QVERIFY(next.session.isOpen());
        QCOMPARE(next.session.review().ref, m_seed->review.ref);
        QCOMPARE(next.document.spineCase().notes, u"Added by the nurse"_s);
        QVERIFY(next.document.isModified());
        QCOMPARE(next.session.review().component(Component::Fusion)->decision, Status::Met);
        QCOMPARE(next.session.review().component(Component::Fusion)->reason, u"Films faxed after the RFI"_s);
        QCOMPARE(next.session.review().notes.size(), 1);
        QCOMPARE(next.session.review().notes[0].level, Level::L5S1);
        QVERIFY(next.session.isReviewModified());
        // The recovered work is the draft now: nothing else is offered, and saving it removes it.
        QVERIFY(next.drafts.leftBehind().value().isEmpty());
        next.session.setActor(m_seed->nurse);
        QVERIFY(!next.session.save());
        QVERIFY(storedDrafts(m_seed->storage.database()).isEmpty());
        const Review stored = m_seed->storage.reviews().find(m_seed->review.ref).value();
        QCOMPARE(stored.component(Component::Fusion)->reason, u"Films faxed after the RFI"_s);
    }

    void anUnreadableDraftSaysWhyAndStaysStored()
    {
        Draft broken;
        broken.owner = kOwner;
        broken.document = "{\"format\": \"not-a-case\"}";
        broken = DraftRepository(m_seed->storage.database()).save(broken).value();

        AutosavingDesk desk(m_seed->storage.database());
        const StorageStatus failed = desk.drafts.recover(broken);
        QVERIFY(failed);
        QVERIFY2(failed->message.contains(u"cannot be read"_s), qPrintable(failed->message));
        QCOMPARE(desk.document.spineCase().caseId, CaseDocument::emptyCase().caseId);
        QCOMPARE(storedDrafts(m_seed->storage.database()).size(), 1);
        QVERIFY(!desk.drafts.drop(broken));
        QVERIFY(storedDrafts(m_seed->storage.database()).isEmpty());
    }
};

QTEST_MAIN(TestDraftKeeper)
#include "tst_draftkeeper.moc"
