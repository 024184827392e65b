#include "sandboxhttphost.h"

#include "sandboxserver_p.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

SandboxHttpHost::SandboxHttpHost(SandboxServer *server, SandboxServer::Host host)
    : m_server(server)
    , m_host(host)
{ }

bool SandboxHttpHost::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SandboxDisposition disposition = m_server->d->dispatch(m_host, request);
    switch (disposition.fault.kind) {
    case SandboxServer::Fault::Hang:
        // No answer: the connection stays open until the client or stop() closes it.
        break;
    case SandboxServer::Fault::Delay: {
        // QAbstractHttpServer (6.4) keeps one QHttpServerRequest per connection and deletes it when the
        // socket is destroyed, so while the socket lives the request does too. HTTP/1.1 clients do not
        // send the next request on a connection before this answer, so it is not overwritten meanwhile.
        const QHttpServerRequest *pending = &request;
        const QPointer<QTcpSocket> guard(socket);
        const SandboxReply reply = disposition.reply;
        QTimer::singleShot(disposition.fault.delayMs, this, [pending, guard, reply] {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                return;
            writeReply(makeResponder(*pending, guard.data()), reply);
        });
        break;
    }
    case SandboxServer::Fault::Reset:
        resetMidResponse(socket, disposition.reply);
        break;
    default:
        writeReply(makeResponder(request, socket), disposition.reply);
        break;
    }
    return true;
}

void SandboxHttpHost::resetMidResponse(QTcpSocket *socket, const SandboxReply &reply)
{
    // The status line, the headers with the full Content-Length, and half of the body; then, once the
    // client has had time to read them, a TCP reset (SO_LINGER 0 makes close() send RST, not FIN).
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status)
        + " Sandbox\r\n"
          "Content-Type: application/json\r\n"
          "Content-Length: "
        + QByteArray::number(qMax<qsizetype>(reply.body.size(), 2)) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    socket->write(head + reply.body.left(reply.body.size() / 2));
    socket->flush();
    const QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(100, this, [guard] {
        if (!guard)
            return;
        const qintptr descriptor = guard->socketDescriptor();
        if (descriptor != -1) {
            const linger hard {1, 0};
            ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        }
        guard->abort();
    });
}

void SandboxHttpHost::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Unreachable while handleRequest() always returns true; answers like an unknown path.
    writeReply(makeResponder(request, socket),
               SandboxReply {404, QByteArrayLiteral("{\"meta\":{\"error\":\"not found\"}}"), {}});
}

void SandboxHttpHost::writeReply(QHttpServerResponder &&responder, const SandboxReply &reply)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), reply.body,
                                 QHttpServerResponse::StatusCode(reply.status));
    for (const auto &[name, value] : reply.headers)
        response.setHeader(name, value);
    response.write(std::move(responder));
}
