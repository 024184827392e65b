#include "logexport.h"

#include "outsidetext.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {

const QString kHttpVersion = QStringLiteral("HTTP/1.1");

bool isBearer(const RequestRecord &r)
{
    return r.authorization.startsWith(QLatin1String("Bearer"));
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 204:
        return QStringLiteral("No Content");
    case 301:
        return QStringLiteral("Moved Permanently");
    case 302:
        return QStringLiteral("Found");
    case 303:
        return QStringLiteral("See Other");
    case 307:
        return QStringLiteral("Temporary Redirect");
    case 308:
        return QStringLiteral("Permanent Redirect");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    default:
        return {};
    }
}

QJsonObject header(const QString &name, const QString &value)
{
    return QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
}

QJsonArray queryString(const QUrl &url)
{
    QJsonArray items;
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        items.append(header(item.first, item.second));
    return items;
}

bool looksLikeJson(const QByteArray &body)
{
    QJsonParseError error {};
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

// POSIX shell single quotes: everything literal; a ' becomes '\''.
QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

namespace LogExport {

std::optional<Format> formatFromName(const QString &name)
{
    if (name == u"har")
        return Format::Har;
    if (name == u"jsonl")
        return Format::Jsonl;
    return std::nullopt;
}

QJsonArray harEntries(const RequestRecord &r)
{
    QJsonArray entries;
    QDateTime hopStart = r.startedAt.isValid() ? r.startedAt : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    for (int i = 0; i < r.hops.size(); ++i) {
        const Hop &hop = r.hops.at(i);
        const bool last = i == r.hops.size() - 1;
        const QString url = hop.url.toString(QUrl::FullyEncoded);

        QJsonArray requestHeaders {header(QStringLiteral("Accept"), QStringLiteral("application/json"))};
        if (!r.requestBody.isEmpty())
            requestHeaders.append(header(QStringLiteral("Content-Type"), QStringLiteral("application/json")));
        if (hop.credentialsSent)
            requestHeaders.append(header(QStringLiteral("Authorization"), maskedAuthorization(r)));
        if (!hop.requestHeaders.isEmpty()) {
            // The fields as recorded; Authorization only in its masked form.
            requestHeaders = {};
            for (const auto &field : hop.requestHeaders) {
                const bool auth = field.first.compare(u"authorization", Qt::CaseInsensitive) == 0;
                requestHeaders.append(header(field.first, auth ? maskedAuthorization(r) : field.second));
            }
        }
        QJsonObject request {
            {QStringLiteral("method"), r.method},
            {QStringLiteral("url"), url},
            {QStringLiteral("httpVersion"), kHttpVersion},
            {QStringLiteral("cookies"), QJsonArray()},
            {QStringLiteral("headers"), requestHeaders},
            {QStringLiteral("queryString"), queryString(hop.url)},
            {QStringLiteral("headersSize"), -1},
            {QStringLiteral("bodySize"), r.requestBody.isEmpty() ? 0 : qint64(r.requestBody.size())},
        };
        if (!r.requestBody.isEmpty())
            request.insert(QStringLiteral("postData"),
                           QJsonObject {{QStringLiteral("mimeType"), QStringLiteral("application/json")},
                                        {QStringLiteral("params"), QJsonArray()},
                                        {QStringLiteral("text"), QString::fromUtf8(r.requestBody)}});

        // Only the last hop's body is kept by TrackClient; a redirect's Location is the next hop's URL.
        const QString redirectUrl = last ? QString() : r.hops.at(i + 1).url.toString(QUrl::FullyEncoded);
        QJsonArray responseHeaders;
        if (!redirectUrl.isEmpty())
            responseHeaders.append(header(QStringLiteral("Location"), redirectUrl));
        QJsonObject content {{QStringLiteral("size"), 0}, {QStringLiteral("mimeType"), QStringLiteral("x-unknown")}};
        qint64 bodySize = hop.status ? 0 : -1;
        const QByteArray body = last ? r.responseBody : hop.responseBody; // a redirect's body, when recorded
        if (!body.isEmpty()) {
            const QString mime =
                looksLikeJson(body) ? QStringLiteral("application/json") : QStringLiteral("text/plain");
            content = QJsonObject {{QStringLiteral("size"), qint64(body.size())},
                                   {QStringLiteral("mimeType"), mime},
                                   {QStringLiteral("text"), QString::fromUtf8(body)}};
            responseHeaders.append(header(QStringLiteral("Content-Type"), mime));
            bodySize = body.size();
        }
        if (!hop.responseHeaders.isEmpty()) {
            responseHeaders = {};
            for (const auto &field : hop.responseHeaders)
                responseHeaders.append(header(field.first, field.second));
        }
        const QJsonObject response {
            {QStringLiteral("status"), hop.status},
            {QStringLiteral("statusText"), reasonPhrase(hop.status)},
            {QStringLiteral("httpVersion"), hop.status ? kHttpVersion : QString()},
            {QStringLiteral("cookies"), QJsonArray()},
            {QStringLiteral("headers"), responseHeaders},
            {QStringLiteral("content"), content},
            {QStringLiteral("redirectURL"), redirectUrl},
            {QStringLiteral("headersSize"), -1},
            {QStringLiteral("bodySize"), bodySize},
        };
        // As far as Qt reports it (Hop): connect until the request was written on a new connection (TCP and
        // TLS together, so ssl is -1: not told apart), wait until the answer's headers, receive until the
        // last byte. Without those marks, the whole hop is wait.
        const qint64 connect = hop.firstByteMs >= 0 ? hop.connectMs : -1;
        const qint64 firstByte = hop.firstByteMs >= 0 ? hop.firstByteMs : hop.durationMs;
        const QJsonObject timings {
            {QStringLiteral("blocked"), -1},
            {QStringLiteral("dns"), -1},
            {QStringLiteral("connect"), connect},
            {QStringLiteral("ssl"), -1},
            {QStringLiteral("send"), 0},
            {QStringLiteral("wait"), qMax<qint64>(0, firstByte - qMax<qint64>(0, connect))},
            {QStringLiteral("receive"), qMax<qint64>(0, hop.durationMs - firstByte)},
        };
        QJsonObject entry {
            {QStringLiteral("startedDateTime"), hopStart.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("time"), hop.durationMs},
            {QStringLiteral("request"), request},
            {QStringLiteral("response"), response},
            {QStringLiteral("cache"), QJsonObject()},
            {QStringLiteral("timings"), timings},
            {QStringLiteral("_callId"), r.id},
            {QStringLiteral("_hop"), i + 1},
            {QStringLiteral("_workspace"), r.workspace},
            {QStringLiteral("_outcome"), RequestRecord::outcomeName(r.outcome)},
        };
        const QString error = !hop.error.isEmpty() ? hop.error : (last ? r.error : QString());
        if (!error.isEmpty())
            entry.insert(QStringLiteral("_error"), error);
        if (last && !r.warnings.isEmpty()) {
            entry.insert(QStringLiteral("_warnings"), QJsonArray::fromStringList(r.warnings));
            entry.insert(QStringLiteral("comment"), r.warnings.join(u' '));
        }
        entries.append(entry);
        hopStart = hopStart.addMSecs(hop.durationMs);
    }
    return entries;
}

namespace {
QJsonObject creator()
{
    return QJsonObject {{QStringLiteral("name"), QStringLiteral("Region Console")},
                        {QStringLiteral("version"), QStringLiteral(CIO_VERSION)}};
}
} // namespace

QJsonObject harLog(const QList<RequestRecord> &records)
{
    QJsonArray entries;
    for (const RequestRecord &r : records)
        for (const QJsonValue &e : harEntries(r))
            entries.append(e);
    const QJsonObject log {{QStringLiteral("version"), QStringLiteral("1.2")},
                           {QStringLiteral("creator"), creator()},
                           {QStringLiteral("entries"), entries}};
    return QJsonObject {{QStringLiteral("log"), log}};
}

QByteArray jsonlLine(const RequestRecord &r)
{
    QJsonObject o = r.toJson();
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("site_id"), r.siteId);
    o.insert(QStringLiteral("path"), r.path);
    o.insert(QStringLiteral("authorization"), maskedAuthorization(r));
    o.insert(QStringLiteral("route_region"), regionCode(r.routeRegion));
    o.insert(QStringLiteral("account_region"), regionCode(r.accountRegion));
    const QJsonDocument request = QJsonDocument::fromJson(r.requestBody);
    if (request.isObject())
        o.insert(QStringLiteral("request"), request.object());
    else if (!r.requestBody.isEmpty())
        o.insert(QStringLiteral("request"), QString::fromUtf8(r.requestBody));
    // Values hold outside text: the bidi and C1 controls QJsonDocument writes raw become escapes.
    return OutsideText::displayJson(QJsonDocument(o).toJson(QJsonDocument::Compact)) + '\n';
}

QString curlCommand(const RequestRecord &r)
{
    const QString url = r.hops.isEmpty() ? r.path : r.hops.first().url.toString(QUrl::FullyEncoded);
    QStringList lines;
    lines << QStringLiteral("curl -X %1 %2").arg(r.method, shellQuote(url));
    if (isBearer(r))
        lines << QStringLiteral("  -H \"Authorization: Bearer $CIO_APP_API_KEY\"");
    else
        // 'site-id'":$CIO_TRACK_API_KEY": the Site ID literal, the key expanded by the shell.
        lines << QStringLiteral("  --user %1\":$CIO_TRACK_API_KEY\"").arg(shellQuote(r.siteId));
    lines << QStringLiteral("  -H 'Accept: application/json'");
    if (!r.requestBody.isEmpty()) {
        lines << QStringLiteral("  -H 'Content-Type: application/json'");
        lines << QStringLiteral("  --data-raw %1").arg(shellQuote(QString::fromUtf8(r.requestBody)));
    }
    return lines.join(QStringLiteral(" \\\n")) + u'\n';
}

Writer::Writer(QIODevice *device, Format format)
    : m_device(device)
    , m_format(format)
{ }

bool Writer::write(const QByteArray &bytes)
{
    if (m_ok && m_device->write(bytes) != bytes.size())
        m_ok = false;
    return m_ok;
}

bool Writer::begin()
{
    if (m_format == Format::Jsonl)
        return m_ok;
    // The document is written by hand around entries so that any number of calls streams through.
    const QByteArray head = QJsonDocument(creator()).toJson(QJsonDocument::Compact);
    return write(QByteArrayLiteral("{\"log\":{\"version\":\"1.2\",\"creator\":") + head
                 + QByteArrayLiteral(",\"entries\":[\n"));
}

bool Writer::add(const RequestRecord &record)
{
    if (m_format == Format::Jsonl) {
        ++m_count;
        return write(jsonlLine(record));
    }
    ++m_count;
    for (const QJsonValue &entry : harEntries(record)) {
        QByteArray bytes = OutsideText::displayJson(QJsonDocument(entry.toObject()).toJson(QJsonDocument::Compact));
        if (m_entries++ > 0)
            bytes.prepend(",\n");
        if (!write(bytes))
            return false;
    }
    return m_ok;
}

bool Writer::finish()
{
    if (m_format == Format::Jsonl)
        return m_ok;
    return write(QByteArrayLiteral("\n]}}\n"));
}

QString Writer::errorString() const
{
    return m_ok ? QString() : m_device->errorString();
}

} // namespace LogExport
