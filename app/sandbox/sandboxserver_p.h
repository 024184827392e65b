#pragma once

#include "sandboxappapi.h"
#include "sandboxcall.h"
#include "sandboxinspection.h"
#include "sandboxpipelinesapi.h"
#include "sandboxreply.h"
#include "sandboxserver.h"
#include "sandboxstate.h"
#include "sandboxtrackapi.h"

#include <QList>
#include <QSslConfiguration>

#include <array>
#include <memory>
#include <optional>

class QHttpServerRequest;

// What a host does with one request: answer now, never (Hang), after delayMs (Delay), or half of
// reply and then a connection reset (Reset). Every other fault is already in reply.
struct SandboxDisposition
{
    SandboxFault fault;
    SandboxReply reply;
};

struct SandboxServer::Private
{
    explicit Private(SandboxServer *server);

    // Decides the answer to one request received by host, records it (unless it is under /__sandbox/)
    // and emits requestReceived.
    SandboxDisposition dispatch(Host host, const QHttpServerRequest &request);
    // The answer of the Track, App or Pipelines API without faults; sets received->siteId.
    SandboxReply answer(Host host, const SandboxCall &call, SandboxRequest *received);

    SandboxServer *q;
    QList<SandboxAccount> accounts = SandboxAccounts::demo();
    SandboxState state;
    SandboxTrackApi trackApi {&accounts, &state};
    SandboxAppApi appApi {&accounts, &state};
    SandboxPipelinesApi pipelinesApi {&accounts, &state};
    SandboxInspection inspection {q};
    static constexpr int hostCount = 6;
    std::array<SandboxFault, hostCount> faults {};
    std::optional<QSslConfiguration> tls;
    int redirectStatus = 301;
    QStringList hostNames; // empty: 127.0.0.1
    QList<SandboxRequest> requests;
    // Declared last so the listeners, and the delayed answers parented to them, go first.
    std::array<std::unique_ptr<SandboxHttpHost>, hostCount> hosts;
};
