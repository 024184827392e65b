#pragma once

#include <QList>
#include <QString>

#include <optional>

// The calls the console sends. Their methods, paths, fields and where each field goes on the wire are
// described once, in the call shapes (callshape.h). Track API: https://docs.customer.io/api/track/ and its
// OpenAPI document https://docs.customer.io/files/journeys-track.json.
enum class CallKind {
    Region, // GET    /api/v1/accounts/region
    Identify, // PUT    /api/v1/customers/{identifier}          body: attributes
    DeletePerson, // DELETE /api/v1/customers/{identifier}
    Event, // POST   /api/v1/customers/{identifier}/events   body: {name, data?, timestamp?}
    PageView, // POST   /api/v1/customers/{identifier}/events   body: {name: URL, type: "page", ...}
    AnonymousEvent, // POST   /api/v1/events                          body: {name, anonymous_id, data?}
    ScreenView, // POST   /api/v1/customers/{identifier}/events   body: {name: screen, type: "screen", ...}
    AddDevice, // PUT    /api/v1/customers/{identifier}/devices  body: {device: {id, platform, last_used?,
               //                                                        attributes?}}
    DeleteDevice, // DELETE /api/v1/customers/{identifier}/devices/{device id}
    Suppress, // POST   /api/v1/customers/{identifier}/suppress   no body
    Unsuppress, // POST   /api/v1/customers/{identifier}/unsuppress no body
    Merge, // POST   /api/v1/merge_customers  body: {primary: {<id|email|cio_id>: v}, secondary: {...}}
    Entity, // POST   /api/v2/entity   body: one operation as composed (data)
    Batch, // POST   /api/v2/batch    body: {batch: [operations]} as composed (data)
    AppKeyCheck, // GET    /v1/segments on an App API host, Bearer App API key: a read-only probe of the key
                 // (https://docs.customer.io/integrations/api/app/tag/segments/listSegments/)
    FormSubmit, // POST   /api/v1/forms/{form_id}/submit   body: {data: {id|email, fields...}}; 204
    SegmentAdd, // POST   /api/v1/segments/{segment_id}/add_customers     body: {ids: [ids]}
    SegmentRemove, // POST   /api/v1/segments/{segment_id}/remove_customers  body: {ids: [ids]}
    // Pipelines API (https://docs.customer.io/integrations/api/cdp/; the OpenAPI document
    // https://docs.customer.io/files/pipelines.json): POST, camelCase JSON, on the Pipelines host.
    PipelinesIdentify, // POST /v1/identify  {userId|anonymousId, traits?}
    PipelinesTrack, // POST /v1/track     {userId|anonymousId, event, properties?}
    PipelinesPage, // POST /v1/page      {userId|anonymousId, name, properties?}
    PipelinesScreen, // POST /v1/screen    {userId|anonymousId, name, properties?}
    PipelinesGroup, // POST /v1/group     {userId|anonymousId, groupId, traits?}
    PipelinesAlias, // POST /v1/alias     {previousId, userId}
    PipelinesBatch, // POST /v1/batch     {batch: [typed calls]} as composed
    // Semantic events: POST /v1/track with a reserved "event" (docs.customer.io, "Customer.io events",
    // https://docs.customer.io/integrations/data-in/semantic-events/cio-journeys/).
    PipelinesDeviceCreated, // "Device Created or Updated"  {userId, context.device.token, context.device.type?}
    PipelinesDeviceDeleted, // "Device Deleted"             {userId, context.device.token, context.device.type?}
    PipelinesUserDeleted, // "User Deleted"                 {userId}
    PipelinesUserSuppressed, // "User Suppressed"           {userId}
    PipelinesUserUnsuppressed, // "User Unsuppressed"       {userId}
    PipelinesRelationshipDeleted, // "Relationship Deleted" {userId, properties.objectId, .objectTypeId?}
    PipelinesObjectDeleted, // "Object Deleted"             {anonymousId, properties.objectId, .objectTypeId?}
    PipelinesReportDelivery, // "Report Delivery Event"     {properties.deliveryId, .metric, .recipient?}
    PipelinesReportContent, // "Report Content Event"       {properties.actionType, .contentId?, .templateId?}
};
// The name used on the command line (`send <name>`), in the log and in exports: "region", "identify",
// "delete", "event", "page", "anonymous", "screen", "add-device", "delete-device", "suppress",
// "unsuppress", "merge", "entity", "batch", "app-key-check", "form-submit", "segment-add", "segment-remove".
// Pipelines calls (`send --api pipelines <name>`): "identify", "track", "page", "screen", "group",
// "alias", "batch", and the semantic events "device-created", "device-deleted", "user-deleted",
// "user-suppressed", "user-unsuppressed", "relationship-deleted", "object-deleted", "report-delivery",
// "report-content". A name is unique within its API only: "identify" is a Track and a Pipelines call.
QString callName(CallKind kind);
// The Track (v1, v2) or App API kind named by callName(), or nothing for an unknown name. Never a
// Pipelines call: `send identify` stays the Track call.
std::optional<CallKind> callFromName(const QString &name);
// The kind named by callName() within an API: "pipelines" for the Pipelines calls, anything else (""
// or "track") as callFromName(name).
std::optional<CallKind> callFromName(const QString &name, const QString &api);
// True for the Pipelines API's calls.
bool isPipelinesCall(CallKind kind);
// The name a call is stored under in the request log: callName() for Track and App API calls (so rows
// written before the Pipelines API keep their names), "pipelines-" + callName() for Pipelines calls.
// Unique across APIs.
QString storedCallName(CallKind kind);
// The kind of a stored name, or nothing.
std::optional<CallKind> callFromStoredName(const QString &name);
// Every kind, in declaration order.
QList<CallKind> allCallKinds();
