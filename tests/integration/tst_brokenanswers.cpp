// Issue 17, class 3: an answer cut short, framed wrong, compressed without being asked, endless or
// stalled ends as a named failure, never as a success, and costs a bounded amount of memory.
#include "endpointtable.h"
#include "trackclient.h"

#include "support/cliprocess.h"
#include "support/hostileserver.h"
#include "support/sandboxfixture.h"
#include "support/testhome.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Outcome = RequestRecord::Outcome;

namespace {
QByteArray deflateBomb()
{
    // 64 MiB of zeros compress to about 64 KiB: "Content-Encoding: deflate" is the zlib format (RFC 9110
    // §8.4.1.2), which is what qCompress() writes after its 4-byte length.
    return qCompress(QByteArray(64 * 1024 * 1024, '\0'), 9).mid(4);
}
} // namespace

class TestBrokenAnswers : public QObject
{
    Q_OBJECT

    HostileServer m_server; // the US Track host
    HostileServer m_others[3]; // the other hosts of the table, which these calls never reach
    EndpointTable m_table;
    QByteArray m_endpointsJson;
    int m_cases = 0;

    RequestRecord send(const HostileServer::Answer &answer, const TrackCall &call, int timeoutMs = 5000)
    {
        ++m_cases;
        m_server.setAnswer(answer);
        return SandboxFixture::sendAndWait(m_table, call, {QStringLiteral("site"), QStringLiteral("track-key-1")},
                                           Region::Us, {}, timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        for (HostileServer &other : m_others)
            QVERIFY(other.listen());
        const QJsonObject us {{QStringLiteral("track"), m_server.url().toString()},
                              {QStringLiteral("api"), m_others[0].url().toString()}};
        const QJsonObject eu {{QStringLiteral("track"), m_others[1].url().toString()},
                              {QStringLiteral("api"), m_others[2].url().toString()}};
        QString error;
        m_endpointsJson = QJsonDocument(QJsonObject {{QStringLiteral("us"), us}, {QStringLiteral("eu"), eu}}).toJson();
        QVERIFY2(EndpointTable::fromJson(m_endpointsJson, &m_table, &error), qPrintable(error));
    }

    void cleanupTestCase() { qInfo("broken-answer cases tried: %d", m_cases); }

    // An endless answer and a compression bomb end as named failures with at most 1 MiB kept; what they
    // cost in memory is measured on the built binary (cliPeakMemoryIsBounded()).
    void endlessAndBombAnswersAreBoundedInMemory()
    {
        const TrackCall call = TrackCall::event(QStringLiteral("42"), QStringLiteral("seen"));
        QCOMPARE(send({HostileServer::http(200, {}, "{}"), HostileServer::End::Close, {}}, call).outcome,
                 Outcome::Success);
        const QByteArray bomb = deflateBomb();
        const QList<std::pair<const char *, HostileServer::Answer>> answers {
            {"endless body", {"HTTP/1.1 200 OK\r\n\r\n", HostileServer::End::Endless, QByteArray(64 * 1024, 'a')}},
            {"endless chunked body",
             {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", HostileServer::End::Endless,
              "10000\r\n" + QByteArray(0x10000, 'b') + "\r\n"}},
            {"endless 207", {"HTTP/1.1 207 X\r\n\r\n", HostileServer::End::Endless, QByteArray(64 * 1024, '[')}},
            {"deflate bomb", {HostileServer::http(200, "Content-Encoding: deflate\r\n", bomb), {}, {}}},
            {"gzip endless",
             {"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n", HostileServer::End::Endless,
              QByteArray(64 * 1024, 'z')}},
        };
        for (const auto &[name, answer] : answers) {
            const RequestRecord r = send(answer, call);
            QVERIFY2(r.outcome == Outcome::NetworkError, name);
            QVERIFY2(!r.error.isEmpty(), name);
            QVERIFY2(r.responseBody.size() <= 1024 * 1024, name);
        }
    }

    // The built binary, as a user runs it: its peak resident memory (GNU time's %M, the child's own
    // ru_maxrss) on a call that went well, then on each endless or bomb answer: each costs at most a few MB
    // more.
    void cliPeakMemoryIsBounded()
    {
        CliProcess cli;
        QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/time")), "GNU time (package time) measures the peak memory");
        cli.setLauncher({QStringLiteral("/usr/bin/time"), QStringLiteral("-f"), QStringLiteral("peak-rss-kib %M")});
        QVERIFY2(QFile::exists(cli.binary()), "CIO_CONSOLE_BINARY must name the built cio-console (run through ctest)");
        TestHome home;
        QVERIFY(home.isValid());
        QFile endpoints(home.path(QStringLiteral("endpoints.json")));
        QVERIFY(endpoints.open(QIODevice::WriteOnly));
        endpoints.write(m_endpointsJson);
        endpoints.close();
        QProcessEnvironment env = home.environment();
        env.insert(QStringLiteral("CIO_CONSOLE_ENDPOINTS"), endpoints.fileName());
        env.insert(QStringLiteral("CIO_TRACK_API_KEY"), QStringLiteral("track-key-1"));
        const QStringList send {QStringLiteral("send"),   QStringLiteral("event"), QStringLiteral("--site-id"),
                                QStringLiteral("site"),   QStringLiteral("--id"),  QStringLiteral("42"),
                                QStringLiteral("--name"), QStringLiteral("seen"),  QStringLiteral("--via"),
                                QStringLiteral("us")};
        // The last line on stderr is GNU time's.
        const auto peakKiB = [](const CliResult &r) {
            const QByteArray err = r.err.trimmed();
            return err.mid(err.lastIndexOf("peak-rss-kib ") + 13).trimmed().toLongLong();
        };
        m_server.setAnswer({HostileServer::http(200, {}, "{}"), HostileServer::End::Close, {}});
        qint64 baseline = 0;
        for (int i = 0; i < 3; ++i) {
            const CliResult r = cli.run(send, {}, env);
            QVERIFY2(r.code == 0, qPrintable(r.describe()));
            baseline = std::max(baseline, peakKiB(r));
        }
        QVERIFY(baseline > 0);
        qint64 worst = 0;
        const QByteArray bomb = deflateBomb();
        const QList<std::pair<const char *, HostileServer::Answer>> answers {
            {"endless body", {"HTTP/1.1 200 OK\r\n\r\n", HostileServer::End::Endless, QByteArray(64 * 1024, 'a')}},
            {"endless chunked body",
             {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", HostileServer::End::Endless,
              "10000\r\n" + QByteArray(0x10000, 'b') + "\r\n"}},
            {"deflate bomb", {HostileServer::http(200, "Content-Encoding: deflate\r\n", bomb), {}, {}}},
            {"gzip endless",
             {"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n", HostileServer::End::Endless,
              QByteArray(64 * 1024, 'z')}},
        };
        for (const auto &[name, answer] : answers) {
            m_server.setAnswer(answer);
            ++m_cases;
            const CliResult r = cli.run(send, {}, env);
            QVERIFY2(r.code == 1, qPrintable(QString::fromLatin1(name) + u'\n' + r.describe()));
            worst = std::max(worst, peakKiB(r));
        }
        const qint64 growth = worst - baseline;
        qInfo("cio-console peak RSS: %lld KiB after a call that went well; %lld KiB more over endless and bomb "
              "answers",
              baseline, growth);
        QVERIFY2(growth < 4 * 1024, qPrintable(QString::number(growth)));
    }

    void brokenAnswerIsANamedFailure_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("end");
        QTest::addColumn<bool>("batch"); // a Track v2 /batch call, which reads a 207's body
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("error");
        const int close = int(HostileServer::End::Close);
        const int stall = int(HostileServer::End::Stall);
        const auto network = int(Outcome::NetworkError);
        QTest::newRow("body shorter than Content-Length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{}") << close << false << network
            << QStringLiteral("broken answer");
        QTest::newRow("chunked without the last chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n") << close << false
            << network << QStringLiteral("broken answer");
        QTest::newRow("chunk shorter than its size")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n{}") << close << false << network
            << QStringLiteral("broken answer");
        QTest::newRow("4xx cut short") << QByteArray("HTTP/1.1 400 Bad\r\nContent-Length: 80\r\n\r\n{\"meta\":")
                                       << close << false << network << QStringLiteral("broken answer");
        QTest::newRow("redirect then nothing") << QByteArray("HTTP/1.1 301 Moved\r\nContent-Length: 50\r\n\r\n")
                                               << close << false << network << QStringLiteral("broken answer");
        QTest::newRow("gzip that is not gzip")
            << HostileServer::http(200, "Content-Encoding: gzip\r\n", "not gzip at all") << close << false << network
            << QStringLiteral("compressed as \"gzip\"");
        QTest::newRow("deflate cut short") << HostileServer::http(200, "Content-Encoding: deflate\r\n",
                                                                  qCompress("{\"a\":12345678901234}", 9).mid(4, 9))
                                           << close << false << network << QStringLiteral("compressed as \"deflate\"");
        QTest::newRow("brotli") << HostileServer::http(200, "Content-Encoding: br\r\n", "xxxx") << close << false
                                << network << QStringLiteral("compressed as \"br\"");
        QTest::newRow("unknown encoding") << HostileServer::http(200, "Content-Encoding: zork\r\n", "xxxx") << close
                                          << false << network << QStringLiteral("compressed as \"zork\"");
        QTest::newRow("207 cut short") << QByteArray("HTTP/1.1 207 Multi\r\nContent-Length: 90\r\n\r\n{\"errors\":[")
                                       << close << true << network << QStringLiteral("broken answer");
        QTest::newRow("207 chunked without the last chunk")
            << QByteArray("HTTP/1.1 207 Multi\r\nTransfer-Encoding: chunked\r\n\r\nb\r\n{\"errors\":[\r\n") << close
            << true << network << QStringLiteral("broken answer");
        QTest::newRow("207 with a body that is not JSON")
            << HostileServer::http(207, {}, "{\"errors\":[") << close << true << network
            << QStringLiteral("without a readable list");
        QTest::newRow("207 with no body") << HostileServer::http(207, {}, {}) << close << true << network
                                          << QStringLiteral("without a readable list");
        QTest::newRow("207 with an empty list") << HostileServer::http(207, {}, "{\"errors\":[]}") << close << true
                                                << network << QStringLiteral("without a readable list");
        QTest::newRow("207 with an empty object") << HostileServer::http(207, {}, "{}") << close << true << network
                                                  << QStringLiteral("without a readable list");
        QTest::newRow("207 with null errors") << HostileServer::http(207, {}, "{\"errors\":null}") << close << true
                                              << network << QStringLiteral("without a readable list");
        QTest::newRow("not HTTP at all") << QByteArray("HELLO\r\n\r\n") << close << false << network
                                         << QStringLiteral("network error");
        QTest::newRow("closed before any answer")
            << QByteArray() << close << false << network << QStringLiteral("network error");
        QTest::newRow("stalls before the status line")
            << QByteArray() << stall << false << int(Outcome::TimedOut) << QStringLiteral("timed out after 1 s");
        QTest::newRow("stalls after the headers")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{") << stall << false << int(Outcome::TimedOut)
            << QStringLiteral("did not send the whole answer");
        QTest::newRow("stalls inside a chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n{") << stall << false
            << int(Outcome::TimedOut) << QStringLiteral("did not send the whole answer");
        // Controls: complete answers stay what they are.
        QTest::newRow("complete 200") << HostileServer::http(200, {}, "{}") << close << false << int(Outcome::Success)
                                      << QString();
        QTest::newRow("complete chunked 200")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n") << close << false
            << int(Outcome::Success) << QString();
        QTest::newRow("body ended by closing")
            << QByteArray("HTTP/1.1 200 OK\r\n\r\n{}") << close << false << int(Outcome::Success) << QString();
        QTest::newRow("identity encoding") << HostileServer::http(200, "Content-Encoding: identity\r\n", "{}") << close
                                           << false << int(Outcome::Success) << QString();
        QTest::newRow("complete 401") << HostileServer::http(401, {}, "{\"meta\":{\"error\":\"no\"}}") << close << false
                                      << int(Outcome::HttpError) << QStringLiteral("HTTP 401");
        QTest::newRow("complete 207") << HostileServer::http(
            207, {}, "{\"errors\":[{\"batch_index\":0,\"reason\":\"r\",\"message\":\"m\"}]}")
                                      << close << true << int(Outcome::Success) << QString();
    }

    void brokenAnswerIsANamedFailure()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, end);
        QFETCH(bool, batch);
        QFETCH(int, outcome);
        QFETCH(QString, error);
        const TrackCall call = batch
            ? TrackCall::batch(QJsonDocument::fromJson(R"({"batch":[{"type":"person","identifiers":{"id":"1"},
                                                           "action":"identify"}]})")
                                   .object())
            : TrackCall::event(QStringLiteral("42"), QStringLiteral("seen"));
        const RequestRecord r = send({answer, HostileServer::End(end), {}}, call, 1000);
        QCOMPARE(int(r.outcome), outcome);
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
        QCOMPARE(r.succeeded(), outcome == int(Outcome::Success));
        if (!r.succeeded() && !r.hops.isEmpty())
            QVERIFY(!r.hops.last().error.isEmpty() || r.outcome == Outcome::HttpError);
    }
};

QTEST_GUILESS_MAIN(TestBrokenAnswers)
#include "tst_brokenanswers.moc"
