// SandboxAppApi without sockets: Bearer keys, regions, transactional sends and person attributes.
#include "sandboxappapi.h"
#include "sandboxstate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray usKey = "Bearer demo-us-app-key";
const QByteArray euKey = "Bearer demo-eu-app-key";
const QUrl euBase(u"http://127.0.0.1:4004"_s);
const QByteArray email = R"({"transactional_message_id":"welcome","identifiers":{"id":"42"},"to":"a@example.com"})";

SandboxCall call(const QString &method, const QString &path, const QByteArray &authorization,
                 const QByteArray &body = {})
{
    SandboxCall c;
    c.method = method;
    c.target = SandboxTarget::fromUrl(QUrl(u"http://127.0.0.1:4003"_s + path));
    c.authorization = authorization;
    c.body = body;
    return c;
}

QJsonObject json(const SandboxReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

} // namespace

class TstSandboxAppApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void regions_data();
    void regions();
    void isTransactionalSend_data();
    void isTransactionalSend();
    void transactionalSendIsStored();
    void transactionalSendErrors_data();
    void transactionalSendErrors();
    void attributes();

private:
    QList<SandboxAccount> m_accounts;
    SandboxState m_state;
};

void TstSandboxAppApi::init()
{
    m_accounts = SandboxAccounts::demo();
    m_state.clear();
}

void TstSandboxAppApi::regions_data()
{
    QTest::addColumn<QString>("hostRegion");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("siteId"); // recorded Site ID

    const QString send = u"/v1/send/email"_s;
    const QString other = u"/v1/segments"_s;
    QTest::newRow("us key on us") << u"us"_s << u"GET"_s << other << usKey << 200 << u"demo-us-site"_s;
    QTest::newRow("eu key on eu") << u"eu"_s << u"GET"_s << other << euKey << 200 << u"demo-eu-site"_s;
    QTest::newRow("eu key on us") << u"us"_s << u"GET"_s << other << euKey << 401 << u"demo-eu-site"_s;
    QTest::newRow("us key on eu") << u"eu"_s << u"GET"_s << other << usKey << 401 << u"demo-us-site"_s;
    QTest::newRow("eu send on us redirected") << u"us"_s << u"POST"_s << send << euKey << 301 << u"demo-eu-site"_s;
    QTest::newRow("us send on eu refused") << u"eu"_s << u"POST"_s << send << usKey << 401 << u"demo-us-site"_s;
    QTest::newRow("unknown key") << u"us"_s << u"GET"_s << other << QByteArray("Bearer nope") << 401 << QString();
    QTest::newRow("track key as bearer") << u"us"_s << u"GET"_s << other << QByteArray("Bearer demo-us-track-key")
                                         << 401 << QString();
    QTest::newRow("basic") << u"us"_s << u"GET"_s << other << "Basic " + QByteArray("demo-us-site:x").toBase64() << 401
                           << QString();
    // Paths outside /v1 are 404 before the key is checked.
    QTest::newRow("outside v1") << u"us"_s << u"GET"_s << u"/api/v1/customers/1"_s << QByteArray() << 404 << QString();
    QTest::newRow("v1 alone") << u"us"_s << u"GET"_s << u"/v1"_s << usKey << 404 << u"demo-us-site"_s;
    // Unmodelled paths are 404, never a generic 200; so is a transactional send re-sent as GET.
    QTest::newRow("unmodelled path") << u"us"_s << u"GET"_s << u"/v1/campaigns"_s << usKey << 404 << u"demo-us-site"_s;
    QTest::newRow("send as GET") << u"us"_s << u"GET"_s << send << usKey << 404 << u"demo-us-site"_s;
}

void TstSandboxAppApi::regions()
{
    QFETCH(QString, hostRegion);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, siteId);

    SandboxAppApi api(&m_accounts, &m_state);
    QString recorded;
    const SandboxReply reply = api.answer(hostRegion, call(method, path, authorization, email), euBase, 301, &recorded);
    QCOMPARE(reply.status, status);
    QCOMPARE(recorded, siteId);
    if (status == 401)
        QCOMPARE(reply.body, QByteArrayLiteral(R"({"meta":{"error":"Unauthorized request"}})"));
    if (status == 301) {
        QCOMPARE(reply.headers.size(), 1);
        QCOMPARE(reply.headers.at(0).first, QByteArrayLiteral("Location"));
        QCOMPARE(reply.headers.at(0).second, QByteArrayLiteral("http://127.0.0.1:4004/v1/send/email"));
        QCOMPARE(m_state.workspaceJson(u"demo-eu-site"_s).value(u"deliveries"_s).toArray(), QJsonArray());
    }
}

void TstSandboxAppApi::isTransactionalSend_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("send");

    for (const QString &kind : {u"email"_s, u"push"_s, u"sms"_s, u"inbox_message"_s, u"in_app"_s})
        QTest::addRow("%s", qPrintable(kind)) << u"POST"_s << u"/v1/send/"_s + kind << true;
    QTest::newRow("unknown kind") << u"POST"_s << u"/v1/send/fax"_s << false;
    QTest::newRow("GET") << u"GET"_s << u"/v1/send/email"_s << false;
    QTest::newRow("longer") << u"POST"_s << u"/v1/send/email/x"_s << false;
    QTest::newRow("track prefix") << u"POST"_s << u"/api/v1/send/email"_s << false;
}

