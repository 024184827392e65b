#include "outsidetext.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace {

using Ends = QVarLengthArray<qsizetype, 8>;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Characters that show as nothing: a server may put them inside an echoed key so that it no longer matches
// and still reads as the key.
constexpr char32_t kInvisible[] = {0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A,
                                   0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2061, 0x2062,
                                   0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF};

void addEnd(Ends &ends, qsizetype end)
{
    if (!ends.contains(end))
        ends.append(end);
}

// By hand: QString::fromUcs4() drops a byte order mark, which is one of the characters looked for.
QByteArray utf8Of(char32_t c)
{
    QByteArray out;
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
    return out;
}

const QList<QByteArray> &invisibleUtf8()
{
    static const QList<QByteArray> bytes = [] {
        QList<QByteArray> list;
        for (const char32_t c : kInvisible)
            list << utf8Of(c);
        return list;
    }();
    return bytes;
}

// Finds one secret, spelled in any of the ways SecretMask lists, at a position of a text. Every step from
// one character of the secret to the next can take a few spellings; states that led nowhere are
// remembered, so a text costs at most (length × secret length) steps.
class Matcher
{
public:
    Matcher(const QByteArray &text, const QList<char32_t> &secret)
        : m_text(text.constData())
        , m_size(text.size())
        , m_secret(secret)
    {
        for (const char32_t c : secret)
            m_utf8 << utf8Of(c);
    }

    // The end of the secret when it starts at pos, else -1.
    qsizetype matchAt(qsizetype pos)
    {
        struct Frame
        {
            qsizetype pos;
            int index; // the secret character this frame's ends follow
            Ends ends;
            qsizetype next = 0;
        };
        std::vector<Frame> stack;
        stack.push_back(Frame {pos, 0, endsOf(pos, 0)});
        while (!stack.empty()) {
            Frame &frame = stack.back();
            if (frame.next == frame.ends.size()) {
                if (frame.index > 0)
                    m_failed.insert(key(frame.pos, frame.index));
                stack.pop_back();
                continue;
            }
            const qsizetype end = frame.ends.at(frame.next++);
            const int index = frame.index + 1;
            if (index == m_secret.size())
                return end;
            if (m_failed.contains(key(end, index)))
                continue;
            Ends ends = endsOf(end, index);
            stack.push_back(Frame {end, index, std::move(ends)});
        }
        return -1;
    }

private:
    static quint64 key(qsizetype pos, int index) { return (quint64(pos) << 20) | quint64(index); }

    // Where the secret's character `index` ends when it starts at pos, with the invisible characters that
    // may follow it when it is not the last.
    Ends endsOf(qsizetype pos, int index) const
    {
        Ends ends;
        characterEnds(pos, m_secret.at(index), m_utf8.at(index), ends);
        if (index + 1 < m_secret.size()) {
            for (qsizetype i = 0; i < ends.size() && i < 64; ++i) {
                const qsizetype at = ends.at(i);
                if (at >= m_size)
                    continue;
                const char first = m_text[at];
                if (first != '%' && first != '\\' && first != '\xC2' && first != '\xE2' && first != '\xEF')
                    continue;
                for (size_t k = 0; k < std::size(kInvisible); ++k)
                    characterEnds(at, kInvisible[k], invisibleUtf8().at(qsizetype(k)), ends);
            }
        }
        return ends;
    }

    // A byte, as itself or as %XX, for which accept(byte) holds.
    template<typename Accept> void byteEnds(qsizetype pos, Accept accept, Ends &out) const
    {
        if (pos >= m_size)
            return;
        if (accept(uchar(m_text[pos])))
            addEnd(out, pos + 1);
        if (m_text[pos] == '%' && pos + 2 < m_size) {
            const int high = hexValue(m_text[pos + 1]);
            const int low = hexValue(m_text[pos + 2]);
            if (high >= 0 && low >= 0 && accept(uchar(high * 16 + low)))
                addEnd(out, pos + 3);
        }
    }

    // A sequence of bytes, each spelled either way.
    template<typename Accept> Ends sequenceEnds(const Ends &starts, int count, Accept acceptAt) const
    {
        Ends current = starts;
        for (int i = 0; i < count && !current.isEmpty(); ++i) {
            Ends next;
            for (const qsizetype at : current)
                byteEnds(
                    at, [&](uchar b) { return acceptAt(i, b); }, next);
            current = next;
        }
        return current;
    }

    // \uXXXX for one UTF-16 code unit, hex digits in either case.
    Ends escapeEnds(const Ends &starts, char16_t unit) const
    {
        return sequenceEnds(starts, 6, [unit](int i, uchar b) {
            if (i == 0)
                return b == '\\';
            if (i == 1)
                return b == 'u';
            return hexValue(char(b)) == ((unit >> (4 * (5 - i))) & 0xF);
        });
    }

