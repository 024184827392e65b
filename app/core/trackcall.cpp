#include "trackcall.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TrackCall", text);
}

qsizetype utf8Size(const QString &s)
{
    return s.toUtf8().size();
}

qsizetype compactSize(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).size();
}

bool hasEventBody(CallKind kind)
{
    return kind == CallKind::Event || kind == CallKind::PageView || kind == CallKind::AnonymousEvent
        || kind == CallKind::ScreenView;
}

struct KindName
{
    CallKind kind;
    const char *name;
};
constexpr KindName kKindNames[] = {
    {CallKind::Region, "region"},     {CallKind::Identify, "identify"},     {CallKind::DeletePerson, "delete"},
    {CallKind::Event, "event"},       {CallKind::PageView, "page"},         {CallKind::AnonymousEvent, "anonymous"},
    {CallKind::ScreenView, "screen"}, {CallKind::AddDevice, "add-device"},  {CallKind::DeleteDevice, "delete-device"},
    {CallKind::Suppress, "suppress"}, {CallKind::Unsuppress, "unsuppress"}, {CallKind::Merge, "merge"},
    {CallKind::Entity, "entity"},     {CallKind::Batch, "batch"},           {CallKind::AppKeyCheck, "app-key-check"},
};
} // namespace

QString callName(CallKind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

std::optional<CallKind> callFromName(const QString &name)
{
    for (const KindName &k : kKindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QList<CallKind> allCallKinds()
{
    QList<CallKind> kinds;
    for (const KindName &k : kKindNames)
        kinds << k.kind;
    return kinds;
}

QJsonObject mergeIdentifierObject(const QString &identifier)
{
    if (identifier.startsWith(u"cio_") && identifier.size() > 4)
        return {{QStringLiteral("cio_id"), identifier.mid(4)}};
    if (identifier.contains(u'@'))
        return {{QStringLiteral("email"), identifier}};
    return {{QStringLiteral("id"), identifier}};
}

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

TrackCall TrackCall::fromParts(CallKind kind, const Parts &p)
{
    switch (kind) {
    case CallKind::Identify:
        return identify(p.person, p.json);
    case CallKind::DeletePerson:
        return deletePerson(p.person);
    case CallKind::Event:
        return event(p.person, p.name, p.json);
    case CallKind::PageView:
        return pageView(p.person, p.name, p.json);
    case CallKind::ScreenView:
        return screenView(p.person, p.name, p.json);
    case CallKind::AnonymousEvent:
        return anonymousEvent(p.person, p.name, p.json);
    case CallKind::AddDevice:
        return addDevice(p.person, p.deviceId, p.platform, p.json);
    case CallKind::DeleteDevice:
        return deleteDevice(p.person, p.deviceId);
    case CallKind::Suppress:
        return suppress(p.person);
    case CallKind::Unsuppress:
        return unsuppress(p.person);
    case CallKind::Merge:
        return merge(p.person, p.secondary);
    case CallKind::Entity:
        return entity(p.json);
    case CallKind::Batch:
        return batch(p.json);
    case CallKind::AppKeyCheck:
        return appKeyCheck();
    case CallKind::Region:
        break;
    }
    return region();
}

QString TrackCall::jsonRole(CallKind kind)
{
    switch (kind) {
    case CallKind::Identify:
    case CallKind::AddDevice:
        return QStringLiteral("attributes");
    case CallKind::Event:
    case CallKind::PageView:
    case CallKind::ScreenView:
    case CallKind::AnonymousEvent:
        return QStringLiteral("data");
    case CallKind::Entity:
    case CallKind::Batch:
        return QStringLiteral("body");
    default:
        return {};
    }
}

bool TrackCall::needsIdentifier() const
{
    switch (kind) {
    case CallKind::Region:
    case CallKind::AppKeyCheck:
    case CallKind::AnonymousEvent:
    case CallKind::Entity:
    case CallKind::Batch:
        return false;
    default:
        return true;
    }
}

QByteArray TrackCall::method() const
{
    switch (kind) {
    case CallKind::Region:
    case CallKind::AppKeyCheck:
        return QByteArrayLiteral("GET");
    case CallKind::Identify:
    case CallKind::AddDevice:
        return QByteArrayLiteral("PUT");
    case CallKind::DeletePerson:
    case CallKind::DeleteDevice:
        return QByteArrayLiteral("DELETE");
    default:
        return QByteArrayLiteral("POST");
    }
}

QString TrackCall::encodedPath() const
{
    const auto segment = [](const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); };
    QString person = QStringLiteral("/api/v1/customers/") + segment(identifier);
    switch (kind) {
    case CallKind::Region:
        return QStringLiteral("/api/v1/accounts/region");
    case CallKind::Identify:
    case CallKind::DeletePerson:
        return person;
    case CallKind::Event:
    case CallKind::PageView:
    case CallKind::ScreenView:
        return person + QStringLiteral("/events");
    case CallKind::AnonymousEvent:
        return QStringLiteral("/api/v1/events");
    case CallKind::AddDevice:
        return person + QStringLiteral("/devices");
    case CallKind::DeleteDevice:
        return person + QStringLiteral("/devices/") + segment(deviceId);
    case CallKind::Suppress:
        return person + QStringLiteral("/suppress");
    case CallKind::Unsuppress:
        return person + QStringLiteral("/unsuppress");
    case CallKind::Merge:
        return QStringLiteral("/api/v1/merge_customers");
    case CallKind::Entity:
        return QStringLiteral("/api/v2/entity");
    case CallKind::Batch:
        return QStringLiteral("/api/v2/batch");
    case CallKind::AppKeyCheck:
        return QStringLiteral("/v1/segments");
    }
    return {};
}

QByteArray TrackCall::body() const
{
    const auto compact = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    switch (kind) {
    case CallKind::Identify:
        return compact(attributes);
    case CallKind::Entity:
    case CallKind::Batch:
        return compact(data);
    case CallKind::Merge:
        return compact({{QStringLiteral("primary"), mergeIdentifierObject(identifier)},
                        {QStringLiteral("secondary"), mergeIdentifierObject(secondaryIdentifier)}});
    case CallKind::AddDevice: {
        QJsonObject device {{QStringLiteral("id"), deviceId}, {QStringLiteral("platform"), platform}};
        if (timestamp)
            device.insert(QStringLiteral("last_used"), *timestamp);
        if (!attributes.isEmpty())
            device.insert(QStringLiteral("attributes"), attributes);
        return compact({{QStringLiteral("device"), device}});
    }
    default:
        break;
    }
    if (!hasEventBody(kind))
        return {};
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    if (kind == CallKind::PageView)
        o.insert(QStringLiteral("type"), QStringLiteral("page"));
    if (kind == CallKind::ScreenView)
        o.insert(QStringLiteral("type"), QStringLiteral("screen"));
    if (kind == CallKind::AnonymousEvent && !anonymousId.isEmpty())
        o.insert(QStringLiteral("anonymous_id"), anonymousId);
    if (!data.isEmpty())
        o.insert(QStringLiteral("data"), data);
    if (timestamp)
        o.insert(QStringLiteral("timestamp"), *timestamp);
    return compact(o);
}

namespace {
// Text that cannot be sent as typed: lone surrogates (they would be sent as '?') and control characters.
QString textProblem(const QString &field, const QString &text)
{
    if (!QStringView(text).isValidUtf16())
        return QCoreApplication::translate("TrackCall", "%1: contains an invalid character (a lone UTF-16 surrogate)")
            .arg(field);
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate("TrackCall",
                                               "%1: must not contain control characters such as "
                                               "line breaks or tabs")
                .arg(field);
    }
    return {};
}
} // namespace

namespace {
// A person's identifier: required, sendable text, no surrounding spaces, at most IdentifierBytes. As a
// path segment "." and ".." are refused too: HTTP clients and servers resolve them, so the call would
// reach another endpoint (/api/v1/customers/../events is /api/v1/events).
QString identifierProblem(const QString &field, const QString &value, bool pathSegment)
{
    QString problem = textProblem(field, value);
    if (value.isEmpty())
        return tr("%1: must not be empty").arg(field);
    if (!problem.isEmpty())
        return problem;
    if (value != value.trimmed())
        return tr("%1: must not start or end with spaces").arg(field);
    if (pathSegment && (value == u"." || value == u".."))
        return tr("%1: \".\" and \"..\" cannot be sent as a path segment").arg(field);
    if (utf8Size(value) > TrackLimits::IdentifierBytes)
        return tr("%1: at most %2 bytes in UTF-8 (got %3)")
            .arg(field, QString::number(TrackLimits::IdentifierBytes), QString::number(utf8Size(value)));
    return {};
}

void checkTimestamp(const QString &field, qint64 value, qint64 now, QStringList *errors)
{
    if (value < 0) {
        *errors << tr("%1: must be Unix seconds, not negative (got %2)").arg(field, QString::number(value));
    } else if (value >= TrackLimits::MillisecondsFrom && value / 1000 >= TrackLimits::MillisecondsReadAsFrom
               && value / 1000 <= now + TrackLimits::FutureSlackSeconds) {
        *errors << tr("%1: %2 looks like milliseconds; Unix seconds would be %3")
                       .arg(field, QString::number(value), QString::number(value / 1000));
    } else if (value > now + TrackLimits::FutureSlackSeconds) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(value, Qt::UTC);
        *errors << tr("%1: %2 is %3 (UTC), more than a day in the future; expected Unix seconds")
                       .arg(field, QString::number(value),
                            at.isValid() && at.date().year() <= 9999 ? at.toString(Qt::ISODate)
                                                                     : tr("beyond year 9999"));
    }
}

// A timestamp inside JSON: a whole number of Unix seconds (QJsonValue::toInteger() would read 1.5, 1e300
// or -0.5 as 0).
void checkJsonTimestamp(const QString &field, const QJsonValue &value, qint64 now, QStringList *errors)
{
    if (!value.isDouble()) {
        *errors << tr("%1: must be a number of Unix seconds").arg(field);
        return;
    }
    const double d = value.toDouble();
    if (d != std::floor(d) || !std::isfinite(d)) {
        *errors << tr("%1: must be a whole number of Unix seconds (got %2)").arg(field, QString::number(d, 'g', 17));
        return;
    }
    if (std::fabs(d) >= 9.0e15) { // beyond what a double holds exactly; milliseconds of year 285,000+
        *errors << tr("%1: %2 is far too large for Unix seconds").arg(field, QString::number(d, 'g', 17));
        return;
    }
    checkTimestamp(field, qint64(d), now, errors);
}

// Person or device attributes; `where` ("" or "batch[2]: ") is put before each message.
void checkAttributes(const QString &where, const QJsonObject &attributes, qint64 now, QStringList *errors)
{
    if (attributes.size() > TrackLimits::AttributesPerCall)
        *errors << where
                + tr("Attributes: at most %1 per call (got %2)")
                      .arg(QString::number(TrackLimits::AttributesPerCall), QString::number(attributes.size()));
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
        if (it.key().trimmed().isEmpty())
            *errors << where + tr("Attribute name: must not be empty");
        if (utf8Size(it.key()) > TrackLimits::AttributeNameBytes)
            *errors << where
                    + tr("Attribute name \"%1…\": at most %2 bytes in UTF-8 (got %3)")
                          .arg(it.key().left(20), QString::number(TrackLimits::AttributeNameBytes),
                               QString::number(utf8Size(it.key())));
        QByteArray value;
        if (it.value().isString())
            value = it.value().toString().toUtf8();
        else if (it.value().isObject() || it.value().isArray())
            value = QJsonDocument::fromVariant(it.value().toVariant()).toJson(QJsonDocument::Compact);
        if (value.size() > TrackLimits::AttributeValueBytes)
            *errors << where
                    + tr("Attribute \"%1\": value at most %2 bytes in UTF-8 (got %3)")
                          .arg(it.key().left(40), QString::number(TrackLimits::AttributeValueBytes),
                               QString::number(value.size()));
        if (it.key() == u"created_at" && it.value().isDouble())
            checkJsonTimestamp(where + tr("Attribute \"created_at\""), it.value(), now, errors);
    }
}

