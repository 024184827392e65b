#pragma once

#include <QStyledItemDelegate>

// Item data roles of the workspace list (a QListWidget filled by MainWindow).
namespace WorkspaceRoles {
enum Role {
    SiteIdRole = Qt::UserRole + 1, // QString
    RegionRole, // int(Region): the region as known now (Unknown after a failed check)
    SessionOnlyRole, // bool: sandbox / this session only
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
class RequestLogDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // A cell whose text does not fit (a long path, say) shows it whole in its tooltip.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
