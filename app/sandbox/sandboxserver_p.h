#pragma once

#include "sandboxserver.h"
#include "sandboxstate.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <utility>

class QHttpServerRequest;

// One HTTP answer of the sandbox; the body is always JSON (Content-Type: application/json).
struct SandboxReply
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length
};

// What a host does with one request: answer now, never (Hang), after delayMs (Delay), or half of
// reply and then a connection reset (Reset). Every other fault is already in reply.
struct SandboxDisposition
{
    SandboxFault fault;
    SandboxReply reply;
};

// The request target as sent: path and query percent-encoded, path segments decoded exactly once.
struct SandboxTarget
{
    QString encodedPath;
    QString encodedQuery;
    QStringList segments; // decoded, without the empty segment before the leading '/'
};

struct SandboxServer::Private
{
    explicit Private(SandboxServer *server);

    // Decides the answer to one request received by host, records it (unless it is under /__sandbox/)
    // and emits requestReceived.
    SandboxDisposition dispatch(Host host, const QHttpServerRequest &request);
    // A /__sandbox/ request.
    SandboxReply inspect(const QString &method, const SandboxTarget &target, const QHttpServerRequest &request);
    // The answer without faults; changes state for a valid call; sets received->siteId.
    SandboxReply answer(Host host, const QHttpServerRequest &request, const QString &method,
                        const SandboxTarget &target, SandboxRequest *received);

    SandboxServer *q;
    QList<SandboxAccount> accounts = SandboxAccounts::demo();
    std::array<SandboxFault, 4> faults {};
    SandboxState state;
    std::optional<QSslConfiguration> tls;
    int redirectStatus = 301;
    QList<SandboxRequest> requests;
    quint64 deliveryCount = 0;
    // Declared last so the listeners, and the delayed answers parented to them, go first.
    std::array<std::unique_ptr<SandboxHttpHost>, 4> hosts;
};
