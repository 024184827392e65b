#pragma once

#include "endpointtable.h"
#include "requestrecord.h"
#include "trackcall.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

// Track API credentials of one workspace: Site ID (Basic user name) and Track API key (password).
struct TrackCredentials
{
    QString siteId;
    QString trackApiKey;
};

// Sends Track API calls and reports each as one RequestRecord.
//
// Redirects are never followed by Qt (ManualRedirectPolicy on every request: Qt 6.4 would re-send
// Authorization to any host and turn POST into GET on 301/302). The client follows 301, 302, 303, 307
// and 308 itself, re-sending the same method and body, and only to hosts in the endpoint table, which
// are also the only hosts that ever receive credentials. A redirect anywhere else ends the call as
// RedirectRefused; more than maxHops() requests end it as TooManyRedirects. Each request has its own
// timeout (timeoutMs(), default 10 s as in the official clients); a server that never answers ends the
// call as TimedOut.
class TrackClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const RequestRecord &)>;

    explicit TrackClient(const EndpointTable &endpoints, QObject *parent = nullptr);
    ~TrackClient() override;

    const EndpointTable &endpoints() const { return m_endpoints; }

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxHops(int hops) { m_maxHops = hops; }
    int maxHops() const { return m_maxHops; }

    // Qt 6.4 opens at most six connections per host and QNetworkAccessManager (QHttpNetworkConnection's
    // channel count, settable only from Qt 6.5 on); a seventh request to a host waits for one of them. A
    // caller that keeps more requests in flight (FleetCheck) raises this: requests are then spread over
    // ceil(requests / 6) managers, each request to the one with the fewest in flight, the first among equals
    // (calls sent one at a time keep to one manager and its open connections). Never lowered: managers
    // already made stay. Default 6.
    void setParallelRequests(int requests);
    int managerCount() const { return int(m_networks.size()); }
    static constexpr int ConnectionsPerHost = 6;

    struct Options
    {
        QString workspace; // for the record only
        Region accountRegion = Region::Unknown; // what the console believes; used for warnings
        QString appApiKey; // App API calls (TrackCall::isAppApi()) only; sent only to App API hosts
        qint64 replayOf = 0; // a replay: the stored row the call was rebuilt from (RequestRecord::replayOf)
        // Pipelines calls (TrackCall::isPipelines()) only: the source's API key, sent only to Pipelines hosts
        // as HTTP Basic "key:" (https://docs.customer.io/files/pipelines.json, securitySchemes)...
        QString pipelinesApiKey;
        // ...with "X-Strict-Mode: 1", so that Customer.io answers a call it refuses with 400 or 401; without
        // it Customer.io answers 200 and drops the call (the record then warns).
        bool strictMode = true;
    };

    // Sends call to the Track host of region `via` (Us or Eu) — an App API call (TrackCall::isAppApi()) to
    // the App API host of `via`, with options.appApiKey as Bearer, and without following redirects
    // (Customer.io does not redirect App API calls; a 3xx is the answer); a Pipelines call
    // (TrackCall::isPipelines()) to the Pipelines host of `via` (pipelinesUrl() + /v1/<call>), with
    // options.pipelinesApiKey, and without following redirects (none is documented; a 3xx is the answer).
    // A Pipelines call with a table without Pipelines hosts (hasPipelines() false) is not sent: it finishes
    // as a NetworkError saying so. The call must have passed validate().
    // Emits started() now and finished() once, then calls `done` if given (and context is alive).
    // Returns the record id.
    qint64 send(const TrackCall &call, const TrackCredentials &credentials, Region via, const Options &options,
                QObject *context = nullptr, Callback done = nullptr);

    int pendingCount() const { return m_pending; }

    // Stops the call with that id (send()'s return) if it is still in flight: its request is aborted and
    // it finishes as Outcome::Cancelled, "cancelled by you", with the hops sent so far. False when no
    // such call is in flight (unknown, or already finished).
    bool cancel(qint64 id);

Q_SIGNALS:
    // The call's first request was handed to Qt (one hop, no status yet).
    void started(const RequestRecord &record);
    // A call in flight sent its next hop (a redirect was followed); the record is Pending.
    void progressed(const RequestRecord &record);
    void finished(const RequestRecord &record);

private:
    struct Call;
    void sendHop(const std::shared_ptr<Call> &call, const QUrl &url);
    void onHopFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void finish(const std::shared_ptr<Call> &call);

    QNetworkAccessManager *leastBusyManager();

    EndpointTable m_endpoints;
    struct Manager
    {
        QNetworkAccessManager *network = nullptr;
        int inFlight = 0;
    };
    QList<Manager> m_networks; // at least one
    int m_timeoutMs = 10000;
    int m_maxHops = 5;
    int m_pending = 0;
    qint64 m_nextId = 1;
    QHash<qint64, QPointer<QNetworkReply>> m_replies; // the request in flight of each call, by record id
};

// Reads Customer.io's error text from a response body: {"meta":{"error":"..."}},
// {"meta":{"errors":["..."]}} or {"errors":[{"message"|"detail":"..."}]} (docs/customerio-api.md, Track API v1,
// Track API v2 and Wrong-region behaviour).
// Empty when the body has none.
QString customerIoErrorMessage(const QByteArray &body);
