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
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrl>

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
    return QJsonDocument(QJsonObject{{u"meta"_s, QJsonObject{{u"error"_s, message}}}})
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

private:
    QNetworkReply *start(Host host, const QByteArray &method, const QString &encodedTarget,
                         const QByteArray &body = {}, const QByteArray &authorization = {});
    HttpResult send(Host host, const QByteArray &method, const QString &encodedTarget,
                    const QByteArray &body = {}, const QByteArray &authorization = {});

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
    QVERIFY2(m_server.start({0, 0, 0, 0}, &error), qPrintable(error));
    QVERIFY(m_server.isListening());
    for (Host host : {Host::TrackUs, Host::TrackEu, Host::ApiUs, Host::ApiEu})
        QVERIFY(m_server.port(host) != 0);
}

void TstSandboxServer::init()
{
    m_server.setAccounts(SandboxServer::demoAccounts());
    m_server.setRedirectStatus(301);
    for (Host host : {Host::TrackUs, Host::TrackEu, Host::ApiUs, Host::ApiEu})
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
    QTest::newRow("eu creds, us host") << Host::TrackUs << euTrack << u"https://track-eu.customer.io"_s << u"eu"_s << 201;
    QTest::newRow("eu creds, eu host") << Host::TrackEu << euTrack << u"https://track-eu.customer.io"_s << u"eu"_s << 201;
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
    QTest::newRow("wrong key, region, us") << Host::TrackUs << QByteArray("GET") << region << basic(u"demo-us-site"_s, u"nope"_s);
    QTest::newRow("wrong key, region, eu") << Host::TrackEu << QByteArray("GET") << region << basic(u"demo-eu-site"_s, u"nope"_s);
    QTest::newRow("key of another site") << Host::TrackUs << QByteArray("GET") << region << basic(u"demo-us-site"_s, u"demo-eu-track-key"_s);
    QTest::newRow("no header") << Host::TrackUs << QByteArray("GET") << region << QByteArray();
    QTest::newRow("bearer on track") << Host::TrackUs << QByteArray("GET") << region << bearer(u"demo-us-app-key"_s);
    QTest::newRow("not base64") << Host::TrackEu << QByteArray("GET") << region << QByteArray("Basic ***");
    QTest::newRow("no colon") << Host::TrackEu << QByteArray("GET") << region << QByteArray("Basic " + QByteArray("demo-eu-site").toBase64());
    QTest::newRow("identify, wrong key") << Host::TrackUs << QByteArray("PUT") << identify << basic(u"demo-us-site"_s, u"nope"_s);
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
        const HttpResult set = send(Host::ApiEu, "POST", u"/__sandbox/redirect"_s,
                                    compact({{u"status"_s, configured}}));
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
    const HttpResult r = send(Host::TrackEu, "PUT", u"/api/v1/customers/42"_s,
                              compact({{u"email"_s, u"a@example.com"_s}}), usTrack);
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

    QTest::newRow("identifier 150 bytes") << QByteArray("PUT") << encodedCustomerPath(repeated(e2, 75)) << empty << QString();
    QTest::newRow("identifier 151 bytes") << QByteArray("PUT") << encodedCustomerPath(repeated(e2, 74) + e3) << empty
                                          << u"identifier cannot be longer than 150 bytes"_s;

    const QString person = u"/api/v1/customers/42"_s;
    QTest::newRow("attribute name 150 bytes") << QByteArray("PUT") << person << compact({{repeated(e3, 50), 1}}) << QString();
    QTest::newRow("attribute name 151 bytes") << QByteArray("PUT") << person << compact({{repeated(e3, 50) + u'a', 1}})
                                              << u"attribute name cannot be longer than 150 bytes"_s;
    QTest::newRow("attribute value 1000 bytes") << QByteArray("PUT") << person << compact({{u"bio"_s, repeated(e2, 500)}}) << QString();
    QTest::newRow("attribute value 1001 bytes") << QByteArray("PUT") << person << compact({{u"bio"_s, repeated(e2, 500) + u'a'}})
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
    QTest::newRow("event name 100 bytes") << QByteArray("POST") << events << compact({{u"name"_s, repeated(e2, 50)}}) << QString();
    QTest::newRow("event name 101 bytes") << QByteArray("POST") << events << compact({{u"name"_s, repeated(e2, 50) + u'a'}})
                                          << u"event name cannot be longer than 100 bytes"_s;
    QTest::newRow("anonymous name 100 bytes") << QByteArray("POST") << anonymous
                                              << compact({{u"name"_s, repeated(e3, 33) + u'a'}, {u"anonymous_id"_s, u"anon-1"_s}}) << QString();
    QTest::newRow("anonymous name 101 bytes") << QByteArray("POST") << anonymous
                                              << compact({{u"name"_s, repeated(e3, 33) + u"ab"_s}})
                                              << u"event name cannot be longer than 100 bytes"_s;

    // Compact {"k":"<text>"} is 8 bytes plus the text.
    const QJsonObject data100000{{u"k"_s, repeated(e2, 49996)}};
    const QJsonObject data100001{{u"k"_s, repeated(e2, 49996) + u'a'}};
    QTest::newRow("event data 100000 bytes") << QByteArray("POST") << events
                                             << compact({{u"name"_s, u"big"_s}, {u"data"_s, data100000}}) << QString();
    QTest::newRow("event data 100001 bytes") << QByteArray("POST") << events
                                             << compact({{u"name"_s, u"big"_s}, {u"data"_s, data100001}})
                                             << u"event data cannot be longer than 100000 bytes"_s;
    QTest::newRow("anonymous data 100001 bytes") << QByteArray("POST") << anonymous
                                                 << compact({{u"name"_s, u"big"_s}, {u"data"_s, data100001}})
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
        QCOMPARE(r.body, errorBody(error));
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
    QTest::newRow("identify with bad json") << QByteArray("PUT") << person << QByteArray("{\"a\":") << 400 << u"invalid JSON body"_s;
    QTest::newRow("delete") << QByteArray("DELETE") << person << QByteArray() << 200 << QString();
    QTest::newRow("event without name") << QByteArray("POST") << events << QByteArray("{}") << 400 << u"name cannot be blank"_s;
    QTest::newRow("event with blank name") << QByteArray("POST") << events << QByteArray(R"({"name":"  "})") << 400
                                           << u"name cannot be blank"_s;
    QTest::newRow("event without body") << QByteArray("POST") << events << QByteArray() << 400
                                        << u"request body must be a JSON object"_s;
    QTest::newRow("page view") << QByteArray("POST") << events << QByteArray(R"({"type":"page","name":"/pricing"})") << 200 << QString();
    QTest::newRow("screen view") << QByteArray("POST") << events << QByteArray(R"({"type":"screen","name":"Home"})") << 200 << QString();
    QTest::newRow("anonymous without anonymous_id") << QByteArray("POST") << u"/api/v1/events"_s << QByteArray(R"({"name":"visit"})")
                                                    << 200 << QString();
    QTest::newRow("anonymous without name") << QByteArray("POST") << u"/api/v1/events"_s << QByteArray(R"({"anonymous_id":"x"})")
                                            << 400 << u"name cannot be blank"_s;
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
        const QString message = r.json().value(u"meta"_s).toObject().value(u"error"_s).toString();
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

    const HttpResult r = send(host, "GET", u"/v1/customers/42/attributes"_s, {}, authorization);
    QVERIFY(r.finished);
    QCOMPARE(r.status, status);
    QVERIFY(r.location.isEmpty());
    QCOMPARE(r.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(r.body, status == 200 ? QByteArrayLiteral("{}")
                                   : QByteArrayLiteral(R"({"meta":{"error":"Unauthorized request"}})"));
}

void TstSandboxServer::transactionalSend()
{
    const QByteArray body = compact({{u"transactional_message_id"_s, 3},
                                     {u"to"_s, u"a@example.com"_s},
                                     {u"identifiers"_s, QJsonObject{{u"id"_s, u"42"_s}}}});
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const HttpResult r = send(Host::ApiEu, "POST", u"/v1/send/email"_s, body, bearer(u"demo-eu-app-key"_s));
    QCOMPARE(r.status, 200);
    const QJsonObject json = r.json();
    QVERIFY(!json.value(u"delivery_id"_s).toString().isEmpty());
    QVERIFY(json.value(u"queued_at"_s).isDouble());
    QVERIFY(json.value(u"queued_at"_s).toInteger() >= before);

    const HttpResult wrongRegion = send(Host::ApiUs, "POST", u"/v1/send/email"_s, body, bearer(u"demo-eu-app-key"_s));
    QCOMPARE(wrongRegion.status, 401);
}

void TstSandboxServer::hangFault()
{
    const HttpResult set = send(Host::ApiUs, "POST", u"/__sandbox/fault"_s,
                                compact({{u"host"_s, u"track-us"_s}, {u"fault"_s, u"hang"_s}}));
    QCOMPARE(set.status, 200);

    QNetworkReply *reply = start(Host::TrackUs, "GET", u"/api/v1/accounts/region"_s, {}, usTrack);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(!finished.wait(500));
    QVERIFY(!reply->isFinished());
    QCOMPARE(m_server.receivedRequests().size(), 1);
    QCOMPARE(m_server.receivedRequests().first().status, 0);
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
    QTest::qWait(450); // the delayed answer finds its socket gone

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
    const QByteArray body = compact({{u"name"_s, u"purchase"_s}, {u"data"_s, QJsonObject{{u"price"_s, 9}}}});
    QCOMPARE(send(Host::TrackEu, "POST", u"/api/v1/customers/a%2Fb%40example.com/events?x=1"_s, body, euTrack).status, 200);
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
    QCOMPARE(app.value(u"site_id"_s).toString(), QString());
    QCOMPARE(app.value(u"identifier"_s).toString(), QString());
    QCOMPARE(app.value(u"body"_s).toString(), QString());
    QCOMPARE(app.value(u"status"_s).toInt(), 401);
}

void TstSandboxServer::inspectionRejectsBadFaults()
{
    QCOMPARE(send(Host::TrackUs, "POST", u"/__sandbox/fault"_s, compact({{u"host"_s, u"track-xx"_s}, {u"fault"_s, u"hang"_s}})).status, 400);
    QCOMPARE(send(Host::TrackUs, "POST", u"/__sandbox/fault"_s, compact({{u"host"_s, u"track-us"_s}, {u"fault"_s, u"explode"_s}})).status, 400);
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
    QVERIFY(!other.start({freePort, blocker.serverPort(), 0, 0}, &error));
    QVERIFY2(error.contains(u"track-eu"_s), qPrintable(error));
    QVERIFY2(error.contains(QString::number(blocker.serverPort())), qPrintable(error));
    QVERIFY(!other.isListening());
    QCOMPARE(other.port(Host::TrackUs), quint16(0));
    QVERIFY2(probe.listen(QHostAddress::LocalHost, freePort), "track-us port still bound after a failed start");
    probe.close();

    QVERIFY(other.start({0, 0, 0, 0}, &error));
    QVERIFY(!other.start({0, 0, 0, 0}, &error)); // already listening
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

QTEST_GUILESS_MAIN(TstSandboxServer)
#include "tst_sandboxserver.moc"
