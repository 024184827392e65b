#include "requestlogproxy.h"

#include "requestlogmodel.h"

RequestLogProxy::RequestLogProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RequestLogModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}
