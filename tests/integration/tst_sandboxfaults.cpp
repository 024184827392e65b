// Every sandbox fault over real loopback sockets, against the console's TrackClient (and
// RegionDetector where the body matters): each fault must end as the named outcome, never a hang or a
// silent success. Also: the fault spec grammar, and faults switched by the CLI and the inspection API.
#include "regiondetector.h"
#include "sandboxserver.h"
#include "support/cliprocess.h"
#include "support/sandboxfixture.h"
#include "support/sandboxprocess.h"
#include "trackclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using Host = SandboxServer::Host;
using Kind = SandboxFault::Kind;
using Outcome = RequestRecord::Outcome;

class tst_SandboxFaults : public QObject
{
    Q_OBJECT

    SandboxFixture m_fixture;
    SandboxServer &m_sandbox = m_fixture.server;
    const EndpointTable &m_table = m_fixture.endpoints;
    const TrackCredentials m_us = SandboxFixture::usCredentials();

    SandboxFault fault(const QString &spec)
    {
        SandboxFault f;
        QString error;
        if (!SandboxFault::fromSpec(spec, &f, &error))
            qFatal("bad spec in test: %s", qPrintable(error));
        return f;
    }

    RequestRecord sendAndWait(const TrackCall &call, int timeoutMs = 3000)
    {
        return m_fixture.send(call, m_us, Region::Us, {}, timeoutMs);
    }

    static TrackCall event() { return TrackCall::event(QStringLiteral("ada"), QStringLiteral("signed_up")); }

    int storedPeople() const
    {
        return int(
            m_sandbox.workspaceState(QStringLiteral("demo-us-site")).value(QStringLiteral("people")).toArray().size());
    }

