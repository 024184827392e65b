#include "trackclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

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
    r.authorization = maskedBasicAuthorization(credentials.siteId);
    r.routeRegion = via == Region::Unknown ? Region::Us : via;
    r.accountRegion = options.accountRegion;
    r.startedAt = QDateTime::currentDateTimeUtc();
    call->total.start();
    ++m_pending;

    QUrl url = m_endpoints.trackUrl(r.routeRegion);
    // The path is already percent-encoded; TolerantMode keeps %2F as it is.
    url.setPath(r.path, QUrl::TolerantMode);
    Q_EMIT started(r);
    sendHop(call, url);
    return r.id;
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
    // Credentials go only to hosts of the endpoint table (the allow-list).
    if (m_endpoints.isAllowed(url)) {
        const QByteArray pair = call->credentials.siteId.toUtf8() + ':' + call->credentials.trackApiKey.toUtf8();
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + pair.toBase64());
        hop.credentialsSent = true;
    }
    call->record.hops.append(hop);

    QNetworkReply *reply = m_network->sendCustomRequest(request, call->record.method.toLatin1(), call->body);
    auto *watchdog = new QTimer(reply);
    watchdog->setSingleShot(true);
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    connect(watchdog, &QTimer::timeout, reply, [reply] {
        reply->setProperty("cio_timed_out", true);
        reply->abort();
    });
    watchdog->start(m_timeoutMs);
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
    const bool timedOut = reply->property("cio_timed_out").toBool()
        || reply->error() == QNetworkReply::TimeoutError
        || (status == 0 && reply->error() == QNetworkReply::OperationCanceledError);
    hop.status = status;
    const QString host = EndpointTable::hostLabel(hop.url);

    // Decide on the status first: Qt can report a stray error code on a complete answer.
    if (status == 0 || timedOut) {
        r.status = 0;
        if (timedOut) {
            r.outcome = RequestRecord::Outcome::TimedOut;
            r.error = tr("timed out after %1 s waiting for %2").arg(m_timeoutMs / 1000.0).arg(host);
        } else {
            r.outcome = RequestRecord::Outcome::NetworkError;
            r.error = tr("network error from %1: %2").arg(host, reply->errorString());
        }
        hop.error = r.error;
        finish(call);
        return;
    }

    if (isRedirect(status)) {
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
        const QUrl target = hop.url.resolved(location);
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
        if (r.hops.size() >= m_maxHops) {
            r.status = status;
            r.outcome = RequestRecord::Outcome::TooManyRedirects;
            r.error = tr("too many redirects: stopped after %1 requests").arg(r.hops.size());
            finish(call);
            return;
        }
        sendHop(call, target);
        return;
    }

    r.status = status;
    r.responseBody = reply->read(MaxStoredBody);
    r.handledBy = host;
    r.handledByRegion = m_endpoints.regionOf(hop.url);
    if (status >= 200 && status < 300) {
        r.outcome = RequestRecord::Outcome::Success;
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
