#include "harimport.h"

#include "callshape.h"
#include "outsidetext.h"
#include "trackclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HarImport)
};

// The user name and password of a Basic Authorization's credentials; this console's own export writes
// them masked ("site:•••"), which names the Site ID and no secret.
QPair<QString, QString> basicPair(const QString &credentials)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(credentials.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const QString pair = decoded ? QString::fromUtf8(*decoded) : credentials;
    if (!decoded && !credentials.endsWith(SecretMask::masked()))
        return {};
    return {pair.section(u':', 0, 0), decoded ? pair.section(u':', 1) : QString()};
}

bool isSecretField(const QString &name)
{
    for (const char *secret : {"authorization", "proxy-authorization", "cookie", "set-cookie"})
        if (name.compare(QLatin1String(secret), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

HeaderList headersOf(const QJsonValue &value)
{
    HeaderList headers;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject h = v.toObject();
        headers.append({h.value(u"name").toString(), h.value(u"value").toString()});
    }
    return headers;
}

QByteArray contentOf(const QJsonObject &content)
{
    const QString text = content.value(u"text").toString();
    return content.value(u"encoding").toString() == u"base64" ? QByteArray::fromBase64(text.toLatin1()) : text.toUtf8();
}

qint64 nonNegative(const QJsonObject &timings, const char *key)
{
    return qMax<qint64>(0, qint64(timings.value(QLatin1String(key)).toDouble(-1)));
}

// The Pipelines call a path names (/v1/identify, /v1/track...), a semantic event by its reserved "event"
// (callshapepipelines.cpp); *known false when it is a guess (track).
CallKind pipelinesKindOf(const QString &path, const QByteArray &body, bool *known)
{
    *known = true;
    const QString event = QJsonDocument::fromJson(body).object().value(u"event").toString();
    CallKind plain = CallKind::PipelinesTrack;
    bool plainFound = false;
    for (const CallShape *shape : composableCalls(QStringLiteral("pipelines"))) {
        if (shape->path != path)
            continue;
        const QString reserved = shape->fixedBody.value(u"event").toString();
        if (!reserved.isEmpty() && reserved == event)
            return shape->kind;
        if (reserved.isEmpty()) {
            plain = shape->kind;
            plainFound = true;
        }
    }
    *known = plainFound;
    return plain;
}

// The call a method and path name, as the console sends them; *known false when it is a guess.
CallKind kindOf(const QString &method, const QString &path, const QByteArray &body, bool *known)
{
    *known = true;
    const QStringList s = path.split(u'/', Qt::SkipEmptyParts);
    const auto is = [&s](std::initializer_list<const char16_t *> parts) {
        if (s.size() != qsizetype(parts.size()))
            return false;
        qsizetype i = 0;
        for (const char16_t *p : parts) {
            if (QStringView(p) != u"*" && s.at(i) != QStringView(p))
                return false;
            ++i;
        }
        return true;
    };
    if (is({u"api", u"v1", u"accounts", u"region"}))
        return CallKind::Region;
    if (!s.isEmpty() && s.first() == u"v1")
        return CallKind::AppKeyCheck;
    if (is({u"api", u"v1", u"customers", u"*"}))
        return method == u"DELETE" ? CallKind::DeletePerson : CallKind::Identify;
    if (is({u"api", u"v1", u"customers", u"*", u"events"})) {
        const QString type = QJsonDocument::fromJson(body).object().value(u"type").toString();
        return type == u"page" ? CallKind::PageView : type == u"screen" ? CallKind::ScreenView : CallKind::Event;
    }
    if (is({u"api", u"v1", u"events"}))
        return CallKind::AnonymousEvent;
    if (is({u"api", u"v1", u"customers", u"*", u"devices"}))
        return CallKind::AddDevice;
    if (is({u"api", u"v1", u"customers", u"*", u"devices", u"*"}))
        return CallKind::DeleteDevice;
    if (is({u"api", u"v1", u"customers", u"*", u"suppress"}))
        return CallKind::Suppress;
    if (is({u"api", u"v1", u"customers", u"*", u"unsuppress"}))
        return CallKind::Unsuppress;
    if (is({u"api", u"v1", u"merge_customers"}))
        return CallKind::Merge;
    if (is({u"api", u"v2", u"entity"}))
        return CallKind::Entity;
    if (is({u"api", u"v2", u"batch"}))
        return CallKind::Batch;
    *known = false;
    if (method == u"GET")
        return CallKind::Region;
    if (method == u"DELETE")
        return CallKind::DeletePerson;
    return method == u"PUT" ? CallKind::Identify : CallKind::Event;
}

struct Entry
{
    QJsonObject object;
    QDateTime started;
    qsizetype index = 0;
};
} // namespace

HarImport::HarImport(const EndpointTable &endpoints)
    : m_endpoints(endpoints)
{ }

Region HarImport::regionOf(const QUrl &url) const
{
    // A customer's HAR names Customer.io's own hosts, whatever table the console uses now (the sandbox's).
    const Region region = m_endpoints.regionOf(url);
    return region != Region::Unknown ? region : m_customerIo.regionOf(url);
}

std::optional<QList<RequestRecord>> HarImport::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        m_error = Text::tr("%1: no such file").arg(path);
        return std::nullopt;
    }
    if (!info.isFile()) {
        m_error = Text::tr("%1: is not a regular file").arg(path);
        return std::nullopt;
    }
    if (info.size() > MaxBytes) {
        m_error = Text::tr("%1: is %2; HAR files over %3 are refused")
                      .arg(path, QLocale().formattedDataSize(info.size()), QLocale().formattedDataSize(MaxBytes));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = Text::tr("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // Read at most one byte past the limit: a file that grew meanwhile is still refused.
    const QByteArray bytes = file.read(MaxBytes + 1);
    if (bytes.size() > MaxBytes) {
        m_error = Text::tr("%1: HAR files over %2 are refused").arg(path, QLocale().formattedDataSize(MaxBytes));
        return std::nullopt;
    }
    std::optional<QList<RequestRecord>> records = read(bytes, info.fileName());
    if (!records)
        m_error = path + QStringLiteral(": ") + m_error;
    return records;
}

std::optional<QList<RequestRecord>> HarImport::read(const QByteArray &har, const QString &sourceName)
{
    m_error.clear();
    m_skipped = 0;
    if (har.size() > MaxBytes) {
        m_error = Text::tr("HAR files over %1 are refused").arg(QLocale().formattedDataSize(MaxBytes));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(har, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_error = Text::tr("not JSON (%1 at byte %2), so not a HAR file")
                      .arg(parseError.errorString(), QString::number(parseError.offset));
        return std::nullopt;
    }
    const QJsonObject log = doc.object().value(u"log").toObject();
    if (!doc.isObject() || !log.value(u"entries").isArray()) {
        m_error = Text::tr("not a HAR file: no log.entries");
        return std::nullopt;
    }
    const QString version = log.value(u"version").toString();
    if (version != u"1.2" && version != u"1.1") {
        m_error = Text::tr("HAR version \"%1\" is not supported (1.2 and 1.1 are)").arg(version);
        return std::nullopt;
    }
    const QJsonArray array = log.value(u"entries").toArray();
    if (array.isEmpty()) {
        m_error = Text::tr("the HAR file holds no entry");
        return std::nullopt;
    }

    // The secrets of the file: every Authorization's credentials, in any spelling, anywhere.
    QList<QString> secrets;
    QList<Entry> entries;
    entries.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        entries.append({o, QDateTime::fromString(o.value(u"startedDateTime").toString(), Qt::ISODateWithMs), i});
        for (const auto &field : headersOf(o.value(u"request").toObject().value(u"headers"))) {
            if (field.first.compare(u"authorization", Qt::CaseInsensitive) != 0)
                continue;
            const QString value = field.second.trimmed();
            const QString credentials = value.section(u' ', 1).trimmed();
            if (value.startsWith(u"Basic ", Qt::CaseInsensitive)) {
                const auto [user, password] = basicPair(credentials);
                if (!password.isEmpty())
                    secrets << credentials << password;
                // "key:" (an empty password): a Pipelines source's API key, the user name itself.
                else if (!user.isEmpty() && !user.contains(SecretMask::masked())
                         && !credentials.contains(SecretMask::masked()))
                    secrets << credentials << user;
            } else if (!credentials.isEmpty() && !credentials.contains(SecretMask::masked())) {
                secrets << credentials;
            }
        }
    }
    secrets.erase(std::remove_if(secrets.begin(), secrets.end(), [](const QString &s) { return s.size() < 8; }),
                  secrets.end());
    const SecretMask mask(secrets);
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.started.isValid() && b.started.isValid() ? a.started < b.started : a.index < b.index;
    });

    QList<RequestRecord> records;
    QList<bool> knownKinds;
    QHash<QString, qsizetype> redirectTargets; // URL a 3xx pointed to -> the call it continues
    for (const Entry &e : std::as_const(entries)) {
        const QJsonObject request = e.object.value(u"request").toObject();
        const QJsonObject response = e.object.value(u"response").toObject();
        Hop hop;
        hop.url = QUrl(mask.apply(request.value(u"url").toString()));
        // A browser's HAR holds the whole page's traffic: only calls to Customer.io (or the endpoint table's
        // hosts) are the log's business.
        const QString hostName = hop.url.host().toLower();
        if (!m_endpoints.isAllowed(hop.url) && !m_customerIo.isAllowed(hop.url) && hostName != u"customer.io"
            && !hostName.endsWith(u".customer.io")) {
            ++m_skipped;
            continue;
        }
        hop.status = response.value(u"status").toInt();
        hop.durationMs = qMax<qint64>(0, qint64(e.object.value(u"time").toDouble()));
        const QJsonObject timings = e.object.value(u"timings").toObject();
        if (timings.value(u"connect").toDouble(-1) >= 0)
            hop.connectMs =
                nonNegative(timings, "blocked") + nonNegative(timings, "dns") + nonNegative(timings, "connect");
        if (timings.value(u"wait").toDouble(-1) >= 0)
            hop.firstByteMs =
                qMax<qint64>(0, hop.connectMs) + nonNegative(timings, "send") + nonNegative(timings, "wait");
        QString siteId;
        bool bearer = false;
        // A Pipelines host's Basic credentials are "key:", the source's key: never a Site ID.
        const bool pipelinesHost = m_endpoints.isPipelinesHost(hop.url) || m_customerIo.isPipelinesHost(hop.url);
        for (auto field : headersOf(request.value(u"headers"))) {
            if (field.first.compare(u"authorization", Qt::CaseInsensitive) == 0) {
                hop.credentialsSent = true;
                bearer = !field.second.trimmed().startsWith(u"Basic ", Qt::CaseInsensitive);
                const QString user = basicPair(field.second.trimmed().section(u' ', 1).trimmed()).first;
                if (!bearer && !pipelinesHost)
                    siteId = OutsideText::inertLine(user);
            }
            field.second =
                isSecretField(field.first) ? SecretMask::masked() : OutsideText::inertLine(mask.apply(field.second));
            hop.requestHeaders.append(field);
        }
        for (auto field : headersOf(response.value(u"headers"))) {
            field.second =
                isSecretField(field.first) ? SecretMask::masked() : OutsideText::inertLine(mask.apply(field.second));
            hop.responseHeaders.append(field);
        }
        hop.responseBody = mask.apply(contentOf(response.value(u"content").toObject()));
        // A browser puts a failed request's reason in response._error, this console in the entry's _error.
        QString error = response.value(u"_error").toString();
        if (error.isEmpty())
            error = e.object.value(u"_error").toString();
        hop.error = OutsideText::inertLine(mask.apply(error));
        const QByteArray requestBody =
            mask.apply(request.value(u"postData").toObject().value(u"text").toString().toUtf8());

        const QString key = hop.url.toString(QUrl::FullyEncoded);
        const auto continued = redirectTargets.constFind(key);
        qsizetype at = -1;
        if (continued != redirectTargets.cend()) {
            at = continued.value();
            redirectTargets.erase(continued);
            records[at].hops.append(hop);
        } else {
            RequestRecord r;
            r.source = QStringLiteral("har:") + sourceName;
            r.method = request.value(u"method").toString().toUpper();
            r.path = hop.url.path(QUrl::FullyEncoded);
            if (hop.url.hasQuery())
                r.path += u'?' + hop.url.query(QUrl::FullyEncoded);
            r.requestBody = requestBody;
            r.siteId = siteId;
            r.workspace = OutsideText::inertLine(e.object.value(u"_workspace").toString());
            bool known = true;
            r.call = pipelinesHost ? pipelinesKindOf(hop.url.path(), r.requestBody, &known)
                                   : kindOf(r.method, hop.url.path(), r.requestBody, &known);
            r.authorization = bearer ? QStringLiteral("Bearer •••")
                : pipelinesHost      ? maskedPipelinesAuthorization()
                                     : maskedBasicAuthorization(siteId);
            r.startedAt = e.started.isValid() ? e.started.toUTC() : QDateTime::currentDateTimeUtc();
            r.routeRegion = regionOf(hop.url);
            r.hops.append(hop);
            records.append(r);
            knownKinds.append(known);
            at = records.size() - 1;
        }
        // A 3xx names the next hop: its redirectURL, else its Location.
        QString target = response.value(u"redirectURL").toString();
        if (target.isEmpty())
            target = Hop::headerValue(hop.responseHeaders, QStringLiteral("Location"));
        if (hop.status >= 300 && hop.status < 400 && !target.isEmpty())
            redirectTargets.insert(hop.url.resolved(QUrl(mask.apply(target))).toString(QUrl::FullyEncoded), at);
    }

    for (qsizetype i = 0; i < records.size(); ++i) {
        RequestRecord &r = records[i];
        const Hop &last = r.hops.constLast();
        const QString host = EndpointTable::hostLabel(last.url);
        r.status = last.status;
        r.responseBody = last.responseBody;
        for (const Hop &hop : std::as_const(r.hops))
            r.durationMs += hop.durationMs;
        if (last.status == 0) {
            r.outcome = RequestRecord::Outcome::NetworkError;
            r.error =
                last.error.isEmpty() ? Text::tr("no answer from %1 (status 0 in the HAR file)").arg(host) : last.error;
        } else {
            r.handledBy = host;
            r.handledByRegion = regionOf(last.url);
            if (last.status >= 200 && last.status < 300) {
                r.outcome = RequestRecord::Outcome::Success;
            } else {
                r.outcome = RequestRecord::Outcome::HttpError;
                const QString message = customerIoErrorMessage(r.responseBody);
                r.error = message.isEmpty() ? Text::tr("HTTP %1 from %2").arg(last.status).arg(host)
                                            : Text::tr("HTTP %1 from %2: %3").arg(last.status).arg(host, message);
            }
        }
        if (r.hops.size() > 1 && regionOf(r.hops.first().url) == Region::Us && r.handledByRegion == Region::Eu) {
            r.warnings << Text::tr("US transit: sent to the US host and redirected to the EU host, so the data passed "
                                   "through US servers. Send via the EU host.");
        }
        if (!knownKinds.at(i))
            r.warnings << Text::tr("Imported: the console does not know this path; filed as \"%1\" by its method.")
                              .arg(callName(r.call));
    }
    if (records.isEmpty()) {
        m_error = Text::tr("none of the %1 entries is a call to Customer.io").arg(array.size());
        return std::nullopt;
    }
    return records;
}

QStringList HarImport::summary(const QList<RequestRecord> &records)
{
    QHash<QString, int> perHost;
    int transit = 0;
    for (const RequestRecord &r : records) {
        const QString host = r.handledBy.isEmpty()
            ? Text::tr("no answer")
            : QStringLiteral("%1 · %2").arg(regionCode(r.handledByRegion).toUpper(), r.handledBy);
        ++perHost[host];
        if (r.hops.size() > 1 && r.routeRegion == Region::Us && r.handledByRegion == Region::Eu)
            ++transit;
    }
    QList<QPair<QString, int>> hosts;
    for (auto it = perHost.cbegin(); it != perHost.cend(); ++it)
        hosts.append({it.key(), it.value()});
    std::sort(hosts.begin(), hosts.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QStringList lines;
    for (const auto &[host, count] : hosts)
        lines << Text::tr("%1: %2 call(s)").arg(host).arg(count);
    if (transit > 0)
        lines << Text::tr("US transit (sent to the US host, answered by the EU host): %1 call(s)").arg(transit);
    return lines;
}
