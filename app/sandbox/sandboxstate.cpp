#include "sandboxstate.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

void appendBounded(QJsonArray *array, const QJsonValue &value, int max)
{
    array->append(value);
    while (array->size() > max)
        array->removeFirst();
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

void SandboxState::identify(const QString &siteId, const QString &identifier, const QJsonObject &body)
{
    Workspace &workspace = m_workspaces[siteId];
    if (workspace.suppressed.contains(identifier))
        return;
    if (body.value(u"_update"_s).toBool() && !workspace.people.contains(identifier))
        return;
    static const QStringList controls = {u"_timestamp"_s, u"_update"_s, u"cio_relationships"_s};
    Person &person = workspace.people[identifier];
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (controls.contains(it.key()))
            continue;
        if (it.value().isNull())
            person.attributes.remove(it.key());
        else
            person.attributes.insert(it.key(), it.value());
    }
}

void SandboxState::deletePerson(const QString &siteId, const QString &identifier)
{
    m_workspaces[siteId].people.remove(identifier);
}

void SandboxState::addEvent(const QString &siteId, const QString &identifier, const QJsonObject &event)
{
    Workspace &workspace = m_workspaces[siteId];
    if (workspace.suppressed.contains(identifier))
        return;
    QJsonObject stored = event;
    if (!stored.contains(u"type"_s))
        stored.insert(u"type"_s, u"event"_s);
    stored.insert(u"received_at"_s, nowIso());
    appendBounded(&workspace.people[identifier].events, stored, maxEventsPerPerson);
}

void SandboxState::addAnonymousEvent(const QString &siteId, const QJsonObject &event)
{
    QJsonObject stored = event;
    if (!stored.contains(u"type"_s))
        stored.insert(u"type"_s, u"event"_s);
    stored.insert(u"received_at"_s, nowIso());
    appendBounded(&m_workspaces[siteId].anonymousEvents, stored, maxAnonymousEvents);
}

void SandboxState::addDevice(const QString &siteId, const QString &identifier, const QJsonObject &body)
{
    Workspace &workspace = m_workspaces[siteId];
    if (workspace.suppressed.contains(identifier))
        return;
    const QJsonObject device = body.value(u"device"_s).toObject();
    workspace.people[identifier].devices.insert(device.value(u"id"_s).toString(), device);
}

void SandboxState::deleteDevice(const QString &siteId, const QString &identifier, const QString &deviceId)
{
    Workspace &workspace = m_workspaces[siteId];
    const auto person = workspace.people.find(identifier);
    if (person != workspace.people.end())
        person->devices.remove(deviceId);
}

void SandboxState::suppress(const QString &siteId, const QString &identifier)
{
    Workspace &workspace = m_workspaces[siteId];
    workspace.people.remove(identifier);
    workspace.suppressed.insert(identifier);
}

void SandboxState::unsuppress(const QString &siteId, const QString &identifier)
{
    m_workspaces[siteId].suppressed.remove(identifier);
}

void SandboxState::merge(const QString &siteId, const QString &primary, const QString &secondary)
{
    Workspace &workspace = m_workspaces[siteId];
    // "If the primary profile doesn't exist, your request won't do anything" (Track OpenAPI, merge).
    if (primary == secondary || !workspace.people.contains(primary) || !workspace.people.contains(secondary))
        return;
    const Person from = workspace.people.take(secondary);
    Person &to = workspace.people[primary];
    for (auto it = from.attributes.constBegin(); it != from.attributes.constEnd(); ++it) {
        if (!to.attributes.contains(it.key()))
            to.attributes.insert(it.key(), it.value());
    }
    for (const QJsonValue &event : from.events)
        appendBounded(&to.events, event, maxEventsPerPerson);
    for (auto it = from.devices.constBegin(); it != from.devices.constEnd(); ++it) {
        if (!to.devices.contains(it.key()))
            to.devices.insert(it.key(), it.value());
    }
}

void SandboxState::addDelivery(const QString &siteId, const QJsonObject &delivery)
{
    appendBounded(&m_workspaces[siteId].deliveries, delivery, maxDeliveries);
}

void SandboxState::addPipelinesCall(const QString &siteId, const QJsonObject &entry)
{
    appendBounded(&m_workspaces[siteId].pipelinesAccepted, entry, maxPipelinesCalls);
}

void SandboxState::addDroppedPipelinesCall(const QString &siteId, const QJsonObject &entry)
{
    appendBounded(siteId.isEmpty() ? &m_droppedWithoutSource : &m_workspaces[siteId].pipelinesDropped, entry,
                  maxPipelinesCalls);
}

QJsonObject SandboxState::pipelinesJson(const QString &siteId) const
{
    const Workspace workspace = m_workspaces.value(siteId);
    return QJsonObject {
        {u"site_id"_s, siteId},
        {u"accepted"_s, workspace.pipelinesAccepted},
        {u"dropped"_s, workspace.pipelinesDropped},
    };
}

void SandboxState::clearPipelines()
{
    for (Workspace &workspace : m_workspaces) {
        workspace.pipelinesAccepted = {};
        workspace.pipelinesDropped = {};
    }
    m_droppedWithoutSource = {};
}

bool SandboxState::hasPerson(const QString &siteId, const QString &identifier) const
{
    const auto workspace = m_workspaces.constFind(siteId);
    return workspace != m_workspaces.constEnd() && workspace->people.contains(identifier);
}

std::optional<QJsonObject> SandboxState::person(const QString &siteId, const QString &identifier) const
{
    const auto workspace = m_workspaces.constFind(siteId);
    if (workspace == m_workspaces.constEnd())
        return std::nullopt;
    const auto person = workspace->people.constFind(identifier);
    if (person == workspace->people.constEnd())
        return std::nullopt;
    return personJson(identifier, *person);
}

QJsonObject SandboxState::personJson(const QString &identifier, const Person &person)
{
    QJsonArray devices;
    for (const QJsonObject &device : person.devices)
        devices.append(device);
    return QJsonObject {
        {u"identifier"_s, identifier},
        {u"attributes"_s, person.attributes},
        {u"events"_s, person.events},
        {u"devices"_s, devices},
    };
}

QJsonObject SandboxState::workspaceJson(const QString &siteId) const
{
    const Workspace workspace = m_workspaces.value(siteId);
    QJsonArray people;
    for (auto it = workspace.people.constBegin(); it != workspace.people.constEnd(); ++it)
        people.append(personJson(it.key(), it.value()));
    QStringList suppressed(workspace.suppressed.cbegin(), workspace.suppressed.cend());
    std::sort(suppressed.begin(), suppressed.end());
    return QJsonObject {
        {u"site_id"_s, siteId},
        {u"people"_s, people},
        {u"anonymous_events"_s, workspace.anonymousEvents},
        {u"suppressed"_s, QJsonArray::fromStringList(suppressed)},
        {u"deliveries"_s, workspace.deliveries},
    };
}

void SandboxState::clear()
{
    m_workspaces.clear();
    m_droppedWithoutSource = {};
}
