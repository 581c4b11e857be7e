// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefacts.h"
#include "core/case/casereader.h"
#include "core/facts/conservativecare.h"
#include "core/facts/facttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace spinereview;

// The conservative-care facts (criteria-reference.md, "Weeks of conservative care" and "Adequate conservative
// care"): care.weeks, care.activeTherapy, care.otherModality and care.failure, and the interval union under them.

namespace {

const QString kAbsent = u"<absent>"_s;
const QString kCareRecord = u"conservative-therapy records (each modality with its dates and response)"_s;
const QString kResponseRecord = u"the response to physical therapy (progress or discharge notes)"_s;

// The members of a case with the given review date and conservativeTherapy (JSON text, or kAbsent).
QString careCase(const QString& therapy, const QString& reviewDate = u"2025-11-17"_s)
{
    QString members = u"\"reviewDate\": \""_s + reviewDate + u'"';
    if (therapy != kAbsent)
        members += u", \"conservativeTherapy\": "_s + therapy;
    return members;
}

using Intervals = QList<std::pair<QDate, QDate>>;

QDate date(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestConservativeCare : public QObject
{
    Q_OBJECT

private slots:
    void unionDays_data();
    void unionDays();
    void weeks_data();
    void weeks();
    void weeksPaths();
    void absentTherapy();
    void emptyTherapy();
    void activeTherapy_data();
    void activeTherapy();
    void activeTherapyWindowFollowsParameter_data();
    void activeTherapyWindowFollowsParameter();
    void otherModality_data();
    void otherModality();
    void failure_data();
    void failure();
    void failurePathsAndNote();
    void deriveMatchesTable();
};

void TestConservativeCare::unionDays_data()
{
    QTest::addColumn<Intervals>("intervals");
    QTest::addColumn<qint64>("days");

    QTest::newRow("none") << Intervals{} << qint64(0);
    QTest::newRow("one day") << Intervals{{date("2025-01-01"), date("2025-01-01")}} << qint64(1);
    QTest::newRow("42 days inclusive") << Intervals{{date("2025-01-01"), date("2025-02-11")}} << qint64(42);
    QTest::newRow("across Feb 29") << Intervals{{date("2024-02-01"), date("2024-03-13")}} << qint64(42);
    QTest::newRow("overlapping: union, not sum")
        << Intervals{{date("2025-01-01"), date("2025-02-11")}, {date("2025-01-22"), date("2025-03-04")}} << qint64(63);
    QTest::newRow("adjacent: no day counted twice")
        << Intervals{{date("2025-01-01"), date("2025-01-21")}, {date("2025-01-22"), date("2025-02-11")}} << qint64(42);
    QTest::newRow("sharing the boundary day")
        << Intervals{{date("2025-01-01"), date("2025-01-21")}, {date("2025-01-21"), date("2025-02-11")}} << qint64(42);
    QTest::newRow("one-day gap is not bridged")
        << Intervals{{date("2025-01-01"), date("2025-01-21")}, {date("2025-01-23"), date("2025-02-11")}} << qint64(41);
    QTest::newRow("nested") << Intervals{{date("2025-01-01"), date("2025-03-25")},
                                         {date("2025-02-01"), date("2025-02-10")}}
                            << qint64(84);
    QTest::newRow("unsorted input") << Intervals{{date("2025-03-01"), date("2025-03-10")},
                                                 {date("2025-01-01"), date("2025-01-10")},
                                                 {date("2025-01-05"), date("2025-01-20")}}
                                    << qint64(30);
    QTest::newRow("identical twice") << Intervals{{date("2025-01-01"), date("2025-01-07")},
                                                  {date("2025-01-01"), date("2025-01-07")}}
                                     << qint64(7);
    QTest::newRow("a long one swallowing later short ones") << Intervals{{date("2025-01-01"), date("2025-01-31")},
                                                                         {date("2025-01-05"), date("2025-01-06")},
                                                                         {date("2025-01-10"), date("2025-01-11")},
                                                                         {date("2025-02-01"), date("2025-02-01")}}
                                                            << qint64(32);
}

void TestConservativeCare::unionDays()
{
    QFETCH(Intervals, intervals);
    QFETCH(qint64, days);
    QCOMPARE(ConservativeCareFacts::unionDays(intervals), days);
}

void TestConservativeCare::weeks_data()
{
    QTest::addColumn<QString>("therapy");
    QTest::addColumn<QString>("reviewDate");
    QTest::addColumn<QString>("weeks");

    const QString review = u"2025-11-17"_s;
    QTest::newRow("exactly 42 days inclusive = 6 weeks")
        << uR"([{ "type": "physical_therapy", "start": "2025-01-01", "end": "2025-02-11" }])"_s << review << u"6"_s;
    QTest::newRow("41 days = 5 weeks")
        << uR"([{ "type": "physical_therapy", "start": "2025-01-01", "end": "2025-02-10" }])"_s << review << u"5"_s;
    QTest::newRow("exactly 84 days = 12 weeks")
        << uR"([{ "type": "physical_therapy", "start": "2025-01-01", "end": "2025-03-25" }])"_s << review << u"12"_s;
    QTest::newRow("83 days = 11 weeks")
        << uR"([{ "type": "physical_therapy", "start": "2025-01-01", "end": "2025-03-24" }])"_s << review << u"11"_s;
    QTest::newRow("one day = 0 weeks") << uR"([{ "type": "nsaid", "start": "2025-01-01", "end": "2025-01-01" }])"_s
                                       << review << u"0"_s;
    QTest::newRow("7 days = 1 week") << uR"([{ "type": "nsaid", "start": "2025-01-01", "end": "2025-01-07" }])"_s
                                     << review << u"1"_s;
    QTest::newRow("42 days across Feb 29")
        << uR"([{ "type": "nsaid", "start": "2024-02-01", "end": "2024-03-13" }])"_s << review << u"6"_s;
    QTest::newRow("overlapping episodes: union (63 days), not sum (84)")
        << uR"([{ "type": "physical_therapy", "start": "2025-01-01", "end": "2025-02-11" },
                { "type": "nsaid", "start": "2025-01-22", "end": "2025-03-04" }])"_s
        << review << u"9"_s;
    QTest::newRow("contiguous episodes 21 + 21 days")
        << uR"([{ "type": "physical_therapy", "start": "2025-01-01", "end": "2025-01-21" },
                { "type": "home_exercise", "start": "2025-01-22", "end": "2025-02-11" }])"_s
        << review << u"6"_s;
    QTest::newRow("episodes 21 + 20 days with a one-day gap")
        << uR"([{ "type": "physical_therapy", "start": "2025-01-01", "end": "2025-01-21" },
                { "type": "home_exercise", "start": "2025-01-23", "end": "2025-02-11" }])"_s
        << review << u"5"_s;
    QTest::newRow("nested episode adds nothing")
        << uR"([{ "type": "nsaid", "start": "2025-01-01", "end": "2025-03-25" },
                { "type": "physical_therapy", "start": "2025-02-01", "end": "2025-02-10" }])"_s
        << review << u"12"_s;
    QTest::newRow("array order does not matter")
        << uR"([{ "type": "physical_therapy", "start": "2025-01-22", "end": "2025-03-04" },
                { "type": "nsaid", "start": "2025-01-01", "end": "2025-02-11" }])"_s
        << review << u"9"_s;
    QTest::newRow("ongoing episode counts to reviewDate (42 days)")
        << uR"([{ "type": "physical_therapy", "start": "2025-10-06" }])"_s << u"2025-11-16"_s << u"6"_s;
    QTest::newRow("ongoing episode, 41 days to reviewDate")
        << uR"([{ "type": "physical_therapy", "start": "2025-10-07" }])"_s << u"2025-11-16"_s << u"5"_s;
    QTest::newRow("ongoing episode starting on reviewDate: 1 day")
        << uR"([{ "type": "physical_therapy", "start": "2025-11-16" }])"_s << u"2025-11-16"_s << u"0"_s;
    QTest::newRow("ongoing, 7 days to reviewDate")
        << uR"([{ "type": "physical_therapy", "start": "2025-11-10" }])"_s << u"2025-11-16"_s << u"1"_s;
    QTest::newRow("ending after reviewDate is cut there")
        << uR"([{ "type": "physical_therapy", "start": "2025-10-06", "end": "2026-03-31" }])"_s << u"2025-11-16"_s
        << u"6"_s;
    QTest::newRow("ending the day after reviewDate is cut there")
        << uR"([{ "type": "physical_therapy", "start": "2025-10-07", "end": "2025-11-17" }])"_s << u"2025-11-16"_s
        << u"5"_s;
    QTest::newRow("starting after reviewDate adds nothing")
        << uR"([{ "type": "physical_therapy", "start": "2025-01-01", "end": "2025-02-11" },
                { "type": "nsaid", "start": "2025-11-18", "end": "2026-06-30" }])"_s
        << review << u"6"_s;
    QTest::newRow("only an episode starting after reviewDate")
        << uR"([{ "type": "nsaid", "start": "2025-11-18" }])"_s << review << u"0"_s;
    QTest::newRow("an episode without start adds nothing")
        << uR"([{ "type": "physical_therapy", "start": "2025-01-01", "end": "2025-02-11" },
                { "type": "nsaid", "end": "2025-10-01" }])"_s
        << review << u"6"_s;
    QTest::newRow("contraindicated episode adds no time")
        << uR"([{ "type": "physical_therapy", "start": "2025-01-01", "end": "2025-02-11" },
                { "type": "nsaid", "start": "2024-01-01", "end": "2025-10-01", "contraindicated": true }])"_s
        << review << u"6"_s;
    QTest::newRow("contraindicated false counts")
        << uR"([{ "type": "nsaid", "start": "2025-01-01", "end": "2025-02-11", "contraindicated": false }])"_s << review
        << u"6"_s;
    QTest::newRow("empty list: 0") << u"[]"_s << review << u"0"_s;
    QTest::newRow("absent: unknown") << kAbsent << review << u"unknown"_s;
}

