#include "trackcall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace {
// Sets `value` at the member path `key` ("device.id") of `object`, creating the objects on the way.
void insertAt(QJsonObject *object, const QString &key, const QJsonValue &value)
{
    const qsizetype dot = key.indexOf(u'.');
    if (dot < 0) {
        object->insert(key, value);
        return;
    }
    const QString head = key.left(dot);
    QJsonObject inner = object->value(head).toObject();
    insertAt(&inner, key.mid(dot + 1), value);
    object->insert(head, inner);
}

bool isPipelinesText(const QString &id)
{
    static const QStringList ids = {CallFields::UserId,     CallFields::Event,        CallFields::GroupId,
                                    CallFields::PreviousId, CallFields::MessageId,    CallFields::DeviceToken,
                                    CallFields::ObjectId,   CallFields::ObjectTypeId, CallFields::DeliveryId,
                                    CallFields::Metric,     CallFields::Recipient,    CallFields::ActionType,
                                    CallFields::ContentId,  CallFields::TemplateId,   CallFields::Timestamp};
    return ids.contains(id);
}

bool isPipelinesJson(const QString &id)
{
    return id == CallFields::Traits || id == CallFields::Properties;
}
} // namespace

TrackCall TrackCall::region()
{
    return {};
}

TrackCall TrackCall::identify(const QString &identifier, const QJsonObject &attributes)
{
    TrackCall c;
    c.kind = CallKind::Identify;
    c.identifier = identifier;
    c.attributes = attributes;
    return c;
}

TrackCall TrackCall::deletePerson(const QString &identifier)
{
    TrackCall c;
    c.kind = CallKind::DeletePerson;
    c.identifier = identifier;
    return c;
}

TrackCall TrackCall::event(const QString &identifier, const QString &name, const QJsonObject &data)
{
    TrackCall c;
    c.kind = CallKind::Event;
    c.identifier = identifier;
    c.name = name;
    c.data = data;
    return c;
}

TrackCall TrackCall::pageView(const QString &identifier, const QString &url, const QJsonObject &data)
{
    TrackCall c = event(identifier, url, data);
    c.kind = CallKind::PageView;
    return c;
}

TrackCall TrackCall::screenView(const QString &identifier, const QString &screen, const QJsonObject &data)
{
    TrackCall c = event(identifier, screen, data);
    c.kind = CallKind::ScreenView;
    return c;
}

TrackCall TrackCall::anonymousEvent(const QString &anonymousId, const QString &name, const QJsonObject &data)
{
    TrackCall c;
    c.kind = CallKind::AnonymousEvent;
    c.anonymousId = anonymousId;
    c.name = name;
    c.data = data;
    return c;
}

TrackCall TrackCall::addDevice(const QString &identifier, const QString &deviceId, const QString &platform,
                               const QJsonObject &attributes)
{
    TrackCall c;
    c.kind = CallKind::AddDevice;
    c.identifier = identifier;
    c.deviceId = deviceId;
    c.platform = platform;
    c.attributes = attributes;
    return c;
}

TrackCall TrackCall::deleteDevice(const QString &identifier, const QString &deviceId)
{
    TrackCall c;
    c.kind = CallKind::DeleteDevice;
    c.identifier = identifier;
    c.deviceId = deviceId;
    return c;
}

TrackCall TrackCall::suppress(const QString &identifier)
{
    TrackCall c;
    c.kind = CallKind::Suppress;
    c.identifier = identifier;
    return c;
}

TrackCall TrackCall::unsuppress(const QString &identifier)
{
    TrackCall c = suppress(identifier);
    c.kind = CallKind::Unsuppress;
    return c;
}

TrackCall TrackCall::merge(const QString &primary, const QString &secondary)
{
    TrackCall c;
    c.kind = CallKind::Merge;
    c.identifier = primary;
    c.secondaryIdentifier = secondary;
    return c;
}

TrackCall TrackCall::entity(const QJsonObject &operation)
{
    TrackCall c;
    c.kind = CallKind::Entity;
    c.data = operation;
    return c;
}

TrackCall TrackCall::batch(const QJsonObject &body)
{
    TrackCall c;
    c.kind = CallKind::Batch;
    c.data = body;
    return c;
}

TrackCall TrackCall::appKeyCheck()
{
    TrackCall c;
    c.kind = CallKind::AppKeyCheck;
    return c;
}

QString TrackCall::text(const QString &fieldId) const
{
    if (fieldId == CallFields::Identifier)
        return identifier;
    if (fieldId == CallFields::AnonymousId)
        return anonymousId;
    if (fieldId == CallFields::Secondary)
        return secondaryIdentifier;
    if (fieldId == CallFields::Name)
        return name;
    if (fieldId == CallFields::DeviceId)
        return deviceId;
    if (fieldId == CallFields::Platform)
        return platform;
    if (fieldId == CallFields::EventId)
        return eventId;
    if (fieldId == CallFields::IdentifierType)
        return identifierType;
    if (fieldId == CallFields::SecondaryType)
        return secondaryType;
    if (fieldId == CallFields::FormId || fieldId == CallFields::SegmentId)
        return targetId;
    if (fieldId == CallFields::Ids)
        return ids;
    if (isPipelinesText(fieldId))
        return pipelinesText.value(fieldId);
    return {};
}

