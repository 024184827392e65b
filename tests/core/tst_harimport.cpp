// HarImport: a browser's DevTools HAR (tests/core/data/devtools-eu-redirect.har, in Chrome's shape) and the
// console's own export become request log rows of an imported source, redirect chains as hops, with the
// US-transit analysis; secrets masked; bad files refused with a clear message.
#include "harimport.h"
#include "logexport.h"
#include "requestlogstore.h"
#include "support/recordbuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"trk-SECRET-abcdef123456"_s;

QString allText(const RequestRecord &r)
{
    QString text = r.path + QString::fromUtf8(r.requestBody + r.responseBody) + r.error + r.warnings.join(u' ');
    for (const Hop &hop : r.hops) {
        text += hop.url.toString() + QString::fromUtf8(hop.responseBody) + hop.error;
        for (const HeaderList *list : {&hop.requestHeaders, &hop.responseHeaders})
            for (const auto &field : *list)
                text += field.first + field.second;
    }
    return text;
}
} // namespace

class tst_HarImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        return f.fileName();
    }

private Q_SLOTS:
    void browserHarBecomesCallsWithHops()
    {
        const QString path = QStringLiteral(CIO_TEST_DATA "/devtools-eu-redirect.har");
        QVERIFY(!path.isEmpty());
        HarImport import;
        const std::optional<QList<RequestRecord>> records = import.readFile(path);
        QVERIFY2(records, qPrintable(import.errorString()));
        QCOMPARE(import.skipped(), 1); // the page's script
        QCOMPARE(records->size(), 3);

        // The 301 and the EU answer are one call, as the console records them.
        const RequestRecord &event = records->at(0);
        QCOMPARE(event.source, u"har:devtools-eu-redirect.har"_s);
        QVERIFY(event.isImported());
        QCOMPARE(event.call, CallKind::Event);
        QCOMPARE(event.method, u"POST"_s);
        QCOMPARE(event.path, u"/api/v1/customers/ada%40example.com/events"_s);
        QCOMPARE(event.siteId, u"site-eu-1"_s);
        QCOMPARE(maskedAuthorization(event), u"Basic site-eu-1:•••"_s);
        QCOMPARE(event.hops.size(), 2);
        QCOMPARE(event.hops.at(0).status, 301);
        QVERIFY(event.hops.at(0).responseBody.contains("wrong datacenter"));
        QCOMPARE(event.hops.at(1).status, 200);
        QCOMPARE(event.status, 200);
        QCOMPARE(event.outcome, RequestRecord::Outcome::Success);
        QCOMPARE(event.routeRegion, Region::Us);
        QCOMPARE(event.handledBy, u"track-eu.customer.io"_s);
        QCOMPARE(event.handledByRegion, Region::Eu);
        QCOMPARE(event.warnings.size(), 1);
        QVERIFY(event.warnings.first().startsWith(u"US transit"_s));
        QCOMPARE(event.startedAt, QDateTime(QDate(2026, 12, 1), QTime(10, 0, 0, 100), Qt::UTC));
        // HAR timings: blocked + dns + connect, then + send + wait to the first byte.
        QCOMPARE(event.hops.at(0).connectMs, 51);
        QCOMPARE(event.hops.at(0).firstByteMs, 93);
        QCOMPARE(event.hops.at(0).durationMs, 95);
        QCOMPARE(event.durationMs, 155);

        // A base64 body is decoded; a connection that was reused (connect -1) has no connect time.
        const RequestRecord &region = records->at(1);
        QCOMPARE(region.call, CallKind::Region);
        QVERIFY(region.responseBody.contains("\"region\":\"eu\""));
        QCOMPARE(region.hops.at(0).connectMs, -1);
        QCOMPARE(region.handledByRegion, Region::Us);

        const RequestRecord &failed = records->at(2);
        QCOMPARE(failed.call, CallKind::Identify);
        QCOMPARE(failed.outcome, RequestRecord::Outcome::NetworkError);
        QCOMPARE(failed.error, u"net::ERR_CONNECTION_RESET"_s);
        QCOMPARE(failed.handledBy, QString());

        const QStringList summary = HarImport::summary(*records);
        QVERIFY2(summary.contains(u"US · track.customer.io: 1 call(s)"_s), qPrintable(summary.join(u'\n')));
        QVERIFY(summary.contains(u"EU · track-eu.customer.io: 1 call(s)"_s));
        QVERIFY(summary.last().startsWith(u"US transit"_s));
    }

    // The key, in the Authorization, echoed in a header and in a body; cookies: none of it is kept.
    void secretsAreMaskedOnImport()
    {
        HarImport import;
        const std::optional<QList<RequestRecord>> records =
            import.readFile(QStringLiteral(CIO_TEST_DATA "/devtools-eu-redirect.har"));
        QVERIFY(records);
        const QString base64 = QString::fromLatin1(QByteArray("site-eu-1:" + kKey.toUtf8()).toBase64());
        for (const RequestRecord &r : *records) {
            const QString text = allText(r);
            QVERIFY2(!text.contains(kKey) && !text.contains(base64), qPrintable(text));
            QVERIFY(!text.contains(u"abc123def456"_s) && !text.contains(u"zzz999yyy888"_s));
        }
        const RequestRecord &event = records->at(0);
        QCOMPARE(Hop::headerValue(event.hops.at(1).responseHeaders, u"x-echo"_s), u"•••"_s);
        QVERIFY(event.requestBody.contains("\"echo\":\"•••\""));
        // Stored and read back, still masked.
        RequestLogStore store;
        QVERIFY(store.open(m_dir.filePath(u"log.sqlite"_s)));
        const QList<qint64> ids = store.appendBatch(*records);
        QCOMPARE(ids.size(), 3);
        QCOMPARE(store.record(ids.first())->source, u"har:devtools-eu-redirect.har"_s);
        QCOMPARE(store.record(ids.first())->hops.at(0).requestHeaders.size(), event.hops.at(0).requestHeaders.size());
    }

    // The console's own export comes back as the same calls: hops, statuses, hosts, bodies.
    void ownExportRoundTrips()
    {
        RequestRecord redirected =
            RecordBuilder().id(7).siteId(u"eu-site"_s).handledBy(Region::Eu).accountRegion(Region::Eu);
        redirected.hops[0].responseHeaders = {{u"Location"_s, redirected.hops[1].url.toString()}};
        redirected.hops[0].responseBody = R"({"errors":[{"detail":"wrong datacenter"}]})";
        const RequestRecord direct = RecordBuilder().id(8).siteId(u"us-site"_s).status(401);
        const QByteArray har = QJsonDocument(LogExport::harLog({redirected, direct})).toJson();
        HarImport import;
        const std::optional<QList<RequestRecord>> back = import.read(har, u"export.har"_s);
        QVERIFY2(back, qPrintable(import.errorString()));
        QCOMPARE(back->size(), 2);
        const RequestRecord &a = back->at(0);
        QCOMPARE(a.hops.size(), 2);
        QCOMPARE(a.hops.at(0).status, 301);
        QVERIFY(a.hops.at(0).responseBody.contains("wrong datacenter"));
        QCOMPARE(a.handledBy, redirected.handledBy);
        QCOMPARE(a.path, redirected.path);
        QCOMPARE(a.siteId, u"eu-site"_s); // from the masked Authorization the export holds
        QCOMPARE(a.workspace, redirected.workspace);
        QCOMPARE(a.warnings.size(), 1); // US transit, found again
        const RequestRecord &b = back->at(1);
        QCOMPARE(b.status, 401);
        QCOMPARE(b.outcome, RequestRecord::Outcome::HttpError);
        QCOMPARE(b.hops.size(), 1);
    }

    // A Pipelines call from a browser or an SDK: Basic "key:" on a cdp host is a source's key, never a Site ID;
    // the entry becomes its Pipelines call, and the key is masked wherever it was, in any spelling.
    void pipelinesEntriesKeepNoKey()
    {
        const QString key = u"HarImportKey_0001xyz"_s;
        const QString basic = QString::fromLatin1(QByteArray(key.toUtf8() + ':').toBase64());
        const auto entry = [&](const QString &url, const QString &body) {
            return QJsonObject {
                {u"startedDateTime"_s, u"2026-12-07T10:00:00.000Z"_s},
                {u"time"_s, 40},
                {u"request"_s,
                 QJsonObject {
                     {u"method"_s, u"POST"_s},
                     {u"url"_s, url + u"?key="_s + key},
                     {u"headers"_s,
                      QJsonArray {QJsonObject {{u"name"_s, u"Authorization"_s}, {u"value"_s, u"Basic "_s + basic}}}},
                     {u"postData"_s, QJsonObject {{u"mimeType"_s, u"application/json"_s}, {u"text"_s, body}}}}},
                {u"response"_s,
                 QJsonObject {{u"status"_s, 200},
                              {u"headers"_s, QJsonArray {QJsonObject {{u"name"_s, u"X-Echo"_s}, {u"value"_s, key}}}},
                              {u"content"_s,
                               QJsonObject {{u"mimeType"_s, u"application/json"_s},
                                            {u"text"_s, u"{\"writeKey\":\""_s + key + u"\"}"_s}}}}},
            };
        };
        const QJsonObject har {
            {u"log"_s,
             QJsonObject {{u"version"_s, u"1.2"_s},
                          {u"creator"_s, QJsonObject {{u"name"_s, u"test"_s}, {u"version"_s, u"1"_s}}},
                          {u"entries"_s,
                           QJsonArray {entry(u"https://cdp-eu.customer.io/v1/identify"_s,
                                             u"{\"userId\":\"42\",\"writeKey\":\""_s + key + u"\"}"_s),
                                       entry(u"https://cdp.customer.io/v1/track"_s,
                                             u"{\"userId\":\"42\",\"event\":\"User Deleted\"}"_s)}}}}};
        HarImport import;
        const std::optional<QList<RequestRecord>> records = import.read(QJsonDocument(har).toJson(), u"sdk.har"_s);
        QVERIFY2(records, qPrintable(import.errorString()));
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(0).call, CallKind::PipelinesIdentify);
        QCOMPARE(records->at(1).call, CallKind::PipelinesUserDeleted);
        for (const RequestRecord &r : *records) {
            QVERIFY(r.siteId.isEmpty());
            QCOMPARE(r.authorization, maskedPipelinesAuthorization());
            const QString text = allText(r) + QString::fromUtf8(QJsonDocument(r.toJson()).toJson());
            QVERIFY2(!text.contains(key) && !text.contains(basic), qPrintable(text));
        }
        QCOMPARE(records->at(0).handledByRegion, Region::Eu);
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << QByteArray("<html>not a har</html>") << u"not JSON"_s;
        QTest::newRow("JSON, not HAR") << QByteArray(R"({"entries":[]})") << u"not a HAR file: no log.entries"_s;
        QTest::newRow("wrong version") << QByteArray(R"({"log":{"version":"2.0","entries":[{}]}})")
                                       << u"HAR version \"2.0\" is not supported"_s;
        QTest::newRow("no entries") << QByteArray(R"({"log":{"version":"1.2","entries":[]}})")
                                    << u"the HAR file holds no entry"_s;
        QTest::newRow("no Customer.io call")
            << QByteArray("{\"log\":{\"version\":\"1.2\",\"entries\":[{\"request\":{\"method\":\"GET\","
                          "\"url\":\"https://example.com/\"},\"response\":{\"status\":200}}]}}")
            << u"none of the 1 entries is a call to Customer.io"_s;
    }
    void badFilesAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        const QString path = write(u"bad.har"_s, content);
        HarImport import;
        QVERIFY(!import.readFile(path));
        QVERIFY2(import.errorString().startsWith(path + u": "_s + error), qPrintable(import.errorString()));
    }

    void fileOver100MBIsRefusedUnread()
    {
        const QString path = write(u"huge.har"_s, QByteArray());
        QFile f(path);
        QVERIFY(f.resize(HarImport::MaxBytes + 1)); // sparse: nothing to read, nothing read
        HarImport import;
        QVERIFY(!import.readFile(path));
        QVERIFY2(import.errorString().contains(u"HAR files over 100"_s), qPrintable(import.errorString()));
        QVERIFY(!import.readFile(m_dir.filePath(u"missing.har"_s)));
        QVERIFY(import.errorString().endsWith(u"no such file"_s));
        QVERIFY(!import.readFile(m_dir.path()));
        QVERIFY(import.errorString().endsWith(u"is not a regular file"_s));
    }
};

QTEST_GUILESS_MAIN(tst_HarImport)
#include "tst_harimport.moc"
