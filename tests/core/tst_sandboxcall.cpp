// SandboxCall and SandboxTarget: a request's target decoded once, and its Authorization header.
#include "sandboxcall.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstSandboxCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void target_data();
    void target();
    void matches_data();
    void matches();
    void onHost();
    void basicCredentials_data();
    void basicCredentials();
    void bearerToken_data();
    void bearerToken();
};

void TstSandboxCall::target_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("encodedPath");
    QTest::addColumn<QString>("encodedQuery");
    QTest::addColumn<QStringList>("segments");
    QTest::addColumn<QString>("identifier");

    QTest::newRow("identify") << u"http://127.0.0.1:1/api/v1/customers/42"_s << u"/api/v1/customers/42"_s << QString()
                              << QStringList {u"api"_s, u"v1"_s, u"customers"_s, u"42"_s} << u"42"_s;
    QTest::newRow("encoded slash stays one segment")
        << u"http://127.0.0.1:1/api/v1/customers/a%2Fb%40example.com/events"_s
        << u"/api/v1/customers/a%2Fb%40example.com/events"_s << QString()
        << QStringList {u"api"_s, u"v1"_s, u"customers"_s, u"a/b@example.com"_s, u"events"_s} << u"a/b@example.com"_s;
    QTest::newRow("decoded once") << u"http://127.0.0.1:1/api/v1/customers/a%2525b"_s << u"/api/v1/customers/a%2525b"_s
                                  << QString() << QStringList {u"api"_s, u"v1"_s, u"customers"_s, u"a%25b"_s}
                                  << u"a%25b"_s;
    QTest::newRow("app api with query") << u"http://127.0.0.1:1/v1/customers/7/attributes?id_type=email&x=%20"_s
                                        << u"/v1/customers/7/attributes"_s << u"id_type=email&x=%20"_s
                                        << QStringList {u"v1"_s, u"customers"_s, u"7"_s, u"attributes"_s} << u"7"_s;
    QTest::newRow("customers without identifier")
        << u"http://127.0.0.1:1/api/v1/customers"_s << u"/api/v1/customers"_s << QString()
        << QStringList {u"api"_s, u"v1"_s, u"customers"_s} << QString();
    QTest::newRow("trailing slash") << u"http://127.0.0.1:1/api/v1/events/"_s << u"/api/v1/events/"_s << QString()
                                    << QStringList {u"api"_s, u"v1"_s, u"events"_s, QString()} << QString();
    QTest::newRow("root") << u"http://127.0.0.1:1/"_s << u"/"_s << QString() << QStringList {QString()} << QString();
}

void TstSandboxCall::target()
{
    QFETCH(QString, url);
    QFETCH(QString, encodedPath);
    QFETCH(QString, encodedQuery);
    QFETCH(QStringList, segments);
    QFETCH(QString, identifier);

    const SandboxTarget target = SandboxTarget::fromUrl(QUrl(url, QUrl::StrictMode));
    QCOMPARE(target.encodedPath, encodedPath);
    QCOMPARE(target.encodedQuery, encodedQuery);
    QCOMPARE(target.segments, segments);
    QCOMPARE(target.identifier(), identifier);
}

void TstSandboxCall::matches_data()
{
    QTest::addColumn<QStringList>("segments");
    QTest::addColumn<QStringList>("pattern");
    QTest::addColumn<bool>("match");

    const QStringList customer {u"api"_s, u"v1"_s, u"customers"_s, u"*"_s};
    QTest::newRow("exact") << QStringList {u"api"_s, u"v1"_s} << QStringList {u"api"_s, u"v1"_s} << true;
    QTest::newRow("wildcard") << QStringList {u"api"_s, u"v1"_s, u"customers"_s, u"42"_s} << customer << true;
    QTest::newRow("wildcard is not empty")
        << QStringList {u"api"_s, u"v1"_s, u"customers"_s, QString()} << customer << false;
    QTest::newRow("longer") << QStringList {u"api"_s, u"v1"_s, u"customers"_s, u"42"_s, u"events"_s} << customer
                            << false;
    QTest::newRow("shorter") << QStringList {u"api"_s, u"v1"_s, u"customers"_s} << customer << false;
    QTest::newRow("case") << QStringList {u"API"_s, u"v1"_s} << QStringList {u"api"_s, u"v1"_s} << false;
}

