// SPDX-License-Identifier: GPL-3.0-or-later
// A status is a drawn symbol, a word and a colour together, never the colour alone.
#include "results/statuspresentation.h"

#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;

class TestStatusPresentation : public QObject
{
    Q_OBJECT

private slots:
    void words();
    void marksJoinSymbolAndWord();
    void iconsAreDrawnInTheStatusColour();
    void iconsDifferInShapeNotOnlyColour();
    void accessibleDescriptionsNameTheStatus();
    void agreementIconsDiffer();
    void cautionIconIsDrawn();

private:
    static QImage render(const QIcon& icon, int size = 32)
    {
        return icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
    }
};

void TestStatusPresentation::words()
{
    QCOMPARE(StatusPresentation::word(Status::Met), u"Met"_s);
    QCOMPARE(StatusPresentation::word(Status::NotMet), u"Not met"_s);
    QCOMPARE(StatusPresentation::word(Status::Incomplete), u"Incomplete"_s);
}

void TestStatusPresentation::marksJoinSymbolAndWord()
{
    QCOMPARE(StatusPresentation::mark(Status::Met), u"✔ Met"_s);
    QCOMPARE(StatusPresentation::mark(Status::NotMet), u"✖ Not met"_s);
    QCOMPARE(StatusPresentation::mark(Status::Incomplete), u"? Incomplete"_s);
}

void TestStatusPresentation::iconsAreDrawnInTheStatusColour()
{
    for (Status status : {Status::Met, Status::NotMet, Status::Incomplete}) {
        const QIcon icon = StatusPresentation::icon(status);
        QVERIFY(!icon.isNull());
        const QImage image = render(icon);
        QVERIFY(!image.isNull());
        // Just inside the disc, left of centre: the background, away from the glyph's strokes.
        QCOMPARE(image.pixelColor(5, 16).rgb(), StatusPresentation::colour(status).rgb());
        // Corners stay transparent: a round badge, not a coloured square.
        QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
    }
    QVERIFY(StatusPresentation::colour(Status::Met) != StatusPresentation::colour(Status::NotMet));
    QVERIFY(StatusPresentation::colour(Status::Met) != StatusPresentation::colour(Status::Incomplete));
}

void TestStatusPresentation::iconsDifferInShapeNotOnlyColour()
{
    // Reduce each icon to light/dark: the glyphs must still differ without their colours.
    const auto shape = [](const QImage& image) {
        QImage mask(image.size(), QImage::Format_Mono);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                mask.setPixel(x, y, image.pixelColor(x, y).lightness() > 200 ? 1 : 0);
        }
        return mask;
    };
    const QImage met = shape(render(StatusPresentation::icon(Status::Met)));
    const QImage notMet = shape(render(StatusPresentation::icon(Status::NotMet)));
    QVERIFY(met != notMet);
}

void TestStatusPresentation::accessibleDescriptionsNameTheStatus()
{
    for (Status status : {Status::Met, Status::NotMet, Status::Incomplete})
        QVERIFY(StatusPresentation::accessibleDescription(status).startsWith(StatusPresentation::word(status)));
}

void TestStatusPresentation::agreementIconsDiffer()
{
    const QImage agree = render(StatusPresentation::agreementIcon(true));
    const QImage disagree = render(StatusPresentation::agreementIcon(false));
    QVERIFY(agree != disagree);
    for (Status status : {Status::Met, Status::NotMet, Status::Incomplete}) {
        QVERIFY(agree.pixelColor(5, 16).rgb() != StatusPresentation::colour(status).rgb());
        QVERIFY(disagree.pixelColor(5, 16).rgb() != StatusPresentation::colour(status).rgb());
    }
}

void TestStatusPresentation::cautionIconIsDrawn()
{
    const QImage caution = render(StatusPresentation::cautionIcon());
    QVERIFY(caution.pixelColor(16, 28).alpha() > 0);
    QVERIFY(!StatusPresentation::glyphIcon(u"!"_s, Qt::black, Qt::white).isNull());
}

QTEST_MAIN(TestStatusPresentation)
#include "tst_statuspresentation.moc"
