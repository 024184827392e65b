// SandboxInspection: the /__sandbox/ routes over a SandboxServer that is not listening, and the fault
// request body.
#include "sandboxinspection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Host = SandboxServer::Host;
using Kind = SandboxFault::Kind;

namespace {

SandboxCall call(const QString &method, const QString &pathAndQuery, const QByteArray &body = {})
{
    SandboxCall c;
    c.method = method;
    c.target = SandboxTarget::fromUrl(QUrl(u"http://127.0.0.1:4001"_s + pathAndQuery));
    c.body = body;
    return c;
}

QJsonObject json(const SandboxReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

} // namespace

class TstSandboxInspection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultFromJson_data();
    void faultFromJson();
    void faultRoutes();
    void faultRejected_data();
    void faultRejected();
    void redirect_data();
    void redirect();
    void people();
    void pipelines();
    void pipelinesWrongRegion_data();
    void pipelinesWrongRegion();
    void requests();
    void requestJson();
    void unknownRoute_data();
    void unknownRoute();
};

void TstSandboxInspection::faultFromJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error"); // prefix; empty: valid
    QTest::addColumn<QString>("host"); // "all" or a host name
    QTest::addColumn<QString>("spec"); // toSpec() of the fault

    QTest::newRow("one host") << QByteArray(R"({"host":"track-eu","fault":"hang"})") << QString() << u"track-eu"_s
                              << u"hang"_s;
    QTest::newRow("all") << QByteArray(R"({"host":"all","fault":"status:502"})") << QString() << u"all"_s
                         << u"status:502"_s;
    QTest::newRow("delay_ms overrides") << QByteArray(R"({"host":"api-us","fault":"delay:5","delay_ms":250})")
                                        << QString() << u"api-us"_s << u"delay:250"_s;
    QTest::newRow("status overrides") << QByteArray(R"({"host":"api-eu","fault":"status","status":500})") << QString()
                                      << u"api-eu"_s << u"status:500"_s;
    QTest::newRow("retry_after overrides") << QByteArray(R"({"host":"all","fault":"rate-limit","retry_after":0})")
                                           << QString() << u"all"_s << u"rate-limit:0"_s;
    QTest::newRow("location overrides") << QByteArray(
        R"({"host":"all","fault":"redirect-outside","location":"https://example.com"})")
                                        << QString() << u"all"_s << u"redirect-outside:https://example.com"_s;
    QTest::newRow("parameter of another fault ignored")
        << QByteArray(R"({"host":"all","fault":"hang","delay_ms":-5})") << QString() << u"all"_s << u"hang"_s;
    QTest::newRow("none") << QByteArray(R"({"host":"all","fault":"none"})") << QString() << u"all"_s << u"none"_s;

    QTest::newRow("unknown host")
        << QByteArray(R"({"host":"track","fault":"hang"})")
        << u"host must be one of track-us, track-eu, api-us, api-eu, pipelines-us, pipelines-eu, all"_s << QString()
        << QString();
    QTest::newRow("no host")
        << QByteArray(R"({"fault":"hang"})")
        << u"host must be one of track-us, track-eu, api-us, api-eu, pipelines-us, pipelines-eu, all"_s << QString()
        << QString();
    QTest::newRow("unknown fault") << QByteArray(R"({"host":"all","fault":"slow"})") << u"fault \"slow\": "_s
                                   << QString() << QString();
    QTest::newRow("no fault") << QByteArray(R"({"host":"all"})") << u"fault \"\": "_s << QString() << QString();
    QTest::newRow("delay_ms too long") << QByteArray(R"({"host":"all","fault":"delay","delay_ms":600001})")
                                       << u"delay_ms must be an integer 0-600000"_s << QString() << QString();
    QTest::newRow("delay_ms fraction") << QByteArray(R"({"host":"all","fault":"delay","delay_ms":1.5})")
                                       << u"delay_ms must be an integer 0-600000"_s << QString() << QString();
    QTest::newRow("delay_ms string") << QByteArray(R"({"host":"all","fault":"delay","delay_ms":"5"})")
                                     << u"delay_ms must be an integer 0-600000"_s << QString() << QString();
    QTest::newRow("status 501") << QByteArray(R"({"host":"all","fault":"status","status":501})")
                                << u"status must be 500, 502 or 503"_s << QString() << QString();
    QTest::newRow("status 504") << QByteArray(R"({"host":"all","fault":"status","status":504})")
                                << u"status must be an integer 500-503"_s << QString() << QString();
    QTest::newRow("retry_after negative") << QByteArray(R"({"host":"all","fault":"rate-limit","retry_after":-1})")
                                          << u"retry_after must be an integer 0-86400"_s << QString() << QString();
    QTest::newRow("relative location") << QByteArray(R"({"host":"all","fault":"redirect-outside","location":"/x"})")
                                       << u"location must be an absolute URL"_s << QString() << QString();
}

