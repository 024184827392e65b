#include "sandboxserver.h"

#include "sandboxhttphost.h"
#include "sandboxserver_p.h"
#include "sandboxtls.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int indexOf(SandboxServer::Host host)
{
    return static_cast<int>(host);
}

bool isTrack(SandboxServer::Host host)
{
    return host == SandboxServer::Host::TrackUs || host == SandboxServer::Host::TrackEu;
}

bool isPipelines(SandboxServer::Host host)
{
    return host == SandboxServer::Host::PipelinesUs || host == SandboxServer::Host::PipelinesEu;
}

// The 429 text of each API's documented limit: Track 1000 requests per second, soft (the Track OpenAPI's
// Rate Limits, https://docs.customer.io/files/journeys-track.json), App API 10 per second (its 429 "Your
// request is over the 10-per-second limit.", https://docs.customer.io/integrations/api/app/), Pipelines
// 3000 requests per 3 seconds (the Pipelines OpenAPI's "Rate and payload limits",
// https://docs.customer.io/files/pipelines.json, whose 429 response reads "10-per-second" as the App
// API's does: docs/customerio-api.md, Rate limits).
QString rateLimitText(SandboxServer::Host host)
{
    if (isTrack(host))
        return u"Your request is over the 1000-per-second limit."_s;
    if (isPipelines(host))
        return u"Your request is over the limit of 3000 requests per 3 seconds."_s;
    return u"Your request is over the 10-per-second limit."_s;
}

const QByteArray &oversizedBody()
{
    // A valid JSON object of exactly SandboxFault::oversizedBodyBytes bytes.
    static const QByteArray body = [] {
        const QByteArray head = QByteArrayLiteral("{\"padding\":\"");
        const QByteArray tail = QByteArrayLiteral("\"}");
        return head + QByteArray(SandboxFault::oversizedBodyBytes - head.size() - tail.size(), 'x') + tail;
    }();
    return body;
}

// The body of a status fault: Customer.io documents no 5xx body; the sandbox sends its 4xx shape.
QString statusText(int status)
{
    switch (status) {
    case 500:
        return u"Internal Server Error"_s;
    case 502:
        return u"Bad Gateway"_s;
    default:
        return u"Service Unavailable"_s;
    }
}

} // namespace

SandboxServer::Private::Private(SandboxServer *server)
    : q(server)
{ }

SandboxReply SandboxServer::Private::answer(Host host, const SandboxCall &call, SandboxRequest *received)
{
    if (isTrack(host))
        return trackApi.answer(regionOf(host), call, q->baseUrl(Host::TrackEu), redirectStatus, &received->siteId);
    if (isPipelines(host))
        return pipelinesApi.answer(regionOf(host), hostName(host), call, &received->siteId);
    return appApi.answer(regionOf(host), call, q->baseUrl(Host::ApiEu), redirectStatus, &received->siteId);
}

SandboxDisposition SandboxServer::Private::dispatch(Host host, const QHttpServerRequest &request)
{
    const SandboxCall call = SandboxCall::fromRequest(request);
    if (!call.target.segments.isEmpty() && call.target.segments.first() == u"__sandbox"_s)
        return SandboxDisposition {SandboxFault {}, inspection.answer(call)};

    SandboxRequest received;
    received.host = hostName(host);
    received.method = call.method;
    received.path = call.target.encodedPath;
    received.query = call.target.encodedQuery;
    received.identifier = call.target.identifier();
    received.body = call.body;
    received.receivedAt = QDateTime::currentDateTimeUtc();

    SandboxDisposition disposition;
    disposition.fault = faults[indexOf(host)];
    received.fault = disposition.fault.toSpec();
    SandboxReply &reply = disposition.reply;
    switch (disposition.fault.kind) {
    case Fault::ServerError:
        reply = SandboxReply::error(disposition.fault.status, statusText(disposition.fault.status));
        break;
    case Fault::RateLimited:
        // No Retry-After is documented; customerio-node honours one when present (lib/request.ts).
        reply = SandboxReply::error(429, rateLimitText(host));
        reply.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(disposition.fault.retryAfterSeconds)});
        break;
    case Fault::RedirectOutside: {
        const QUrl &base = disposition.fault.location;
        const QUrl location = base.path().isEmpty() || base.path() == u"/"_s ? call.target.onHost(base) : base;
        reply = SandboxReply::redirect(307, location);
        break;
    }
    default:
        reply = answer(host, call, &received);
        if (disposition.fault.kind == Fault::MalformedJson)
            reply.body = reply.body.left(qMax<qsizetype>(1, reply.body.size() / 2));
        else if (disposition.fault.kind == Fault::Oversized)
            reply.body = oversizedBody();
        break;
    }

    const bool answered = disposition.fault.kind != Fault::Hang && disposition.fault.kind != Fault::Reset;
    received.status = answered ? reply.status : 0;
    requests.append(received);
    if (requests.size() > maxRecordedRequests)
        requests.remove(0, requests.size() - maxRecordedRequests);
    Q_EMIT q->requestReceived(received);
    return disposition;
}

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{ }

SandboxServer::~SandboxServer() = default;

QList<SandboxAccount> SandboxServer::demoAccounts()
{
    return SandboxAccounts::demo();
}

bool SandboxServer::accountsFromJson(const QByteArray &json, QList<SandboxAccount> *accounts, QString *error)
{
    return SandboxAccounts::fromJson(json, accounts, error);
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
    return start(ports, {}, error);
}