void TestConservativeCare::weeks()
{
    QFETCH(QString, therapy);
    QFETCH(QString, reviewDate);
    QFETCH(QString, weeks);
    CASE_FACTS(facts, careCase(therapy, reviewDate));
    QCOMPARE(describe(facts(FactId::CareWeeks)), weeks);
}

void TestConservativeCare::weeksPaths()
{
    // The episodes that added time; the whole list when none did.
    CASE_FACTS(facts, careCase(uR"([
        { "type": "physical_therapy", "start": "2025-01-01", "end": "2025-02-11" },
        { "type": "nsaid", "end": "2025-10-01" },
        { "type": "opioid", "start": "2025-03-01", "end": "2025-03-20", "contraindicated": true },
        { "type": "bracing", "start": "2025-06-01", "end": "2025-06-14" },
        { "type": "acupuncture", "start": "2026-01-01" }
    ])"_s));
    const FactValue& weeks = facts(FactId::CareWeeks);
    QCOMPARE(describe(weeks), u"8"_s); // 42 + 14 days
    QCOMPARE(weeks.paths, (QStringList{u"conservativeTherapy[0]"_s, u"conservativeTherapy[3]"_s}));

    CASE_FACTS(none, careCase(u"[]"_s));
    QCOMPARE(none(FactId::CareWeeks).paths, QStringList{u"conservativeTherapy"_s});
}

