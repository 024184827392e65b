// Integration test of the Customer.io sandbox over real loopback sockets: every request goes through
// QNetworkAccessManager with redirects left to the test (ManualRedirectPolicy).

#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrl>

#include <tuple>

using namespace Qt::StringLiterals;
using Host = SandboxServer::Host;

namespace {

struct HttpResult
{
    bool finished = false;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray location;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QByteArray basic(const QString &siteId, const QString &apiKey)
{
    return "Basic " + (siteId + u':' + apiKey).toUtf8().toBase64();
}

QByteArray bearer(const QString &key)
{
    return "Bearer " + key.toUtf8();
}

const QByteArray usTrack = basic(u"demo-us-site"_s, u"demo-us-track-key"_s);
const QByteArray euTrack = basic(u"demo-eu-site"_s, u"demo-eu-track-key"_s);

QByteArray errorBody(const QString &message)
{
    return QJsonDocument(QJsonObject {{u"meta"_s, QJsonObject {{u"error"_s, message}}}}).toJson(QJsonDocument::Compact);
}

// The Track OpenAPI's shared 400 body.
QByteArray errorsBody(const QString &message)
{
    return QJsonDocument(QJsonObject {{u"meta"_s, QJsonObject {{u"errors"_s, QJsonArray {message}}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString repeated(const QString &text, int times)
{
    return text.repeated(times);
}

QString encodedCustomerPath(const QString &identifier)
{
    return u"/api/v1/customers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(identifier));
}

} // namespace

class TstSandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void regionOnEitherTrackHost_data();
    void regionOnEitherTrackHost();
    void badCredentials_data();
    void badCredentials();
    void euAccountOnUsHostIsRedirected_data();
    void euAccountOnUsHostIsRedirected();
    void usAccountOnEuHostIsUnauthorized();
    void identifyDecodesIdentifierOnce();
    void trackLimits_data();
    void trackLimits();
    void trackBodies_data();
    void trackBodies();
    void unknownPathIsNotFound();
    void appApiRegions_data();
    void appApiRegions();
    void transactionalSend();
    void hangFault();
    void delayFault();
    void delayFaultSurvivesClientAbort();
    void inspectionJson();
    void inspectionRejectsBadFaults();
    void requestReceivedSignal();
    void startFailureLeavesNothingListening();
    void endpointsJson();
    void behaviourTable_data();
    void behaviourTable();
    void stateIsStoredPerWorkspace();
    void suppressDeleteAndMerge();
    void accountsWithSeveralWorkspaces();

private:
    QNetworkReply *start(Host host, const QByteArray &method, const QString &encodedTarget, const QByteArray &body = {},
                         const QByteArray &authorization = {});
    HttpResult send(Host host, const QByteArray &method, const QString &encodedTarget, const QByteArray &body = {},
                    const QByteArray &authorization = {});

    SandboxServer m_server;
    QNetworkAccessManager m_nam;
};

QNetworkReply *TstSandboxServer::start(Host host, const QByteArray &method, const QString &encodedTarget,
                                       const QByteArray &body, const QByteArray &authorization)
{
    // encodedTarget is path (and query) exactly as it goes on the wire.
    QNetworkRequest request(QUrl(m_server.baseUrl(host).toString() + encodedTarget, QUrl::StrictMode));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    return m_nam.sendCustomRequest(request, method, body);
}

HttpResult TstSandboxServer::send(Host host, const QByteArray &method, const QString &encodedTarget,
                                  const QByteArray &body, const QByteArray &authorization)
{
    QNetworkReply *reply = start(host, method, encodedTarget, body, authorization);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult result;
    result.finished = reply->isFinished() || finished.wait(5000);
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->rawHeader(QByteArrayLiteral("Content-Type"));
    result.location = reply->rawHeader(QByteArrayLiteral("Location"));
    if (!result.finished)
        reply->abort();
    reply->deleteLater();
    return result;
}

void TstSandboxServer::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({0, 0, 0, 0, 0, 0}, &error), qPrintable(error));
    QVERIFY(m_server.isListening());
    for (const Host host : SandboxServer::allHosts())
        QVERIFY(m_server.port(host) != 0);
}

void TstSandboxServer::init()
{
    m_server.clearState();
    m_server.setAccounts(SandboxServer::demoAccounts());
    m_server.setRedirectStatus(301);
    m_server.setAppWrongRegion(SandboxAppApi::WrongRegion::Unauthorized);
    for (const Host host : SandboxServer::allHosts())
        m_server.setFault(host, SandboxServer::Fault::None);
    m_server.clearReceivedRequests();
}

void TstSandboxServer::regionOnEitherTrackHost_data()
{
    QTest::addColumn<Host>("host");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("environmentId");

    QTest::newRow("us creds, us host") << Host::TrackUs << usTrack << u"https://track.customer.io"_s << u"us"_s << 101;
    QTest::newRow("us creds, eu host") << Host::TrackEu << usTrack << u"https://track.customer.io"_s << u"us"_s << 101;
    QTest::newRow("eu creds, us host") << Host::TrackUs << euTrack << u"https://track-eu.customer.io"_s << u"eu"_s
                                       << 201;
    QTest::newRow("eu creds, eu host") << Host::TrackEu << euTrack << u"https://track-eu.customer.io"_s << u"eu"_s
                                       << 201;
}

void TstSandboxServer::regionOnEitherTrackHost()
{
    QFETCH(Host, host);
    QFETCH(QByteArray, authorization);
    QFETCH(QString, url);
    QFETCH(QString, region);
    QFETCH(int, environmentId);

    const HttpResult r = send(host, "GET", u"/api/v1/accounts/region"_s, {}, authorization);
    QVERIFY(r.finished);
    QCOMPARE(r.status, 200);
    QVERIFY(r.location.isEmpty());
    QCOMPARE(r.contentType, QByteArrayLiteral("application/json"));
    const QJsonObject json = r.json();
    QCOMPARE(json.value(u"url"_s).toString(), url);
    QCOMPARE(json.value(u"region"_s).toString(), region);
    QVERIFY(json.value(u"environment_id"_s).isDouble());
    QCOMPARE(json.value(u"environment_id"_s).toInt(), environmentId);
}

void TstSandboxServer::badCredentials_data()
{
    QTest::addColumn<Host>("host");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("authorization");

    const QString region = u"/api/v1/accounts/region"_s;
    const QString identify = u"/api/v1/customers/42"_s;
    QTest::newRow("wrong key, region, us")
        << Host::TrackUs << QByteArray("GET") << region << basic(u"demo-us-site"_s, u"nope"_s);
    QTest::newRow("wrong key, region, eu")
        << Host::TrackEu << QByteArray("GET") << region << basic(u"demo-eu-site"_s, u"nope"_s);
    QTest::newRow("key of another site") << Host::TrackUs << QByteArray("GET") << region
                                         << basic(u"demo-us-site"_s, u"demo-eu-track-key"_s);
    QTest::newRow("no header") << Host::TrackUs << QByteArray("GET") << region << QByteArray();
    QTest::newRow("bearer on track") << Host::TrackUs << QByteArray("GET") << region << bearer(u"demo-us-app-key"_s);
    QTest::newRow("not base64") << Host::TrackEu << QByteArray("GET") << region << QByteArray("Basic ***");
    QTest::newRow("no colon") << Host::TrackEu << QByteArray("GET") << region
                              << QByteArray("Basic " + QByteArray("demo-eu-site").toBase64());
    QTest::newRow("identify, wrong key") << Host::TrackUs << QByteArray("PUT") << identify
                                         << basic(u"demo-us-site"_s, u"nope"_s);
    QTest::newRow("unknown path, no header") << Host::TrackEu << QByteArray("GET") << u"/nowhere"_s << QByteArray();
}

void TstSandboxServer::badCredentials()
{
    QFETCH(Host, host);
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    QFETCH(QByteArray, authorization);

    const HttpResult r = send(host, method, target, {}, authorization);
    QVERIFY(r.finished);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(r.body, QByteArrayLiteral(R"({"meta":{"error":"Unauthorized request"}})"));
}

void TstSandboxServer::euAccountOnUsHostIsRedirected_data()
{
    QTest::addColumn<int>("configured"); // 0: leave the default
    QTest::addColumn<int>("expected");

    QTest::newRow("default") << 0 << 301;
    QTest::newRow("302") << 302 << 302;
    QTest::newRow("307") << 307 << 307;
    QTest::newRow("308") << 308 << 308;
}

void TstSandboxServer::euAccountOnUsHostIsRedirected()
{
    QFETCH(int, configured);
    QFETCH(int, expected);

    if (configured != 0) {
        const HttpResult set =
            send(Host::ApiEu, "POST", u"/__sandbox/redirect"_s, compact({{u"status"_s, configured}}));
        QCOMPARE(set.status, 200);
        QCOMPARE(m_server.redirectStatus(), configured);
    }

    const QString target = u"/api/v1/customers/a%2Fb%40example.com/events?source=test&tag=x%26y"_s;
    const HttpResult r = send(Host::TrackUs, "POST", target, compact({{u"name"_s, u"signup"_s}}), euTrack);
    QVERIFY(r.finished);
    QCOMPARE(r.status, expected);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(QString::fromUtf8(r.location), m_server.baseUrl(Host::TrackEu).toString() + target);
    const QJsonObject error = r.json().value(u"errors"_s).toArray().first().toObject();
    QCOMPARE(error.value(u"detail"_s).toString(), u"wrong datacenter"_s);
    QCOMPARE(error.value(u"status"_s).toString(), QString::number(expected));

    // The redirect target accepts the same request.
    const HttpResult followed = send(Host::TrackEu, "POST", target, compact({{u"name"_s, u"signup"_s}}), euTrack);
    QCOMPARE(followed.status, 200);
    QCOMPARE(followed.body, QByteArrayLiteral("{}"));
}

void TstSandboxServer::usAccountOnEuHostIsUnauthorized()
{
    const HttpResult r =
        send(Host::TrackEu, "PUT", u"/api/v1/customers/42"_s, compact({{u"email"_s, u"a@example.com"_s}}), usTrack);
    QVERIFY(r.finished);
    QCOMPARE(r.status, 401);
    QVERIFY(r.location.isEmpty());
    QCOMPARE(r.body, QByteArrayLiteral(R"({"meta":{"error":"Unauthorized request"}})"));
}

void TstSandboxServer::identifyDecodesIdentifierOnce()
{
    const QByteArray body = compact({{u"email"_s, u"a/b@example.com"_s}});
    const HttpResult r = send(Host::TrackUs, "PUT", u"/api/v1/customers/a%2Fb%40example.com"_s, body, usTrack);
    QVERIFY(r.finished);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArrayLiteral("{}"));
    QCOMPARE(r.contentType, QByteArrayLiteral("application/json"));

    const QList<SandboxRequest> requests = m_server.receivedRequests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().identifier, u"a/b@example.com"_s);
    QVERIFY2(requests.first().path.startsWith(u"/api/v1/customers/a%2Fb"_s), qPrintable(requests.first().path));
    QCOMPARE(requests.first().siteId, u"demo-us-site"_s);
    QCOMPARE(requests.first().body, body);
    QCOMPARE(requests.first().status, 200);

