// SecretMask and OutsideText: every spelling of a secret a server may echo is masked, and outside text
// is made inert for storing and for display.
#include "outsidetext.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"sk_live/9f8c+1e2d"_s;

// Every character of text as \uXXXX, hex digits in the given case.
QByteArray unicodeEscaped(const QString &text, bool upper)
{
    QByteArray out;
    for (const QChar c : text) {
        const QByteArray hex = QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
        out += "\\u" + (upper ? hex.toUpper() : hex);
    }
    return out;
}

// Every byte of text's UTF-8 as %XX.
QByteArray percentAll(const QString &text, bool upper)
{
    QByteArray out;
    for (const char b : text.toUtf8()) {
        const QByteArray hex = QByteArray::number(uchar(b), 16).rightJustified(2, '0');
        out += '%' + (upper ? hex.toUpper() : hex);
    }
    return out;
}
} // namespace

class tst_OutsideText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maskFindsEverySpelling_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray key = kKey.toUtf8();
        QTest::newRow("raw") << kKey << "a " + key + " b" << QByteArray("a ••• b");
        QTest::newRow("inside a word") << kKey << "abc" + key + "def" << QByteArray("abc•••def");
        QTest::newRow("twice, adjacent") << kKey << key + key << QByteArray("••••••");
        QTest::newRow("json slash") << kKey << QByteArray("\"sk_live\\/9f8c+1e2d\"") << QByteArray("\"•••\"");
        QTest::newRow("json every character, lower hex")
            << kKey << "\"" + unicodeEscaped(kKey, false) + "\"" << QByteArray("\"•••\"");
        QTest::newRow("json every character, upper hex")
            << kKey << "\"" + unicodeEscaped(kKey, true) + "\"" << QByteArray("\"•••\"");
        QTest::newRow("json some characters")
            << kKey << QByteArray("sk_\\u006Cive\\u002f9f8c\\u002B1e2\\u0064") << QByteArray("•••");
        QTest::newRow("percent every byte, upper") << kKey << "q=" + percentAll(kKey, true) << QByteArray("q=•••");
        QTest::newRow("percent every byte, lower") << kKey << "q=" + percentAll(kKey, false) << QByteArray("q=•••");
        QTest::newRow("percent, mixed case") << kKey << QByteArray("%73k_live%2f9f8c%2B1e2%64") << QByteArray("•••");
        QTest::newRow("percent, reserved only (URL encoding)")
            << kKey << QUrl::toPercentEncoding(kKey) << QByteArray("•••");
        QTest::newRow("percent-encoded json escape")
            << kKey << QByteArray("%5Cu0073k_live%5C%2F9f8c+1e2d") << QByteArray("•••");
        QTest::newRow("json and percent mixed")
            << kKey << QByteArray("\\u0073k%5flive\\/9f8c%2b1e2\\u0064") << QByteArray("•••");
        QTest::newRow("split by a zero-width space")
            << kKey << QByteArray("sk_live\xE2\x80\x8B/9f8c+1e2d") << QByteArray("•••");
        QTest::newRow("split by an escaped bidi override")
            << kKey << QByteArray("sk_live\\u202E/9f8c+1e2d") << QByteArray("•••");
        QTest::newRow("split by a percent-encoded BOM")
            << kKey << QByteArray("sk_live/9f8c%EF%BB%BF+1e2d") << QByteArray("•••");
        QTest::newRow("last character missing")
            << kKey << QByteArray("sk_live/9f8c+1e2") << QByteArray("sk_live/9f8c+1e2");
        QTest::newRow("one character changed")
            << kKey << QByteArray("sk_live/9f8c-1e2d") << QByteArray("sk_live/9f8c-1e2d");
        QTest::newRow("percent of another byte")
            << kKey << QByteArray("sk_live%2E9f8c+1e2d") << QByteArray("sk_live%2E9f8c+1e2d");
        QTest::newRow("escaped backslash is no escape") << kKey << QByteArray("x\\\\") << QByteArray("x\\\\");
        const QString nonAscii = u"schlüssel-ключ-2024"_s;
        QTest::newRow("non-ascii raw") << nonAscii << nonAscii.toUtf8() << QByteArray("•••");
        QTest::newRow("non-ascii json") << nonAscii << QByteArray("schl\\u00fcssel-\\u043a\\u043B\\u044e\\u0447-2024")
                                        << QByteArray("•••");
        QTest::newRow("non-ascii percent") << nonAscii << percentAll(nonAscii, true) << QByteArray("•••");
        QTest::newRow("non-ascii, one byte of a character encoded")
            << nonAscii << QByteArray("schl%C3\xBCssel-") + u"ключ-2024"_s.toUtf8() << QByteArray("•••");
        const QString astral = u"key-🎉-1234567"_s;
        QTest::newRow("beyond the BMP, surrogate escapes")
            << astral << QByteArray("key-\\ud83c\\uDF89-1234567") << QByteArray("•••");
        QTest::newRow("beyond the BMP, percent")
            << astral << QByteArray("key-%F0%9F%8E%89-1234567") << QByteArray("•••");
        QTest::newRow("a percent sign in the secret, raw")
            << u"ab%41cdefgh"_s << QByteArray("ab%41cdefgh") << QByteArray("•••");
        QTest::newRow("a percent sign in the secret, encoded")
            << u"ab%41cdefgh"_s << QByteArray("ab%2541cdefgh") << QByteArray("•••");
    }
    void maskFindsEverySpelling()
    {
        QFETCH(QString, secret);
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, expected);
        const SecretMask mask({secret});
        QCOMPARE(mask.apply(text), expected);
        if (QString::fromUtf8(text).toUtf8() == text) // a QString holds valid UTF-8 only
            QCOMPARE(mask.apply(QString::fromUtf8(text)), QString::fromUtf8(expected));
    }

    // The Basic credentials as base64 of "site:key", both alphabets, with and without padding, as sent,
    // JSON-escaped or percent-encoded.
    void maskFindsTheBasicCredentials_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("expected");
        // "site-1:sk_live/9f8c+1e2d??~~~?~" encodes to base64 with '+', '/' and padding.
        const QByteArray pair = "site-1:" + kKey.toUtf8() + "??~~~?~";
        const QByteArray standard = pair.toBase64();
        const QByteArray url = pair.toBase64(QByteArray::Base64UrlEncoding);
        QVERIFY(standard.contains('+') && standard.contains('/'));
        QVERIFY(standard.endsWith('='));
        QTest::newRow("header") << "Basic " + standard << QByteArray("Basic •••");
        QTest::newRow("no padding") << "[" + pair.toBase64(QByteArray::OmitTrailingEquals) + "]" << QByteArray("[•••]");
        QTest::newRow("url alphabet") << "t=" + url << QByteArray("t=•••");
        QTest::newRow("url alphabet, no padding")
            << pair.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) << QByteArray("•••");
        QTest::newRow("json-escaped") << QByteArray(standard).replace("/", "\\/") << QByteArray("•••");
        QTest::newRow("percent-encoded") << QUrl::toPercentEncoding(QString::fromLatin1(standard)) << QByteArray("•••");
    }
    void maskFindsTheBasicCredentials()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, expected);
        const SecretMask mask = SecretMask::forCall(u"site-1"_s, kKey + u"??~~~?~"_s, QString());
        QCOMPARE(mask.apply(text), expected);
    }

    void maskLeavesOtherTextAlone()
    {
        const SecretMask mask = SecretMask::forCall(u"site-1"_s, kKey, u"app-key-0123456789"_s);
        const QByteArray text = "{\"meta\":{\"error\":\"Unauthorized request\"},\"url\":\"a%20b\\u00e9\\/c\"}";
        QCOMPARE(mask.apply(text), text);
        QCOMPARE(SecretMask().apply(text), text);
        QCOMPARE(mask.apply(u"app-key-0123456789 and "_s + kKey), u"••• and •••"_s);
    }

    // Near-misses everywhere: the mask stays linear in the text.
    void maskCostIsBounded()
    {
        QByteArray text;
        const QByteArray nearMiss = "\\u0073k_live%2F9f8c+1e2%";
        while (text.size() < 1024 * 1024)
            text += nearMiss;
        const SecretMask mask = SecretMask::forCall(u"site-1"_s, kKey, u"app-key-0123456789"_s);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(mask.apply(text), text);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }

    void inertLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"HTTP 401 from track-us"_s << u"HTTP 401 from track-us"_s;
        QTest::newRow("colour") << u"bad \u001b[31mred"_s << u"bad  [31mred"_s;
        QTest::newRow("title") << u"\u001b]0;owned\u0007x"_s << u" ]0;owned x"_s;
        QTest::newRow("line breaks and tab") << u"a\r\nb\tc"_s << u"a  b c"_s;
        QTest::newRow("C1 CSI and DEL") << u"a\u009b31m\u007f"_s << u"a 31m "_s;
        QTest::newRow("override") << u"txt.\u202Eexe"_s << u"txt.\uFFFDexe"_s;
        QTest::newRow("isolates") << u"\u2066a\u2069\u2067b\u2068"_s << u"\uFFFDa\uFFFD\uFFFDb\uFFFD"_s;
        QTest::newRow("embeddings") << u"\u202Aa\u202Bb\u202Cc\u202Dd"_s << u"\uFFFDa\uFFFDb\uFFFDc\uFFFDd"_s;
        QTest::newRow("lone surrogate") << u"a"_s + QChar(char16_t(0xD800)) + u"b"_s << u"a\uFFFDb"_s;
        QTest::newRow("emoji kept") << u"ok 🎉"_s << u"ok 🎉"_s;
        QTest::newRow("accents kept") << u"Zoë, Ærø"_s << u"Zoë, Ærø"_s;
    }
    void inertLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(OutsideText::inertLine(text), expected);
    }

    void displayText_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("json") << QByteArray("{\n\t\"a\": 1\n}") << u"{\n\t\"a\": 1\n}"_s;
        QTest::newRow("crlf") << QByteArray("a\r\nb") << u"a\nb"_s;
        QTest::newRow("lone cr") << QByteArray("secret\rshown") << u"secret\uFFFDshown"_s;
        QTest::newRow("escape") << QByteArray("\x1b[2J\x1b]0;t\x07") << u"\uFFFD[2J\uFFFD]0;t\uFFFD"_s;
        QTest::newRow("C1") << QByteArray("\xC2\x9B"
                                          "31m")
                            << u"\uFFFD31m"_s;
        QTest::newRow("bidi") << QByteArray("\xE2\x80\xAE"
                                            "abc\xE2\x81\xA6")
                              << u"\uFFFDabc\uFFFD"_s;
        QTest::newRow("invalid utf-8") << QByteArray("a\xFF"
                                                     "b")
                                       << u"a\uFFFDb"_s;
        QTest::newRow("nul") << QByteArray("a\0b", 3) << u"a\uFFFDb"_s;
        QTest::newRow("Arabic letter mark and right-to-left mark") << QByteArray("a\xD8\x9C"
                                                                                 "b\xE2\x80\x8F"
                                                                                 "c")
                                                                   << u"a\uFFFDb\uFFFDc"_s;
    }

    void invisibleCharacters_data()
    {
        QTest::addColumn<uint>("c");
        QTest::addColumn<bool>("invisible");
        for (const uint c : {0x200Bu, 0xFEFFu, 0x00ADu, 0x202Eu, 0x061Cu, 0x3164u, 0x115Fu, 0xFFA0u, 0x2800u, 0x034Fu,
                             0xFE0Fu, 0x180Bu, 0xE0100u, 0xE000u, 0x2028u, 0x2029u, 0xFDD0u, 0xFFFEu, 0x1FFFFu})
            QTest::addRow("U+%04X", c) << c << true;
        for (const uint c : {uint('a'), 0x00E9u, 0x4E2Du, 0x1F389u, uint(' '), 0x0627u})
            QTest::addRow("U+%04X", c) << c << false;
    }
    void invisibleCharacters()
    {
        QFETCH(uint, c);
        QFETCH(bool, invisible);
        QCOMPARE(OutsideText::isInvisible(c), invisible);
    }
    void displayText()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(OutsideText::displayText(body), expected);
        for (const QChar c : OutsideText::displayText(body)) {
            QVERIFY(c == u'\n' || c == u'\t' || c.category() != QChar::Other_Control);
            QVERIFY(!OutsideText::isBidiControl(c.unicode()));
        }
    }

    void displayJsonKeepsTheValue()
    {
        const QJsonObject value {{u"error"_s, u"a\u202Eb\u0085c\u2069 \u001b"_s}};
        const QByteArray json = QJsonDocument(value).toJson(QJsonDocument::Compact);
        QVERIFY(json.contains("\xE2\x80\xAE")); // QJsonDocument writes it as it is
        const QByteArray shown = OutsideText::displayJson(json);
        QCOMPARE(shown, QByteArray("{\"error\":\"a\\u202eb\\u0085c\\u2069 \\u001b\"}"));
        QCOMPARE(QJsonDocument::fromJson(shown).object(), value);
    }

    void inertEncodedUrl_data()
    {
        QTest::addColumn<QByteArray>("url");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray("https://h/api/v1/customers/a%2Fb?x=%C3%A9")
                               << QByteArray("https://h/api/v1/customers/a%2Fb?x=%C3%A9");
        QTest::newRow("escape") << QByteArray("https://h/%1B%5B31m") << QByteArray("https://h/%EF%BF%BD%5B31m");
        QTest::newRow("override, lower hex")
            << QByteArray("https://h/a%e2%80%aeb") << QByteArray("https://h/a%EF%BF%BDb");
        QTest::newRow("isolate") << QByteArray("https://h/?q=%E2%81%A6") << QByteArray("https://h/?q=%EF%BF%BD");
        QTest::newRow("C1") << QByteArray("https://h/%C2%9B") << QByteArray("https://h/%EF%BF%BD");
        QTest::newRow("DEL and NUL") << QByteArray("https://h/%7F%00") << QByteArray("https://h/%EF%BF%BD%EF%BF%BD");
        QTest::newRow("other three-byte kept")
            << QByteArray("https://h/%E2%82%AC") << QByteArray("https://h/%E2%82%AC");
    }
    void inertEncodedUrl()
    {
        QFETCH(QByteArray, url);
        QFETCH(QByteArray, expected);
        QCOMPARE(OutsideText::inertEncodedUrl(url), expected);
    }
};

QTEST_GUILESS_MAIN(tst_OutsideText)
#include "tst_outsidetext.moc"
