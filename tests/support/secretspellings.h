#pragma once

// The spellings of a secret a hostile server may echo back, each made by its own recipe (not by the
// console's SecretMask, which the tests check against them).
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace SecretSpellings {

inline QByteArray percentAll(const QByteArray &utf8, bool lower)
{
    QByteArray out;
    for (const char c : utf8) {
        const QByteArray hex = QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        out += '%' + (lower ? hex.toLower() : hex.toUpper());
    }
    return out;
}

inline QByteArray unicodeEscapes(const QString &text, bool lower)
{
    QByteArray out;
    for (const QChar c : text) {
        const QByteArray hex = QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
        out += "\\u" + (lower ? hex.toLower() : hex.toUpper());
    }
    return out;
}

// Every spelling a server or a proxy may use for a secret, each by its own recipe (the Basic pair with
// siteId).
inline QList<std::pair<const char *, QByteArray>> of(const QString &siteId, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray quoted = QJsonDocument(QJsonArray {secret}).toJson(QJsonDocument::Compact);
    const QByteArray jsonEscaped = quoted.mid(2, quoted.size() - 4);
    QByteArray mixedCase = percentAll(utf8, false);
    for (qsizetype i = 1; i < mixedCase.size(); i += 6)
        mixedCase[i] = char(QChar::toLower(char16_t(mixedCase.at(i))));
    QByteArray someBytes; // only every other byte encoded
    for (qsizetype i = 0; i < utf8.size(); ++i)
        someBytes += i % 2 ? percentAll(utf8.mid(i, 1), false) : utf8.mid(i, 1);
    QByteArray zeroWidth = utf8;
    zeroWidth.insert(3, "\xe2\x80\x8b"); // U+200B inside the key
    const QByteArray pair = siteId.toUtf8() + ':' + utf8;
    return {
        {"raw", utf8},
        {"json", jsonEscaped},
        {"json solidus", QByteArray(jsonEscaped).replace("/", "\\/")},
        {"json \\u lower", unicodeEscapes(secret, true)},
        {"json \\u upper", unicodeEscapes(secret, false)},
        {"percent upper", percentAll(utf8, false)},
        {"percent lower", percentAll(utf8, true)},
        {"percent mixed case", mixedCase},
        {"percent some bytes", someBytes},
        {"percent as QUrl", QUrl::toPercentEncoding(secret)},
        {"zero-width inside", zeroWidth},
        {"small letters", secret.toLower().toUtf8()},
        {"capitals", secret.toUpper().toUtf8()},
        {"hexadecimal", utf8.toHex()},
        {"base64 of the key alone", utf8.toBase64()},
        {"base64url of the key alone", utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)},
        {"base64 of site:key", pair.toBase64()},
        {"base64url no padding", pair.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)},
    };
}

} // namespace SecretSpellings
