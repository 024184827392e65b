// TrackCall::validate(): every field of the call's shape checked against its limits, as Customer.io
// documents them (https://docs.customer.io/journeys/invalid-api-requests; the Track OpenAPI document
// https://docs.customer.io/files/journeys-track.json).
#include "trackcall.h"

#include "callchecks.h"
#include "outsidetext.h"
#include "ulid.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <optional>

namespace CallChecks {

qsizetype utf8Size(const QString &s)
{
    return s.toUtf8().size();
}

qsizetype compactSize(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).size();
}

void add(Problems *out, CallProblem at, Kind kind, qint64 limit, qint64 got, const QString &detail)
{
    at.kind = kind;
    at.limit = limit;
    at.got = got;
    at.detail = detail;
    out->append(at);
}

// The place of the member `key` inside `at`.
CallProblem within(CallProblem at, const QString &key)
{
    at.key = at.key.isEmpty() ? key : at.key + u'.' + key;
    return at;
}

// Text that cannot be sent as typed: lone surrogates (they would be sent as '?') and control characters;
// and text that is not what it shows: format characters (bidi controls, zero-width characters, the BOM)
// make two different identifiers look the same in Customer.io and in this console.
std::optional<Kind> unsendable(const QString &text, QString *detail, qint64 *position)
{
    if (!QStringView(text).isValidUtf16())
        return Kind::LoneSurrogate;
    qint64 index = 0;
    for (const char32_t c : text.toUcs4()) {
        ++index;
        if (QChar::category(c) == QChar::Other_Control)
            return Kind::ControlCharacter;
        if (OutsideText::isInvisible(c)) {
            if (detail)
                *detail = QStringLiteral("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
            if (position)
                *position = index;
            return Kind::InvisibleCharacter;
        }
    }
    return std::nullopt;
}

void addUnsendable(Problems *out, const CallProblem &at, const QString &text)
{
    QString detail;
    qint64 position = 0;
    if (const std::optional<Kind> kind = unsendable(text, &detail, &position))
        add(out, at, *kind, 0, position, detail);
}

// A person's identifier: required, sendable text, no surrounding spaces, at most maxBytes. As a path
// segment "." and ".." are refused too: HTTP clients and servers resolve them, so the call would reach
// another endpoint (/api/v1/customers/../events is /api/v1/events).
void checkPerson(const CallProblem &at, const QString &value, bool pathSegment, qint64 maxBytes, Problems *out)
{
    if (value.isEmpty())
        add(out, at, Kind::Required);
    else if (unsendable(value))
        addUnsendable(out, at, value);
    else if (value != value.trimmed())
        add(out, at, Kind::SurroundingSpaces);
    else if (pathSegment && (value == u"." || value == u".."))
        add(out, at, Kind::DotSegment);
    else if (maxBytes > 0 && utf8Size(value) > maxBytes)
        add(out, at, Kind::TooLong, maxBytes, utf8Size(value));
}

// An anonymous ID or a device token: not blank, sendable, no surrounding spaces.
// The same checks as a person's identifier, except that only spaces count as missing.
void checkToken(const CallProblem &at, const QString &value, bool pathSegment, qint64 maxBytes, Problems *out)
{
    if (value.trimmed().isEmpty())
        add(out, at, Kind::Required);
    else
        checkPerson(at, value, pathSegment, maxBytes, out);
}

void checkEventName(const CallProblem &at, const QString &name, qint64 maxBytes, Problems *out)
{
    if (unsendable(name))
        addUnsendable(out, at, name);
    else if (name.trimmed().isEmpty())
        add(out, at, Kind::Blank);
    else if (maxBytes > 0 && utf8Size(name) > maxBytes)
        add(out, at, Kind::TooLong, maxBytes, utf8Size(name));
}

} // namespace CallChecks