void SandboxServer::setHostNames(const QStringList &names)
{
    d->hostNames = names;
}

bool SandboxServer::start(const QList<quint16> &ports, const QList<QHostAddress> &addresses, QString *error)
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
    if (ports.size() != allHosts().size())
        return fail(u"expected %1 ports, got %2"_s.arg(allHosts().size()).arg(ports.size()));

    for (const Host host : allHosts()) {
        const quint16 port = ports.at(indexOf(host));
        auto httpHost = std::make_unique<SandboxHttpHost>(this, host);
        QTcpServer *tcpServer = SandboxTls::createListener(d->tls, httpHost.get());
        const QHostAddress address = addresses.value(indexOf(host), QHostAddress(QHostAddress::LocalHost));
        if (!tcpServer->listen(address, port)) {
            return fail(u"%1: cannot listen on %2:%3: %4"_s.arg(hostName(host), address.toString())
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
    url.setScheme(d->tls ? u"https"_s : u"http"_s);
    const QString name = d->hostNames.value(indexOf(host));
    url.setHost(name.isEmpty() ? u"127.0.0.1"_s : name);
    const quint16 listening = port(host);
    if (name.isEmpty() || listening != (d->tls ? 443 : 80))
        url.setPort(listening);
    return url;
}

QByteArray SandboxServer::endpointsJson(const QString &caFile) const
{
    const auto base = [this](Host host) { return baseUrl(host).toString(); };
    QJsonObject table {
        {u"us"_s,
         QJsonObject {{u"track"_s, base(Host::TrackUs)},
                      {u"api"_s, base(Host::ApiUs)},
                      {u"pipelines"_s, base(Host::PipelinesUs)}}},
        {u"eu"_s,
         QJsonObject {{u"track"_s, base(Host::TrackEu)},
                      {u"api"_s, base(Host::ApiEu)},
                      {u"pipelines"_s, base(Host::PipelinesEu)}}},
    };
    if (!caFile.isEmpty())
        table.insert(u"ca"_s, caFile);
    return QJsonDocument(table).toJson(QJsonDocument::Compact);
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

void SandboxServer::setAppWrongRegion(SandboxAppApi::WrongRegion wrongRegion)
{
    d->appApi.setWrongRegion(wrongRegion);
}

SandboxAppApi::WrongRegion SandboxServer::appWrongRegion() const
{
    return d->appApi.wrongRegion();
}

void SandboxServer::setPipelinesWrongRegion(SandboxPipelinesApi::WrongRegion wrongRegion)
{
    if (d->pipelinesApi.wrongRegion() == wrongRegion)
        return;
    d->pipelinesApi.setWrongRegion(wrongRegion);
    Q_EMIT pipelinesWrongRegionChanged();
}

SandboxPipelinesApi::WrongRegion SandboxServer::pipelinesWrongRegion() const
{
    return d->pipelinesApi.wrongRegion();
}

void SandboxServer::setFault(Host host, Fault fault, int delayMs)
{
    SandboxFault spec;
    SandboxFault::fromSpec(SandboxFault::kindName(fault), &spec, nullptr);
    if (fault == Fault::Delay)
        spec.delayMs = qMax(0, delayMs);
    setFault(host, spec);
}

void SandboxServer::setFault(Host host, const SandboxFault &fault)
{
    if (d->faults[indexOf(host)] == fault)
        return;
    d->faults[indexOf(host)] = fault;
    Q_EMIT faultChanged(host, fault);
}

SandboxFault SandboxServer::fault(Host host) const
{
    return d->faults[indexOf(host)];
}

const QList<SandboxServer::Host> &SandboxServer::allHosts()
{
    static const QList<Host> hosts = {Host::TrackUs, Host::TrackEu,     Host::ApiUs,
                                      Host::ApiEu,   Host::PipelinesUs, Host::PipelinesEu};
    return hosts;
}

QString SandboxServer::regionOf(Host host)
{
    return host == Host::TrackUs || host == Host::ApiUs || host == Host::PipelinesUs ? u"us"_s : u"eu"_s;
}

std::optional<SandboxServer::Host> SandboxServer::hostFromName(const QString &name)
{
    for (const Host host : allHosts()) {
        if (hostName(host) == name)
            return host;
    }
    return std::nullopt;
}

void SandboxServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    d->tls = configuration;
}

bool SandboxServer::isTls() const
{
    return d->tls.has_value();
}

bool SandboxServer::tlsConfigurationFromFiles(const QString &certFile, const QString &keyFile,
                                              QSslConfiguration *configuration, QString *error)
{
    return SandboxTls::configurationFromFiles(certFile, keyFile, configuration, error);
}

QJsonObject SandboxServer::workspaceState(const QString &siteId) const
{
    return d->state.workspaceJson(siteId);
}

QJsonObject SandboxServer::pipelinesState(const QString &siteId) const
{
    return d->state.pipelinesJson(siteId);
}

QJsonArray SandboxServer::pipelinesDroppedWithoutSource() const
{
    return d->state.droppedWithoutSource();
}

void SandboxServer::clearPipelinesState()
{
    d->state.clearPipelines();
}

void SandboxServer::clearState()
{
    d->state.clear();
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
    case Host::PipelinesUs:
        return u"pipelines-us"_s;
    case Host::PipelinesEu:
        return u"pipelines-eu"_s;
    }
    return {};
}
