#pragma once

#include <QDateTime>
#include <QString>

class QRandomGenerator;

// ULIDs (https://github.com/ulid/spec): 26 characters of Crockford base32, a 48-bit Unix time in
// milliseconds then 80 random bits. Customer.io takes one as an event's optional "id" and drops a second
// event with the same id ("id": "A valid ULID used to deduplicate events", the event schema of the Track
// OpenAPI, https://docs.customer.io/files/journeys-track.json).
namespace Ulid {

inline constexpr int length = 26;

// A new ULID for `time` (now when not given) with bits from `random` (QRandomGenerator::system() when
// null): upper case, sortable by time.
QString generate(const QDateTime &time = {}, QRandomGenerator *random = nullptr);

// True for 26 Crockford base32 characters (either case, without I, L, O, U) whose first is 0–7 (the
// time fits 48 bits).
bool isValid(const QString &text);

} // namespace Ulid
