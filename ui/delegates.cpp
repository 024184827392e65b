#include "delegates.h"

#include "regionbadge.h"
#include "requestlogmodel.h"
#include "statuscolors.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace {
constexpr int Margin = 6;

QColor warningColor()
{
    return StatusColors::text(StatusColors::Tone::Warning, QApplication::palette());
}
} // namespace

void WorkspaceItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background and selection only; the text is drawn below.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto region = Region(index.data(WorkspaceRoles::RegionRole).toInt());
    const QRect content = opt.rect.adjusted(Margin, 0, -Margin, 0);
    painter->save();
    const int badgeWidth = RegionBadge::paint(painter, content, region, opt.font);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = textColor;
    dim.setAlphaF(0.7f);

    QFont nameFont = opt.font;
    nameFont.setBold(true);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics smallMetrics(opt.font);
    const int textLeft = content.left() + badgeWidth + Margin;
    const int totalHeight = nameMetrics.height() + smallMetrics.height();
    const int top = content.top() + (content.height() - totalHeight) / 2;
    const QRect nameRect(textLeft, top, content.right() - textLeft, nameMetrics.height());
    const QRect siteRect(textLeft, top + nameMetrics.height(), nameRect.width(), smallMetrics.height());

    painter->setFont(nameFont);
    painter->setPen(textColor);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, nameRect.width()));
    // Keys in memory only: said on the row, as the tooltip and the accessible text say it.
    const QString siteId = index.data(WorkspaceRoles::SiteIdRole).toString();
    const QString second = index.data(WorkspaceRoles::SessionOnlyRole).toBool()
        ? tr("Site ID %1 · this session only").arg(siteId)
        : tr("Site ID %1").arg(siteId);
    painter->setFont(opt.font);
    painter->setPen(dim);
    painter->drawText(siteRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(second, Qt::ElideRight, siteRect.width()));
    painter->restore();
}

QSize WorkspaceItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    size.setHeight(qMax(size.height(), 2 * fm.height() + 2 * Margin + 2));
    return size;
}

void RequestLogDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int column = index.column();
    if (column == RequestLogModel::Hops && index.data(RequestLogModel::WarningRole).toBool()) {
        option->palette.setColor(QPalette::Text, warningColor());
        option->font.setBold(true);
    } else if (column == RequestLogModel::SentTo) {
        option->text = m_hostNames.value(option->text, option->text);
    } else if (column == RequestLogModel::Status) {
        // "too many redirects" reads better cut at its end than in its middle.
        option->textElideMode = Qt::ElideRight;
        const QString outcome = index.data(RequestLogModel::OutcomeRole).toString();
        if (outcome == RequestRecord::outcomeName(RequestRecord::Outcome::Success))
            option->palette.setColor(QPalette::Text, StatusColors::text(StatusColors::Tone::Success, option->palette));
        else if (outcome != RequestRecord::outcomeName(RequestRecord::Outcome::Pending))
            option->palette.setColor(QPalette::Text, StatusColors::text(StatusColors::Tone::Error, option->palette));
        option->font.setBold(true);
    }
}

void RequestLogDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus; the text is drawn below.
    QString text;
    text.swap(opt.text);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // The text's colour as the style has it.
    QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    QRect textRect;
    Qt::TextElideMode elide = opt.textElideMode;
    if (index.column() == RequestLogModel::HandledBy) {
        // The region badge, then the host.
        const auto record = index.data(RequestLogModel::RecordRole).value<RequestRecord>();
        if (!record.handledBy.isEmpty()) {
            const QRect content = opt.rect.adjusted(4, 0, -4, 0);
            const int badgeWidth = RegionBadge::paint(painter, content, record.handledByRegion, opt.font);
            textRect = content.adjusted(badgeWidth + 5, 0, 0, 0);
            text = m_hostNames.value(record.handledBy, record.handledBy);
            elide = Qt::ElideMiddle;
        }
    }
    if (textRect.isNull()) {
        // The style's text margins.
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    }
    if (index.column() == RequestLogModel::Path)
        text = elidedPath(text, QFontMetrics(opt.font), textRect.width());
    drawText(painter, textRect, opt.displayAlignment, opt.direction, text, opt.font, elide);
    painter->restore();
}

QString RequestLogDelegate::elidedPath(const QString &path, const QFontMetrics &metrics, int width)
{
    if (metrics.horizontalAdvance(path) <= width)
        return path;
    // "/api/v1/customers/<identifier>/events": the identifier and what follows stay whole while they fit.
    const QStringList parts = path.split(u'/');
    if (parts.size() > 4) {
        const QString prefix = parts.mid(0, 4).join(u'/') + u'/';
        const QString tail = parts.mid(4).join(u'/');
        const int room = width - metrics.horizontalAdvance(tail);
        if (room >= metrics.horizontalAdvance(QStringLiteral("/…/")))
            return metrics.elidedText(prefix, Qt::ElideMiddle, room) + tail;
    }
    return metrics.elidedText(path, Qt::ElideMiddle, width);
}

void RequestLogDelegate::drawText(QPainter *painter, const QRect &rect, Qt::Alignment alignment,
                                  Qt::LayoutDirection direction, const QString &text, const QFont &font,
                                  Qt::TextElideMode elide) const
{
    if (text.isEmpty() || rect.width() <= 0)
        return;
    // Texts laid out in another font (the view's font changed) are of no use any more.
    if (!(font == (font.bold() ? m_boldFont : m_textFont))) {
        m_texts.clear();
        m_textFont = font;
        m_textFont.setBold(false);
        m_boldFont = font;
        m_boldFont.setBold(true);
    }
    const TextKey key {text, rect.width(), int(elide), font.bold()};
    QStaticText *laidOut = m_texts.object(key);
    if (!laidOut) {
        laidOut = new QStaticText(QFontMetrics(font).elidedText(text, elide, rect.width()));
        laidOut->setTextFormat(Qt::PlainText);
        laidOut->prepare(QTransform(), font);
        m_texts.insert(key, laidOut);
    }
    const QRect at = QStyle::alignedRect(direction, alignment, laidOut->size().toSize(), rect);
    painter->setFont(font);
    painter->drawStaticText(at.topLeft(), *laidOut);
}

QSize RequestLogDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == RequestLogModel::HandledBy)
        size.rwidth() += RegionBadge::sizeHint(option.font).width();
    return size;
}

bool RequestLogDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                   const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QString full = index.data(Qt::DisplayRole).toString();
    int available = opt.rect.width();
    if (index.column() == RequestLogModel::HandledBy) {
        full = index.data(RequestLogModel::RecordRole).value<RequestRecord>().handledBy;
        available -= RegionBadge::sizeHint(opt.font).width() + 13;
    } else {
        const QStyle *style = view->style();
        available -= 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    }
    const bool elided = !full.isEmpty() && QFontMetrics(opt.font).horizontalAdvance(full) > available;
    if (!elided)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QString tip = index.data(Qt::DisplayRole).toString();
    const QString modelTip = index.data(Qt::ToolTipRole).toString();
    if (!modelTip.isEmpty())
        tip += QStringLiteral("\n\n") + modelTip;
    QToolTip::showText(event->globalPos(), tip, view->viewport(), opt.rect);
    return true;
}
