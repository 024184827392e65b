#pragma once

#include <QSortFilterProxyModel>

// Sorting over RequestLogModel, nothing else: filtering runs in the model (RequestLogModel::setFilter(), in
// SQL over the stored log), so that it covers every stored call, not only the rows in the window. Columns
// sort by RequestLogModel::SortRole: Time by when calls started, Hops, Status, Duration and sizes
// numerically.
class RequestLogProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RequestLogProxy(QObject *parent = nullptr);
};
