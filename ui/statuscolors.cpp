#include "statuscolors.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace StatusColors {

namespace {
double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

// Relative luminance, as WCAG 2.1 defines it.
double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

bool passes(const QColor &fg, const QPalette &palette)
{
    return contrastRatio(fg, palette.color(QPalette::Window)) >= MinimumContrast
        && contrastRatio(fg, palette.color(QPalette::Base)) >= MinimumContrast;
}
} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor withContrast(const QColor &color, const QColor &background, double ratio)
{
    const bool lighten = luminance(background) < 0.18;
    QColor c = color.toHsl();
    for (int step = 0; step < 100 && contrastRatio(c, background) < ratio; ++step) {
        const int lightness = std::clamp(c.lightness() + (lighten ? 4 : -4), 0, 255);
        c.setHsl(c.hslHue(), c.hslSaturation(), lightness);
        if (lightness == 0 || lightness == 255)
            break;
    }
    return c.toRgb();
}

QColor text(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    QColor c;
    switch (tone) {
    case Tone::Error:
        c = dark ? QColor(0xff, 0xa1, 0x98) : QColor(0xa0, 0x17, 0x22);
        break;
    case Tone::Warning:
        c = dark ? QColor(0xf0, 0xa0, 0x50) : QColor(0x9a, 0x4f, 0x00);
        break;
    case Tone::Success:
        c = dark ? QColor(0x56, 0xd3, 0x9b) : QColor(0x0e, 0x6e, 0x4f);
        break;
    }
    // An unusual palette (a high-contrast theme, a tinted one) still gets a readable colour.
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base}) {
        if (!passes(c, palette))
            c = withContrast(c, palette.color(role));
    }
    return c;
}

QString textStyle(Tone tone, const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(text(tone, palette).name());
}

Box banner(BannerKind kind, const QPalette &palette)
{
    const bool dark = isDark(palette);
    Box box;
    switch (kind) {
    case BannerKind::Info:
        box = dark ? Box {QColor(0x1c, 0x2d, 0x44), QColor(0x3d, 0x5a, 0x80), QColor(0xe8, 0xee, 0xf6)}
                   : Box {QColor(0xe8, 0xf1, 0xfb), QColor(0x9c, 0xc0, 0xe8), QColor(0x12, 0x24, 0x3a)};
        break;
    case BannerKind::Neutral:
        box = dark ? Box {QColor(0x2d, 0x2d, 0x2d), QColor(0x55, 0x55, 0x55), QColor(0xe8, 0xe8, 0xe8)}
                   : Box {QColor(0xf3, 0xf3, 0xf3), QColor(0xc8, 0xc8, 0xc8), QColor(0x20, 0x20, 0x20)};
        break;
    case BannerKind::Error:
        box = dark ? Box {QColor(0x4a, 0x1c, 0x1c), QColor(0x8a, 0x3a, 0x3a), QColor(0xff, 0xb4, 0xab)}
                   : Box {QColor(0xfd, 0xe8, 0xe8), QColor(0xe0, 0xa0, 0xa0), QColor(0x8a, 0x10, 0x10)};
        break;
    case BannerKind::Warning:
        box = dark ? Box {QColor(0x4a, 0x30, 0x00), QColor(0x8a, 0x60, 0x20), QColor(0xff, 0xd8, 0xa8)}
                   : Box {QColor(0xff, 0xf4, 0xe5), QColor(0xf0, 0xc2, 0x7b), QColor(0x8a, 0x45, 0x00)};
        break;
    }
    box.text = withContrast(box.text, box.background);
    return box;
}

} // namespace StatusColors

QString StatusColors::bannerStyle(BannerKind kind, const QPalette &palette)
{
    const Box box = banner(kind, palette);
    return QStringLiteral(
               "QLabel { color: %1; background: %2; border: 1px solid %3; border-radius: 4px; padding: 6px; }")
        .arg(box.text.name(), box.background.name(), box.border.name());
}
