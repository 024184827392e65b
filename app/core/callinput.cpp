#include "callinput.h"

#include "jsonduplicates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CallInput)
};

// What the parser expected where it stopped, in plain words: Qt names a missing comma between two members
// "unterminated object".
QString expected(const QJsonParseError &error)
{
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
        return Text::tr("expected a comma before the next member, or } to end the object");
    case QJsonParseError::UnterminatedArray:
        return Text::tr("expected a comma before the next value, or ] to end the array");
    case QJsonParseError::MissingNameSeparator:
        return Text::tr("expected a colon after the member's name");
    case QJsonParseError::MissingValueSeparator:
        return Text::tr("expected a comma between two values");
    case QJsonParseError::IllegalValue:
        return Text::tr("expected a value: a \"string\", a number, true, false, null, an object or an array");
    case QJsonParseError::UnterminatedString:
        return Text::tr("expected a closing double quote");
    default:
        break;
    }
    return error.errorString();
}
} // namespace

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
        problem->detail = expected(parseError);
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
