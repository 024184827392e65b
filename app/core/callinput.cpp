#include "callinput.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TrackCall", text);
}
} // namespace

bool parseJsonObjectField(const QString &field, const QByteArray &text, QJsonObject *out, QString *error)
{
    if (text.trimmed().isEmpty()) {
        *out = QJsonObject();
        return true;
    }
    // A JSON value that is not an object (a string, a number, null) is named as such, not as bad JSON.
    const QByteArray trimmed = text.trimmed();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
        *error = tr("%1: must be a JSON object such as {\"plan\": \"pro\"}").arg(field);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonParseError gives a byte offset; people need a line and column.
        const QByteArray before = text.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
        *error = tr("%1: invalid JSON at line %2, column %3: %4")
                     .arg(field)
                     .arg(line)
                     .arg(column)
                     .arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = tr("%1: must be a JSON object such as {\"plan\": \"pro\"}").arg(field);
        return false;
    }
    *out = doc.object();
    return true;
}

bool parseTimestamp(const QString &field, const QString &text, qint64 *seconds, QString *error)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    const qint64 value = trimmed.toLongLong(&ok);
    if (ok) {
        *seconds = value;
        return true;
    }
    const QDateTime at = QDateTime::fromString(trimmed, Qt::ISODate);
    if (at.isValid() && trimmed.contains(u'T')) {
        *seconds = at.toSecsSinceEpoch();
        return true;
    }
    *error = tr("%1: expected Unix seconds such as 1764403200 or an ISO 8601 date-time such as "
                "2025-11-29T08:00:00Z (got \"%2\")")
                 .arg(field, trimmed.left(40));
    return false;
}