void TrackCall::setText(const QString &fieldId, const QString &value)
{
    if (fieldId == CallFields::Identifier)
        identifier = value;
    else if (fieldId == CallFields::AnonymousId)
        anonymousId = value;
    else if (fieldId == CallFields::Secondary)
        secondaryIdentifier = value;
    else if (fieldId == CallFields::Name)
        name = value;
    else if (fieldId == CallFields::DeviceId)
        deviceId = value;
    else if (fieldId == CallFields::Platform)
        platform = value;
    else if (fieldId == CallFields::EventId)
        eventId = value;
    else if (fieldId == CallFields::IdentifierType)
        identifierType = value;
    else if (fieldId == CallFields::SecondaryType)
        secondaryType = value;
    else if (fieldId == CallFields::FormId || fieldId == CallFields::SegmentId)
        targetId = value;
    else if (fieldId == CallFields::Ids)
        ids = value;
    else if (isPipelinesText(fieldId))
        pipelinesText.insert(fieldId, value);
}

QJsonObject TrackCall::json(const QString &fieldId) const
{
    if (fieldId == CallFields::Attributes)
        return attributes;
    if (fieldId == CallFields::Data || fieldId == CallFields::Body || fieldId == CallFields::FormData)
        return data;
    if (isPipelinesJson(fieldId))
        return pipelinesJson.value(fieldId);
    return {};
}

void TrackCall::setJson(const QString &fieldId, const QJsonObject &value)
{
    if (fieldId == CallFields::Attributes)
        attributes = value;
    else if (fieldId == CallFields::Data || fieldId == CallFields::Body || fieldId == CallFields::FormData)
        data = value;
    else if (isPipelinesJson(fieldId))
        pipelinesJson.insert(fieldId, value);
}

QStringList TrackCall::listItems(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u','))
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    return items;
}

bool TrackCall::needsIdentifier() const
{
    return callShape(kind).hasField(CallFields::Identifier);
}

QByteArray TrackCall::method() const
{
    return callShape(kind).method;
}

QString TrackCall::encodedPath() const
{
    const CallShape &shape = callShape(kind);
    QString path = shape.path;
    // Percent-encoding turns '{' into %7B, so a value never forms another placeholder.
    for (const CallField &field : shape.fields) {
        if (field.wire == CallField::Wire::PathSegment)
            path.replace(u'{' + field.wireKey + u'}', QString::fromLatin1(QUrl::toPercentEncoding(text(field.id))));
    }
    return path;
}

QString TrackCall::personTypeOf(const CallShape &shape, const QString &side) const
{
    for (const CallField &f : shape.fields) {
        if (f.wire == CallField::Wire::PersonType && f.wireKey == side)
            return text(f.id);
    }
    return {};
}

QByteArray TrackCall::body() const
{
    const CallShape &shape = callShape(kind);
    QJsonObject body = shape.fixedBody;
    bool any = !body.isEmpty();
    for (const CallField &field : shape.fields) {
        QJsonValue value(QJsonValue::Undefined);
        switch (field.type) {
        case CallField::Type::Text:
        case CallField::Type::Choice:
            if (field.wire == CallField::Wire::PersonType)
                break;
            if (field.wire == CallField::Wire::BodyPerson)
                value = mergeIdentifierObject(text(field.id), personTypeOf(shape, field.wireKey));
            else if (field.required || !text(field.id).isEmpty())
                value = text(field.id);
            break;
        case CallField::Type::JsonObject:
            if (field.wire == CallField::Wire::WholeBody)
                return QJsonDocument(json(field.id)).toJson(QJsonDocument::Compact);
            if (field.required || !json(field.id).isEmpty())
                value = json(field.id);
            break;
        case CallField::Type::Timestamp:
            if (timestamp)
                value = *timestamp;
            break;
        case CallField::Type::List:
            if (field.required || !listItems(text(field.id)).isEmpty())
                value = QJsonArray::fromStringList(listItems(text(field.id)));
            break;
        case CallField::Type::IsoTimestamp:
            if (!text(field.id).isEmpty())
                value = text(field.id);
            break;
        case CallField::Type::Integer:
            // validate() accepts only whole numbers from 1 (up to 2^53, exact in JSON).
            if (!text(field.id).trimmed().isEmpty())
                value = text(field.id).trimmed().toLongLong();
            break;
        }
        // An optional member left empty is not sent.
        if (field.wire == CallField::Wire::PathSegment || value.isUndefined())
            continue;
        insertAt(&body, field.wireKey, value);
        any = true;
    }
    return any ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray();
}
