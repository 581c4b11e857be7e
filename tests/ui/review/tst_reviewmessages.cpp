// SPDX-License-Identifier: GPL-3.0-or-later
// What a reviewer reads when a save is refused or another reviewer saved first, on SQLite and on PostgreSQL: with
// the Spanish translation installed, the storage layer's sentence is Spanish, its components and statuses Spanish
// words; without a translation — as on the command line — it is the English it has always been, byte for byte.
#include "reviewtestdesk.h"

#include <QTest>
#include <QTranslator>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

// SpineReview's translation for `language` installed while it lives, as the desk installs it at start; "en"
// installs none, as the command line does.
class InstalledLanguage
{
public:
    explicit InstalledLanguage(const QString& language)
    {
        if (language == "en"_L1)
            return;
        m_installed = m_translator.load(u":/i18n/spinereview_"_s + language + u".qm"_s) &&
                      QCoreApplication::installTranslator(&m_translator);
        m_failed = !m_installed;
    }
    ~InstalledLanguage()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_translator);
    }
    Q_DISABLE_COPY_MOVE(InstalledLanguage)

    bool ok() const { return !m_failed; }

private:
    QTranslator m_translator;
    bool m_installed = false;
    bool m_failed = false;
};

void addLanguageRows(const QString& english, const QString& spanish)
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << u"en"_s << english;
    QTest::newRow("es") << u"es"_s << spanish;
}

} // namespace

class TestReviewMessages : public testing::StoredSeedTest
{
    Q_OBJECT

private slots:
    void anOverrideWithoutItsReason_data()
    {
        addLanguageRows(u"review %1: fusion is decided met where the engine found incomplete: a decision that differs "
                        u"from the engine's needs its reason; nothing was saved"_s,
                        u"revisión %1: para artrodesis se decidió «cumple» cuando el motor encontró «incompleto»: una "
                        u"decisión distinta de la del motor necesita su motivo; no se guardó nada"_s);
    }

    void anOverrideWithoutItsReason()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const InstalledLanguage installed(language);
        QVERIFY(installed.ok());
        testing::ReviewDesk desk(m_seed->storage.database());
        QVERIFY(!desk.session.open(m_seed->review.ref));
        desk.session.setActor(m_seed->nurse);
        // The engine finds fusion incomplete for the seed case; the nurse decides it met and gives no reason.
        desk.session.setDecision(Component::Fusion, Status::Met);
        const StorageStatus refused = desk.session.save();
        QVERIFY(refused);
        QCOMPARE(refused->kind, StorageError::Kind::Invalid);
        QCOMPARE(refused->message, expected.arg(m_seed->review.ref));
    }

    void aNurseMakingAnAdverseDetermination_data()
    {
        addLanguageRows(
            u"review %1: an adverse determination (fusion not met) is made by a physician advisor, and "
            u"Nurse Ada is a nurse reviewer; nothing was saved"_s,
            u"revisión %1: una determinación desfavorable (no cumple: artrodesis) la toma un médico asesor, "
            u"y Nurse Ada es un revisor de enfermería; no se guardó nada"_s);
    }

    void aNurseMakingAnAdverseDetermination()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const InstalledLanguage installed(language);
        QVERIFY(installed.ok());
        testing::ReviewDesk desk(m_seed->storage.database());
        QVERIFY(!desk.session.open(m_seed->review.ref));
        desk.session.setActor(m_seed->nurse);
        desk.session.setStatus(ReviewStatus::InReview);
        QVERIFY(!desk.session.save());
        // Every component decided, each with its reason, so that only the rule on adverse determinations is left
        // to refuse the save.
        const QList<ComponentDecision> components = desk.session.review().components;
        QVERIFY(desk.session.review().component(Component::Fusion));
        for (const ComponentDecision& decision : components) {
            desk.session.setDecision(decision.component,
                                     decision.component == Component::Fusion ? Status::NotMet : Status::Met);
            desk.session.setReason(decision.component, u"Reviewed against the records received"_s);
        }
        desk.session.setStatus(ReviewStatus::Determined);
        const StorageStatus refused = desk.session.save();
        QVERIFY(refused);
        QCOMPARE(refused->kind, StorageError::Kind::Invalid);
        QCOMPARE(refused->message, expected.arg(m_seed->review.ref));
        QCOMPARE(m_seed->storage.reviews().find(m_seed->review.ref).value().status, ReviewStatus::InReview);
    }

    void theSecondOfTwoReviewersSaving_data()
    {
        addLanguageRows(u"review %1 was saved by Nurse Ada at %2 after you opened it (you opened version %3; it is now "
                        u"version %4). Your changes were not saved: reopen the review and make them again."_s,
                        u"la revisión %1 la guardó Nurse Ada el %2, después de que usted la abriera (usted abrió la "
                        u"versión %3; ahora es la versión %4). Sus cambios no se guardaron: vuelva a abrir la revisión "
                        u"y hágalos de nuevo."_s);
    }

    void theSecondOfTwoReviewersSaving()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const InstalledLanguage installed(language);
        QVERIFY(installed.ok());
        testing::ReviewDesk first(m_seed->storage.database());
        testing::ReviewDesk second(m_seed->storage.database());
        QVERIFY(!first.session.open(m_seed->review.ref));
        QVERIFY(!second.session.open(m_seed->review.ref));
        first.session.setActor(m_seed->nurse);
        second.session.setActor(m_seed->physician);
        first.session.setStatus(ReviewStatus::InReview);
        second.session.setDecision(Component::Decompression, Status::Met);
        QVERIFY(!first.session.save());

        const StorageStatus conflict = second.session.save();
        QVERIFY(conflict);
        QCOMPARE(conflict->kind, StorageError::Kind::Conflict);
        const Review stored = m_seed->storage.reviews().find(m_seed->review.ref).value();
        // The time is the stored one, in ISO 8601 whatever the language: it names the save to look for.
        QCOMPARE(conflict->message,
                 expected.arg(QString::number(stored.ref), stored.updatedAt.toString(Qt::ISODate),
                              QString::number(m_seed->review.rowVersion), QString::number(stored.rowVersion)));
    }
};

QTEST_MAIN(TestReviewMessages)
#include "tst_reviewmessages.moc"
