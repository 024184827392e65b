#include "requestlogproxy.h"

#include "requestlogmodel.h"

RequestLogProxy::RequestLogProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

bool RequestLogProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto a = left.data(RequestLogModel::RecordRole).value<RequestRecord>();
    const auto b = right.data(RequestLogModel::RecordRole).value<RequestRecord>();
    switch (left.column()) {
    case RequestLogModel::Time:
        if (a.startedAt != b.startedAt)
            return a.startedAt < b.startedAt;
        return a.id < b.id;
    case RequestLogModel::Hops:
        return a.hops.size() < b.hops.size();
    case RequestLogModel::Status:
        return a.status < b.status;
    case RequestLogModel::Duration:
        return a.durationMs < b.durationMs;
    default:
        break;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
