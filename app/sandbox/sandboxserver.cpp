#include "sandboxserver.h"

#include "sandboxhttphost.h"
#include "sandboxrules.h"
#include "sandboxserver_p.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array allHosts = {SandboxServer::Host::TrackUs, SandboxServer::Host::TrackEu,
                                 SandboxServer::Host::ApiUs, SandboxServer::Host::ApiEu};

constexpr int indexOf(SandboxServer::Host host)
{
    return static_cast<int>(host);
}

bool isTrack(SandboxServer::Host host)
{
    return host == SandboxServer::Host::TrackUs || host == SandboxServer::Host::TrackEu;
}

QString regionOf(SandboxServer::Host host)
{
    return host == SandboxServer::Host::TrackUs || host == SandboxServer::Host::ApiUs ? u"us"_s
                                                                                      : u"eu"_s;
}

std::optional<SandboxServer::Host> hostFromName(const QString &name)
{
    for (const SandboxServer::Host host : allHosts) {
        if (SandboxServer::hostName(host) == name)
            return host;
    }
    return std::nullopt;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

SandboxReply jsonReply(int status, const QJsonObject &object)
{
    return SandboxReply{status, compact(object), {}};
}

// {"meta":{"error":"<message>"}}: the 400/401 shape observed on the Track API (cio-api.md §2, §3).
SandboxReply errorReply(int status, const QString &message)
{
    return jsonReply(status, QJsonObject{{u"meta"_s, QJsonObject{{u"error"_s, message}}}});
}

SandboxReply unauthorized()
{
    return errorReply(401, u"Unauthorized request"_s);
}

SandboxReply notFound()
{
    return errorReply(404, u"not found"_s);
}

SandboxReply ok()
{
    return jsonReply(200, QJsonObject{});
}

// Value of an Authorization header after the given scheme ("Basic", "Bearer"), compared without case.
std::optional<QByteArray> authorizationParameter(const QHttpServerRequest &request,
                                                 const QByteArray &scheme)
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const QByteArray prefix = scheme.toLower() + ' ';
    if (!header.toLower().startsWith(prefix))
        return std::nullopt;
    return header.mid(prefix.size()).trimmed();
}

struct BasicCredentials
{
    QString siteId;
    QString apiKey;
};

