// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/factslots.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;

// FactSlots: a fact is found only once stored, each level is kept apart, and storing more facts never moves
// the ones stored before (FactTable hands out references to them).
class TestFactSlots : public QObject
{
    Q_OBJECT

private slots:
    void emptyUntilStored();
    void keyedByLevel();
    void storingAgainReplaces();
    void caseFactsComeBeforeLevelFacts();
    void everyFactAtEveryLevelFitsWithoutMoving();
};

void TestFactSlots::emptyUntilStored()
{
    FactSlots facts;
    QVERIFY(!facts.find(FactId::PainScore, std::nullopt));
    const FactValue& stored = facts.store(FactId::PainScore, std::nullopt, FactValue::ofNumber(7));
    QCOMPARE(facts.find(FactId::PainScore, std::nullopt), &stored);
    QCOMPARE(std::get<double>(stored.value), 7.0);
    QVERIFY(!facts.find(FactId::Odi, std::nullopt));
}

void TestFactSlots::keyedByLevel()
{
    FactSlots facts;
    facts.store(FactId::LevelName, Level::L4L5, FactValue::ofText(u"L4-L5"_s));
    QVERIFY(!facts.find(FactId::LevelName, Level::L5S1));
    facts.store(FactId::LevelName, Level::L5S1, FactValue::ofText(u"L5-S1"_s));
    QCOMPARE(std::get<QString>(facts.find(FactId::LevelName, Level::L4L5)->value), u"L4-L5"_s);
    QCOMPARE(std::get<QString>(facts.find(FactId::LevelName, Level::L5S1)->value), u"L5-S1"_s);
}

void TestFactSlots::storingAgainReplaces()
{
    FactSlots facts;
    const FactValue& first = facts.store(FactId::Diabetes, std::nullopt, FactValue::unknown(u"a record"_s));
    const FactValue& second = facts.store(FactId::Diabetes, std::nullopt, FactValue::ofBool(true));
    QCOMPARE(&first, &second);
    QVERIFY(second.isKnown());
    QCOMPARE(facts.size(), std::size_t(1));
}

void TestFactSlots::caseFactsComeBeforeLevelFacts()
{
    // The slots are laid out by this split of FactId.
    for (const FactDefinition& definition : FactCatalog::all()) {
        const bool levelFact = static_cast<std::size_t>(definition.id) >= FactSlots::kCaseFacts;
        QCOMPARE(definition.scope == FactScope::Level, levelFact);
    }
}

void TestFactSlots::everyFactAtEveryLevelFitsWithoutMoving()
{
    struct Stored
    {
        FactId id;
        std::optional<Level> level;
        const FactValue* address;
        double number;
    };
    FactSlots facts;
    std::vector<Stored> stored;
    const auto store = [&](FactId id, std::optional<Level> level) {
        const auto number = static_cast<double>(stored.size());
        stored.push_back({id, level, &facts.store(id, level, FactValue::ofNumber(number)), number});
    };
    for (const FactDefinition& definition : FactCatalog::all()) {
        if (definition.scope == FactScope::Case) {
            store(definition.id, std::nullopt);
            continue;
        }
        for (std::size_t i = 0; i < enumCount<Level>(); ++i)
            store(definition.id, static_cast<Level>(i));
    }
    QCOMPARE(stored.size(), FactSlots::kCapacity);
    QCOMPARE(facts.size(), FactSlots::kCapacity);
    for (const Stored& fact : stored) {
        QCOMPARE(facts.find(fact.id, fact.level), fact.address);
        QCOMPARE(std::get<double>(fact.address->value), fact.number);
    }
}

QTEST_GUILESS_MAIN(TestFactSlots)
#include "tst_factslots.moc"
