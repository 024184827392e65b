#pragma once

#include "region.h"

#include <QColor>
#include <QFont>
#include <QRect>
#include <QSize>

class QPainter;

// The small "US" / "EU" / "?" pill shown next to workspaces, log rows and the region panel. One place
// decides the colours so every view reads the same.
namespace RegionBadge {

QString text(Region region); // "US", "EU", "?"
QColor background(Region region); // US blue, EU green, unknown grey
QColor foreground(Region region);

// Size of the pill for font; height follows the font, width fits "EU".
QSize sizeHint(const QFont &font);
// Paints the pill centred vertically in rect, starting at rect.left(). Returns the width used.
int paint(QPainter *painter, const QRect &rect, Region region, const QFont &font);

} // namespace RegionBadge

#include <QPixmap>

namespace RegionBadge {
// The pill as a pixmap for QLabel, sharp on high-dpi screens.
QPixmap pixmap(Region region, const QFont &font, qreal devicePixelRatio);
} // namespace RegionBadge
