#pragma once

#include "sandboxserver.h"

#include <QAbstractHttpServer>

class QHttpServerResponder;
struct SandboxReply;

// One sandbox host: an HTTP listener that hands every request to its SandboxServer and writes the
// answer, immediately, after a delay, or never, as the server's fault setting for this host says.
// Requests are not routed by QHttpServerRouter: its <arg> placeholder cannot carry an identifier
// containing %2F as one path segment.
class SandboxHttpHost : public QAbstractHttpServer
{
    Q_OBJECT

public:
    SandboxHttpHost(SandboxServer *server, SandboxServer::Host host);

    SandboxServer::Host host() const { return m_host; }

protected:
    // Always returns true: every request gets a JSON answer (or none, under the hang fault).
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static void writeReply(QHttpServerResponder &&responder, const SandboxReply &reply);
    void resetMidResponse(QTcpSocket *socket, const SandboxReply &reply);

    SandboxServer *m_server;
    SandboxServer::Host m_host;
};