// Basic base64(site_id:api_key) (cio-api.md §1). The standard and the URL-safe alphabet are both
// accepted: go-customerio encodes with base64.URLEncoding (cio-api.md §7).
std::optional<BasicCredentials> basicCredentials(const QHttpServerRequest &request)
{
    const std::optional<QByteArray> encoded = authorizationParameter(request, QByteArrayLiteral("Basic"));
    if (!encoded)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(*encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        decoded = QByteArray::fromBase64Encoding(
            *encoded, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    }
    if (!decoded)
        return std::nullopt;
    const QByteArray pair = *decoded;
    const qsizetype colon = pair.indexOf(':');
    if (colon < 0)
        return std::nullopt;
    return BasicCredentials{QString::fromUtf8(pair.left(colon)), QString::fromUtf8(pair.mid(colon + 1))};
}

QString methodName(const QHttpServerRequest &request)
{
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    const char *key = methods.valueToKey(static_cast<int>(request.method()));
    return key ? QString::fromLatin1(key).toUpper() : u"UNKNOWN"_s;
}

// The request target as sent: path and query percent-encoded, path segments decoded exactly once.
struct Target
{
    QString encodedPath;
    QString encodedQuery;
    QStringList segments; // decoded, without the empty segment before the leading '/'
};

Target targetOf(const QHttpServerRequest &request)
{
    Target target;
    target.encodedPath = request.url().path(QUrl::FullyEncoded);
    target.encodedQuery = request.url().query(QUrl::FullyEncoded);
    const QStringList encodedSegments = target.encodedPath.split(u'/');
    for (qsizetype i = 1; i < encodedSegments.size(); ++i)
        target.segments.append(QUrl::fromPercentEncoding(encodedSegments.at(i).toUtf8()));
    return target;
}

// The segment after "customers" ({identifier} of Track /api/v1/customers/... and App /v1/customers/...).
QString identifierOf(const Target &target)
{
    const qsizetype customers = target.segments.indexOf(u"customers"_s);
    if (customers < 0 || customers + 1 >= target.segments.size())
        return {};
    return target.segments.at(customers + 1);
}

bool matches(const QStringList &segments, const QStringList &pattern)
{
    if (segments.size() != pattern.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        // "*" stands for one non-empty segment.
        if (pattern.at(i) == u"*"_s ? segments.at(i).isEmpty() : segments.at(i) != pattern.at(i))
            return false;
    }
    return true;
}

QJsonObject requestToJson(const SandboxRequest &request)
{
    return QJsonObject{
        {u"host"_s, request.host},
        {u"method"_s, request.method},
        {u"path"_s, request.path},
        {u"query"_s, request.query},
        {u"identifier"_s, request.identifier},
        {u"site_id"_s, request.siteId},
        {u"body"_s, QString::fromUtf8(request.body)},
        {u"status"_s, request.status},
        {u"received_at"_s, request.receivedAt.toString(Qt::ISODateWithMs)},
    };
}

struct WorkspaceMatch
{
    QString region;
    SandboxWorkspace workspace;
};

std::optional<WorkspaceMatch> findByTrackKey(const QList<SandboxAccount> &accounts,
                                             const BasicCredentials &credentials)
{
    for (const SandboxAccount &account : accounts) {
        for (const SandboxWorkspace &workspace : account.workspaces) {
            if (workspace.siteId == credentials.siteId && workspace.trackApiKey == credentials.apiKey)
                return WorkspaceMatch{account.region, workspace};
        }
    }
    return std::nullopt;
}

std::optional<WorkspaceMatch> findByAppKey(const QList<SandboxAccount> &accounts, const QString &key)
{
    for (const SandboxAccount &account : accounts) {
        for (const SandboxWorkspace &workspace : account.workspaces) {
            if (workspace.appApiKeys.contains(key))
                return WorkspaceMatch{account.region, workspace};
        }
    }
    return std::nullopt;
}

SandboxReply validatedObjectBody(const QByteArray &body, bool emptyAllowed,
                                 QString (*rule)(const QJsonObject &))
{
    QJsonObject object;
    QString error = SandboxRules::parseObjectBody(body, emptyAllowed, &object);
    if (error.isEmpty() && rule)
        error = rule(object);
    return error.isEmpty() ? ok() : errorReply(400, error);
}

// Track v1 operations of cio-api.md §3, for credentials already accepted in this host's region.
SandboxReply routeTrack(const QString &method, const Target &target, const QByteArray &body)
{
    const QStringList &s = target.segments;
    if (matches(s, {u"api"_s, u"v1"_s, u"events"_s}))
        return method == u"POST"_s ? validatedObjectBody(body, false, SandboxRules::eventError) : notFound();
    if (matches(s, {u"api"_s, u"v1"_s, u"merge_customers"_s}))
        return method == u"POST"_s ? validatedObjectBody(body, false, nullptr) : notFound();

    if (s.size() < 4 || !matches(s.mid(0, 4), {u"api"_s, u"v1"_s, u"customers"_s, u"*"_s}))
        return notFound();
    const QString identifierError = SandboxRules::identifierError(s.at(3));

    SandboxReply reply = notFound();
    if (s.size() == 4 && method == u"PUT"_s)
        reply = validatedObjectBody(body, true, SandboxRules::identifyError);
    else if (s.size() == 4 && method == u"DELETE"_s)
        reply = ok();
    else if (matches(s.mid(4), {u"events"_s}) && method == u"POST"_s)
        reply = validatedObjectBody(body, false, SandboxRules::eventError);
    else if (matches(s.mid(4), {u"devices"_s}) && method == u"PUT"_s)
        reply = validatedObjectBody(body, false, nullptr);
    else if (matches(s.mid(4), {u"devices"_s, u"*"_s}) && method == u"DELETE"_s)
        reply = ok();
    else if ((matches(s.mid(4), {u"suppress"_s}) || matches(s.mid(4), {u"unsuppress"_s}))
             && method == u"POST"_s)
        reply = ok();

    if (reply.status != 404 && !identifierError.isEmpty())
        return errorReply(400, identifierError);
    return reply;
}

} // namespace

SandboxServer::Private::Private(SandboxServer *server)
    : q(server)
{
}

