// The sandbox's Pipelines hosts over real loopback sockets: the rows of docs/sandbox.md's Pipelines table
// (pipelinesTable: one row per row, named by its number), the endpoint file, the inspection API, a fault
// on a Pipelines host, and the console's own TrackClient sending Pipelines calls to each regional host with
// what the sandbox stored checked through /__sandbox/pipelines, the assumed wrong-region answer included.
#include "sandboxserver.h"
#include "support/sandboxfixture.h"
#include "trackcall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(TrackCall)

using namespace Qt::StringLiterals;
using Host = SandboxServer::Host;
using WrongRegion = SandboxPipelinesApi::WrongRegion;

namespace {

QByteArray basic(const QString &user, const QString &password = {})
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

const QByteArray usKey = basic(u"demo-us-pipelines-key"_s);
const QByteArray euKey = basic(u"demo-eu-pipelines-key"_s);

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray errorsBody(const QString &message)
{
    return compact({{u"meta"_s, QJsonObject {{u"errors"_s, QJsonArray {message}}}}});
}

struct HttpResult
{
    int status = 0;
    QByteArray body;
};

TrackCall pipelinesCall(CallKind kind, const QHash<QString, QString> &texts,
                        const QHash<QString, QJsonObject> &json = {})
{
    TrackCall c;
    c.kind = kind;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        c.setText(it.key(), it.value());
    for (auto it = json.cbegin(); it != json.cend(); ++it)
        c.setJson(it.key(), it.value());
    return c;
}

} // namespace

