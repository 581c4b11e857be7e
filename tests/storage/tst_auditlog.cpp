// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail's chain on both back ends: each entry hashed over its canonical text and the entry before,
// written inside the caller's transaction, and one unbroken chain however many programs append at once.
#include "storage/auditverifier.h"
#include "storage/transaction.h"
#include "storagefixture.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QTest>
#include <QThread>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

// The canonical text as the documentation states it, written here independently of AuditLog.
QString expectedHash(const AuditEntry& entry)
{
    QByteArray text;
    for (const QString& field :
         {QString::number(entry.seq), QString::number(entry.at.toMSecsSinceEpoch()), entry.actor, entry.action,
          entry.entity, QString::number(entry.entityRef), entry.details, entry.prevHash}) {
        const QByteArray bytes = field.toUtf8();
        text += QByteArray::number(bytes.size()) + ':' + bytes + '\n';
    }
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

    std::unique_ptr<StorageFixture> m_fixture;

private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void init()
    {
        m_fixture = std::make_unique<StorageFixture>(TestDatabase::currentBackend());
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
    }

    void cleanup() { m_fixture.reset(); }

    void entriesAreChained()
    {
        const Actor actor{u"Dr. Brook"_s, ReviewerRole::PhysicianAdvisor, 2};
        QList<AuditEntry> entries;
        for (int i = 0; i < 3; ++i) {
            StorageResult<AuditEntry> entry = m_fixture->audit().append(
                actor, AuditAction::reviewSave, "review"_L1, 40 + i, QJsonObject{{u"n"_s, i}, {u"note"_s, u"Zoë"_s}});
            QVERIFY2(entry.ok(), qPrintable(entry.ok() ? QString() : entry.error().message));
            entries.append(entry.value());
        }
        QCOMPARE(entries[0].seq, 1);
        QCOMPARE(entries[0].prevHash, QString(AuditLog::genesisHash));
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries[i].hash, expectedHash(entries[i]));
            if (i > 0) {
                QCOMPARE(entries[i].seq, entries[i - 1].seq + 1);
                QCOMPARE(entries[i].prevHash, entries[i - 1].hash);
            }
        }
        QCOMPARE(entries[1].detailsObject().value(u"actorRole"_s).toString(), u"physician_advisor"_s);
        // What is stored is what was hashed.
        const StorageResult<QList<AuditEntry>> stored = m_fixture->audit().entriesFor("review"_L1, 41);
        QCOMPARE(stored.value().size(), 1);
        QCOMPARE(stored.value().first().hash, entries[1].hash);
        QCOMPARE(stored.value().first().details, entries[1].details);
        QCOMPARE(stored.value().first().at, entries[1].at);
        QCOMPARE(m_fixture->place().scalar(u"SELECT hash FROM audit_head"_s).toString(), entries.last().hash);
        QCOMPARE(m_fixture->place().scalar(u"SELECT seq FROM audit_head"_s).toInt(), 3);
    }

    void canonicalTextKeepsFieldsApart()
    {
        AuditEntry a;
        a.seq = 1;
        a.at = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        a.actor = u"ab"_s;
        a.action = u"c"_s;
        AuditEntry b = a;
        b.actor = u"a"_s;
        b.action = u"bc"_s;
        QVERIFY(AuditLog::canonicalText(a) != AuditLog::canonicalText(b));
        QVERIFY(AuditLog::entryHash(a) != AuditLog::entryHash(b));
    }

    void abandonedTransactionLeavesNoEntry()
    {
        QVERIFY(m_fixture->audit().append(StorageFixture::importer(), AuditAction::caseImport, "case"_L1, 1, {}).ok());
        const QString head = m_fixture->place().scalar(u"SELECT hash FROM audit_head"_s).toString();
        {
            Transaction transaction(m_fixture->database());
            QVERIFY(
                m_fixture->audit().append(StorageFixture::importer(), AuditAction::caseImport, "case"_L1, 2, {}).ok());
        }
        QCOMPARE(m_fixture->place().scalar(u"SELECT count(*) FROM audit_log"_s).toInt(), 1);
        QCOMPARE(m_fixture->place().scalar(u"SELECT hash FROM audit_head"_s).toString(), head);
        StorageResult<AuditEntry> next =
            m_fixture->audit().append(StorageFixture::importer(), AuditAction::caseImport, "case"_L1, 3, {});
        QCOMPARE(next.value().seq, 2);
        QCOMPARE(next.value().prevHash, head);
    }

    void programsAppendingAtOnceMakeOneChain()
    {
        // Three programs — three Database objects, three connections — append at the same time.
        constexpr int writers = 3;
        constexpr int perWriter = 15;
        QStringList errors;
        QMutex lock;
        QList<QThread*> threads;
        const DatabaseLocation location = m_fixture->place().location();
        for (int w = 0; w < writers; ++w) {
            threads.append(QThread::create([&, w] {
                StorageResult<std::unique_ptr<Database>> database = Database::open(location);
                if (!database.ok()) {
                    QMutexLocker locker(&lock);
                    errors.append(database.error().message);
                    return;
                }
                const AuditLog audit(*database.value());
                for (int i = 0; i < perWriter; ++i) {
                    StorageResult<AuditEntry> entry = audit.append(Actor::program(u"writer %1"_s.arg(w)),
                                                                   AuditAction::reviewSave, "review"_L1, w, {});
                    if (!entry.ok()) {
                        QMutexLocker locker(&lock);
                        errors.append(entry.error().message);
                    }
                }
                database.value()->closeThreadConnection();
            }));
        }
        for (QThread* thread : threads)
            thread->start();
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        StorageResult<AuditVerification> verified = AuditVerifier(m_fixture->database()).verify();
        QVERIFY(verified.ok());
        QVERIFY2(verified.value().ok(), qPrintable(verified.value().problem));
        QCOMPARE(verified.value().entries, writers * perWriter);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