SandboxDisposition SandboxServer::Private::dispatch(Host host, const QHttpServerRequest &request)
{
    const Target target = targetOf(request);
    const QString method = methodName(request);
    const QByteArray body = request.body();

    // Inspection and faults (header contract); never recorded, never subject to faults.
    if (!target.segments.isEmpty() && target.segments.first() == u"__sandbox"_s) {
        const QStringList &s = target.segments;
        SandboxReply reply = notFound();
        if (matches(s, {u"__sandbox"_s, u"requests"_s}) && method == u"GET"_s) {
            QJsonArray array;
            for (const SandboxRequest &received : std::as_const(requests))
                array.append(requestToJson(received));
            reply = SandboxReply{200, QJsonDocument(array).toJson(QJsonDocument::Compact), {}};
        } else if (matches(s, {u"__sandbox"_s, u"requests"_s}) && method == u"DELETE"_s) {
            requests.clear();
            reply = ok();
        } else if (matches(s, {u"__sandbox"_s, u"fault"_s}) && method == u"POST"_s) {
            QJsonObject object;
            QString error = SandboxRules::parseObjectBody(body, false, &object);
            const std::optional<Host> faultHost = hostFromName(object.value(u"host"_s).toString());
            const QString faultName = object.value(u"fault"_s).toString();
            const int delayMs = object.value(u"delay_ms"_s).toInt(0);
            static const QStringList faultNames = {u"none"_s, u"hang"_s, u"delay"_s};
            if (error.isEmpty() && !faultHost)
                error = u"host must be one of track-us, track-eu, api-us, api-eu"_s;
            if (error.isEmpty() && !faultNames.contains(faultName))
                error = u"fault must be one of none, hang, delay"_s;
            if (error.isEmpty() && delayMs < 0)
                error = u"delay_ms cannot be negative"_s;
            if (error.isEmpty()) {
                q->setFault(*faultHost, static_cast<Fault>(faultNames.indexOf(faultName)), delayMs);
                reply = ok();
            } else {
                reply = errorReply(400, error);
            }
        } else if (matches(s, {u"__sandbox"_s, u"redirect"_s}) && method == u"POST"_s) {
            QJsonObject object;
            QString error = SandboxRules::parseObjectBody(body, false, &object);
            const int status = object.value(u"status"_s).toInt();
            if (error.isEmpty() && status != 301 && status != 302 && status != 307 && status != 308)
                error = u"status must be one of 301, 302, 307, 308"_s;
            if (error.isEmpty()) {
                q->setRedirectStatus(status);
                reply = ok();
            } else {
                reply = errorReply(400, error);
            }
        }
        return SandboxDisposition{Fault::None, 0, reply};
    }

    SandboxRequest received;
    received.host = hostName(host);
    received.method = method;
    received.path = target.encodedPath;
    received.query = target.encodedQuery;
    received.identifier = identifierOf(target);
    received.body = body;
    received.receivedAt = QDateTime::currentDateTimeUtc();

    SandboxDisposition disposition;
    disposition.fault = faults[indexOf(host)].fault;
    disposition.delayMs = faults[indexOf(host)].delayMs;

    SandboxReply &reply = disposition.reply;
    if (isTrack(host)) {
        const std::optional<BasicCredentials> credentials = basicCredentials(request);
        if (credentials)
            received.siteId = credentials->siteId;
        const std::optional<WorkspaceMatch> match =
            credentials ? findByTrackKey(accounts, *credentials) : std::nullopt;
        const bool isRegionCall = matches(target.segments, {u"api"_s, u"v1"_s, u"accounts"_s, u"region"_s});
        if (!match) {
            reply = unauthorized();
        } else if (isRegionCall) {
            // Answered on either Track host, never redirected (cio-api.md §2).
            reply = method == u"GET"_s
                ? jsonReply(200, QJsonObject{
                      {u"url"_s, match->region == u"eu"_s ? u"https://track-eu.customer.io"_s
                                                          : u"https://track.customer.io"_s},
                      {u"region"_s, match->region},
                      {u"environment_id"_s, match->workspace.environmentId},
                  })
                : notFound();
        } else if (match->region != regionOf(host) && match->region == u"eu"_s) {
            // EU account on the US host: redirected to the same path and query on the EU host; the
            // only observed code and body are 301 {"errors":[{"detail":"wrong datacenter",...}]}
            // (cio-api.md §5).
            QUrl location = q->baseUrl(Host::TrackEu);
            location.setPath(target.encodedPath, QUrl::TolerantMode);
            if (!target.encodedQuery.isEmpty())
                location.setQuery(target.encodedQuery, QUrl::TolerantMode);
            reply = jsonReply(redirectStatus,
                              QJsonObject{{u"errors"_s,
                                           QJsonArray{QJsonObject{
                                               {u"detail"_s, u"wrong datacenter"_s},
                                               {u"status"_s, QString::number(redirectStatus)},
                                           }}}});
            reply.headers.append({QByteArrayLiteral("Location"), location.toEncoded()});
        } else if (match->region != regionOf(host)) {
            // US account on the EU host: "requests will fail" (cio-api.md §5); 401 assumed.
            reply = unauthorized();
        } else {
            reply = routeTrack(method, target, body);
        }
    } else {
        // App API: never redirected; a key of the other region fails with 401 (cio-api.md §5).
        const std::optional<QByteArray> key = authorizationParameter(request, QByteArrayLiteral("Bearer"));
        const std::optional<WorkspaceMatch> match =
            key ? findByAppKey(accounts, QString::fromUtf8(*key)) : std::nullopt;
        if (target.segments.size() < 2 || target.segments.first() != u"v1"_s)
            reply = notFound();
        else if (!match || match->region != regionOf(host))
            reply = unauthorized();
        else if (method == u"POST"_s && target.segments.size() >= 3 && target.segments.at(1) == u"send"_s)
            // Transactional send (cio-api.md §6).
            reply = jsonReply(200, QJsonObject{
                                       {u"delivery_id"_s, u"sandbox-delivery-%1"_s.arg(++deliveryCount)},
                                       {u"queued_at"_s, QDateTime::currentSecsSinceEpoch()},
                                   });
        else
            reply = ok();
    }

    received.status = disposition.fault == Fault::Hang ? 0 : reply.status;
    requests.append(received);
    if (requests.size() > maxRecordedRequests)
        requests.remove(0, requests.size() - maxRecordedRequests);
    Q_EMIT q->requestReceived(received);
    return disposition;
}

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
}