void checkEventName(const QString &field, const QString &name, QStringList *errors)
{
    const QString problem = textProblem(field, name);
    if (!problem.isEmpty())
        *errors << problem;
    else if (name.trimmed().isEmpty())
        *errors << tr("%1: must not be blank").arg(field);
    else if (utf8Size(name) > TrackLimits::EventNameBytes)
        *errors << tr("%1: at most %2 bytes in UTF-8 (got %3)")
                       .arg(field, QString::number(TrackLimits::EventNameBytes), QString::number(utf8Size(name)));
}

// One Track v2 operation: {type, identifiers, action, attributes?, name?, timestamp?} (cio-api.md §3).
// `where` is "" for /entity and "batch[i]: " for an operation of /batch; fields are named by JSON path.
void checkV2Operation(const QString &where, const QJsonValue &value, qint64 now, QStringList *errors)
{
    if (!value.isObject()) {
        *errors << where
                + tr("must be a JSON object such as {\"type\": \"person\", \"identifiers\": {\"id\": "
                     "\"42\"}, \"action\": \"identify\"}");
        return;
    }
    const QJsonObject op = value.toObject();
    static const QStringList types = {QStringLiteral("person"), QStringLiteral("object"), QStringLiteral("delivery")};
    if (!types.contains(op.value(u"type").toString()))
        *errors << where + tr("type: must be \"person\", \"object\" or \"delivery\"");
    const QString action = op.value(u"action").toString();
    if (action.trimmed().isEmpty())
        *errors << where + tr("action: must be a non-empty string such as \"identify\" or \"event\"");
    const QJsonValue identifiers = op.value(u"identifiers");
    if (!identifiers.isObject() || identifiers.toObject().isEmpty()) {
        *errors << where + tr("identifiers: must be an object with at least one identifier, e.g. {\"id\": \"42\"}");
    } else {
        const QJsonObject ids = identifiers.toObject();
        for (auto it = ids.constBegin(); it != ids.constEnd(); ++it) {
            const QString field = where + QStringLiteral("identifiers.") + it.key();
            if (it.value().isString()) {
                const QString problem = identifierProblem(field, it.value().toString(), false);
                if (!problem.isEmpty())
                    *errors << problem;
            } else if (!it.value().isDouble()) {
                *errors << tr("%1: must be a string or a number").arg(field);
            }
        }
    }
    if (op.contains(u"attributes")) {
        if (op.value(u"attributes").isObject())
            checkAttributes(where, op.value(u"attributes").toObject(), now, errors);
        else
            *errors << where + tr("attributes: must be a JSON object");
    }
    if (action == u"event" || action == u"page" || action == u"screen" || op.contains(u"name"))
        checkEventName(where + QStringLiteral("name"), op.value(u"name").toString(), errors);
    if (op.contains(u"timestamp"))
        checkJsonTimestamp(where + QStringLiteral("timestamp"), op.value(u"timestamp"), now, errors);
    const qsizetype size = compactSize(op);
    if (size > TrackLimits::V2RequestBytes)
        *errors << where
                + tr("operation: at most %1 bytes of JSON (got %2)")
                      .arg(QString::number(TrackLimits::V2RequestBytes), QString::number(size));
}
} // namespace

