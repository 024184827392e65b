#include "requestlogcells.h"

#include "requestinspection.h"

#include "endpointtable.h"
#include "requestlogmodel.h"

#include <QLocale>
#include <QStringList>

QString RequestLogCells::statusText(const RequestRecord &r)
{
    switch (r.outcome) {
    case RequestRecord::Outcome::Pending:
        // A hop without a status is a request handed to Qt, whose host has not answered yet.
        return !r.hops.isEmpty() && r.hops.constLast().status == 0 ? tr("waiting for host…") : tr("sending…");
    case RequestRecord::Outcome::Cancelled:
        return tr("cancelled by you");
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

QString RequestLogCells::hopsText(const RequestRecord &r)
{
    QStringList parts;
    for (const Hop &hop : r.hops)
        parts << QStringLiteral("%1 %2").arg(EndpointTable::hostLabel(hop.url),
                                             hop.status ? QString::number(hop.status) : QStringLiteral("—"));
    return parts.join(QStringLiteral(" → "));
}

QString RequestLogCells::timeText(const QDateTime &at, bool withDate)
{
    const QDateTime local = at.toLocalTime();
    QString time = local.toString(QStringLiteral("HH:mm:ss.zzz"));
    if (!withDate)
        return time;
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(local.date(), format) + u' ' + time;
}

QVariant RequestLogCells::display(const RequestRecord &r, qint64 requestBytes, qint64 responseBytes, int column,
                                  bool withDate)
{
    const bool pending = r.outcome == RequestRecord::Outcome::Pending;
    switch (RequestLogModel::Column(column)) {
    case RequestLogModel::Time:
        return timeText(r.startedAt, withDate);
    case RequestLogModel::Workspace:
        return r.workspace;
    case RequestLogModel::Call:
        return callName(r.call);
    case RequestLogModel::Method:
        return r.method;
    case RequestLogModel::Path:
        return r.path;
    case RequestLogModel::SentTo:
        return r.sentTo();
    case RequestLogModel::HandledBy:
        if (r.handledBy.isEmpty())
            return QStringLiteral("—");
        return QStringLiteral("%1 · %2").arg(regionCode(r.handledByRegion).toUpper(), r.handledBy);
    case RequestLogModel::Hops:
        return r.warnings.isEmpty() ? QString::number(r.hops.size()) : QStringLiteral("%1 ⚠").arg(r.hops.size());
    case RequestLogModel::Status:
        return statusText(r);
    case RequestLogModel::Duration:
        return pending ? QString() : RequestInspection::durationText(r.durationMs);
    case RequestLogModel::RequestSize:
        return QLocale().formattedDataSize(requestBytes, 1, QLocale::DataSizeTraditionalFormat);
    case RequestLogModel::ResponseSize:
        return pending ? QString() : QLocale().formattedDataSize(responseBytes, 1, QLocale::DataSizeTraditionalFormat);
    case RequestLogModel::ColumnCount:
        break;
    }
    return {};
}

QVariant RequestLogCells::sortKey(const RequestRecord &r, qint64 requestBytes, qint64 responseBytes, int column)
{
    switch (RequestLogModel::Column(column)) {
    case RequestLogModel::Time:
        return r.startedAt.toMSecsSinceEpoch();
    case RequestLogModel::Hops:
        return int(r.hops.size());
    case RequestLogModel::Status:
        return r.status;
    case RequestLogModel::Duration:
        return r.durationMs;
    case RequestLogModel::RequestSize:
        return requestBytes;
    case RequestLogModel::ResponseSize:
        return responseBytes;
    default:
        return display(r, requestBytes, responseBytes, column);
    }
}

QVariant RequestLogCells::toolTip(const RequestRecord &r)
{
    if (!r.warnings.isEmpty())
        return r.warnings.join(u'\n');
    return r.error.isEmpty() ? QVariant() : QVariant(r.error);
}

QString RequestLogCells::header(int column)
{
    switch (RequestLogModel::Column(column)) {
    case RequestLogModel::Time:
        return tr("Time");
    case RequestLogModel::Workspace:
        return tr("Workspace");
    case RequestLogModel::Call:
        return tr("Call");
    case RequestLogModel::Method:
        return tr("Method");
    case RequestLogModel::Path:
        return tr("Path");
    case RequestLogModel::SentTo:
        return tr("Sent to");
    case RequestLogModel::HandledBy:
        return tr("Handled by");
    case RequestLogModel::Hops:
        return tr("Hops");
    case RequestLogModel::Status:
        return tr("Status");
    case RequestLogModel::Duration:
        return tr("Duration");
    case RequestLogModel::RequestSize:
        return tr("Request");
    case RequestLogModel::ResponseSize:
        return tr("Response");
    case RequestLogModel::ColumnCount:
        break;
    }
    return {};
}
