// The detail pane's text for one call (requestDetailHtml()) and its bodies (prettyBody()), read as plain text.
#include "requestdetail.h"
#include "support/recordbuilder.h"

#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {
QString plain(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}
} // namespace

class tst_RequestDetail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentEncodedUrlsStayAsSent()
    {
        // "%2F" in a URL must reach the pane as it is, and the hop's other values where they belong.
        const RequestRecord r = RecordBuilder()
                                    .workspace({})
                                    .siteId({})
                                    .path(u"/api/v1/customers/a%2Fb/events"_s)
                                    .baseUrl(u"http://127.0.0.1:1"_s)
                                    .requestBody("{\"name\":\"x\"}")
                                    .durationMs(7);
        QTextDocument doc;
        doc.setHtml(requestDetailHtml(r));
        const QString text = doc.toPlainText();
        QVERIFY2(text.contains(u"1. POST http://127.0.0.1:1/api/v1/customers/a%2Fb/events"_s), qPrintable(text));
        QVERIFY2(text.contains(u"→ 200 · 7 ms · credentials sent"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Request body (12 bytes)"_s), qPrintable(text));
    }

    // Warnings and the error come first, then the call, its hops, headers and bodies.
    void warningsAndErrorFirst()
    {
        const RequestRecord r = RecordBuilder()
                                    .workspace(u"Acme EU"_s)
                                    .siteId(u"eu-site"_s)
                                    .handledBy(Region::Eu)
                                    .status(401)
                                    .error(u"Site ID or Track API key rejected by Customer.io (401)"_s)
                                    .responseBody(QByteArrayLiteral("{\"meta\":{\"error\":\"Unauthorized\"}}"));
        const QString text = plain(requestDetailHtml(r));
        const qsizetype warning = text.indexOf(u"⚠ The data passed through US servers."_s);
        const qsizetype error = text.indexOf(u"Error: Site ID or Track API key rejected"_s);
        const qsizetype call = text.indexOf(u"event  POST /api/v1/customers/1/events"_s);
        QVERIFY2(warning >= 0 && error > warning && call > error, qPrintable(text));
        QVERIFY(text.contains(u"Workspace Acme EU (Site ID eu-site)"_s));
        QVERIFY(text.contains(u"Outcome http_error"_s));
        QVERIFY(text.contains(u"Handled by EU · track-eu.customer.io"_s));
        QVERIFY(text.contains(u"2 hops"_s));
        QVERIFY(text.contains(u"→ 301 · "_s));
        QVERIFY(text.contains(u"Authorization: Basic eu-site:•••"_s));
        QVERIFY(text.contains(u"Content-Type: application/json"_s));
        QVERIFY2(text.contains(u"Response 401"_s), qPrintable(text));
        QVERIFY(text.contains(u"\"error\": \"Unauthorized\""_s)); // indented JSON
    }

    // The Authorization shown is rebuilt from the record, never copied: a key left in it by mistake never shows.
    void authorizationIsRebuiltNeverCopied()
    {
        const QString text = plain(
            requestDetailHtml(RecordBuilder().siteId(u"eu-site"_s).authorization(u"Basic ZXUtc2l0ZTpzZWNyZXQta2V5"_s)));
        QVERIFY2(text.contains(u"Authorization: Basic eu-site:•••"_s), qPrintable(text));
        QVERIFY(!text.contains(u"ZXUtc2l0ZTpzZWNyZXQta2V5"_s));
        const QString bearer = plain(
            requestDetailHtml(RecordBuilder().call(CallKind::AppKeyCheck).authorization(u"Bearer secret-app-key"_s)));
        QVERIFY2(bearer.contains(u"Authorization: Bearer •••"_s), qPrintable(bearer));
        QVERIFY(!bearer.contains(u"secret-app-key"_s));
    }

    void aCallStillInFlight()
    {
        const QString text = plain(requestDetailHtml(RecordBuilder().pending()));
        QVERIFY2(text.contains(u"Outcome: waiting for the answer…"_s), qPrintable(text));
        QVERIFY(text.contains(u"→ no answer"_s));
        QVERIFY(!text.contains(u"Response"_s));
    }

    void aCallWithoutAnswer()
    {
        const QString text = plain(requestDetailHtml(RecordBuilder().status(0).error(u"connection refused"_s)));
        QVERIFY2(text.contains(u"error: connection refused"_s), qPrintable(text));
        QVERIFY(text.contains(u"(no response)"_s));
        QVERIFY(!text.contains(u"Handled by"_s));
    }

    // A GET without a body has no request body section; a POST shows even an empty one.
    void requestBodySection_data()
    {
        QTest::addColumn<CallKind>("call");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("shown");
        QTest::newRow("region call") << CallKind::Region << QByteArray() << false;
        QTest::newRow("event") << CallKind::Event << QByteArray("{}") << true;
        QTest::newRow("suppress, no body") << CallKind::Suppress << QByteArray() << true;
    }
    void requestBodySection()
    {
        QFETCH(CallKind, call);
        QFETCH(QByteArray, body);
        QFETCH(bool, shown);
        const QString text = plain(requestDetailHtml(RecordBuilder().call(call).requestBody(body)));
        QCOMPARE(text.contains(u"Request body"_s), shown);
    }

    void prettyBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("maxBytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QByteArray() << 100 << u"(empty)"_s;
        QTest::newRow("json, indented") << QByteArray("{\"a\":1}") << 100 << u"{\n    \"a\": 1\n}"_s;
        QTest::newRow("text as it is") << QByteArray("Service Unavailable") << 100 << u"Service Unavailable"_s;
        QTest::newRow("cut, with a note") << QByteArray("abcdefghij") << 4 << u"abcd\n… 6 more bytes not shown"_s;
        // Outside text is inert: escape sequences, C1 and bidi controls become U+FFFD, in text and in JSON.
        QTest::newRow("escape sequence in text") << QByteArray("a\x1b]0;title\x07"
                                                               "b")
                                                 << 100 << u"a\ufffd]0;title\ufffdb"_s;
        QTest::newRow("bidi override in JSON")
            << QByteArray("{\"a\":\"\\u202egnp\"}") << 100 << u"{\n    \"a\": \"\ufffdgnp\"\n}"_s;
        QTest::newRow("C1 control in text") << QByteArray("x\xc2\x9by") << 100 << u"x\ufffdy"_s;
    }
    void prettyBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, maxBytes);
        QFETCH(QString, text);
        QCOMPARE(prettyBody(body, maxBytes), text);
    }
};

QTEST_MAIN(tst_RequestDetail)
#include "tst_requestdetail.moc"
