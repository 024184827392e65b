// RequestRecord: toJson() is the command line's --json contract (docs/cli.md), so every field is checked by
// name, type and value; and the texts the log and exports share (outcome names, the host a call was sent to,
// the masked Authorization).
#include "requestrecord.h"
#include "support/recordbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Outcome = RequestRecord::Outcome;

class tst_RequestRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The whole object, field by field: nothing more, nothing less.
    void jsonOfAFinishedCall()
    {
        const RequestRecord r = RecordBuilder()
                                    .workspace(u"Acme EU"_s)
                                    .siteId(u"eu-site"_s)
                                    .call(CallKind::Event)
                                    .path(u"/api/v1/customers/a%2Fb/events"_s)
                                    .handledBy(Region::Eu)
                                    .warning(u"second warning"_s)
                                    .responseBody(QByteArrayLiteral("{\"ok\":true}"))
                                    .startedAt(QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0, 250), Qt::UTC))
                                    .durationMs(125);
        const QJsonObject o = r.toJson();
        const QStringList keys {u"call"_s,       u"workspace"_s,         u"method"_s,     u"url"_s,      u"status"_s,
                                u"handled_by"_s, u"handled_by_region"_s, u"hops"_s,       u"error"_s,    u"outcome"_s,
                                u"warnings"_s,   u"duration_ms"_s,       u"started_at"_s, u"response"_s, u"api"_s};
        QStringList sortedKeys = keys;
        sortedKeys.sort();
        QCOMPARE(o.keys(), sortedKeys);

        QCOMPARE(o.value(u"call"_s).toString(), u"event"_s);
        QCOMPARE(o.value(u"api"_s).toString(), u"track-v1"_s);
        QCOMPARE(o.value(u"workspace"_s).toString(), u"Acme EU"_s);
        QCOMPARE(o.value(u"method"_s).toString(), u"POST"_s);
        // The first hop's URL, encoded as sent: "%2F" stays.
        QCOMPARE(o.value(u"url"_s).toString(), u"https://track.customer.io/api/v1/customers/a%2Fb/events"_s);
        QVERIFY(o.value(u"status"_s).isDouble());
        QCOMPARE(o.value(u"status"_s).toInt(), 200);
        QCOMPARE(o.value(u"handled_by"_s).toString(), u"track-eu.customer.io"_s);
        QCOMPARE(o.value(u"handled_by_region"_s).toString(), u"eu"_s);
        QVERIFY(o.value(u"error"_s).isNull());
        QCOMPARE(o.value(u"outcome"_s).toString(), u"success"_s);
        QCOMPARE(o.value(u"warnings"_s).toArray(),
                 (QJsonArray {u"The data passed through US servers."_s, u"second warning"_s}));
        QCOMPARE(o.value(u"duration_ms"_s).toInteger(), 125);
        QCOMPARE(o.value(u"started_at"_s).toString(), u"2024-05-01T12:00:00.250Z"_s);
        QCOMPARE(o.value(u"response"_s).toObject(), (QJsonObject {{u"ok"_s, true}}));

        const QJsonArray hops = o.value(u"hops"_s).toArray();
        QCOMPARE(hops.size(), 2);
        const QJsonObject first = hops.at(0).toObject();
        QCOMPARE(first.keys(), (QStringList {u"credentials_sent"_s, u"duration_ms"_s, u"status"_s, u"url"_s}));
        QCOMPARE(first.value(u"url"_s).toString(), u"https://track.customer.io/api/v1/customers/a%2Fb/events"_s);
        QCOMPARE(first.value(u"status"_s).toInt(), 301);
        QCOMPARE(first.value(u"duration_ms"_s).toInteger(), 50);
        QCOMPARE(first.value(u"credentials_sent"_s).toBool(), true);
        const QJsonObject second = hops.at(1).toObject();
        QCOMPARE(second.value(u"url"_s).toString(), u"https://track-eu.customer.io/api/v1/customers/a%2Fb/events"_s);
        QCOMPARE(second.value(u"status"_s).toInt(), 200);
        QCOMPARE(second.value(u"duration_ms"_s).toInteger(), 75);
    }

    // Never a secret: the Authorization header, the request body and the Site ID are not in the contract.
    void jsonHoldsNoSecretNorRequest()
    {
        RequestRecord r =
            RecordBuilder().siteId(u"site-42"_s).requestBody(QByteArrayLiteral("{\"name\":\"cnry-body\"}"));
        r.authorization = u"Basic site-42:cnry-key-91e0"_s;
        const QByteArray json = QJsonDocument(r.toJson()).toJson();
        QVERIFY(!json.contains("cnry-key-91e0"));
        QVERIFY(!json.contains("cnry-body"));
        QVERIFY(!json.contains("authorization"));
    }

    // With --site-id a call has no workspace, a call without an answer no handler: null, never "".
    void jsonNullsForWhatIsNotThere()
    {
        const RequestRecord r = RecordBuilder().workspace({}).status(0).error(u"connection refused"_s);
        const QJsonObject o = r.toJson();
        QVERIFY(o.value(u"workspace"_s).isNull());
        QVERIFY(o.value(u"handled_by"_s).isNull());
        QVERIFY(o.value(u"handled_by_region"_s).isNull());
        QCOMPARE(o.value(u"status"_s).toInt(), 0);
        QCOMPARE(o.value(u"error"_s).toString(), u"connection refused"_s);
        QCOMPARE(o.value(u"outcome"_s).toString(), u"network_error"_s);
        QVERIFY(o.value(u"response"_s).isNull());
        QCOMPARE(o.value(u"hops"_s).toArray().size(), 1);
        QCOMPARE(o.value(u"hops"_s).toArray().first().toObject().value(u"status"_s).toInt(), 0);

        RequestRecord none;
        QCOMPARE(none.toJson().value(u"url"_s).toString(), QString());
        QCOMPARE(none.toJson().value(u"hops"_s).toArray().size(), 0);
        QCOMPARE(none.toJson().value(u"warnings"_s).toArray().size(), 0);
    }

    void jsonResponse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QJsonValue>("response");
        QTest::newRow("object") << QByteArray("{\"meta\":{\"error\":\"x\"}}")
                                << QJsonValue(QJsonObject {{u"meta"_s, QJsonObject {{u"error"_s, u"x"_s}}}});
        QTest::newRow("empty") << QByteArray() << QJsonValue(QJsonValue::Null);
        QTest::newRow("text") << QByteArray("Service Unavailable") << QJsonValue(u"Service Unavailable"_s);
        QTest::newRow("array, as text") << QByteArray("[1,2]") << QJsonValue(u"[1,2]"_s);
        QTest::newRow("long text, first 4096 bytes") << QByteArray(5000, 'x') << QJsonValue(QString(4096, u'x'));
    }
    void jsonResponse()
    {
        QFETCH(QByteArray, body);
        QFETCH(QJsonValue, response);
        const RequestRecord r = RecordBuilder().status(503).responseBody(body);
        QCOMPARE(r.toJson().value(u"response"_s), response);
    }

    void outcomeNames_data()
    {
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("name");
        QTest::newRow("pending") << Outcome::Pending << u"pending"_s;
        QTest::newRow("success") << Outcome::Success << u"success"_s;
        QTest::newRow("http error") << Outcome::HttpError << u"http_error"_s;
        QTest::newRow("network error") << Outcome::NetworkError << u"network_error"_s;
        QTest::newRow("timed out") << Outcome::TimedOut << u"timed_out"_s;
        QTest::newRow("redirect refused") << Outcome::RedirectRefused << u"redirect_refused"_s;
        QTest::newRow("too many redirects") << Outcome::TooManyRedirects << u"too_many_redirects"_s;
    }
    void outcomeNames()
    {
        QFETCH(Outcome, outcome);
        QFETCH(QString, name);
        QCOMPARE(RequestRecord::outcomeName(outcome), name);
        const RequestRecord r = RecordBuilder().outcome(outcome);
        QCOMPARE(r.toJson().value(u"outcome"_s).toString(), name);
        QCOMPARE(r.succeeded(), outcome == Outcome::Success);
    }

    void sentToIsTheFirstHopsHost_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("sentTo");
        QTest::newRow("customer.io") << u"https://track.customer.io"_s << u"track.customer.io"_s;
        QTest::newRow("with a port") << u"http://127.0.0.1:8181"_s << u"127.0.0.1:8181"_s;
        QTest::newRow("IPv6") << u"http://[::1]:8181"_s << u"[::1]:8181"_s;
    }
    void sentToIsTheFirstHopsHost()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QString, sentTo);
        const RequestRecord r = RecordBuilder().baseUrl(baseUrl).handledBy(Region::Eu);
        QCOMPARE(r.sentTo(), sentTo);
        QCOMPARE(RequestRecord().sentTo(), QString());
    }

    void maskedAuthorization_data()
    {
        QTest::addColumn<CallKind>("call");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("shown");
        QTest::newRow("track call") << CallKind::Event << u"Basic site:cnry-track"_s << u"Basic site:•••"_s;
        QTest::newRow("no header given") << CallKind::Identify << QString() << u"Basic site:•••"_s;
        QTest::newRow("app key check") << CallKind::AppKeyCheck << u"Bearer cnry-app"_s << u"Bearer •••"_s;
        QTest::newRow("bearer on another call") << CallKind::Region << u"Bearer cnry-app"_s << u"Bearer •••"_s;
    }
    void maskedAuthorization()
    {
        QFETCH(CallKind, call);
        QFETCH(QString, given);
        QFETCH(QString, shown);
        RequestRecord r = RecordBuilder().call(call).siteId(u"site"_s);
        r.authorization = given;
        QCOMPARE(::maskedAuthorization(r), shown);
        QCOMPARE(maskedBasicAuthorization(u"site"_s), u"Basic site:•••"_s);
    }
};

QTEST_GUILESS_MAIN(tst_RequestRecord)
#include "tst_requestrecord.moc"
