#include "sandboxpipelinesrules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SandboxPipelinesRules {

namespace {

// A non-empty string or a number: customerio-node's payloads take ids as either (lib/pipelines/payloads.ts).
bool hasId(const QJsonObject &call, const QString &key)
{
    const QJsonValue v = call.value(key);
    return v.isDouble() || (v.isString() && !v.toString().trimmed().isEmpty());
}

bool hasText(const QJsonObject &call, const QString &key)
{
    const QJsonValue v = call.value(key);
    return v.isString() && !v.toString().trimmed().isEmpty();
}

// RFC 3339's date-time ("format": "date-time"): the zone is not optional.
bool isIsoTimestamp(const QString &text)
{
    static const QRegularExpression zone(u"T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})$"_s);
    return zone.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

// The value at a dotted path ("context.device.token"), undefined when a step is missing.
QJsonValue valueAt(const QJsonObject &call, const QString &path)
{
    QJsonValue value = call;
    for (const QString &step : path.split(u'.')) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(step);
    }
    return value;
}

struct SemanticEvent
{
    QString event;
    QStringList required; // dotted paths; a leaf must be a non-empty string or a number, "properties" an object
};

// The Pipelines OpenAPI's semantic event schemas and their required members.
const QList<SemanticEvent> &semanticEvents()
{
    static const QList<SemanticEvent> events = {
        {u"Device Created or Updated"_s, {u"userId"_s, u"context.device.token"_s}},
        {u"Device Deleted"_s, {u"userId"_s, u"context.device.token"_s}},
        {u"User Deleted"_s, {u"userId"_s}},
        {u"User Suppressed"_s, {u"userId"_s}},
        {u"User Unsuppressed"_s, {u"userId"_s}},
        {u"Relationship Deleted"_s, {u"userId"_s, u"properties.objectId"_s}},
        {u"Object Deleted"_s, {u"anonymousId"_s, u"properties"_s}},
        {u"Report Delivery Event"_s, {u"properties"_s}},
        {u"Report Content Event"_s, {u"properties.actionType"_s}},
    };
    return events;
}

const SemanticEvent *semanticEvent(const QString &event)
{
    for (const SemanticEvent &e : semanticEvents()) {
        if (e.event == event)
            return &e;
    }
    return nullptr;
}

QString semanticEventError(const SemanticEvent &event, const QJsonObject &call)
{
    for (const QString &path : event.required) {
        const QJsonValue v = valueAt(call, path);
        const bool present = path == u"properties"_s
            ? v.isObject()
            : v.isDouble() || (v.isString() && !v.toString().trimmed().isEmpty());
        if (!present)
            return u"%1 needs %2"_s.arg(event.event, path);
    }
    return {};
}

qsizetype compactSize(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).size();
}

QString parseObject(const QByteArray &body, QJsonObject *object)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return u"invalid JSON body: %1"_s.arg(parseError.errorString());
    if (!doc.isObject())
        return u"the body must be a JSON object"_s;
    *object = doc.object();
    return {};
}

} // namespace

const QStringList &callTypes()
{
    static const QStringList types = {u"identify"_s, u"track"_s, u"page"_s, u"screen"_s, u"group"_s, u"alias"_s};
    return types;
}

QString callError(const QString &type, const QJsonObject &call)
{
    for (const QString &member : {u"traits"_s, u"properties"_s, u"context"_s}) {
        if (call.contains(member) && !call.value(member).isObject())
            return u"%1 must be an object"_s.arg(member);
    }
    if (call.contains(u"timestamp"_s)) {
        const QJsonValue timestamp = call.value(u"timestamp"_s);
        if (!timestamp.isString() || !isIsoTimestamp(timestamp.toString()))
            return u"timestamp must be an ISO 8601 date-time with a time zone"_s;
    }
    if (type == u"alias"_s) {
        if (!hasId(call, u"userId"_s))
            return u"userId is required"_s;
        if (!hasId(call, u"previousId"_s))
            return u"previousId is required"_s;
        return {};
    }
    const SemanticEvent *semantic = type == u"track"_s ? semanticEvent(call.value(u"event"_s).toString()) : nullptr;
    if (semantic)
        return semanticEventError(*semantic, call);
    const bool byEmail = type == u"identify"_s && hasText(call.value(u"traits"_s).toObject(), u"email"_s);
    if (!hasId(call, u"userId"_s) && !hasId(call, u"anonymousId"_s) && !byEmail)
        return u"userId or anonymousId is required"_s;
    if (type == u"track"_s && !hasText(call, u"event"_s))
        return u"event is required"_s;
    if (type == u"group"_s && !hasId(call, u"groupId"_s))
        return u"groupId is required"_s;
    return {};
}

QString requestError(const QString &path, const QByteArray &body, QList<QJsonObject> *calls)
{
    const bool batch = path == u"batch"_s;
    const int limit = batch ? maxBatchBytes : maxCallBytes;
    // Checked before parsing: Customer.io drops an oversize request whatever it holds.
    if (body.size() > limit)
        return u"%1 cannot be larger than %2 bytes (got %3)"_s.arg(batch ? u"a batch"_s : u"a call"_s)
            .arg(limit)
            .arg(body.size());
    QJsonObject object;
    QString parseError = parseObject(body, &object);
    if (!parseError.isEmpty())
        return parseError;
    if (!batch) {
        QString error = callError(path, object);
        if (!error.isEmpty())
            return error;
        object.insert(u"type"_s, path); // "set automatically by the request method/endpoint" (common_fields)
        *calls = {object};
        return {};
    }
    const QJsonValue items = object.value(u"batch"_s);
    if (!items.isArray() || items.toArray().isEmpty())
        return u"batch must be a non-empty array of calls"_s;
    QList<QJsonObject> result;
    const QJsonArray array = items.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = u"batch[%1]"_s.arg(i);
        if (!array.at(i).isObject())
            return u"%1 must be an object"_s.arg(at);
        QJsonObject call = array.at(i).toObject();
        const QString type = call.value(u"type"_s).toString();
        if (!callTypes().contains(type))
            return u"%1.type must be one of %2"_s.arg(at, callTypes().join(u", "_s));
        if (compactSize(call) > maxCallBytes)
            return u"%1: a call cannot be larger than %2 bytes (got %3)"_s.arg(at)
                .arg(maxCallBytes)
                .arg(compactSize(call));
        for (const QString &shared : {u"context"_s, u"integrations"_s}) {
            if (object.contains(shared) && !call.contains(shared))
                call.insert(shared, object.value(shared));
        }
        const QString error = callError(type, call);
        if (!error.isEmpty())
            return u"%1: %2"_s.arg(at, error);
        result << call;
    }
    *calls = result;
    return {};
}

} // namespace SandboxPipelinesRules
