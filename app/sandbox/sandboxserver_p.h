#pragma once

#include "sandboxserver.h"

#include <QByteArray>
#include <QList>

#include <array>
#include <memory>
#include <utility>

class QHttpServerRequest;

// One HTTP answer of the sandbox; the body is always JSON (Content-Type: application/json).
struct SandboxReply
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length
};

// What a host does with one request: answer now, never (Fault::Hang) or after delayMs (Fault::Delay).
struct SandboxDisposition
{
    SandboxServer::Fault fault = SandboxServer::Fault::None;
    int delayMs = 0;
    SandboxReply reply;
};

struct SandboxServer::Private
{
    struct FaultSetting
    {
        Fault fault = Fault::None;
        int delayMs = 0;
    };

    explicit Private(SandboxServer *server);

    // Decides the answer to one request received by host, records it (unless it is under /__sandbox/)
    // and emits requestReceived.
    SandboxDisposition dispatch(Host host, const QHttpServerRequest &request);

    SandboxServer *q;
    QList<SandboxAccount> accounts = SandboxServer::demoAccounts();
    std::array<FaultSetting, 4> faults{};
    int redirectStatus = 301;
    QList<SandboxRequest> requests;
    quint64 deliveryCount = 0;
    // Declared last so the listeners, and the delayed answers parented to them, go first.
    std::array<std::unique_ptr<SandboxHttpHost>, 4> hosts;
};