namespace {
using namespace CallChecks;

void checkTimestamp(const CallProblem &at, qint64 value, qint64 now, Problems *out)
{
    const qint64 latest = now + TrackLimits::FutureSlackSeconds;
    if (value < 0)
        add(out, at, Kind::NegativeTimestamp, 0, value);
    else if (value >= TrackLimits::MillisecondsFrom && value / 1000 >= TrackLimits::MillisecondsReadAsFrom
             && value / 1000 <= latest)
        add(out, at, Kind::Milliseconds, 0, value);
    else if (value > latest)
        add(out, at, Kind::FarFuture, latest, value);
}

// A timestamp inside JSON: a whole number of Unix seconds (QJsonValue::toInteger() would read 1.5, 1e300
// or -0.5 as 0).
void checkJsonTimestamp(const CallProblem &at, const QJsonValue &value, qint64 now, Problems *out)
{
    if (!value.isDouble()) {
        add(out, at, Kind::NotSeconds);
        return;
    }
    const double d = value.toDouble();
    if (d != std::floor(d) || !std::isfinite(d)) {
        add(out, at, Kind::NotWholeSeconds, 0, 0, QString::number(d, 'g', 17));
        return;
    }
    if (std::fabs(d) >= 9.0e15) { // beyond what a double holds exactly; milliseconds of year 285,000+
        add(out, at, Kind::FarTooLarge, 0, 0, QString::number(d, 'g', 17));
        return;
    }
    checkTimestamp(at, qint64(d), now, out);
}

// Person or device attributes, or those of a Track v2 operation.
void checkAttributes(const CallProblem &at, const QJsonObject &attributes, const CallFieldLimits &limits, qint64 now,
                     Problems *out)
{
    if (limits.entries > 0 && attributes.size() > limits.entries)
        add(out, at, Kind::TooManyAttributes, limits.entries, attributes.size());
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
        const CallProblem attribute = within(at, it.key());
        if (it.key().trimmed().isEmpty())
            add(out, at, Kind::EmptyAttributeName);
        if (limits.entryNameBytes > 0 && utf8Size(it.key()) > limits.entryNameBytes)
            add(out, attribute, Kind::AttributeNameTooLong, limits.entryNameBytes, utf8Size(it.key()));
        QByteArray value;
        if (it.value().isString())
            value = it.value().toString().toUtf8();
        else if (it.value().isObject() || it.value().isArray())
            value = QJsonDocument::fromVariant(it.value().toVariant()).toJson(QJsonDocument::Compact);
        if (limits.entryValueBytes > 0 && value.size() > limits.entryValueBytes)
            add(out, attribute, Kind::AttributeValueTooLong, limits.entryValueBytes, value.size());
        if (it.key() == u"created_at" && it.value().isDouble())
            checkJsonTimestamp(attribute, it.value(), now, out);
    }
}

// One Track v2 operation: {type, identifiers, action, attributes?, name?, timestamp?} (Track OpenAPI
// document, /api/v2/entity). `at` places it: the body, and for /batch the item.
void checkV2Operation(const CallProblem &at, const QJsonValue &value, qint64 maxBytes, qint64 now, Problems *out)
{
    if (!value.isObject()) {
        add(out, at, Kind::NotAnOperation);
        return;
    }
    const QJsonObject op = value.toObject();
    static const QStringList types = {QStringLiteral("person"), QStringLiteral("object"), QStringLiteral("delivery")};
    if (!types.contains(op.value(u"type").toString()))
        add(out, within(at, QStringLiteral("type")), Kind::UnknownEntityType);
    const QString action = op.value(u"action").toString();
    if (action.trimmed().isEmpty())
        add(out, within(at, QStringLiteral("action")), Kind::MissingAction);
    const QJsonValue identifiers = op.value(u"identifiers");
    if (!identifiers.isObject() || identifiers.toObject().isEmpty()) {
        add(out, within(at, QStringLiteral("identifiers")), Kind::MissingIdentifiers);
    } else {
        const QJsonObject ids = identifiers.toObject();
        for (auto it = ids.constBegin(); it != ids.constEnd(); ++it) {
            const CallProblem id = within(at, QStringLiteral("identifiers.") + it.key());
            if (it.value().isString())
                checkPerson(id, it.value().toString(), false, TrackLimits::IdentifierBytes, out);
            else if (!it.value().isDouble())
                add(out, id, Kind::NotStringOrNumber);
        }
    }
    if (op.contains(u"attributes")) {
        const CallProblem attributes = within(at, QStringLiteral("attributes"));
        CallFieldLimits limits;
        limits.entries = TrackLimits::AttributesPerCall;
        limits.entryNameBytes = TrackLimits::AttributeNameBytes;
        limits.entryValueBytes = TrackLimits::AttributeValueBytes;
        if (op.value(u"attributes").isObject())
            checkAttributes(attributes, op.value(u"attributes").toObject(), limits, now, out);
        else
            add(out, attributes, Kind::AttributesNotObject);
    }
    if (action == u"event" || action == u"page" || action == u"screen" || op.contains(u"name"))
        checkEventName(within(at, QStringLiteral("name")), op.value(u"name").toString(), TrackLimits::EventNameBytes,
                       out);
    if (op.contains(u"timestamp"))
        checkJsonTimestamp(within(at, QStringLiteral("timestamp")), op.value(u"timestamp"), now, out);
    const qsizetype size = compactSize(op);
    if (maxBytes > 0 && size > maxBytes)
        add(out, at, Kind::OperationTooLarge, maxBytes, size);
}

