#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Request validation of the sandbox Track API, as pure functions. Each returns the error message the
// sandbox puts in a 400 body {"meta":{"error":"<message>"}}, or an empty string when the input is valid.
// Limits are in UTF-8 bytes, from the Track OpenAPI (https://docs.customer.io/files/journeys-track.json)
// and https://docs.customer.io/journeys/invalid-api-requests, whose messages the sandbox reuses
// ("cannot identify more than 300 attributes in one request").
namespace SandboxRules {

inline constexpr int maxIdentifierBytes = 150;
inline constexpr int maxAttributeNameBytes = 150;
inline constexpr int maxAttributeValueBytes = 1000;
inline constexpr int maxAttributesPerIdentify = 300;
inline constexpr int maxEventNameBytes = 100;
inline constexpr int maxEventDataBytes = 100000;

// Parses a request body that must be a JSON object. An empty body yields an empty object when
// emptyAllowed, and an error otherwise.
QString parseObjectBody(const QByteArray &body, bool emptyAllowed, QJsonObject *object);

// The decoded {identifier} path segment of /api/v1/customers/{identifier}.
QString identifierError(const QString &identifier);

// Body of PUT /api/v1/customers/{identifier}. Every top-level key counts as an attribute except the
// request controls _timestamp, _update and cio_relationships; only string values have a length limit.
QString identifyError(const QJsonObject &attributes);

// Body of POST /api/v1/customers/{identifier}/events and POST /api/v1/events (event, page or screen
// view): "name" is required; "data", when present, must be an object of at most maxEventDataBytes
// once serialized as compact JSON.
QString eventError(const QJsonObject &event);

// Body of PUT /api/v1/customers/{identifier}/devices: {"device":{"id":<non-blank string>,
// "platform":"ios"|"android", "last_used"?, "attributes"?}} (Track OpenAPI, the platform enum of the
// device schema; the messages are the sandbox's own, Customer.io documents none).
QString deviceError(const QJsonObject &body);

// Body of POST /api/v1/merge_customers: {"primary":{<id|email|cio_id>:v},"secondary":{...}}, each with
// exactly one identifier (Track OpenAPI, merge_customers). On success sets *primary and *secondary to
// the identifier values (a cio_id is given as "cio_<value>", the {identifier} path form of the Track
// OpenAPI).
QString mergeError(const QJsonObject &body, QString *primary, QString *secondary);

// Body of POST /api/v1/forms/{form_id}/submit: {"data":{...}} with one, and only one, of "email" or "id"
// (Track OpenAPI, submitForm: "If your request includes more than one identifier, you'll receive an
// error"); every value of data is a string ("One or more form values may not be properly formatted as
// strings"). On success sets *identifier to that value.
QString formError(const QJsonObject &body, QString *identifier);

// Body of POST /api/v1/segments/{segment_id}/add_customers and remove_customers: {"ids":[string...]}
// with 1 to maxSegmentIds entries; idType is the id_type query parameter, empty or one of id, email,
// cio_id (Track OpenAPI, add_to_segment).
inline constexpr int maxSegmentIds = 1000;
QString segmentError(const QJsonObject &body, const QString &idType);

// Track v2: one operation of POST /api/v2/entity or of a /api/v2/batch "batch" array. Limits from the
// Track OpenAPI: 32 kb per operation, 500 kb per batch, counted here as 32000 and 500000 bytes.
inline constexpr int maxV2OperationBytes = 32000;
inline constexpr int maxV2BatchBytes = 500000;
struct V2Error
{
    QString reason; // "invalid", "too_large"
    QString field; // JSON path of the field at fault, e.g. "identifiers"
    QString message;
    bool isEmpty() const { return message.isEmpty(); }
};
// {"type":"person"|"object"|"delivery","identifiers":{...},"action":<non-blank>, "name" for the event,
// page and screen actions, "attributes"? object}; at most maxV2OperationBytes as compact JSON. A person's
// identifiers hold exactly one of id, email, phone or cio_id (Track OpenAPI, the v2 person identifiers
// oneOf). For a valid person operation sets *identifier to it ("cio_<cio_id>" for a cio_id).
V2Error v2OperationError(const QJsonValue &operation, QString *identifier);

// Body of POST /v1/send/{email|push|sms|whatsapp|inbox_message|in_app}: "transactional_message_id"
// (string or number) and "identifiers" with one of id, email or cio_id are required; "to", "cc" and "bcc"
// hold at most maxTransactionalRecipients comma-separated addresses together ("up to 15 total recipients
// across to, cc, and bcc": the transactional email schema in the Track OpenAPI's components). The whole
// body is at most maxTransactionalBodyBytes, a limit not found in Customer.io's own pages (docs/
// customerio-api.md, App API and transactional). The messages are the sandbox's own.
inline constexpr int maxTransactionalRecipients = 15;
inline constexpr int maxTransactionalBodyBytes = 1000000;
QString transactionalError(const QJsonObject &body);
QString transactionalSizeError(const QByteArray &body);

} // namespace SandboxRules
