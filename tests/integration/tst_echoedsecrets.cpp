// Issue 17, classes 1 and 2: a hostile server echoes the call's secrets in every spelling into every
// place of its answer, and writes terminal escapes and bidi controls there. Nothing of either may reach
// the record, its --json, the log's exports or what the CLI prints.
#include "endpointtable.h"
#include "logexport.h"
#include "outputformatter.h"
#include "outsidetext.h"
#include "requestlogcells.h"
#include "trackclient.h"

#include "support/hostileserver.h"
#include "support/sandboxfixture.h"
#include "support/secretspellings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QTextStream>

namespace {
const QString SiteId = QStringLiteral("canary-site");
// A key with characters that every spelling writes differently: '/', '+', a non-ASCII letter.
const QString TrackKey = QStringLiteral("Cn4ry/tr+ck\u00e9key");
const QString AppKey = QStringLiteral("Cn4ry-app-k\u00e9y/xyz");

QList<std::pair<const char *, QByteArray>> spellings(const QString &secret)
{
    return SecretSpellings::of(SiteId, secret);
}

// The places of an answer a server may echo into.
enum class Place {
    LocationPath,
    LocationQuery,
    RefusedLocation,
    Header,
    JsonBody,
    ErrorMessage,
    ItemMessage,
    PlainText
};
const QList<std::pair<const char *, Place>> Places {
    {"Location path", Place::LocationPath},
    {"Location query", Place::LocationQuery},
    {"refused Location", Place::RefusedLocation},
    {"header", Place::Header},
    {"JSON body", Place::JsonBody},
    {"error message", Place::ErrorMessage},
    {"207 item message", Place::ItemMessage},
    {"plain text", Place::PlainText},
};

// Everything a person or a script can see of a record: its --json, the CLI's text and JSON lines, the
// log's exports (HAR, JSONL, curl), the table's cells and tooltip.
QByteArray everythingShown(const RequestRecord &record)
{
    QByteArray all = QJsonDocument(record.toJson()).toJson();
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    OutputFormatter(outStream, errStream, false).record(record, Region::Us, QStringLiteral("flag"));
    OutputFormatter(outStream, errStream, true).record(record, Region::Us, QStringLiteral("flag"));
    outStream.flush();
    errStream.flush();
    all += out.toUtf8() + err.toUtf8();
    all += QJsonDocument(LogExport::harLog({record})).toJson();
    all += LogExport::jsonlLine(record);
    all += LogExport::curlCommand(record).toUtf8();
    for (int column = 0; column < 12; ++column)
        all += RequestLogCells::display(record, record.requestBody.size(), record.responseBody.size(), column)
                   .toString()
                   .toUtf8();
    all += RequestLogCells::toolTip(record).toString().toUtf8();
    for (const Hop &hop : record.hops)
        all +=
            hop.url.toString().toUtf8() + QUrl::fromPercentEncoding(hop.url.toEncoded()).toUtf8() + hop.error.toUtf8();
    all += record.path.toUtf8() + record.requestBody + record.responseBody + record.error.toUtf8()
        + record.warnings.join(u'\n').toUtf8();
    return all;
}
} // namespace

class TestEchoedSecrets : public QObject
{
    Q_OBJECT

    HostileServer m_us; // Track, US: the hostile one
    HostileServer m_usApi; // App API, US: as hostile
    HostileServer m_eu; // Track, EU: answers 200 "{}"
    HostileServer m_euApi;
    EndpointTable m_table;
    int m_cases = 0;

    // The hostile US host answers `answer` to the first request; the EU host answers 200 "{}".
    RequestRecord send(const TrackCall &call, const QByteArray &answer, bool appApi)
    {
        m_us.setAnswer({answer, HostileServer::End::Close, {}});
        m_usApi.setAnswer({answer, HostileServer::End::Close, {}});
        TrackClient::Options options;
        options.appApiKey = appApi ? AppKey : QString();
        return SandboxFixture::sendAndWait(m_table, call, {SiteId, TrackKey}, Region::Us, options, 5000);
    }

