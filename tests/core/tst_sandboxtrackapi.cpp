// SandboxTrackApi without sockets: credentials, regions, routes and what valid calls store.
#include "sandboxrules.h"
#include "sandboxstate.h"
#include "sandboxtrackapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray usTrack = "Basic " + QByteArray("demo-us-site:demo-us-track-key").toBase64();
const QByteArray euTrack = "Basic " + QByteArray("demo-eu-site:demo-eu-track-key").toBase64();
const QUrl euBase(u"http://127.0.0.1:4002"_s);

SandboxCall call(const QString &method, const QString &path, const QByteArray &authorization,
                 const QByteArray &body = {})
{
    SandboxCall c;
    c.method = method;
    c.target = SandboxTarget::fromUrl(QUrl(u"http://127.0.0.1:4001"_s + path));
    c.authorization = authorization;
    c.body = body;
    return c;
}

QJsonObject json(const SandboxReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

QByteArray header(const SandboxReply &reply, const QByteArray &name)
{
    for (const auto &[key, value] : reply.headers) {
        if (key == name)
            return value;
    }
    return {};
}

} // namespace

class TstSandboxTrackApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void regions_data();
    void regions();
    void redirectStatusAndLocation_data();
    void redirectStatusAndLocation();
    void routes_data();
    void routes();
    void validCallsChangeState();
    void v2EntityAndBatch();
    void accountsAreReadAtEachCall();

private:
    QList<SandboxAccount> m_accounts;
    SandboxState m_state;
};

void TstSandboxTrackApi::init()
{
    m_accounts = SandboxAccounts::demo();
    m_state.clear();
}

void TstSandboxTrackApi::regions_data()
{
    QTest::addColumn<QString>("hostRegion");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("siteId"); // recorded Site ID

    const QString region = u"/api/v1/accounts/region"_s;
    const QString person = u"/api/v1/customers/42"_s;
    QTest::newRow("region us on us") << u"us"_s << u"GET"_s << region << usTrack << 200 << u"demo-us-site"_s;
    QTest::newRow("region us on eu") << u"eu"_s << u"GET"_s << region << usTrack << 200 << u"demo-us-site"_s;
    QTest::newRow("region eu on us") << u"us"_s << u"GET"_s << region << euTrack << 200 << u"demo-eu-site"_s;
    QTest::newRow("region by POST") << u"us"_s << u"POST"_s << region << usTrack << 404 << u"demo-us-site"_s;
    QTest::newRow("us on us") << u"us"_s << u"PUT"_s << person << usTrack << 200 << u"demo-us-site"_s;
    QTest::newRow("eu on eu") << u"eu"_s << u"PUT"_s << person << euTrack << 200 << u"demo-eu-site"_s;
    QTest::newRow("eu on us redirected") << u"us"_s << u"PUT"_s << person << euTrack << 301 << u"demo-eu-site"_s;
    QTest::newRow("us on eu refused") << u"eu"_s << u"PUT"_s << person << usTrack << 401 << u"demo-us-site"_s;
    QTest::newRow("wrong key") << u"us"_s << u"PUT"_s << person
                               << "Basic " + QByteArray("demo-us-site:demo-eu-track-key").toBase64() << 401
                               << u"demo-us-site"_s;
    QTest::newRow("unknown site") << u"us"_s << u"GET"_s << region << "Basic " + QByteArray("x:y").toBase64() << 401
                                  << u"x"_s;
    QTest::newRow("bearer") << u"us"_s << u"PUT"_s << person << QByteArray("Bearer demo-us-app-key") << 401
                            << QString();
    QTest::newRow("none") << u"us"_s << u"PUT"_s << person << QByteArray() << 401 << QString();
    // Credentials are checked before the path.
    QTest::newRow("unknown path without credentials")
        << u"us"_s << u"GET"_s << u"/nothing"_s << QByteArray() << 401 << QString();
}

