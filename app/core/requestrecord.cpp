#include "requestrecord.h"

#include "callshape.h"
#include "endpointtable.h"

#include <QJsonArray>
#include <QJsonDocument>

QString RequestRecord::sentTo() const
{
    return hops.isEmpty() ? QString() : EndpointTable::hostLabel(hops.first().url);
}

QString RequestRecord::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return QStringLiteral("pending");
    case Outcome::Success:
        return QStringLiteral("success");
    case Outcome::HttpError:
        return QStringLiteral("http_error");
    case Outcome::NetworkError:
        return QStringLiteral("network_error");
    case Outcome::TimedOut:
        return QStringLiteral("timed_out");
    case Outcome::RedirectRefused:
        return QStringLiteral("redirect_refused");
    case Outcome::TooManyRedirects:
        return QStringLiteral("too_many_redirects");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QJsonObject RequestRecord::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("call"), callName(call));
    o.insert(QStringLiteral("api"), callApi(call).id);
    // With --site-id a call has no workspace: null, not "".
    o.insert(QStringLiteral("workspace"), workspace.isEmpty() ? QJsonValue() : QJsonValue(workspace));
    o.insert(QStringLiteral("method"), method);
    o.insert(QStringLiteral("url"), hops.isEmpty() ? QString() : hops.first().url.toString(QUrl::FullyEncoded));
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("handled_by"), handledBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(handledBy));
    o.insert(QStringLiteral("handled_by_region"),
             handledBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(regionCode(handledByRegion)));
    QJsonArray hopArray;
    for (const Hop &hop : hops) {
        QJsonObject h;
        h.insert(QStringLiteral("url"), hop.url.toString(QUrl::FullyEncoded));
        h.insert(QStringLiteral("status"), hop.status);
        h.insert(QStringLiteral("duration_ms"), hop.durationMs);
        h.insert(QStringLiteral("credentials_sent"), hop.credentialsSent);
        hopArray.append(h);
    }
    o.insert(QStringLiteral("hops"), hopArray);
    o.insert(QStringLiteral("error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error));
    o.insert(QStringLiteral("outcome"), outcomeName(outcome));
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    o.insert(QStringLiteral("duration_ms"), durationMs);
    o.insert(QStringLiteral("started_at"), startedAt.toString(Qt::ISODateWithMs));
    if (replayOf > 0)
        o.insert(QStringLiteral("replay_of"), replayOf);
    if (!source.isEmpty())
        o.insert(QStringLiteral("source"), source);
    const QJsonDocument response = QJsonDocument::fromJson(responseBody);
    if (responseBody.isEmpty())
        o.insert(QStringLiteral("response"), QJsonValue(QJsonValue::Null));
    else if (response.isObject())
        o.insert(QStringLiteral("response"), response.object());
    else if (!responseBody.isEmpty())
        o.insert(QStringLiteral("response"), QString::fromUtf8(responseBody.left(4096)));
    return o;
}

QString Hop::headerValue(const HeaderList &headers, const QString &name)
{
    for (const auto &field : headers)
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return field.second;
    return {};
}

namespace {
QJsonArray headersJson(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &field : headers)
        array.append(QJsonArray {field.first, field.second});
    return array;
}

// A body as JSON when it is a JSON document, else as text; null when empty.
QJsonValue bodyJson(const QByteArray &body)
{
    if (body.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    if (error.error == QJsonParseError::NoError && doc.isArray())
        return doc.array();
    return QString::fromUtf8(body);
}
} // namespace

QJsonObject RequestRecord::toDetailJson() const
{
    QJsonObject o = toJson();
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("site_id"), siteId);
    o.insert(QStringLiteral("route_region"), regionCode(routeRegion));
    o.insert(QStringLiteral("authorization"), maskedAuthorization(*this));
    o.insert(QStringLiteral("request"), bodyJson(requestBody));
    o.insert(QStringLiteral("response"), bodyJson(responseBody));
    QJsonArray hopArray = o.value(QStringLiteral("hops")).toArray();
    for (int i = 0; i < hops.size() && i < hopArray.size(); ++i) {
        const Hop &hop = hops.at(i);
        QJsonObject h = hopArray.at(i).toObject();
        h.insert(QStringLiteral("request_headers"), headersJson(hop.requestHeaders));
        h.insert(QStringLiteral("response_headers"), headersJson(hop.responseHeaders));
        h.insert(QStringLiteral("response"), bodyJson(hop.responseBody));
        h.insert(QStringLiteral("connect_ms"), hop.connectMs);
        h.insert(QStringLiteral("first_byte_ms"), hop.firstByteMs);
        if (!hop.error.isEmpty())
            h.insert(QStringLiteral("error"), hop.error);
        hopArray[i] = h;
    }
    o.insert(QStringLiteral("hops"), hopArray);
    return o;
}

QString maskedAuthorization(const RequestRecord &record)
{
    if (record.call == CallKind::AppKeyCheck || record.authorization.startsWith(QLatin1String("Bearer")))
        return QStringLiteral("Bearer •••");
    if (isPipelinesCall(record.call))
        return maskedPipelinesAuthorization();
    return maskedBasicAuthorization(record.siteId);
}

QString maskedPipelinesAuthorization()
{
    return QStringLiteral("Basic •••:");
}

QString maskedBasicAuthorization(const QString &siteId)
{
    return QStringLiteral("Basic ") + siteId + QStringLiteral(":•••");
}

namespace {
QUrl scrubbedUrl(const QUrl &url, const SecretMask &mask)
{
    const QByteArray encoded = mask.apply(url.toEncoded(QUrl::FullyEncoded));
    return QUrl::fromEncoded(OutsideText::inertEncodedUrl(encoded), QUrl::TolerantMode);
}
} // namespace

void scrubOutsideText(RequestRecord *record, const SecretMask &mask)
{
    RequestRecord &r = *record;
    r.path = QString::fromUtf8(OutsideText::inertEncodedUrl(mask.apply(r.path.toUtf8())));
    r.requestBody = mask.apply(r.requestBody);
    r.responseBody = mask.apply(r.responseBody);
    r.error = OutsideText::inertLine(mask.apply(r.error));
    r.handledBy = OutsideText::inertLine(r.handledBy);
    for (QString &warning : r.warnings)
        warning = OutsideText::inertLine(mask.apply(warning));
    for (Hop &hop : r.hops) {
        hop.url = scrubbedUrl(hop.url, mask);
        hop.error = OutsideText::inertLine(mask.apply(hop.error));
        hop.responseBody = mask.apply(hop.responseBody);
        for (auto &field : hop.responseHeaders) {
            field.first = OutsideText::inertLine(mask.apply(field.first));
            field.second = OutsideText::inertLine(mask.apply(field.second));
        }
        for (auto &field : hop.requestHeaders)
            field.second = OutsideText::inertLine(mask.apply(field.second));
    }
}
