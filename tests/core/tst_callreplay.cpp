// CallReplay: every call the console sends is rebuilt from its stored row as the same request (path,
// method, body); an imported row or a row that does not rebuild is refused; the composer gets its fields.
#include "callreplay.h"

#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(TrackCall)

using namespace Qt::StringLiterals;

namespace {
RequestRecord rowOf(const TrackCall &call)
{
    RequestRecord r;
    r.id = 42;
    r.call = call.kind;
    r.method = QString::fromLatin1(call.method());
    r.path = call.encodedPath();
    r.requestBody = call.body();
    r.routeRegion = Region::Eu;
    r.outcome = RequestRecord::Outcome::Success;
    return r;
}
} // namespace

class tst_CallReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCallRebuilds_data()
    {
        QTest::addColumn<TrackCall>("call");
        const QJsonObject data {{u"plan"_s, u"pro"_s}, {u"n"_s, 3}};
        TrackCall event = TrackCall::event(u"a/b@example.com"_s, u"purchase"_s, data);
        event.timestamp = 1764000000;
        QTest::newRow("region") << TrackCall::region();
        QTest::newRow("identify") << TrackCall::identify(u"ada@example.com"_s, data);
        QTest::newRow("delete person") << TrackCall::deletePerson(u"42"_s);
        QTest::newRow("event, with timestamp") << event;
        QTest::newRow("page") << TrackCall::pageView(u"42"_s, u"https://shop.example.com/x"_s, data);
        QTest::newRow("screen") << TrackCall::screenView(u"42"_s, u"Checkout"_s);
        QTest::newRow("anonymous") << TrackCall::anonymousEvent(u"anon-1"_s, u"visit"_s, data);
        QTest::newRow("add device") << TrackCall::addDevice(u"42"_s, u"tok-1"_s, u"ios"_s, data);
        QTest::newRow("delete device") << TrackCall::deleteDevice(u"42"_s, u"tok/1"_s);
        QTest::newRow("suppress") << TrackCall::suppress(u"42"_s);
        QTest::newRow("unsuppress") << TrackCall::unsuppress(u"42"_s);
        QTest::newRow("merge") << TrackCall::merge(u"p@example.com"_s, u"s@example.com"_s);
        QTest::newRow("entity") << TrackCall::entity(QJsonObject {{u"type"_s, u"person"_s},
                                                                  {u"identifiers"_s, QJsonObject {{u"id"_s, u"1"_s}}},
                                                                  {u"action"_s, u"identify"_s}});
        QTest::newRow("app key check") << TrackCall::appKeyCheck();
    }
    void everyCallRebuilds()
    {
        QFETCH(TrackCall, call);
        const RequestRecord row = rowOf(call);
        QString why;
        const std::optional<TrackCall> again = CallReplay::rebuild(row, &why);
        QVERIFY2(again, qPrintable(why));
        QCOMPARE(again->encodedPath(), row.path);
        QCOMPARE(again->method(), call.method());
        QCOMPARE(QJsonDocument::fromJson(again->body()), QJsonDocument::fromJson(row.requestBody));
        QVERIFY(again->validate().isEmpty() == call.validate().isEmpty());
        // The composer's fields give the same call, routed as the row was.
        const ComposedCall composed = CallReplay::composition(*again, row.routeRegion);
        QCOMPARE(composed.kind, call.kind);
        QCOMPARE(composed.via, ComposedCall::Via::Eu);
        QCOMPARE(composed.timestamp, call.timestamp);
    }

    void importedRowsAreNeverReplayed()
    {
        RequestRecord row = rowOf(TrackCall::region());
        row.source = u"har:customer.har"_s;
        QString why;
        QVERIFY(!CallReplay::rebuild(row, &why));
        QVERIFY2(why.contains(u"was imported (har:customer.har)"_s), qPrintable(why));
    }

    // A row that does not rebuild into the same request is refused, never sent differently.
    void rowThatDoesNotRebuildIsRefused()
    {
        RequestRecord row = rowOf(TrackCall::event(u"42"_s, u"x"_s));
        row.requestBody = R"({"name":"x","unexpected":true})";
        QString why;
        QVERIFY(!CallReplay::rebuild(row, &why));
        QVERIFY2(why.contains(u"cannot be rebuilt as it was sent"_s), qPrintable(why));
        row = rowOf(TrackCall::identify(u"42"_s, {}));
        row.path = u"/api/v1/customers/42/extra"_s;
        QVERIFY(!CallReplay::rebuild(row, &why));
    }
};

QTEST_GUILESS_MAIN(tst_CallReplay)
#include "tst_callreplay.moc"
