#include "callshape.h"

#include "callshapepipelines.h"

#include <QCoreApplication>

namespace {
using Type = CallField::Type;
using Wire = CallField::Wire;

CallField field(const QString &id, const char *label, const char *hint, Type type, bool required, Wire wire,
                const QString &wireKey, const QString &cliOption, const QString &cliValueName)
{
    return CallField::make(id, label, hint, type, required, wire, wireKey, cliOption, cliValueName);
}

// A person named by id, email or cio_<id> (https://docs.customer.io/api/track/, "identifier").
CallField person(const char *label, const char *hint, Wire wire, const QString &wireKey, const QString &id,
                 const QString &cliOption)
{
    CallField f = field(id, label, hint, Type::Text, true, wire, wireKey, cliOption, QStringLiteral("ID"));
    f.limits.bytes = TrackLimits::IdentifierBytes;
    return f;
}

CallField identifier()
{
    return person(QT_TRANSLATE_NOOP("CallShape", "Identifier"), QT_TRANSLATE_NOOP("CallShape", "id, email or cio_<id>"),
                  Wire::PathSegment, QStringLiteral("identifier"), CallFields::Identifier, QStringLiteral("id"));
}

CallField attributes(const char *label, const char *hint, Wire wire, const QString &wireKey)
{
    CallField f = field(CallFields::Attributes, label, hint, Type::JsonObject, false, wire, wireKey,
                        QStringLiteral("attributes"), QStringLiteral("JSON"));
    f.limits.entries = TrackLimits::AttributesPerCall;
    f.limits.entryNameBytes = TrackLimits::AttributeNameBytes;
    f.limits.entryValueBytes = TrackLimits::AttributeValueBytes;
    return f;
}

CallField eventName(const char *label, const char *hint)
{
    CallField f = field(CallFields::Name, label, hint, Type::Text, true, Wire::Body, QStringLiteral("name"),
                        QStringLiteral("name"), QStringLiteral("NAME"));
    f.limits.bytes = TrackLimits::EventNameBytes;
    return f;
}

CallField eventData()
{
    CallField f =
        field(CallFields::Data, QT_TRANSLATE_NOOP("CallShape", "Event data"), "{\"plan\": \"pro\"}", Type::JsonObject,
              false, Wire::Body, QStringLiteral("data"), QStringLiteral("data"), QStringLiteral("JSON"));
    f.limits.bytes = TrackLimits::EventDataBytes;
    return f;
}

CallField timestamp(const char *label, const QString &wireKey)
{
    return field(CallFields::Timestamp, label, "", Type::Timestamp, false, Wire::Body, wireKey,
                 QStringLiteral("timestamp"), QStringLiteral("TIME"));
}

CallField deviceId(Wire wire, const QString &wireKey)
{
    CallField f = field(CallFields::DeviceId, QT_TRANSLATE_NOOP("CallShape", "Device ID"),
                        QT_TRANSLATE_NOOP("CallShape", "device token"), Type::Text, true, wire, wireKey,
                        QStringLiteral("device-id"), QStringLiteral("TOKEN"));
    f.limits.bytes = TrackLimits::DeviceIdBytes;
    return f;
}

// Track v2: the body as composed, one operation (/entity) or {"batch": [operations]} (/batch).
CallField v2Body(const char *label, const char *hint, qint64 bytes)
{
    CallField f = field(CallFields::Body, label, hint, Type::JsonObject, true, Wire::WholeBody, QString(),
                        QStringLiteral("data"), QStringLiteral("JSON"));
    f.limits.bytes = bytes;
    f.limits.operationBytes = TrackLimits::V2RequestBytes;
    return f;
}

// An event's optional de-duplication id, a ULID (Track OpenAPI, the event schema's "id").
CallField eventId()
{
    CallField f = field(CallFields::EventId, QT_TRANSLATE_NOOP("CallShape", "Event ID"),
                        QT_TRANSLATE_NOOP("CallShape", "optional ULID, drops repeats"), Type::Text, false, Wire::Body,
                        QStringLiteral("id"), QStringLiteral("event-id"), QStringLiteral("ULID"));
    f.limits.bytes = 26;
    return f;
}

// merge_customers: how one side names its person (Track OpenAPI: "identified by one of id, email, or
// cio_id"). Optional: left empty, the value is read as mergeIdentifierObject() reads it.
CallField personType(const QString &id, const char *label, const QString &side, const QString &cliOption)
{
    CallField f = field(id, label, "", Type::Choice, false, Wire::PersonType, side, cliOption, QStringLiteral("TYPE"));
    f.choices = {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("cio_id")};
    return f;
}

CallShape shape(CallKind kind, const char *title, const char *method, const QString &path,
                const QList<CallField> &fields)
{
    CallShape s;
    s.kind = kind;
    s.titleText = title;
    s.method = QByteArray(method);
    s.path = path;
    s.fields = fields;
    return s;
}

// An event of a person, with the name's label and hint of the kind, and the "type" it is sent with.
CallShape personEvent(CallKind kind, const char *title, const char *nameLabel, const char *nameHint,
                      const QString &type)
{
    CallShape s =
        shape(kind, title, "POST", QStringLiteral("/api/v1/customers/{identifier}/events"),
              {identifier(), eventName(nameLabel, nameHint), eventData(),
               timestamp(QT_TRANSLATE_NOOP("CallShape", "Timestamp"), QStringLiteral("timestamp")), eventId()});
    if (!type.isEmpty())
        s.fixedBody.insert(QStringLiteral("type"), type);
    return s;
}

// Track API v1 calls an admin tries by hand: form submit and manual segments (Track OpenAPI, submitForm,
// add_to_segment, remove_from_segment). The segment calls name people by id (id_type is left at its
// default).
QList<CallShape> formAndSegmentCalls()
{
    CallField formId =
        field(CallFields::FormId, QT_TRANSLATE_NOOP("CallShape", "Form ID"),
              QT_TRANSLATE_NOOP("CallShape", "e.g. newsletter_signup; a new ID creates the form"), Type::Text, true,
              Wire::PathSegment, QStringLiteral("form_id"), QStringLiteral("form-id"), QStringLiteral("ID"));
    CallField formData = field(CallFields::FormData, QT_TRANSLATE_NOOP("CallShape", "Form fields"),
                               "{\"email\": \"ada@example.com\", \"first_name\": \"Ada\"}", Type::JsonObject, true,
                               Wire::Body, QStringLiteral("data"), QStringLiteral("data"), QStringLiteral("JSON"));
    CallField segmentId =
        field(CallFields::SegmentId, QT_TRANSLATE_NOOP("CallShape", "Segment ID"),
              QT_TRANSLATE_NOOP("CallShape", "a manual segment's ID, e.g. 7"), Type::Text, true, Wire::PathSegment,
              QStringLiteral("segment_id"), QStringLiteral("segment-id"), QStringLiteral("ID"));
    CallField ids = field(CallFields::Ids, QT_TRANSLATE_NOOP("CallShape", "People"),
                          QT_TRANSLATE_NOOP("CallShape", "ids, comma-separated (at most 1000)"), Type::List, true,
                          Wire::Body, QStringLiteral("ids"), QStringLiteral("ids"), QStringLiteral("IDS"));
    ids.limits.items = 1000;
    ids.limits.bytes = TrackLimits::IdentifierBytes;
    return {
        shape(CallKind::FormSubmit, QT_TRANSLATE_NOOP("CallShape", "Submit a form"), "POST",
              QStringLiteral("/api/v1/forms/{form_id}/submit"), {formId, formData}),
        shape(CallKind::SegmentAdd, QT_TRANSLATE_NOOP("CallShape", "Add people to a manual segment"), "POST",
              QStringLiteral("/api/v1/segments/{segment_id}/add_customers"), {segmentId, ids}),
        shape(CallKind::SegmentRemove, QT_TRANSLATE_NOOP("CallShape", "Remove people from a manual segment"), "POST",
              QStringLiteral("/api/v1/segments/{segment_id}/remove_customers"), {segmentId, ids}),
    };
}

// Track API v1 (https://docs.customer.io/api/track/; https://docs.customer.io/files/journeys-track.json).
CallApi trackV1()
{
    CallApi api;
    api.id = QStringLiteral("track-v1");
    api.nameText = QT_TRANSLATE_NOOP("CallShape", "Track API v1");
    api.source = QStringLiteral("https://docs.customer.io/files/journeys-track.json");
    CallShape region = shape(CallKind::Region, QT_TRANSLATE_NOOP("CallShape", "Region of the account"), "GET",
                             QStringLiteral("/api/v1/accounts/region"), {});
    region.composable = false;
    const QString customer = QStringLiteral("/api/v1/customers/{identifier}");
    CallField platform =
        field(CallFields::Platform, QT_TRANSLATE_NOOP("CallShape", "Platform"), "", Type::Choice, true, Wire::Body,
              QStringLiteral("device.platform"), QStringLiteral("platform"), QStringLiteral("PLATFORM"));
    platform.choices = {QStringLiteral("ios"), QStringLiteral("android")};
    CallField primary =
        person(QT_TRANSLATE_NOOP("CallShape", "Primary person"),
               QT_TRANSLATE_NOOP("CallShape", "id, email or cio_<id>; keeps its attributes"), Wire::BodyPerson,
               QStringLiteral("primary"), CallFields::Identifier, QStringLiteral("id"));
    CallField secondary =
        person(QT_TRANSLATE_NOOP("CallShape", "Secondary person"),
               QT_TRANSLATE_NOOP("CallShape", "merged into the primary person, then deleted"), Wire::BodyPerson,
               QStringLiteral("secondary"), CallFields::Secondary, QStringLiteral("secondary"));
    CallField anonymousId =
        field(CallFields::AnonymousId, QT_TRANSLATE_NOOP("CallShape", "Anonymous ID"),
              QT_TRANSLATE_NOOP("CallShape", "optional: anonymous ID from your website or app"), Type::Text, false,
              Wire::Body, QStringLiteral("anonymous_id"), QStringLiteral("anonymous-id"), QStringLiteral("AID"));
    CallShape anonymous = shape(
        CallKind::AnonymousEvent, QT_TRANSLATE_NOOP("CallShape", "Anonymous event"), "POST",
        QStringLiteral("/api/v1/events"),
        {anonymousId,
         eventName(QT_TRANSLATE_NOOP("CallShape", "Event name"), QT_TRANSLATE_NOOP("CallShape", "e.g. purchased")),
         eventData(), timestamp(QT_TRANSLATE_NOOP("CallShape", "Timestamp"), QStringLiteral("timestamp")), eventId()});

    api.calls = {
        region,
        shape(CallKind::Identify, QT_TRANSLATE_NOOP("CallShape", "Identify person"), "PUT", customer,
              {identifier(),
               attributes(QT_TRANSLATE_NOOP("CallShape", "Attributes"), "{\"plan\": \"pro\"}", Wire::WholeBody,
                          QString())}),
        shape(CallKind::DeletePerson, QT_TRANSLATE_NOOP("CallShape", "Delete person"), "DELETE", customer,
              {identifier()}),
        personEvent(CallKind::Event, QT_TRANSLATE_NOOP("CallShape", "Customer event"),
                    QT_TRANSLATE_NOOP("CallShape", "Event name"), QT_TRANSLATE_NOOP("CallShape", "e.g. purchased"),
                    QString()),
        personEvent(CallKind::PageView, QT_TRANSLATE_NOOP("CallShape", "Page view"),
                    QT_TRANSLATE_NOOP("CallShape", "Page URL"),
                    QT_TRANSLATE_NOOP("CallShape", "e.g. https://example.com/pricing"), QStringLiteral("page")),
        personEvent(CallKind::ScreenView, QT_TRANSLATE_NOOP("CallShape", "Screen view"),
                    QT_TRANSLATE_NOOP("CallShape", "Screen name"), QT_TRANSLATE_NOOP("CallShape", "e.g. Settings"),
                    QStringLiteral("screen")),
        anonymous,
        shape(CallKind::AddDevice, QT_TRANSLATE_NOOP("CallShape", "Add or update device"), "PUT",
              customer + QStringLiteral("/devices"),
              {identifier(), deviceId(Wire::Body, QStringLiteral("device.id")), platform,
               attributes(QT_TRANSLATE_NOOP("CallShape", "Device attributes"), "{\"app_version\": \"1.2\"}", Wire::Body,
                          QStringLiteral("device.attributes")),
               timestamp(QT_TRANSLATE_NOOP("CallShape", "Last used"), QStringLiteral("device.last_used"))}),
        shape(CallKind::DeleteDevice, QT_TRANSLATE_NOOP("CallShape", "Delete device"), "DELETE",
              customer + QStringLiteral("/devices/{device_id}"),
              {identifier(), deviceId(Wire::PathSegment, QStringLiteral("device_id"))}),
        shape(CallKind::Suppress, QT_TRANSLATE_NOOP("CallShape", "Suppress person"), "POST",
              customer + QStringLiteral("/suppress"), {identifier()}),
        shape(CallKind::Unsuppress, QT_TRANSLATE_NOOP("CallShape", "Unsuppress person"), "POST",
              customer + QStringLiteral("/unsuppress"), {identifier()}),
        shape(CallKind::Merge, QT_TRANSLATE_NOOP("CallShape", "Merge people"), "POST",
              QStringLiteral("/api/v1/merge_customers"),
              {primary, secondary,
               personType(CallFields::IdentifierType, QT_TRANSLATE_NOOP("CallShape", "Primary identifier type"),
                          QStringLiteral("primary"), QStringLiteral("primary-type")),
               personType(CallFields::SecondaryType, QT_TRANSLATE_NOOP("CallShape", "Secondary identifier type"),
                          QStringLiteral("secondary"), QStringLiteral("secondary-type"))}),
    };
    api.calls += formAndSegmentCalls();
    return api;
}

// Track API v2 (https://docs.customer.io/api/track/, "v2"; limits at
// https://docs.customer.io/journeys/invalid-api-requests).
CallApi trackV2()
{
    CallApi api;
    api.id = QStringLiteral("track-v2");
    api.nameText = QT_TRANSLATE_NOOP("CallShape", "Track API v2");
    api.source = QStringLiteral("https://docs.customer.io/files/journeys-track.json");
    api.calls = {
        shape(CallKind::Entity, QT_TRANSLATE_NOOP("CallShape", "Track v2: one entity operation"), "POST",
              QStringLiteral("/api/v2/entity"),
              {v2Body(QT_TRANSLATE_NOOP("CallShape", "Operation"),
                      "{\"type\": \"person\", \"identifiers\": {\"id\": \"42\"}, \"action\": \"identify\", "
                      "\"attributes\": {}}",
                      TrackLimits::V2RequestBytes)}),
        shape(CallKind::Batch, QT_TRANSLATE_NOOP("CallShape", "Track v2: batch"), "POST",
              QStringLiteral("/api/v2/batch"),
              {v2Body(QT_TRANSLATE_NOOP("CallShape", "Batch"),
                      "{\"batch\": [{\"type\": \"person\", \"identifiers\": {\"id\": \"42\"}, "
                      "\"action\": \"identify\"}]}",
                      TrackLimits::V2BatchBytes)}),
    };
    return api;
}

// App API: only the read-only probe of an App API key
// (https://docs.customer.io/integrations/api/app/tag/segments/listSegments/).
CallApi appApi()
{
    CallApi api;
    api.id = QStringLiteral("app");
    api.nameText = QT_TRANSLATE_NOOP("CallShape", "App API");
    api.source = QStringLiteral("https://docs.customer.io/integrations/api/app/");
    CallShape check = shape(CallKind::AppKeyCheck, QT_TRANSLATE_NOOP("CallShape", "App API key check"), "GET",
                            QStringLiteral("/v1/segments"), {});
    check.composable = false;
    api.calls = {check};
    return api;
}
} // namespace