    // A literal "%25" arrives as "%" after the one decoding, not as a second-level escape.
    const HttpResult twice = send(Host::TrackUs, "DELETE", u"/api/v1/customers/100%2541"_s, {}, usTrack);
    QCOMPARE(twice.status, 200);
    QCOMPARE(m_server.receivedRequests().last().identifier, u"100%41"_s);
}

void TstSandboxServer::trackLimits_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error"); // empty: 200 {}

    // "é" is 2 UTF-8 bytes, "€" is 3: each boundary is reached with multi-byte text.
    const QString e2 = u"é"_s;
    const QString e3 = u"€"_s;
    const QByteArray empty;

    QTest::newRow("identifier 150 bytes")
        << QByteArray("PUT") << encodedCustomerPath(repeated(e2, 75)) << empty << QString();
    QTest::newRow("identifier 151 bytes") << QByteArray("PUT") << encodedCustomerPath(repeated(e2, 74) + e3) << empty
                                          << u"identifier cannot be longer than 150 bytes"_s;

    const QString person = u"/api/v1/customers/42"_s;
    QTest::newRow("attribute name 150 bytes")
        << QByteArray("PUT") << person << compact({{repeated(e3, 50), 1}}) << QString();
    QTest::newRow("attribute name 151 bytes") << QByteArray("PUT") << person << compact({{repeated(e3, 50) + u'a', 1}})
                                              << u"attribute name cannot be longer than 150 bytes"_s;
    QTest::newRow("attribute value 1000 bytes")
        << QByteArray("PUT") << person << compact({{u"bio"_s, repeated(e2, 500)}}) << QString();
    QTest::newRow("attribute value 1001 bytes")
        << QByteArray("PUT") << person << compact({{u"bio"_s, repeated(e2, 500) + u'a'}})
        << u"attribute value cannot be longer than 1000 bytes"_s;

    QJsonObject attributes;
    for (int i = 0; i < 300; ++i)
        attributes.insert(u"attr_%1"_s.arg(i), i);
    QTest::newRow("300 attributes") << QByteArray("PUT") << person << compact(attributes) << QString();
    attributes.insert(u"attr_300"_s, 300);
    QTest::newRow("301 attributes") << QByteArray("PUT") << person << compact(attributes)
                                    << u"cannot identify more than 300 attributes in one request"_s;

    const QString events = u"/api/v1/customers/42/events"_s;
    const QString anonymous = u"/api/v1/events"_s;
    QTest::newRow("event name 100 bytes")
        << QByteArray("POST") << events << compact({{u"name"_s, repeated(e2, 50)}}) << QString();
    QTest::newRow("event name 101 bytes")
        << QByteArray("POST") << events << compact({{u"name"_s, repeated(e2, 50) + u'a'}})
        << u"event name cannot be longer than 100 bytes"_s;
    QTest::newRow("anonymous name 100 bytes")
        << QByteArray("POST") << anonymous
        << compact({{u"name"_s, repeated(e3, 33) + u'a'}, {u"anonymous_id"_s, u"anon-1"_s}}) << QString();
    QTest::newRow("anonymous name 101 bytes")
        << QByteArray("POST") << anonymous << compact({{u"name"_s, repeated(e3, 33) + u"ab"_s}})
        << u"event name cannot be longer than 100 bytes"_s;

    // Compact {"k":"<text>"} is 8 bytes plus the text.
    const QJsonObject data100000 {{u"k"_s, repeated(e2, 49996)}};
    const QJsonObject data100001 {{u"k"_s, repeated(e2, 49996) + u'a'}};
    QTest::newRow("event data 100000 bytes")
        << QByteArray("POST") << events << compact({{u"name"_s, u"big"_s}, {u"data"_s, data100000}}) << QString();
    QTest::newRow("event data 100001 bytes")
        << QByteArray("POST") << events << compact({{u"name"_s, u"big"_s}, {u"data"_s, data100001}})
        << u"event data cannot be longer than 100000 bytes"_s;
    QTest::newRow("anonymous data 100001 bytes")
        << QByteArray("POST") << anonymous << compact({{u"name"_s, u"big"_s}, {u"data"_s, data100001}})
        << u"event data cannot be longer than 100000 bytes"_s;
}

void TstSandboxServer::trackLimits()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);

    // Guard the arithmetic of the data rows.
    QCOMPARE(compact({{u"k"_s, u"é"_s.repeated(49996)}}).size(), 100000);

    const HttpResult r = send(Host::TrackUs, method, target, body, usTrack);
    QVERIFY(r.finished);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/json"));
    if (error.isEmpty()) {
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArrayLiteral("{}"));
    } else {
        QCOMPARE(r.status, 400);
        // Events refer to the OpenAPI's shared 400; identify documents none (the docs page's shape).
        QCOMPARE(r.body, target.contains(u"events"_s) ? errorsBody(error) : errorBody(error));
    }
}

