#include "requestlogfilter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

bool RequestLogFilter::isEmpty() const
{
    return workspace.isEmpty() && !region && handledBy.isEmpty() && statusClass == StatusClass::Any && !call
        && text.trimmed().isEmpty() && !from.isValid() && !until.isValid();
}

bool RequestLogFilter::matches(const RequestRecord &r) const
{
    if (!workspace.isEmpty() && r.workspace != workspace)
        return false;
    if (region && r.handledByRegion != *region)
        return false;
    if (!handledBy.isEmpty() && r.handledBy != handledBy)
        return false;
    if (statusClass != StatusClass::Any && statusClassOf(r) != statusClass)
        return false;
    if (call && r.call != *call)
        return false;
    const QString needle = text.trimmed().toLower();
    if (!needle.isEmpty() && !searchText(r).contains(needle))
        return false;
    if (from.isValid() && !(r.startedAt.toMSecsSinceEpoch() >= from.toMSecsSinceEpoch()))
        return false;
    if (until.isValid() && !(r.startedAt.toMSecsSinceEpoch() < until.toMSecsSinceEpoch()))
        return false;
    return true;
}

QString RequestLogFilter::statusClassName(StatusClass statusClass)
{
    switch (statusClass) {
    case StatusClass::Success2xx:
        return QStringLiteral("2xx");
    case StatusClass::Redirect3xx:
        return QStringLiteral("3xx");
    case StatusClass::Client4xx:
        return QStringLiteral("4xx");
    case StatusClass::Server5xx:
        return QStringLiteral("5xx");
    case StatusClass::Network:
        return QStringLiteral("network");
    case StatusClass::Any:
        break;
    }
    return {};
}

std::optional<RequestLogFilter::StatusClass> RequestLogFilter::statusClassFromName(const QString &name)
{
    for (StatusClass c : {StatusClass::Any, StatusClass::Success2xx, StatusClass::Redirect3xx, StatusClass::Client4xx,
                          StatusClass::Server5xx, StatusClass::Network})
        if (statusClassName(c) == name)
            return c;
    return std::nullopt;
}

RequestLogFilter::StatusClass RequestLogFilter::statusClassOf(const RequestRecord &r)
{
    using O = RequestRecord::Outcome;
    if (r.outcome == O::Pending)
        return StatusClass::Any;
    if (r.outcome == O::NetworkError || r.outcome == O::TimedOut || r.status < 200 || r.status > 599)
        return StatusClass::Network;
    switch (r.status / 100) {
    case 2:
        return StatusClass::Success2xx;
    case 3:
        return StatusClass::Redirect3xx;
    case 4:
        return StatusClass::Client4xx;
    default:
        return StatusClass::Server5xx;
    }
}

QString RequestLogFilter::searchText(const RequestRecord &r)
{
    // What people search for: the identifier as typed (ada@example.com, not ada%40example.com), the Site ID,
    // the event name, besides what the log's columns show.
    QStringList parts {r.workspace,
                       r.siteId,
                       callName(r.call),
                       r.method,
                       r.path,
                       QUrl::fromPercentEncoding(r.path.toUtf8()),
                       r.sentTo(),
                       r.handledBy,
                       QString::number(r.status),
                       RequestRecord::outcomeName(r.outcome),
                       r.error};
    for (const Hop &hop : r.hops)
        parts << hop.url.toString(QUrl::FullyEncoded);
    parts << r.warnings;
    if (!r.requestBody.isEmpty() && r.requestBody.size() <= 4096 && r.requestBody.startsWith('{'))
        parts << QJsonDocument::fromJson(r.requestBody).object().value(u"name").toString();
    return parts.join(u'\n').toLower();
}
