#include "logexport.h"
#include "support/recordbuilder.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
const QString kCanaryKey = QStringLiteral("cnry-export-track-51c0e9ab27");
const QString kCanaryAppKey = QStringLiteral("cnry-export-app-0b8d44f1e3");

// An EU account's event sent via the US host: 301 from track.customer.io, 200 from track-eu.
RequestRecord redirected()
{
    RequestRecord r = RecordBuilder()
                          .id(42)
                          .workspace(QStringLiteral("Demo EU"))
                          .siteId(QStringLiteral("demo-eu-site"))
                          .path(QStringLiteral("/api/v1/customers/a%2Fb%40example.com/events"))
                          .requestBody(QByteArrayLiteral("{\"name\":\"it's done\",\"data\":{\"plan\":\"pro\"}}"))
                          .accountRegion(Region::Eu)
                          .handledBy(Region::Eu)
                          .startedAt(QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0, 250), Qt::UTC))
                          .durationMs(125);
    // The hops as they were timed, with the query the first request carried.
    r.hops[0].url = QUrl(QStringLiteral("https://track.customer.io/api/v1/customers/a%2Fb%40example.com/events?x=1"),
                         QUrl::StrictMode);
    r.hops[0].durationMs = 45;
    r.hops[1].url = QUrl(QStringLiteral("https://track-eu.customer.io/api/v1/customers/a%2Fb%40example.com/events?x=1"),
                         QUrl::StrictMode);
    r.hops[1].durationMs = 80;
    return r;
}

RequestRecord timedOut()
{
    RequestRecord r = redirected();
    r.id = 43;
    r.hops.resize(1);
    r.hops[0].status = 0;
    r.hops[0].error = QStringLiteral("Operation canceled");
    r.status = 0;
    r.responseBody.clear();
    r.handledBy.clear();
    r.handledByRegion = Region::Unknown;
    r.outcome = RequestRecord::Outcome::TimedOut;
    r.error = QStringLiteral("timed out after 10 s");
    r.warnings.clear();
    return r;
}

// Keys of a HAR 1.2 object that the spec marks required, with the JSON type each must have.
void requireFields(const QJsonObject &o, const QList<std::pair<const char *, QJsonValue::Type>> &fields,
                   const QString &where)
{
    for (const auto &[name, type] : fields) {
        const QString key = QLatin1String(name);
        QVERIFY2(o.contains(key), qPrintable(where + u'.' + key + QStringLiteral(" missing")));
        QVERIFY2(o.value(key).type() == type, qPrintable(where + u'.' + key + QStringLiteral(" has the wrong type")));
    }
}
} // namespace

class tst_LogExport : public QObject
{
    Q_OBJECT

