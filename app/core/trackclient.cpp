#include "trackclient.h"

#include "httpanswer.h"
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

namespace {
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
    bool pipelines = false; // a Pipelines call: Basic "key:" to Pipelines hosts only, redirects not followed
    QString pipelinesApiKey;
    bool strictMode = true;
    QByteArray body;
    QElapsedTimer total;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback done;
};

TrackClient::TrackClient(const EndpointTable &endpoints, QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
{
    setParallelRequests(ConnectionsPerHost);
}

void TrackClient::setParallelRequests(int requests)
{
    const qsizetype wanted = qMax(1, (requests + ConnectionsPerHost - 1) / ConnectionsPerHost);
    while (m_networks.size() < wanted) {
        auto *network = new QNetworkAccessManager(this);
        network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_networks.append({network, 0});
    }
}

QNetworkAccessManager *TrackClient::leastBusyManager()
{
    Manager *chosen = &m_networks.first();
    for (Manager &m : m_networks) {
        if (m.inFlight < chosen->inFlight)
            chosen = &m;
    }
    ++chosen->inFlight;
    return chosen->network;
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
    r.authorization = trackCall.isAppApi() ? QStringLiteral("Bearer •••")
        : trackCall.isPipelines()          ? maskedPipelinesAuthorization()
                                           : maskedBasicAuthorization(credentials.siteId);
    r.routeRegion = via == Region::Unknown ? Region::Us : via;
    r.accountRegion = options.accountRegion;
    r.replayOf = options.replayOf;
    r.startedAt = QDateTime::currentDateTimeUtc();
    call->total.start();
    ++m_pending;

    call->appApi = trackCall.isAppApi();
    call->appApiKey = options.appApiKey;
    call->pipelines = trackCall.isPipelines();
    call->pipelinesApiKey = options.pipelinesApiKey;
    call->strictMode = options.strictMode;
    QUrl url = call->appApi ? m_endpoints.appUrl(r.routeRegion)
        : call->pipelines   ? m_endpoints.pipelinesUrl(r.routeRegion)
                            : m_endpoints.trackUrl(r.routeRegion);
    if (url.isEmpty()) {
        r.outcome = RequestRecord::Outcome::NetworkError;
        r.error = tr("nothing was sent: the endpoint table has no Pipelines API hosts (the endpoint file has no "
                     "\"pipelines\")");
        Q_EMIT started(r);
        QMetaObject::invokeMethod(
            this, [this, call] { finish(call); }, Qt::QueuedConnection);
        return r.id;
    }
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
    // Answers are read as sent, never decompressed (as the official clients, which ask for no encoding): a
    // compressed answer cannot then be cut short unnoticed or expand without bound, and Qt does not decode
    // what it was not asked to.
    request.setRawHeader(QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity"));
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
    // only to its App API hosts, a Pipelines key only to its Pipelines hosts.
    if (call->pipelines) {
        if (m_endpoints.isPipelinesHost(url) && !call->pipelinesApiKey.isEmpty()) {
            const QByteArray pair = call->pipelinesApiKey.toUtf8() + ':';
            request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + pair.toBase64());
            hop.credentialsSent = true;
        }
        if (call->strictMode)
            request.setRawHeader(QByteArrayLiteral("X-Strict-Mode"), QByteArrayLiteral("1"));
    } else if (call->appApi) {
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

    QNetworkAccessManager *network = leastBusyManager();
    QNetworkReply *reply = network->sendCustomRequest(request, call->record.method.toLatin1(), call->body);
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
    // A body in an encoding the console did not ask for is never read: it is stopped at its headers.
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply] {
        const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
        if (!encoding.isEmpty() && encoding != "identity" && !reply->property("cio_encoding").isValid()) {
            reply->setProperty("cio_encoding", QString::fromLatin1(encoding));
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        reply->setProperty("cio_tls_errors", describeTlsErrors(errors));
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
    connect(reply, &QNetworkReply::finished, this, [this, call, reply, elapsed, network] {
        for (Manager &m : m_networks) {
            if (m.network == network)
                --m.inFlight;
        }
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
    const auto fail = [&](RequestRecord::Outcome outcome, const QString &error) {
        r.status = status;
        r.outcome = outcome;
        r.error = error;
        hop.error = error;
        finish(call);
    };
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
        fail(RequestRecord::Outcome::NetworkError,
             tr("the answer from %1 is larger than %2 KiB; the console stopped reading it")
                 .arg(host, QString::number(MaxStoredBody / 1024)));
        return;
    }
    if (timedOut) {
        r.status = 0;
        fail(RequestRecord::Outcome::TimedOut,
             status == 0 ? tr("timed out after %1 s waiting for %2").arg(m_timeoutMs / 1000.0).arg(host)
                         : tr("timed out after %1 s: %2 answered HTTP %3 but did not send the whole answer")
                               .arg(m_timeoutMs / 1000.0)
                               .arg(host)
                               .arg(status));
        return;
    }
    if (reply->property("cio_encoding").isValid()) {
        fail(
            RequestRecord::Outcome::NetworkError,
            tr("network error from %1: broken answer, HTTP %2 compressed as \"%3\", which the console did not ask for; "
               "the answer was not read")
                .arg(host, QString::number(status), reply->property("cio_encoding").toString()));
        return;
    }
    if (status == 0) {
        const QString tlsErrors = reply->property("cio_tls_errors").toString();
        if (reply->error() == QNetworkReply::SslHandshakeFailedError || !tlsErrors.isEmpty()) {
            fail(RequestRecord::Outcome::NetworkError,
                 tr("network error from %1: TLS handshake failed, certificate not trusted: %2; nothing was sent")
                     .arg(host, tlsErrors.isEmpty() ? reply->errorString() : tlsErrors));
        } else {
            fail(RequestRecord::Outcome::NetworkError, tr("network error from %1: %2").arg(host, reply->errorString()));
        }
        return;
    }
    // Qt reports an error status of 400 and above as an error of its own; any other error once the status
    // line has arrived means the answer broke off (connection closed before the announced length or the
    // last chunk).
    if (answerBrokeOff(status, reply->error())) {
        // An aborted reply is closed: nothing more can be read from it.
        const QByteArray partial = reply->isOpen() ? reply->read(MaxStoredBody) : QByteArray();
        r.responseBody = partial;
        r.handledBy = host;
        r.handledByRegion = m_endpoints.regionOf(hop.url);
        fail(RequestRecord::Outcome::NetworkError,
             tr("network error from %1: broken answer, HTTP %2, then %3 after %n byte(s) of the body", nullptr,
                int(partial.size()))
                 .arg(host, QString::number(status), reply->errorString()));
        return;
    }

    if (isRedirect(status) && !call->appApi && !call->pipelines) {
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (location.isEmpty()) {
            r.responseBody = reply->read(MaxStoredBody);
            r.handledBy = host;
            r.handledByRegion = m_endpoints.regionOf(hop.url);
            r.status = status;
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
        fail(
            RequestRecord::Outcome::NetworkError,
            tr("network error from %1: broken answer, the connection closed after %2 of %3 bytes of the answer (HTTP "
               "%4)")
                .arg(host, QString::number(r.responseBody.size()), QString::number(declared), QString::number(status)));
        return;
    }
    if (status == 429)
        r.retryAfterSeconds = retryAfterSeconds(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    if (status >= 200 && status < 300) {
        // A 207 from Track v2 names the operations that failed in its body (docs/customerio-api.md, Track API
        // v2): without a readable body nobody can tell which ones did.
        if (status == 207 && trackV2ItemErrors(r.responseBody).isEmpty()) {
            fail(RequestRecord::Outcome::NetworkError,
                 tr("network error from %1: broken answer, HTTP 207 (some operations failed) without a readable list "
                    "of them")
                     .arg(host));
            return;
        }
        r.outcome = RequestRecord::Outcome::Success;
        if (call->pipelines && !call->strictMode)
            r.warnings << tr("not in strict mode: Customer.io answers 200 even when it drops the call");
        // Customer.io answers a Pipelines call with a JSON object ({}; docs/customerio-api.md, Pipelines API):
        // anything else came from something between, which may not have passed the call on.
        if (call->pipelines && !QJsonDocument::fromJson(r.responseBody).isObject())
            r.warnings << tr("the answer is not the JSON object Customer.io sends (%1 bytes): a proxy or a captive "
                             "portal may have answered, and the call may not have reached Customer.io")
                              .arg(r.responseBody.size());
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
    // The last hop's answer is the call's answer (scrubbed with the rest in scrubOutsideText()).
    if (!r.hops.isEmpty() && r.hops.last().responseBody.isEmpty())
        r.hops.last().responseBody = r.responseBody;
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
    // The one place where outside text enters the record (requestrecord.h).
    scrubOutsideText(&r,
                     SecretMask::forCall(call->credentials.siteId, call->credentials.trackApiKey, call->appApiKey,
                                         call->pipelinesApiKey));
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