void TstSandboxInspection::faultFromJson()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    QFETCH(QString, host);
    QFETCH(QString, spec);

    std::optional<Host> actualHost = Host::ApiEu;
    SandboxFault fault;
    const QString actual =
        SandboxInspection::faultFromJson(QJsonDocument::fromJson(body).object(), &actualHost, &fault);
    if (!error.isEmpty()) {
        QVERIFY2(actual.startsWith(error), qPrintable(actual));
        QCOMPARE(actualHost, std::optional<Host>(Host::ApiEu)); // left alone
        QCOMPARE(fault, SandboxFault());
        return;
    }
    QCOMPARE(actual, QString());
    QCOMPARE(actualHost, SandboxServer::hostFromName(host));
    QCOMPARE(fault.toSpec(), spec);
}

void TstSandboxInspection::faultRoutes()
{
    SandboxServer server;
    SandboxInspection inspection(&server);
    QSignalSpy changed(&server, &SandboxServer::faultChanged);

    SandboxReply reply = inspection.answer(call(u"POST"_s, u"/__sandbox/fault"_s, R"({"host":"all","fault":"hang"})"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArrayLiteral("{}"));
    QCOMPARE(changed.size(), 6);
    reply = inspection.answer(call(u"POST"_s, u"/__sandbox/fault"_s, R"({"host":"track-eu","fault":"status:500"})"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(changed.size(), 7);
    QCOMPARE(changed.last().at(0).value<Host>(), Host::TrackEu);
    QCOMPARE(server.fault(Host::TrackEu).status, 500);
    reply = inspection.answer(call(u"POST"_s, u"/__sandbox/fault"_s, R"({"host":"pipelines-eu","fault":"reset"})"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(changed.size(), 8);
    QCOMPARE(changed.last().at(0).value<Host>(), Host::PipelinesEu);

    reply = inspection.answer(call(u"GET"_s, u"/__sandbox/fault"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(json(reply),
             (QJsonObject {{u"track-us"_s, u"hang"_s},
                           {u"track-eu"_s, u"status:500"_s},
                           {u"api-us"_s, u"hang"_s},
                           {u"api-eu"_s, u"hang"_s},
                           {u"pipelines-us"_s, u"hang"_s},
                           {u"pipelines-eu"_s, u"reset"_s}}));
}

void TstSandboxInspection::faultRejected_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error"); // prefix

    QTest::newRow("no body") << QByteArray() << u"request body must be a JSON object"_s;
    QTest::newRow("array") << QByteArray("[]") << u"request body must be a JSON object"_s;
    QTest::newRow("bad host") << QByteArray(R"({"host":"x","fault":"hang"})") << u"host must be one of"_s;
}

void TstSandboxInspection::faultRejected()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);

    SandboxServer server;
    SandboxInspection inspection(&server);
    QSignalSpy changed(&server, &SandboxServer::faultChanged);
    const SandboxReply reply = inspection.answer(call(u"POST"_s, u"/__sandbox/fault"_s, body));
    QCOMPARE(reply.status, 400);
    const QString message = json(reply).value(u"meta"_s).toObject().value(u"error"_s).toString();
    QVERIFY2(message.startsWith(error), qPrintable(message));
    QCOMPARE(changed.size(), 0);
}

void TstSandboxInspection::redirect_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status"); // of the answer
    QTest::addColumn<int>("redirectStatus"); // afterwards

    QTest::newRow("308") << QByteArray(R"({"status":308})") << 200 << 308;
    QTest::newRow("302") << QByteArray(R"({"status":302})") << 200 << 302;
    QTest::newRow("303") << QByteArray(R"({"status":303})") << 400 << 301;
    QTest::newRow("string") << QByteArray(R"({"status":"307"})") << 400 << 301;
    QTest::newRow("no body") << QByteArray() << 400 << 301;
}

void TstSandboxInspection::redirect()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, redirectStatus);

    SandboxServer server;
    SandboxInspection inspection(&server);
    const SandboxReply reply = inspection.answer(call(u"POST"_s, u"/__sandbox/redirect"_s, body));
    QCOMPARE(reply.status, status);
    QCOMPARE(server.redirectStatus(), redirectStatus);
}

void TstSandboxInspection::people()
{
    SandboxServer server;
    SandboxInspection inspection(&server);

    SandboxReply reply = inspection.answer(call(u"GET"_s, u"/__sandbox/people?site_id=demo-eu-site"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(json(reply), server.workspaceState(u"demo-eu-site"_s));

    reply = inspection.answer(call(u"GET"_s, u"/__sandbox/people?site_id=nope"_s));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.body, QByteArrayLiteral(R"({"meta":{"error":"unknown site_id"}})"));

    reply = inspection.answer(call(u"GET"_s, u"/__sandbox/people"_s));
    QCOMPARE(reply.status, 200);
    const QJsonArray workspaces = json(reply).value(u"workspaces"_s).toArray();
    QCOMPARE(workspaces.size(), 2);
    QCOMPARE(workspaces.at(0).toObject().value(u"site_id"_s).toString(), u"demo-us-site"_s);
    QCOMPARE(workspaces.at(1).toObject().value(u"site_id"_s).toString(), u"demo-eu-site"_s);

    // A percent-encoded Site ID is decoded.
    QList<SandboxAccount> accounts = SandboxAccounts::demo();
    accounts[0].workspaces[0].siteId = u"a b"_s;
    server.setAccounts(accounts);
    reply = inspection.answer(call(u"GET"_s, u"/__sandbox/people?site_id=a%20b"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(json(reply).value(u"site_id"_s).toString(), u"a b"_s);

    reply = inspection.answer(call(u"DELETE"_s, u"/__sandbox/people"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArrayLiteral("{}"));
}

void TstSandboxInspection::pipelines()
{
    SandboxServer server;
    SandboxInspection inspection(&server);

    SandboxReply reply = inspection.answer(call(u"GET"_s, u"/__sandbox/pipelines?site_id=demo-eu-site"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(json(reply),
             (QJsonObject {
                 {u"site_id"_s, u"demo-eu-site"_s},
                 {u"name"_s, u"Demo EU"_s},
                 {u"region"_s, u"eu"_s},
                 {u"sources"_s, QJsonArray {QJsonObject {{u"name"_s, u"Website"_s}}}}, // never the key
                 {u"accepted"_s, QJsonArray()},
                 {u"dropped"_s, QJsonArray()},
             }));

    reply = inspection.answer(call(u"GET"_s, u"/__sandbox/pipelines?site_id=nope"_s));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.body, QByteArrayLiteral(R"({"meta":{"error":"unknown site_id"}})"));

    reply = inspection.answer(call(u"GET"_s, u"/__sandbox/pipelines"_s));
    QCOMPARE(reply.status, 200);
    const QJsonArray workspaces = json(reply).value(u"workspaces"_s).toArray();
    QCOMPARE(workspaces.size(), 2);
    QCOMPARE(workspaces.at(0).toObject().value(u"site_id"_s).toString(), u"demo-us-site"_s);
    QCOMPARE(workspaces.at(0).toObject().value(u"region"_s).toString(), u"us"_s);
    QCOMPARE(workspaces.at(1).toObject().value(u"site_id"_s).toString(), u"demo-eu-site"_s);
    QCOMPARE(json(reply).value(u"dropped_without_source"_s).toArray(), QJsonArray());
    QVERIFY(!reply.body.contains("pipelines-key"));

    reply = inspection.answer(call(u"DELETE"_s, u"/__sandbox/pipelines"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArrayLiteral("{}"));
}

void TstSandboxInspection::pipelinesWrongRegion_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status"); // of the answer
    QTest::addColumn<QString>("mode"); // afterwards

    QTest::newRow("accept") << QByteArray(R"({"mode":"accept"})") << 200 << u"accept"_s;
    QTest::newRow("refuse") << QByteArray(R"({"mode":"refuse"})") << 200 << u"refuse"_s;
    QTest::newRow("401") << QByteArray(R"({"mode":"401"})") << 400 << u"refuse"_s;
    QTest::newRow("no body") << QByteArray() << 400 << u"refuse"_s;
}

void TstSandboxInspection::pipelinesWrongRegion()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, mode);

    SandboxServer server;
    SandboxInspection inspection(&server);
    QSignalSpy changed(&server, &SandboxServer::pipelinesWrongRegionChanged);
    const SandboxReply reply = inspection.answer(call(u"POST"_s, u"/__sandbox/pipelines-wrong-region"_s, body));
    QCOMPARE(reply.status, status);
    QCOMPARE(SandboxPipelinesApi::wrongRegionName(server.pipelinesWrongRegion()), mode);
    QCOMPARE(changed.size(), mode == u"accept"_s ? 1 : 0);
}

void TstSandboxInspection::requests()
{
    SandboxServer server;
    SandboxInspection inspection(&server);
    SandboxReply reply = inspection.answer(call(u"GET"_s, u"/__sandbox/requests"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArrayLiteral("[]"));
    reply = inspection.answer(call(u"DELETE"_s, u"/__sandbox/requests"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArrayLiteral("{}"));
}

void TstSandboxInspection::requestJson()
{
    SandboxRequest request;
    request.host = u"track-us"_s;
    request.method = u"PUT"_s;
    request.path = u"/api/v1/customers/a%2Fb"_s;
    request.query = u"x=1"_s;
    request.identifier = u"a/b"_s;
    request.siteId = u"demo-us-site"_s;
    request.body = QByteArrayLiteral(R"({"plan":"pro"})");
    request.status = 200;
    request.fault = u"none"_s;
    request.receivedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    QCOMPARE(SandboxInspection::requestJson(request),
             (QJsonObject {
                 {u"host"_s, u"track-us"_s},
                 {u"method"_s, u"PUT"_s},
                 {u"path"_s, u"/api/v1/customers/a%2Fb"_s},
                 {u"query"_s, u"x=1"_s},
                 {u"identifier"_s, u"a/b"_s},
                 {u"site_id"_s, u"demo-us-site"_s},
                 {u"body"_s, uR"({"plan":"pro"})"_s},
                 {u"status"_s, 200},
                 {u"fault"_s, u"none"_s},
                 {u"received_at"_s, u"2026-01-02T03:04:05.678Z"_s},
             }));
}

void TstSandboxInspection::unknownRoute_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");

    QTest::newRow("prefix only") << u"GET"_s << u"/__sandbox"_s;
    QTest::newRow("unknown") << u"GET"_s << u"/__sandbox/nothing"_s;
    QTest::newRow("PUT requests") << u"PUT"_s << u"/__sandbox/requests"_s;
    QTest::newRow("GET redirect") << u"GET"_s << u"/__sandbox/redirect"_s;
    QTest::newRow("DELETE fault") << u"DELETE"_s << u"/__sandbox/fault"_s;
    QTest::newRow("POST pipelines") << u"POST"_s << u"/__sandbox/pipelines"_s;
    QTest::newRow("GET pipelines wrong region") << u"GET"_s << u"/__sandbox/pipelines-wrong-region"_s;
}

void TstSandboxInspection::unknownRoute()
{
    QFETCH(QString, method);
    QFETCH(QString, path);

    SandboxServer server;
    SandboxInspection inspection(&server);
    const SandboxReply reply = inspection.answer(call(method, path));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.body, QByteArrayLiteral(R"({"meta":{"error":"not found"}})"));
}

QTEST_GUILESS_MAIN(TstSandboxInspection)
#include "tst_sandboxinspection.moc"
