// RegionBadge: the "US" / "EU" / "?" pill every view shares, its colours, size and painting.
#include "regionbadge.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The pixels of a painted area that are not the background, and their bounding box.
QRect painted(const QImage &image, QRgb background)
{
    QRect box;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != background)
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}
} // namespace

class tst_RegionBadge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textsAndColors_data()
    {
        QTest::addColumn<Region>("region");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QColor>("background");
        QTest::newRow("us") << Region::Us << u"US"_s << QColor(0x1f, 0x5f, 0xbf);
        QTest::newRow("eu") << Region::Eu << u"EU"_s << QColor(0x12, 0x80, 0x5c);
        QTest::newRow("unknown, never US") << Region::Unknown << u"?"_s << QColor(0x6b, 0x6b, 0x6b); // 5.3:1 with white
    }
    void textsAndColors()
    {
        QFETCH(Region, region);
        QFETCH(QString, text);
        QFETCH(QColor, background);
        QCOMPARE(RegionBadge::text(region), text);
        QCOMPARE(RegionBadge::background(region), background);
        QCOMPARE(RegionBadge::foreground(region), QColor(Qt::white));
    }

    // The size follows the font: the same for every region (columns line up), larger in a larger font.
    void sizeFollowsTheFont()
    {
        QFont font = QApplication::font();
        font.setPointSizeF(10);
        const QSize small = RegionBadge::sizeHint(font);
        QVERIFY(small.width() > small.height());
        font.setPointSizeF(20);
        const QSize large = RegionBadge::sizeHint(font);
        QVERIFY(large.width() > small.width());
        QVERIFY(large.height() > small.height());
    }

    void paintsAPillAtTheLeftCentredVertically_data()
    {
        QTest::addColumn<Region>("region");
        QTest::newRow("us") << Region::Us;
        QTest::newRow("eu") << Region::Eu;
        QTest::newRow("unknown") << Region::Unknown;
    }
    void paintsAPillAtTheLeftCentredVertically()
    {
        QFETCH(Region, region);
        const QFont font = QApplication::font();
        const QSize size = RegionBadge::sizeHint(font);
        QImage image(200, 60, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        const QRect rect(20, 0, 180, 60);
        int used = 0;
        {
            QPainter painter(&image);
            used = RegionBadge::paint(&painter, rect, region, font);
        }
        QCOMPARE(used, size.width());
        const QRect box = painted(image, qRgb(255, 255, 255));
        QVERIFY2(box.left() >= rect.left() && box.right() < rect.left() + size.width(), "within the pill's width");
        QVERIFY2(qAbs(box.center().y() - rect.center().y()) <= 1, "centred vertically");
        // The pill's colour fills its middle row beside the text.
        const QColor fill = image.pixelColor(rect.left() + size.height() / 4 + 1, rect.center().y());
        QCOMPARE(fill, RegionBadge::background(region));
    }

    void pixmapIsSharpOnHighDpi()
    {
        const QFont font = QApplication::font();
        const QPixmap pixmap = RegionBadge::pixmap(Region::Eu, font, 2.0);
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        QCOMPARE(pixmap.size(), RegionBadge::sizeHint(font) * 2);
        QCOMPARE(pixmap.deviceIndependentSize().toSize(), RegionBadge::sizeHint(font));
        const QImage image = pixmap.toImage();
        QCOMPARE(image.pixelColor(0, 0).alpha(), 0); // transparent corners around the pill
    }
};

QTEST_MAIN(tst_RegionBadge)
#include "tst_regionbadge.moc"
