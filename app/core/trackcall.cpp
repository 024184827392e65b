#include "trackcall.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TrackCall", text);
}

qsizetype utf8Size(const QString &s)
{
    return s.toUtf8().size();
}

bool needsIdentifier(CallKind kind)
{
    return kind == CallKind::Identify || kind == CallKind::DeletePerson || kind == CallKind::Event
        || kind == CallKind::PageView;
}

bool hasEventBody(CallKind kind)
{
    return kind == CallKind::Event || kind == CallKind::PageView || kind == CallKind::AnonymousEvent;
}
} // namespace

QString callName(CallKind kind)
{
    switch (kind) {
    case CallKind::Region:
        return QStringLiteral("region");
    case CallKind::Identify:
        return QStringLiteral("identify");
    case CallKind::DeletePerson:
        return QStringLiteral("delete");
    case CallKind::Event:
        return QStringLiteral("event");
    case CallKind::PageView:
        return QStringLiteral("page");
    case CallKind::AnonymousEvent:
        return QStringLiteral("anonymous");
    }
    return {};
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

TrackCall TrackCall::anonymousEvent(const QString &anonymousId, const QString &name, const QJsonObject &data)
{
    TrackCall c;
    c.kind = CallKind::AnonymousEvent;
    c.anonymousId = anonymousId;
    c.name = name;
    c.data = data;
    return c;
}

QByteArray TrackCall::method() const
{
    switch (kind) {
    case CallKind::Region:
        return QByteArrayLiteral("GET");
    case CallKind::Identify:
        return QByteArrayLiteral("PUT");
    case CallKind::DeletePerson:
        return QByteArrayLiteral("DELETE");
    case CallKind::Event:
    case CallKind::PageView:
    case CallKind::AnonymousEvent:
        break;
    }
    return QByteArrayLiteral("POST");
}

QString TrackCall::encodedPath() const
{
    const QString segment = QString::fromLatin1(QUrl::toPercentEncoding(identifier));
    switch (kind) {
    case CallKind::Region:
        return QStringLiteral("/api/v1/accounts/region");
    case CallKind::Identify:
    case CallKind::DeletePerson:
        return QStringLiteral("/api/v1/customers/") + segment;
    case CallKind::Event:
    case CallKind::PageView:
        return QStringLiteral("/api/v1/customers/") + segment + QStringLiteral("/events");
    case CallKind::AnonymousEvent:
        break;
    }
    return QStringLiteral("/api/v1/events");
}

QByteArray TrackCall::body() const
{
    if (kind == CallKind::Identify)
        return QJsonDocument(attributes).toJson(QJsonDocument::Compact);
    if (!hasEventBody(kind))
        return {};
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    if (kind == CallKind::PageView)
        o.insert(QStringLiteral("type"), QStringLiteral("page"));
    if (kind == CallKind::AnonymousEvent && !anonymousId.isEmpty())
        o.insert(QStringLiteral("anonymous_id"), anonymousId);
    if (!data.isEmpty())
        o.insert(QStringLiteral("data"), data);
    if (timestamp)
        o.insert(QStringLiteral("timestamp"), *timestamp);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
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

QStringList TrackCall::validate() const
{
    QStringList errors;
    if (needsIdentifier(kind)) {
        const QString problem = textProblem(tr("Identifier"), identifier);
        if (identifier.isEmpty())
            errors << tr("Identifier: must not be empty");
        else if (!problem.isEmpty())
            errors << problem;
        else if (identifier != identifier.trimmed())
            errors << tr("Identifier: must not start or end with spaces");
        else if (identifier == u"." || identifier == u"..")
            // HTTP clients and servers resolve "." and ".." path segments, so the call would reach
            // another endpoint (e.g. /api/v1/customers/../events is /api/v1/events).
            errors << tr("Identifier: \".\" and \"..\" cannot be sent as a path segment");
        else if (utf8Size(identifier) > TrackLimits::IdentifierBytes)
            errors << tr("Identifier: at most %1 bytes in UTF-8 (got %2)")
                          .arg(TrackLimits::IdentifierBytes)
                          .arg(utf8Size(identifier));
    }
    if (kind == CallKind::AnonymousEvent && anonymousId.trimmed().isEmpty())
        errors << tr("Anonymous ID: must not be empty");
    else if (kind == CallKind::AnonymousEvent && !textProblem(tr("Anonymous ID"), anonymousId).isEmpty())
        errors << textProblem(tr("Anonymous ID"), anonymousId);
    if (hasEventBody(kind) && !textProblem(tr("Event name"), name).isEmpty())
        errors << textProblem(tr("Event name"), name);
    if (hasEventBody(kind)) {
        const QString field = kind == CallKind::PageView ? tr("Page URL") : tr("Event name");
        if (name.trimmed().isEmpty())
            errors << tr("%1: must not be blank").arg(field);
        else if (utf8Size(name) > TrackLimits::EventNameBytes)
            errors << tr("%1: at most %2 bytes in UTF-8 (got %3)")
                          .arg(field)
                          .arg(TrackLimits::EventNameBytes)
                          .arg(utf8Size(name));
        const qsizetype dataSize = QJsonDocument(data).toJson(QJsonDocument::Compact).size();
        if (!data.isEmpty() && dataSize > TrackLimits::EventDataBytes)
            errors
                << tr("Event data: at most %1 bytes of JSON (got %2)").arg(TrackLimits::EventDataBytes).arg(dataSize);
        if (timestamp && *timestamp < 0)
            errors << tr("Timestamp: must be Unix seconds, not negative (got %1)").arg(*timestamp);
    }
    if (kind == CallKind::Identify) {
        if (attributes.size() > TrackLimits::AttributesPerCall)
            errors << tr("Attributes: at most %1 per call (got %2)")
                          .arg(TrackLimits::AttributesPerCall)
                          .arg(attributes.size());
        for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
            if (it.key().trimmed().isEmpty())
                errors << tr("Attribute name: must not be empty");
            if (utf8Size(it.key()) > TrackLimits::AttributeNameBytes)
                errors << tr("Attribute name \"%1…\": at most %2 bytes in UTF-8 (got %3)")
                              .arg(it.key().left(20), QString::number(TrackLimits::AttributeNameBytes),
                                   QString::number(utf8Size(it.key())));
            QByteArray value;
            if (it.value().isString())
                value = it.value().toString().toUtf8();
            else if (it.value().isObject() || it.value().isArray())
                value = QJsonDocument::fromVariant(it.value().toVariant()).toJson(QJsonDocument::Compact);
            if (value.size() > TrackLimits::AttributeValueBytes)
                errors << tr("Attribute \"%1\": value at most %2 bytes in UTF-8 (got %3)")
                              .arg(it.key().left(40), QString::number(TrackLimits::AttributeValueBytes),
                                   QString::number(value.size()));
        }
    }
    return errors;
}

bool parseJsonObjectField(const QString &field, const QByteArray &text, QJsonObject *out, QString *error)
{
    if (text.trimmed().isEmpty()) {
        *out = QJsonObject();
        return true;
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