void TstSandboxServer::trackBodies_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QString person = u"/api/v1/customers/42"_s;
    const QString events = u"/api/v1/customers/42/events"_s;
    QTest::newRow("identify without body") << QByteArray("PUT") << person << QByteArray() << 200 << QString();
    QTest::newRow("identify with array") << QByteArray("PUT") << person << QByteArray("[1]") << 400
                                         << u"request body must be a JSON object"_s;
    QTest::newRow("identify with bad json")
        << QByteArray("PUT") << person << QByteArray("{\"a\":") << 400 << u"invalid JSON body"_s;
    QTest::newRow("delete") << QByteArray("DELETE") << person << QByteArray() << 200 << QString();
    QTest::newRow("event without name") << QByteArray("POST") << events << QByteArray("{}") << 400
                                        << u"name cannot be blank"_s;
    QTest::newRow("event with blank name")
        << QByteArray("POST") << events << QByteArray(R"({"name":"  "})") << 400 << u"name cannot be blank"_s;
    QTest::newRow("event without body") << QByteArray("POST") << events << QByteArray() << 400
                                        << u"request body must be a JSON object"_s;
    QTest::newRow("page view") << QByteArray("POST") << events << QByteArray(R"({"type":"page","name":"/pricing"})")
                               << 200 << QString();
    QTest::newRow("screen view") << QByteArray("POST") << events << QByteArray(R"({"type":"screen","name":"Home"})")
                                 << 200 << QString();
    QTest::newRow("anonymous without anonymous_id")
        << QByteArray("POST") << u"/api/v1/events"_s << QByteArray(R"({"name":"visit"})") << 200 << QString();
    QTest::newRow("anonymous without name")
        << QByteArray("POST") << u"/api/v1/events"_s << QByteArray(R"({"anonymous_id":"x"})") << 400
        << u"name cannot be blank"_s;
    QTest::newRow("wrong method") << QByteArray("GET") << person << QByteArray() << 404 << u"not found"_s;
}

void TstSandboxServer::trackBodies()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);

    const HttpResult r = send(Host::TrackEu, method, target, body, euTrack);
    QVERIFY(r.finished);
    QCOMPARE(r.status, status);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/json"));
    if (error.isEmpty()) {
        QCOMPARE(r.body, QByteArrayLiteral("{}"));
    } else {
        const QJsonObject meta = r.json().value(u"meta"_s).toObject();
        const QString message = meta.contains(u"errors"_s) ? meta.value(u"errors"_s).toArray().first().toString()
                                                           : meta.value(u"error"_s).toString();
        QVERIFY2(message.startsWith(error), qPrintable(message));
    }
}

void TstSandboxServer::unknownPathIsNotFound()
{
    const HttpResult track = send(Host::TrackUs, "GET", u"/api/v1/nothing"_s, {}, usTrack);
    QCOMPARE(track.status, 404);
    QCOMPARE(track.body, errorBody(u"not found"_s));
    QCOMPARE(track.contentType, QByteArrayLiteral("application/json"));

    const HttpResult app = send(Host::ApiUs, "GET", u"/v2/anything"_s, {}, bearer(u"demo-us-app-key"_s));
    QCOMPARE(app.status, 404);
    QCOMPARE(app.body, errorBody(u"not found"_s));

    const HttpResult sandbox = send(Host::TrackEu, "GET", u"/__sandbox/unknown"_s);
    QCOMPARE(sandbox.status, 404);
    QCOMPARE(sandbox.body, errorBody(u"not found"_s));
}

void TstSandboxServer::appApiRegions_data()
{
    QTest::addColumn<Host>("host");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");

    QTest::newRow("us key, us host") << Host::ApiUs << bearer(u"demo-us-app-key"_s) << 200;
    QTest::newRow("eu key, eu host") << Host::ApiEu << bearer(u"demo-eu-app-key"_s) << 200;
    QTest::newRow("eu key, us host") << Host::ApiUs << bearer(u"demo-eu-app-key"_s) << 401;
    QTest::newRow("us key, eu host") << Host::ApiEu << bearer(u"demo-us-app-key"_s) << 401;
    QTest::newRow("unknown key") << Host::ApiUs << bearer(u"nope"_s) << 401;
    QTest::newRow("track key as bearer") << Host::ApiUs << bearer(u"demo-us-track-key"_s) << 401;
    QTest::newRow("basic credentials") << Host::ApiUs << usTrack << 401;
    QTest::newRow("no header") << Host::ApiEu << QByteArray() << 401;
}

void TstSandboxServer::appApiRegions()
{
    QFETCH(Host, host);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);

    const HttpResult r = send(host, "GET", u"/v1/segments"_s, {}, authorization);
    QVERIFY(r.finished);
    QCOMPARE(r.status, status);
    QVERIFY(r.location.isEmpty());
    QCOMPARE(r.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(r.body,
             status == 200 ? QByteArrayLiteral(R"({"segments":[]})")
                           : QByteArrayLiteral(R"({"meta":{"error":"Unauthorized request"}})"));
}

void TstSandboxServer::transactionalSend()
{
    const QByteArray body = compact({{u"transactional_message_id"_s, 3},
                                     {u"to"_s, u"a@example.com"_s},
                                     {u"identifiers"_s, QJsonObject {{u"id"_s, u"42"_s}}}});
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const HttpResult r = send(Host::ApiEu, "POST", u"/v1/send/email"_s, body, bearer(u"demo-eu-app-key"_s));
    QCOMPARE(r.status, 200);
    const QJsonObject json = r.json();
    QVERIFY(!json.value(u"delivery_id"_s).toString().isEmpty());
    QVERIFY(json.value(u"queued_at"_s).isDouble());
    QVERIFY(json.value(u"queued_at"_s).toInteger() >= before);

    const QJsonArray deliveries = m_server.workspaceState(u"demo-eu-site"_s).value(u"deliveries"_s).toArray();
    QCOMPARE(deliveries.size(), 1);
    QCOMPARE(deliveries.first().toObject().value(u"kind"_s).toString(), u"email"_s);
    QCOMPARE(deliveries.first().toObject().value(u"delivery_id"_s), json.value(u"delivery_id"_s));

    // An EU key on the US host: redirected like a Track call (the sandbox's choice, docs/sandbox.md).
    const HttpResult wrongRegion =
        send(Host::ApiUs, "POST", u"/v1/send/email?x=1"_s, body, bearer(u"demo-eu-app-key"_s));
    QCOMPARE(wrongRegion.status, 301);
    QCOMPARE(QString::fromUtf8(wrongRegion.location),
             m_server.baseUrl(Host::ApiEu).toString() + u"/v1/send/email?x=1"_s);
    // A US key on the EU host: 401, like a US account on the EU Track host.
    const QByteArray usBody = body;
    QCOMPARE(send(Host::ApiEu, "POST", u"/v1/send/email"_s, usBody, bearer(u"demo-us-app-key"_s)).status, 401);
    // Nothing stored for either.
    QCOMPARE(m_server.workspaceState(u"demo-eu-site"_s).value(u"deliveries"_s).toArray().size(), 1);
    QCOMPARE(m_server.workspaceState(u"demo-us-site"_s).value(u"deliveries"_s).toArray().size(), 0);
}

void TstSandboxServer::hangFault()
{
    const HttpResult set = send(Host::ApiUs, "POST", u"/__sandbox/fault"_s,
                                compact({{u"host"_s, u"track-us"_s}, {u"fault"_s, u"hang"_s}}));
    QCOMPARE(set.status, 200);

    QNetworkReply *reply = start(Host::TrackUs, "GET", u"/api/v1/accounts/region"_s, {}, usTrack);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    // The sandbox took the request and recorded it unanswered (status 0). The barrier: it answers a request
    // sent after it to the same host, so an answer to the first would have been written before.
    QTRY_COMPARE(m_server.receivedRequests().size(), 1);
    QCOMPARE(m_server.receivedRequests().first().status, 0);
    QCOMPARE(send(Host::TrackUs, "GET", u"/__sandbox/requests"_s).status, 200);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!reply->isFinished());
    QCOMPARE(m_server.receivedRequests().size(), 1);
    reply->abort();
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    reply->deleteLater();

    // Other hosts and the inspection prefix are unaffected.
    QCOMPARE(send(Host::TrackEu, "GET", u"/api/v1/accounts/region"_s, {}, usTrack).status, 200);
    QCOMPARE(send(Host::TrackUs, "GET", u"/__sandbox/requests"_s).status, 200);

    m_server.setFault(Host::TrackUs, SandboxServer::Fault::None);
    QCOMPARE(send(Host::TrackUs, "GET", u"/api/v1/accounts/region"_s, {}, usTrack).status, 200);
}

void TstSandboxServer::delayFault()
{
    const HttpResult set = send(Host::TrackEu, "POST", u"/__sandbox/fault"_s,
                                compact({{u"host"_s, u"api-eu"_s}, {u"fault"_s, u"delay"_s}, {u"delay_ms"_s, 300}}));
    QCOMPARE(set.status, 200);

    QElapsedTimer timer;
    timer.start();
    const HttpResult r = send(Host::ApiEu, "GET", u"/v1/customers"_s, {}, bearer(u"demo-eu-app-key"_s));
    QVERIFY(r.finished);
    QCOMPARE(r.status, 200);
    QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
}

