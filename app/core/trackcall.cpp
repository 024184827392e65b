#include "trackcall.h"

#include <QJsonDocument>
#include <QUrl>

namespace {
bool hasEventBody(CallKind kind)
{
    return kind == CallKind::Event || kind == CallKind::PageView || kind == CallKind::AnonymousEvent
        || kind == CallKind::ScreenView;
}
} // namespace

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
