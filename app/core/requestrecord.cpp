#include "requestrecord.h"

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
    }
    return {};
}

QJsonObject RequestRecord::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("call"), callName(call));
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
    const QJsonDocument response = QJsonDocument::fromJson(responseBody);
    if (responseBody.isEmpty())
        o.insert(QStringLiteral("response"), QJsonValue(QJsonValue::Null));
    else if (response.isObject())
        o.insert(QStringLiteral("response"), response.object());
    else if (!responseBody.isEmpty())
        o.insert(QStringLiteral("response"), QString::fromUtf8(responseBody.left(4096)));
    return o;
}

QString maskedAuthorization(const RequestRecord &record)
{
    if (record.call == CallKind::AppKeyCheck || record.authorization.startsWith(QLatin1String("Bearer")))
        return QStringLiteral("Bearer •••");
    return maskedBasicAuthorization(record.siteId);
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
    }
}
