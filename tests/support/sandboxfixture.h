#pragma once

// The sandbox in this process: a SandboxServer on free loopback ports with the demo accounts, the
// endpoint table that points at it, and a call sent through a TrackClient with its record waited for.
// (The sandbox as its own process: sandboxprocess.h.)
#include "endpointtable.h"
#include "sandboxserver.h"
#include "trackclient.h"

#include <QTest>

#include <optional>

class SandboxFixture
{
public:
    // The demo accounts' Track credentials (SandboxServer::demoAccounts()).
    static TrackCredentials usCredentials()
    {
        return {QStringLiteral("demo-us-site"), QStringLiteral("demo-us-track-key")};
    }
    static TrackCredentials euCredentials()
    {
        return {QStringLiteral("demo-eu-site"), QStringLiteral("demo-eu-track-key")};
    }

    SandboxServer server;
    EndpointTable endpoints;

    // Starts every host on free ports and reads the endpoint table; false with *error otherwise.
    bool start(QString *error)
    {
        return server.start({0, 0, 0, 0, 0, 0}, error)
            && EndpointTable::fromJson(server.endpointsJson(), &endpoints, error);
    }

    // Back to a fresh sandbox: no fault on any host, 301 redirects, other-region Pipelines keys refused,
    // nothing received, no person or Pipelines call stored.
    void reset()
    {
        for (const SandboxServer::Host host : SandboxServer::allHosts())
            server.setFault(host, SandboxFault {});
        server.setRedirectStatus(301);
        server.setPipelinesWrongRegion(SandboxPipelinesApi::WrongRegion::Refuse);
        server.clearReceivedRequests();
        server.clearState();
    }

    // Sends call through a new TrackClient over this sandbox's table (see the static one).
    RequestRecord send(const TrackCall &call, const TrackCredentials &credentials, Region via,
                       const TrackClient::Options &options = {}, int clientTimeoutMs = 10000) const
    {
        return sendAndWait(endpoints, call, credentials, via, options, clientTimeoutMs);
    }

    // Sends call through a new TrackClient over table, whose timeout is clientTimeoutMs, and waits on the
    // event loop for its record: the client always gives one by its timeout, so the wait ends 5 s after
    // it at the latest, with an empty record (outcome Pending) when none came.
    static RequestRecord sendAndWait(const EndpointTable &table, const TrackCall &call,
                                     const TrackCredentials &credentials, Region via,
                                     const TrackClient::Options &options = {}, int clientTimeoutMs = 10000)
    {
        TrackClient client(table);
        client.setTimeoutMs(clientTimeoutMs);
        return sendAndWait(client, call, credentials, via, options, clientTimeoutMs + 5000);
    }

    // The same through a given client (its settings, its signals), waiting at most waitMs.
    static RequestRecord sendAndWait(TrackClient &client, const TrackCall &call, const TrackCredentials &credentials,
                                     Region via, const TrackClient::Options &options = {}, int waitMs = 15000)
    {
        std::optional<RequestRecord> result;
        QObject context;
        client.send(call, credentials, via, options, &context, [&result](const RequestRecord &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, waitMs))
            qWarning("no record within %d ms", waitMs);
        return result.value_or(RequestRecord());
    }
};
