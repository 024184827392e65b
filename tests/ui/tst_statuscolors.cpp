// StatusColors: every status text, banner and region badge reaches WCAG AA (4.5:1) in a light and a dark
// palette.
#include "regionbadge.h"
#include "statuscolors.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

QPalette darkPalette()
{
    QPalette dark(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    return dark;
}
} // namespace

class tst_StatusColors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratioMatchesWcag()
    {
        QCOMPARE(qRound(StatusColors::contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(StatusColors::contrastRatio(Qt::white, Qt::white), 1.0);
        // A known pair: #767676 on white is the lightest grey that passes (4.54:1).
        QCOMPARE(qRound(StatusColors::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    }

    void palettes_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << lightPalette() << false;
        QTest::newRow("dark") << darkPalette() << true;
        // A GTK-like dark theme with a bluish window colour.
        QPalette bluish(QColor(0x24, 0x27, 0x3a), QColor(0x1e, 0x20, 0x30));
        QTest::newRow("dark bluish") << bluish << true;
    }

    void statusTextsReachAa_data() { palettes_data(); }
    void statusTextsReachAa()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        QCOMPARE(StatusColors::isDark(palette), dark);
        for (const auto tone : {StatusColors::Tone::Error, StatusColors::Tone::Warning, StatusColors::Tone::Success}) {
            const QColor fg = StatusColors::text(tone, palette);
            for (const auto role : {QPalette::Window, QPalette::Base}) {
                const double ratio = StatusColors::contrastRatio(fg, palette.color(role));
                QVERIFY2(ratio >= StatusColors::MinimumContrast,
                         qPrintable(u"tone %1 %2 on %3: %4"_s.arg(int(tone))
                                        .arg(fg.name(), palette.color(role).name())
                                        .arg(ratio)));
            }
        }
    }

    void bannersReachAa_data() { palettes_data(); }
    void bannersReachAa()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        for (const auto kind : {StatusColors::BannerKind::Info, StatusColors::BannerKind::Neutral,
                                StatusColors::BannerKind::Error, StatusColors::BannerKind::Warning}) {
            const StatusColors::Box box = StatusColors::banner(kind, palette);
            QVERIFY2(StatusColors::contrastRatio(box.text, box.background) >= StatusColors::MinimumContrast,
                     qPrintable(u"%1 on %2"_s.arg(box.text.name(), box.background.name())));
            // The tint belongs to the palette: a dark strip in a dark theme, a light one in a light theme.
            QCOMPARE(box.background.lightness() < 128, dark);
        }
    }

    void badgesReachAa()
    {
        for (const Region region : {Region::Us, Region::Eu, Region::Unknown}) {
            const double ratio =
                StatusColors::contrastRatio(RegionBadge::foreground(region), RegionBadge::background(region));
            QVERIFY2(ratio >= StatusColors::MinimumContrast,
                     qPrintable(u"%1: %2"_s.arg(RegionBadge::text(region)).arg(ratio)));
        }
    }

    void withContrastKeepsAPassingColour()
    {
        const QColor passing(0x20, 0x20, 0x20);
        QCOMPARE(StatusColors::withContrast(passing, Qt::white), passing);
        const QColor faint(0xc0, 0xc0, 0xff);
        QVERIFY(StatusColors::contrastRatio(StatusColors::withContrast(faint, Qt::white), Qt::white) >= 4.5);
        QVERIFY(StatusColors::contrastRatio(StatusColors::withContrast(QColor(0x30, 0x30, 0x60), Qt::black), Qt::black)
                >= 4.5);
    }
};

QTEST_MAIN(tst_StatusColors)
#include "tst_statuscolors.moc"
