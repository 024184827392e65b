#pragma once

#include <QHash>
#include <QMetaObject>
#include <QObject>
#include <QPointer>

class QTcpSocket;

// Keeps one sandbox host answering under abuse (issue 17, "the sandbox survives abuse"):
// - at most maxConnections open connections: one more is answered 503 {"meta":{"error":"too many
//   connections"}} and closed (a TLS host closes it without an answer);
// - at most maxUnansweredBytes received on a connection and not yet answered (request line, headers and
//   body, pipelined requests included): more is answered 413 {"meta":{"error":"request larger than N
//   bytes"}} and the connection closed, its buffers freed; nothing of it is handled;
// - a request QAbstractHttpServer (Qt 6.4) cannot parse, which it leaves open and unanswered, is
//   answered 400 {"meta":{"error":"malformed HTTP request"}} and closed.
// The limits are the sandbox's own: Customer.io documents no overall request size (the largest
// documented body is a 1 MB transactional payload) and no connection limit.
class SandboxConnectionGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxConnections = 64;
    static constexpr qint64 maxUnansweredBytes = 2 * 1024 * 1024;
    static constexpr int drainMs = 2000; // after a 413, how long the rest of the body is read and dropped

    explicit SandboxConnectionGuard(bool tls, QObject *parent = nullptr);

    // True when another connection would exceed maxConnections.
    bool isFull();
    // Answers and closes a connection accepted over the limit.
    void refuse(qintptr handle);
    // Called for every connection before the HTTP server reads from it.
    void watch(QTcpSocket *socket);
    int openConnections();

private:
    struct Watched
    {
        QPointer<QTcpSocket> socket;
        qint64 unanswered = 0;
        QMetaObject::Connection reading; // cut by QAbstractHttpServer when it gives up on the socket
        bool draining = false; // answered 413: what still comes is read and dropped until the close
    };
    // Answers 413 and closes gently: the sending side is shut once the answer is out, and what the client
    // still sends is dropped, so that its TCP stack does not lose the answer to a reset.
    void refuseOversized(QTcpSocket *socket);
    void onReadyRead(QTcpSocket *socket);
    void prune();
    static void answerAndClose(QTcpSocket *socket, const QByteArray &statusLine, const QByteArray &message);

    bool m_tls;
    QHash<QTcpSocket *, Watched> m_watched;
};