void TestConservativeCare::absentTherapy()
{
    CASE_FACTS(facts, careCase(kAbsent));
    for (FactId id : {FactId::CareWeeks, FactId::CareActiveTherapy, FactId::CareOtherModality, FactId::CareFailure}) {
        const FactValue& fact = facts(id);
        QVERIFY2(!fact.isKnown(), FactCatalog::definition(id).name);
        QVERIFY2(!fact.assumable, FactCatalog::definition(id).name);
        QCOMPARE(fact.record, kCareRecord);
        QCOMPARE(fact.paths, QStringList{u"conservativeTherapy"_s});
    }
}

void TestConservativeCare::emptyTherapy()
{
    // [] = documented none: no time, no active therapy, no other modality. Failure stays open (no active therapy
    // response), which the adequate-care node turns into "not met" through the false active therapy.
    CASE_FACTS(facts, careCase(u"[]"_s));
    QCOMPARE(describe(facts(FactId::CareWeeks)), u"0"_s);
    QCOMPARE(describe(facts(FactId::CareActiveTherapy)), u"false"_s);
    QCOMPARE(describe(facts(FactId::CareOtherModality)), u"false"_s);
    QCOMPARE(facts(FactId::CareActiveTherapy).paths, QStringList{u"conservativeTherapy"_s});
    QCOMPARE(facts(FactId::CareOtherModality).paths, QStringList{u"conservativeTherapy"_s});
    QCOMPARE(describe(facts(FactId::CareFailure)), u"unknown"_s);
    QCOMPARE(facts(FactId::CareFailure).record, kResponseRecord);
}

