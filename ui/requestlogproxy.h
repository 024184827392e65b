#pragma once

#include <QSortFilterProxyModel>

// Filter and sort over RequestLogModel. Sorting follows the values, not the cell texts: Time by the order
// calls started (correct across midnight), Hops, Status and Duration numerically. The filter matches the
// text of any column, case-insensitively.
class RequestLogProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RequestLogProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};
