// TrackClient sending Pipelines calls to loopback servers that record what they receive: the method, path,
// body, Authorization (Basic base64("key:")) and X-Strict-Mode of each call, the host of each region, the
// answers of strict and permissive mode, and the key masked in everything the record keeps.
#include "trackclient.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <algorithm>
#include <iterator>

Q_DECLARE_METATYPE(TrackCall)

using namespace Qt::StringLiterals;

namespace {
const QString Key = u"pipelines-key-0123456789abcdef"_s;

struct Received
{
    QByteArray method;
    QString path;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

// Records each request and answers with `status` and `body` (and `headers`).
class CaptureServer : public QAbstractHttpServer
{
public:
    CaptureServer()
    {
        auto *tcp = new QTcpServer(this);
        QVERIFY(tcp->listen(QHostAddress::LocalHost, 0));
        bind(tcp);
        m_port = tcp->serverPort();
    }
    QString origin() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }

    QList<Received> received;
    int status = 200;
    QByteArray answer = "{}";
    QList<QPair<QByteArray, QByteArray>> answerHeaders;
    bool echo = false; // answer with the request's Authorization header and body

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        Received r;
        r.method = QByteArray(request.method() == QHttpServerRequest::Method::Post ? "POST" : "OTHER");
        r.path = request.url().path();
        r.body = request.body();
        for (const auto &h : request.headers())
            r.headers.insert(h.first.toLower(), h.second);
        received << r;
        const QByteArray body = echo ? QByteArray("{\"meta\":{\"errors\":[\"bad key ")
                + r.headers.value("authorization") + " " + Key.toUtf8() + "\"]}}"
                                     : answer;
        QHttpServerResponse response(QByteArrayLiteral("application/json"), body,
                                     QHttpServerResponse::StatusCode(status));
        for (const auto &h : answerHeaders)
            response.setHeader(h.first, h.second);
        response.write(makeResponder(request, socket));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    quint16 m_port = 0;
};

TrackCall call(CallKind kind, const QHash<QString, QString> &texts, const QHash<QString, QJsonObject> &json = {})
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

class tst_PipelinesClient : public QObject
{
    Q_OBJECT

    CaptureServer m_us;
    CaptureServer m_eu;
    CaptureServer m_track[4]; // the Track and App API hosts of both regions: never reached by a Pipelines call
    EndpointTable m_table;

    QJsonObject region(int first, const QString &pipelines) const
    {
        QJsonObject o {{u"track"_s, m_track[first].origin()}, {u"api"_s, m_track[first + 1].origin()}};
        if (!pipelines.isEmpty())
            o.insert(u"pipelines"_s, pipelines);
        return o;
    }
    bool trackHostsUntouched() const
    {
        return std::all_of(std::begin(m_track), std::end(m_track),
                           [](const CaptureServer &s) { return s.received.isEmpty(); });
    }

    RequestRecord send(const TrackCall &c, Region via, bool strict = true)
    {
        TrackClient client(m_table);
        TrackClient::Options options;
        options.pipelinesApiKey = Key;
        options.strictMode = strict;
        QSignalSpy finished(&client, &TrackClient::finished);
        client.send(c, TrackCredentials(), via, options);
        if (!finished.wait(10000))
            return {};
        return finished.first().first().value<RequestRecord>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QJsonObject table {{u"us"_s, region(0, m_us.origin())}, {u"eu"_s, region(2, m_eu.origin())}};
        QString error;
        QVERIFY2(EndpointTable::fromJson(QJsonDocument(table).toJson(), &m_table, &error), qPrintable(error));
    }

    void init()
    {
        QList<CaptureServer *> all {&m_us, &m_eu};
        for (CaptureServer &s : m_track)
            all << &s;
        for (CaptureServer *s : all) {
            s->received.clear();
            s->status = 200;
            s->answer = "{}";
            s->answerHeaders.clear();
            s->echo = false;
        }
    }