void TestConservativeCare::activeTherapy_data()
{
    QTest::addColumn<QString>("therapy");
    QTest::addColumn<QString>("active");
    QTest::addColumn<QStringList>("paths");

    const QStringList first{u"conservativeTherapy[0]"_s};
    const QStringList whole{u"conservativeTherapy"_s};
    QTest::newRow("in person, ended within 12 months")
        << uR"([{ "type": "physical_therapy", "start": "2025-03-01", "end": "2025-06-01", "delivery": "in_person" }])"_s
        << u"true"_s << first;
    QTest::newRow("delivery absent counts as in person")
        << uR"([{ "type": "physical_therapy", "start": "2025-03-01", "end": "2025-06-01" }])"_s << u"true"_s << first;
    QTest::newRow("ended exactly 12 months before reviewDate")
        << uR"([{ "type": "physical_therapy", "start": "2024-09-01", "end": "2024-11-17" }])"_s << u"true"_s << first;
    QTest::newRow("ended 12 months + 1 day before reviewDate")
        << uR"([{ "type": "physical_therapy", "start": "2024-09-01", "end": "2024-11-16" }])"_s << u"false"_s << whole;
    QTest::newRow("delivered at home")
        << uR"([{ "type": "physical_therapy", "start": "2025-03-01", "end": "2025-06-01", "delivery": "home" }])"_s
        << u"false"_s << whole;
    QTest::newRow("delivered virtually")
        << uR"([{ "type": "physical_therapy", "start": "2025-03-01", "end": "2025-06-01", "delivery": "virtual" }])"_s
        << u"false"_s << whole;
    QTest::newRow("ongoing, started long ago")
        << uR"([{ "type": "physical_therapy", "start": "2022-01-01" }])"_s << u"true"_s << first;
    QTest::newRow("ends after reviewDate")
        << uR"([{ "type": "physical_therapy", "start": "2025-10-01", "end": "2026-01-31" }])"_s << u"true"_s << first;
    QTest::newRow("starts after reviewDate: planned, not given")
        << uR"([{ "type": "physical_therapy", "start": "2025-11-18" }])"_s << u"false"_s << whole;
    QTest::newRow("home programme is not physical therapy")
        << uR"([{ "type": "home_exercise", "start": "2025-03-01", "end": "2025-06-01" }])"_s << u"false"_s << whole;
    QTest::newRow("chiropractic is not physical therapy")
        << uR"([{ "type": "chiropractic", "start": "2025-03-01", "end": "2025-06-01" }])"_s << u"false"_s << whole;
    QTest::newRow("a recent in-person one among old and virtual ones")
        << uR"([{ "type": "physical_therapy", "start": "2023-01-01", "end": "2023-03-01" },
                { "type": "physical_therapy", "start": "2025-03-01", "end": "2025-06-01", "delivery": "virtual" },
                { "type": "physical_therapy", "start": "2025-07-01", "end": "2025-08-01" }])"_s
        << u"true"_s << QStringList{u"conservativeTherapy[2]"_s};
    QTest::newRow("empty list") << u"[]"_s << u"false"_s << whole;
}

void TestConservativeCare::activeTherapy()
{
    QFETCH(QString, therapy);
    QFETCH(QString, active);
    QFETCH(QStringList, paths);
    CASE_FACTS(facts, careCase(therapy));
    const FactValue& fact = facts(FactId::CareActiveTherapy);
    QCOMPARE(describe(fact), active);
    QCOMPARE(fact.paths, paths);
}

void TestConservativeCare::activeTherapyWindowFollowsParameter_data()
{
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("active");

    // Review date 2025-11-17.
    QTest::newRow("12 months, ended 2024-11-17") << 12 << u"2024-11-17"_s << u"true"_s;
    QTest::newRow("12 months, ended 2024-11-16") << 12 << u"2024-11-16"_s << u"false"_s;
    QTest::newRow("6 months, ended 2025-05-17") << 6 << u"2025-05-17"_s << u"true"_s;
    QTest::newRow("6 months, ended 2025-05-16") << 6 << u"2025-05-16"_s << u"false"_s;
    QTest::newRow("6 months, ended 2024-12-01") << 6 << u"2024-12-01"_s << u"false"_s;
    QTest::newRow("24 months, ended 2023-11-17") << 24 << u"2023-11-17"_s << u"true"_s;
    QTest::newRow("24 months, ended 2023-11-16") << 24 << u"2023-11-16"_s << u"false"_s;
}

void TestConservativeCare::activeTherapyWindowFollowsParameter()
{
    QFETCH(int, months);
    QFETCH(QString, end);
    QFETCH(QString, active);
    const QString therapy = uR"([{ "type": "physical_therapy", "start": "2023-01-01", "end": "%1" }])"_s.arg(end);
    // The imaging window is left at 12 months: only the active-therapy window may move the result.
    CASE_FACTS(facts, careCase(therapy), FactParameters{12, months, QDate()});
    QCOMPARE(describe(facts(FactId::CareActiveTherapy)), active);
}

