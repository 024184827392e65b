#include "trackclient.h"

#include "outsidetext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace {
// Retry-After is delay-seconds or an HTTP-date (RFC 9110 §10.2.3); -1 when absent or unreadable.
int retryAfterSeconds(const QByteArray &value)
{
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qint64>(seconds, 24 * 60 * 60));
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().secsTo(at), 0, 24 * 60 * 60));
}

// The spellings of a secret a server may echo back: raw, JSON-escaped (Qt's escaping, plus "\/" and
// \uXXXX for every non-ASCII character, as other JSON writers do) and percent-encoded (both cases).
QList<QByteArray> secretForms(const QByteArray &secret)
{
    QList<QByteArray> forms {secret};
    const QByteArray quoted = QJsonDocument(QJsonArray {QString::fromUtf8(secret)}).toJson(QJsonDocument::Compact);
    const QByteArray escaped = quoted.mid(2, quoted.size() - 4); // inside ["…"]
    forms << escaped << QByteArray(escaped).replace("/", "\\/");
    QByteArray unicode;
    for (const QChar c : QString::fromUtf8(escaped)) {
        if (c.unicode() < 0x80)
            unicode += char(c.unicode());
        else
            unicode += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
    }
    forms << unicode << QByteArray(unicode).replace("/", "\\/");
    const QByteArray percent = QUrl::toPercentEncoding(QString::fromUtf8(secret));
    QByteArray lowerHex = percent;
    for (qsizetype i = 0; i + 2 < lowerHex.size(); ++i) {
        if (lowerHex.at(i) == '%') {
            lowerHex[i + 1] = char(QChar::toLower(char16_t(lowerHex.at(i + 1))));
            lowerHex[i + 2] = char(QChar::toLower(char16_t(lowerHex.at(i + 2))));
        }
    }
    forms << percent << lowerHex << QUrl::toPercentEncoding(QString::fromUtf8(secret), "/");
    forms.removeAll(QByteArray());
    // Longest first, so that a form is never cut by a shorter one it contains.
    std::sort(forms.begin(), forms.end(), [](const QByteArray &a, const QByteArray &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    return forms;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

constexpr qsizetype MaxStoredBody = 1024 * 1024;
} // namespace

struct TrackClient::Call
{
    RequestRecord record;
    TrackCredentials credentials;
    TrackCall trackCall; // only Batch and Entity calls keep it, to name failed operations
    bool appApi = false; // an App API call: Bearer to App API hosts only, redirects not followed
    QString appApiKey;
    QByteArray body;
    QElapsedTimer total;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback done;
};

TrackClient::TrackClient(const EndpointTable &endpoints, QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

TrackClient::~TrackClient() = default;

qint64 TrackClient::send(const TrackCall &trackCall, const TrackCredentials &credentials, Region via,
                         const Options &options, QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->credentials = credentials;
    call->body = trackCall.body();
    if (trackCall.isTrackV2())
        call->trackCall = trackCall;
    call->context = context;
    call->hasContext = context != nullptr;
    call->done = std::move(done);
    RequestRecord &r = call->record;
    r.id = m_nextId++;
    r.workspace = options.workspace;
    r.siteId = credentials.siteId;
    r.call = trackCall.kind;
    r.method = QString::fromLatin1(trackCall.method());
    r.path = trackCall.encodedPath();
    r.requestBody = call->body;
    r.authorization =
        trackCall.isAppApi() ? QStringLiteral("Bearer •••") : maskedBasicAuthorization(credentials.siteId);
    r.routeRegion = via == Region::Unknown ? Region::Us : via;
    r.accountRegion = options.accountRegion;
    r.replayOf = options.replayOf;
    r.startedAt = QDateTime::currentDateTimeUtc();
    call->total.start();
    ++m_pending;

    call->appApi = trackCall.isAppApi();
    call->appApiKey = options.appApiKey;
    QUrl url = call->appApi ? m_endpoints.appUrl(r.routeRegion) : m_endpoints.trackUrl(r.routeRegion);
    // The path is already percent-encoded; TolerantMode keeps %2F as it is.
    url.setPath(r.path, QUrl::TolerantMode);
    sendHop(call, url);
    Q_EMIT started(r);
    return r.id;
}

bool TrackClient::cancel(qint64 id)
{
    QNetworkReply *reply = m_replies.value(id);
    if (!reply || reply->isFinished())
        return false;
    reply->setProperty("cio_cancelled", true);
    reply->abort();
    return true;
}

void TrackClient::sendHop(const std::shared_ptr<Call> &call, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("RegionConsole/%1").arg(QStringLiteral(CIO_VERSION)));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!call->body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    Hop hop;
    hop.url = url;
    // The endpoint file's CA is trusted for the table's hosts only; TLS errors are never ignored.
    if (m_endpoints.isAllowed(url) && !m_endpoints.caCertificates().isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_endpoints.caCertificates());
        request.setSslConfiguration(tls);
    }
    // Track credentials go only to the Track hosts of the endpoint table (the allow-list), an App API key
    // only to its App API hosts.
    if (call->appApi) {
        if (m_endpoints.isAppHost(url) && !call->appApiKey.isEmpty()) {
            request.setRawHeader(QByteArrayLiteral("Authorization"),
                                 QByteArrayLiteral("Bearer ") + call->appApiKey.toUtf8());
            hop.credentialsSent = true;
        }
    } else if (m_endpoints.isTrackHost(url)) {
        const QByteArray pair = call->credentials.siteId.toUtf8() + ':' + call->credentials.trackApiKey.toUtf8();
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + pair.toBase64());
        hop.credentialsSent = true;
    }
    for (const QByteArray &name : request.rawHeaderList()) {
        const bool auth = name.compare("authorization", Qt::CaseInsensitive) == 0;
        hop.requestHeaders.append({QString::fromLatin1(name),
                                   auth ? call->record.authorization : QString::fromLatin1(request.rawHeader(name))});
    }
    call->record.hops.append(hop);

    QNetworkReply *reply = m_network->sendCustomRequest(request, call->record.method.toLatin1(), call->body);
    m_replies.insert(call->record.id, reply);
    auto *watchdog = new QTimer(reply);
    watchdog->setSingleShot(true);
    watchdog->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    connect(watchdog, &QTimer::timeout, reply, [reply] {
        reply->setProperty("cio_timed_out", true);
        reply->abort();
    });
    watchdog->start(m_timeoutMs);
    // An answer larger than MaxStoredBody is not read to the end: a server sending without end would
    // otherwise fill memory.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxStoredBody && !reply->property("cio_too_large").toBool()) {
            reply->setProperty("cio_too_large", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        reply->setProperty("cio_tls_errors", texts.join(QStringLiteral("; ")));
    });
    // Timing as far as Qt reports it: socketStartedConnecting only when a new connection is opened,
    // requestSent once the request is written, metaDataChanged when the answer's headers arrived.
    connect(reply, &QNetworkReply::socketStartedConnecting, this,
            [reply] { reply->setProperty("cio_new_connection", true); });
    connect(reply, &QNetworkReply::requestSent, this, [call, reply, elapsed] {
        if (reply->property("cio_new_connection").toBool() && call->record.hops.last().connectMs < 0)
            call->record.hops.last().connectMs = elapsed->elapsed();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [call, elapsed] {
        if (call->record.hops.last().firstByteMs < 0)
            call->record.hops.last().firstByteMs = elapsed->elapsed();
    });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply, elapsed] {
        call->record.hops.last().durationMs = elapsed->elapsed();
        onHopFinished(call, reply);
    });
}