void TstSandboxTrackApi::regions()
{
    QFETCH(QString, hostRegion);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, siteId);

    SandboxTrackApi api(&m_accounts, &m_state);
    QString recorded;
    const SandboxReply reply = api.answer(hostRegion, call(method, path, authorization), euBase, 301, &recorded);
    QCOMPARE(reply.status, status);
    QCOMPARE(recorded, siteId);
    if (status == 401)
        QCOMPARE(reply.body, QByteArrayLiteral(R"({"meta":{"error":"Unauthorized request"}})"));
    if (status == 200 && path.endsWith(u"region"_s)) {
        const bool eu = authorization == euTrack;
        QCOMPARE(json(reply),
                 (QJsonObject {
                     {u"url"_s, eu ? u"https://track-eu.customer.io"_s : u"https://track.customer.io"_s},
                     {u"region"_s, eu ? u"eu"_s : u"us"_s},
                     {u"environment_id"_s, eu ? 201 : 101},
                 }));
    }
}

void TstSandboxTrackApi::redirectStatusAndLocation_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("301") << 301;
    QTest::newRow("302") << 302;
    QTest::newRow("307") << 307;
    QTest::newRow("308") << 308;
}

void TstSandboxTrackApi::redirectStatusAndLocation()
{
    QFETCH(int, status);

    SandboxTrackApi api(&m_accounts, &m_state);
    QString siteId;
    const SandboxReply reply =
        api.answer(u"us"_s, call(u"POST"_s, u"/api/v1/customers/a%2Fb/events?src=x%20y"_s, euTrack, R"({"name":"e"})"),
                   euBase, status, &siteId);
    QCOMPARE(reply.status, status);
    QCOMPARE(header(reply, "Location"),
             QByteArrayLiteral("http://127.0.0.1:4002/api/v1/customers/a%2Fb/events?src=x%20y"));
    QCOMPARE(json(reply),
             (QJsonObject {{u"errors"_s,
                            QJsonArray {QJsonObject {{u"detail"_s, u"wrong datacenter"_s},
                                                     {u"status"_s, QString::number(status)}}}}}));
    QVERIFY(!m_state.hasPerson(u"demo-eu-site"_s, u"a/b"_s)); // nothing stored on the way
}

void TstSandboxTrackApi::routes_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error"); // meta.error of a 400 or 404

    QTest::newRow("identify") << u"PUT"_s << u"/api/v1/customers/42"_s << QByteArray(R"({"plan":"pro"})") << 200
                              << QString();
    QTest::newRow("identify empty body") << u"PUT"_s << u"/api/v1/customers/42"_s << QByteArray() << 200 << QString();
    QTest::newRow("identify blank identifier")
        << u"PUT"_s << u"/api/v1/customers/%20"_s << QByteArray() << 400 << u"identifier cannot be blank"_s;
    QTest::newRow("delete") << u"DELETE"_s << u"/api/v1/customers/42"_s << QByteArray() << 200 << QString();
    QTest::newRow("event") << u"POST"_s << u"/api/v1/customers/42/events"_s << QByteArray(R"({"name":"e"})") << 200
                           << QString();
    QTest::newRow("event without body") << u"POST"_s << u"/api/v1/customers/42/events"_s << QByteArray() << 400
                                        << u"request body must be a JSON object"_s;
    QTest::newRow("anonymous event") << u"POST"_s << u"/api/v1/events"_s << QByteArray(R"({"name":"e"})") << 200
                                     << QString();
    QTest::newRow("anonymous event by GET") << u"GET"_s << u"/api/v1/events"_s << QByteArray() << 404 << u"not found"_s;
    QTest::newRow("device") << u"PUT"_s << u"/api/v1/customers/42/devices"_s
                            << QByteArray(R"({"device":{"id":"t","platform":"ios"}})") << 200 << QString();
    QTest::newRow("device without platform")
        << u"PUT"_s << u"/api/v1/customers/42/devices"_s << QByteArray(R"({"device":{"id":"t"}})") << 400
        << u"device.platform cannot be blank"_s;
    QTest::newRow("delete device") << u"DELETE"_s << u"/api/v1/customers/42/devices/t"_s << QByteArray() << 200
                                   << QString();
    QTest::newRow("delete all devices") << u"DELETE"_s << u"/api/v1/customers/42/devices"_s << QByteArray() << 404
                                        << u"not found"_s;
    QTest::newRow("suppress") << u"POST"_s << u"/api/v1/customers/42/suppress"_s << QByteArray() << 200 << QString();
    QTest::newRow("unsuppress") << u"POST"_s << u"/api/v1/customers/42/unsuppress"_s << QByteArray() << 200
                                << QString();
    QTest::newRow("merge") << u"POST"_s << u"/api/v1/merge_customers"_s
                           << QByteArray(R"({"primary":{"id":"1"},"secondary":{"email":"a@example.com"}})") << 200
                           << QString();
    QTest::newRow("merge without secondary")
        << u"POST"_s << u"/api/v1/merge_customers"_s << QByteArray(R"({"primary":{"id":"1"}})") << 400
        << u"secondary must have exactly one of id, email or cio_id"_s;
    QTest::newRow("unknown path") << u"GET"_s << u"/api/v1/nothing"_s << QByteArray() << 404 << u"not found"_s;
    QTest::newRow("customers without id")
        << u"PUT"_s << u"/api/v1/customers/"_s << QByteArray() << 404 << u"not found"_s;
    QTest::newRow("wrong method") << u"GET"_s << u"/api/v1/customers/42"_s << QByteArray() << 404 << u"not found"_s;
    QTest::newRow("v2 by GET") << u"GET"_s << u"/api/v2/entity"_s << QByteArray() << 404 << QString();
    QTest::newRow("v2 unknown") << u"POST"_s << u"/api/v2/other"_s << QByteArray("{}") << 404 << QString();
}

