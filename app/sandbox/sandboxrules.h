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
// "platform":<non-blank string>, "last_used"?, "attributes"?}} (Track OpenAPI; the messages are the
// sandbox's own, Customer.io documents none).
QString deviceError(const QJsonObject &body);

// Body of POST /api/v1/merge_customers: {"primary":{<id|email|cio_id>:v},"secondary":{...}}, each with
// exactly one identifier (Track OpenAPI, merge_customers). On success sets *primary and *secondary to
// the identifier values (a cio_id is given as "cio_<value>", the {identifier} path form of the Track
// OpenAPI).
QString mergeError(const QJsonObject &body, QString *primary, QString *secondary);

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
// page and screen actions, "attributes"? object}; at most maxV2OperationBytes as compact JSON. For a
// valid person operation sets *identifier to the one it names (id, else email, else "cio_<cio_id>").
V2Error v2OperationError(const QJsonValue &operation, QString *identifier);

// Body of POST /v1/send/{email|push|sms|inbox_message|in_app}: "transactional_message_id" (string or
// number) and "identifiers" with one of id, email or cio_id are required
// (https://docs.customer.io/integrations/api/app/, transactional messages; the messages are the sandbox's
// own).
QString transactionalError(const QJsonObject &body);

} // namespace SandboxRules
