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
};
// The name used on the command line (`send <name>`), in the log and in exports: "region", "identify",
// "delete", "event", "page", "anonymous", "screen", "add-device", "delete-device", "suppress",
// "unsuppress", "merge", "entity", "batch", "app-key-check", "form-submit", "segment-add", "segment-remove".
QString callName(CallKind kind);
// The kind named by callName(), or nothing for an unknown name.
std::optional<CallKind> callFromName(const QString &name);
// Every kind, in declaration order.
QList<CallKind> allCallKinds();