void TstSandboxTrackApi::routes()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);

    SandboxTrackApi api(&m_accounts, &m_state);
    QString siteId;
    const SandboxReply reply = api.answer(u"us"_s, call(method, path, usTrack, body), euBase, 301, &siteId);
    QCOMPARE(reply.status, status);
    if (status == 200)
        QCOMPARE(reply.body, QByteArrayLiteral("{}"));
    if (!error.isEmpty()) {
        // The shared 400 {"meta":{"errors":[..]}} or identify's and merge's {"meta":{"error":".."}}.
        const QJsonObject meta = json(reply).value(u"meta"_s).toObject();
        QCOMPARE(meta.contains(u"errors"_s) ? meta.value(u"errors"_s).toArray().first().toString()
                                            : meta.value(u"error"_s).toString(),
                 error);
    }
    if (status != 200)
        QCOMPARE(m_state.workspaceJson(u"demo-us-site"_s), SandboxState().workspaceJson(u"demo-us-site"_s));
}

void TstSandboxTrackApi::validCallsChangeState()
{
    SandboxTrackApi api(&m_accounts, &m_state);
    QString siteId;
    const auto send = [&](const QString &method, const QString &path, const QByteArray &body = {}) {
        return api.answer(u"eu"_s, call(method, path, euTrack, body), euBase, 301, &siteId).status;
    };
    QCOMPARE(send(u"PUT"_s, u"/api/v1/customers/a%2Fb%40example.com"_s, R"({"plan":"pro"})"), 200);
    QCOMPARE(send(u"POST"_s, u"/api/v1/customers/a%2Fb%40example.com/events"_s, R"({"name":"buy"})"), 200);
    QCOMPARE(
        send(u"PUT"_s, u"/api/v1/customers/a%2Fb%40example.com/devices"_s, R"({"device":{"id":"t","platform":"ios"}})"),
        200);
    QCOMPARE(send(u"POST"_s, u"/api/v1/events"_s, R"({"name":"visit","anonymous_id":"x"})"), 200);

    const std::optional<QJsonObject> person = m_state.person(u"demo-eu-site"_s, u"a/b@example.com"_s);
    QVERIFY(person);
    QCOMPARE(person->value(u"attributes"_s).toObject(), (QJsonObject {{u"plan"_s, u"pro"_s}}));
    QCOMPARE(person->value(u"events"_s).toArray().size(), 1);
    QCOMPARE(person->value(u"devices"_s).toArray().size(), 1);
    QCOMPARE(m_state.workspaceJson(u"demo-eu-site"_s).value(u"anonymous_events"_s).toArray().size(), 1);
    QVERIFY(!m_state.hasPerson(u"demo-us-site"_s, u"a/b@example.com"_s));

    QCOMPARE(send(u"POST"_s, u"/api/v1/customers/a%2Fb%40example.com/suppress"_s), 200);
    QVERIFY(!m_state.hasPerson(u"demo-eu-site"_s, u"a/b@example.com"_s));
}