void TrackClient::onHopFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    RequestRecord &r = call->record;
    Hop &hop = r.hops.last();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool timedOut = reply->property("cio_timed_out").toBool() || reply->error() == QNetworkReply::TimeoutError
        || (status == 0 && reply->error() == QNetworkReply::OperationCanceledError);
    hop.status = status;
    const QString host = EndpointTable::hostLabel(hop.url);
    for (const auto &field : reply->rawHeaderPairs())
        hop.responseHeaders.append({QString::fromLatin1(field.first), QString::fromUtf8(field.second)});

    if (reply->property("cio_cancelled").toBool()) {
        r.status = 0;
        r.outcome = RequestRecord::Outcome::Cancelled;
        r.error = tr("cancelled by you");
        hop.error = r.error;
        finish(call);
        return;
    }
    if (reply->property("cio_too_large").toBool()) {
        r.status = status;
        r.outcome = RequestRecord::Outcome::NetworkError;
        r.error = tr("the answer from %1 is larger than %2 KiB; the console stopped reading it")
                      .arg(host, QString::number(MaxStoredBody / 1024));
        hop.error = r.error;
        finish(call);
        return;
    }
    // Decide on the status first: Qt can report a stray error code on a complete answer.
    if (status == 0 || timedOut) {
        r.status = 0;
        if (timedOut) {
            r.outcome = RequestRecord::Outcome::TimedOut;
            r.error = tr("timed out after %1 s waiting for %2").arg(m_timeoutMs / 1000.0).arg(host);
        } else if (reply->error() == QNetworkReply::SslHandshakeFailedError
                   || !reply->property("cio_tls_errors").toString().isEmpty()) {
            const QString tlsErrors = reply->property("cio_tls_errors").toString();
            r.outcome = RequestRecord::Outcome::NetworkError;
            r.error = tr("network error from %1: TLS handshake failed, certificate not trusted: %2; nothing was sent")
                          .arg(host, tlsErrors.isEmpty() ? reply->errorString() : tlsErrors);
        } else {
            r.outcome = RequestRecord::Outcome::NetworkError;
            r.error = tr("network error from %1: %2").arg(host, reply->errorString());
        }
        hop.error = r.error;
        finish(call);
        return;
    }

    if (isRedirect(status) && !call->appApi) {
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (location.isEmpty()) {
            r.status = status;
            r.responseBody = reply->read(MaxStoredBody);
            r.handledBy = host;
            r.handledByRegion = m_endpoints.regionOf(hop.url);
            r.outcome = RequestRecord::Outcome::HttpError;
            r.error = tr("HTTP %1 from %2 without a Location header").arg(status).arg(host);
            finish(call);
            return;
        }
        // Credentials in a Location are never used or kept.
        const QUrl target = hop.url.resolved(location).adjusted(QUrl::RemoveUserInfo);
        if (!m_endpoints.isAllowed(target)) {
            r.status = status;
            r.outcome = RequestRecord::Outcome::RedirectRefused;
            r.error = tr("redirect refused: %1 answered %2 to %3, which is not a host in the endpoint table; "
                         "credentials and data were not sent there")
                          .arg(host)
                          .arg(status)
                          .arg(target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
            finish(call);
            return;
        }
        hop.responseBody = reply->read(MaxStoredBody);
        if (r.hops.size() >= m_maxHops) {
            r.status = status;
            r.outcome = RequestRecord::Outcome::TooManyRedirects;
            r.error = tr("too many redirects: stopped after %1 requests").arg(r.hops.size());
            finish(call);
            return;
        }
        sendHop(call, target);
        Q_EMIT progressed(r);
        return;
    }

    r.status = status;
    r.responseBody = reply->read(MaxStoredBody);
    r.handledBy = host;
    r.handledByRegion = m_endpoints.regionOf(hop.url);
    bool lengthOk = false;
    const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&lengthOk);
    if (lengthOk && declared > r.responseBody.size()) {
        r.outcome = RequestRecord::Outcome::NetworkError;
        r.error =
            tr("network error from %1: the connection closed after %2 of %3 bytes of the answer (HTTP %4)")
                .arg(host, QString::number(r.responseBody.size()), QString::number(declared), QString::number(status));
        finish(call);
        return;
    }
    if (status == 429)
        r.retryAfterSeconds = retryAfterSeconds(reply->rawHeader("Retry-After"));
    if (status >= 200 && status < 300) {
        r.outcome = RequestRecord::Outcome::Success;
        // A 207 from Track v2 /batch names the operations that failed (docs/customerio-api.md, Track API v2).
        const QList<TrackV2ItemError> itemErrors =
            call->trackCall.isTrackV2() ? trackV2ItemErrors(r.responseBody) : QList<TrackV2ItemError>();
        if (!itemErrors.isEmpty()) {
            r.warnings << tr("%n operation(s) of this call failed:", nullptr, int(itemErrors.size()));
            r.warnings << describeTrackV2ItemErrors(call->trackCall, itemErrors);
        }
    } else {
        r.outcome = RequestRecord::Outcome::HttpError;
        const QString message = customerIoErrorMessage(r.responseBody);
        r.error = message.isEmpty() ? tr("HTTP %1 from %2").arg(status).arg(host)
                                    : tr("HTTP %1 from %2: %3").arg(status).arg(host, message);
    }
    finish(call);
}