void TstSandboxServer::delayFaultSurvivesClientAbort()
{
    m_server.setFault(Host::TrackUs, SandboxServer::Fault::Delay, 300);
    QNetworkReply *reply = start(Host::TrackUs, "GET", u"/api/v1/accounts/region"_s, {}, usTrack);
    QTRY_COMPARE(m_server.receivedRequests().size(), 1);
    reply->abort();
    reply->deleteLater();
    // The delayed answer finds its socket gone. The barrier: a second delayed request, received after the
    // first, is answered once its own delay has passed, and the sandbox's timers fire in the order they
    // are due, so by then the first answer has been tried.
    QCOMPARE(send(Host::TrackUs, "GET", u"/api/v1/accounts/region"_s, {}, usTrack).status, 200);
    QCOMPARE(m_server.receivedRequests().size(), 2);

    m_server.setFault(Host::TrackUs, SandboxServer::Fault::None);
    QCOMPARE(send(Host::TrackUs, "GET", u"/api/v1/accounts/region"_s, {}, usTrack).status, 200);
}

void TstSandboxServer::inspectionJson()
{
    send(Host::TrackUs, "GET", u"/api/v1/accounts/region"_s, {}, usTrack);
    QVERIFY(!m_server.receivedRequests().isEmpty());
    QCOMPARE(send(Host::ApiUs, "DELETE", u"/__sandbox/requests"_s).status, 200);
    QVERIFY(m_server.receivedRequests().isEmpty());

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QByteArray body = compact({{u"name"_s, u"purchase"_s}, {u"data"_s, QJsonObject {{u"price"_s, 9}}}});
    QCOMPARE(send(Host::TrackEu, "POST", u"/api/v1/customers/a%2Fb%40example.com/events?x=1"_s, body, euTrack).status,
             200);
    QCOMPARE(send(Host::ApiUs, "GET", u"/v1/customers"_s, {}, bearer(u"demo-eu-app-key"_s)).status, 401);

    const HttpResult r = send(Host::ApiEu, "GET", u"/__sandbox/requests"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/json"));
    const QJsonDocument document = QJsonDocument::fromJson(r.body);
    QVERIFY(document.isArray());
    const QJsonArray requests = document.array();
    QCOMPARE(requests.size(), 2); // /__sandbox/ calls are not recorded

    const QJsonObject event = requests.at(0).toObject();
    QCOMPARE(event.value(u"host"_s).toString(), u"track-eu"_s);
    QCOMPARE(event.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(event.value(u"path"_s).toString(), u"/api/v1/customers/a%2Fb%40example.com/events"_s);
    QCOMPARE(event.value(u"identifier"_s).toString(), u"a/b@example.com"_s);
    QCOMPARE(event.value(u"site_id"_s).toString(), u"demo-eu-site"_s);
    QCOMPARE(event.value(u"body"_s).toString(), QString::fromUtf8(body));
    QVERIFY(event.value(u"status"_s).isDouble());
    QCOMPARE(event.value(u"status"_s).toInt(), 200);
    const QDateTime receivedAt = QDateTime::fromString(event.value(u"received_at"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(receivedAt.isValid());
    QCOMPARE(receivedAt.timeSpec(), Qt::UTC);
    QVERIFY(receivedAt >= before && receivedAt <= QDateTime::currentDateTimeUtc());

    const QJsonObject app = requests.at(1).toObject();
    QCOMPARE(app.value(u"host"_s).toString(), u"api-us"_s);
    QCOMPARE(app.value(u"method"_s).toString(), u"GET"_s);
    QCOMPARE(app.value(u"site_id"_s).toString(), u"demo-eu-site"_s); // the workspace of the App API key
    QCOMPARE(app.value(u"identifier"_s).toString(), QString());
    QCOMPARE(app.value(u"body"_s).toString(), QString());
    QCOMPARE(app.value(u"status"_s).toInt(), 401);
}

void TstSandboxServer::inspectionRejectsBadFaults()
{
    QCOMPARE(send(Host::TrackUs, "POST", u"/__sandbox/fault"_s,
                  compact({{u"host"_s, u"track-xx"_s}, {u"fault"_s, u"hang"_s}}))
                 .status,
             400);
    QCOMPARE(send(Host::TrackUs, "POST", u"/__sandbox/fault"_s,
                  compact({{u"host"_s, u"track-us"_s}, {u"fault"_s, u"explode"_s}}))
                 .status,
             400);
    QCOMPARE(send(Host::TrackUs, "POST", u"/__sandbox/fault"_s, QByteArray("not json")).status, 400);
    QCOMPARE(send(Host::TrackUs, "POST", u"/__sandbox/redirect"_s, compact({{u"status"_s, 303}})).status, 400);
    QCOMPARE(m_server.redirectStatus(), 301);
    QCOMPARE(send(Host::TrackUs, "GET", u"/api/v1/accounts/region"_s, {}, usTrack).status, 200);
}

void TstSandboxServer::requestReceivedSignal()
{
    QSignalSpy spy(&m_server, &SandboxServer::requestReceived);
    send(Host::TrackUs, "DELETE", u"/api/v1/customers/7"_s, {}, usTrack);
    send(Host::TrackUs, "GET", u"/__sandbox/requests"_s);
    QCOMPARE(spy.size(), 1);
    const auto request = spy.first().first().value<SandboxRequest>();
    QCOMPARE(request.method, u"DELETE"_s);
    QCOMPARE(request.identifier, u"7"_s);
    QCOMPARE(request.status, 200);
}

void TstSandboxServer::startFailureLeavesNothingListening()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 freePort = probe.serverPort();
    probe.close();

    SandboxServer other;
    QString error;
    QVERIFY(!other.start({freePort, blocker.serverPort(), 0, 0, 0, 0}, &error));
    QVERIFY2(error.contains(u"track-eu"_s), qPrintable(error));
    QVERIFY2(error.contains(QString::number(blocker.serverPort())), qPrintable(error));
    QVERIFY(!other.isListening());
    QCOMPARE(other.port(Host::TrackUs), quint16(0));
    QVERIFY2(probe.listen(QHostAddress::LocalHost, freePort), "track-us port still bound after a failed start");
    probe.close();

    QVERIFY(other.start({0, 0, 0, 0, 0, 0}, &error));
    QVERIFY(!other.start({0, 0, 0, 0, 0, 0}, &error)); // already listening
    QVERIFY(other.isListening());
    other.stop();
    QVERIFY(!other.isListening());
}

void TstSandboxServer::endpointsJson()
{
    const QJsonObject json = QJsonDocument::fromJson(m_server.endpointsJson()).object();
    QCOMPARE(json.value(u"us"_s).toObject().value(u"track"_s).toString(), m_server.baseUrl(Host::TrackUs).toString());
    QCOMPARE(json.value(u"us"_s).toObject().value(u"api"_s).toString(), m_server.baseUrl(Host::ApiUs).toString());
    QCOMPARE(json.value(u"eu"_s).toObject().value(u"track"_s).toString(), m_server.baseUrl(Host::TrackEu).toString());
    QCOMPARE(json.value(u"eu"_s).toObject().value(u"api"_s).toString(), m_server.baseUrl(Host::ApiEu).toString());
    QCOMPARE(m_server.baseUrl(Host::TrackUs).toString(), u"http://127.0.0.1:%1"_s.arg(m_server.port(Host::TrackUs)));
}

// docs/sandbox.md, Behaviour: one row here per row of the behaviour table, named by its number.
void TstSandboxServer::behaviourTable_data()
{
    QTest::addColumn<QString>("fault"); // spec set on host first; empty: none
    QTest::addColumn<Host>("host");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status"); // -1: no answer within 300 ms; -2: connection reset
    QTest::addColumn<QByteArray>("expected"); // exact body, or a prefix when it ends with "*"
    QTest::addColumn<QString>("location"); // exact Location; empty: none
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qsizetype>("bodySize"); // -1: not checked

    const QByteArray none;
    const QByteArray empty("{}");
    const QByteArray unauthorizedBody = errorBody(u"Unauthorized request"_s);
    const QByteArray usApp = bearer(u"demo-us-app-key"_s);
    const QByteArray euApp = bearer(u"demo-eu-app-key"_s);
    const QString person = u"/api/v1/customers/42"_s;
    const QString events = u"/api/v1/customers/42/events"_s;
    const QString trackEu = m_server.baseUrl(Host::TrackEu).toString();
    const QString apiEu = m_server.baseUrl(Host::ApiEu).toString();
    const QByteArray transactional = compact({{u"transactional_message_id"_s, 3},
                                              {u"to"_s, u"a@example.com"_s},
                                              {u"identifiers"_s, QJsonObject {{u"id"_s, u"42"_s}}}});
    const QByteArray wrongDatacenter = compact(
        {{u"errors"_s, QJsonArray {QJsonObject {{u"detail"_s, u"wrong datacenter"_s}, {u"status"_s, u"301"_s}}}}});
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name) << QString(); };
    QJsonObject attributes301;
    for (int i = 0; i <= 300; ++i)
        attributes301.insert(u"a%1"_s.arg(i), i);

    row("1 region") << Host::TrackEu << QByteArray("GET") << u"/api/v1/accounts/region"_s << none << usTrack << 200
                    << compact({{u"url"_s, u"https://track.customer.io"_s},
                                {u"region"_s, u"us"_s},
                                {u"environment_id"_s, 101}})
                    << QString() << none << qsizetype(-1);
    row("2 wrong credentials") << Host::TrackUs << QByteArray("PUT") << person << none
                               << basic(u"demo-us-site"_s, u"x"_s) << 401 << unauthorizedBody << QString() << none
                               << qsizetype(-1);
    row("3 eu account on us host") << Host::TrackUs << QByteArray("POST") << events + u"?a=1"_s
                                   << compact({{u"name"_s, u"x"_s}}) << euTrack << 301 << wrongDatacenter
                                   << trackEu + events + u"?a=1"_s << none << qsizetype(-1);
    row("4 us account on eu host") << Host::TrackEu << QByteArray("PUT") << person << none << usTrack << 401
                                   << unauthorizedBody << QString() << none << qsizetype(-1);
    row("5 identify") << Host::TrackUs << QByteArray("PUT") << person << compact({{u"email"_s, u"a@example.com"_s}})
                      << usTrack << 200 << empty << QString() << none << qsizetype(-1);
    row("6 delete person") << Host::TrackUs << QByteArray("DELETE") << person << none << usTrack << 200 << empty
                           << QString() << none << qsizetype(-1);
    row("7 event") << Host::TrackUs << QByteArray("POST") << events << compact({{u"name"_s, u"purchase"_s}}) << usTrack
                   << 200 << empty << QString() << none << qsizetype(-1);
    row("8 page view") << Host::TrackUs << QByteArray("POST") << events
                       << compact({{u"type"_s, u"page"_s}, {u"name"_s, u"/pricing"_s}}) << usTrack << 200 << empty
                       << QString() << none << qsizetype(-1);
    row("9 anonymous event") << Host::TrackUs << QByteArray("POST") << u"/api/v1/events"_s
                             << compact({{u"name"_s, u"visit"_s}, {u"anonymous_id"_s, u"anon-1"_s}}) << usTrack << 200
                             << empty << QString() << none << qsizetype(-1);
    row("10 add device") << Host::TrackUs << QByteArray("PUT") << person + u"/devices"_s
                         << compact({{u"device"_s, QJsonObject {{u"id"_s, u"tok"_s}, {u"platform"_s, u"ios"_s}}}})
                         << usTrack << 200 << empty << QString() << none << qsizetype(-1);
    row("11 add device without platform")
        << Host::TrackUs << QByteArray("PUT") << person + u"/devices"_s
        << compact({{u"device"_s, QJsonObject {{u"id"_s, u"tok"_s}}}}) << usTrack << 400
        << errorsBody(u"device.platform cannot be blank"_s) << QString() << none << qsizetype(-1);
    row("12 delete device") << Host::TrackUs << QByteArray("DELETE") << person + u"/devices/tok"_s << none << usTrack
                            << 200 << empty << QString() << none << qsizetype(-1);
    row("13 suppress") << Host::TrackUs << QByteArray("POST") << person + u"/suppress"_s << none << usTrack << 200
                       << empty << QString() << none << qsizetype(-1);
    row("14 unsuppress") << Host::TrackUs << QByteArray("POST") << person + u"/unsuppress"_s << none << usTrack << 200
                         << empty << QString() << none << qsizetype(-1);
    row("15 merge") << Host::TrackUs << QByteArray("POST") << u"/api/v1/merge_customers"_s
                    << compact({{u"primary"_s, QJsonObject {{u"id"_s, u"42"_s}}},
                                {u"secondary"_s, QJsonObject {{u"email"_s, u"b@example.com"_s}}}})
                    << usTrack << 200 << empty << QString() << none << qsizetype(-1);
    row("16 merge without identifiers") << Host::TrackUs << QByteArray("POST") << u"/api/v1/merge_customers"_s
                                        << compact({{u"primary"_s, QJsonObject {}}}) << usTrack << 400
                                        << errorBody(u"primary must have exactly one of id, email or cio_id"_s)
                                        << QString() << none << qsizetype(-1);
    row("17 identifier over 150 bytes") << Host::TrackUs << QByteArray("PUT")
                                        << encodedCustomerPath(u"x"_s.repeated(151)) << none << usTrack << 400
                                        << errorBody(u"identifier cannot be longer than 150 bytes"_s) << QString()
                                        << none << qsizetype(-1);
    row("18 attribute name over 150 bytes")
        << Host::TrackUs << QByteArray("PUT") << person << compact({{u"n"_s.repeated(151), 1}}) << usTrack << 400
        << errorBody(u"attribute name cannot be longer than 150 bytes"_s) << QString() << none << qsizetype(-1);
    row("19 attribute value over 1000 bytes")
        << Host::TrackUs << QByteArray("PUT") << person << compact({{u"bio"_s, u"é"_s.repeated(500) + u'a'}}) << usTrack
        << 400 << errorBody(u"attribute value cannot be longer than 1000 bytes"_s) << QString() << none
        << qsizetype(-1);
    row("20 over 300 attributes") << Host::TrackUs << QByteArray("PUT") << person << compact(attributes301) << usTrack
                                  << 400 << errorBody(u"cannot identify more than 300 attributes in one request"_s)
                                  << QString() << none << qsizetype(-1);
    row("21 event name over 100 bytes") << Host::TrackUs << QByteArray("POST") << events
                                        << compact({{u"name"_s, u"€"_s.repeated(34)}}) << usTrack << 400
                                        << errorsBody(u"event name cannot be longer than 100 bytes"_s) << QString()
                                        << none << qsizetype(-1);
    row("22 blank event name") << Host::TrackUs << QByteArray("POST") << u"/api/v1/events"_s
                               << compact({{u"name"_s, u" "_s}}) << usTrack << 400
                               << errorsBody(u"name cannot be blank"_s) << QString() << none << qsizetype(-1);
    row("23 event data over 100000 bytes")
        << Host::TrackUs << QByteArray("POST") << events
        << compact({{u"name"_s, u"big"_s}, {u"data"_s, QJsonObject {{u"k"_s, u"x"_s.repeated(99993)}}}}) << usTrack
        << 400 << errorsBody(u"event data cannot be longer than 100000 bytes"_s) << QString() << none << qsizetype(-1);
    row("24 invalid JSON") << Host::TrackUs << QByteArray("PUT") << person << QByteArray("{\"a\":") << usTrack << 400
                           << QByteArray("{\"meta\":{\"error\":\"invalid JSON body: *") << QString() << none
                           << qsizetype(-1);
    row("25 unknown path") << Host::TrackUs << QByteArray("GET") << u"/api/v1/nothing"_s << none << usTrack << 404
                           << errorBody(u"not found"_s) << QString() << none << qsizetype(-1);
    row("26 app api key of the other region")
        << Host::ApiEu << QByteArray("GET") << u"/v1/customers/42/attributes"_s << none << usApp << 401
        << unauthorizedBody << QString() << none << qsizetype(-1);
    row("27 transactional send, eu key on us host")
        << Host::ApiUs << QByteArray("POST") << u"/v1/send/email"_s << transactional << euApp << 301 << wrongDatacenter
        << apiEu + u"/v1/send/email"_s << none << qsizetype(-1);
    row("28 transactional send") << Host::ApiUs << QByteArray("POST") << u"/v1/send/email"_s << transactional << usApp
                                 << 200 << QByteArray("{\"delivery_id\":\"sandbox-delivery-*") << QString() << none
                                 << qsizetype(-1);
    row("29 transactional send without message id")
        << Host::ApiUs << QByteArray("POST") << u"/v1/send/email"_s
        << compact({{u"identifiers"_s, QJsonObject {{u"id"_s, u"42"_s}}}}) << usApp << 400
        << errorBody(u"transactional_message_id must be present"_s) << QString() << none << qsizetype(-1);
    row("30 app attributes of an unknown person")
        << Host::ApiUs << QByteArray("GET") << u"/v1/customers/nobody/attributes"_s << none << usApp << 404
        << errorBody(u"not found"_s) << QString() << none << qsizetype(-1);
    row("31 other app api path") << Host::ApiUs << QByteArray("GET") << u"/v1/activities"_s << none << usApp << 404
                                 << errorBody(u"not found"_s) << QString() << none << qsizetype(-1);
    const QJsonObject v2Op {
        {u"type"_s, u"person"_s}, {u"identifiers"_s, QJsonObject {{u"id"_s, u"42"_s}}}, {u"action"_s, u"identify"_s}};
    row("32 v2 entity") << Host::TrackUs << QByteArray("POST") << u"/api/v2/entity"_s << compact(v2Op) << usTrack << 200
                        << empty << QString() << none << qsizetype(-1);
    row("33 v2 entity without type")
        << Host::TrackUs << QByteArray("POST") << u"/api/v2/entity"_s
        << compact({{u"identifiers"_s, QJsonObject {{u"id"_s, u"42"_s}}}, {u"action"_s, u"identify"_s}}) << usTrack
        << 400
        << QByteArray(R"({"errors":[{"field":"type","message":"type must be one of person, object, delivery",)"
                      R"("reason":"invalid"}]})")
        << QString() << none << qsizetype(-1);
    row("34 v2 batch, one bad operation")
        << Host::TrackUs << QByteArray("POST") << u"/api/v2/batch"_s
        << compact({{u"batch"_s, QJsonArray {v2Op, QJsonObject {{u"type"_s, u"person"_s}, {u"action"_s, u"x"_s}}}}})
        << usTrack << 207
        << QByteArray(R"({"errors":[{"batch_index":1,"field":"identifiers","message":"identifiers must name the )"
                      R"(entity","reason":"invalid"}]})")
        << QString() << none << qsizetype(-1);

    const QByteArray noContent;
    row("35 metrics, no credentials") << Host::TrackUs << QByteArray("POST") << u"/api/v1/metrics"_s
                                      << compact({{u"delivery_id"_s, u"d1"_s},
                                                  {u"metric"_s, u"opened"_s},
                                                  {u"timestamp"_s, 1700000000}})
                                      << none << 200 << empty << QString() << none << qsizetype(-1);
    row("36 push events, no credentials") << Host::TrackEu << QByteArray("POST") << u"/api/v1/push/events"_s
                                          << compact({{u"delivery_id"_s, u"d1"_s}, {u"event"_s, u"opened"_s}}) << none
                                          << 200 << empty << QString() << none << qsizetype(-1);
    row("37 unsubscribe, no credentials")
        << Host::TrackUs << QByteArray("POST") << u"/unsubscribe/d1"_s << compact({{u"unsubscribe"_s, true}}) << none
        << 200 << empty << QString() << none << qsizetype(-1);
    row("38 form submit") << Host::TrackUs << QByteArray("POST") << u"/api/v1/forms/signup/submit"_s
                          << compact({{u"data"_s, QJsonObject {{u"email"_s, u"f@example.com"_s}, {u"plan"_s, u"x"_s}}}})
                          << usTrack << 204 << noContent << QString() << none << qsizetype(0);
    row("39 form submit with two identifiers")
        << Host::TrackUs << QByteArray("POST") << u"/api/v1/forms/signup/submit"_s
        << compact({{u"data"_s, QJsonObject {{u"email"_s, u"f@example.com"_s}, {u"id"_s, u"7"_s}}}}) << usTrack << 400
        << errorsBody(u"data must have exactly one of id or email"_s) << QString() << none << qsizetype(-1);
    row("40 segment add") << Host::TrackUs << QByteArray("POST") << u"/api/v1/segments/7/add_customers?id_type=email"_s
                          << compact({{u"ids"_s, QJsonArray {u"a@example.com"_s}}}) << usTrack << 200 << empty
                          << QString() << none << qsizetype(-1);
    row("41 segment remove without ids") << Host::TrackUs << QByteArray("POST")
                                         << u"/api/v1/segments/7/remove_customers"_s
                                         << compact({{u"ids"_s, QJsonArray {}}}) << usTrack << 400
                                         << errorsBody(u"ids must be a non-empty array"_s) << QString() << none
                                         << qsizetype(-1);
    row("42 v2 person with two identifiers")
        << Host::TrackUs << QByteArray("POST") << u"/api/v2/entity"_s
        << compact({{u"type"_s, u"person"_s},
                    {u"identifiers"_s, QJsonObject {{u"id"_s, u"42"_s}, {u"phone"_s, u"+14155552671"_s}}},
                    {u"action"_s, u"identify"_s}})
        << usTrack << 400
        << QByteArray(R"({"errors":[{"field":"identifiers","message":"identifiers must contain exactly one of id, )"
                      R"(email, phone or cio_id","reason":"invalid"}]})")
        << QString() << none << qsizetype(-1);
    row("43 merge into an unknown primary") << Host::TrackUs << QByteArray("POST") << u"/api/v1/merge_customers"_s
                                            << compact({{u"primary"_s, QJsonObject {{u"id"_s, u"nobody"_s}}},
                                                        {u"secondary"_s, QJsonObject {{u"id"_s, u"42"_s}}}})
                                            << usTrack << 200 << empty << QString() << none << qsizetype(-1);
    row("44 device platform other than ios or android")
        << Host::TrackUs << QByteArray("PUT") << person + u"/devices"_s
        << compact({{u"device"_s, QJsonObject {{u"id"_s, u"tok"_s}, {u"platform"_s, u"web"_s}}}}) << usTrack << 400
        << errorsBody(u"device.platform must be ios or android"_s) << QString() << none << qsizetype(-1);
    QTest::newRow("45 app api eu key on us host, redirect mode")
        << u"app-wrong-region:redirect"_s << Host::ApiUs << QByteArray("GET") << u"/v1/customers?email=a%40b.c"_s
        << none << euApp << 301 << wrongDatacenter << apiEu + u"/v1/customers?email=a%40b.c"_s << none << qsizetype(-1);
    row("46 transactional path as GET") << Host::ApiEu << QByteArray("GET") << u"/v1/send/email"_s << none << euApp
                                        << 404 << errorBody(u"not found"_s) << QString() << none << qsizetype(-1);
    row("47 whatsapp send") << Host::ApiUs << QByteArray("POST") << u"/v1/send/whatsapp"_s << transactional << usApp
                            << 200 << QByteArray("{\"delivery_id\":\"sandbox-delivery-*") << QString() << none
                            << qsizetype(-1);
    QStringList sixteen;
    for (int i = 0; i < 16; ++i)
        sixteen << u"r%1@example.com"_s.arg(i);
    row("48 transactional send to 16 recipients across to and bcc")
        << Host::ApiUs << QByteArray("POST") << u"/v1/send/email"_s
        << compact({{u"transactional_message_id"_s, 3},
                    {u"to"_s, sixteen.mid(0, 10).join(u',')},
                    {u"bcc"_s, sixteen.mid(10).join(u',')},
                    {u"identifiers"_s, QJsonObject {{u"id"_s, u"42"_s}}}})
        << usApp << 400 << errorBody(u"cannot send to more than 15 recipients across to, cc and bcc"_s) << QString()
        << none << qsizetype(-1);
    row("49 transactional payload over 1 MB")
        << Host::ApiUs << QByteArray("POST") << u"/v1/send/email"_s
        << compact({{u"transactional_message_id"_s, 3},
                    {u"message_data"_s, QJsonObject {{u"k"_s, u"x"_s.repeated(1000000)}}},
                    {u"identifiers"_s, QJsonObject {{u"id"_s, u"42"_s}}}})
        << usApp << 400 << errorBody(u"payload cannot be larger than 1000000 bytes"_s) << QString() << none
        << qsizetype(-1);
    row("50 app api segments") << Host::ApiEu << QByteArray("GET") << u"/v1/segments"_s << none << euApp << 200
                               << QByteArray(R"({"segments":[]})") << QString() << none << qsizetype(-1);

    const auto faultRow = [](const char *name, const QString &fault) -> QTestData & {
        return QTest::newRow(name) << fault;
    };
    faultRow("F1 delay", u"delay:50"_s) << Host::TrackUs << QByteArray("PUT") << person << none << usTrack << 200
                                        << empty << QString() << none << qsizetype(-1);
    faultRow("F2 hang", u"hang"_s) << Host::TrackUs << QByteArray("PUT") << person << none << usTrack << -1 << none
                                   << QString() << none << qsizetype(-1);
    faultRow("F3 reset", u"reset"_s) << Host::TrackUs << QByteArray("GET") << u"/api/v1/accounts/region"_s << none
                                     << usTrack << -2 << none << QString() << none << qsizetype(-1);
    faultRow("F4 500", u"status:500"_s) << Host::TrackUs << QByteArray("PUT") << person << none << usTrack << 500
                                        << errorBody(u"Internal Server Error"_s) << QString() << none << qsizetype(-1);
    faultRow("F5 502", u"status:502"_s) << Host::TrackUs << QByteArray("PUT") << person << none << usTrack << 502
                                        << errorBody(u"Bad Gateway"_s) << QString() << none << qsizetype(-1);
    faultRow("F6 503", u"status:503"_s) << Host::ApiEu << QByteArray("POST") << u"/v1/send/email"_s << transactional
                                        << euApp << 503 << errorBody(u"Service Unavailable"_s) << QString() << none
                                        << qsizetype(-1);
    faultRow("F7 rate limit", u"rate-limit:7"_s)
        << Host::TrackUs << QByteArray("PUT") << person << none << usTrack << 429
        << errorBody(u"Your request is over the 1000-per-second limit."_s) << QString() << QByteArray("7")
        << qsizetype(-1);
    faultRow("F7 rate limit, App API", u"rate-limit"_s)
        << Host::ApiEu << QByteArray("GET") << u"/v1/segments"_s << none << euApp << 429
        << errorBody(u"Your request is over the 10-per-second limit."_s) << QString() << QByteArray("1")
        << qsizetype(-1);
    faultRow("F8 malformed JSON", u"malformed-json"_s)
        << Host::TrackUs << QByteArray("PUT") << person << none << usTrack << 200 << QByteArray("{") << QString()
        << none << qsizetype(-1);
    faultRow("F9 oversized body", u"oversized"_s)
        << Host::TrackUs << QByteArray("PUT") << person << none << usTrack << 200 << QByteArray("{\"padding\":\"xxxx*")
        << QString() << none << qsizetype(10 * 1024 * 1024);
    faultRow("F10 redirect outside", u"redirect-outside"_s)
        << Host::TrackUs << QByteArray("PUT") << person << none << usTrack << 307
        << QByteArray(wrongDatacenter).replace("301", "307") << u"http://outside.invalid/api/v1/customers/42"_s << none
        << qsizetype(-1);
}

