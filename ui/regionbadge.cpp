#include "regionbadge.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace RegionBadge {

QString text(Region region)
{
    switch (region) {
    case Region::Us:
        return QStringLiteral("US");
    case Region::Eu:
        return QStringLiteral("EU");
    case Region::Unknown:
        break;
    }
    return QStringLiteral("?");
}

QColor background(Region region)
{
    switch (region) {
    case Region::Us:
        return QColor(0x1f, 0x5f, 0xbf);
    case Region::Eu:
        return QColor(0x12, 0x80, 0x5c);
    case Region::Unknown:
        break;
    }
    return QColor(0x6b, 0x6b, 0x6b);
}

QColor foreground(Region)
{
    return Qt::white;
}

static QFont badgeFont(const QFont &font)
{
    QFont f = font;
    f.setBold(true);
    f.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.85 : 8.0);
    return f;
}

QSize sizeHint(const QFont &font)
{
    const QFontMetrics fm(badgeFont(font));
    return {fm.horizontalAdvance(QStringLiteral("EU")) + fm.height(), fm.height() + 2};
}

int paint(QPainter *painter, const QRect &rect, Region region, const QFont &font)
{
    const QSize size = sizeHint(font);
    const QRect pill(rect.left(), rect.top() + (rect.height() - size.height()) / 2, size.width(), size.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill), size.height() / 2.0, size.height() / 2.0);
    painter->fillPath(path, background(region));
    painter->setPen(foreground(region));
    painter->setFont(badgeFont(font));
    painter->drawText(pill, Qt::AlignCenter, text(region));
    painter->restore();
    return size.width();
}

} // namespace RegionBadge

namespace RegionBadge {
QPixmap pixmap(Region region, const QFont &font, qreal devicePixelRatio)
{
    const QSize size = sizeHint(font);
    QPixmap pm(size * devicePixelRatio);
    pm.setDevicePixelRatio(devicePixelRatio);
    pm.fill(Qt::transparent);
    QPainter painter(&pm);
    paint(&painter, QRect(QPoint(0, 0), size), region, font);
    return pm;
}
} // namespace RegionBadge
