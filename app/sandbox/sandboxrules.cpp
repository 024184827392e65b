#include "sandboxrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace SandboxRules {

namespace {

qsizetype utf8Size(const QString &text)
{
    return text.toUtf8().size();
}

} // namespace

QString parseObjectBody(const QByteArray &body, bool emptyAllowed, QJsonObject *object)
{
    *object = {};
    if (body.trimmed().isEmpty())
        return emptyAllowed ? QString() : u"request body must be a JSON object"_s;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return u"invalid JSON body: %1"_s.arg(parseError.errorString());
    if (!document.isObject())
        return u"request body must be a JSON object"_s;
    *object = document.object();
    return {};
}

QString identifierError(const QString &identifier)
{
    if (identifier.trimmed().isEmpty())
        return u"identifier cannot be blank"_s;
    if (utf8Size(identifier) > maxIdentifierBytes)
        return u"identifier cannot be longer than %1 bytes"_s.arg(maxIdentifierBytes);
    return {};
}

QString identifyError(const QJsonObject &attributes)
{
    static const QStringList controls = {u"_timestamp"_s, u"_update"_s, u"cio_relationships"_s};
    int count = 0;
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
        if (controls.contains(it.key()))
            continue;
        ++count;
        if (utf8Size(it.key()) > maxAttributeNameBytes)
            return u"attribute name cannot be longer than %1 bytes"_s.arg(maxAttributeNameBytes);
        if (it.value().isString() && utf8Size(it.value().toString()) > maxAttributeValueBytes)
            return u"attribute value cannot be longer than %1 bytes"_s.arg(maxAttributeValueBytes);
    }
    if (count > maxAttributesPerIdentify)
        return u"cannot identify more than %1 attributes in one request"_s.arg(maxAttributesPerIdentify);
    return {};
}

QString eventError(const QJsonObject &event)
{
    const QJsonValue name = event.value(u"name"_s);
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return u"name cannot be blank"_s;
    if (utf8Size(name.toString()) > maxEventNameBytes)
        return u"event name cannot be longer than %1 bytes"_s.arg(maxEventNameBytes);

    const QJsonValue data = event.value(u"data"_s);
    if (data.isUndefined() || data.isNull())
        return {};
    if (!data.isObject())
        return u"event data must be a JSON object"_s;
    if (QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact).size() > maxEventDataBytes)
        return u"event data cannot be longer than %1 bytes"_s.arg(maxEventDataBytes);
    return {};
}

namespace {

// {"id":v} | {"email":v} | {"cio_id":v} with exactly one non-blank identifier.
QString personReference(const QJsonValue &value, const QString &field, QString *identifier)
{
    static const QStringList keys = {u"id"_s, u"email"_s, u"cio_id"_s};
    const QJsonObject object = value.toObject();
    QStringList found;
    for (const QString &key : keys) {
        const QJsonValue v = object.value(key);
        if (v.isUndefined() || v.isNull())
            continue;
        const QString text = v.isDouble() ? QString::number(v.toInteger()) : v.toString();
        if (text.trimmed().isEmpty())
            return u"%1.%2 cannot be blank"_s.arg(field, key);
        found << (key == u"cio_id"_s ? u"cio_"_s + text : text);
    }
    if (!value.isObject() || found.size() != 1)
        return u"%1 must have exactly one of id, email or cio_id"_s.arg(field);
    *identifier = found.first();
    return {};
}

} // namespace

QString deviceError(const QJsonObject &body)
{
    const QJsonValue device = body.value(u"device"_s);
    if (!device.isObject())
        return u"device must be an object"_s;
    const QJsonObject object = device.toObject();
    if (!object.value(u"id"_s).isString() || object.value(u"id"_s).toString().trimmed().isEmpty())
        return u"device.id cannot be blank"_s;
    if (!object.value(u"platform"_s).isString() || object.value(u"platform"_s).toString().trimmed().isEmpty())
        return u"device.platform cannot be blank"_s;
    const QString platform = object.value(u"platform"_s).toString();
    if (platform != u"ios"_s && platform != u"android"_s)
        return u"device.platform must be ios or android"_s;
    return {};
}

QString mergeError(const QJsonObject &body, QString *primary, QString *secondary)
{
    QString error = personReference(body.value(u"primary"_s), u"primary"_s, primary);
    if (error.isEmpty())
        error = personReference(body.value(u"secondary"_s), u"secondary"_s, secondary);
    return error;
}

QString formError(const QJsonObject &body, QString *identifier)
{
    const QJsonValue data = body.value(u"data"_s);
    if (!data.isObject())
        return u"data must be an object"_s;
    const QJsonObject fields = data.toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!it.value().isString())
            return u"data.%1 must be a string"_s.arg(it.key());
    }
    const bool hasId = !fields.value(u"id"_s).toString().trimmed().isEmpty();
    const bool hasEmail = !fields.value(u"email"_s).toString().trimmed().isEmpty();
    if (hasId == hasEmail)
        return u"data must have exactly one of id or email"_s;
    *identifier = fields.value(hasId ? u"id"_s : u"email"_s).toString();
    return identifierError(*identifier);
}

