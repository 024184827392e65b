// TrackClient against the sandbox over real loopback sockets.
#include "burstsender.h"
#include "regiondetector.h"
#include "requestlogcells.h"
#include "sandboxserver.h"
#include "support/sandboxfixture.h"
#include "trackclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

static QByteArray endpointFile(const QString &usTrack, const QString &usApi, const QString &euTrack,
                               const QString &euApi)
{
    const QJsonObject us {{QStringLiteral("track"), usTrack}, {QStringLiteral("api"), usApi}};
    const QJsonObject eu {{QStringLiteral("track"), euTrack}, {QStringLiteral("api"), euApi}};
    return QJsonDocument(QJsonObject {{QStringLiteral("us"), us}, {QStringLiteral("eu"), eu}}).toJson();
}

using namespace Qt::StringLiterals;

class tst_TrackClient : public QObject
{
    Q_OBJECT

    SandboxServer m_sandbox;
    EndpointTable m_table;
    const TrackCredentials m_eu {QStringLiteral("demo-eu-site"), QStringLiteral("demo-eu-track-key")};
    const TrackCredentials m_us {QStringLiteral("demo-us-site"), QStringLiteral("demo-us-track-key")};

    static RequestRecord sendAndWait(TrackClient &client, const TrackCall &call, const TrackCredentials &credentials,
                                     Region via, const TrackClient::Options &options = {})
    {
        return SandboxFixture::sendAndWait(client, call, credentials, via, options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({0, 0, 0, 0, 0, 0}, &error), qPrintable(error));
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
        QTest::newRow("plain id") << QStringLiteral("42");
        QTest::newRow("email") << QStringLiteral("ada@example.com");
        QTest::newRow("cio id") << QStringLiteral("cio_03000001");
        QTest::newRow("phone") << QStringLiteral("+44 20 7946 0958");
        QTest::newRow("already encoded") << QStringLiteral("a%2Fb");
        QTest::newRow("backslash") << QStringLiteral("dom\\user");
        QTest::newRow("quotes") << QStringLiteral("o'brien \"jr\"");
        QTest::newRow("cyrillic") << QStringLiteral("пользователь");
        QTest::newRow("cjk") << QStringLiteral("用户@例子.公司");
        QTest::newRow("emoji") << QStringLiteral("fan-🎉");
        QTest::newRow("three dots") << QStringLiteral("...");
        QTest::newRow("semicolon and ampersand") << QStringLiteral("a;b&c=d");
        QTest::newRow("150 bytes") << QString(150, u'x');
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
        // Stored under exactly the identifier typed.
        const QJsonArray people = m_sandbox.workspaceState(m_us.siteId).value(u"people").toArray();
        QVERIFY(std::any_of(people.begin(), people.end(),
                            [&](const QJsonValue &p) { return p.toObject().value(u"identifier") == identifier; }));
        m_sandbox.clearState();
    }