    QByteArray answerFor(Place place, const QByteArray &form) const
    {
        const QByteArray eu = m_eu.url().toEncoded();
        switch (place) {
        case Place::LocationPath:
            return HostileServer::http(301, "Location: " + eu + "/api/v1/echo/" + form + "\r\n", {});
        case Place::LocationQuery:
            return HostileServer::http(301, "Location: " + eu + "/api/v1/echo?k=" + form + "\r\n", {});
        case Place::RefusedLocation:
            return HostileServer::http(301, "Location: http://127.0.0.2:9/" + form + "?k=" + form + "\r\n", {});
        case Place::Header:
            return HostileServer::http(200, "X-Echo: " + form + "\r\nWWW-Authenticate: Basic " + form + "\r\n", "{}");
        case Place::JsonBody:
            return HostileServer::http(200, "Content-Type: application/json\r\n",
                                       "{\"echo\":\"" + form + "\",\"region\":\"us\"}");
        case Place::ErrorMessage:
            return HostileServer::http(401, "Content-Type: application/json\r\n",
                                       "{\"meta\":{\"error\":\"bad key " + form + "\"}}");
        case Place::ItemMessage:
            return HostileServer::http(207, "Content-Type: application/json\r\n",
                                       "{\"errors\":[{\"batch_index\":0,\"reason\":\"" + form + "\",\"field\":\"" + form
                                           + "\",\"message\":\"key " + form + "\"}]}");
        case Place::PlainText:
            return HostileServer::http(500, "Content-Type: text/plain\r\n", "your key is " + form + "\n");
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_us.listen());
        QVERIFY(m_usApi.listen());
        QVERIFY(m_eu.listen());
        QVERIFY(m_euApi.listen());
        m_eu.setAnswer(
            {HostileServer::http(200, "Content-Type: application/json\r\n", "{}"), HostileServer::End::Close, {}});
        const QJsonObject us {{QStringLiteral("track"), m_us.url().toString()},
                              {QStringLiteral("api"), m_usApi.url().toString()}};
        const QJsonObject eu {{QStringLiteral("track"), m_eu.url().toString()},
                              {QStringLiteral("api"), m_euApi.url().toString()}};
        QString error;
        QVERIFY2(EndpointTable::fromJson(
                     QJsonDocument(QJsonObject {{QStringLiteral("us"), us}, {QStringLiteral("eu"), eu}}).toJson(),
                     &m_table, &error),
                 qPrintable(error));
    }

    void cleanupTestCase() { qInfo("echoed-secret cases tried: %d", m_cases); }

    // Spellings × places × secrets (the Track key, the Basic pair, the App API key).
    void noSpellingOfAnEchoedSecretIsShown_data()
    {
        QTest::addColumn<int>("place");
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<bool>("appApi");
        for (const auto &[placeName, place] : Places) {
            for (const auto &[spellingName, form] : spellings(TrackKey))
                QTest::addRow("track key, %s, %s", spellingName, placeName) << int(place) << form << false;
            for (const auto &[spellingName, form] : spellings(AppKey)) {
                if (place == Place::LocationPath || place == Place::LocationQuery || place == Place::ItemMessage)
                    continue; // App API calls follow no redirect and have no items
                QTest::addRow("app key, %s, %s", spellingName, placeName) << int(place) << form << true;
            }
        }
    }

