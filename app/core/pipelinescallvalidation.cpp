// TrackCall::validate() of a Pipelines call: required ids, ISO 8601 timestamps, sizes in UTF-8 bytes of
// the compact JSON sent, /batch item types and each item's own required members
// (https://docs.customer.io/files/pipelines.json; docs/customerio-api.md, Pipelines API).
#include "trackcall.h"

#include "callchecks.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace CallChecks;

namespace {
// An ISO 8601 date-time with a time zone: "format": "date-time" in the OpenAPI document is RFC 3339's
// date-time, whose offset is not optional. Without one the instant is ambiguous (this computer's zone or
// UTC?), so it is refused rather than guessed. Qt reads the value; the pattern only asks for the zone.
bool isIsoTimestamp(const QString &text)
{
    static const QRegularExpression zone(QStringLiteral("T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})$"));
    return zone.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

// Largest whole number a JSON number holds exactly (2^53).
constexpr qint64 MaxWholeNumber = 9007199254740992LL;

bool isWholeNumber(const QString &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok && value >= 1 && value <= MaxWholeNumber;
}

// An id member of a /batch item: a non-empty string, or a number (customerio-node's payloads take a
// userId as string or number).
bool hasId(const QJsonObject &item, QStringView key)
{
    const QJsonValue v = item.value(key);
    return v.isDouble() || (v.isString() && !v.toString().trimmed().isEmpty());
}

void requireText(const CallProblem &item, const QJsonObject &call, const QString &key, Problems *out)
{
    if (!hasId(call, key))
        add(out, within(item, key), Kind::Required);
}

// One call of a /batch: {"type", ...the members of that call}. The document's /batch lists identify,
// group, track, page and screen; alias is taken too, as its common "type" lists it and customerio-node
// sends alias items (docs/customerio-api.md, Pipelines API).
// Returns the item's size in compact JSON.
qsizetype checkBatchItem(const CallProblem &item, const QJsonValue &value, Problems *out)
{
    if (!value.isObject()) {
        add(out, item, Kind::NotACall);
        return QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).size() - 2; // without [ ]
    }
    const QJsonObject call = value.toObject();
    static const QStringList types = {QStringLiteral("identify"), QStringLiteral("track"), QStringLiteral("page"),
                                      QStringLiteral("screen"),   QStringLiteral("group"), QStringLiteral("alias")};
    const QString type = call.value(u"type").toString();
    if (!types.contains(type)) {
        add(out, within(item, QStringLiteral("type")), Kind::UnknownCallType, 0, 0,
            call.value(u"type").isString() ? type.left(20) : QString());
    } else if (type == u"alias") {
        requireText(item, call, QStringLiteral("userId"), out);
        requireText(item, call, QStringLiteral("previousId"), out);
    } else {
        if (!hasId(call, u"userId") && !hasId(call, u"anonymousId"))
            add(out, item, Kind::NoPersonId);
        if (type == u"track")
            requireText(item, call, QStringLiteral("event"), out);
        if (type == u"group")
            requireText(item, call, QStringLiteral("groupId"), out);
    }
    if (call.contains(u"timestamp")) {
        const QJsonValue t = call.value(u"timestamp");
        if (!t.isString() || !isIsoTimestamp(t.toString()))
            add(out, within(item, QStringLiteral("timestamp")), Kind::NotIsoTimestamp, 0, 0,
                t.isString() ? t.toString().left(40) : QString());
    }
    const qsizetype size = compactSize(call);
    if (size > PipelinesLimits::CallBytes)
        add(out, item, Kind::CallTooLarge, PipelinesLimits::CallBytes, size);
    return size;
}

void checkBatch(const CallProblem &at, const QJsonObject &body, Problems *out)
{
    const QJsonValue batch = body.value(u"batch");
    if (!batch.isArray() || batch.toArray().isEmpty()) {
        add(out, within(at, QStringLiteral("batch")), Kind::EmptyPipelinesBatch);
        return;
    }
    const QJsonArray calls = batch.toArray();
    // {"batch":[item,item,...]}: when "batch" is the only member, the body's size is that of its items,
    // each written once here, instead of writing the whole body again.
    qsizetype size = 12 + calls.size() - 1; // {"batch":[ ]} and the commas
    for (qsizetype i = 0; i < calls.size(); ++i) {
        CallProblem item = at;
        item.item = int(i);
        size += checkBatchItem(item, calls.at(i), out);
    }
    if (body.size() != 1)
        size = compactSize(body);
    if (size > PipelinesLimits::BatchBytes)
        add(out, within(at, QStringLiteral("batch")), Kind::PipelinesBatchTooLarge, PipelinesLimits::BatchBytes, size);
}
} // namespace

QList<CallProblem> TrackCall::validatePipelines() const
{
    Problems problems;
    const CallShape &shape = callShape(kind);
    // identify, track, page, screen and group take a userId, an anonymousId or both, one at least; the
    // reporting events take either or none (the document requires neither).
    const bool eitherId = kind == CallKind::PipelinesIdentify || kind == CallKind::PipelinesTrack
        || kind == CallKind::PipelinesPage || kind == CallKind::PipelinesScreen || kind == CallKind::PipelinesGroup;
    QString sizeField; // the call's JSON field, where a call that is too large is placed
    for (const CallField &field : shape.fields) {
        CallProblem at;
        at.call = kind;
        at.field = field.id;
        const QString value = text(field.id);
        switch (field.type) {
        case CallField::Type::Text:
            if (field.id == CallFields::Event || field.id == CallFields::Name) {
                checkEventName(at, value, 0, &problems);
            } else if (eitherId && field.id == CallFields::UserId && value.isEmpty() && anonymousId.isEmpty()) {
                add(&problems, at, Kind::NoPersonId);
            } else if (field.required || !value.isEmpty()) {
                checkToken(at, value, false, 0, &problems);
            }
            break;
        case CallField::Type::Choice:
            if (!field.choices.contains(value) && (field.required || !value.isEmpty()))
                add(&problems, at, Kind::NotOneOf, 0, 0, value.left(20));
            break;
        case CallField::Type::IsoTimestamp:
            if (!value.isEmpty() && !isIsoTimestamp(value))
                add(&problems, at, Kind::NotIsoTimestamp, 0, 0, value.left(40));
            break;
        case CallField::Type::Integer:
            if (!value.trimmed().isEmpty() && !isWholeNumber(value))
                add(&problems, at, Kind::NotWholeNumber, 0, 0, value.left(20));
            break;
        case CallField::Type::JsonObject:
            if (field.wire == CallField::Wire::WholeBody)
                checkBatch(at, data, &problems);
            else if (sizeField.isEmpty())
                sizeField = field.id;
            break;
        case CallField::Type::Timestamp:
        case CallField::Type::List:
            break;
        }
    }
    if (kind != CallKind::PipelinesBatch) {
        const qsizetype size = body().size();
        if (size > PipelinesLimits::CallBytes) {
            CallProblem at;
            at.call = kind;
            at.field = sizeField;
            add(&problems, at, Kind::CallTooLarge, PipelinesLimits::CallBytes, size);
        }
    }
    return problems;
}
