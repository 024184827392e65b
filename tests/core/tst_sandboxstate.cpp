// SandboxState: what Track and App API calls store per workspace, read back through person() and
// workspaceJson().
#include "sandboxstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString site = u"site-a"_s;

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QJsonObject attributesOf(const SandboxState &state, const QString &identifier)
{
    return state.person(site, identifier).value_or(QJsonObject()).value(u"attributes"_s).toObject();
}

QStringList eventNames(const SandboxState &state, const QString &identifier)
{
    QStringList names;
    const QJsonArray events = state.person(site, identifier).value_or(QJsonObject()).value(u"events"_s).toArray();
    for (const QJsonValue &event : events)
        names << event.toObject().value(u"name"_s).toString();
    return names;
}

} // namespace

class TstSandboxState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identifyMerges_data();
    void identifyMerges();
    void updateNeverCreates();
    void suppressedIdentifierIsIgnored_data();
    void suppressedIdentifierIsIgnored();
    void eventsAreStampedAndBounded();
    void anonymousEventsAndDeliveriesAreBounded();
    void devicesAreKeyedById();
    void deleteForgetsThePerson();
    void merge_data();
    void merge();
    void workspacesAreSeparate();
    void workspaceJsonShape();
    void clear();
};

void TstSandboxState::identifyMerges_data()
{
    QTest::addColumn<QJsonObject>("first");
    QTest::addColumn<QJsonObject>("second");
    QTest::addColumn<QJsonObject>("attributes");

    QTest::newRow("new attribute") << object(R"({"a":1})") << object(R"({"b":"x"})") << object(R"({"a":1,"b":"x"})");
    QTest::newRow("overwrite") << object(R"({"a":1})") << object(R"({"a":2})") << object(R"({"a":2})");
    QTest::newRow("null removes") << object(R"({"a":1,"b":2})") << object(R"({"a":null})") << object(R"({"b":2})");
    QTest::newRow("controls not stored") << object(R"({"a":1,"_timestamp":1700000000})")
                                         << object(R"({"cio_relationships":[],"_update":false})")
                                         << object(R"({"a":1})");
    QTest::newRow("empty body keeps") << object(R"({"a":1})") << QJsonObject() << object(R"({"a":1})");
}

void TstSandboxState::identifyMerges()
{
    QFETCH(QJsonObject, first);
    QFETCH(QJsonObject, second);
    QFETCH(QJsonObject, attributes);

    SandboxState state;
    state.identify(site, u"42"_s, first);
    state.identify(site, u"42"_s, second);
    QVERIFY(state.hasPerson(site, u"42"_s));
    QCOMPARE(attributesOf(state, u"42"_s), attributes);
}

void TstSandboxState::updateNeverCreates()
{
    SandboxState state;
    state.identify(site, u"42"_s, object(R"({"_update":true,"a":1})"));
    QVERIFY(!state.hasPerson(site, u"42"_s));
    state.identify(site, u"42"_s, object(R"({"a":1})"));
    state.identify(site, u"42"_s, object(R"({"_update":true,"b":2})"));
    QCOMPARE(attributesOf(state, u"42"_s), object(R"({"a":1,"b":2})"));
}

void TstSandboxState::suppressedIdentifierIsIgnored_data()
{
    QTest::addColumn<bool>("unsuppress");
    QTest::newRow("suppressed") << false;
    QTest::newRow("unsuppressed") << true;
}

void TstSandboxState::suppressedIdentifierIsIgnored()
{
    QFETCH(bool, unsuppress);

    SandboxState state;
    state.identify(site, u"42"_s, object(R"({"a":1})"));
    state.suppress(site, u"42"_s);
    QVERIFY(!state.hasPerson(site, u"42"_s)); // suppress deletes the person
    if (unsuppress)
        state.unsuppress(site, u"42"_s);
    state.identify(site, u"42"_s, object(R"({"b":2})"));
    state.addEvent(site, u"42"_s, object(R"({"name":"e"})"));
    state.addDevice(site, u"42"_s, object(R"({"device":{"id":"d","platform":"ios"}})"));
    QCOMPARE(state.hasPerson(site, u"42"_s), unsuppress);
    const QJsonArray suppressed = state.workspaceJson(site).value(u"suppressed"_s).toArray();
    QCOMPARE(suppressed, unsuppress ? QJsonArray() : QJsonArray {u"42"_s});
    if (unsuppress) {
        QCOMPARE(attributesOf(state, u"42"_s), object(R"({"b":2})"));
        QCOMPARE(eventNames(state, u"42"_s), QStringList {u"e"_s});
    }
}