void TstSandboxTrackApi::v2EntityAndBatch()
{
    SandboxTrackApi api(&m_accounts, &m_state);
    QString siteId;
    const auto send = [&](const QString &path, const QByteArray &body) {
        return api.answer(u"us"_s, call(u"POST"_s, path, usTrack, body), euBase, 301, &siteId);
    };

    SandboxReply reply = send(u"/api/v2/entity"_s,
                              R"({"type":"person","identifiers":{"id":"7"},"action":"identify","attributes":{"a":1}})");
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_state.person(u"demo-us-site"_s, u"7"_s)->value(u"attributes"_s).toObject(), (QJsonObject {{u"a"_s, 1}}));

    reply = send(u"/api/v2/entity"_s, R"({"type":"person","identifiers":{"id":"7"},"action":"event"})");
    QCOMPARE(reply.status, 400);
    QCOMPARE(json(reply),
             (QJsonObject {{u"errors"_s,
                            QJsonArray {QJsonObject {{u"reason"_s, u"invalid"_s},
                                                     {u"field"_s, u"name"_s},
                                                     {u"message"_s, u"name cannot be blank"_s}}}}}));

    reply = send(u"/api/v2/entity"_s, "[]");
    QCOMPARE(reply.status, 400);
    QCOMPARE(json(reply).value(u"errors"_s).toArray().at(0).toObject().value(u"reason"_s).toString(), u"invalid"_s);

    reply = send(u"/api/v2/batch"_s, R"({"batch":[
        {"type":"person","identifiers":{"id":"8"},"action":"page","name":"/home","attributes":{"ref":"ad"}},
        {"type":"robot","identifiers":{"id":"9"},"action":"identify"},
        {"type":"object","identifiers":{"object_type_id":"1","object_id":"acme"},"action":"identify"},
        {"type":"person","identifiers":{"id":"7"},"action":"delete"}]})");
    QCOMPARE(reply.status, 207);
    const QJsonArray errors = json(reply).value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).toObject().value(u"batch_index"_s).toInt(), 1);
    QCOMPARE(errors.at(0).toObject().value(u"field"_s).toString(), u"type"_s);
    QVERIFY(!m_state.hasPerson(u"demo-us-site"_s, u"7"_s)); // the valid operations were applied
    const QJsonObject page = m_state.person(u"demo-us-site"_s, u"8"_s)->value(u"events"_s).toArray().at(0).toObject();
    QCOMPARE(page.value(u"type"_s).toString(), u"page"_s);
    QCOMPARE(page.value(u"name"_s).toString(), u"/home"_s);
    QCOMPARE(page.value(u"data"_s).toObject(), (QJsonObject {{u"ref"_s, u"ad"_s}}));

    QCOMPARE(send(u"/api/v2/batch"_s, R"({"batch":[]})").status, 200);
    reply = send(u"/api/v2/batch"_s, R"({"batch":{}})");
    QCOMPARE(reply.status, 400);
    QCOMPARE(json(reply).value(u"errors"_s).toArray().at(0).toObject().value(u"field"_s).toString(), u"batch"_s);

    const QByteArray padding(SandboxRules::maxV2BatchBytes, ' ');
    reply = send(u"/api/v2/batch"_s, R"({"batch":[]})" + padding);
    QCOMPARE(reply.status, 400);
    QCOMPARE(json(reply).value(u"errors"_s).toArray().at(0).toObject().value(u"reason"_s).toString(), u"too_large"_s);
}

void TstSandboxTrackApi::accountsAreReadAtEachCall()
{
    SandboxTrackApi api(&m_accounts, &m_state);
    QString siteId;
    const SandboxCall region = call(u"GET"_s, u"/api/v1/accounts/region"_s, usTrack);
    QCOMPARE(api.answer(u"us"_s, region, euBase, 301, &siteId).status, 200);
    m_accounts.first().region = u"eu"_s;
    const SandboxReply reply = api.answer(u"us"_s, region, euBase, 301, &siteId);
    QCOMPARE(json(reply).value(u"region"_s).toString(), u"eu"_s);
    m_accounts.clear();
    QCOMPARE(api.answer(u"us"_s, region, euBase, 301, &siteId).status, 401);
}

QTEST_GUILESS_MAIN(TstSandboxTrackApi)
#include "tst_sandboxtrackapi.moc"