    // c (whose UTF-8 is bytes) in any spelling.
    void characterEnds(qsizetype pos, char32_t c, const QByteArray &bytes, Ends &out) const
    {
        const Ends start {pos};
        for (const qsizetype end :
             sequenceEnds(start, int(bytes.size()), [&bytes](int i, uchar b) { return b == uchar(bytes.at(i)); }))
            addEnd(out, end);
        if (c <= 0xFFFF) {
            for (const qsizetype end : escapeEnds(start, char16_t(c)))
                addEnd(out, end);
        } else {
            const char16_t high = char16_t(0xD800 + ((c - 0x10000) >> 10));
            const char16_t low = char16_t(0xDC00 + ((c - 0x10000) & 0x3FF));
            for (const qsizetype end : escapeEnds(escapeEnds(start, high), low))
                addEnd(out, end);
        }
        char letter = 0;
        switch (c) {
        case '"':
            letter = '"';
            break;
        case '\\':
            letter = '\\';
            break;
        case '/':
            letter = '/';
            break;
        case '\b':
            letter = 'b';
            break;
        case '\f':
            letter = 'f';
            break;
        case '\n':
            letter = 'n';
            break;
        case '\r':
            letter = 'r';
            break;
        case '\t':
            letter = 't';
            break;
        default:
            break;
        }
        if (letter) {
            const Ends ends =
                sequenceEnds(start, 2, [letter](int i, uchar b) { return b == uchar(i == 0 ? '\\' : letter); });
            for (const qsizetype end : ends)
                addEnd(out, end);
        }
    }

    const char *m_text;
    qsizetype m_size;
    const QList<char32_t> &m_secret;
    QList<QByteArray> m_utf8; // of each character of the secret
    QSet<quint64> m_failed;
};

} // namespace

SecretMask::SecretMask(const QList<QString> &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.isEmpty())
            continue;
        QList<char32_t> codePoints;
        for (const uint c : secret.toUcs4())
            codePoints.append(char32_t(c));
        if (!m_secrets.contains(codePoints))
            m_secrets.append(codePoints);
    }
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
                     [](const QList<char32_t> &a, const QList<char32_t> &b) { return a.size() > b.size(); });
}

SecretMask SecretMask::forCall(const QString &siteId, const QString &trackApiKey, const QString &appApiKey,
                               const QString &pipelinesApiKey)
{
    QList<QString> secrets;
    // Each key as it is, in capitals and in small letters (a host name in a Location is lowercased), as
    // hexadecimal, and as base64 of the key alone.
    for (const QString &key : {trackApiKey, appApiKey, pipelinesApiKey}) {
        if (key.isEmpty())
            continue;
        const QByteArray utf8 = key.toUtf8();
        secrets << key << key.toLower() << key.toUpper() << QString::fromLatin1(utf8.toHex())
                << QString::fromLatin1(utf8.toHex().toUpper());
        for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            secrets << QString::fromLatin1(utf8.toBase64(options));
            secrets << QString::fromLatin1(utf8.toBase64(options | QByteArray::OmitTrailingEquals));
        }
    }
    secrets.removeDuplicates();
    QList<QByteArray> pairs;
    if (!trackApiKey.isEmpty())
        pairs << siteId.toUtf8() + ':' + trackApiKey.toUtf8();
    if (!pipelinesApiKey.isEmpty())
        pairs << pipelinesApiKey.toUtf8() + ':';
    for (const QByteArray &pair : pairs) {
        for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            secrets << QString::fromLatin1(pair.toBase64(options));
            secrets << QString::fromLatin1(pair.toBase64(options | QByteArray::OmitTrailingEquals));
        }
    }
    return SecretMask(secrets);
}

QString SecretMask::masked()
{
    return QStringLiteral("•••");
}

QByteArray SecretMask::apply(const QByteArray &text) const
{
    if (m_secrets.isEmpty() || text.isEmpty())
        return text;
    std::vector<Matcher> matchers;
    matchers.reserve(m_secrets.size());
    QByteArray firstBytes; // the first byte of each secret, raw: other spellings start with '%' or '\\'
    for (const QList<char32_t> &secret : m_secrets) {
        matchers.emplace_back(text, secret);
        firstBytes += utf8Of(secret.first()).at(0);
    }
    const QByteArray replacement = masked().toUtf8();
    QByteArray result;
    qsizetype copiedTo = 0;
    for (qsizetype pos = 0; pos < text.size();) {
        qsizetype end = -1;
        const char byte = text.at(pos);
        for (qsizetype i = 0; i < m_secrets.size() && end < 0; ++i) {
            if (byte == '%' || byte == '\\' || byte == firstBytes.at(i))
                end = matchers[size_t(i)].matchAt(pos);
        }
        if (end < 0) {
            ++pos;
            continue;
        }
        result += QByteArrayView(text).sliced(copiedTo, pos - copiedTo);
        result += replacement;
        pos = copiedTo = end;
    }
    if (copiedTo == 0)
        return text;
    result += QByteArrayView(text).sliced(copiedTo);
    return result;
}