SandboxServer::~SandboxServer() = default;

QList<SandboxAccount> SandboxServer::demoAccounts()
{
    return {
        SandboxAccount{u"us"_s,
                       {SandboxWorkspace{u"Demo US"_s, u"demo-us-site"_s, u"demo-us-track-key"_s, 101,
                                         {u"demo-us-app-key"_s}}}},
        SandboxAccount{u"eu"_s,
                       {SandboxWorkspace{u"Demo EU"_s, u"demo-eu-site"_s, u"demo-eu-track-key"_s, 201,
                                         {u"demo-eu-app-key"_s}}}},
    };
}

void SandboxServer::setAccounts(const QList<SandboxAccount> &accounts)
{
    d->accounts = accounts;
}

QList<SandboxAccount> SandboxServer::accounts() const
{
    return d->accounts;
}

bool SandboxServer::start(const QList<quint16> &ports, QString *error)
{
    const auto fail = [this, error](const QString &message) {
        stop();
        if (error)
            *error = message;
        return false;
    };
    if (std::any_of(d->hosts.cbegin(), d->hosts.cend(), [](const auto &host) { return bool(host); })) {
        if (error)
            *error = u"the sandbox is already listening"_s;
        return false;
    }
    if (ports.size() != int(allHosts.size()))
        return fail(u"expected %1 ports, got %2"_s.arg(allHosts.size()).arg(ports.size()));

    for (const Host host : allHosts) {
        const quint16 port = ports.at(indexOf(host));
        auto httpHost = std::make_unique<SandboxHttpHost>(this, host);
        auto *tcpServer = new QTcpServer(httpHost.get());
        if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
            return fail(u"%1: cannot listen on 127.0.0.1:%2: %3"_s.arg(hostName(host))
                            .arg(port)
                            .arg(tcpServer->errorString()));
        }
        httpHost->bind(tcpServer);
        d->hosts[indexOf(host)] = std::move(httpHost);
    }
    return true;
}

bool SandboxServer::isListening() const
{
    return std::all_of(d->hosts.cbegin(), d->hosts.cend(), [](const auto &host) { return bool(host); });
}