    void noSpellingOfAnEchoedSecretIsShown()
    {
        QFETCH(int, place);
        QFETCH(QByteArray, form);
        QFETCH(bool, appApi);
        ++m_cases;
        const TrackCall call = appApi            ? TrackCall::appKeyCheck()
            : Place(place) == Place::ItemMessage ? TrackCall::batch(
                  QJsonObject {{QStringLiteral("batch"),
                                QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("person")},
                                                         {QStringLiteral("identifiers"),
                                                          QJsonObject {{QStringLiteral("id"), QStringLiteral("1")}}},
                                                         {QStringLiteral("action"), QStringLiteral("identify")}}}}})
                                                 : TrackCall::event(QStringLiteral("42"), QStringLiteral("seen"));
        const RequestRecord record = send(call, answerFor(Place(place), form), appApi);
        QVERIFY2(record.outcome != RequestRecord::Outcome::Pending, "no record");
        const QByteArray shown = everythingShown(record);
        const SecretMask detector = SecretMask::forCall(SiteId, TrackKey, AppKey);
        QVERIFY2(detector.apply(shown) == shown, shown.constData());
        // Independently of the mask: no raw key, no base64 pair, no fully encoded key anywhere.
        for (const QString &secret : {TrackKey, AppKey}) {
            QVERIFY(!shown.contains(secret.toUtf8()));
            QVERIFY(!shown.contains(SecretSpellings::percentAll(secret.toUtf8(), false)));
            QVERIFY(!shown.contains(SecretSpellings::percentAll(secret.toUtf8(), true)));
        }
        QVERIFY(!shown.contains((SiteId.toUtf8() + ':' + TrackKey.toUtf8()).toBase64()));
    }

    // Class 2: escape sequences and bidi controls from the server never reach a terminal or a label.
    void outsideTextIsInert_data()
    {
        QTest::addColumn<int>("place");
        QTest::addColumn<QByteArray>("form");
        const QList<std::pair<const char *, QByteArray>> hostile {
            {"OSC retitle", "\x1b]0;pwned\x07"},
            {"CSI recolour", "\x1b[31mred\x1b[0m"},
            {"C1 CSI",
             "\xc2\x9b"
             "31m"},
            {"JSON-escaped ESC", "\\u001b]0;pwned\\u0007"},
            {"JSON-escaped C1", "\\u009b31m"},
            {"bidi override",
             "\xe2\x80\xae"
             "gnp.exe"},
            {"JSON-escaped bidi", "\\u202e\\u2066"},
            {"percent ESC in URL", "%1B%5D0%3Bpwned%07"},
            {"percent bidi in URL", "%E2%80%AEevil"},
            {"carriage return", "ok\roverwritten"},
            {"backspaces", "fine\x08\x08\x08\x08"},
        };
        for (const auto &[placeName, place] : Places) {
            if (place == Place::Header)
                continue; // a header line cannot hold raw control characters and is not kept
            for (const auto &[name, form] : hostile)
                QTest::addRow("%s, %s", name, placeName) << int(place) << form;
        }
    }

    void outsideTextIsInert()
    {
        QFETCH(int, place);
        QFETCH(QByteArray, form);
        ++m_cases;
        const TrackCall call = TrackCall::event(QStringLiteral("42"), QStringLiteral("seen"));
        const RequestRecord record = send(call, answerFor(Place(place), form), false);
        QVERIFY2(record.outcome != RequestRecord::Outcome::Pending, "no record");
        // What the CLI prints (text, JSON lines, log tail) and the record's lines of text.
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        OutputFormatter(outStream, errStream, false).record(record, Region::Us, QStringLiteral("flag"));
        OutputFormatter(outStream, errStream, true).record(record, Region::Us, QStringLiteral("flag"));
        OutputFormatter(outStream, errStream, false).logEntries({RequestLogEntry {record, 0, 0}}, false);
        OutputFormatter(outStream, errStream, true).logEntries({RequestLogEntry {record, 0, 0}}, false);
        outStream.flush();
        errStream.flush();
        QStringList lines {out, err, record.error, record.warnings.join(u' ')};
        for (const Hop &hop : record.hops)
            lines << QUrl::fromPercentEncoding(hop.url.toEncoded()) << hop.url.toString() << hop.error;
        lines << OutsideText::displayText(record.responseBody);
        // The log's exports, as `log export` writes them to a terminal.
        lines << QString::fromUtf8(LogExport::jsonlLine(record));
        for (const QString &text : std::as_const(lines)) {
            for (const QChar c : text) {
                const bool allowedControl = c == u'\n' || c == u'\t';
                QVERIFY2(allowedControl || c.category() != QChar::Other_Control,
                         qPrintable(QStringLiteral("control U+%1 in: %2")
                                        .arg(uint(c.unicode()), 4, 16, QLatin1Char('0'))
                                        .arg(text.toHtmlEscaped())));
                QVERIFY2(!OutsideText::isBidiControl(c.unicode()), qPrintable(text.toHtmlEscaped()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestEchoedSecrets)
#include "tst_echoedsecrets.moc"
