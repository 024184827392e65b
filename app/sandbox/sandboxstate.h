#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

// What the sandbox's Track and App API calls stored, per workspace (keyed by Site ID). Identifiers are
// the decoded {identifier} path segment, used as given: the sandbox does not resolve an email to an id
// or a cio_ id to a person the way Customer.io does. Each call's effect follows its description in the
// Track OpenAPI (https://docs.customer.io/files/journeys-track.json); where that is silent (an event for an
// unknown person, a merge into an unknown primary) the choice is the sandbox's and says so below.
// Calls are not validated here: SandboxRules checks them first.
//
// Pipelines API calls are kept as calls (SandboxPipelinesApi): each workspace's accepted calls and the
// requests it dropped, with their reason; they do not change the people the Track API stores.
//
// Bounded: each person keeps its newest maxEventsPerPerson events; each workspace its newest
// maxAnonymousEvents anonymous events, maxDeliveries transactional deliveries and maxPipelinesCalls
// accepted and dropped Pipelines calls each; the dropped requests of no workspace the newest
// maxPipelinesCalls.
class SandboxState
{
public:
    static constexpr int maxEventsPerPerson = 1000;
    static constexpr int maxAnonymousEvents = 1000;
    static constexpr int maxDeliveries = 1000;
    static constexpr int maxPipelinesCalls = 1000;

    // PUT /api/v1/customers/{identifier}: attributes are merged into the person's; a null value removes
    // the attribute; the controls _timestamp, _update and cio_relationships are not stored. With
    // "_update": true an unknown person is not created. A suppressed identifier is ignored.
    void identify(const QString &siteId, const QString &identifier, const QJsonObject &body);
    // DELETE /api/v1/customers/{identifier}: the person, their events and devices are forgotten.
    void deletePerson(const QString &siteId, const QString &identifier);
    // POST /api/v1/customers/{identifier}/events (event, page or screen view): stored on the person,
    // who is created with no attributes if unknown (the sandbox's choice); ignored for a suppressed
    // identifier. Stored as sent, plus "type":"event" when it has no type and "received_at" (ISO 8601
    // UTC with milliseconds).
    void addEvent(const QString &siteId, const QString &identifier, const QJsonObject &event);
    // POST /api/v1/events: stored on the workspace, with "type" and "received_at" as for addEvent().
    void addAnonymousEvent(const QString &siteId, const QJsonObject &event);
    // PUT /api/v1/customers/{identifier}/devices: body {"device":{"id","platform",...}}; replaces a
    // device with the same id.
    void addDevice(const QString &siteId, const QString &identifier, const QJsonObject &body);
    void deleteDevice(const QString &siteId, const QString &identifier, const QString &deviceId);
    // POST .../suppress: the person is deleted and later identify calls are ignored until unsuppress.
    void suppress(const QString &siteId, const QString &identifier);
    void unsuppress(const QString &siteId, const QString &identifier);
    // POST /api/v1/merge_customers {"primary":{<id|email|cio_id>:v},"secondary":{...}}: the secondary's
    // attributes (the primary's win), events and devices move to the primary; the secondary is deleted.
    // Nothing happens for an unknown secondary or when both are the same; an unknown primary is created
    // (the sandbox's choice).
    void merge(const QString &siteId, const QString &primary, const QString &secondary);
    // POST /v1/send/{kind}: the request body with "kind", "delivery_id" and "queued_at".
    void addDelivery(const QString &siteId, const QJsonObject &delivery);
    // A Pipelines call a source of the workspace sent and the sandbox accepted (one entry per call of a
    // /batch), as SandboxPipelinesApi describes it.
    void addPipelinesCall(const QString &siteId, const QJsonObject &entry);
    // A Pipelines request the sandbox dropped (answered 200 without processing it, or refused it in strict
    // mode), with its reason; siteId empty when its credentials name no source of any workspace.
    void addDroppedPipelinesCall(const QString &siteId, const QJsonObject &entry);
    // {"site_id","accepted":[entry...],"dropped":[entry...]}, oldest first; empty lists for an unknown Site ID.
    QJsonObject pipelinesJson(const QString &siteId) const;
    // The dropped requests whose credentials named no source, oldest first.
    QJsonArray droppedWithoutSource() const { return m_droppedWithoutSource; }
    // Forgets every Pipelines call, accepted or dropped; the people, events and deliveries stay.
    void clearPipelines();

    bool hasPerson(const QString &siteId, const QString &identifier) const;
    // {"identifier","attributes":{},"events":[...],"devices":[...]}, or nothing for an unknown person.
    std::optional<QJsonObject> person(const QString &siteId, const QString &identifier) const;
    // {"site_id","people":[person...],"anonymous_events":[...],"suppressed":[...],"deliveries":[...]};
    // people sorted by identifier. An unknown Site ID gives the same shape, empty.
    QJsonObject workspaceJson(const QString &siteId) const;

    void clear();

private:
    struct Person
    {
        QJsonObject attributes;
        QJsonArray events;
        QMap<QString, QJsonObject> devices; // by device id
    };
    struct Workspace
    {
        QMap<QString, Person> people;
        QJsonArray anonymousEvents;
        QSet<QString> suppressed;
        QJsonArray deliveries;
        QJsonArray pipelinesAccepted;
        QJsonArray pipelinesDropped;
    };
    static QJsonObject personJson(const QString &identifier, const Person &person);

    QHash<QString, Workspace> m_workspaces;
    QJsonArray m_droppedWithoutSource;
};
