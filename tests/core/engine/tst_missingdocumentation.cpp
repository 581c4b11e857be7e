// SPDX-License-Identifier: GPL-3.0-or-later
// MissingDocumentation: the records a request for information asks for, per component and level, with the
// components that follow fusion naming fusion's records rather than repeating them.
#include "core/case/casereader.h"
#include "core/criteria/criteriacatalog.h"
#include "core/engine/evaluator.h"
#include "core/engine/missingdocumentation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;
using Group = MissingDocumentation::Group;
using Section = MissingDocumentation::Section;

class TestMissingDocumentation : public QObject
{
    Q_OBJECT

private slots:
    void seedGroupsPerComponentAndLevel();
    void laterGroupsNameTheEarlierRecords();
    void onlyOutstandingRecordsAreAskedFor();
};

void TestMissingDocumentation::seedGroupsPerComponentAndLevel()
{
    const CriteriaCatalog catalog = CriteriaCatalog::loadDirectory(QStringLiteral(SPINEREVIEW_SOURCE_DIR "/criteria"));
    const CaseReadResult read =
        CaseReader::readFile(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/seed-l5s1-revision.json"));
    QVERIFY(read.ok());
    const EvaluationResult result =
        Evaluator::evaluate(*read.value, catalog.find(u"reference"_s), *read.value->reviewDate);
    const std::vector<Group> groups = MissingDocumentation::groups(result);
    // Every record the engine lists is asked for, under the component that needs it.
    for (const ComponentOutcome& outcome : result.components) {
        for (const QString& record : outcome.missing) {
            QVERIFY2(std::any_of(groups.cbegin(), groups.cend(),
                                 [&](const Group& group) {
                                     return group.component == outcome.component && group.records.contains(record);
                                 }),
                     qPrintable(record));
        }
    }
    const auto fusion = std::find_if(groups.cbegin(), groups.cend(),
                                     [](const Group& group) { return group.component == Component::Fusion; });
    QVERIFY(fusion != groups.cend());
    QCOMPARE(fusion->level, std::optional<Level>(Level::L5S1));
    QCOMPARE(fusion->records.size(), 3);
    QVERIFY(std::none_of(groups.cbegin(), groups.cend(),
                         [](const Group& group) { return group.component == Component::Decompression; }));
}

void TestMissingDocumentation::laterGroupsNameTheEarlierRecords()
{
    const std::vector<Group> groups = {
        {Component::Fusion, Level::L5S1, {u"films"_s, u"operative note"_s}},
        {Component::Instrumentation, Level::L5S1, {u"films"_s, u"operative note"_s}},
        {Component::CementAugmentation, Level::L5S1, {u"films"_s, u"operative note"_s, u"DEXA"_s}},
        {Component::Fusion, Level::L4L5, {u"films"_s, u"operative note"_s}},
        {Component::Allograft, std::nullopt, {u"graft plan"_s}},
    };
    const std::vector<Section> sections = MissingDocumentation::sections(groups);
    QCOMPARE(sections.size(), groups.size());
    QCOMPARE(sections[0].recordsOf, std::nullopt);
    QCOMPARE(sections[0].records, QStringList({u"films"_s, u"operative note"_s}));
    QCOMPARE(sections[1].recordsOf, std::optional<Component>(Component::Fusion));
    QVERIFY(sections[1].records.isEmpty());
    QCOMPARE(sections[2].recordsOf, std::optional<Component>(Component::Fusion));
    QCOMPARE(sections[2].records, QStringList{u"DEXA"_s});
    // Another level is asked for in full.
    QCOMPARE(sections[3].level, std::optional<Level>(Level::L4L5));
    QCOMPARE(sections[3].recordsOf, std::nullopt);
    QCOMPARE(sections[3].records.size(), 2);
    QCOMPARE(sections[4].level, std::nullopt);
    QCOMPARE(sections[4].records, QStringList{u"graft plan"_s});
}

void TestMissingDocumentation::onlyOutstandingRecordsAreAskedFor()
{
    const std::vector<Group> groups = {
        {Component::Fusion, Level::L5S1, {u"films"_s, u"operative note"_s}},
        {Component::Interbody, Level::L5S1, {u"films"_s}},
        {Component::Bmp, Level::L5S1, {u"operative note"_s}},
    };
    const std::vector<Section> sections =
        MissingDocumentation::sections(groups, [](const QString& record) { return record != u"films"_s; });
    QCOMPARE(sections.size(), 2u);
    QCOMPARE(sections[0].component, Component::Fusion);
    QCOMPARE(sections[0].records, QStringList{u"operative note"_s});
    QCOMPARE(sections[1].component, Component::Bmp);
    QCOMPARE(sections[1].recordsOf, std::optional<Component>(Component::Fusion));
    QVERIFY(sections[1].records.isEmpty());
}

QTEST_GUILESS_MAIN(TestMissingDocumentation)
#include "tst_missingdocumentation.moc"