    void eachCall_data()
    {
        QTest::addColumn<TrackCall>("call");
        QTest::addColumn<QString>("path");
        QTest::newRow("identify") << call(CallKind::PipelinesIdentify, {{CallFields::UserId, u"42"_s}},
                                          {{CallFields::Traits, {{u"plan"_s, u"pro"_s}}}})
                                  << u"/v1/identify"_s;
        QTest::newRow("track") << call(CallKind::PipelinesTrack,
                                       {{CallFields::AnonymousId, u"a-1"_s}, {CallFields::Event, u"Course Started"_s}},
                                       {{CallFields::Properties, {{u"n"_s, 1}}}})
                               << u"/v1/track"_s;
        QTest::newRow("page") << call(CallKind::PipelinesPage,
                                      {{CallFields::UserId, u"42"_s}, {CallFields::Name, u"Pricing"_s}})
                              << u"/v1/page"_s;
        QTest::newRow("screen") << call(CallKind::PipelinesScreen,
                                        {{CallFields::UserId, u"42"_s}, {CallFields::Name, u"Settings"_s}})
                                << u"/v1/screen"_s;
        QTest::newRow("group") << call(CallKind::PipelinesGroup,
                                       {{CallFields::UserId, u"42"_s}, {CallFields::GroupId, u"acme"_s}})
                               << u"/v1/group"_s;
        QTest::newRow("alias") << call(CallKind::PipelinesAlias,
                                       {{CallFields::UserId, u"42"_s}, {CallFields::PreviousId, u"a-1"_s}})
                               << u"/v1/alias"_s;
        QTest::newRow("batch") << call(
            CallKind::PipelinesBatch, {},
            {{CallFields::Body,
              {{u"batch"_s, QJsonArray {QJsonObject {{u"type"_s, u"identify"_s}, {u"userId"_s, u"42"_s}}}}}}})
                               << u"/v1/batch"_s;
        QTest::newRow("device-created") << call(CallKind::PipelinesDeviceCreated,
                                                {{CallFields::UserId, u"42"_s}, {CallFields::DeviceToken, u"tok"_s}})
                                        << u"/v1/track"_s;
    }

    void eachCall()
    {
        QFETCH(TrackCall, call);
        QFETCH(QString, path);
        QVERIFY(call.validate().isEmpty());
        const RequestRecord r = send(call, Region::Us);
        QCOMPARE(r.outcome, RequestRecord::Outcome::Success);
        QCOMPARE(m_us.received.size(), 1);
        const Received &got = m_us.received.first();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.path, path);
        QCOMPARE(got.body, call.body());
        QCOMPARE(got.headers.value("authorization"), "Basic " + (Key.toUtf8() + ':').toBase64());
        QCOMPARE(got.headers.value("x-strict-mode"), QByteArray("1"));
        QCOMPARE(got.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(m_eu.received.isEmpty() && trackHostsUntouched());
        QCOMPARE(r.path, path);
        QCOMPARE(r.authorization, u"Basic •••:"_s);
        QCOMPARE(maskedAuthorization(r), u"Basic •••:"_s);
        QCOMPARE(r.handledByRegion, Region::Us);
        QVERIFY(r.hops.first().credentialsSent);
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(r.toJson().value(u"api"_s).toString(), u"pipelines"_s);
        for (const auto &h : r.hops.first().requestHeaders)
            QVERIFY(!h.second.contains(Key)
                    && !h.second.contains(QString::fromLatin1((Key.toUtf8() + ':').toBase64())));
    }

    void theEuHost()
    {
        const RequestRecord r = send(call(CallKind::PipelinesUserDeleted, {{CallFields::UserId, u"42"_s}}), Region::Eu);
        QCOMPARE(r.outcome, RequestRecord::Outcome::Success);
        QCOMPARE(m_eu.received.size(), 1);
        QVERIFY(m_us.received.isEmpty());
        QCOMPARE(r.handledByRegion, Region::Eu);
    }

    void permissiveModeWarns()
    {
        const RequestRecord r =
            send(call(CallKind::PipelinesIdentify, {{CallFields::UserId, u"42"_s}}), Region::Us, false);
        QCOMPARE(r.outcome, RequestRecord::Outcome::Success);
        QVERIFY(!m_us.received.first().headers.contains("x-strict-mode"));
        QCOMPARE(r.warnings,
                 QStringList {u"not in strict mode: Customer.io answers 200 even when it drops the call"_s});
    }

