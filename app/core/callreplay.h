#pragma once

#include "calltemplates.h"
#include "requestrecord.h"
#include "trackcall.h"

#include <QString>

#include <optional>

// Replay: the call a stored row sent, rebuilt from the row (its call, path and request body) so that it
// can be sent again through the normal checks (TrackCall::validate()), or opened in the composer. The
// rebuilt call is checked against the row: it must encode to the same path and an equal JSON body,
// otherwise it is refused, never sent differently. An imported row (RequestRecord::isImported()) is
// never replayed, nor a row whose call the console cannot send again.
namespace CallReplay {

// The call, or nullopt with *why ("call #12 was imported from a HAR file; …").
std::optional<TrackCall> rebuild(const RequestRecord &record, QString *why);
// The call as the composer's fields, routed as the row was (its first host's region).
ComposedCall composition(const TrackCall &call, Region route);

} // namespace CallReplay
