#include "sandboxhttphost.h"

#include "sandboxserver_p.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

SandboxHttpHost::SandboxHttpHost(SandboxServer *server, SandboxServer::Host host)
    : m_server(server)
    , m_host(host)
{
}

bool SandboxHttpHost::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SandboxDisposition disposition = m_server->d->dispatch(m_host, request);
    switch (disposition.fault) {
    case SandboxServer::Fault::None:
        writeReply(makeResponder(request, socket), disposition.reply);
        break;
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
        QTimer::singleShot(disposition.delayMs, this, [pending, guard, reply] {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                return;
            writeReply(makeResponder(*pending, guard.data()), reply);
        });
        break;
    }
    }
    return true;
}

void SandboxHttpHost::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Unreachable while handleRequest() always returns true; answers like an unknown path.
    writeReply(makeResponder(request, socket),
               SandboxReply{404, QByteArrayLiteral(R"({"meta":{"error":"not found"}})"), {}});
}

void SandboxHttpHost::writeReply(QHttpServerResponder &&responder, const SandboxReply &reply)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), reply.body,
                                 QHttpServerResponse::StatusCode(reply.status));
    for (const auto &[name, value] : reply.headers)
        response.setHeader(name, value);
    response.write(std::move(responder));
}
