#include "sandboxconnectionguard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace {
// Gives the allocator's free memory back to the system. A refused request's buffers (up to
// maxUnansweredBytes a connection) otherwise stay in glibc's free lists, and the sandbox's resident memory
// would not return to idle after an abusive client.
void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
} // namespace

SandboxConnectionGuard::SandboxConnectionGuard(bool tls, QObject *parent)
    : QObject(parent)
    , m_tls(tls)
{ }

void SandboxConnectionGuard::prune()
{
    for (auto it = m_watched.begin(); it != m_watched.end();) {
        QTcpSocket *socket = it->socket.data();
        if (socket && socket->state() != QAbstractSocket::UnconnectedState) {
            ++it;
            continue;
        }
        // A socket the HTTP server gave up on is no longer deleted by it.
        if (socket && !it->reading)
            socket->deleteLater();
        it = m_watched.erase(it);
    }
}

int SandboxConnectionGuard::openConnections()
{
    prune();
    return int(m_watched.size());
}

bool SandboxConnectionGuard::isFull()
{
    return openConnections() >= maxConnections;
}

void SandboxConnectionGuard::refuse(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (m_tls) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    answerAndClose(socket, "503 Service Unavailable", "too many connections");
}

void SandboxConnectionGuard::watch(QTcpSocket *socket)
{
    Watched &watched = m_watched[socket];
    watched.socket = socket;
    // Connected before the HTTP server's own readyRead handler, so it runs first.
    watched.reading = connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
        if (m_watched.contains(socket))
            m_watched[socket].unanswered = 0;
    });
}

void SandboxConnectionGuard::onReadyRead(QTcpSocket *socket)
{
    if (!m_watched.contains(socket))
        return;
    Watched &watched = m_watched[socket];
    if (watched.draining) {
        socket->skip(socket->bytesAvailable());
        return;
    }
    watched.unanswered += socket->bytesAvailable();
    if (watched.unanswered > maxUnansweredBytes) {
        watched.draining = true;
        refuseOversized(socket);
        return;
    }
    // Once the HTTP server has read this: if it could not parse it, it cut every connection of the socket
    // (ours included) and left it open without an answer.
    const QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(0, this, [this, guard] {
        if (!guard || !m_watched.contains(guard.data()) || m_watched.value(guard.data()).reading)
            return;
        if (guard->state() == QAbstractSocket::ConnectedState) {
            connect(guard.data(), &QTcpSocket::disconnected, guard.data(), &QObject::deleteLater);
            answerAndClose(guard.data(), "400 Bad Request", "malformed HTTP request");
        }
    });
}

void SandboxConnectionGuard::refuseOversized(QTcpSocket *socket)
{
    socket->skip(socket->bytesAvailable()); // nothing of it reaches the HTTP server
    const QByteArray body =
        QJsonDocument(
            QJsonObject {
                {u"meta"_s, QJsonObject {{u"error"_s, u"request larger than %1 bytes"_s.arg(maxUnansweredBytes)}}}})
            .toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    const QPointer<QTcpSocket> guard(socket);
    connect(socket, &QTcpSocket::bytesWritten, this, [guard] {
        if (guard && guard->bytesToWrite() == 0 && guard->socketDescriptor() != -1)
            ::shutdown(int(guard->socketDescriptor()), SHUT_WR);
    });
    // Once the socket and its buffers are gone (after its destructor, hence queued).
    connect(socket, &QObject::destroyed, this, [this] { QTimer::singleShot(0, this, [] { releaseFreedMemory(); }); });
    // A client that keeps sending regardless is cut off after a while.
    QTimer::singleShot(drainMs, this, [guard] {
        if (guard)
            guard->abort();
    });
}

void SandboxConnectionGuard::answerAndClose(QTcpSocket *socket, const QByteArray &statusLine, const QByteArray &message)
{
    const QByteArray body =
        QJsonDocument(QJsonObject {{u"meta"_s, QJsonObject {{u"error"_s, QString::fromUtf8(message)}}}})
            .toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 " + statusLine + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}
