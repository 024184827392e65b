#include "callinput.h"

#include "jsonduplicates.h"

#include <QDateTime>
#include <QJsonDocument>

bool parseJsonObjectText(const QByteArray &text, QJsonObject *out, CallProblem *problem)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *out = QJsonObject();
        return true;
    }
    // A JSON value that is not an object (a string, a number, null) is named as such, not as bad JSON.
    if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
        problem->kind = CallProblem::Kind::NotJsonObject;
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonParseError gives a byte offset; people need a line and column.
        const QByteArray before = text.left(parseError.offset);
        problem->kind = CallProblem::Kind::InvalidJson;
        problem->line = int(before.count('\n')) + 1;
        problem->column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
        problem->detail = parseError.errorString();
        return false;
    }
    if (!doc.isObject()) {
        problem->kind = CallProblem::Kind::NotJsonObject;
        return false;
    }
    if (const std::optional<DuplicateJsonKey> duplicate = firstDuplicateJsonKey(text)) {
        problem->kind = CallProblem::Kind::DuplicateKey;
        problem->detail = duplicate->key;
        problem->line = duplicate->line;
        problem->column = duplicate->column;
        return false;
    }
    *out = doc.object();
    return true;
}

bool parseJsonObjectField(const QString &field, const QByteArray &text, QJsonObject *out, QString *error)
{
    CallProblem problem;
    if (parseJsonObjectText(text, out, &problem))
        return true;
    *error = describeProblem(problem, field);
    return false;
}

bool parseTimestampText(const QString &text, qint64 *seconds, CallProblem *problem)
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
    problem->kind = CallProblem::Kind::InvalidTimestamp;
    problem->detail = trimmed.left(40);
    return false;
}

bool parseTimestamp(const QString &field, const QString &text, qint64 *seconds, QString *error)
{
    CallProblem problem;
    if (parseTimestampText(text, seconds, &problem))
        return true;
    *error = describeProblem(problem, field);
    return false;
}