QString CallField::label() const
{
    return QCoreApplication::translate("CallShape", labelText);
}

QString CallField::hint() const
{
    return *hintText ? QCoreApplication::translate("CallShape", hintText) : QString();
}

QString CallShape::title() const
{
    return QCoreApplication::translate("CallShape", titleText);
}

const CallField *CallShape::field(const QString &id) const
{
    for (const CallField &f : fields) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

const CallField *CallShape::fieldForOption(const QString &option) const
{
    for (const CallField &f : fields) {
        if (!f.cliOption.isEmpty() && f.cliOption == option)
            return &f;
    }
    return nullptr;
}

const QList<CallApi> &callApis()
{
    static const QList<CallApi> apis = {trackV1(), trackV2(), appApi(), pipelinesCallApi()};
    return apis;
}

const CallApi &callApi(CallKind kind)
{
    for (const CallApi &api : callApis()) {
        for (const CallShape &s : api.calls) {
            if (s.kind == kind)
                return api;
        }
    }
    // Every kind is in a table (tst_trackcall checks it); the first API is never reached for a known kind.
    return callApis().first();
}

const CallShape &callShape(CallKind kind)
{
    for (const CallShape &s : callApi(kind).calls) {
        if (s.kind == kind)
            return s;
    }
    return callApis().first().calls.first();
}

QList<const CallShape *> composableCalls()
{
    return composableCalls(QString());
}

QList<const CallShape *> composableCalls(const QString &apiId)
{
    const bool pipelines = apiId == u"pipelines";
    QList<const CallShape *> calls;
    for (const CallApi &api : callApis()) {
        for (const CallShape &s : api.calls) {
            if (s.composable && isPipelinesCall(s.kind) == pipelines)
                calls << &s;
        }
    }
    return calls;
}

QList<CallField> callOptionFields()
{
    QList<CallField> options;
    QStringList seen;
    for (const CallShape *s : composableCalls() + composableCalls(QStringLiteral("pipelines"))) {
        for (const CallField &f : s->fields) {
            if (!f.cliOption.isEmpty() && !seen.contains(f.cliOption)) {
                seen << f.cliOption;
                options << f;
            }
        }
    }
    return options;
}

QJsonObject mergeIdentifierObject(const QString &identifier, const QString &type)
{
    if (type == u"id" || type == u"email" || type == u"cio_id")
        return {{type, identifier}};
    return mergeIdentifierObject(identifier);
}

QJsonObject mergeIdentifierObject(const QString &identifier)
{
    if (identifier.startsWith(u"cio_") && identifier.size() > 4)
        return {{QStringLiteral("cio_id"), identifier.mid(4)}};
    if (identifier.contains(u'@'))
        return {{QStringLiteral("email"), identifier}};
    return {{QStringLiteral("id"), identifier}};
}

CallField CallField::make(const QString &id, const char *label, const char *hint, Type type, bool required, Wire wire,
                          const QString &wireKey, const QString &cliOption, const QString &cliValueName)
{
    CallField f;
    f.id = id;
    f.labelText = label;
    f.hintText = hint;
    f.type = type;
    f.required = required;
    f.wire = wire;
    f.wireKey = wireKey;
    f.cliOption = cliOption;
    f.cliValueName = cliValueName;
    return f;
}
