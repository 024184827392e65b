#pragma once

#include <QColor>
#include <QString>

class QPalette;

// Colours of status texts, banners and boxes, chosen for the palette they are shown on so that every text
// keeps a contrast ratio of at least 4.5:1 (WCAG 2.1 AA, success criterion 1.4.3) in light and dark
// palettes alike. Every colour that is not the palette's own comes from here.
namespace StatusColors {

enum class Tone { Error, Warning, Success };
enum class BannerKind { Info, Neutral, Error, Warning };

// WCAG's minimum contrast ratio for normal text.
inline constexpr double MinimumContrast = 4.5;

// The WCAG 2.1 contrast ratio of two opaque colours, from 1 (same luminance) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
// A dark palette: its window colour is darker than mid grey.
bool isDark(const QPalette &palette);
// `color`, made darker or lighter (never changing its hue) until it reaches `ratio` against `background`.
QColor withContrast(const QColor &color, const QColor &background, double ratio = MinimumContrast);

// A status text's colour on the palette's window and base colours (both reach MinimumContrast).
QColor text(Tone tone, const QPalette &palette);
// "color: #rrggbb;", for a QLabel's style sheet.
QString textStyle(Tone tone, const QPalette &palette);

struct Box
{
    QColor background;
    QColor border;
    QColor text; // reaches MinimumContrast on background
};
// A tinted strip or box: light tints on a light palette, deep ones on a dark palette.
Box banner(BannerKind kind, const QPalette &palette);
// A QLabel style sheet drawing banner() as a framed box with rounded corners.
QString bannerStyle(BannerKind kind, const QPalette &palette);

} // namespace StatusColors