void TstSandboxCall::matches()
{
    QFETCH(QStringList, segments);
    QFETCH(QStringList, pattern);
    QFETCH(bool, match);
    QCOMPARE(SandboxTarget::matches(segments, pattern), match);
}

void TstSandboxCall::onHost()
{
    const SandboxTarget target = SandboxTarget::fromUrl(QUrl(u"http://127.0.0.1:1/api/v1/customers/a%2Fb?x=%20&y"_s));
    QCOMPARE(target.onHost(QUrl(u"https://127.0.0.1:4443"_s)).toEncoded(),
             QByteArrayLiteral("https://127.0.0.1:4443/api/v1/customers/a%2Fb?x=%20&y"));
    const SandboxTarget noQuery = SandboxTarget::fromUrl(QUrl(u"http://127.0.0.1:1/v1/send/email"_s));
    QCOMPARE(noQuery.onHost(QUrl(u"http://outside.invalid"_s)).toEncoded(),
             QByteArrayLiteral("http://outside.invalid/v1/send/email"));
}

void TstSandboxCall::basicCredentials_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("siteId");
    QTest::addColumn<QString>("apiKey");

    const QByteArray standard = QByteArray("site:key").toBase64();
    QTest::newRow("standard") << "Basic " + standard << true << u"site"_s << u"key"_s;
    QTest::newRow("scheme case") << "basic " + standard << true << u"site"_s << u"key"_s;
    QTest::newRow("extra spaces") << "  Basic   " + standard + "  " << true << u"site"_s << u"key"_s;
    // "s?>?:k" is "cz8+Pzpr" in the standard alphabet, "cz8-Pzpr" in the URL-safe one (go-customerio).
    QTest::newRow("url-safe alphabet") << "Basic " + QByteArray("s?>?:k").toBase64(QByteArray::Base64UrlEncoding)
                                       << true << u"s?>?"_s << u"k"_s;
    QTest::newRow("colon in key") << "Basic " + QByteArray("site:a:b").toBase64() << true << u"site"_s << u"a:b"_s;
    QTest::newRow("empty key") << "Basic " + QByteArray("site:").toBase64() << true << u"site"_s << QString();
    QTest::newRow("no colon") << "Basic " + QByteArray("site").toBase64() << false << QString() << QString();
    QTest::newRow("not base64") << QByteArray("Basic !!!") << false << QString() << QString();
    QTest::newRow("bearer") << QByteArray("Bearer key") << false << QString() << QString();
    QTest::newRow("scheme only") << QByteArray("Basic") << false << QString() << QString();
    QTest::newRow("none") << QByteArray() << false << QString() << QString();
}

void TstSandboxCall::basicCredentials()
{
    QFETCH(QByteArray, authorization);
    QFETCH(bool, valid);
    QFETCH(QString, siteId);
    QFETCH(QString, apiKey);

    SandboxCall call;
    call.authorization = authorization;
    const std::optional<SandboxBasicCredentials> credentials = call.basicCredentials();
    QCOMPARE(credentials.has_value(), valid);
    if (credentials) {
        QCOMPARE(credentials->siteId, siteId);
        QCOMPARE(credentials->apiKey, apiKey);
    }
}

void TstSandboxCall::bearerToken_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("token");

    QTest::newRow("bearer") << QByteArray("Bearer demo-us-app-key") << true << u"demo-us-app-key"_s;
    QTest::newRow("scheme case") << QByteArray("BEARER k") << true << u"k"_s;
    QTest::newRow("trimmed") << QByteArray(" Bearer  k ") << true << u"k"_s;
    QTest::newRow("basic") << "Basic " + QByteArray("site:key").toBase64() << false << QString();
    QTest::newRow("no space") << QByteArray("Bearerk") << false << QString();
    QTest::newRow("none") << QByteArray() << false << QString();
}

void TstSandboxCall::bearerToken()
{
    QFETCH(QByteArray, authorization);
    QFETCH(bool, valid);
    QFETCH(QString, token);

    SandboxCall call;
    call.authorization = authorization;
    const std::optional<QString> actual = call.bearerToken();
    QCOMPARE(actual.has_value(), valid);
    if (actual)
        QCOMPARE(*actual, token);
}

QTEST_GUILESS_MAIN(TstSandboxCall)
#include "tst_sandboxcall.moc"