class TstSandboxPipelines : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_nam;

    HttpResult send(Host host, const QByteArray &method, const QString &path, const QByteArray &body,
                    const QByteArray &authorization, bool strict)
    {
        QNetworkRequest request(QUrl(m_sandbox.server.baseUrl(host).toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        if (strict)
            request.setRawHeader("X-Strict-Mode", "1");
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(5000))
            qWarning("no answer within 5 s");
        HttpResult result {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return result;
    }

    QJsonObject inspect(const QString &pathAndQuery)
    {
        const HttpResult r = send(Host::PipelinesEu, "GET", u"/__sandbox/"_s + pathAndQuery, {}, {}, false);
        return QJsonDocument::fromJson(r.body).object();
    }

    RequestRecord sendFromConsole(const TrackCall &call, const QString &key, Region via, bool strict = true)
    {
        TrackClient::Options options;
        options.pipelinesApiKey = key;
        options.strictMode = strict;
        return m_sandbox.send(call, TrackCredentials(), via, options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    void init() { m_sandbox.reset(); }

    void endpointFile()
    {
        const QJsonObject json = QJsonDocument::fromJson(m_sandbox.server.endpointsJson()).object();
        QCOMPARE(json[u"us"_s][u"pipelines"_s].toString(), m_sandbox.server.baseUrl(Host::PipelinesUs).toString());
        QCOMPARE(json[u"eu"_s][u"pipelines"_s].toString(), m_sandbox.server.baseUrl(Host::PipelinesEu).toString());
        QVERIFY(m_sandbox.endpoints.hasPipelines());
        QCOMPARE(m_sandbox.endpoints.pipelinesUrl(Region::Us), m_sandbox.server.baseUrl(Host::PipelinesUs));
        QCOMPARE(m_sandbox.endpoints.pipelinesUrl(Region::Eu), m_sandbox.server.baseUrl(Host::PipelinesEu));
        QVERIFY(m_sandbox.endpoints.isPipelinesHost(m_sandbox.server.baseUrl(Host::PipelinesEu)));
        QCOMPARE(m_sandbox.endpoints.regionOf(m_sandbox.server.baseUrl(Host::PipelinesEu)), Region::Eu);
        // Six distinct listeners.
        QSet<quint16> ports;
        for (const Host host : SandboxServer::allHosts())
            ports.insert(m_sandbox.server.port(host));
        QCOMPARE(ports.size(), 6);
        QVERIFY(!ports.contains(0));
    }

    void sixPortsAreNeeded()
    {
        SandboxServer other;
        QString error;
        QVERIFY(!other.start({0, 0, 0, 0}, &error));
        QCOMPARE(error, u"expected 6 ports, got 4"_s);
        QVERIFY(!other.isListening());
    }

    // docs/sandbox.md, Pipelines: one row here per row of the table, named by its number.
    void pipelinesTable_data()
    {
        QTest::addColumn<Host>("host");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QString>("stored"); // "accepted", "dropped", "dropped-without-source" or "" (nothing)

        const QByteArray ok("{}");
        const QByteArray identify(R"({"userId":"42","traits":{"plan":"pro"}})");
        const QByteArray track(R"({"userId":"42","event":"Signed Up"})");
        const QByteArray tooLarge = compact({{u"userId"_s, u"42"_s},
                                             {u"event"_s, u"e"_s},
                                             {u"properties"_s, QJsonObject {{u"p"_s, QString(32000, u'x')}}}});
        const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
        row("P1 identify, us key, us host") << Host::PipelinesUs << true << QByteArray("POST") << u"/v1/identify"_s
                                            << identify << usKey << 200 << ok << u"accepted"_s;
        row("P1 track, eu key, eu host") << Host::PipelinesEu << false << QByteArray("POST") << u"/v1/track"_s << track
                                         << euKey << 200 << ok << u"accepted"_s;
        row("P1 page") << Host::PipelinesUs << true << QByteArray("POST") << u"/v1/page"_s
                       << QByteArray(R"({"anonymousId":"a","name":"Pricing"})") << usKey << 200 << ok << u"accepted"_s;
        row("P1 screen") << Host::PipelinesUs << true << QByteArray("POST") << u"/v1/screen"_s
                         << QByteArray(R"({"userId":"42","name":"Home"})") << usKey << 200 << ok << u"accepted"_s;
        row("P1 group") << Host::PipelinesUs << true << QByteArray("POST") << u"/v1/group"_s
                        << QByteArray(R"({"userId":"42","groupId":"acme"})") << usKey << 200 << ok << u"accepted"_s;
        row("P1 alias") << Host::PipelinesUs << true << QByteArray("POST") << u"/v1/alias"_s
                        << QByteArray(R"({"userId":"42","previousId":"a"})") << usKey << 200 << ok << u"accepted"_s;
        row("P2 batch") << Host::PipelinesEu << true << QByteArray("POST") << u"/v1/batch"_s
                        << QByteArray(
                               R"({"batch":[{"type":"identify","userId":"42"},{"type":"screen","userId":"42"}]})")
                        << euKey << 200 << ok << u"accepted"_s;
        row("P3 invalid, permissive") << Host::PipelinesUs << false << QByteArray("POST") << u"/v1/track"_s
                                      << QByteArray(R"({"userId":"42"})") << usKey << 200 << ok << u"dropped"_s;
        row("P4 invalid, strict") << Host::PipelinesUs << true << QByteArray("POST") << u"/v1/track"_s
                                  << QByteArray(R"({"userId":"42"})") << usKey << 400
                                  << errorsBody(u"event is required"_s) << u"dropped"_s;
        row("P5 over 32000 bytes, permissive") << Host::PipelinesUs << false << QByteArray("POST") << u"/v1/track"_s
                                               << tooLarge << usKey << 200 << ok << u"dropped"_s;
        row("P6 over 32000 bytes, strict")
            << Host::PipelinesUs << true << QByteArray("POST") << u"/v1/track"_s << tooLarge << usKey << 400
            << errorsBody(u"a call cannot be larger than 32000 bytes (got %1)"_s.arg(tooLarge.size())) << u"dropped"_s;
        row("P7 unknown key, permissive") << Host::PipelinesUs << false << QByteArray("POST") << u"/v1/identify"_s
                                          << identify << basic(u"nope"_s) << 200 << ok << u"dropped-without-source"_s;
        row("P8 unknown key, strict") << Host::PipelinesUs << true << QByteArray("POST") << u"/v1/identify"_s
                                      << identify << basic(u"nope"_s) << 401
                                      << errorsBody(u"the user name is not the API key of a source"_s)
                                      << u"dropped-without-source"_s;
        row("P8 track credentials, strict")
            << Host::PipelinesUs << true << QByteArray("POST") << u"/v1/identify"_s << identify
            << basic(u"demo-us-site"_s, u"demo-us-track-key"_s) << 401
            << errorsBody(u"Track API credentials (Site ID and Track API key) are not a Pipelines API key"_s)
            << u"dropped-without-source"_s;
        row("P9 eu key on us host, strict")
            << Host::PipelinesUs << true << QByteArray("POST") << u"/v1/track"_s << track << euKey << 401
            << errorsBody(u"the key of a source of an EU account on the US Pipelines host"_s) << u"dropped"_s;
        row("P10 us key on eu host, permissive") << Host::PipelinesEu << false << QByteArray("POST") << u"/v1/track"_s
                                                 << track << usKey << 200 << ok << u"dropped"_s;
        row("P11 unknown path") << Host::PipelinesUs << true << QByteArray("POST") << u"/v1/delete"_s << track << usKey
                                << 404 << QByteArray(R"({"meta":{"error":"not found"}})") << QString();
        row("P11 GET") << Host::PipelinesUs << true << QByteArray("GET") << u"/v1/track"_s << QByteArray() << usKey
                       << 404 << QByteArray(R"({"meta":{"error":"not found"}})") << QString();
    }

    void pipelinesTable()
    {
        QFETCH(Host, host);
        QFETCH(bool, strict);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QByteArray, expected);
        QFETCH(QString, stored);

        const HttpResult r = send(host, method, path, body, authorization, strict);
        QCOMPARE(r.status, status);
        QCOMPARE(r.body, expected);

        const QJsonObject all = inspect(u"pipelines"_s);
        qsizetype accepted = 0;
        qsizetype dropped = 0;
        for (const QJsonValue &w : all.value(u"workspaces"_s).toArray()) {
            accepted += w[u"accepted"_s].toArray().size();
            dropped += w[u"dropped"_s].toArray().size();
        }
        const qsizetype withoutSource = all.value(u"dropped_without_source"_s).toArray().size();
        QCOMPARE(accepted > 0, stored == u"accepted"_s);
        QCOMPARE(dropped, stored == u"dropped"_s ? 1 : 0);
        QCOMPARE(withoutSource, stored == u"dropped-without-source"_s ? 1 : 0);

        // Every request is in the request log under its host, with the key's workspace when it names a source.
        const QList<SandboxRequest> requests = m_sandbox.server.receivedRequests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().host, SandboxServer::hostName(host));
        QCOMPARE(requests.first().status, status);
    }

    // What the sandbox stored, through the inspection API: per workspace and source, each call's type and ids.
    void storedThroughInspection()
    {
        QCOMPARE(send(Host::PipelinesEu, "POST", u"/v1/track"_s,
                      R"({"userId":"ada","event":"Course Started","properties":{"n":1},"messageId":"m-1"})", euKey,
                      true)
                     .status,
                 200);
        QCOMPARE(send(Host::PipelinesEu, "POST", u"/v1/identify"_s, R"({"anonymousId":"a-1"})", euKey, false).status,
                 200);
        QCOMPARE(send(Host::PipelinesEu, "POST", u"/v1/group"_s, R"({"userId":"ada"})", euKey, false).status, 200);

        const QJsonObject eu = inspect(u"pipelines?site_id=demo-eu-site"_s);
        QCOMPARE(eu.value(u"name"_s).toString(), u"Demo EU"_s);
        QCOMPARE(eu.value(u"region"_s).toString(), u"eu"_s);
        const QJsonArray accepted = eu.value(u"accepted"_s).toArray();
        QCOMPARE(accepted.size(), 2);
        const QJsonObject first = accepted.at(0).toObject();
        QCOMPARE(first.value(u"source"_s).toString(), u"Website"_s);
        QCOMPARE(first.value(u"host"_s).toString(), u"pipelines-eu"_s);
        QCOMPARE(first.value(u"type"_s).toString(), u"track"_s);
        QCOMPARE(first.value(u"userId"_s).toString(), u"ada"_s);
        QCOMPARE(first.value(u"event"_s).toString(), u"Course Started"_s);
        QCOMPARE(first.value(u"messageId"_s).toString(), u"m-1"_s);
        QCOMPARE(first.value(u"strict"_s).toBool(), true);
        QCOMPARE(first[u"call"_s][u"properties"_s][u"n"_s].toInt(), 1);
        QCOMPARE(accepted.at(1).toObject().value(u"anonymousId"_s).toString(), u"a-1"_s);
        const QJsonArray dropped = eu.value(u"dropped"_s).toArray();
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.at(0).toObject().value(u"reason"_s).toString(), u"groupId is required"_s);
        QCOMPARE(dropped.at(0).toObject().value(u"type"_s).toString(), u"group"_s);
        QCOMPARE(inspect(u"pipelines?site_id=demo-us-site"_s).value(u"accepted"_s).toArray().size(), 0);

        // The request log names the key's workspace.
        QCOMPARE(m_sandbox.server.receivedRequests().first().siteId, u"demo-eu-site"_s);

        // DELETE /__sandbox/pipelines forgets them; DELETE /__sandbox/people too.
        QCOMPARE(send(Host::PipelinesUs, "DELETE", u"/__sandbox/pipelines"_s, {}, {}, false).status, 200);
        QCOMPARE(inspect(u"pipelines?site_id=demo-eu-site"_s).value(u"accepted"_s).toArray().size(), 0);
        send(Host::PipelinesEu, "POST", u"/v1/identify"_s, R"({"userId":"b"})", euKey, false);
        QCOMPARE(send(Host::TrackUs, "DELETE", u"/__sandbox/people"_s, {}, {}, false).status, 200);
        QCOMPARE(inspect(u"pipelines?site_id=demo-eu-site"_s).value(u"accepted"_s).toArray().size(), 0);
    }

    // The assumed wrong-region answer, switched through the inspection API.
    void wrongRegionSwitch()
    {
        const QByteArray track(R"({"userId":"42","event":"e"})");
        QCOMPARE(send(Host::PipelinesUs, "POST", u"/v1/track"_s, track, euKey, true).status, 401);
        QCOMPARE(
            send(Host::PipelinesUs, "POST", u"/__sandbox/pipelines-wrong-region"_s, R"({"mode":"accept"})", {}, false)
                .status,
            200);
        QCOMPARE(m_sandbox.server.pipelinesWrongRegion(), WrongRegion::Accept);
        QCOMPARE(send(Host::PipelinesUs, "POST", u"/v1/track"_s, track, euKey, true).status, 200);
        const QJsonArray accepted = inspect(u"pipelines?site_id=demo-eu-site"_s).value(u"accepted"_s).toArray();
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.at(0).toObject().value(u"host"_s).toString(), u"pipelines-us"_s);
        QCOMPARE(send(Host::PipelinesUs, "POST", u"/__sandbox/pipelines-wrong-region"_s, R"({"mode":"x"})", {}, false)
                     .status,
                 400);
        QCOMPARE(m_sandbox.server.pipelinesWrongRegion(), WrongRegion::Accept);
    }

    void faultOnAPipelinesHost()
    {
        SandboxFault fault;
        QVERIFY(SandboxFault::fromSpec(u"rate-limit:2"_s, &fault, nullptr));
        m_sandbox.server.setFault(Host::PipelinesEu, fault);
        const HttpResult limited =
            send(Host::PipelinesEu, "POST", u"/v1/identify"_s, R"({"userId":"42"})", euKey, true);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.body,
                 QByteArray(R"({"meta":{"error":"Your request is over the limit of 3000 requests per 3 seconds."}})"));
        // Answered before it is processed: nothing stored. The US host is untouched by the EU host's fault.
        QCOMPARE(inspect(u"pipelines?site_id=demo-eu-site"_s).value(u"dropped"_s).toArray().size(), 0);
        QCOMPARE(send(Host::PipelinesUs, "POST", u"/v1/identify"_s, R"({"userId":"42"})", usKey, true).status, 200);
        QCOMPARE(inspect(u"fault"_s).value(u"pipelines-eu"_s).toString(), u"rate-limit:2"_s);
        QCOMPARE(inspect(u"fault"_s).value(u"pipelines-us"_s).toString(), u"none"_s);
    }

    // The console's TrackClient against the sandbox: each call reaches the regional host of the route it was
    // sent on, with the source's key, and is stored in that key's workspace.
    void consoleCallsReachTheirRegion_data()
    {
        QTest::addColumn<TrackCall>("call");
        QTest::addColumn<QString>("type");
        QTest::newRow("identify") << pipelinesCall(CallKind::PipelinesIdentify, {{CallFields::UserId, u"42"_s}},
                                                   {{CallFields::Traits, {{u"plan"_s, u"pro"_s}}}})
                                  << u"identify"_s;
        QTest::newRow("track") << pipelinesCall(CallKind::PipelinesTrack,
                                                {{CallFields::AnonymousId, u"a-1"_s}, {CallFields::Event, u"Viewed"_s}})
                               << u"track"_s;
        QTest::newRow("page") << pipelinesCall(CallKind::PipelinesPage,
                                               {{CallFields::UserId, u"42"_s}, {CallFields::Name, u"Pricing"_s}})
                              << u"page"_s;
        QTest::newRow("screen") << pipelinesCall(CallKind::PipelinesScreen,
                                                 {{CallFields::UserId, u"42"_s}, {CallFields::Name, u"Home"_s}})
                                << u"screen"_s;
        QTest::newRow("group") << pipelinesCall(CallKind::PipelinesGroup,
                                                {{CallFields::UserId, u"42"_s}, {CallFields::GroupId, u"acme"_s}})
                               << u"group"_s;
        QTest::newRow("alias") << pipelinesCall(CallKind::PipelinesAlias,
                                                {{CallFields::UserId, u"42"_s}, {CallFields::PreviousId, u"a-1"_s}})
                               << u"alias"_s;
        QTest::newRow("device-created") << pipelinesCall(
            CallKind::PipelinesDeviceCreated, {{CallFields::UserId, u"42"_s}, {CallFields::DeviceToken, u"tok"_s}})
                                        << u"track"_s;
        QTest::newRow("report-delivery") << pipelinesCall(
            CallKind::PipelinesReportDelivery, {{CallFields::DeliveryId, u"d-1"_s}, {CallFields::Metric, u"opened"_s}})
                                         << u"track"_s;
    }

    void consoleCallsReachTheirRegion()
    {
        QFETCH(TrackCall, call);
        QFETCH(QString, type);
        QVERIFY(call.validate().isEmpty());
        for (const Region region : {Region::Us, Region::Eu}) {
            const QString code = region == Region::Us ? u"us"_s : u"eu"_s;
            const QString siteId = u"demo-%1-site"_s.arg(code);
            const RequestRecord r = sendFromConsole(call, u"demo-%1-pipelines-key"_s.arg(code), region);
            QCOMPARE(r.outcome, RequestRecord::Outcome::Success);
            QCOMPARE(r.handledByRegion, region);
            const QJsonArray accepted = inspect(u"pipelines?site_id="_s + siteId).value(u"accepted"_s).toArray();
            QVERIFY(!accepted.isEmpty());
            const QJsonObject entry = accepted.last().toObject();
            QCOMPARE(entry.value(u"host"_s).toString(), u"pipelines-"_s + code);
            QCOMPARE(entry.value(u"type"_s).toString(), type);
            QCOMPARE(entry.value(u"strict"_s).toBool(), true);
            QJsonObject sent = QJsonDocument::fromJson(call.body()).object();
            sent.insert(u"type"_s, type);
            QCOMPARE(entry.value(u"call"_s).toObject(), sent);
        }
        QCOMPARE(inspect(u"pipelines"_s).value(u"dropped_without_source"_s).toArray().size(), 0);
    }

    void consoleBatch()
    {
        const QJsonArray items {
            QJsonObject {{u"type"_s, u"identify"_s}, {u"userId"_s, u"42"_s}},
            QJsonObject {{u"type"_s, u"track"_s}, {u"userId"_s, u"42"_s}, {u"event"_s, u"e"_s}},
            QJsonObject {{u"type"_s, u"alias"_s}, {u"userId"_s, u"42"_s}, {u"previousId"_s, u"a"_s}}};
        const TrackCall batch =
            pipelinesCall(CallKind::PipelinesBatch, {}, {{CallFields::Body, {{u"batch"_s, items}}}});
        const RequestRecord r = sendFromConsole(batch, u"demo-eu-pipelines-key"_s, Region::Eu);
        QCOMPARE(r.outcome, RequestRecord::Outcome::Success);
        const QJsonArray accepted = inspect(u"pipelines?site_id=demo-eu-site"_s).value(u"accepted"_s).toArray();
        QCOMPARE(accepted.size(), 3);
        QCOMPARE(accepted.at(2).toObject().value(u"type"_s).toString(), u"alias"_s);
        QCOMPARE(accepted.at(2).toObject().value(u"batch_index"_s).toInt(), 2);
    }

    // The console sending a source's key to the other region's host: under the default assumption a strict
    // call fails with the sandbox's 401, a permissive one looks sent (200) and is dropped.
    void consoleWrongRegion()
    {
        const TrackCall identify = pipelinesCall(CallKind::PipelinesIdentify, {{CallFields::UserId, u"42"_s}});
        const RequestRecord strict = sendFromConsole(identify, u"demo-us-pipelines-key"_s, Region::Eu, true);
        QCOMPARE(strict.outcome, RequestRecord::Outcome::HttpError);
        QCOMPARE(strict.status, 401);
        QCOMPARE(strict.handledByRegion, Region::Eu);
        QVERIFY2(strict.error.contains(u"US account on the EU Pipelines host"_s), qPrintable(strict.error));
        const RequestRecord permissive = sendFromConsole(identify, u"demo-us-pipelines-key"_s, Region::Eu, false);
        QCOMPARE(permissive.outcome, RequestRecord::Outcome::Success);
        QCOMPARE(permissive.status, 200);
        const QJsonObject us = inspect(u"pipelines?site_id=demo-us-site"_s);
        QCOMPARE(us.value(u"accepted"_s).toArray().size(), 0);
        const QJsonArray dropped = us.value(u"dropped"_s).toArray();
        QCOMPARE(dropped.size(), 2);
        QCOMPARE(dropped.at(0).toObject().value(u"status"_s).toInt(), 401);
        QCOMPARE(dropped.at(1).toObject().value(u"status"_s).toInt(), 200);
        QCOMPARE(dropped.at(1).toObject().value(u"host"_s).toString(), u"pipelines-eu"_s);

        // Under the other assumption the same call is accepted on the EU host for the US workspace.
        m_sandbox.server.setPipelinesWrongRegion(WrongRegion::Accept);
        QCOMPARE(sendFromConsole(identify, u"demo-us-pipelines-key"_s, Region::Eu, true).outcome,
                 RequestRecord::Outcome::Success);
        QCOMPARE(inspect(u"pipelines?site_id=demo-us-site"_s).value(u"accepted"_s).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstSandboxPipelines)
#include "tst_sandboxpipelines.moc"
