// The sandbox survives abuse (issue 17, item 7; docs/sandbox.md, "Abuse", rows A1–A5): the built binary
// as its own process, raw loopback sockets, and its memory read from /proc/<pid>/status.
#include "support/cliprocess.h"
#include "support/sandboxprocess.h"
#include "support/testhome.h"

#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Built with AddressSanitizer (the CI's sanitizer suite): GCC and Clang spell it differently.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool AddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool AddressSanitizer = true;
#else
constexpr bool AddressSanitizer = false;
#endif
#else
constexpr bool AddressSanitizer = false;
#endif

namespace {
constexpr qint64 cap = 2 * 1024 * 1024; // SandboxConnectionGuard::maxUnansweredBytes
constexpr int maxConnections = 64; // SandboxConnectionGuard::maxConnections
} // namespace

class tst_SandboxAbuse : public QObject
{
    Q_OBJECT

    TestHome m_home;
    CliProcess m_cli;
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    quint16 m_port = 0;

    // kB of a /proc/<pid>/status line ("VmRSS", "VmHWM"); -1 when unreadable.
    qint64 memoryKb(const char *field) const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_sandbox.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith(QByteArray(field) + ':'))
                return line.mid(qstrlen(field) + 1).trimmed().split(' ').first().toLongLong();
        }
        return -1;
    }

    std::unique_ptr<QTcpSocket> connectToSandbox()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QStringLiteral("127.0.0.1"), m_port);
        if (!socket->waitForConnected(5000))
            qWarning("cannot connect: %s", qPrintable(socket->errorString()));
        return socket;
    }

    // Everything the sandbox sends on socket until it closes the connection or `until` is received.
    static QByteArray readUntil(QTcpSocket *socket, const QByteArray &until, int timeoutMs = 10000)
    {
        QByteArray received;
        (void)QTest::qWaitFor(
            [&] {
                received += socket->readAll();
                return received.contains(until) || socket->state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
        return received + socket->readAll();
    }

    static QByteArray get(const QByteArray &path, bool close = false)
    {
        return "GET " + path + " HTTP/1.1\r\nHost: sandbox\r\n" + (close ? "Connection: close\r\n" : "") + "\r\n";
    }

    // Sends a request whose body goes on well past the cap, as fast as the sandbox takes it, until the
    // answer comes or 8 times the cap was offered.
    QByteArray sendOversized(const QByteArray &head, bool chunked)
    {
        std::unique_ptr<QTcpSocket> socket = connectToSandbox();
        socket->write(head);
        const QByteArray piece(256 * 1024, 'x');
        QByteArray received;
        for (qint64 sent = 0; sent < 8 * cap && socket->state() == QAbstractSocket::ConnectedState;
             sent += piece.size()) {
            socket->write(chunked ? QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n" : piece);
            socket->waitForBytesWritten(1000);
            received += socket->readAll();
            if (received.contains("\r\n\r\n"))
                break;
        }
        return received + readUntil(socket.get(), "}");
    }

    QByteArray answerOf(const QByteArray &request)
    {
        std::unique_ptr<QTcpSocket> socket = connectToSandbox();
        socket->write(request);
        return readUntil(socket.get(), "}");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_dir.isValid());
        m_cli.setEnvironment(m_home.environment());
        QString error;
        QVERIFY2(m_sandbox.start(&m_cli, m_dir.filePath(QStringLiteral("endpoints.json")), {}, &error),
                 qPrintable(error));
        m_port = quint16(m_sandbox.endpoints().trackUrl(Region::Us).port());
        QVERIFY(m_port > 0);
        QVERIFY(memoryKb("VmRSS") > 0);
    }

    // A1: a body over the cap is answered 413 and the connection closed; memory goes back to idle.
    void oversizedBodyIs413AndMemoryReturnsToIdle()
    {
        QVERIFY(answerOf(get("/__sandbox/fault", true)).startsWith("HTTP/1.1 200"));
        const qint64 idleRss = memoryKb("VmRSS");
        const qint64 idlePeak = memoryKb("VmHWM");
        for (int i = 0; i < 4; ++i) {
            const bool chunked = i % 2 == 1;
            const QByteArray head = "PUT /api/v1/customers/42 HTTP/1.1\r\nHost: sandbox\r\n"
                + (chunked ? QByteArray("Transfer-Encoding: chunked\r\n")
                           : "Content-Length: " + QByteArray::number(64 * cap) + "\r\n")
                + "\r\n";
            const QByteArray answer = sendOversized(head, chunked);
            QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
            QVERIFY(answer.contains(R"({"meta":{"error":"request larger than 2097152 bytes"}})"));
        }
        // Still answering, and nothing of the oversized requests was handled.
        QVERIFY(answerOf(get("/__sandbox/fault", true)).startsWith("HTTP/1.1 200"));
        QVERIFY(!m_sandbox.request(QStringLiteral("/__sandbox/requests")).contains("\"PUT\""));
        // 4 × 16 MiB offered; the process held a few MB at most, and gave them back. Under AddressSanitizer
        // freed memory stays in its quarantine, so neither figure says anything about the sandbox there: they
        // are printed, and asserted in the normal build.
        qInfo("sandbox memory: resident %lld kB (idle %lld kB), peak %lld kB (before %lld kB)", memoryKb("VmRSS"),
              idleRss, memoryKb("VmHWM"), idlePeak);
        if (AddressSanitizer)
            return;
        QTRY_VERIFY2_WITH_TIMEOUT(
            memoryKb("VmRSS") < idleRss + 4096,
            qPrintable(QStringLiteral("RSS %1 kB, idle %2 kB").arg(memoryKb("VmRSS")).arg(idleRss)), 5000);
        const qint64 peak = memoryKb("VmHWM");
        QVERIFY2(peak < idlePeak + 3 * cap / 1024 + 8192,
                 qPrintable(QStringLiteral("peak %1 kB, before %2 kB").arg(peak).arg(idlePeak)));
    }

    // A2: connections beyond the bound are answered 503 and closed; once others close, calls are answered.
    void connectionsAreBounded()
    {
        std::vector<std::unique_ptr<QTcpSocket>> open;
        for (int i = 0; i < maxConnections; ++i)
            open.push_back(connectToSandbox());
        // Handed to the HTTP server only when it has read from them: one request each makes sure of it.
        for (auto &socket : open)
            socket->write(get("/__sandbox/fault"));
        for (auto &socket : open)
            QVERIFY(readUntil(socket.get(), "}").startsWith("HTTP/1.1 200"));
        const QByteArray refused = answerOf(get("/__sandbox/fault"));
        QVERIFY2(refused.startsWith("HTTP/1.1 503"), refused.constData());
        QVERIFY(refused.contains(R"({"meta":{"error":"too many connections"}})"));
        for (auto &socket : open)
            socket->disconnectFromHost();
        open.clear();
        QTRY_VERIFY_WITH_TIMEOUT(answerOf(get("/__sandbox/fault", true)).startsWith("HTTP/1.1 200"), 5000);
    }

    // A3: garbage ends its own connection, never the sandbox.
    void garbageEndsOnlyItsConnection_data()
    {
        QTest::addColumn<QByteArray>("garbage");
        QTest::newRow("words") << QByteArray("GARBAGE NONSENSE\r\n\r\n");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe\r\n\r\n", 9);
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n");
    }
    void garbageEndsOnlyItsConnection()
    {
        QFETCH(QByteArray, garbage);
        std::unique_ptr<QTcpSocket> socket = connectToSandbox();
        socket->write(garbage);
        QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 5000);
        const QByteArray answer = socket->readAll();
        QVERIFY2(answer.isEmpty() || answer.startsWith("HTTP/1.1 400"), answer.constData());
        QVERIFY(answerOf(get("/__sandbox/fault", true)).startsWith("HTTP/1.1 200"));
    }

    // A4: pipelined requests are answered, in order.
    void pipelinedRequestsAreAnswered()
    {
        std::unique_ptr<QTcpSocket> socket = connectToSandbox();
        socket->write(get("/__sandbox/fault") + get("/__sandbox/nothing") + get("/__sandbox/fault", true));
        // The last request asks the sandbox to close the connection: read until it does.
        const QByteArray answers = readUntil(socket.get(), "(never sent)", 10000);
        QCOMPARE(answers.count("HTTP/1.1 "), 3);
        const qsizetype notFound = answers.indexOf("HTTP/1.1 404");
        QVERIFY(answers.startsWith("HTTP/1.1 200"));
        QVERIFY(notFound > 0);
        QVERIFY(answers.indexOf("HTTP/1.1 200", notFound) > notFound);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxAbuse)
#include "tst_sandboxabuse.moc"
