#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Request validation of the sandbox Pipelines API, as pure functions. Each returns the message the
// sandbox puts in a strict 400 body {"meta":{"errors":["<message>"]}} (the shape of the Pipelines OpenAPI's
// components.responses 400, https://docs.customer.io/files/pipelines.json; the messages are the sandbox's
// own) and records as the reason of a dropped call, or an empty string when the input is valid.
//
// What is checked (docs/customerio-api.md, Pipelines API; docs/sandbox.md, Pipelines):
// - sizes in bytes: a request other than /batch at most maxCallBytes as sent, a /batch request at most
//   maxBatchBytes as sent and each of its calls at most maxCallBytes as compact JSON ("A request is limited
//   to 32KB. A batch request is limited to 500KB total and 32KB per call": the smaller reading of KB);
// - identify, track, page, screen and group: a userId or an anonymousId, each a non-empty string or a
//   number; identify also takes neither when traits.email is given ("you can pass an empty userId or
//   anonymousId, and identify people by their email trait", the OpenAPI's /identify); the reporting
//   events (Report Delivery Event, Report Content Event) need no id (their schemas require none);
// - track: a non-empty event; group: a non-empty groupId; alias: userId and previousId (alias.required);
// - timestamp, when given: an ISO 8601 date-time with a time zone (common_fields, "format": "date-time");
// - traits, properties and context, when given: objects;
// - the semantic events' required members, from the OpenAPI's schemas: Device Created or Updated and
//   Device Deleted userId and context.device.token (create_update_device, delete_device); User Deleted,
//   User Suppressed, User Unsuppressed userId; Relationship Deleted userId and properties.objectId
//   (relationship_deleted); Object Deleted anonymousId and properties (group_deleted); Report Delivery
//   Event properties; Report Content Event properties.actionType (report_content_event names it
//   activityType among its required members but defines only actionType);
// - /batch: {"batch":[call...]}, non-empty, each call with a "type" of identify, track, page, screen,
//   group or alias (alias as customerio-node sends it, though the /batch description lists five types).
//   The batch's own "context" and "integrations" apply to each of its calls ("In a batch request, the
//   context and integrations objects apply to all calls in the request"): a call without its own gets the
//   batch's before it is checked.
namespace SandboxPipelinesRules {

inline constexpr int maxCallBytes = 32000;
inline constexpr int maxBatchBytes = 500000;

// "identify", "track", "page", "screen", "group", "alias": the calls with a path of their own and the types
// a /batch call may have.
const QStringList &callTypes();

// One call of type (one of callTypes()), given as the request body or as a /batch item.
QString callError(const QString &type, const QJsonObject &call);

// The body of POST /v1/<path> where path is one of callTypes() or "batch". On success sets *calls to the
// calls it carries, each with its "type" (the one call, or each /batch item with the batch's context and
// integrations applied); *calls is left alone on error.
QString requestError(const QString &path, const QByteArray &body, QList<QJsonObject> *calls);

} // namespace SandboxPipelinesRules