void SandboxServer::stop()
{
    for (auto &host : d->hosts)
        host.reset();
}

quint16 SandboxServer::port(Host host) const
{
    const auto &httpHost = d->hosts[indexOf(host)];
    if (!httpHost)
        return 0;
    const QList<QTcpServer *> servers = httpHost->servers();
    return servers.isEmpty() ? 0 : servers.first()->serverPort();
}

QUrl SandboxServer::baseUrl(Host host) const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port(host));
    return url;
}

QByteArray SandboxServer::endpointsJson() const
{
    const auto base = [this](Host host) { return baseUrl(host).toString(); };
    return compact(QJsonObject{
        {u"us"_s, QJsonObject{{u"track"_s, base(Host::TrackUs)}, {u"api"_s, base(Host::ApiUs)}}},
        {u"eu"_s, QJsonObject{{u"track"_s, base(Host::TrackEu)}, {u"api"_s, base(Host::ApiEu)}}},
    });
}

void SandboxServer::setRedirectStatus(int status)
{
    if (status == 301 || status == 302 || status == 307 || status == 308)
        d->redirectStatus = status;
}

int SandboxServer::redirectStatus() const
{
    return d->redirectStatus;
}

void SandboxServer::setFault(Host host, Fault fault, int delayMs)
{
    d->faults[indexOf(host)] = Private::FaultSetting{fault, fault == Fault::Delay ? qMax(0, delayMs) : 0};
}

QList<SandboxRequest> SandboxServer::receivedRequests() const
{
    return d->requests;
}

void SandboxServer::clearReceivedRequests()
{
    d->requests.clear();
}

QString SandboxServer::hostName(Host host)
{
    switch (host) {
    case Host::TrackUs:
        return u"track-us"_s;
    case Host::TrackEu:
        return u"track-eu"_s;
    case Host::ApiUs:
        return u"api-us"_s;
    case Host::ApiEu:
        return u"api-eu"_s;
    }
    return {};
}

bool SandboxServer::accountsFromJson(const QByteArray &json, QList<SandboxAccount> *accounts, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("accounts file: invalid JSON at offset %1: %2")
                     .arg(QString::number(parseError.offset), parseError.errorString());
        return false;
    }
    const QJsonValue list = doc.object().value(QStringLiteral("accounts"));
    if (!list.isArray() || list.toArray().isEmpty()) {
        *error = QStringLiteral("accounts file: \"accounts\" must be a non-empty array");
        return false;
    }
    QList<SandboxAccount> result;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject a = array.at(i).toObject();
        const QString where = QStringLiteral("accounts[%1]").arg(i);
        SandboxAccount account;
        account.region = a.value(QStringLiteral("region")).toString();
        if (account.region != u"us" && account.region != u"eu") {
            *error = QStringLiteral("accounts file: %1.region must be \"us\" or \"eu\"").arg(where);
            return false;
        }
        const QJsonArray workspaces = a.value(QStringLiteral("workspaces")).toArray();
        for (qsizetype j = 0; j < workspaces.size(); ++j) {
            const QJsonObject w = workspaces.at(j).toObject();
            const QString field = QStringLiteral("%1.workspaces[%2]").arg(where, QString::number(j));
            SandboxWorkspace workspace;
            workspace.name = w.value(QStringLiteral("name")).toString();
            workspace.siteId = w.value(QStringLiteral("site_id")).toString();
            workspace.trackApiKey = w.value(QStringLiteral("track_api_key")).toString();
            workspace.environmentId = w.value(QStringLiteral("environment_id")).toInteger(-1);
            for (const QJsonValue &key : w.value(QStringLiteral("app_api_keys")).toArray())
                workspace.appApiKeys << key.toString();
            if (workspace.siteId.isEmpty() || workspace.trackApiKey.isEmpty() || workspace.environmentId < 0) {
                *error = QStringLiteral("accounts file: %1 needs site_id, track_api_key and a non-negative "
                                        "integer environment_id")
                             .arg(field);
                return false;
            }
            account.workspaces << workspace;
        }
        if (account.workspaces.isEmpty()) {
            *error = QStringLiteral("accounts file: %1.workspaces must not be empty").arg(where);
            return false;
        }
        result << account;
    }
    *accounts = result;
    return true;
}
