// SPDX-License-Identifier: GPL-3.0-or-later
// The window icon: embedded in the executable, and drawable by Qt at every size a desktop asks for — which
// takes the SVG icon engine plugin (libqt6svg6, named in the package's Depends).

#include <QIcon>
#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppIcon final : public QObject
{
    Q_OBJECT

private slots:
    void drawsAtEverySize_data();
    void drawsAtEverySize();
};

void TestAppIcon::drawsAtEverySize_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 32, 48, 64, 128, 256})
        QTest::addRow("%d px", size) << size;
}

void TestAppIcon::drawsAtEverySize()
{
    QFETCH(int, size);
    const QIcon icon(u":/icons/org.spinereview.SpineReview.svg"_s);
    QVERIFY2(!icon.isNull(), "the icon is not embedded, or no icon engine reads SVG");
    const QImage image = icon.pixmap(QSize(size, size)).toImage();
    QCOMPARE(image.size(), QSize(size, size));
    // The tile is opaque in the middle and has rounded, transparent corners.
    QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
}

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