void TrackClient::finish(const std::shared_ptr<Call> &call)
{
    RequestRecord &r = call->record;
    m_replies.remove(r.id);

    // Whatever a server sends back is shown to people: never the key (a server may echo the
    // Authorization header) and no terminal control sequences.
    const QByteArray key = call->credentials.trackApiKey.toUtf8();
    const QByteArray basic = (call->credentials.siteId.toUtf8() + ':' + key).toBase64();
    const QByteArray appKey = call->appApiKey.toUtf8();
    for (const QByteArray &secret : {basic, key, appKey}) {
        if (secret.isEmpty())
            continue;
        // As sent, and as a server may echo it: JSON-escaped ("a\/b", "\u00fc") or percent-encoded.
        for (const QByteArray &form : secretForms(secret))
            r.responseBody.replace(form, QByteArrayLiteral("•••"));
        r.error.replace(QString::fromUtf8(secret), QStringLiteral("•••"));
    }
    for (QChar &c : r.error) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    // Each hop's answer is outside text too: its secrets masked in every spelling, header values inert.
    const SecretMask mask =
        SecretMask::forCall(call->credentials.siteId, call->credentials.trackApiKey, call->appApiKey);
    r.responseBody = mask.apply(r.responseBody);
    if (!r.hops.isEmpty() && r.hops.last().responseBody.isEmpty())
        r.hops.last().responseBody = r.responseBody;
    for (Hop &hop : r.hops) {
        hop.responseBody = mask.apply(hop.responseBody);
        for (auto &field : hop.responseHeaders)
            field.second = OutsideText::inertLine(mask.apply(field.second));
        hop.error = mask.apply(hop.error);
    }
    r.durationMs = call->total.elapsed();
    const Region firstRegion = r.hops.isEmpty() ? Region::Unknown : m_endpoints.regionOf(r.hops.first().url);
    if (r.hops.size() > 1 && firstRegion == Region::Us && r.handledByRegion == Region::Eu) {
        r.warnings << tr("US transit: sent to the US host and redirected to the EU host, so the data passed "
                         "through US servers. Send via the EU host.");
    }
    if (r.status == 401 && r.accountRegion != Region::Unknown && r.handledByRegion != Region::Unknown
        && r.accountRegion != r.handledByRegion) {
        r.warnings << tr("Wrong region: this account is in the %1 region, but the call was answered by the %2 "
                         "host, which rejects it with 401.")
                          .arg(regionCode(r.accountRegion).toUpper(), regionCode(r.handledByRegion).toUpper());
    }
    // A US account's Track call on the EU host is rejected, not redirected (docs/customerio-api.md,
    // Wrong-region behaviour; the status is not documented).
    if (r.status == 401 && r.accountRegion == Region::Unknown && r.handledByRegion == Region::Eu) {
        r.warnings << tr("Possibly the wrong region: the EU host answered 401. Customer.io rejects a US account's "
                         "calls on the EU host instead of redirecting them; check the account's region.");
    }
    --m_pending;
    Q_EMIT finished(r);
    if (call->done && (!call->hasContext || call->context))
        call->done(r);
}

QString customerIoErrorMessage(const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonObject meta = root.value(QStringLiteral("meta")).toObject();
    if (meta.value(QStringLiteral("error")).isString())
        return meta.value(QStringLiteral("error")).toString();
    QStringList messages;
    for (const QJsonValue &v : meta.value(QStringLiteral("errors")).toArray()) {
        if (v.isString())
            messages << v.toString();
    }
    for (const QJsonValue &v : root.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString text = e.value(QStringLiteral("message")).toString();
        messages << (text.isEmpty() ? e.value(QStringLiteral("detail")).toString() : text);
    }
    messages.removeAll(QString());
    return messages.join(QStringLiteral("; "));
}
