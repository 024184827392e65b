#pragma once

#include "callproblem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Reading what the admin typed into a call's fields. A problem returned here has its kind and details
// set; the caller names the call and the field (CallProblem::call, ::field).

// Parses a timestamp typed as Unix seconds ("1764403200") or an ISO 8601 date-time
// ("2025-11-29T08:00:00Z", "2025-11-29T09:00:00+01:00"; without an offset it is local time). On error
// returns false and sets *problem (InvalidTimestamp). Range checks are TrackCall::validate()'s.
bool parseTimestampText(const QString &text, qint64 *seconds, CallProblem *problem);
// The same, with the problem worded for the field `field` ("--timestamp: expected Unix seconds …").
bool parseTimestamp(const QString &field, const QString &text, qint64 *seconds, QString *error);

// Parses text typed as a JSON object. Empty text is an empty object. On error returns false and sets
// *problem: InvalidJson (with the line and column) or NotJsonObject.
bool parseJsonObjectText(const QByteArray &text, QJsonObject *out, CallProblem *problem);
// The same, with the problem worded for the field `field`:
// "<field>: invalid JSON at line L, column C: <reason>".
bool parseJsonObjectField(const QString &field, const QByteArray &text, QJsonObject *out, QString *error);
