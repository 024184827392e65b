#pragma once

#include "callproblem.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The checks TrackCall::validate() applies to the fields of every API's calls (trackcallvalidation.cpp).
// Internal to cio_core.
namespace CallChecks {
using Kind = CallProblem::Kind;
using Problems = QList<CallProblem>;

qsizetype utf8Size(const QString &s);
// UTF-8 bytes of the object as compact JSON: what is sent.
qsizetype compactSize(const QJsonObject &o);
// A problem at the place of `at` (its call, field, item and key).
void add(Problems *out, CallProblem at, Kind kind, qint64 limit = 0, qint64 got = 0, const QString &detail = {});
// The place of the member `key` inside `at`.
CallProblem within(CallProblem at, const QString &key);
// Text that cannot be sent as typed: lone surrogates (they would be sent as '?') and control characters;
// and text that is not what it shows: format characters (bidi controls, zero-width characters, the BOM)
// make two different identifiers look the same in Customer.io and in this console.
std::optional<Kind> unsendable(const QString &text, QString *detail = nullptr, qint64 *position = nullptr);
void addUnsendable(Problems *out, const CallProblem &at, const QString &text);
// A person's identifier: required, sendable text, no surrounding spaces, at most maxBytes (0: no limit). As
// a path segment "." and ".." are refused too: HTTP clients and servers resolve them, so the call would
// reach another endpoint (/api/v1/customers/../events is /api/v1/events).
void checkPerson(const CallProblem &at, const QString &value, bool pathSegment, qint64 maxBytes, Problems *out);
// An anonymous ID or a device token: the same, except that only spaces count as missing.
void checkToken(const CallProblem &at, const QString &value, bool pathSegment, qint64 maxBytes, Problems *out);
// An event name: sendable, not blank, at most maxBytes.
void checkEventName(const CallProblem &at, const QString &name, qint64 maxBytes, Problems *out);
} // namespace CallChecks