void TstSandboxState::eventsAreStampedAndBounded()
{
    SandboxState state;
    state.addEvent(site, u"42"_s, object(R"({"name":"first","data":{"k":1}})"));
    state.addEvent(site, u"42"_s, object(R"({"name":"/pricing","type":"page"})"));
    // An event creates an unknown person with no attributes.
    QCOMPARE(attributesOf(state, u"42"_s), QJsonObject());
    const QJsonArray events = state.person(site, u"42"_s)->value(u"events"_s).toArray();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).toObject().value(u"type"_s).toString(), u"event"_s);
    QCOMPARE(events.at(0).toObject().value(u"data"_s).toObject(), object(R"({"k":1})"));
    QCOMPARE(events.at(1).toObject().value(u"type"_s).toString(), u"page"_s);
    const QDateTime receivedAt =
        QDateTime::fromString(events.at(0).toObject().value(u"received_at"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(receivedAt.isValid());
    QCOMPARE(receivedAt.timeSpec(), Qt::UTC);

    for (int i = 0; i < SandboxState::maxEventsPerPerson; ++i)
        state.addEvent(site, u"42"_s, QJsonObject {{u"name"_s, u"e%1"_s.arg(i)}});
    const QStringList names = eventNames(state, u"42"_s);
    QCOMPARE(names.size(), SandboxState::maxEventsPerPerson);
    QCOMPARE(names.first(), u"e0"_s); // the oldest two went first
    QCOMPARE(names.last(), u"e%1"_s.arg(SandboxState::maxEventsPerPerson - 1));
}

void TstSandboxState::anonymousEventsAndDeliveriesAreBounded()
{
    SandboxState state;
    for (int i = 0; i < SandboxState::maxAnonymousEvents + 5; ++i)
        state.addAnonymousEvent(site, QJsonObject {{u"name"_s, u"a%1"_s.arg(i)}});
    for (int i = 0; i < SandboxState::maxDeliveries + 5; ++i)
        state.addDelivery(site, QJsonObject {{u"delivery_id"_s, u"d%1"_s.arg(i)}});
    const QJsonObject workspace = state.workspaceJson(site);
    const QJsonArray anonymous = workspace.value(u"anonymous_events"_s).toArray();
    QCOMPARE(anonymous.size(), SandboxState::maxAnonymousEvents);
    QCOMPARE(anonymous.first().toObject().value(u"name"_s).toString(), u"a5"_s);
    QCOMPARE(anonymous.first().toObject().value(u"type"_s).toString(), u"event"_s);
    const QJsonArray deliveries = workspace.value(u"deliveries"_s).toArray();
    QCOMPARE(deliveries.size(), SandboxState::maxDeliveries);
    QCOMPARE(deliveries.first().toObject().value(u"delivery_id"_s).toString(), u"d5"_s);
    QCOMPARE(workspace.value(u"people"_s).toArray(), QJsonArray()); // neither creates a person
}

void TstSandboxState::devicesAreKeyedById()
{
    SandboxState state;
    state.addDevice(site, u"42"_s, object(R"({"device":{"id":"b","platform":"ios"}})"));
    state.addDevice(site, u"42"_s, object(R"({"device":{"id":"a","platform":"ios"}})"));
    state.addDevice(site, u"42"_s, object(R"({"device":{"id":"b","platform":"android"}})"));
    QJsonArray devices = state.person(site, u"42"_s)->value(u"devices"_s).toArray();
    QCOMPARE(devices.size(), 2);
    QCOMPARE(devices.at(1).toObject(), object(R"({"id":"b","platform":"android"})"));

    state.deleteDevice(site, u"42"_s, u"a"_s);
    state.deleteDevice(site, u"42"_s, u"unknown"_s);
    state.deleteDevice(site, u"nobody"_s, u"b"_s);
    QVERIFY(!state.hasPerson(site, u"nobody"_s));
    devices = state.person(site, u"42"_s)->value(u"devices"_s).toArray();
    QCOMPARE(devices.size(), 1);
    QCOMPARE(devices.at(0).toObject().value(u"id"_s).toString(), u"b"_s);
}

void TstSandboxState::deleteForgetsThePerson()
{
    SandboxState state;
    state.identify(site, u"42"_s, object(R"({"a":1})"));
    state.addEvent(site, u"42"_s, object(R"({"name":"e"})"));
    state.deletePerson(site, u"42"_s);
    QVERIFY(!state.hasPerson(site, u"42"_s));
    QVERIFY(!state.person(site, u"42"_s));
    state.identify(site, u"42"_s, QJsonObject());
    QCOMPARE(eventNames(state, u"42"_s), QStringList());
}

void TstSandboxState::merge_data()
{
    QTest::addColumn<bool>("primaryExists");
    QTest::addColumn<bool>("secondaryExists");
    QTest::addColumn<QJsonObject>("attributes"); // of the primary afterwards; empty: no primary
    QTest::addColumn<QStringList>("events");

    QTest::newRow("both") << true << true << object(R"({"plan":"pro","only_secondary":1})")
                          << QStringList {u"p"_s, u"s"_s};
    // "If the primary profile doesn't exist, your request won't do anything" (Track OpenAPI, merge).
    QTest::newRow("unknown primary") << false << true << QJsonObject() << QStringList();
    QTest::newRow("unknown secondary") << true << false << object(R"({"plan":"pro"})") << QStringList {u"p"_s};
}

void TstSandboxState::merge()
{
    QFETCH(bool, primaryExists);
    QFETCH(bool, secondaryExists);
    QFETCH(QJsonObject, attributes);
    QFETCH(QStringList, events);

    SandboxState state;
    if (primaryExists) {
        state.identify(site, u"1"_s, object(R"({"plan":"pro"})"));
        state.addEvent(site, u"1"_s, object(R"({"name":"p"})"));
        state.addDevice(site, u"1"_s, object(R"({"device":{"id":"shared","platform":"ios"}})"));
    }
    if (secondaryExists) {
        state.identify(site, u"2"_s, object(R"({"plan":"free","only_secondary":1})"));
        state.addEvent(site, u"2"_s, object(R"({"name":"s"})"));
        state.addDevice(site, u"2"_s, object(R"({"device":{"id":"shared","platform":"android"}})"));
    }
    state.merge(site, u"1"_s, u"2"_s);
    if (!primaryExists) {
        QVERIFY(!state.hasPerson(site, u"1"_s));
        QVERIFY(state.hasPerson(site, u"2"_s));
        QCOMPARE(eventNames(state, u"2"_s), QStringList {u"s"_s});
        return;
    }
    QVERIFY(!state.hasPerson(site, u"2"_s));
    QCOMPARE(attributesOf(state, u"1"_s), attributes);
    QCOMPARE(eventNames(state, u"1"_s), events);
    const QJsonArray devices = state.person(site, u"1"_s)->value(u"devices"_s).toArray();
    QCOMPARE(devices.size(), 1);
    QCOMPARE(devices.at(0).toObject().value(u"platform"_s).toString(), primaryExists ? u"ios"_s : u"android"_s);
}

void TstSandboxState::workspacesAreSeparate()
{
    SandboxState state;
    state.identify(u"site-a"_s, u"42"_s, object(R"({"a":1})"));
    state.suppress(u"site-b"_s, u"42"_s);
    QVERIFY(state.hasPerson(u"site-a"_s, u"42"_s));
    QVERIFY(!state.hasPerson(u"site-b"_s, u"42"_s));
    state.identify(u"site-a"_s, u"43"_s, object(R"({"a":1})")); // suppressed in site-b only
    QVERIFY(state.hasPerson(u"site-a"_s, u"43"_s));
}

void TstSandboxState::workspaceJsonShape()
{
    SandboxState state;
    const QJsonObject empty = state.workspaceJson(u"unknown"_s);
    QCOMPARE(empty,
             object(R"({"site_id":"unknown","people":[],"anonymous_events":[],"suppressed":[],"deliveries":[]})"));

    state.identify(site, u"b"_s, object(R"({"x":1})"));
    state.identify(site, u"a"_s, object(R"({"x":2})"));
    state.suppress(site, u"z"_s);
    state.suppress(site, u"c"_s);
    const QJsonObject workspace = state.workspaceJson(site);
    const QJsonArray people = workspace.value(u"people"_s).toArray();
    QCOMPARE(people.size(), 2);
    QCOMPARE(people.at(0).toObject(), object(R"({"identifier":"a","attributes":{"x":2},"events":[],"devices":[]})"));
    QCOMPARE(people.at(1).toObject().value(u"identifier"_s).toString(), u"b"_s);
    QCOMPARE(workspace.value(u"suppressed"_s).toArray(), (QJsonArray {u"c"_s, u"z"_s}));
}

void TstSandboxState::clear()
{
    SandboxState state;
    state.identify(site, u"42"_s, object(R"({"a":1})"));
    state.suppress(site, u"43"_s);
    state.addDelivery(site, object(R"({"delivery_id":"d"})"));
    state.clear();
    QVERIFY(!state.hasPerson(site, u"42"_s));
    QCOMPARE(state.workspaceJson(site), SandboxState().workspaceJson(site));
}

QTEST_GUILESS_MAIN(TstSandboxState)
#include "tst_sandboxstate.moc"