void TstSandboxServer::behaviourTable()
{
    QFETCH(QString, fault);
    QFETCH(Host, host);
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QByteArray, expected);
    QFETCH(QString, location);
    QFETCH(QByteArray, retryAfter);
    QFETCH(qsizetype, bodySize);

    if (fault == u"app-wrong-region:redirect"_s) {
        m_server.setAppWrongRegion(SandboxAppApi::WrongRegion::Redirect);
    } else if (!fault.isEmpty()) {
        SandboxFault spec;
        QVERIFY(SandboxFault::fromSpec(fault, &spec, nullptr));
        m_server.setFault(host, spec);
    }
    QNetworkReply *reply = start(host, method, target, body, authorization);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool done = reply->isFinished() || finished.wait(status == -1 ? 300 : 5000);
    const auto cleanup = qScopeGuard([reply] {
        reply->abort();
        reply->deleteLater();
    });
    if (status == -1) {
        QVERIFY(!done);
        QCOMPARE(m_server.receivedRequests().last().status, 0);
        return;
    }
    QVERIFY(done);
    if (status == -2) {
        // Qt 6.4 reports a reset after the headers either as an error or, sometimes, as a clean finish
        // with the body cut short of Content-Length: either way the answer is incomplete.
        const QByteArray received = reply->readAll();
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        const QByteArray diagnosis = "error " + QByteArray::number(reply->error()) + ", body " + received;
        QVERIFY2(reply->error() != QNetworkReply::NoError || received.size() < announced, diagnosis.constData());
        QCOMPARE(m_server.receivedRequests().last().status, 0);
        return;
    }
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    if (status != 204)
        QCOMPARE(reply->rawHeader(QByteArrayLiteral("Content-Type")), QByteArrayLiteral("application/json"));
    const QByteArray answer = reply->readAll();
    if (expected.endsWith('*'))
        QVERIFY2(answer.startsWith(expected.chopped(1)), answer.left(200).constData());
    else
        QCOMPARE(answer, expected);
    QCOMPARE(QString::fromUtf8(reply->rawHeader(QByteArrayLiteral("Location"))), location);
    QCOMPARE(reply->rawHeader(QByteArrayLiteral("Retry-After")), retryAfter);
    if (bodySize >= 0)
        QCOMPARE(answer.size(), bodySize);
}