    // A 200 that is not Customer.io's JSON object (a proxy's or captive portal's page, nothing at all) says so.
    void anAnswerThatIsNotCustomerIosWarns_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("html") << QByteArray("<html>OK</html>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("cut JSON") << QByteArray("{\"success\":tr");
    }
    void anAnswerThatIsNotCustomerIosWarns()
    {
        QFETCH(QByteArray, answer);
        m_us.answer = answer;
        const RequestRecord r = send(call(CallKind::PipelinesIdentify, {{CallFields::UserId, u"42"_s}}), Region::Us);
        m_us.answer = "{}";
        QCOMPARE(r.status, 200);
        QVERIFY2(r.warnings.join(u'\n').contains(u"not the JSON object Customer.io sends"_s),
                 qPrintable(r.warnings.join(u'\n')));
    }

    void strictRefusalsFail_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("400") << 400;
        QTest::newRow("401") << 401;
    }

    void strictRefusalsFail()
    {
        QFETCH(int, status);
        m_us.status = status;
        m_us.answer = R"({"meta":{"errors":["userId or anonymousId is required"]}})";
        const RequestRecord r = send(call(CallKind::PipelinesIdentify, {{CallFields::UserId, u"42"_s}}), Region::Us);
        QCOMPARE(r.outcome, RequestRecord::Outcome::HttpError);
        QCOMPARE(r.status, status);
        QVERIFY2(r.error.endsWith(u": userId or anonymousId is required"_s), qPrintable(r.error));
    }

    // No redirect is documented: a 3xx is the answer, and its Location is never followed.
    void redirectsAreTheAnswer()
    {
        m_us.status = 307;
        m_us.answerHeaders = {{"Location", m_eu.origin().toUtf8() + "/v1/identify"}};
        const RequestRecord r = send(call(CallKind::PipelinesIdentify, {{CallFields::UserId, u"42"_s}}), Region::Us);
        QCOMPARE(r.hops.size(), 1);
        QCOMPARE(r.status, 307);
        QCOMPARE(r.outcome, RequestRecord::Outcome::HttpError);
        QVERIFY(m_eu.received.isEmpty());
    }

    // A server that echoes the key, alone and as the Basic credentials, finds it masked in the record.
    void echoedKeyIsMasked()
    {
        m_us.status = 401;
        m_us.echo = true;
        const RequestRecord r = send(call(CallKind::PipelinesIdentify, {{CallFields::UserId, u"42"_s}}), Region::Us);
        const QByteArray basic = (Key.toUtf8() + ':').toBase64();
        const QByteArray all = QJsonDocument(r.toDetailJson()).toJson() + r.responseBody + r.error.toUtf8();
        QVERIFY(!all.contains(Key.toUtf8()));
        QVERIFY(!all.contains(basic));
        QVERIFY(!all.contains(basic.left(basic.size() - 1)));
        QVERIFY(r.responseBody.contains("•••"));
    }

    void tableWithoutPipelinesSendsNothing()
    {
        const QJsonObject table {{u"us"_s, region(0, QString())}, {u"eu"_s, region(2, QString())}};
        EndpointTable withoutPipelines;
        QString error;
        QVERIFY(EndpointTable::fromJson(QJsonDocument(table).toJson(), &withoutPipelines, &error));
        TrackClient client(withoutPipelines);
        TrackClient::Options options;
        options.pipelinesApiKey = Key;
        QSignalSpy finished(&client, &TrackClient::finished);
        client.send(call(CallKind::PipelinesIdentify, {{CallFields::UserId, u"42"_s}}), TrackCredentials(), Region::Us,
                    options);
        QVERIFY(finished.wait(5000));
        const RequestRecord r = finished.first().first().value<RequestRecord>();
        QCOMPARE(r.outcome, RequestRecord::Outcome::NetworkError);
        QVERIFY(r.hops.isEmpty());
        QVERIFY(trackHostsUntouched());
    }
};

QTEST_GUILESS_MAIN(tst_PipelinesClient)
#include "tst_pipelinesclient.moc"
