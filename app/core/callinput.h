#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Reading what the admin typed into a call's fields.

// Parses a timestamp typed as Unix seconds ("1764403200") or an ISO 8601 date-time
// ("2025-11-29T08:00:00Z", "2025-11-29T09:00:00+01:00"; without an offset it is local time). On error
// returns false and sets *error naming the field and the accepted forms. Range checks are
// TrackCall::validate()'s.
bool parseTimestamp(const QString &field, const QString &text, qint64 *seconds, QString *error);

// Parses text the admin typed as a JSON object. On error returns false and sets *error to
// "<field>: invalid JSON at line L, column C: <reason>". Empty text is an empty object.
bool parseJsonObjectField(const QString &field, const QByteArray &text, QJsonObject *out, QString *error);