void TstSandboxServer::stateIsStoredPerWorkspace()
{
    const QString person = u"/api/v1/customers/a%2Fb%40example.com"_s;
    QCOMPARE(send(Host::TrackUs, "PUT", person,
                  compact({{u"plan"_s, u"pro"_s}, {u"bio"_s, u"x"_s}, {u"_update"_s, false}}), usTrack)
                 .status,
             200);
    QCOMPARE(
        send(Host::TrackUs, "PUT", person, compact({{u"bio"_s, QJsonValue::Null}, {u"age"_s, 36}}), usTrack).status,
        200);
    QCOMPARE(send(Host::TrackUs, "POST", person + u"/events"_s,
                  compact({{u"name"_s, u"purchase"_s}, {u"data"_s, QJsonObject {{u"sku"_s, u"A"_s}}}}), usTrack)
                 .status,
             200);
    QCOMPARE(send(Host::TrackUs, "POST", person + u"/events"_s,
                  compact({{u"type"_s, u"screen"_s}, {u"name"_s, u"Home"_s}}), usTrack)
                 .status,
             200);
    QCOMPARE(send(Host::TrackUs, "PUT", person + u"/devices"_s,
                  compact({{u"device"_s, QJsonObject {{u"id"_s, u"t1"_s}, {u"platform"_s, u"ios"_s}}}}), usTrack)
                 .status,
             200);
    QCOMPARE(send(Host::TrackUs, "PUT", person + u"/devices"_s,
                  compact({{u"device"_s, QJsonObject {{u"id"_s, u"t2"_s}, {u"platform"_s, u"android"_s}}}}), usTrack)
                 .status,
             200);
    QCOMPARE(send(Host::TrackUs, "DELETE", person + u"/devices/t1"_s, {}, usTrack).status, 200);
    QCOMPARE(send(Host::TrackUs, "POST", u"/api/v1/events"_s,
                  compact({{u"name"_s, u"visit"_s}, {u"anonymous_id"_s, u"anon"_s}}), usTrack)
                 .status,
             200);
    // Invalid calls store nothing; _update does not create.
    QCOMPARE(send(Host::TrackUs, "POST", person + u"/events"_s, compact({{u"name"_s, u""_s}}), usTrack).status, 400);
    QCOMPARE(
        send(Host::TrackUs, "PUT", u"/api/v1/customers/ghost"_s, compact({{u"_update"_s, true}, {u"a"_s, 1}}), usTrack)
            .status,
        200);

    const HttpResult r = send(Host::TrackEu, "GET", u"/__sandbox/people?site_id=demo-us-site"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject state = r.json();
    QCOMPARE(state.value(u"site_id"_s).toString(), u"demo-us-site"_s);
    const QJsonArray people = state.value(u"people"_s).toArray();
    QCOMPARE(people.size(), 1);
    const QJsonObject ada = people.first().toObject();
    QCOMPARE(ada.value(u"identifier"_s).toString(), u"a/b@example.com"_s);
    QCOMPARE(ada.value(u"attributes"_s).toObject(), (QJsonObject {{u"plan"_s, u"pro"_s}, {u"age"_s, 36}}));
    const QJsonArray events = ada.value(u"events"_s).toArray();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).toObject().value(u"type"_s).toString(), u"event"_s);
    QCOMPARE(events.at(0).toObject().value(u"data"_s).toObject().value(u"sku"_s).toString(), u"A"_s);
    QCOMPARE(events.at(1).toObject().value(u"type"_s).toString(), u"screen"_s);
    const QJsonArray devices = ada.value(u"devices"_s).toArray();
    QCOMPARE(devices.size(), 1);
    QCOMPARE(devices.first().toObject().value(u"id"_s).toString(), u"t2"_s);
    QCOMPARE(state.value(u"anonymous_events"_s).toArray().first().toObject().value(u"anonymous_id"_s).toString(),
             u"anon"_s);

    // The EU workspace saw nothing; the App API reads the same person.
    QCOMPARE(m_server.workspaceState(u"demo-eu-site"_s).value(u"people"_s).toArray().size(), 0);
    const HttpResult app =
        send(Host::ApiUs, "GET", u"/v1/customers/a%2Fb%40example.com/attributes"_s, {}, bearer(u"demo-us-app-key"_s));
    QCOMPARE(app.status, 200);
    QCOMPARE(app.json().value(u"customer"_s).toObject().value(u"attributes"_s).toObject().value(u"plan"_s).toString(),
             u"pro"_s);

    // Unknown workspace, all workspaces, reset.
    QCOMPARE(send(Host::TrackUs, "GET", u"/__sandbox/people?site_id=nope"_s).status, 404);
    QCOMPARE(send(Host::TrackUs, "GET", u"/__sandbox/people"_s).json().value(u"workspaces"_s).toArray().size(), 2);
    QCOMPARE(send(Host::TrackUs, "DELETE", u"/__sandbox/people"_s).status, 200);
    QCOMPARE(m_server.workspaceState(u"demo-us-site"_s).value(u"people"_s).toArray().size(), 0);
}

