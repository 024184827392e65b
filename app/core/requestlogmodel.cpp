#include "requestlogmodel.h"

#include "endpointtable.h"


RequestLogModel::RequestLogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{
}

void RequestLogModel::upsert(const RequestRecord &record)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == record.id) {
            m_rows[row] = record;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(record);
    endInsertRows();
    if (m_rows.size() > m_capacity) {
        const int first = m_capacity;
        const int last = int(m_rows.size()) - 1;
        beginRemoveRows({}, first, last);
        m_rows.resize(m_capacity);
        endRemoveRows();
    }
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

RequestRecord RequestLogModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : RequestRecord();
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestLogModel::statusText(const RequestRecord &r)
{
    switch (r.outcome) {
    case RequestRecord::Outcome::Pending:
        return tr("sending…");
    case RequestRecord::Outcome::TimedOut:
        return tr("timed out");
    case RequestRecord::Outcome::NetworkError:
        return tr("network error");
    case RequestRecord::Outcome::RedirectRefused:
        return tr("%1 redirect refused").arg(r.status);
    case RequestRecord::Outcome::TooManyRedirects:
        return tr("too many redirects");
    case RequestRecord::Outcome::Success:
    case RequestRecord::Outcome::HttpError:
        break;
    }
    return QString::number(r.status);
}

QString RequestLogModel::hopsText(const RequestRecord &r)
{
    QStringList parts;
    for (const Hop &hop : r.hops)
        parts << QStringLiteral("%1 %2").arg(EndpointTable::hostLabel(hop.url), hop.status ? QString::number(hop.status) : QStringLiteral("—"));
    return parts.join(QStringLiteral(" → "));
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RequestRecord &r = m_rows.at(index.row());
    switch (role) {
    case RecordRole:
        return QVariant::fromValue(r);
    case RegionRole:
        return regionCode(r.handledByRegion);
    case WarningRole:
        return !r.warnings.isEmpty();
    case OutcomeRole:
        return RequestRecord::outcomeName(r.outcome);
    case Qt::ToolTipRole:
        if (!r.warnings.isEmpty())
            return r.warnings.join(u'\n');
        return r.error.isEmpty() ? QVariant() : QVariant(r.error);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Time:
        return r.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case Workspace:
        return r.workspace;
    case Call:
        return callName(r.call);
    case Method:
        return r.method;
    case Path:
        return r.path;
    case SentTo:
        return r.sentTo();
    case HandledBy:
        if (r.handledBy.isEmpty())
            return QStringLiteral("—");
        return QStringLiteral("%1 · %2").arg(regionCode(r.handledByRegion).toUpper(), r.handledBy);
    case Hops:
        return r.warnings.isEmpty() ? QString::number(r.hops.size())
                                    : QStringLiteral("%1 ⚠").arg(r.hops.size());
    case Status:
        return statusText(r);
    case Duration:
        return r.outcome == RequestRecord::Outcome::Pending ? QString() : tr("%1 ms").arg(r.durationMs);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Workspace:
        return tr("Workspace");
    case Call:
        return tr("Call");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case SentTo:
        return tr("Sent to");
    case HandledBy:
        return tr("Handled by");
    case Hops:
        return tr("Hops");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case ColumnCount:
        break;
    }
    return {};
}