    static void checkHar(const QJsonObject &doc, int expectedEntries)
    {
        using T = QJsonValue::Type;
        requireFields(doc, {{"log", T::Object}}, QStringLiteral("har"));
        const QJsonObject log = doc.value(QStringLiteral("log")).toObject();
        requireFields(log, {{"version", T::String}, {"creator", T::Object}, {"entries", T::Array}},
                      QStringLiteral("log"));
        QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
        requireFields(log.value(QStringLiteral("creator")).toObject(), {{"name", T::String}, {"version", T::String}},
                      QStringLiteral("creator"));
        const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), expectedEntries);
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            requireFields(e,
                          {{"startedDateTime", T::String},
                           {"time", T::Double},
                           {"request", T::Object},
                           {"response", T::Object},
                           {"cache", T::Object},
                           {"timings", T::Object}},
                          QStringLiteral("entry"));
            // ISO 8601 with time zone, as the spec asks.
            const QString started = e.value(QStringLiteral("startedDateTime")).toString();
            QVERIFY2(QDateTime::fromString(started, Qt::ISODateWithMs).isValid(), qPrintable(started));
            QVERIFY(started.endsWith(u'Z'));
            const QJsonObject request = e.value(QStringLiteral("request")).toObject();
            requireFields(request,
                          {{"method", T::String},
                           {"url", T::String},
                           {"httpVersion", T::String},
                           {"cookies", T::Array},
                           {"headers", T::Array},
                           {"queryString", T::Array},
                           {"headersSize", T::Double},
                           {"bodySize", T::Double}},
                          QStringLiteral("request"));
            QVERIFY(QUrl(request.value(QStringLiteral("url")).toString(), QUrl::StrictMode).isValid());
            if (request.contains(QStringLiteral("postData")))
                requireFields(request.value(QStringLiteral("postData")).toObject(),
                              {{"mimeType", T::String}, {"text", T::String}}, QStringLiteral("postData"));
            for (const QJsonValue &h : request.value(QStringLiteral("headers")).toArray())
                requireFields(h.toObject(), {{"name", T::String}, {"value", T::String}}, QStringLiteral("header"));
            for (const QJsonValue &h : request.value(QStringLiteral("queryString")).toArray())
                requireFields(h.toObject(), {{"name", T::String}, {"value", T::String}}, QStringLiteral("queryString"));
            const QJsonObject response = e.value(QStringLiteral("response")).toObject();
            requireFields(response,
                          {{"status", T::Double},
                           {"statusText", T::String},
                           {"httpVersion", T::String},
                           {"cookies", T::Array},
                           {"headers", T::Array},
                           {"content", T::Object},
                           {"redirectURL", T::String},
                           {"headersSize", T::Double},
                           {"bodySize", T::Double}},
                          QStringLiteral("response"));
            requireFields(response.value(QStringLiteral("content")).toObject(),
                          {{"size", T::Double}, {"mimeType", T::String}}, QStringLiteral("content"));
            const QJsonObject timings = e.value(QStringLiteral("timings")).toObject();
            requireFields(timings, {{"send", T::Double}, {"wait", T::Double}, {"receive", T::Double}},
                          QStringLiteral("timings"));
            // time is the sum of the timings that are not -1 (spec).
            double sum = 0;
            for (auto it = timings.begin(); it != timings.end(); ++it) {
                QVERIFY(it.value().toDouble() >= -1);
                if (it.value().toDouble() >= 0)
                    sum += it.value().toDouble();
            }
            QCOMPARE(e.value(QStringLiteral("time")).toDouble(), sum);
            // Custom fields start with '_'.
            for (const QString &key : e.keys()) {
                static const QStringList standard = {QStringLiteral("pageref"),    QStringLiteral("startedDateTime"),
                                                     QStringLiteral("time"),       QStringLiteral("request"),
                                                     QStringLiteral("response"),   QStringLiteral("cache"),
                                                     QStringLiteral("timings"),    QStringLiteral("serverIPAddress"),
                                                     QStringLiteral("connection"), QStringLiteral("comment")};
                QVERIFY2(standard.contains(key) || key.startsWith(u'_'), qPrintable(key));
            }
        }
    }

