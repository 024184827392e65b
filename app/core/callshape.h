#pragma once

#include "callkind.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Documented Track API limits, counted in UTF-8 bytes (https://docs.customer.io/journeys/invalid-api-requests,
// and the Track OpenAPI document https://docs.customer.io/files/journeys-track.json).
namespace TrackLimits {
constexpr int IdentifierBytes = 150;
constexpr int AttributeNameBytes = 150;
constexpr int AttributeValueBytes = 1000;
constexpr int AttributesPerCall = 300;
constexpr int EventNameBytes = 100;
constexpr int EventDataBytes = 100000;
// Device tokens have no documented limit. APNs tokens are 64 hexadecimal digits and FCM registration
// tokens about 160 characters; 1000 bytes (the attribute value limit) leaves room for any real token and
// refuses a paste of something else before it becomes a 100 KB URL path.
constexpr int DeviceIdBytes = 1000;
// Track v2: "32 kb" per /entity request and per /batch operation, "500 kb" per /batch request. The
// documents do not say whether a kb is 1000 or 1024 bytes; the smaller reading is enforced, so whatever
// passes here passes Customer.io under either.
constexpr int V2RequestBytes = 32000;
constexpr int V2BatchBytes = 500000;
// Timestamps are Unix seconds (the Track OpenAPI document's "timestamp" members). A value from 10^11 on
// (year 5138) that divided by 1000 falls between 2000 and tomorrow is almost surely milliseconds; any
// other value more than a day ahead of this computer's clock is flagged as far in the future.
constexpr qint64 MillisecondsFrom = 100000000000LL;
constexpr qint64 MillisecondsReadAsFrom = 946684800; // 2000-01-01: milliseconds of an earlier time are not guessed
constexpr qint64 FutureSlackSeconds = 24 * 60 * 60;
} // namespace TrackLimits

// Documented Pipelines API limits, counted in UTF-8 bytes of the compact JSON body
// (https://docs.customer.io/files/pipelines.json, "Rate and payload limits": "A request is limited to
// 32KB. A batch request is limited to 500KB total and 32KB per call in the request"; an oversize call is
// answered 200 and dropped). The official clients read "32KB" as 32,000 (cdp-analytics-go) or 32,768
// bytes (cdp-analytics-node, cdp-analytics-python); the smaller reading is enforced, so whatever passes
// here passes Customer.io under either.
namespace PipelinesLimits {
constexpr int CallBytes = 32000;
constexpr int BatchBytes = 500000;
} // namespace PipelinesLimits

// Stable ids of the fields of a call. Never translated: front ends find their input for a field, and
// place a CallProblem, by these ids.
namespace CallFields {
inline const QString Identifier = QStringLiteral("identifier"); // a person: id, email or cio_<id>
inline const QString AnonymousId = QStringLiteral("anonymous_id");
inline const QString Secondary = QStringLiteral("secondary"); // merge: the person merged into the primary
inline const QString Name = QStringLiteral("name"); // event name, page URL or screen name
inline const QString DeviceId = QStringLiteral("device_id");
inline const QString Platform = QStringLiteral("platform");
inline const QString Attributes = QStringLiteral("attributes"); // person or device attributes (JSON object)
inline const QString Data = QStringLiteral("data"); // event data (JSON object)
inline const QString Body = QStringLiteral("body"); // Track v2: the whole request body (JSON object)
inline const QString Timestamp = QStringLiteral("timestamp"); // Unix seconds
inline const QString EventId = QStringLiteral("event_id"); // an event's "id": a ULID that de-duplicates it
// merge: how the primary or the secondary person is named, "id", "email" or "cio_id"; empty: read from the
// value (mergeIdentifierObject())
inline const QString IdentifierType = QStringLiteral("identifier_type");
inline const QString SecondaryType = QStringLiteral("secondary_type");
inline const QString FormId = QStringLiteral("form_id"); // form submit: the form's ID (a new one creates the form)
inline const QString SegmentId = QStringLiteral("segment_id"); // manual segment add and remove
inline const QString Ids = QStringLiteral("ids"); // manual segment add and remove: the people, comma-separated
inline const QString FormData = QStringLiteral("form_data"); // form submit: the fields (JSON object)
// Pipelines API (camelCase on the wire). AnonymousId, Name (page and screen name), Platform (a device's
// "type"), Body (/batch) and Timestamp (ISO 8601 text here) are shared with the Track calls.
inline const QString UserId = QStringLiteral("user_id"); // userId
inline const QString Traits = QStringLiteral("traits"); // identify, group: traits (JSON object)
inline const QString Event = QStringLiteral("event"); // track: the event name
inline const QString Properties = QStringLiteral("properties"); // track, page, screen (JSON object)
inline const QString GroupId = QStringLiteral("group_id"); // groupId
inline const QString PreviousId = QStringLiteral("previous_id"); // alias: previousId
inline const QString MessageId = QStringLiteral("message_id"); // messageId: de-duplicates a call
inline const QString DeviceToken = QStringLiteral("device_token"); // semantic device events: context.device.token
inline const QString ObjectId = QStringLiteral("object_id"); // properties.objectId
inline const QString ObjectTypeId = QStringLiteral("object_type_id"); // properties.objectTypeId (a whole number)
inline const QString DeliveryId = QStringLiteral("delivery_id"); // properties.deliveryId
inline const QString Metric = QStringLiteral("metric"); // properties.metric
inline const QString Recipient = QStringLiteral("recipient"); // properties.recipient
inline const QString ActionType = QStringLiteral("action_type"); // properties.actionType
inline const QString ContentId = QStringLiteral("content_id"); // properties.contentId (a whole number)
inline const QString TemplateId = QStringLiteral("template_id"); // properties.templateId (a whole number)
} // namespace CallFields

