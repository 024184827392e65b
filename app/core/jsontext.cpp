#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace JsonText {

void appendString(QByteArray &out, const QString &text)
{
    const qsizetype start = out.size();
    out.reserve(start + text.size() + 2);
    out += '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\') {
            // Escapes and UTF-8 as Qt writes them: "[...]" without its brackets.
            out.truncate(start);
            const QByteArray one = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
            out += QByteArrayView(one).sliced(1, one.size() - 2);
            return;
        }
        out += char(u);
    }
    out += '"';
}

} // namespace JsonText