void TestConservativeCare::otherModality_data()
{
    QTest::addColumn<QString>("therapy");
    QTest::addColumn<QString>("other");

    const QString one = uR"([{ "type": "%1", "start": "2025-03-01", "end": "2025-06-01" }])"_s;
    for (const char* type : {"home_exercise", "activity_modification", "nsaid", "acetaminophen", "gabapentinoid",
                             "muscle_relaxant", "opioid", "oral_steroid", "epidural_steroid_injection",
                             "facet_injection", "chiropractic", "bracing", "acupuncture"})
        QTest::addRow("%s", type) << one.arg(QString::fromLatin1(type)) << u"true"_s;
    QTest::newRow("physical_therapy alone") << one.arg(u"physical_therapy"_s) << u"false"_s;
    QTest::newRow("home physical therapy is still physical therapy")
        << uR"([{ "type": "physical_therapy", "start": "2025-03-01", "delivery": "home" }])"_s << u"false"_s;
    QTest::newRow("other is not one of the listed modalities") << one.arg(u"other"_s) << u"false"_s;
    QTest::newRow("contraindicated modality counts")
        << uR"([{ "type": "nsaid", "contraindicated": true }])"_s << u"true"_s;
    QTest::newRow("contraindicated with dates counts")
        << uR"([{ "type": "nsaid", "start": "2025-03-01", "end": "2025-06-01", "contraindicated": true }])"_s
        << u"true"_s;
    QTest::newRow("without dates counts") << uR"([{ "type": "gabapentinoid" }])"_s << u"true"_s;
    QTest::newRow("old modality still counts")
        << uR"([{ "type": "epidural_steroid_injection", "start": "2019-01-01", "end": "2019-01-01" }])"_s << u"true"_s;
    QTest::newRow("starting after reviewDate: planned, not given")
        << uR"([{ "type": "nsaid", "start": "2025-11-18" }])"_s << u"false"_s;
    QTest::newRow("empty list") << u"[]"_s << u"false"_s;
}

void TestConservativeCare::otherModality()
{
    QFETCH(QString, therapy);
    QFETCH(QString, other);
    CASE_FACTS(facts, careCase(therapy));
    QCOMPARE(describe(facts(FactId::CareOtherModality)), other);
}

void TestConservativeCare::failure_data()
{
    QTest::addColumn<QString>("therapy");
    QTest::addColumn<QString>("failure");

    for (const char* response : {"no_improvement", "partial", "worse", "not_tolerated"})
        QTest::addRow("PT %s", response)
            << uR"([{ "type": "physical_therapy", "start": "2025-03-01", "end": "2025-06-01", "response": "%1" }])"_s
                   .arg(QString::fromLatin1(response))
            << u"true"_s;
    for (const char* response : {"resolved", "improved"})
        QTest::addRow("PT %s", response)
            << uR"([{ "type": "physical_therapy", "start": "2025-03-01", "end": "2025-06-01", "response": "%1" }])"_s
                   .arg(QString::fromLatin1(response))
            << u"false"_s;
    QTest::newRow("PT response undocumented")
        << uR"([{ "type": "physical_therapy", "start": "2025-03-01", "end": "2025-06-01" }])"_s << u"unknown"_s;
    QTest::newRow("PT no improvement, another episode improved")
        << uR"([{ "type": "physical_therapy", "start": "2025-03-01", "end": "2025-06-01",
                  "response": "no_improvement" },
                { "type": "nsaid", "start": "2025-01-01", "end": "2025-06-01", "response": "improved" }])"_s
        << u"false"_s;
    QTest::newRow("PT undocumented, another episode resolved")
        << uR"([{ "type": "physical_therapy", "start": "2025-03-01", "end": "2025-06-01" },
                { "type": "epidural_steroid_injection", "start": "2025-07-01", "end": "2025-07-01",
                  "response": "resolved" }])"_s
        << u"false"_s;
    QTest::newRow("no PT, an episode improved")
        << uR"([{ "type": "nsaid", "start": "2025-01-01", "end": "2025-06-01", "response": "improved" }])"_s
        << u"false"_s;
    QTest::newRow("no PT, other episodes failed")
        << uR"([{ "type": "nsaid", "start": "2025-01-01", "end": "2025-06-01", "response": "no_improvement" }])"_s
        << u"unknown"_s;
    QTest::newRow("PT failed, other modality's response undocumented")
        << uR"([{ "type": "physical_therapy", "start": "2025-03-01", "end": "2025-06-01", "response": "worse" },
                { "type": "nsaid", "start": "2025-01-01", "end": "2025-06-01" }])"_s
        << u"true"_s;
    QTest::newRow("only a home PT with a response: no active therapy's response")
        << uR"([{ "type": "physical_therapy", "start": "2025-03-01", "end": "2025-06-01", "delivery": "home",
                  "response": "no_improvement" }])"_s
        << u"unknown"_s;
    QTest::newRow("only a PT older than 12 months with a response")
        << uR"([{ "type": "physical_therapy", "start": "2023-03-01", "end": "2023-06-01",
                  "response": "no_improvement" }])"_s
        << u"unknown"_s;
    QTest::newRow("empty list") << u"[]"_s << u"unknown"_s;
    QTest::newRow("absent") << kAbsent << u"unknown"_s;
}