QStringList TrackCall::validate() const
{
    return validate(QDateTime::currentSecsSinceEpoch());
}

QStringList TrackCall::validate(qint64 nowSecs) const
{
    QStringList errors;
    const auto add = [&errors](const QString &problem) {
        if (!problem.isEmpty())
            errors << problem;
    };
    if (needsIdentifier()) {
        const QString field = kind == CallKind::Merge ? tr("Primary person") : tr("Identifier");
        add(identifierProblem(field, identifier, kind != CallKind::Merge));
    }
    switch (kind) {
    case CallKind::Region:
    case CallKind::AppKeyCheck:
    case CallKind::DeletePerson:
    case CallKind::Suppress:
    case CallKind::Unsuppress:
        break;
    case CallKind::Identify:
        checkAttributes(QString(), attributes, nowSecs, &errors);
        break;
    case CallKind::Event:
    case CallKind::PageView:
    case CallKind::ScreenView:
    case CallKind::AnonymousEvent: {
        if (kind == CallKind::AnonymousEvent) {
            if (anonymousId.trimmed().isEmpty())
                errors << tr("Anonymous ID: must not be empty");
            else if (!textProblem(tr("Anonymous ID"), anonymousId).isEmpty())
                add(textProblem(tr("Anonymous ID"), anonymousId));
            else if (anonymousId != anonymousId.trimmed())
                errors << tr("Anonymous ID: must not start or end with spaces");
        }
        const QString field = kind == CallKind::PageView ? tr("Page URL")
            : kind == CallKind::ScreenView               ? tr("Screen name")
                                                         : tr("Event name");
        checkEventName(field, name, &errors);
        const qsizetype dataSize = compactSize(data);
        if (!data.isEmpty() && dataSize > TrackLimits::EventDataBytes)
            errors << tr("Event data: at most %1 bytes of JSON (got %2)")
                          .arg(QString::number(TrackLimits::EventDataBytes), QString::number(dataSize));
        if (timestamp)
            checkTimestamp(tr("Timestamp"), *timestamp, nowSecs, &errors);
        break;
    }
    case CallKind::AddDevice:
    case CallKind::DeleteDevice: {
        const QString problem = textProblem(tr("Device ID"), deviceId);
        if (deviceId.trimmed().isEmpty())
            errors << tr("Device ID: must not be empty");
        else if (!problem.isEmpty())
            errors << problem;
        else if (deviceId != deviceId.trimmed())
            errors << tr("Device ID: must not start or end with spaces");
        else if (kind == CallKind::DeleteDevice && (deviceId == u"." || deviceId == u".."))
            errors << tr("Device ID: \".\" and \"..\" cannot be sent as a path segment");
        if (kind == CallKind::AddDevice) {
            if (platform != u"ios" && platform != u"android")
                errors << tr("Platform: must be \"ios\" or \"android\" (got \"%1\")").arg(platform.left(20));
            checkAttributes(tr("Device: "), attributes, nowSecs, &errors);
            if (timestamp)
                checkTimestamp(tr("Last used"), *timestamp, nowSecs, &errors);
        }
        break;
    }
    case CallKind::Merge:
        add(identifierProblem(tr("Secondary person"), secondaryIdentifier, false));
        if (!identifier.isEmpty() && identifier == secondaryIdentifier)
            errors << tr("Secondary person: must differ from the primary person");
        break;
    case CallKind::Entity: {
        checkV2Operation(QString(), data, nowSecs, &errors);
        break;
    }
    case CallKind::Batch: {
        const QJsonValue batch = data.value(u"batch");
        if (!batch.isArray() || batch.toArray().isEmpty()) {
            errors << tr("batch: must be a non-empty array of operations, e.g. {\"batch\": [{\"type\": \"person\", "
                         "\"identifiers\": {\"id\": \"42\"}, \"action\": \"identify\"}]}");
            break;
        }
        const QJsonArray operations = batch.toArray();
        for (qsizetype i = 0; i < operations.size(); ++i)
            checkV2Operation(QStringLiteral("batch[%1]: ").arg(i), operations.at(i), nowSecs, &errors);
        const qsizetype size = compactSize(data);
        if (size > TrackLimits::V2BatchBytes)
            errors << tr("batch: at most %1 bytes of JSON per request (got %2)")
                          .arg(QString::number(TrackLimits::V2BatchBytes), QString::number(size));
        break;
    }
    }
    return errors;
}

