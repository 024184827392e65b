#pragma once

#include <QCache>
#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

// Item data roles of the workspace list (a QListWidget filled by MainWindow).
namespace WorkspaceRoles {
enum Role {
    SiteIdRole = Qt::UserRole + 1, // QString
    RegionRole, // int(Region): the region as known now (Unknown after a failed check)
    SessionOnlyRole, // bool: a configured workspace's keys are kept for this session only (never on the sandbox)
    LastSeenRegionRole, // int(Region): the last detected region, verified or not
    CheckFailedRole, // bool: the last region check in this session failed
};
}

// Paints a workspace as its region badge, its name and, underneath, the Site ID.
class WorkspaceItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// Paints RequestLogModel cells: the "Handled by" column as a US/EU badge plus host, rows with warnings
// with a ⚠ in the warning colour, and the status coloured by outcome. Texts that do not fit are elided
// (in the middle; the status at its end) and shown whole in the tooltip.
//
// The style paints each cell's background, selection and focus; the delegate paints its text, laid out
// once and kept (QStaticText, the most recent TextCacheSize texts of a width and font): while calls
// stream in, the rows move down and their texts are drawn again, not laid out again.
class RequestLogDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int TextCacheSize = 2048;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // A cell whose text does not fit (a long path, say) shows it whole in its tooltip.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    // A Path cell's text in `width`: the prefix ("/api/v1/customers/") is cut in its middle first, so that
    // the identifier and what follows it stay readable; then the whole path in its middle.
    static QString elidedPath(const QString &path, const QFontMetrics &metrics, int width);
    // Host labels to the names shown for them in the host columns (HostNames::of()).
    void setHostNames(const QHash<QString, QString> &names) { m_hostNames = names; }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QHash<QString, QString> m_hostNames;
    // Draws text in rect, elided to its width, in the painter's pen and font.
    void drawText(QPainter *painter, const QRect &rect, Qt::Alignment alignment, Qt::LayoutDirection direction,
                  const QString &text, const QFont &font, Qt::TextElideMode elide) const;

    struct TextKey
    {
        QString text;
        int width = 0;
        int elide = 0;
        bool bold = false;
        friend bool operator==(const TextKey &a, const TextKey &b)
        {
            return a.width == b.width && a.elide == b.elide && a.bold == b.bold && a.text == b.text;
        }
        friend size_t qHash(const TextKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, key.elide, key.bold);
        }
    };
    mutable QCache<TextKey, QStaticText> m_texts {TextCacheSize};
    // The font m_texts were laid out in, regular and bold (which of the two: their key says).
    mutable QFont m_textFont;
    mutable QFont m_boldFont;
};