    // Every Track call, sent through the client to the sandbox and checked in what the sandbox stored.
    void everyCallReachesTheSandbox()
    {
        m_sandbox.clearState();
        TrackClient client(m_table);
        const auto send = [&](const TrackCall &call) {
            const QStringList problems = describeProblems(call.validate());
            if (!problems.isEmpty())
                qWarning("%s", qPrintable(problems.join(u'\n')));
            const RequestRecord r = sendAndWait(client, call, m_eu, Region::Eu);
            if (r.status != 200)
                qWarning("%s %s -> %d %s", qPrintable(callName(call.kind)), qPrintable(r.path), r.status,
                         r.responseBody.constData());
            return r.status;
        };
        const auto person = [&](const QString &id) {
            const QJsonArray people = m_sandbox.workspaceState(m_eu.siteId).value(u"people").toArray();
            for (const QJsonValue &p : people) {
                if (p.toObject().value(u"identifier").toString() == id)
                    return p.toObject();
            }
            return QJsonObject();
        };
        QCOMPARE(send(TrackCall::identify(u"ada"_s, {{u"plan"_s, u"pro"_s}})), 200);
        QCOMPARE(person(u"ada"_s).value(u"attributes").toObject().value(u"plan").toString(), u"pro"_s);

        TrackCall page = TrackCall::pageView(u"ada"_s, u"https://example.com/pricing"_s);
        page.timestamp = 1764403200;
        QCOMPARE(send(page), 200);
        QCOMPARE(send(TrackCall::screenView(u"ada"_s, u"Settings"_s, {{u"tab"_s, u"billing"_s}})), 200);
        const QJsonArray events = person(u"ada"_s).value(u"events").toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).toObject().value(u"type").toString(), u"page"_s);
        QCOMPARE(events.at(0).toObject().value(u"timestamp").toInteger(), 1764403200);
        QCOMPARE(events.at(1).toObject().value(u"type").toString(), u"screen"_s);
        QCOMPARE(events.at(1).toObject().value(u"name").toString(), u"Settings"_s);

        QCOMPARE(send(TrackCall::addDevice(u"ada"_s, u"tok/1 é"_s, u"ios"_s, {{u"app_version"_s, u"1.2"_s}})), 200);
        QJsonArray devices = person(u"ada"_s).value(u"devices").toArray();
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.at(0).toObject().value(u"id").toString(), u"tok/1 é"_s);
        QCOMPARE(devices.at(0).toObject().value(u"platform").toString(), u"ios"_s);
        QCOMPARE(send(TrackCall::deleteDevice(u"ada"_s, u"tok/1 é"_s)), 200);
        QVERIFY(person(u"ada"_s).value(u"devices").toArray().isEmpty());

        QCOMPARE(send(TrackCall::identify(u"bob@example.com"_s, {{u"team"_s, u"b"_s}})), 200);
        QCOMPARE(send(TrackCall::merge(u"ada"_s, u"bob@example.com"_s)), 200);
        QVERIFY(person(u"bob@example.com"_s).isEmpty());
        QCOMPARE(person(u"ada"_s).value(u"attributes").toObject().value(u"team").toString(), u"b"_s);

        QCOMPARE(send(TrackCall::suppress(u"ada"_s)), 200);
        QVERIFY(m_sandbox.workspaceState(m_eu.siteId).value(u"suppressed").toArray().contains(u"ada"_s));
        QCOMPARE(send(TrackCall::unsuppress(u"ada"_s)), 200);
        QVERIFY(!m_sandbox.workspaceState(m_eu.siteId).value(u"suppressed").toArray().contains(u"ada"_s));

        QCOMPARE(send(TrackCall::identify(u"cy"_s, {})), 200);
        QCOMPARE(send(TrackCall::deletePerson(u"cy"_s)), 200);
        QVERIFY(person(u"cy"_s).isEmpty());

        QCOMPARE(send(TrackCall::anonymousEvent(u"anon-1"_s, u"visited"_s)), 200);
        QCOMPARE(m_sandbox.workspaceState(m_eu.siteId).value(u"anonymous_events").toArray().size(), 1);

        QCOMPARE(send(TrackCall::entity({{u"type"_s, u"person"_s},
                                         {u"identifiers"_s, QJsonObject {{u"id"_s, u"zed"_s}}},
                                         {u"action"_s, u"identify"_s},
                                         {u"attributes"_s, QJsonObject {{u"plan"_s, u"team"_s}}}})),
                 200);
        QCOMPARE(person(u"zed"_s).value(u"attributes").toObject().value(u"plan").toString(), u"team"_s);
        m_sandbox.clearState();
    }

    // A 207 from /api/v2/batch: the good operations are stored, each failed one is named against the
    // operation it points at.
    void batchPartialFailureNamesTheItems()
    {
        m_sandbox.clearState();
        TrackClient client(m_table);
        const QJsonArray batch {
            QJsonObject {{u"type"_s, u"person"_s},
                         {u"identifiers"_s, QJsonObject {{u"id"_s, u"p1"_s}}},
                         {u"action"_s, u"identify"_s}},
            // Valid for the console, refused by the sandbox: a person named by two identifiers (the
            // Track OpenAPI wants exactly one of id, email, phone, cio_id).
            QJsonObject {{u"type"_s, u"person"_s},
                         {u"identifiers"_s, QJsonObject {{u"phone"_s, u"+4420"_s}, {u"email"_s, u"two@example.com"_s}}},
                         {u"action"_s, u"identify"_s}},
            QJsonObject {{u"type"_s, u"person"_s},
                         {u"identifiers"_s, QJsonObject {{u"id"_s, u"p3"_s}}},
                         {u"action"_s, u"event"_s},
                         {u"name"_s, u"signed_up"_s}},
        };
        const TrackCall call = TrackCall::batch({{u"batch"_s, batch}});
        QVERIFY(call.validate().isEmpty());
        const RequestRecord r = sendAndWait(client, call, m_eu, Region::Eu);
        QCOMPARE(r.status, 207);
        QVERIFY(r.succeeded());
        const QString warnings = r.warnings.join(u'\n');
        QVERIFY2(warnings.contains(u"1 operation(s) of this call failed"_s), qPrintable(warnings));
        QVERIFY2(warnings.contains(u"item 1 (person two@example.com, identify): field identifiers:"_s),
                 qPrintable(warnings));
        const QJsonArray people = m_sandbox.workspaceState(m_eu.siteId).value(u"people").toArray();
        QCOMPARE(people.size(), 2);
        m_sandbox.clearState();
    }

    // A burst against a host that answers 429 with Retry-After: the refused calls are sent again after
    // the wait, the burst slows down, and every event arrives exactly once.
    void burstHonoursRetryAfterAndLosesNoEvent()
    {
        m_sandbox.clearState();
        TrackClient client(m_table);
        BurstSender burst(&client);
        QSignalSpy finished(&burst, &BurstSender::finished);
        QList<qint64> waits;
        QList<double> rates;
        connect(&burst, &BurstSender::rateLimited, this, [&](int, qint64 waitMs, double rate) {
            waits << waitMs;
            rates << rate;
            // The host recovers after its second refusal.
            if (waits.size() == 2)
                m_sandbox.setFault(SandboxServer::Host::TrackEu, SandboxServer::Fault::None);
        });
        SandboxFault limited;
        QString error;
        QVERIFY(SandboxFault::fromSpec(u"rate-limit:1"_s, &limited, &error));
        // Two calls go through, then the host refuses.
        connect(&burst, &BurstSender::recordFinished, this, [&](int index, const RequestRecord &record) {
            if (index == 1 && record.status == 200)
                m_sandbox.setFault(SandboxServer::Host::TrackEu, limited);
        });
        burst.start(TrackCall::event(u"ada"_s, u"burst"_s), m_eu, Region::Eu, {}, 6, 20);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const auto summary = finished.first().first().value<BurstSender::Summary>();
        QCOMPARE(summary.requested, 6);
        QCOMPARE(summary.succeeded, 6);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(summary.rateLimitedAnswers, 2);
        QCOMPARE(waits, (QList<qint64> {1000, 1000}));
        QCOMPARE(rates, (QList<double> {10, 5}));
        // Three successes after the last 429: the rate doubles back (BurstSender::RecoverAfterSuccesses).
        QCOMPARE(summary.finalRate, 10.0);
        int answered429 = 0;
        for (const SandboxRequest &received : m_sandbox.receivedRequests())
            answered429 += received.status == 429 ? 1 : 0;
        QCOMPARE(answered429, 2);
        // Six events stored, no duplicate and none lost.
        const QJsonArray people = m_sandbox.workspaceState(m_eu.siteId).value(u"people").toArray();
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.first().toObject().value(u"events").toArray().size(), 6);
        m_sandbox.clearState();
    }

    // A call that fails for any other reason is never sent again automatically; retryFailed() re-sends
    // only the failed ones.
    void burstNeverResendsFailedCallsByItself()
    {
        m_sandbox.clearState();
        TrackClient client(m_table);
        BurstSender burst(&client);
        QSignalSpy finished(&burst, &BurstSender::finished);
        m_sandbox.setFault(SandboxServer::Host::TrackEu, SandboxServer::Fault::ServerError);
        burst.start(TrackCall::event(u"ada"_s, u"burst"_s), m_eu, Region::Eu, {}, 3, 50);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        auto summary = finished.first().first().value<BurstSender::Summary>();
        QCOMPARE(summary.failed, 3);
        QCOMPARE(summary.failedIndexes, (QList<int> {0, 1, 2}));
        QCOMPARE(m_sandbox.receivedRequests().size(), 3);

        m_sandbox.setFault(SandboxServer::Host::TrackEu, SandboxServer::Fault::None);
        burst.retryFailed();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        summary = finished.last().first().value<BurstSender::Summary>();
        QCOMPARE(summary.requested, 3);
        QCOMPARE(summary.succeeded, 3);
        QCOMPARE(m_sandbox.receivedRequests().size(), 6);

        // Cancel stops the burst: what was not sent is counted, nothing more arrives.
        m_sandbox.clearReceivedRequests();
        burst.start(TrackCall::event(u"ada"_s, u"burst"_s), m_eu, Region::Eu, {}, 50, 5);
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.receivedRequests().size() >= 1, 5000);
        burst.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 5000);
        summary = finished.last().first().value<BurstSender::Summary>();
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.succeeded + summary.notSent, 50);
        const qsizetype sent = m_sandbox.receivedRequests().size();
        // The barrier: the burst has ended (its timer stopped, nothing in flight), and a call sent after it
        // through the same client to the same host arrives next; a burst call sent before would be there.
        QVERIFY(!burst.isRunning());
        QCOMPARE(sendAndWait(client, TrackCall::region(), m_eu, Region::Eu).outcome, RequestRecord::Outcome::Success);
        QCOMPARE(m_sandbox.receivedRequests().size(), sent + 1);
        QCOMPARE(m_sandbox.receivedRequests().last().path, u"/api/v1/accounts/region"_s);
        QCOMPARE(sent, qsizetype(summary.succeeded));
        m_sandbox.clearState();
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

    // Every hop keeps its header fields, its answer's body and its timing: the 301's Location and "wrong
    // datacenter" body, the masked Authorization sent to each Track host.
    void everyHopKeepsHeadersBodyAndTiming()
    {
        TrackClient client(m_table);
        TrackClient::Options options;
        options.accountRegion = Region::Eu;
        const RequestRecord r =
            sendAndWait(client, TrackCall::event(u"42"_s, u"purchase"_s), m_eu, Region::Us, options);
        QCOMPARE(r.hops.size(), 2);
        const Hop &redirect = r.hops.at(0);
        QCOMPARE(Hop::headerValue(redirect.requestHeaders, u"authorization"_s), u"Basic demo-eu-site:•••"_s);
        QCOMPARE(Hop::headerValue(redirect.requestHeaders, u"Content-Type"_s), u"application/json"_s);
        QVERIFY(Hop::headerValue(redirect.responseHeaders, u"location"_s)
                    .startsWith(m_sandbox.baseUrl(SandboxServer::Host::TrackEu).toString()));
        QVERIFY2(redirect.responseBody.contains("wrong datacenter"), redirect.responseBody.constData());
        const Hop &last = r.hops.at(1);
        QCOMPARE(last.responseBody, r.responseBody);
        QVERIFY(!Hop::headerValue(last.responseHeaders, u"content-type"_s).isEmpty());
        for (const Hop &hop : r.hops) {
            QVERIFY(hop.firstByteMs >= 0 && hop.firstByteMs <= hop.durationMs);
            QVERIFY(hop.connectMs <= hop.firstByteMs);
            for (const auto &field : hop.requestHeaders)
                QVERIFY(!field.second.contains(m_eu.trackApiKey));
        }
        QVERIFY2(r.hops.at(0).connectMs >= 0, "the first hop opened a new connection");
    }

    // A call waiting on a host can be cancelled: it ends at once as "cancelled by you", not as a timeout.
    void cancelledCallEndsAsCancelledByYou()
    {
        m_sandbox.setFault(SandboxServer::Host::TrackUs, SandboxServer::Fault::Hang);
        TrackClient client(m_table);
        client.setTimeoutMs(60000);
        QSignalSpy started(&client, &TrackClient::started);
        QSignalSpy finished(&client, &TrackClient::finished);
        const qint64 id = client.send(TrackCall::event(u"1"_s, u"x"_s), m_us, Region::Us, {});
        QCOMPARE(started.count(), 1);
        const RequestRecord live = started.at(0).at(0).value<RequestRecord>();
        QCOMPARE(live.hops.size(), 1);
        QCOMPARE(RequestLogCells::statusText(live), u"waiting for host…"_s);
        QTRY_COMPARE(m_sandbox.receivedRequests().size(), 1); // the host holds the request
        QVERIFY(client.cancel(id));
        QTRY_COMPARE(finished.count(), 1); // abort() may end the call before cancel() returns
        const RequestRecord r = finished.at(0).at(0).value<RequestRecord>();
        QCOMPARE(r.outcome, RequestRecord::Outcome::Cancelled);
        QCOMPARE(r.error, u"cancelled by you"_s);
        QCOMPARE(RequestRecord::outcomeName(r.outcome), u"cancelled"_s);
        QCOMPARE(RequestLogCells::statusText(r), u"cancelled by you"_s);
        QVERIFY(r.durationMs < 60000);
        QVERIFY(!client.cancel(id)); // no longer in flight
        QVERIFY(!client.cancel(id + 100));
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

    // A server that echoes the key the way JSON writers and URLs spell it: every spelling is masked.
    void escapedEchoesOfTheKeyAreScrubbed_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("echo");
        QTest::newRow("slash escaped") << u"abc/def123"_s << QByteArray("abc\\/def123");
        QTest::newRow("quote and backslash") << u"k\"e\\y"_s << QByteArray("k\\\"e\\\\y");
        QTest::newRow("unicode escaped") << u"sch\u00fcssel"_s << QByteArray("sch\\u00fcssel");
        QTest::newRow("percent-encoded") << u"a/b c"_s << QByteArray("a%2Fb%20c");
        QTest::newRow("percent-encoded, lower hex") << u"a/b c"_s << QByteArray("a%2fb%20c");
    }
    void escapedEchoesOfTheKeyAreScrubbed()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, echo);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&server, echo] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, echo] {
                socket->readAll();
                const QByteArray body = "{\"meta\":{\"error\":\"bad key " + echo + "\"}}";
                socket->write("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        const QString url = u"http://127.0.0.1:%1"_s.arg(server.serverPort());
        EndpointTable table;
        QString error;
        QVERIFY2(EndpointTable::fromJson(
                     endpointFile(url, u"http://127.0.0.1:1"_s, u"http://127.0.0.1:2"_s, u"http://127.0.0.1:3"_s),
                     &table, &error),
                 qPrintable(error));
        TrackClient client(table);
        const RequestRecord r = sendAndWait(client, TrackCall::region(), {u"site"_s, key}, Region::Us);
        QCOMPARE(r.status, 401);
        QVERIFY2(!r.responseBody.contains(echo), r.responseBody.constData());
        QVERIFY2(r.responseBody.contains("bad key •••"), r.responseBody.constData());
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