void TstSandboxServer::suppressDeleteAndMerge()
{
    const auto identify = [this](const QString &id, const QJsonObject &attributes) {
        return send(Host::TrackEu, "PUT", encodedCustomerPath(id), compact(attributes), euTrack).status;
    };
    const auto people = [this] { return m_server.workspaceState(u"demo-eu-site"_s).value(u"people"_s).toArray(); };
    QCOMPARE(identify(u"1"_s, {{u"a"_s, 1}}), 200);
    QCOMPARE(identify(u"b@example.com"_s, {{u"a"_s, 2}, {u"b"_s, 2}}), 200);
    QCOMPARE(send(Host::TrackEu, "POST", encodedCustomerPath(u"b@example.com"_s) + u"/events"_s,
                  compact({{u"name"_s, u"e"_s}}), euTrack)
                 .status,
             200);
    QCOMPARE(send(Host::TrackEu, "POST", u"/api/v1/merge_customers"_s,
                  compact({{u"primary"_s, QJsonObject {{u"id"_s, 1}}},
                           {u"secondary"_s, QJsonObject {{u"email"_s, u"b@example.com"_s}}}}),
                  euTrack)
                 .status,
             200);
    QCOMPARE(people().size(), 1);
    const QJsonObject merged = people().first().toObject();
    QCOMPARE(merged.value(u"attributes"_s).toObject(), (QJsonObject {{u"a"_s, 1}, {u"b"_s, 2}})); // the primary's win
    QCOMPARE(merged.value(u"events"_s).toArray().size(), 1);

    QCOMPARE(send(Host::TrackEu, "POST", u"/api/v1/customers/1/suppress"_s, {}, euTrack).status, 200);
    QCOMPARE(people().size(), 0);
    QCOMPARE(identify(u"1"_s, {{u"a"_s, 3}}), 200); // accepted, ignored while suppressed
    QCOMPARE(people().size(), 0);
    QCOMPARE(m_server.workspaceState(u"demo-eu-site"_s).value(u"suppressed"_s).toArray(), QJsonArray {u"1"_s});
    QCOMPARE(send(Host::TrackEu, "POST", u"/api/v1/customers/1/unsuppress"_s, {}, euTrack).status, 200);
    QCOMPARE(identify(u"1"_s, {{u"a"_s, 3}}), 200);
    QCOMPARE(people().size(), 1);
    QCOMPARE(send(Host::TrackEu, "DELETE", u"/api/v1/customers/1"_s, {}, euTrack).status, 200);
    QCOMPARE(people().size(), 0);
}

