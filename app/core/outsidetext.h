#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Text that comes from outside the console (a server's answer, a redirect's Location, an error a server
// wrote) may hold a secret the server echoed back, and characters that act on a terminal. SecretMask
// finds the secrets in every spelling; OutsideText makes text inert for storing and for display.

// Every occurrence of a set of secrets in a text, in any of the spellings a server or a proxy may use,
// replaced by "•••" (masked()):
// - raw UTF-8;
// - JSON-escaped: any character as \uXXXX (either hex case; a pair of surrogate escapes beyond the BMP),
//   and \" \\ \/ \b \f \n \r \t where JSON has them (RFC 8259 §7);
// - percent-encoded: any subset of the UTF-8 bytes as %XX, either hex case, also under the JSON escapes
//   (RFC 3986 §2.1);
// - split by invisible characters (zero-width, bidi controls, the BOM, the soft hyphen) in any of the
//   spellings above.
// Secrets are matched as themselves, including inside longer words: the console refuses keys shorter than
// MinApiKeyLength (validateApiKey()), so a secret is never an ordinary word.
class SecretMask
{
public:
    SecretMask() = default;
    // Empty secrets are ignored.
    explicit SecretMask(const QList<QString> &secrets);

    // The secrets of a call: the Track API key, the App API key and the Pipelines API key, each as it is,
    // in capitals, in small letters, as hexadecimal and as base64; the HTTP Basic credentials
    // "siteId:trackApiKey" and "pipelinesApiKey:" (the Pipelines key with an empty password) as base64
    // (RFC 7617). Base64 in the standard and the URL-safe alphabet (RFC 4648 §4, §5), with and without
    // padding. Empty keys are left out.
    static SecretMask forCall(const QString &siteId, const QString &trackApiKey, const QString &appApiKey,
                              const QString &pipelinesApiKey = QString());

    static QString masked(); // "•••"

    bool isEmpty() const { return m_secrets.isEmpty(); }
    QByteArray apply(const QByteArray &text) const;
    QString apply(const QString &text) const;

private:
    QList<QList<char32_t>> m_secrets; // code points; longest first, so a longer secret is never cut by a shorter one
};

namespace OutsideText {

// U+202A–U+202E (embeddings and overrides), U+2066–U+2069 (isolates) and the marks U+200E, U+200F and
// U+061C: they reorder what a terminal or a label shows (Unicode Bidirectional Algorithm, UAX #9 §2).
bool isBidiControl(char32_t c);

// A character that shows as nothing or as a blank: format characters (Unicode category Cf: bidi
// controls, zero-width characters, the BOM, the soft hyphen), private use, line and paragraph
// separators, the default-ignorable fillers and selectors (Hangul fillers, the braille blank, the
// combining grapheme joiner, variation selectors) and noncharacters. Identifiers and keys with one look
// like others that are not the same.
bool isInvisible(char32_t c);

// One line of outside text as the record keeps it (a header value, an error, a warning, a host label):
// every control character (C0 including tab and line breaks, DEL, C1) becomes a space, every bidi control
// U+FFFD. Nothing is removed, so no two parts of the text join into something new (a split key stays
// split).
QString inertLine(const QString &text);

// Outside text, such as a response body, as a terminal or a window may show it. Invalid UTF-8 becomes
// U+FFFD; CR LF becomes LF; tab and LF stay; any other control character and every bidi control becomes
// U+FFFD. The CLI and the window print bodies only through this.
QString displayText(const QByteArray &utf8);
QString displayText(const QString &text);

// JSON text (QJsonDocument::toJson() output) safe to print: the bidi controls and the C1 control
// characters, which QJsonDocument writes as they are, become \uXXXX escapes. The JSON value is unchanged.
QByteArray displayJson(const QByteArray &json);

// A URL as text (QUrl::FullyEncoded) whose percent-encoded control characters and bidi controls are
// replaced by %EF%BF%BD (U+FFFD), so that no decoded form of it can act on a terminal.
QByteArray inertEncodedUrl(const QByteArray &encodedUrl);

} // namespace OutsideText
