// The Pipelines API's call shapes. Fields and required members follow the Pipelines OpenAPI document
// (https://docs.customer.io/files/pipelines.json, copied in api-evangelist/customer-io
// openapi/_original/customer-io-pipelines-api-openapi.json), customerio-node's lib/pipelines.ts and
// docs.customer.io's "Customer.io events" page for the semantic events; docs/customerio-api.md, Pipelines
// API, lists each with its source and what stays unconfirmed.
#include "callshapepipelines.h"

namespace {
using Type = CallField::Type;
using Wire = CallField::Wire;

CallField field(const QString &id, const char *label, const char *hint, Type type, bool required,
                const QString &wireKey, const QString &cliOption, const QString &cliValueName)
{
    return CallField::make(id, label, hint, type, required, Wire::Body, wireKey, cliOption, cliValueName);
}

// identify, track, page, screen and group name a person by userId or anonymousId, one of them at least
// (the OpenAPI document's "Known User" and "Anonymous User"; customerio-node throws without either).
// validate() asks for one when both are optional.
CallField userId(bool required)
{
    return field(CallFields::UserId, QT_TRANSLATE_NOOP("CallShape", "User ID"),
                 required ? QT_TRANSLATE_NOOP("CallShape", "the person's userId")
                          : QT_TRANSLATE_NOOP("CallShape", "userId; this or an anonymous ID"),
                 Type::Text, required, QStringLiteral("userId"), QStringLiteral("user-id"), QStringLiteral("ID"));
}

CallField anonymousId(bool required)
{
    return field(CallFields::AnonymousId, QT_TRANSLATE_NOOP("CallShape", "Anonymous ID"),
                 required ? QT_TRANSLATE_NOOP("CallShape", "anonymousId")
                          : QT_TRANSLATE_NOOP("CallShape", "anonymousId; this or a user ID"),
                 Type::Text, required, QStringLiteral("anonymousId"), QStringLiteral("anonymous-id"),
                 QStringLiteral("ID"));
}

CallField object(const QString &id, const char *label, const char *hint, const QString &wireKey)
{
    return field(id, label, hint, Type::JsonObject, false, wireKey, wireKey, QStringLiteral("JSON"));
}

CallField traits()
{
    return object(CallFields::Traits, QT_TRANSLATE_NOOP("CallShape", "Traits"), "{\"email\": \"ada@example.com\"}",
                  QStringLiteral("traits"));
}

CallField properties()
{
    return object(CallFields::Properties, QT_TRANSLATE_NOOP("CallShape", "Properties"), "{\"plan\": \"pro\"}",
                  QStringLiteral("properties"));
}

// "timestamp": an ISO 8601 date-time ("format": "date-time", RFC 3339), when the call happened.
CallField timestamp()
{
    return field(CallFields::Timestamp, QT_TRANSLATE_NOOP("CallShape", "Timestamp"),
                 QT_TRANSLATE_NOOP("CallShape", "optional, e.g. 2025-11-29T08:00:00Z"), Type::IsoTimestamp, false,
                 QStringLiteral("timestamp"), QStringLiteral("timestamp"), QStringLiteral("ISO8601"));
}

// "messageId": de-duplicates a call; the official clients fill in a UUID when none is given.
CallField messageId()
{
    return field(CallFields::MessageId, QT_TRANSLATE_NOOP("CallShape", "Message ID"),
                 QT_TRANSLATE_NOOP("CallShape", "optional, drops repeats"), Type::Text, false,
                 QStringLiteral("messageId"), QStringLiteral("message-id"), QStringLiteral("ID"));
}

CallField choice(const QString &id, const char *label, bool required, const QString &wireKey, const QString &cliOption,
                 const QString &valueName, const QStringList &choices)
{
    CallField f = field(id, label, "", Type::Choice, required, wireKey, cliOption, valueName);
    f.choices = choices;
    return f;
}

CallField number(const QString &id, const char *label, const char *hint, const QString &wireKey,
                 const QString &cliOption)
{
    return field(id, label, hint, Type::Integer, false, wireKey, cliOption, QStringLiteral("N"));
}

CallShape shape(CallKind kind, const char *title, const QString &call, QList<CallField> fields)
{
    CallShape s;
    s.kind = kind;
    s.titleText = title;
    s.method = QByteArrayLiteral("POST");
    s.path = QStringLiteral("/v1/") + call;
    fields << timestamp() << messageId();
    s.fields = fields;
    return s;
}

// A semantic event: a /v1/track call whose "event" is the reserved name.
CallShape semantic(CallKind kind, const char *title, const char *event, const QList<CallField> &fields)
{
    CallShape s = shape(kind, title, QStringLiteral("track"), fields);
    s.fixedBody.insert(QStringLiteral("event"), QString::fromLatin1(event));
    return s;
}

QList<CallShape> semanticEvents()
{
    CallField token =
        field(CallFields::DeviceToken, QT_TRANSLATE_NOOP("CallShape", "Device token"),
              QT_TRANSLATE_NOOP("CallShape", "the push token (context.device.token)"), Type::Text, true,
              QStringLiteral("context.device.token"), QStringLiteral("device-token"), QStringLiteral("TOKEN"));
    CallField type = choice(CallFields::Platform, QT_TRANSLATE_NOOP("CallShape", "Platform"), false,
                            QStringLiteral("context.device.type"), QStringLiteral("platform"),
                            QStringLiteral("PLATFORM"), {QStringLiteral("ios"), QStringLiteral("android")});
    CallField objectId = field(
        CallFields::ObjectId, QT_TRANSLATE_NOOP("CallShape", "Object ID"), QT_TRANSLATE_NOOP("CallShape", "e.g. acme"),
        Type::Text, true, QStringLiteral("properties.objectId"), QStringLiteral("object-id"), QStringLiteral("ID"));
    CallField objectTypeId = number(CallFields::ObjectTypeId, QT_TRANSLATE_NOOP("CallShape", "Object type ID"),
                                    QT_TRANSLATE_NOOP("CallShape", "optional, 1 when left out"),
                                    QStringLiteral("properties.objectTypeId"), QStringLiteral("object-type-id"));
    CallField deliveryId =
        field(CallFields::DeliveryId, QT_TRANSLATE_NOOP("CallShape", "Delivery ID"), "", Type::Text, true,
              QStringLiteral("properties.deliveryId"), QStringLiteral("delivery-id"), QStringLiteral("ID"));
    CallField metric = choice(CallFields::Metric, QT_TRANSLATE_NOOP("CallShape", "Metric"), true,
                              QStringLiteral("properties.metric"), QStringLiteral("metric"), QStringLiteral("METRIC"),
                              {QStringLiteral("delivered"), QStringLiteral("opened"), QStringLiteral("clicked"),
                               QStringLiteral("converted")});
    CallField recipient =
        field(CallFields::Recipient, QT_TRANSLATE_NOOP("CallShape", "Recipient"),
              QT_TRANSLATE_NOOP("CallShape", "optional: the address or token the message went to"), Type::Text, false,
              QStringLiteral("properties.recipient"), QStringLiteral("recipient"), QStringLiteral("ADDRESS"));
    CallField actionType =
        choice(CallFields::ActionType, QT_TRANSLATE_NOOP("CallShape", "Action"), true,
               QStringLiteral("properties.actionType"), QStringLiteral("action-type"), QStringLiteral("ACTION"),
               {QStringLiteral("viewed_content"), QStringLiteral("clicked_content")});
    CallField contentId = number(CallFields::ContentId, QT_TRANSLATE_NOOP("CallShape", "Content ID"), "",
                                 QStringLiteral("properties.contentId"), QStringLiteral("content-id"));
    CallField templateId = number(CallFields::TemplateId, QT_TRANSLATE_NOOP("CallShape", "Template ID"), "",
                                  QStringLiteral("properties.templateId"), QStringLiteral("template-id"));
    return {
        semantic(CallKind::PipelinesDeviceCreated, QT_TRANSLATE_NOOP("CallShape", "Pipelines: create or update device"),
                 "Device Created or Updated", {userId(true), token, type}),
        semantic(CallKind::PipelinesDeviceDeleted, QT_TRANSLATE_NOOP("CallShape", "Pipelines: delete device"),
                 "Device Deleted", {userId(true), token, type}),
        semantic(CallKind::PipelinesUserDeleted, QT_TRANSLATE_NOOP("CallShape", "Pipelines: delete person"),
                 "User Deleted", {userId(true)}),
        semantic(CallKind::PipelinesUserSuppressed, QT_TRANSLATE_NOOP("CallShape", "Pipelines: suppress person"),
                 "User Suppressed", {userId(true)}),
        semantic(CallKind::PipelinesUserUnsuppressed, QT_TRANSLATE_NOOP("CallShape", "Pipelines: unsuppress person"),
                 "User Unsuppressed", {userId(true)}),
        semantic(CallKind::PipelinesRelationshipDeleted,
                 QT_TRANSLATE_NOOP("CallShape", "Pipelines: delete relationship"), "Relationship Deleted",
                 {userId(true), objectId, objectTypeId}),
        semantic(CallKind::PipelinesObjectDeleted, QT_TRANSLATE_NOOP("CallShape", "Pipelines: delete object"),
                 "Object Deleted", {anonymousId(true), objectId, objectTypeId}),
        semantic(CallKind::PipelinesReportDelivery, QT_TRANSLATE_NOOP("CallShape", "Pipelines: report delivery event"),
                 "Report Delivery Event", {userId(false), anonymousId(false), deliveryId, metric, recipient}),
        semantic(CallKind::PipelinesReportContent, QT_TRANSLATE_NOOP("CallShape", "Pipelines: report content event"),
                 "Report Content Event", {userId(false), anonymousId(false), actionType, contentId, templateId}),
    };
}
} // namespace