void TstSandboxServer::accountsWithSeveralWorkspaces()
{
    QJsonObject file {{u"accounts"_s,
                       QJsonArray {
                           QJsonObject {{u"region"_s, u"eu"_s},
                                        {u"workspaces"_s,
                                         QJsonArray {
                                             QJsonObject {{u"name"_s, u"Prod"_s},
                                                          {u"site_id"_s, u"eu-prod"_s},
                                                          {u"track_api_key"_s, u"k1"_s},
                                                          {u"environment_id"_s, 11},
                                                          {u"app_api_keys"_s, QJsonArray {u"app-1"_s}},
                                                          {u"extra"_s, true}},
                                             QJsonObject {{u"name"_s, u"Staging"_s},
                                                          {u"site_id"_s, u"eu-staging"_s},
                                                          {u"track_api_key"_s, u"k2"_s},
                                                          {u"environment_id"_s, 12}},
                                         }}},
                           QJsonObject {{u"region"_s, u"us"_s},
                                        {u"workspaces"_s,
                                         QJsonArray {
                                             QJsonObject {{u"name"_s, u"US"_s},
                                                          {u"site_id"_s, u"us-1"_s},
                                                          {u"track_api_key"_s, u"k3"_s},
                                                          {u"environment_id"_s, 21}},
                                         }}},
                       }}};
    QList<SandboxAccount> accounts;
    QString error;
    QVERIFY2(SandboxServer::accountsFromJson(QJsonDocument(file).toJson(), &accounts, &error), qPrintable(error));
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.first().workspaces.size(), 2);
    m_server.setAccounts(accounts);

    for (const auto &[site, key, env] :
         {std::tuple {u"eu-prod"_s, u"k1"_s, 11}, std::tuple {u"eu-staging"_s, u"k2"_s, 12}}) {
        const HttpResult r = send(Host::TrackUs, "GET", u"/api/v1/accounts/region"_s, {}, basic(site, key));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"environment_id"_s).toInt(), env);
        QCOMPARE(r.json().value(u"region"_s).toString(), u"eu"_s);
    }
    QCOMPARE(send(Host::TrackEu, "PUT", u"/api/v1/customers/p"_s, compact({{u"w"_s, 1}}), basic(u"eu-prod"_s, u"k1"_s))
                 .status,
             200);
    QCOMPARE(
        send(Host::TrackEu, "PUT", u"/api/v1/customers/p"_s, compact({{u"w"_s, 2}}), basic(u"eu-staging"_s, u"k2"_s))
            .status,
        200);
    QCOMPARE(send(Host::TrackEu, "PUT", u"/api/v1/customers/p"_s, {}, basic(u"eu-prod"_s, u"k2"_s)).status,
             401); // key of the other workspace
    const auto attribute = [this](const QString &site) {
        return m_server.workspaceState(site)
            .value(u"people"_s)
            .toArray()
            .first()
            .toObject()
            .value(u"attributes"_s)
            .toObject()
            .value(u"w"_s)
            .toInt();
    };
    QCOMPARE(attribute(u"eu-prod"_s), 1);
    QCOMPARE(attribute(u"eu-staging"_s), 2);

    // Rejected files name the field.
    const auto reject = [](const QJsonObject &json, const QString &part) {
        QList<SandboxAccount> ignored;
        QString message;
        return !SandboxServer::accountsFromJson(QJsonDocument(json).toJson(), &ignored, &message)
            && message.contains(part);
    };
    QJsonObject duplicate = file;
    QJsonArray list = duplicate.value(u"accounts"_s).toArray();
    QJsonObject us = list.at(1).toObject();
    us.insert(u"workspaces"_s,
              QJsonArray {
                  QJsonObject {{u"site_id"_s, u"eu-prod"_s}, {u"track_api_key"_s, u"k"_s}, {u"environment_id"_s, 1}}});
    list.replace(1, us);
    duplicate.insert(u"accounts"_s, list);
    QVERIFY(reject(duplicate, u"accounts[1].workspaces[0].site_id"_s));
    QVERIFY(reject(QJsonObject {{u"accounts"_s, QJsonArray {QJsonObject {{u"region"_s, u"ap"_s}}}}},
                   u"accounts[0].region"_s));
    QVERIFY(reject(QJsonObject {{u"accounts"_s,
                                 QJsonArray {QJsonObject {{u"region"_s, u"us"_s},
                                                          {u"workspaces"_s,
                                                           QJsonArray {QJsonObject {{u"site_id"_s, u"s"_s},
                                                                                    {u"track_api_key"_s, u"k"_s},
                                                                                    {u"environment_id"_s, 1},
                                                                                    {u"app_api_keys"_s, u"x"_s}}}}}}}},
                   u"app_api_keys"_s));
    QVERIFY(reject(QJsonObject {{u"accounts"_s, QJsonArray {}}}, u"non-empty"_s));
}

QTEST_GUILESS_MAIN(TstSandboxServer)
#include "tst_sandboxserver.moc"