QString segmentError(const QJsonObject &body, const QString &idType)
{
    static const QStringList idTypes = {u"id"_s, u"email"_s, u"cio_id"_s};
    if (!idType.isEmpty() && !idTypes.contains(idType))
        return u"id_type must be one of id, email, cio_id"_s;
    const QJsonValue ids = body.value(u"ids"_s);
    if (!ids.isArray() || ids.toArray().isEmpty())
        return u"ids must be a non-empty array"_s;
    if (ids.toArray().size() > maxSegmentIds)
        return u"ids cannot have more than %1 entries"_s.arg(maxSegmentIds);
    for (const QJsonValue &id : ids.toArray()) {
        if (!id.isString() || id.toString().trimmed().isEmpty())
            return u"ids must be non-blank strings"_s;
    }
    return {};
}

QString transactionalSizeError(const QByteArray &body)
{
    if (body.size() > maxTransactionalBodyBytes)
        return u"payload cannot be larger than %1 bytes"_s.arg(maxTransactionalBodyBytes);
    return {};
}

QString transactionalError(const QJsonObject &body)
{
    qsizetype recipients = 0;
    for (const QString &field : {u"to"_s, u"cc"_s, u"bcc"_s})
        recipients += body.value(field).toString().split(u',', Qt::SkipEmptyParts).size();
    if (recipients > maxTransactionalRecipients)
        return u"cannot send to more than %1 recipients across to, cc and bcc"_s.arg(maxTransactionalRecipients);
    const QJsonValue id = body.value(u"transactional_message_id"_s);
    if (!(id.isDouble() || (id.isString() && !id.toString().trimmed().isEmpty())))
        return u"transactional_message_id must be present"_s;
    QString identifier;
    return personReference(body.value(u"identifiers"_s), u"identifiers"_s, &identifier);
}

V2Error v2OperationError(const QJsonValue &operation, QString *identifier)
{
    identifier->clear();
    if (!operation.isObject())
        return {u"invalid"_s, QString(), u"operation must be a JSON object"_s};
    const QJsonObject op = operation.toObject();
    if (QJsonDocument(op).toJson(QJsonDocument::Compact).size() > maxV2OperationBytes)
        return {u"too_large"_s, QString(), u"operation cannot be larger than %1 bytes"_s.arg(maxV2OperationBytes)};
    static const QStringList types = {u"person"_s, u"object"_s, u"delivery"_s};
    const QString type = op.value(u"type"_s).toString();
    if (!types.contains(type))
        return {u"invalid"_s, u"type"_s, u"type must be one of person, object, delivery"_s};
    const QString action = op.value(u"action"_s).toString();
    if (action.trimmed().isEmpty())
        return {u"invalid"_s, u"action"_s, u"action cannot be blank"_s};
    const QJsonObject identifiers = op.value(u"identifiers"_s).toObject();
    if (identifiers.isEmpty())
        return {u"invalid"_s, u"identifiers"_s, u"identifiers must name the entity"_s};
    if ((action == u"event"_s || action == u"page"_s || action == u"screen"_s)
        && op.value(u"name"_s).toString().trimmed().isEmpty())
        return {u"invalid"_s, u"name"_s, u"name cannot be blank"_s};
    if (op.contains(u"attributes"_s) && !op.value(u"attributes"_s).isObject())
        return {u"invalid"_s, u"attributes"_s, u"attributes must be an object"_s};
    if (type == u"person"_s) {
        int count = 0;
        for (const QString &key : {u"id"_s, u"email"_s, u"phone"_s, u"cio_id"_s}) {
            const QJsonValue v = identifiers.value(key);
            if (v.isString() || v.isDouble()) {
                const QString text = v.isString() ? v.toString() : QString::number(v.toInteger());
                *identifier = key == u"cio_id"_s ? u"cio_"_s + text : text;
                ++count;
            }
        }
        if (count != 1) {
            identifier->clear();
            return {u"invalid"_s, u"identifiers"_s,
                    u"identifiers must contain exactly one of id, email, phone or cio_id"_s};
        }
        const QString error = identifierError(*identifier);
        if (!error.isEmpty())
            return {u"invalid"_s, u"identifiers"_s, error};
        if (action == u"identify"_s) {
            const QString attributesError = identifyError(op.value(u"attributes"_s).toObject());
            if (!attributesError.isEmpty())
                return {u"invalid"_s, u"attributes"_s, attributesError};
        }
    }
    return {};
}

} // namespace SandboxRules