CallApi pipelinesCallApi()
{
    CallApi api;
    api.id = QStringLiteral("pipelines");
    api.nameText = QT_TRANSLATE_NOOP("CallShape", "Pipelines API");
    api.source = QStringLiteral("https://docs.customer.io/files/pipelines.json");
    CallField event = field(CallFields::Event, QT_TRANSLATE_NOOP("CallShape", "Event"),
                            QT_TRANSLATE_NOOP("CallShape", "e.g. Course Started"), Type::Text, true,
                            QStringLiteral("event"), QStringLiteral("event"), QStringLiteral("NAME"));
    // The document marks name optional on page and screen; `send` asks for it as its contract does.
    const auto name = [](const char *label, const char *hint) {
        return field(CallFields::Name, label, hint, Type::Text, true, QStringLiteral("name"), QStringLiteral("name"),
                     QStringLiteral("NAME"));
    };
    CallField groupId = field(CallFields::GroupId, QT_TRANSLATE_NOOP("CallShape", "Group ID"),
                              QT_TRANSLATE_NOOP("CallShape", "e.g. acme"), Type::Text, true, QStringLiteral("groupId"),
                              QStringLiteral("group-id"), QStringLiteral("ID"));
    CallField previousId =
        field(CallFields::PreviousId, QT_TRANSLATE_NOOP("CallShape", "Previous ID"),
              QT_TRANSLATE_NOOP("CallShape", "the anonymous ID or user ID merged into the user ID"), Type::Text, true,
              QStringLiteral("previousId"), QStringLiteral("previous-id"), QStringLiteral("ID"));
    // /batch: the body as composed. The console does not add context, messageId or timestamp to its items.
    CallField body = field(CallFields::Body, QT_TRANSLATE_NOOP("CallShape", "Batch"),
                           "{\"batch\": [{\"type\": \"track\", \"userId\": \"42\", \"event\": \"Course Started\"}]}",
                           Type::JsonObject, true, QString(), QStringLiteral("data"), QStringLiteral("JSON"));
    body.wire = Wire::WholeBody;
    body.limits.bytes = PipelinesLimits::BatchBytes;
    body.limits.operationBytes = PipelinesLimits::CallBytes;
    CallShape batch;
    batch.kind = CallKind::PipelinesBatch;
    batch.titleText = QT_TRANSLATE_NOOP("CallShape", "Pipelines: batch");
    batch.method = QByteArrayLiteral("POST");
    batch.path = QStringLiteral("/v1/batch");
    batch.fields = {body};

    api.calls = {
        shape(CallKind::PipelinesIdentify, QT_TRANSLATE_NOOP("CallShape", "Pipelines: identify"),
              QStringLiteral("identify"), {userId(false), anonymousId(false), traits()}),
        shape(CallKind::PipelinesTrack, QT_TRANSLATE_NOOP("CallShape", "Pipelines: track event"),
              QStringLiteral("track"), {userId(false), anonymousId(false), event, properties()}),
        shape(CallKind::PipelinesPage, QT_TRANSLATE_NOOP("CallShape", "Pipelines: page"), QStringLiteral("page"),
              {userId(false), anonymousId(false),
               name(QT_TRANSLATE_NOOP("CallShape", "Page name"), QT_TRANSLATE_NOOP("CallShape", "e.g. Pricing")),
               properties()}),
        shape(CallKind::PipelinesScreen, QT_TRANSLATE_NOOP("CallShape", "Pipelines: screen"), QStringLiteral("screen"),
              {userId(false), anonymousId(false),
               name(QT_TRANSLATE_NOOP("CallShape", "Screen name"), QT_TRANSLATE_NOOP("CallShape", "e.g. Settings")),
               properties()}),
        shape(CallKind::PipelinesGroup, QT_TRANSLATE_NOOP("CallShape", "Pipelines: group"), QStringLiteral("group"),
              {userId(false), anonymousId(false), groupId, traits()}),
        shape(CallKind::PipelinesAlias, QT_TRANSLATE_NOOP("CallShape", "Pipelines: alias"), QStringLiteral("alias"),
              {userId(true), previousId}),
        batch,
    };
    api.calls += semanticEvents();
    return api;
}
