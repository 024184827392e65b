#pragma once

#include "sandboxaccounts.h"
#include "sandboxappapi.h"
#include "sandboxfault.h"
#include "sandboxpipelinesapi.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class SandboxHttpHost;

// What one sandbox host received, as the inspection endpoint reports it.
struct SandboxRequest
{
    QString host; // "track-us", "track-eu", "api-us", "api-eu", "pipelines-us", "pipelines-eu"
    QString method; // "GET", "PUT", ...
    QString path; // as sent on the wire (percent-encoded)
    QString query; // as sent on the wire (percent-encoded, without '?'); empty if none
    QString identifier; // the {identifier} path segment, decoded exactly once; empty if none
    QString siteId; // Track: from the Basic credentials; App API, Pipelines: the key's workspace; empty if none
    QByteArray body; // raw request body
    int status = 0; // status the sandbox answered with (0 = no complete answer: hang or reset fault)
    QString fault; // the host's fault when the request arrived, as a spec ("none", "status:503")
    QDateTime receivedAt; // UTC
};

// The offline Customer.io stand-in: Track US, Track EU, App API US, App API EU, Pipelines US and Pipelines
// EU hosts, each an HTTP (or, with setTlsConfiguration(), HTTPS) listener on 127.0.0.1 (the production
// hosts: https://docs.customer.io/accounts-and-workspaces/data-centers/, and https://cdp.customer.io,
// https://cdp-eu.customer.io of https://docs.customer.io/integrations/api/cdp/). docs/sandbox.md has the
// full table (call, condition, status, body); each part documents its sources:
// - SandboxTrackApi: Basic credentials, GET /api/v1/accounts/region, the wrong-region redirect and 401,
//   the v1 and v2 calls and their limits (SandboxRules); people, events, devices are stored per
//   workspace (SandboxState);
// - SandboxAppApi: Bearer keys, transactional POST /v1/send/..., the wrong-region 401 and redirect;
// - SandboxPipelinesApi: a source's key as Basic user name, POST /v1/identify ... /v1/batch, their limits
//   (SandboxPipelinesRules), strict mode, the assumed wrong-region answer; accepted and dropped calls are
//   stored per workspace (SandboxState);
// - SandboxInspection: GET/DELETE /__sandbox/requests, /__sandbox/people and /__sandbox/pipelines,
//   GET/POST /__sandbox/fault, POST /__sandbox/redirect and the wrong-region switches on every host (no credentials,
//   never recorded, never subject to faults);
// - SandboxFault: what a host's fault does to an answer; SandboxAccounts: the demo set and the accounts
//   file; SandboxTls: the HTTPS configuration.
// Errors are JSON: 401 {"meta":{"error":"Unauthorized request"}}, 404 {"meta":{"error":"not found"}}.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    enum class Host { TrackUs, TrackEu, ApiUs, ApiEu, PipelinesUs, PipelinesEu };
    Q_ENUM(Host)
    // Every host, in Host order.
    static const QList<Host> &allHosts();
    static QString regionOf(Host host); // "us" or "eu"

    // Kept for callers of setFault(host, fault, delayMs); SandboxFault carries every parameter.
    using Fault = SandboxFault::Kind;

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // SandboxAccounts::demo(): one US account and one EU account, one workspace each. The default.
    static QList<SandboxAccount> demoAccounts();

    // SandboxAccounts::fromJson(): parses an accounts file
    //   {"accounts":[{"region":"us"|"eu","workspaces":[{"name":..,"site_id":..,"track_api_key":..,
    //                 "environment_id":<int>,"app_api_keys":[..],"pipelines_sources":[{"name","api_key"}]}]}]}
    // Extra fields are ignored. On error returns false and sets *error naming the field.
    static bool accountsFromJson(const QByteArray &json, QList<SandboxAccount> *accounts, QString *error);

    void setAccounts(const QList<SandboxAccount> &accounts);
    QList<SandboxAccount> accounts() const;

    // Listens on 127.0.0.1. ports: six ports in Host order; 0 picks a free port. Returns false and sets
    // *error when a port cannot be bound or ports does not have six entries.
    bool start(const QList<quint16> &ports = {0, 0, 0, 0, 0, 0}, QString *error = nullptr);
    // The same on addresses[i] for each host (Host order; a missing one: 127.0.0.1): the production-path
    // test serves each host on its own loopback address, under its real name (setHostNames()).
    bool start(const QList<quint16> &ports, const QList<QHostAddress> &addresses, QString *error);
    // The names the hosts are reached by, in Host order ("track.customer.io", ..., "cdp-eu.customer.io";
    // empty: 127.0.0.1):
    // baseUrl(), endpointsJson() and the wrong-region redirects use them. Call before start().
    void setHostNames(const QStringList &names);
    bool isListening() const;
    // Closes every listener and every open connection; port() is 0 afterwards.
    void stop();

    quint16 port(Host host) const;
    QUrl baseUrl(Host host) const; // http://127.0.0.1:<port>; https://<name> with setHostNames() on 443

    // The CIO_CONSOLE_ENDPOINTS file content pointing the console at this sandbox:
    // {"us":{"track":..,"api":..,"pipelines":..},"eu":{"track":..,"api":..,"pipelines":..}}; each value is
    // baseUrl() of that host (no path: clients append /api/v1/... and /v1/... themselves).
    // With caFile, the object also has "ca": caFile (the CA the console must trust for these hosts).
    QByteArray endpointsJson(const QString &caFile = {}) const;

    // Status of the wrong-region redirects (an EU account's Track call, or an EU key's transactional
    // send, on a US host): 301 (default), 302, 307 or 308; other values are ignored.
    void setRedirectStatus(int status);
    int redirectStatus() const;

    // What an EU App API key gets on the US App API host for a call other than a transactional send:
    // 401 (Unauthorized, the default, as documented) or the 301 "wrong datacenter" redirect to the EU App
    // API host observed in https://github.com/customerio/customerio-node/issues/134 (Redirect).
    void setAppWrongRegion(SandboxAppApi::WrongRegion wrongRegion);
    SandboxAppApi::WrongRegion appWrongRegion() const;

    // What a key of a source of the other region's account gets on a Pipelines host: refused (the default:
    // 401 in strict mode, 200 and dropped without it) or accepted. Undocumented: an assumption either way
    // (SandboxPipelinesApi). Emits pipelinesWrongRegionChanged() when it changes.
    void setPipelinesWrongRegion(SandboxPipelinesApi::WrongRegion wrongRegion);
    SandboxPipelinesApi::WrongRegion pipelinesWrongRegion() const;

    // Delay in milliseconds applies to Fault::Delay only; other parameters take their defaults.
    void setFault(Host host, Fault fault, int delayMs = 0);
    void setFault(Host host, const SandboxFault &fault);
    SandboxFault fault(Host host) const;
    static std::optional<Host> hostFromName(const QString &name); // "track-us" -> Host::TrackUs

    // HTTPS on every host (call before start()): the configuration's local certificate, chain and
    // private key are served; baseUrl() becomes https://127.0.0.1:<port>.
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool isTls() const;
    // SandboxTls::configurationFromFiles(): certFile holds the host certificate first, then any
    // intermediates; keyFile the unencrypted RSA or EC private key. On error returns false and sets
    // *error naming the file.
    static bool tlsConfigurationFromFiles(const QString &certFile, const QString &keyFile,
                                          QSslConfiguration *configuration, QString *error);

    // What the workspace with this Site ID has stored (SandboxState::workspaceJson()).
    QJsonObject workspaceState(const QString &siteId) const;
    // The Pipelines calls of the workspace with this Site ID (SandboxState::pipelinesJson()), and the
    // dropped requests of no workspace (SandboxState::droppedWithoutSource()).
    QJsonObject pipelinesState(const QString &siteId) const;
    QJsonArray pipelinesDroppedWithoutSource() const;
    // Forgets every Pipelines call; clearState() forgets them with everything else.
    void clearPipelinesState();
    void clearState();

    // The log keeps the newest maxRecordedRequests entries; older ones are dropped.
    static constexpr int maxRecordedRequests = 1000;
    QList<SandboxRequest> receivedRequests() const;
    void clearReceivedRequests();

    static QString hostName(Host host); // "track-us", ..., "pipelines-eu"

Q_SIGNALS:
    void requestReceived(const SandboxRequest &request);
    void faultChanged(SandboxServer::Host host, const SandboxFault &fault);
    void pipelinesWrongRegionChanged();

private:
    friend class SandboxHttpHost;
    struct Private;
    std::unique_ptr<Private> d;
};