// The limits of one field. 0: none.
struct CallFieldLimits
{
    qint64 bytes = 0; // text: UTF-8 bytes; JSON: bytes of the compact JSON (for /batch, of the whole request)
    qint64 entries = 0; // attributes: how many per call
    qint64 entryNameBytes = 0; // attributes: UTF-8 bytes of a name
    qint64 entryValueBytes = 0; // attributes: UTF-8 bytes of a value (compact JSON for an object or array)
    qint64 operationBytes = 0; // Track v2: bytes of the compact JSON of one operation
    qint64 items = 0; // list: how many entries at most
};

// One field of a call: what it is, where it goes on the wire, and how the command line names it.
struct CallField
{
    enum class Type {
        Text, // one line of text
        Choice, // one of `choices`
        JsonObject, // a JSON object; empty text is an empty object
        Timestamp, // Unix seconds; optional unless `required`
        List, // comma-separated text, sent as a JSON array of the trimmed, non-empty strings
        IsoTimestamp, // an ISO 8601 date-time with an offset or Z, sent as typed (Pipelines)
        Integer, // a whole number from 1, typed as text, sent as a JSON number
    };
    enum class Wire {
        PathSegment, // the {wireKey} segment of the call's path, percent-encoded once
        Body, // a member of the JSON body; `wireKey` is its path, "." between nested keys ("device.id")
        BodyPerson, // merge_customers: {"id"|"email"|"cio_id": value} at `wireKey` (mergeIdentifierObject())
        WholeBody, // the JSON body itself
        PersonType, // the identifier type of the BodyPerson field whose wireKey is `wireKey`; not sent itself
    };

    QString id; // CallFields::…
    const char *labelText = ""; // untranslated; label() translates it (context "CallShape")
    const char *hintText = ""; // placeholder or example; hint() translates it
    Type type = Type::Text;
    bool required = false; // the call cannot be sent without it; an optional empty member is left out
    Wire wire = Wire::Body;
    QString wireKey;
    QString cliOption; // `send --<cliOption>`
    QString cliValueName; // the option's value in usage texts ("ID", "JSON")
    CallFieldLimits limits;
    QStringList choices; // Choice: the values accepted

    // A field with these members and no limits or choices (the call tables' shorthand).
    static CallField make(const QString &id, const char *label, const char *hint, Type type, bool required, Wire wire,
                          const QString &wireKey, const QString &cliOption, const QString &cliValueName);

    // "Identifier", "Event name", "Last used": how problems and forms name the field.
    QString label() const;
    // "id, email or cio_<id>", "e.g. purchased", "{\"plan\": \"pro\"}"; empty when none.
    QString hint() const;
};

// One call of an API: how it is sent and which fields it takes, in the order a form shows them and
// problems are reported.
struct CallShape
{
    CallKind kind = CallKind::Region;
    const char *titleText = ""; // "Identify person"; title() translates it (context "CallShape")
    QByteArray method;
    // The path with a {wireKey} placeholder for each PathSegment field: "/api/v1/customers/{identifier}".
    QString path;
    QJsonObject fixedBody; // members every request of the call carries ({"type": "page"})
    QList<CallField> fields;
    // Offered by the composer and by `send`; the region call and the App API key check are sent by the
    // console itself.
    bool composable = true;

    QString title() const;
    // The field `id`, or null when the call does not take it.
    const CallField *field(const QString &id) const;
    bool hasField(const QString &id) const { return field(id) != nullptr; }
    // The field set with `send --<option>`, or null when the option does not apply to the call.
    const CallField *fieldForOption(const QString &option) const;
};

// The calls of one API. To add an API: add its CallKinds, write its table in callshape.cpp as the Track
// tables are written and list it in callApis(); the composer and `send` offer its composable calls, and
// TrackCall sends and checks them from the table.
struct CallApi
{
    QString id; // "track-v1", "track-v2", "app", "pipelines"
    const char *nameText = ""; // "Track API v1", untranslated
    QString source; // the public reference the table follows
    QList<CallShape> calls;
};

// Every API's table, in the order front ends offer their calls.
const QList<CallApi> &callApis();
// The shape of a call. Every CallKind has one.
const CallShape &callShape(CallKind kind);
// The API a call belongs to.
const CallApi &callApi(CallKind kind);
// The Track API calls the composer and `send` (without --api) offer, in the order they offer them.
QList<const CallShape *> composableCalls();
// The composable calls of `api`: "pipelines" for the Pipelines API (`send --api pipelines`), anything
// else as composableCalls().
QList<const CallShape *> composableCalls(const QString &api);
// The fields of every API's composable calls that have a command-line option, one per option (the first
// field that names it), in table order: the options of `send`.
QList<CallField> callOptionFields();

// How merge_customers names a person: {"email": v} when the identifier contains '@', {"cio_id": <rest>}
// for "cio_<rest>", else {"id": v} — the same reading Customer.io gives an {identifier} path segment.
QJsonObject mergeIdentifierObject(const QString &identifier);
// The same with the type chosen: {type: identifier} for "id", "email" or "cio_id" (the value as typed);
// an empty type reads it from the value as above.
QJsonObject mergeIdentifierObject(const QString &identifier, const QString &type);