QList<TrackV2ItemError> trackV2ItemErrors(const QByteArray &responseBody)
{
    QList<TrackV2ItemError> result;
    const QJsonValue errors = QJsonDocument::fromJson(responseBody).object().value(u"errors");
    if (!errors.isArray())
        return result;
    const QJsonArray array = errors.toArray();
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            continue;
        const QJsonObject o = value.toObject();
        TrackV2ItemError e;
        const QJsonValue index = o.value(u"batch_index");
        if (index.isDouble() && index.toDouble() >= 0 && index.toDouble() < 1e9)
            e.batchIndex = int(index.toDouble());
        e.reason = o.value(u"reason").toString();
        e.field = o.value(u"field").toString();
        e.message = o.value(u"message").toString();
        result << e;
    }
    return result;
}

QStringList describeTrackV2ItemErrors(const TrackCall &call, const QList<TrackV2ItemError> &errors)
{
    const QJsonArray operations = call.data.value(u"batch").toArray();
    QStringList lines;
    for (const TrackV2ItemError &e : errors) {
        QString item;
        if (call.kind == CallKind::Batch && e.batchIndex >= 0) {
            item = tr("item %1").arg(e.batchIndex);
            if (e.batchIndex < operations.size()) {
                const QJsonObject op = operations.at(e.batchIndex).toObject();
                const QJsonObject ids = op.value(u"identifiers").toObject();
                QString who = op.value(u"type").toString();
                if (!ids.isEmpty())
                    who += u' ' + ids.constBegin().value().toVariant().toString();
                item += QStringLiteral(" (%1, %2)").arg(who.trimmed(), op.value(u"action").toString());
            } else {
                item += tr(" (no such item in the request)");
            }
        } else {
            item = call.kind == CallKind::Batch ? tr("request") : tr("operation");
        }
        QString text = e.message.isEmpty() ? e.reason : e.message;
        if (!e.field.isEmpty())
            text = tr("field %1: %2").arg(e.field, text);
        lines << item + QStringLiteral(": ") + text;
    }
    return lines;
}

