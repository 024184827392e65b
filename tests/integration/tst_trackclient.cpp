// TrackClient against the sandbox over real loopback sockets.
#include "regiondetector.h"
#include "sandboxserver.h"
#include "trackclient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

static QByteArray endpointFile(const QString &usTrack, const QString &usApi, const QString &euTrack,
                               const QString &euApi)
{
    const QJsonObject us {{QStringLiteral("track"), usTrack}, {QStringLiteral("api"), usApi}};
    const QJsonObject eu {{QStringLiteral("track"), euTrack}, {QStringLiteral("api"), euApi}};
    return QJsonDocument(QJsonObject {{QStringLiteral("us"), us}, {QStringLiteral("eu"), eu}}).toJson();
}

class tst_TrackClient : public QObject
{
    Q_OBJECT

    SandboxServer m_sandbox;
    EndpointTable m_table;
    const TrackCredentials m_eu {QStringLiteral("demo-eu-site"), QStringLiteral("demo-eu-track-key")};
    const TrackCredentials m_us {QStringLiteral("demo-us-site"), QStringLiteral("demo-us-track-key")};

    RequestRecord sendAndWait(TrackClient &client, const TrackCall &call, const TrackCredentials &credentials,
                              Region via, TrackClient::Options options = {})
    {
        std::optional<RequestRecord> result;
        client.send(call, credentials, via, options, this, [&result](const RequestRecord &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
        return result.value_or(RequestRecord());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({0, 0, 0, 0}, &error), qPrintable(error));
        QVERIFY2(EndpointTable::fromJson(m_sandbox.endpointsJson(), &m_table, &error), qPrintable(error));
    }

    void init()
    {
        m_sandbox.clearReceivedRequests();
        m_sandbox.setRedirectStatus(301);
        for (auto host : {SandboxServer::Host::TrackUs, SandboxServer::Host::TrackEu})
            m_sandbox.setFault(host, SandboxServer::Fault::None);
    }

    void regionOnEitherHost_data()
    {
        QTest::addColumn<bool>("euAccount");
        QTest::addColumn<Region>("via");
        QTest::newRow("eu via us") << true << Region::Us;
        QTest::newRow("eu via eu") << true << Region::Eu;
        QTest::newRow("us via eu") << false << Region::Eu;
        QTest::newRow("us via us") << false << Region::Us;
    }
    void regionOnEitherHost()
    {
        QFETCH(bool, euAccount);
        QFETCH(Region, via);
        TrackClient client(m_table);
        RegionDetector detector(&client);
        std::optional<RegionInfo> info;
        detector.detect(euAccount ? m_eu : m_us, via, QStringLiteral("w"), this,
                        [&info](const RegionInfo &i, const RequestRecord &) { info = i; });
        QTRY_VERIFY(info.has_value());
        QVERIFY2(info->ok, qPrintable(info->error));
        QCOMPARE(info->region, euAccount ? Region::Eu : Region::Us);
        QCOMPARE(info->environmentId, euAccount ? 201 : 101);
        QCOMPARE(info->handledBy, EndpointTable::hostLabel(m_table.trackUrl(via)));
    }

    void badCredentialsAreUnknownNeverUs()
    {
        TrackClient client(m_table);
        RegionDetector detector(&client);
        std::optional<RegionInfo> info;
        detector.detect({QStringLiteral("demo-us-site"), QStringLiteral("wrong")}, Region::Us, {}, this,
                        [&info](const RegionInfo &i, const RequestRecord &) { info = i; });
        QTRY_VERIFY(info.has_value());
        QVERIFY(!info->ok);
        QCOMPARE(info->region, Region::Unknown);
        QVERIFY2(info->error.contains(QStringLiteral("rejected by Customer.io")), qPrintable(info->error));
    }

    // Qt 6.4 would turn POST into GET on 301 and re-send Authorization anywhere; the client must not.
    void redirectKeepsMethodAndBody_data()
    {
        QTest::addColumn<int>("redirectStatus");
        QTest::newRow("301") << 301;
        QTest::newRow("302") << 302;
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
    }
    void redirectKeepsMethodAndBody()
    {
        QFETCH(int, redirectStatus);
        m_sandbox.setRedirectStatus(redirectStatus);
        TrackClient client(m_table);
        QSignalSpy finished(&client, &TrackClient::finished);
        TrackClient::Options options;
        options.accountRegion = Region::Eu;
        const RequestRecord r = sendAndWait(client,
                                            TrackCall::event(QStringLiteral("42"), QStringLiteral("purchase"),
                                                             {{QStringLiteral("sku"), QStringLiteral("A-1")}}),
                                            m_eu, Region::Us, options);
        QCOMPARE(r.outcome, RequestRecord::Outcome::Success);
        QCOMPARE(r.hops.size(), 2);
        QCOMPARE(r.hops.at(0).status, redirectStatus);
        QCOMPARE(r.hops.at(1).status, 200);
        QCOMPARE(r.handledByRegion, Region::Eu);
        QCOMPARE(r.routeRegion, Region::Us);
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings.first().contains(QStringLiteral("US servers")));
        QCOMPARE(finished.count(), 1);

        const QList<SandboxRequest> received = m_sandbox.receivedRequests();
        QCOMPARE(received.size(), 2);
        QCOMPARE(received.at(1).host, QStringLiteral("track-eu"));
        QCOMPARE(received.at(1).method, QStringLiteral("POST"));
        QCOMPARE(received.at(1).siteId, QStringLiteral("demo-eu-site"));
        const QJsonObject body = QJsonDocument::fromJson(received.at(1).body).object();
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("purchase"));
        QCOMPARE(body.value(QStringLiteral("data")).toObject().value(QStringLiteral("sku")).toString(),
                 QStringLiteral("A-1"));
    }

    void identifierEncodedOnceAsOneSegment_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::newRow("slash") << QStringLiteral("a/b@example.com");
        QTest::newRow("plus") << QStringLiteral("jo+1@example.com");
        QTest::newRow("percent") << QStringLiteral("100%41");
        QTest::newRow("space") << QStringLiteral("Ada Lovelace");
        QTest::newRow("non-ascii") << QStringLiteral("zoë@exämple.com");
        QTest::newRow("query chars") << QStringLiteral("a?b=c#d");
    }
    void identifierEncodedOnceAsOneSegment()
    {
        QFETCH(QString, identifier);
        TrackClient client(m_table);
        const RequestRecord r =
            sendAndWait(client, TrackCall::identify(identifier, {{QStringLiteral("plan"), QStringLiteral("pro")}}),
                        m_us, Region::Us);
        QCOMPARE(r.status, 200);
        const QList<SandboxRequest> received = m_sandbox.receivedRequests();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().method, QStringLiteral("PUT"));
        QCOMPARE(received.first().identifier, identifier);
    }

    void redirectOutsideTheTableIsRefused()
    {
        // A table whose EU entry is not the sandbox's EU host: the US host's redirect names a host
        // outside the allow-list.
        EndpointTable narrow;
        QString error;
        const QByteArray json =
            endpointFile(m_sandbox.baseUrl(SandboxServer::Host::TrackUs).toString(),
                         m_sandbox.baseUrl(SandboxServer::Host::ApiUs).toString(), QStringLiteral("http://127.0.0.1:1"),
                         QStringLiteral("http://127.0.0.1:2"));
        QVERIFY2(EndpointTable::fromJson(json, &narrow, &error), qPrintable(error));
        TrackClient client(narrow);
        const RequestRecord r =
            sendAndWait(client, TrackCall::event(QStringLiteral("1"), QStringLiteral("x")), m_eu, Region::Us);
        QCOMPARE(r.outcome, RequestRecord::Outcome::RedirectRefused);
        QCOMPARE(r.hops.size(), 1);
        QVERIFY2(r.error.contains(QStringLiteral("redirect refused")), qPrintable(r.error));
        for (const SandboxRequest &received : m_sandbox.receivedRequests())
            QCOMPARE(received.host, QStringLiteral("track-us")); // nothing reached the EU host
    }

    void hopCap()
    {
        TrackClient client(m_table);
        client.setMaxHops(1);
        const RequestRecord r =
            sendAndWait(client, TrackCall::event(QStringLiteral("1"), QStringLiteral("x")), m_eu, Region::Us);
        QCOMPARE(r.outcome, RequestRecord::Outcome::TooManyRedirects);
        QCOMPARE(r.hops.size(), 1);
    }

    void wrongRegionIs401WithWarning()
    {
        TrackClient client(m_table);
        TrackClient::Options options;
        options.accountRegion = Region::Us;
        const RequestRecord r =
            sendAndWait(client, TrackCall::identify(QStringLiteral("1"), {}), m_us, Region::Eu, options);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.outcome, RequestRecord::Outcome::HttpError);
        QVERIFY2(r.error.contains(QStringLiteral("Unauthorized request")), qPrintable(r.error));
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings.first().startsWith(QStringLiteral("Wrong region")));
    }

    void serverThatNeverAnswersTimesOut()
    {
        m_sandbox.setFault(SandboxServer::Host::TrackUs, SandboxServer::Fault::Hang);
        TrackClient client(m_table);
        client.setTimeoutMs(700);
        const RequestRecord r =
            sendAndWait(client, TrackCall::event(QStringLiteral("1"), QStringLiteral("x")), m_us, Region::Us);
        QCOMPARE(r.outcome, RequestRecord::Outcome::TimedOut);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error.startsWith(QStringLiteral("timed out after 0.7 s")), qPrintable(r.error));
        QVERIFY(r.durationMs >= 600);
    }

    void connectionRefusedIsNetworkError()
    {
        // Four ports that were free a moment ago: nothing listens on them.
        QStringList urls;
        {
            QTcpServer probes[4];
            for (QTcpServer &probe : probes) {
                QVERIFY(probe.listen(QHostAddress::LocalHost));
                urls << QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
            }
        }
        EndpointTable closed;
        QString error;
        const QByteArray json = endpointFile(urls.at(0), urls.at(1), urls.at(2), urls.at(3));
        QVERIFY2(EndpointTable::fromJson(json, &closed, &error), qPrintable(error));
        TrackClient client(closed);
        const RequestRecord r = sendAndWait(client, TrackCall::region(), m_us, Region::Us);
        QCOMPARE(r.outcome, RequestRecord::Outcome::NetworkError);
        QVERIFY2(r.error.contains(QStringLiteral("network error")), qPrintable(r.error));
    }

    void trackCredentialsNeverGoToTheAppHost()
    {
        SandboxFault fault;
        QString error;
        QVERIFY(SandboxFault::fromSpec(QStringLiteral("redirect-outside:")
                                           + m_sandbox.baseUrl(SandboxServer::Host::ApiUs).toString(),
                                       &fault, &error));
        m_sandbox.setFault(SandboxServer::Host::TrackUs, fault);
        TrackClient client(m_table);
        const RequestRecord r =
            sendAndWait(client, TrackCall::event(QStringLiteral("1"), QStringLiteral("x")), m_us, Region::Us);
        m_sandbox.setFault(SandboxServer::Host::TrackUs, SandboxServer::Fault::None);
        QCOMPARE(r.hops.size(), 2);
        QVERIFY(r.hops.at(0).credentialsSent);
        QVERIFY(!r.hops.at(1).credentialsSent);
        for (const SandboxRequest &received : m_sandbox.receivedRequests()) {
            if (received.host == u"api-us")
                QVERIFY(received.siteId.isEmpty());
        }
    }

    // A server that echoes the Authorization header back: the record and its error never show it.
    void echoedCredentialsAreScrubbed()
    {
        QTcpServer echo;
        QVERIFY(echo.listen(QHostAddress::LocalHost));
        connect(&echo, &QTcpServer::newConnection, this, [&echo] {
            QTcpSocket *socket = echo.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                const QByteArray request = socket->readAll();
                const int at = request.indexOf("Authorization: ");
                const QByteArray header = request.mid(at, request.indexOf("\r\n", at) - at);
                const QByteArray body = "{\"meta\":{\"error\":\"bad \u001b[31m" + header + "\"}}";
                socket->write("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(echo.serverPort());
        EndpointTable table;
        QString error;
        QVERIFY2(EndpointTable::fromJson(endpointFile(url, QStringLiteral("http://127.0.0.1:1"),
                                                      QStringLiteral("http://127.0.0.1:2"),
                                                      QStringLiteral("http://127.0.0.1:3")),
                                         &table, &error),
                 qPrintable(error));
        TrackClient client(table);
        const RequestRecord r = sendAndWait(client, TrackCall::region(), m_eu, Region::Us);
        QCOMPARE(r.status, 401);
        const QByteArray basic = QByteArray("demo-eu-site:demo-eu-track-key").toBase64();
        QVERIFY2(!r.error.contains(QString::fromLatin1(basic)), qPrintable(r.error));
        QVERIFY(!r.responseBody.contains(basic));
        QVERIFY2(r.error.contains(QStringLiteral("Basic •••")), qPrintable(r.error));
        QVERIFY(!r.error.contains(QChar(0x1b))); // no terminal escape sequences
    }

    void recordHoldsNoSecret()
    {
        TrackClient client(m_table);
        const RequestRecord r =
            sendAndWait(client, TrackCall::event(QStringLiteral("1"), QStringLiteral("x")), m_eu, Region::Us);
        QCOMPARE(r.authorization, QStringLiteral("Basic demo-eu-site:•••"));
        const QByteArray json = QJsonDocument(r.toJson()).toJson();
        QVERIFY(!json.contains("demo-eu-track-key"));
        QVERIFY(!json.contains(QByteArray("demo-eu-site:demo-eu-track-key").toBase64()));
    }
};

QTEST_GUILESS_MAIN(tst_TrackClient)
#include "tst_trackclient.moc"