void TestConservativeCare::failure()
{
    QFETCH(QString, therapy);
    QFETCH(QString, failure);
    CASE_FACTS(facts, careCase(therapy));
    QCOMPARE(describe(facts(FactId::CareFailure)), failure);
}

void TestConservativeCare::failurePathsAndNote()
{
    {
        CASE_FACTS(facts, careCase(uR"([
            { "type": "nsaid", "start": "2025-01-01", "end": "2025-06-01", "response": "partial" },
            { "type": "physical_therapy", "start": "2025-03-01", "end": "2025-06-01", "response": "no_improvement" }
        ])"_s));
        const FactValue& fact = facts(FactId::CareFailure);
        QCOMPARE(describe(fact), u"true"_s);
        QCOMPARE(fact.paths, QStringList{u"conservativeTherapy[1].response"_s});
        QVERIFY(fact.note.isEmpty());
    }
    {
        CASE_FACTS(facts, careCase(uR"([
            { "type": "physical_therapy", "start": "2025-03-01", "end": "2025-06-01", "response": "no_improvement" },
            { "type": "nsaid", "start": "2025-01-01", "end": "2025-06-01", "response": "improved" }
        ])"_s));
        const FactValue& fact = facts(FactId::CareFailure);
        QCOMPARE(describe(fact), u"false"_s);
        QCOMPARE(fact.paths, QStringList{u"conservativeTherapy[1].response"_s});
        QCOMPARE(fact.note, u"an episode resolved or improved the symptoms"_s);
    }
    {
        CASE_FACTS(facts, careCase(uR"([
            { "type": "nsaid", "start": "2025-01-01", "end": "2025-06-01", "response": "no_improvement" },
            { "type": "physical_therapy", "start": "2025-03-01", "end": "2025-06-01" }
        ])"_s));
        const FactValue& fact = facts(FactId::CareFailure);
        QCOMPARE(describe(fact), u"unknown"_s);
        QCOMPARE(fact.record, kResponseRecord);
        QCOMPARE(fact.paths, QStringList{u"conservativeTherapy[1]"_s});
    }
}

void TestConservativeCare::deriveMatchesTable()
{
    // ConservativeCareFacts::derive is what the table reports, with the recency window passed through.
    CASE_FACTS(facts, careCase(uR"([
        { "type": "physical_therapy", "start": "2025-01-01", "end": "2025-04-01", "response": "partial" },
        { "type": "nsaid", "start": "2025-01-15", "end": "2025-05-01" }
    ])"_s),
               FactParameters{12, 6, QDate()});
    const auto derived = ConservativeCareFacts::derive(facts.spineCase(), date("2025-11-17"), 6);
    QCOMPARE(describe(derived.weeks), describe(facts(FactId::CareWeeks)));
    QCOMPARE(describe(derived.weeks), u"17"_s); // 2025-01-01 .. 2025-05-01 = 121 days
    QCOMPARE(describe(derived.activeTherapy), u"false"_s);
    QCOMPARE(describe(facts(FactId::CareActiveTherapy)), u"false"_s);
    QCOMPARE(describe(derived.otherModality), u"true"_s);
    QCOMPARE(describe(derived.failure), u"unknown"_s); // the PT is too old to be the active therapy

    const auto withYear = ConservativeCareFacts::derive(facts.spineCase(), date("2025-11-17"), 12);
    QCOMPARE(describe(withYear.activeTherapy), u"true"_s);
    QCOMPARE(describe(withYear.failure), u"true"_s);
}

QTEST_GUILESS_MAIN(TestConservativeCare)
#include "tst_conservativecare.moc"
