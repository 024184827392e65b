#pragma once

// A server that misbehaves on purpose, for the hardening tests: it listens on 127.0.0.1 only, answers
// every request with the bytes a test gives it (a broken chunked body, a Location that echoes the key, a
// gzip bomb...), then closes, stalls or streams without end. It never interprets what it receives beyond
// the end of the request head, and it is bounded: at most MaxConnections connections at once and
// MaxStreamBytes written to an endless stream, so a test that goes wrong cannot fill the machine.
#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

class HostileServer : public QObject
{
public:
    static constexpr int MaxConnections = 16;
    static constexpr qint64 MaxStreamBytes = 256LL * 1024 * 1024;

    enum class End {
        Close, // write the answer, then close the connection
        Stall, // write the answer, then keep the connection open and silent
        Endless, // write the answer, then streamChunk again and again until MaxStreamBytes or the peer leaves
    };

    struct Answer
    {
        QByteArray bytes; // written as they are, status line included
        End end = End::Close;
        QByteArray streamChunk; // End::Endless only
    };

    // The answer to a request whose head (request line and headers, as received) is given.
    using Responder = std::function<Answer(const QByteArray &requestHead)>;

    explicit HostileServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_server.setMaxPendingConnections(MaxConnections);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    void setAnswer(const Answer &answer)
    {
        m_responder = [answer](const QByteArray &) { return answer; };
    }
    void setResponder(Responder responder) { m_responder = std::move(responder); }

    // Request heads received so far, in order.
    const QList<QByteArray> &requestHeads() const { return m_heads; }
    // Bytes written to endless streams so far.
    qint64 streamed() const { return m_streamed; }
    int openConnections() const { return int(m_sockets.size()); }

    // A complete answer: status line, the given header lines, Content-Length unless headers carry a
    // Transfer-Encoding or a Content-Length of their own, then body.
    static QByteArray http(int status, const QByteArray &headers, const QByteArray &body)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n" + headers;
        if (!headers.contains("Transfer-Encoding") && !headers.contains("Content-Length"))
            out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        return out + "\r\n" + body;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            if (m_sockets.size() >= MaxConnections) {
                socket->abort();
                socket->deleteLater();
                continue;
            }
            m_sockets.append(socket);
            QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            QObject::connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_sockets.removeAll(socket);
                m_received.remove(socket);
                socket->deleteLater();
            });
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &pending = m_received[socket];
        pending += socket->readAll();
        if (pending.size() > 64 * 1024) {
            socket->abort();
            return;
        }
        const qsizetype end = pending.indexOf("\r\n\r\n");
        if (end < 0 || socket->property("answered").toBool())
            return;
        socket->setProperty("answered", true);
        const QByteArray head = pending.left(end);
        m_heads.append(head);
        const Answer answer = m_responder ? m_responder(head) : Answer {http(200, {}, "{}"), End::Close, {}};
        socket->write(answer.bytes);
        switch (answer.end) {
        case End::Close:
            socket->disconnectFromHost();
            break;
        case End::Stall:
            break;
        case End::Endless:
            stream(socket, answer.streamChunk);
            break;
        }
    }

    void stream(QTcpSocket *socket, const QByteArray &chunk)
    {
        QPointer<QTcpSocket> guard(socket);
        auto more = [this, guard, chunk] {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                return;
            if (m_streamed >= MaxStreamBytes) {
                guard->disconnectFromHost();
                return;
            }
            // Keep a few chunks in flight, no more: the peer's reading sets the pace.
            while (guard->bytesToWrite() < 4 * chunk.size() && m_streamed < MaxStreamBytes) {
                guard->write(chunk);
                m_streamed += chunk.size();
            }
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, this, more);
        more();
    }

    QTcpServer m_server;
    Responder m_responder;
    QList<QTcpSocket *> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_received;
    QList<QByteArray> m_heads;
    qint64 m_streamed = 0;
};