void TstSandboxAppApi::isTransactionalSend()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(bool, send);
    QCOMPARE(SandboxAppApi::isTransactionalSend(call(method, path, {})), send);
}

void TstSandboxAppApi::transactionalSendIsStored()
{
    SandboxAppApi api(&m_accounts, &m_state);
    QString siteId;
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    SandboxReply reply = api.answer(u"us"_s, call(u"POST"_s, u"/v1/send/email"_s, usKey, email), euBase, 301, &siteId);
    QCOMPARE(reply.status, 200);
    const QJsonObject first = json(reply);
    QCOMPARE(first.keys(), (QStringList {u"delivery_id"_s, u"queued_at"_s}));
    QCOMPARE(first.value(u"delivery_id"_s).toString(), u"sandbox-delivery-1"_s);
    QVERIFY(first.value(u"queued_at"_s).toInteger() >= before);

    reply = api.answer(u"us"_s,
                       call(u"POST"_s, u"/v1/send/push"_s, usKey,
                            R"({"transactional_message_id":2,"identifiers":{"email":"a@example.com"}})"),
                       euBase, 301, &siteId);
    QCOMPARE(json(reply).value(u"delivery_id"_s).toString(), u"sandbox-delivery-2"_s);

    const QJsonArray deliveries = m_state.workspaceJson(u"demo-us-site"_s).value(u"deliveries"_s).toArray();
    QCOMPARE(deliveries.size(), 2);
    const QJsonObject stored = deliveries.at(0).toObject();
    QCOMPARE(stored.value(u"kind"_s).toString(), u"email"_s);
    QCOMPARE(stored.value(u"to"_s).toString(), u"a@example.com"_s);
    QCOMPARE(stored.value(u"delivery_id"_s), first.value(u"delivery_id"_s));
    QCOMPARE(stored.value(u"queued_at"_s), first.value(u"queued_at"_s));
    QCOMPARE(deliveries.at(1).toObject().value(u"kind"_s).toString(), u"push"_s);

    // Delivery IDs keep counting after the state is cleared.
    m_state.clear();
    reply = api.answer(u"us"_s, call(u"POST"_s, u"/v1/send/sms"_s, usKey, email), euBase, 301, &siteId);
    QCOMPARE(json(reply).value(u"delivery_id"_s).toString(), u"sandbox-delivery-3"_s);
}

void TstSandboxAppApi::transactionalSendErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error"); // prefix

    QTest::newRow("no body") << QByteArray() << u"request body must be a JSON object"_s;
    QTest::newRow("bad json") << QByteArray("{") << u"invalid JSON body: "_s;
    QTest::newRow("no message id") << QByteArray(R"({"identifiers":{"id":"1"}})")
                                   << u"transactional_message_id must be present"_s;
    QTest::newRow("no identifiers") << QByteArray(R"({"transactional_message_id":1})")
                                    << u"identifiers must have exactly one of id, email or cio_id"_s;
}

void TstSandboxAppApi::transactionalSendErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);

    SandboxAppApi api(&m_accounts, &m_state);
    QString siteId;
    const SandboxReply reply =
        api.answer(u"eu"_s, call(u"POST"_s, u"/v1/send/email"_s, euKey, body), euBase, 301, &siteId);
    QCOMPARE(reply.status, 400);
    const QString message = json(reply).value(u"meta"_s).toObject().value(u"error"_s).toString();
    QVERIFY2(message.startsWith(error), qPrintable(message));
    QCOMPARE(m_state.workspaceJson(u"demo-eu-site"_s).value(u"deliveries"_s).toArray(), QJsonArray());
}

void TstSandboxAppApi::attributes()
{
    SandboxAppApi api(&m_accounts, &m_state);
    QString siteId;
    const SandboxCall get = call(u"GET"_s, u"/v1/customers/a%2Fb/attributes"_s, usKey);
    SandboxReply reply = api.answer(u"us"_s, get, euBase, 301, &siteId);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.body, QByteArrayLiteral(R"({"meta":{"error":"not found"}})"));

    m_state.identify(u"demo-us-site"_s, u"a/b"_s, QJsonObject {{u"plan"_s, u"pro"_s}});
    m_state.addDevice(u"demo-us-site"_s, u"a/b"_s,
                      QJsonObject {{u"device"_s, QJsonObject {{u"id"_s, u"t"_s}, {u"platform"_s, u"ios"_s}}}});
    reply = api.answer(u"us"_s, get, euBase, 301, &siteId);
    QCOMPARE(reply.status, 200);
    QCOMPARE(json(reply),
             (QJsonObject {{u"customer"_s,
                            QJsonObject {{u"id"_s, u"a/b"_s},
                                         {u"attributes"_s, QJsonObject {{u"plan"_s, u"pro"_s}}},
                                         {u"devices"_s,
                                          QJsonArray {QJsonObject {{u"id"_s, u"t"_s}, {u"platform"_s, u"ios"_s}}}}}}}));
    // Another workspace's person is not visible.
    QCOMPARE(
        api.answer(u"eu"_s, call(u"GET"_s, u"/v1/customers/a%2Fb/attributes"_s, euKey), euBase, 301, &siteId).status,
        404);
}

QTEST_GUILESS_MAIN(TstSandboxAppApi)
#include "tst_sandboxappapi.moc"