private Q_SLOTS:
    void harHasOneEntryPerHopWithEveryRequiredField()
    {
        const QJsonObject doc = LogExport::harLog({redirected(), timedOut()});
        checkHar(doc, 3);
        const QJsonArray entries =
            doc.value(QStringLiteral("log")).toObject().value(QStringLiteral("entries")).toArray();
        const QJsonObject first = entries.at(0).toObject();
        const QJsonObject second = entries.at(1).toObject();
        QCOMPARE(first.value(QStringLiteral("response")).toObject().value(QStringLiteral("status")).toInt(), 301);
        QCOMPARE(first.value(QStringLiteral("response")).toObject().value(QStringLiteral("redirectURL")).toString(),
                 second.value(QStringLiteral("request")).toObject().value(QStringLiteral("url")).toString());
        QCOMPARE(first.value(QStringLiteral("startedDateTime")).toString(), QStringLiteral("2024-05-01T12:00:00.250Z"));
        QCOMPARE(second.value(QStringLiteral("startedDateTime")).toString(),
                 QStringLiteral("2024-05-01T12:00:00.295Z"));
        QCOMPARE(second.value(QStringLiteral("response")).toObject().value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(second.value(QStringLiteral("request")).toObject().value(QStringLiteral("method")).toString(),
                 QStringLiteral("POST")); // the method is kept on the redirect
        QCOMPARE(second.value(QStringLiteral("request")).toObject().value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://track-eu.customer.io/api/v1/customers/a%2Fb%40example.com/events?x=1"));
        const QJsonArray query =
            first.value(QStringLiteral("request")).toObject().value(QStringLiteral("queryString")).toArray();
        QCOMPARE(query.size(), 1);
        bool sawAuthorization = false;
        for (const QJsonValue &h :
             first.value(QStringLiteral("request")).toObject().value(QStringLiteral("headers")).toArray()) {
            if (h.toObject().value(QStringLiteral("name")).toString() == u"Authorization") {
                QCOMPARE(h.toObject().value(QStringLiteral("value")).toString(),
                         QStringLiteral("Basic demo-eu-site:•••"));
                sawAuthorization = true;
            }
        }
        QVERIFY(sawAuthorization);
        const QJsonObject third = entries.at(2).toObject();
        QCOMPARE(third.value(QStringLiteral("response")).toObject().value(QStringLiteral("status")).toInt(), 0);
        QCOMPARE(third.value(QStringLiteral("_error")).toString(), QStringLiteral("Operation canceled"));
    }

    void streamedHarIsTheSameDocument()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        LogExport::Writer writer(&buffer, LogExport::Format::Har);
        QVERIFY(writer.begin());
        QVERIFY(writer.add(redirected()));
        QVERIFY(writer.add(timedOut()));
        QVERIFY(writer.finish());
        QCOMPARE(writer.count(), 2);
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(doc.object(), LogExport::harLog({redirected(), timedOut()}));

        QBuffer empty;
        QVERIFY(empty.open(QIODevice::WriteOnly));
        LogExport::Writer none(&empty, LogExport::Format::Har);
        QVERIFY(none.begin() && none.finish());
        checkHar(QJsonDocument::fromJson(empty.data()).object(), 0);
    }

    void jsonlIsOneCallPerLine()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        LogExport::Writer writer(&buffer, LogExport::Format::Jsonl);
        QVERIFY(writer.begin() && writer.add(redirected()) && writer.add(timedOut()) && writer.finish());
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.last().isEmpty());
        const QJsonObject o = QJsonDocument::fromJson(lines.at(0)).object();
        for (const char *key :
             {"id", "call", "method", "url", "status", "handled_by", "handled_by_region", "hops", "error",
              "duration_ms", "outcome", "warnings", "started_at", "workspace", "authorization", "request"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("id")).toInt(), 42);
        QCOMPARE(o.value(QStringLiteral("hops")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("authorization")).toString(), QStringLiteral("Basic demo-eu-site:•••"));
        QCOMPARE(o.value(QStringLiteral("request")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("it's done"));
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("timed_out"));
    }

    void curlReadsTheKeyFromTheEnvironment()
    {
        const QString curl = LogExport::curlCommand(redirected());
        QVERIFY2(curl.startsWith(QStringLiteral(
                     "curl -X POST 'https://track.customer.io/api/v1/customers/a%2Fb%40example.com/events?x=1' \\\n")),
                 qPrintable(curl));
        QVERIFY2(curl.contains(QStringLiteral("--user 'demo-eu-site'\":$CIO_TRACK_API_KEY\"")), qPrintable(curl));
        // A ' in the body is closed, escaped and reopened.
        QVERIFY2(curl.contains(QStringLiteral("--data-raw '{\"name\":\"it'\\''s done\",\"data\":{\"plan\":\"pro\"}}'")),
                 qPrintable(curl));
        QVERIFY(!curl.contains(u'•'));

        RequestRecord app = redirected();
        app.authorization = QStringLiteral("Bearer •••");
        QVERIFY(LogExport::curlCommand(app).contains(QStringLiteral("Authorization: Bearer $CIO_APP_API_KEY")));
    }

    // Even a record that (through a bug elsewhere) carries a real header value exports none of it.
    void noExportCarriesAKey_data()
    {
        QTest::addColumn<QString>("authorization");
        QTest::newRow("basic") << QStringLiteral("Basic ")
                + QString::fromLatin1((QStringLiteral("demo-eu-site:") + kCanaryKey).toUtf8().toBase64());
        QTest::newRow("bearer") << QStringLiteral("Bearer ") + kCanaryAppKey;
    }
    void noExportCarriesAKey()
    {
        QFETCH(QString, authorization);
        RequestRecord r = redirected();
        r.authorization = authorization;
        QByteArray all = QJsonDocument(LogExport::harLog({r})).toJson() + LogExport::jsonlLine(r)
            + LogExport::curlCommand(r).toUtf8();
        for (auto format : {LogExport::Format::Har, LogExport::Format::Jsonl}) {
            QBuffer buffer;
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            LogExport::Writer writer(&buffer, format);
            QVERIFY(writer.begin() && writer.add(r) && writer.finish());
            all += buffer.data();
        }
        QVERIFY(!all.contains(kCanaryKey.toUtf8()));
        QVERIFY(!all.contains(kCanaryAppKey.toUtf8()));
        QVERIFY(!all.contains(authorization.toUtf8()));
        QVERIFY(!all.contains(authorization.mid(7).toUtf8()));
    }

    void formatNames()
    {
        QCOMPARE(*LogExport::formatFromName(QStringLiteral("har")), LogExport::Format::Har);
        QCOMPARE(*LogExport::formatFromName(QStringLiteral("jsonl")), LogExport::Format::Jsonl);
        QVERIFY(!LogExport::formatFromName(QStringLiteral("csv")));
    }
};

QTEST_GUILESS_MAIN(tst_LogExport)
#include "tst_logexport.moc"