QString SecretMask::apply(const QString &text) const
{
    if (m_secrets.isEmpty() || text.isEmpty())
        return text;
    const QByteArray utf8 = text.toUtf8();
    const QByteArray masked = apply(utf8);
    return masked.size() == utf8.size() && masked == utf8 ? text : QString::fromUtf8(masked);
}

namespace OutsideText {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

bool isInvisible(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Format: // bidi controls, zero-width characters, the BOM, the soft hyphen, tags
    case QChar::Other_PrivateUse:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        break;
    }
    // Characters that show as nothing though Unicode does not class them as format characters
    // (Default_Ignorable_Code_Point, https://www.unicode.org/reports/tr44/), and noncharacters.
    return c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5 || (c >= 0x180B && c <= 0x180F)
        || c == 0x2800 || c == 0x3164 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFFA0 || (c >= 0xE0100 && c <= 0xE01EF)
        || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

QString inertLine(const QString &text)
{
    QString result = text;
    for (qsizetype i = 0; i < result.size(); ++i) {
        const QChar c = result.at(i);
        if (c.category() == QChar::Other_Control)
            result[i] = u' ';
        else if (isBidiControl(c.unicode()))
            result[i] = QChar::ReplacementCharacter;
        else if (c.isHighSurrogate() && i + 1 < result.size() && result.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            result[i] = QChar::ReplacementCharacter;
    }
    return result;
}

QString displayText(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            continue;
        if (c == u'\n' || c == u'\t') {
            result += c;
        } else if (c.category() == QChar::Other_Control || isBidiControl(c.unicode())) {
            result += QChar::ReplacementCharacter;
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            result += c;
            result += text.at(++i);
        } else if (c.isSurrogate()) {
            result += QChar::ReplacementCharacter;
        } else {
            result += c;
        }
    }
    return result;
}

QString displayText(const QByteArray &utf8)
{
    return displayText(QString::fromUtf8(utf8));
}

QByteArray displayJson(const QByteArray &json)
{
    QByteArray result;
    result.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const uchar b = uchar(json.at(i));
        const uchar next = i + 1 < json.size() ? uchar(json.at(i + 1)) : 0;
        const uchar third = i + 2 < json.size() ? uchar(json.at(i + 2)) : 0;
        if (b == 0xC2 && next >= 0x80 && next <= 0x9F) {
            result += "\\u00" + QByteArray::number(next, 16);
            i += 1;
        } else if (b == 0xE2
                   && ((next == 0x80 && third >= 0xAA && third <= 0xAE)
                       || (next == 0x81 && third >= 0xA6 && third <= 0xA9))) {
            const int c = 0x2000 + ((next & 0x3F) << 6) + (third & 0x3F);
            result += "\\u" + QByteArray::number(c, 16);
            i += 2;
        } else {
            result += char(b);
        }
    }
    return result;
}

QByteArray inertEncodedUrl(const QByteArray &encodedUrl)
{
    static const QByteArray replacement = QByteArrayLiteral("%EF%BF%BD");
    // The byte of %XX at i, or -1.
    const auto encodedAt = [&encodedUrl](qsizetype i) {
        if (i + 2 >= encodedUrl.size() || encodedUrl.at(i) != '%')
            return -1;
        const int high = hexValue(encodedUrl.at(i + 1));
        const int low = hexValue(encodedUrl.at(i + 2));
        return high < 0 || low < 0 ? -1 : high * 16 + low;
    };
    QByteArray result;
    result.reserve(encodedUrl.size());
    for (qsizetype i = 0; i < encodedUrl.size();) {
        const uchar raw = uchar(encodedUrl.at(i));
        const int b0 = encodedAt(i);
        if (b0 < 0) {
            if (raw < 0x20 || raw == 0x7F)
                result += replacement;
            else
                result += char(raw);
            ++i;
            continue;
        }
        const int b1 = encodedAt(i + 3);
        const int b2 = b1 < 0 ? -1 : encodedAt(i + 6);
        if (b0 == 0xE2 && ((b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9))) {
            result += replacement;
            i += 9;
        } else if (b0 == 0xC2 && b1 >= 0x80 && b1 <= 0x9F) {
            result += replacement;
            i += 6;
        } else if (b0 < 0x20 || b0 == 0x7F) {
            result += replacement;
            i += 3;
        } else {
            result += QByteArrayView(encodedUrl).sliced(i, 3);
            i += 3;
        }
    }
    return result;
}

} // namespace OutsideText