// A Track v2 body: one operation (/entity) or {"batch": [operations]} (/batch).
void checkV2Body(const CallProblem &at, CallKind kind, const QJsonObject &body, const CallFieldLimits &limits,
                 qint64 now, Problems *out)
{
    if (kind != CallKind::Batch) {
        checkV2Operation(at, body, limits.operationBytes, now, out);
        return;
    }
    const CallProblem batchAt = within(at, QStringLiteral("batch"));
    const QJsonValue batch = body.value(u"batch");
    if (!batch.isArray() || batch.toArray().isEmpty()) {
        add(out, batchAt, Kind::EmptyBatch);
        return;
    }
    const QJsonArray operations = batch.toArray();
    for (qsizetype i = 0; i < operations.size(); ++i) {
        CallProblem item = at;
        item.item = int(i);
        checkV2Operation(item, operations.at(i), limits.operationBytes, now, out);
    }
    const qsizetype size = compactSize(body);
    if (limits.bytes > 0 && size > limits.bytes)
        add(out, batchAt, Kind::BatchTooLarge, limits.bytes, size);
}
} // namespace

QList<CallProblem> TrackCall::validate() const
{
    return validate(QDateTime::currentSecsSinceEpoch());
}

QList<CallProblem> TrackCall::validate(qint64 nowSecs) const
{
    if (isPipelines())
        return validatePipelines();
    Problems problems;
    for (const CallField &field : callShape(kind).fields) {
        CallProblem at;
        at.call = kind;
        at.field = field.id;
        const bool pathSegment = field.wire == CallField::Wire::PathSegment;
        const QString value = text(field.id);
        if (field.id == CallFields::Identifier || field.id == CallFields::Secondary) {
            checkPerson(at, value, pathSegment, field.limits.bytes, &problems);
            if (field.id == CallFields::Secondary && !identifier.isEmpty() && identifier == secondaryIdentifier)
                add(&problems, at, Kind::SameAsPrimary);
        } else if (field.id == CallFields::AnonymousId || field.id == CallFields::DeviceId) {
            // An anonymous event needs only its name: anonymous_id is optional (Track OpenAPI, /api/v1/events).
            if (field.required || !value.isEmpty())
                checkToken(at, value, pathSegment, field.limits.bytes, &problems);
        } else if (field.id == CallFields::FormId || field.id == CallFields::SegmentId) {
            checkToken(at, value, pathSegment, field.limits.bytes, &problems);
        } else if (field.type == CallField::Type::List) {
            const QStringList items = listItems(value);
            if (items.isEmpty())
                add(&problems, at, Kind::Required);
            else if (field.limits.items > 0 && items.size() > field.limits.items)
                add(&problems, at, Kind::TooManyItems, field.limits.items, items.size());
            for (const QString &item : items) {
                if (field.limits.bytes > 0 && utf8Size(item) > field.limits.bytes)
                    add(&problems, at, Kind::TooLong, field.limits.bytes, utf8Size(item));
                else if (const std::optional<Kind> kind = unsendable(item))
                    add(&problems, at, *kind);
            }
        } else if (field.id == CallFields::FormData) {
            // "one of—and only one of—email or id to identify a person" (Track OpenAPI, submitForm).
            const bool hasId = !data.value(u"id").toString().trimmed().isEmpty();
            const bool hasEmail = !data.value(u"email").toString().trimmed().isEmpty();
            if (hasId == hasEmail)
                add(&problems, at, Kind::NotOneRespondent);
            for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
                if (!it.value().isString())
                    add(&problems, within(at, it.key()), Kind::NotString);
            }
        } else if (field.id == CallFields::EventId) {
            if (!value.isEmpty() && !Ulid::isValid(value))
                add(&problems, at, Kind::NotUlid, 0, 0, value.left(30));
        } else if (field.id == CallFields::Name) {
            checkEventName(at, value, field.limits.bytes, &problems);
        } else if (field.type == CallField::Type::Choice) {
            if (!field.choices.contains(value) && (field.required || !value.isEmpty()))
                add(&problems, at, Kind::NotOneOf, 0, 0, value.left(20));
        } else if (field.id == CallFields::Attributes) {
            checkAttributes(at, attributes, field.limits, nowSecs, &problems);
        } else if (field.id == CallFields::Body) {
            checkV2Body(at, kind, data, field.limits, nowSecs, &problems);
        } else if (field.type == CallField::Type::JsonObject) {
            const qsizetype size = compactSize(json(field.id));
            if (!json(field.id).isEmpty() && field.limits.bytes > 0 && size > field.limits.bytes)
                add(&problems, at, Kind::TooLarge, field.limits.bytes, size);
        } else if (field.type == CallField::Type::Timestamp) {
            if (timestamp)
                checkTimestamp(at, *timestamp, nowSecs, &problems);
        }
    }
    return problems;
}