    QByteArray post(const QUrl &url, const QJsonObject &body, int *status)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(5000);
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        delete reply;
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
    }

    void init() { m_fixture.reset(); }

    void specGrammar_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("canonical"); // empty: rejected
        QTest::newRow("none") << QStringLiteral("none") << QStringLiteral("none");
        QTest::newRow("delay default") << QStringLiteral("delay") << QStringLiteral("delay:1000");
        QTest::newRow("delay") << QStringLiteral("delay:250") << QStringLiteral("delay:250");
        QTest::newRow("delay negative") << QStringLiteral("delay:-1") << QString();
        QTest::newRow("hang") << QStringLiteral("hang") << QStringLiteral("hang");
        QTest::newRow("hang with parameter") << QStringLiteral("hang:1") << QString();
        QTest::newRow("reset") << QStringLiteral("reset") << QStringLiteral("reset");
        QTest::newRow("status default") << QStringLiteral("status") << QStringLiteral("status:503");
        QTest::newRow("status 500") << QStringLiteral("status:500") << QStringLiteral("status:500");
        QTest::newRow("status 502") << QStringLiteral("status:502") << QStringLiteral("status:502");
        QTest::newRow("status 501") << QStringLiteral("status:501") << QString();
        QTest::newRow("status 404") << QStringLiteral("status:404") << QString();
        QTest::newRow("rate-limit default") << QStringLiteral("rate-limit") << QStringLiteral("rate-limit:1");
        QTest::newRow("rate-limit 30") << QStringLiteral("rate-limit:30") << QStringLiteral("rate-limit:30");
        QTest::newRow("malformed-json") << QStringLiteral("malformed-json") << QStringLiteral("malformed-json");
        QTest::newRow("oversized") << QStringLiteral("oversized") << QStringLiteral("oversized");
        QTest::newRow("redirect-outside default")
            << QStringLiteral("redirect-outside") << QStringLiteral("redirect-outside:http://outside.invalid");
        QTest::newRow("redirect-outside url") << QStringLiteral("redirect-outside:https://evil.example:8443")
                                              << QStringLiteral("redirect-outside:https://evil.example:8443");
        QTest::newRow("redirect-outside relative") << QStringLiteral("redirect-outside:/x") << QString();
        QTest::newRow("unknown") << QStringLiteral("explode") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void specGrammar()
    {
        QFETCH(QString, spec);
        QFETCH(QString, canonical);
        SandboxFault parsed;
        QString error;
        const bool ok = SandboxFault::fromSpec(spec, &parsed, &error);
        QCOMPARE(ok, !canonical.isEmpty());
        if (ok) {
            QCOMPARE(parsed.toSpec(), canonical);
            SandboxFault again;
            QVERIFY(SandboxFault::fromSpec(parsed.toSpec(), &again, &error));
            QCOMPARE(again, parsed);
        } else {
            QVERIFY2(error.contains(QStringLiteral("fault \"")), qPrintable(error));
        }
    }

    void delayIsSuccessAfterTheDelay()
    {
        m_sandbox.setFault(Host::TrackUs, fault(QStringLiteral("delay:300")));
        const RequestRecord r = sendAndWait(event());
        QCOMPARE(r.outcome, Outcome::Success);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.durationMs >= 290, qPrintable(QString::number(r.durationMs)));
        QCOMPARE(storedPeople(), 1);
    }

    void delayLongerThanTheTimeoutTimesOut()
    {
        m_sandbox.setFault(Host::TrackUs, fault(QStringLiteral("delay:1500")));
        const RequestRecord r = sendAndWait(event(), 400);
        QCOMPARE(r.outcome, Outcome::TimedOut);
        QVERIFY2(r.error.startsWith(QStringLiteral("timed out after 0.4 s")), qPrintable(r.error));
    }

    void hangTimesOut()
    {
        m_sandbox.setFault(Host::TrackUs, fault(QStringLiteral("hang")));
        const RequestRecord r = sendAndWait(event(), 500);
        QCOMPARE(r.outcome, Outcome::TimedOut);
        QCOMPARE(r.status, 0);
        QCOMPARE(m_sandbox.receivedRequests().size(), 1);
        QCOMPARE(m_sandbox.receivedRequests().first().status, 0);
        QCOMPARE(m_sandbox.receivedRequests().first().fault, QStringLiteral("hang"));
    }

    void resetIsNetworkError_data()
    {
        QTest::addColumn<bool>("region");
        QTest::newRow("region call") << true;
        QTest::newRow("event") << false;
    }
    void resetIsNetworkError()
    {
        QFETCH(bool, region);
        m_sandbox.setFault(Host::TrackUs, fault(QStringLiteral("reset")));
        const RequestRecord r = sendAndWait(region ? TrackCall::region() : event());
        QCOMPARE(m_sandbox.receivedRequests().size(), 1);
        QCOMPARE(m_sandbox.receivedRequests().first().status, 0);
        QCOMPARE(r.outcome, Outcome::NetworkError);
        QVERIFY2(r.error.startsWith(QStringLiteral("network error")), qPrintable(r.error));
    }

    void serverErrorIsHttpError_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("500") << 500 << QStringLiteral("Internal Server Error");
        QTest::newRow("502") << 502 << QStringLiteral("Bad Gateway");
        QTest::newRow("503") << 503 << QStringLiteral("Service Unavailable");
    }
    void serverErrorIsHttpError()
    {
        QFETCH(int, status);
        QFETCH(QString, message);
        m_sandbox.setFault(Host::TrackUs, fault(QStringLiteral("status:%1").arg(status)));
        const RequestRecord r = sendAndWait(event());
        QCOMPARE(r.outcome, Outcome::HttpError);
        QCOMPARE(r.status, status);
        QCOMPARE(r.hops.size(), 1);
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
        QCOMPARE(storedPeople(), 0); // answered before processing
    }

    void rateLimitIs429WithRetryAfter()
    {
        m_sandbox.setFault(Host::TrackUs, fault(QStringLiteral("rate-limit:7")));
        const RequestRecord r = sendAndWait(event());
        QCOMPARE(r.outcome, Outcome::HttpError);
        QCOMPARE(r.status, 429);
        QVERIFY2(r.error.contains(QStringLiteral("1000-per-second")), qPrintable(r.error));
        QCOMPARE(storedPeople(), 0);

        // TrackClient keeps no response headers: check Retry-After on the wire.
        QNetworkAccessManager network;
        QUrl url = m_sandbox.baseUrl(Host::TrackUs);
        url.setPath(QStringLiteral("/api/v1/accounts/region"));
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
        QCOMPARE(reply->rawHeader(QByteArrayLiteral("Retry-After")), QByteArrayLiteral("7"));
        delete reply;
    }

    void malformedJsonFailsRegionDetection()
    {
        m_sandbox.setFault(Host::TrackUs, fault(QStringLiteral("malformed-json")));
        TrackClient client(m_table);
        RegionDetector detector(&client);
        std::optional<RegionInfo> info;
        detector.detect(m_us, Region::Us, QStringLiteral("w"), this,
                        [&info](const RegionInfo &i, const RequestRecord &) { info = i; });
        QTRY_VERIFY(info.has_value());
        QVERIFY(!info->ok);
        QCOMPARE(info->region, Region::Unknown); // never shown as US
        QVERIFY2(info->error.contains(QStringLiteral("JSON")), qPrintable(info->error));

        // A Track call succeeds on its status; the stored body is what arrived.
        const RequestRecord r = sendAndWait(event());
        QCOMPARE(r.outcome, Outcome::Success);
        QCOMPARE(r.responseBody, QByteArrayLiteral("{"));
        QJsonParseError parseError;
        QJsonDocument::fromJson(r.responseBody, &parseError);
        QVERIFY(parseError.error != QJsonParseError::NoError);
        QCOMPARE(storedPeople(), 1); // processed; only the answer is broken
    }

    void oversizedBodyIsNotReadToTheEnd()
    {
        m_sandbox.setFault(Host::TrackUs, fault(QStringLiteral("oversized")));
        const RequestRecord r = sendAndWait(event(), 8000);
        QCOMPARE(r.outcome, Outcome::NetworkError);
        QVERIFY2(r.error.contains(QStringLiteral("larger than 1024 KiB")), qPrintable(r.error));
        QVERIFY(r.responseBody.size() <= 1024 * 1024);
        QCOMPARE(storedPeople(), 1); // processed; only the answer is oversized
    }

    void redirectOutsideIsRefusedAndNothingSent()
    {
        QTcpServer outside;
        QVERIFY(outside.listen(QHostAddress::LocalHost));
        const QUrl outsideUrl(QStringLiteral("http://127.0.0.1:%1").arg(outside.serverPort()));
        m_sandbox.setFault(Host::TrackUs, fault(QStringLiteral("redirect-outside:") + outsideUrl.toString()));

        const RequestRecord r =
            sendAndWait(TrackCall::identify(QStringLiteral("a/b"), {{QStringLiteral("plan"), QStringLiteral("pro")}}));
        QCOMPARE(r.outcome, Outcome::RedirectRefused);
        QCOMPARE(r.status, 307);
        QCOMPARE(r.hops.size(), 1);
        QVERIFY2(r.error.contains(QString::number(outside.serverPort())), qPrintable(r.error));
        // The call has ended and its client is gone with its network access manager: a connection either
        // had opened (on loopback, accepted by the kernel as it is made) would be waiting already.
        QVERIFY(!outside.waitForNewConnection(0));
        QVERIFY(!outside.hasPendingConnections());
        QCOMPARE(storedPeople(), 0);
        QCOMPARE(m_sandbox.receivedRequests().first().status, 307);
    }

    void faultsArePerHost()
    {
        m_sandbox.setFault(Host::TrackUs, fault(QStringLiteral("status:503")));
        TrackClient client(m_table);
        std::optional<RequestRecord> eu;
        client.send(TrackCall::region(), m_us, Region::Eu, {}, this, [&eu](const RequestRecord &r) { eu = r; });
        QTRY_VERIFY(eu.has_value());
        QCOMPARE(eu->outcome, Outcome::Success); // the region call answers on either Track host
    }

    void inspectionApiSwitchesFaults()
    {
        QUrl url = m_sandbox.baseUrl(Host::ApiEu);
        url.setPath(QStringLiteral("/__sandbox/fault"));
        int status = 0;
        QSignalSpy changed(&m_sandbox, &SandboxServer::faultChanged);
        post(url,
             {{QStringLiteral("host"), QStringLiteral("track-us")},
              {QStringLiteral("fault"), QStringLiteral("rate-limit:9")}},
             &status);
        QCOMPARE(status, 200);
        QCOMPARE(m_sandbox.fault(Host::TrackUs).toSpec(), QStringLiteral("rate-limit:9"));
        QCOMPARE(changed.size(), 1);
        post(url,
             {{QStringLiteral("host"), QStringLiteral("all")},
              {QStringLiteral("fault"), QStringLiteral("status")},
              {QStringLiteral("status"), 502}},
             &status);
        QCOMPARE(status, 200);
        for (const Host host : SandboxServer::allHosts())
            QCOMPARE(m_sandbox.fault(host).toSpec(), QStringLiteral("status:502"));
        const QByteArray bad = post(url,
                                    {{QStringLiteral("host"), QStringLiteral("track-us")},
                                     {QStringLiteral("fault"), QStringLiteral("status:418")}},
                                    &status);
        QCOMPARE(status, 400);
        QVERIFY2(bad.contains("500, 502 or 503"), bad.constData());

        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QTRY_VERIFY(reply->isFinished());
        const QJsonObject faults = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        QCOMPARE(faults.value(QStringLiteral("api-eu")).toString(), QStringLiteral("status:502"));
        QCOMPARE(faults.value(QStringLiteral("pipelines-eu")).toString(), QStringLiteral("status:502"));
        QCOMPARE(faults.size(), 6);
    }

    void cliFlagsSetFaults()
    {
        CliProcess cli;
        QVERIFY2(QFile::exists(cli.binary()), "CIO_CONSOLE_BINARY must name the built cio-console (run through ctest)");
        QTemporaryDir dir;
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start(&cli, dir.filePath(QStringLiteral("endpoints.json")),
                               {QStringLiteral("--fault"), QStringLiteral("track-us=status:503"),
                                QStringLiteral("--fault"), QStringLiteral("api-eu=delay:50"), QStringLiteral("--fault"),
                                QStringLiteral("pipelines-eu=hang"), QStringLiteral("--redirect-status"),
                                QStringLiteral("308")},
                               &error),
                 qPrintable(error));
        const QJsonObject faults =
            QJsonDocument::fromJson(sandbox.request(QStringLiteral("/__sandbox/fault"))).object();
        sandbox.stop();
        QCOMPARE(faults.value(QStringLiteral("track-us")).toString(), QStringLiteral("status:503"));
        QCOMPARE(faults.value(QStringLiteral("api-eu")).toString(), QStringLiteral("delay:50"));
        QCOMPARE(faults.value(QStringLiteral("track-eu")).toString(), QStringLiteral("none"));
        QCOMPARE(faults.value(QStringLiteral("pipelines-eu")).toString(), QStringLiteral("hang"));
        QCOMPARE(faults.value(QStringLiteral("pipelines-us")).toString(), QStringLiteral("none"));
        QVERIFY(cli.allOutput().contains("fault: status:503"));

        // A bad spec is a usage error before anything listens.
        const CliResult bad =
            cli.run({QStringLiteral("sandbox"), QStringLiteral("--fault"), QStringLiteral("track-us=status:418")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("500, 502 or 503"), qPrintable(bad.describe()));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxFaults)
#include "tst_sandboxfaults.moc"