bool parseJsonObjectField(const QString &field, const QByteArray &text, QJsonObject *out, QString *error)
{
    if (text.trimmed().isEmpty()) {
        *out = QJsonObject();
        return true;
    }
    // A JSON value that is not an object (a string, a number, null) is named as such, not as bad JSON.
    const QByteArray trimmed = text.trimmed();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
        *error = tr("%1: must be a JSON object such as {\"plan\": \"pro\"}").arg(field);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonParseError gives a byte offset; people need a line and column.
        const QByteArray before = text.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
        *error = tr("%1: invalid JSON at line %2, column %3: %4")
                     .arg(field)
                     .arg(line)
                     .arg(column)
                     .arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = tr("%1: must be a JSON object such as {\"plan\": \"pro\"}").arg(field);
        return false;
    }
    *out = doc.object();
    return true;
}

bool parseTimestamp(const QString &field, const QString &text, qint64 *seconds, QString *error)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    const qint64 value = trimmed.toLongLong(&ok);
    if (ok) {
        *seconds = value;
        return true;
    }
    const QDateTime at = QDateTime::fromString(trimmed, Qt::ISODate);
    if (at.isValid() && trimmed.contains(u'T')) {
        *seconds = at.toSecsSinceEpoch();
        return true;
    }
    *error = tr("%1: expected Unix seconds such as 1764403200 or an ISO 8601 date-time such as "
                "2025-11-29T08:00:00Z (got \"%2\")")
                 .arg(field, trimmed.left(40));
    return false;
}
