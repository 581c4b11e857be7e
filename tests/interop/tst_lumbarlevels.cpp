// SPDX-License-Identifier: GPL-3.0-or-later
// Lumbar levels in free text: the spellings records use, and spans that do not say which segments.
#include "interop/lumbarlevels.h"

#include <QTest>

Q_DECLARE_METATYPE(spinereview::Level)

using namespace Qt::StringLiterals;
using namespace spinereview;

class TestLumbarLevels : public QObject
{
    Q_OBJECT

private slots:
    void findsLevels_data();
    void findsLevels();
    void spansAreAmbiguous();
};

void TestLumbarLevels::findsLevels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<Level>>("levels");
    QTest::newRow("L4-L5") << u"L4-L5"_s << QList<Level>{Level::L4L5};
    QTest::newRow("L4-5") << u"lumbar L4-5 disc"_s << QList<Level>{Level::L4L5};
    QTest::newRow("L5/S1") << u"L5/S1"_s << QList<Level>{Level::L5S1};
    QTest::newRow("en dash, lower case") << u"l3\u2013l4"_s << QList<Level>{Level::L3L4};
    QTest::newRow("two, repeated") << u"L4-L5 and L5-S1, L4-L5"_s << QList<Level>({Level::L4L5, Level::L5S1});
    QTest::newRow("L1 to L2") << u"L1 to L2"_s << QList<Level>{Level::L1L2};
    QTest::newRow("a vertebra") << u"L4 vertebral body"_s << QList<Level>();
    QTest::newRow("cervical") << u"C5-C6"_s << QList<Level>();
    QTest::newRow("reversed") << u"L5-L4"_s << QList<Level>();
}

void TestLumbarLevels::findsLevels()
{
    QFETCH(QString, text);
    QFETCH(QList<Level>, levels);
    QCOMPARE(LumbarLevels::find(text).levels, levels);
}

void TestLumbarLevels::spansAreAmbiguous()
{
    const LumbarLevelsInText found = LumbarLevels::find(u"L3-L5 and L5-S1"_s);
    QCOMPARE(found.levels, QList<Level>{Level::L5S1});
    QCOMPARE(found.ambiguous, QStringList{u"L3-L5"_s});
    QCOMPARE(LumbarLevels::find(u"L4-S1"_s).ambiguous, QStringList{u"L4-S1"_s});
}

QTEST_GUILESS_MAIN(TestLumbarLevels)
#include "tst_lumbarlevels.moc"
