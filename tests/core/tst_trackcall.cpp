#include "trackcall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(TrackCall)

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kNow = 1764403200; // 2025-11-29T08:00:00Z
}

class tst_TrackCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodedPath_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QString>("path");
        QTest::newRow("plain") << "42"
                               << "/api/v1/customers/42";
        QTest::newRow("slash and at") << "a/b@example.com"
                                      << "/api/v1/customers/a%2Fb%40example.com";
        QTest::newRow("plus") << "jo+test@example.com"
                              << "/api/v1/customers/jo%2Btest%40example.com";
        QTest::newRow("percent") << "100%"
                                 << "/api/v1/customers/100%25";
        QTest::newRow("already encoded stays literal") << "a%2Fb"
                                                       << "/api/v1/customers/a%252Fb";
        QTest::newRow("space") << "Ada Lovelace"
                               << "/api/v1/customers/Ada%20Lovelace";
        QTest::newRow("non-ascii") << QStringLiteral("zoë") << "/api/v1/customers/zo%C3%AB";
        QTest::newRow("question and hash") << "a?b#c"
                                           << "/api/v1/customers/a%3Fb%23c";
        QTest::newRow("dots") << ".."
                              << "/api/v1/customers/..";
    }
    void encodedPath()
    {
        QFETCH(QString, identifier);
        QFETCH(QString, path);
        QCOMPARE(TrackCall::identify(identifier, {}).encodedPath(), path);
        QCOMPARE(TrackCall::event(identifier, QStringLiteral("x")).encodedPath(), path + QStringLiteral("/events"));
        // Decoding once gives back exactly what was typed.
        const QString segment = path.mid(QStringLiteral("/api/v1/customers/").size());
        QCOMPARE(QUrl::fromPercentEncoding(segment.toLatin1()), identifier);
    }

    void methodsAndBodies()
    {
        QCOMPARE(TrackCall::region().method(), QByteArray("GET"));
        QCOMPARE(TrackCall::region().encodedPath(), QStringLiteral("/api/v1/accounts/region"));
        QVERIFY(TrackCall::region().body().isEmpty());
        QCOMPARE(TrackCall::identify(QStringLiteral("1"), {}).method(), QByteArray("PUT"));
        QCOMPARE(TrackCall::deletePerson(QStringLiteral("1")).method(), QByteArray("DELETE"));
        QVERIFY(TrackCall::deletePerson(QStringLiteral("1")).body().isEmpty());

        TrackCall e = TrackCall::event(QStringLiteral("1"), QStringLiteral("purchase"),
                                       QJsonObject {{QStringLiteral("price"), 23.45}});
        e.timestamp = 1700000000;
        QCOMPARE(e.method(), QByteArray("POST"));
        const QJsonObject body = QJsonDocument::fromJson(e.body()).object();
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("purchase"));
        QCOMPARE(body.value(QStringLiteral("data")).toObject().value(QStringLiteral("price")).toDouble(), 23.45);
        QCOMPARE(body.value(QStringLiteral("timestamp")).toInteger(), 1700000000);

        const TrackCall a = TrackCall::anonymousEvent(QStringLiteral("anon-1"), QStringLiteral("visit"));
        QCOMPARE(a.encodedPath(), QStringLiteral("/api/v1/events"));
        QCOMPARE(QJsonDocument::fromJson(a.body()).object().value(QStringLiteral("anonymous_id")).toString(),
                 QStringLiteral("anon-1"));
        const TrackCall p = TrackCall::pageView(QStringLiteral("1"), QStringLiteral("https://example.com/pricing"));
        QCOMPARE(QJsonDocument::fromJson(p.body()).object().value(QStringLiteral("type")).toString(),
                 QStringLiteral("page"));
    }

    void everyCallHasItsMethodPathAndBody_data()
    {
        QTest::addColumn<TrackCall>("call");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        TrackCall device = TrackCall::addDevice(u"a/b"_s, u"tok"_s, u"android"_s, {{u"v"_s, 1}});
        device.timestamp = 1764403200;
        QTest::newRow("screen") << TrackCall::screenView(u"42"_s, u"Home"_s) << QByteArray("POST")
                                << u"/api/v1/customers/42/events"_s << QByteArray(R"({"name":"Home","type":"screen"})");
        QTest::newRow("add device") << device << QByteArray("PUT") << u"/api/v1/customers/a%2Fb/devices"_s
                                    << QByteArray(R"({"device":{"attributes":{"v":1},"id":"tok",)"
                                                  R"("last_used":1764403200,"platform":"android"}})");
        QTest::newRow("delete device") << TrackCall::deleteDevice(u"42"_s, u"t/k+1"_s) << QByteArray("DELETE")
                                       << u"/api/v1/customers/42/devices/t%2Fk%2B1"_s << QByteArray();
        QTest::newRow("suppress") << TrackCall::suppress(u"a b"_s) << QByteArray("POST")
                                  << u"/api/v1/customers/a%20b/suppress"_s << QByteArray();
        QTest::newRow("unsuppress") << TrackCall::unsuppress(u"42"_s) << QByteArray("POST")
                                    << u"/api/v1/customers/42/unsuppress"_s << QByteArray();
        QTest::newRow("merge id and email")
            << TrackCall::merge(u"42"_s, u"jo+1@example.com"_s) << QByteArray("POST") << u"/api/v1/merge_customers"_s
            << QByteArray(R"({"primary":{"id":"42"},"secondary":{"email":"jo+1@example.com"}})");
        QTest::newRow("merge cio id") << TrackCall::merge(u"cio_abc"_s, u"7"_s) << QByteArray("POST")
                                      << u"/api/v1/merge_customers"_s
                                      << QByteArray(R"({"primary":{"cio_id":"abc"},"secondary":{"id":"7"}})");
        const QJsonObject op {
            {u"type"_s, u"person"_s}, {u"action"_s, u"delete"_s}, {u"identifiers"_s, QJsonObject {{u"id"_s, u"1"_s}}}};
        QTest::newRow("entity") << TrackCall::entity(op) << QByteArray("POST") << u"/api/v2/entity"_s
                                << QByteArray(R"({"action":"delete","identifiers":{"id":"1"},"type":"person"})");
        QTest::newRow("batch") << TrackCall::batch({{u"batch"_s, QJsonArray {op}}}) << QByteArray("POST")
                               << u"/api/v2/batch"_s
                               << QByteArray(
                                      R"({"batch":[{"action":"delete","identifiers":{"id":"1"},"type":"person"}]})");
    }
    void everyCallHasItsMethodPathAndBody()
    {
        QFETCH(TrackCall, call);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QCOMPARE(call.method(), method);
        QCOMPARE(call.encodedPath(), path);
        QCOMPARE(call.body(), body);
        QVERIFY2(call.validate(kNow).isEmpty(), qPrintable(describeProblems(call.validate(kNow)).join(u'\n')));
        QCOMPARE(callFromName(callName(call.kind)), std::optional<CallKind>(call.kind));
    }

    void callNamesAreUnique()
    {
        // Unique within an API (the Track and App API calls here); the stored names across every API.
        QStringList names;
        QStringList stored;
        for (CallKind kind : allCallKinds()) {
            stored << storedCallName(kind);
            if (!isPipelinesCall(kind))
                names << callName(kind);
        }
        QCOMPARE(names.size(), 18);
        names.removeDuplicates();
        QCOMPARE(names.size(), 18);
        const auto storedCount = stored.size();
        stored.removeDuplicates();
        QCOMPARE(stored.size(), storedCount);
        QVERIFY(!callFromName(u"bogus"_s));
    }

    void limits_data()
    {
        QTest::addColumn<TrackCall>("call");
        QTest::addColumn<QString>("error"); // empty = valid
        const QString e = QStringLiteral("é"); // 2 bytes in UTF-8
        QTest::newRow("identifier 150 bytes") << TrackCall::identify(QString(150, u'a'), {}) << QString();
        QTest::newRow("identifier 151 bytes")
            << TrackCall::identify(QString(151, u'a'), {}) << QStringLiteral("Identifier: at most 150 bytes");
        QTest::newRow("identifier 75 x é = 150 bytes") << TrackCall::identify(e.repeated(75), {}) << QString();
        QTest::newRow("identifier 76 x é = 152 bytes")
            << TrackCall::identify(e.repeated(76), {}) << QStringLiteral("(got 152)");
        QTest::newRow("dot") << TrackCall::identify(QStringLiteral("."), {})
                             << QStringLiteral("cannot be sent as a path segment");
        QTest::newRow("dot dot") << TrackCall::event(QStringLiteral(".."), QStringLiteral("x"))
                                 << QStringLiteral("cannot be sent as a path segment");
        QTest::newRow("three dots are a name") << TrackCall::identify(QStringLiteral("..."), {}) << QString();
        QTest::newRow("line break") << TrackCall::identify(QStringLiteral("a\nb"), {})
                                    << QStringLiteral("Identifier: must not contain control characters");
        QTest::newRow("lone surrogate") << TrackCall::identify(QStringLiteral("a") + QChar(0xD800), {})
                                        << QStringLiteral("lone UTF-16 surrogate");
        QTest::newRow("emoji is fine") << TrackCall::identify(QStringLiteral("fan-🎉"), {}) << QString();
        // Issue 17: text that is not what it shows (format characters, Unicode category Cf).
        const QList<std::pair<const char *, char32_t>> invisible {
            {"right-to-left override", 0x202E},
            {"left-to-right isolate", 0x2066},
            {"pop directional isolate", 0x2069},
            {"right-to-left mark", 0x200F},
            {"zero-width space", 0x200B},
            {"zero-width joiner", 0x200D},
            {"word joiner", 0x2060},
            {"byte order mark", 0xFEFF},
            {"soft hyphen", 0x00AD},
            {"Arabic letter mark", 0x061C},
            {"tag character", 0xE0041},
            {"Hangul filler", 0x3164},
            {"braille blank", 0x2800},
            {"combining grapheme joiner", 0x034F},
            {"variation selector", 0xFE0F},
            {"private use", 0xE000},
            {"line separator", 0x2028},
            {"noncharacter", 0xFDD0},
        };
        for (const auto &[name, c] : invisible) {
            // Not QString::fromUcs4(), which reads a leading U+FEFF as a byte order mark and drops it.
            const QString character = QChar::fromUcs4(c).operator QStringView().toString();
            const QString code = QStringLiteral("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
            QTest::addRow("%s in identifier", name)
                << TrackCall::identify(QStringLiteral("ad") + character + QStringLiteral("a"), {})
                << QStringLiteral("Identifier: contains the invisible character %1 at position 3").arg(code);
            QTest::addRow("%s in event name", name)
                << TrackCall::event(QStringLiteral("1"), character + QStringLiteral("signed_up"))
                << QStringLiteral("Event name: contains the invisible character %1 at position 1").arg(code);
            QTest::addRow("%s in anonymous id", name)
                << TrackCall::anonymousEvent(QStringLiteral("anon") + character, QStringLiteral("x"))
                << QStringLiteral("Anonymous ID: contains the invisible character %1").arg(code);
        }
        QTest::newRow("leading space") << TrackCall::identify(QStringLiteral(" ada"), {})
                                       << QStringLiteral("Identifier: must not start or end with spaces");
        QTest::newRow("blank identifier") << TrackCall::identify(QStringLiteral("   "), {})
                                          << QStringLiteral("Identifier: must not start or end with spaces");
        QTest::newRow("tab in event name") << TrackCall::event(QStringLiteral("1"), QStringLiteral("a\tb"))
                                           << QStringLiteral("Event name: must not contain control characters");
        QTest::newRow("empty attribute name") << TrackCall::identify(QStringLiteral("1"), {{QString(), 1}})
                                              << QStringLiteral("Attribute name: must not be empty");
        QTest::newRow("percent in attribute name is quoted as typed")
            << TrackCall::identify(QStringLiteral("1"), {{QStringLiteral("%2F") + QString(150, u'k'), 1}})
            << QStringLiteral("Attribute name \"%2F");
        QTest::newRow("empty identifier")
            << TrackCall::identify(QString(), {}) << QStringLiteral("Identifier: must not be empty");
        QTest::newRow("event name 100") << TrackCall::event(QStringLiteral("1"), QString(100, u'n')) << QString();
        QTest::newRow("event name 101") << TrackCall::event(QStringLiteral("1"), QString(101, u'n'))
                                        << QStringLiteral("Event name: at most 100 bytes");
        QTest::newRow("event name 50 x é") << TrackCall::event(QStringLiteral("1"), e.repeated(50)) << QString();
        QTest::newRow("event name 51 x é")
            << TrackCall::event(QStringLiteral("1"), e.repeated(51)) << QStringLiteral("(got 102)");
        QTest::newRow("blank event name") << TrackCall::event(QStringLiteral("1"), QStringLiteral("  "))
                                          << QStringLiteral("Event name: must not be blank");
        QTest::newRow("blank anonymous id") << TrackCall::anonymousEvent(QStringLiteral("  "), QStringLiteral("x"))
                                            << QStringLiteral("Anonymous ID: must not be empty");
        QTest::newRow("device id 1000 bytes")
            << TrackCall::deleteDevice(QStringLiteral("1"), QString(1000, u'd')) << QString();
        QTest::newRow("device id 1001 bytes") << TrackCall::deleteDevice(QStringLiteral("1"), QString(1001, u'd'))
                                              << QStringLiteral("Device ID: at most 1000 bytes in UTF-8 (got 1001)");
        // {"k":"vvv..."} is 8 bytes plus the value.
        QTest::newRow("event data 100000 bytes") << TrackCall::event(
            QStringLiteral("1"), QStringLiteral("x"), QJsonObject {{QStringLiteral("k"), QString(100000 - 8, u'v')}})
                                                 << QString();
        QTest::newRow("event data 100001 bytes") << TrackCall::event(
            QStringLiteral("1"), QStringLiteral("x"), QJsonObject {{QStringLiteral("k"), QString(100000 - 7, u'v')}})
                                                 << QStringLiteral("Event data: at most 100000 bytes");
        QJsonObject many;
        for (int i = 0; i < 300; ++i)
            many.insert(QStringLiteral("a%1").arg(i), i);
        QTest::newRow("300 attributes") << TrackCall::identify(QStringLiteral("1"), many) << QString();
        many.insert(QStringLiteral("one_more"), 1);
        QTest::newRow("301 attributes") << TrackCall::identify(QStringLiteral("1"), many)
                                        << QStringLiteral("Attributes: at most 300 per call (got 301)");
        QTest::newRow("attribute name 150")
            << TrackCall::identify(QStringLiteral("1"), {{QString(150, u'k'), 1}}) << QString();
        QTest::newRow("attribute name 151") << TrackCall::identify(QStringLiteral("1"), {{QString(151, u'k'), 1}})
                                            << QStringLiteral("at most 150 bytes");
        QTest::newRow("attribute value 1000")
            << TrackCall::identify(QStringLiteral("1"), {{QStringLiteral("k"), QString(1000, u'v')}}) << QString();
        QTest::newRow("attribute value 500 x é = 1000")
            << TrackCall::identify(QStringLiteral("1"), {{QStringLiteral("k"), e.repeated(500)}}) << QString();
        QTest::newRow("attribute value 1001")
            << TrackCall::identify(QStringLiteral("1"), {{QStringLiteral("k"), QString(1001, u'v')}})
            << QStringLiteral("Attribute \"k\": value at most 1000 bytes");

        // Timestamps, against kNow.
        const auto at = [](qint64 ts) {
            TrackCall c = TrackCall::event(u"1"_s, u"x"_s);
            c.timestamp = ts;
            return c;
        };
        QTest::newRow("timestamp now") << at(kNow) << QString();
        QTest::newRow("timestamp a day ahead") << at(kNow + 86400) << QString();
        QTest::newRow("timestamp a day and a second ahead") << at(kNow + 86401) << u"more than a day in the future"_s;
        QTest::newRow("timestamp 0") << at(0) << QString();
        QTest::newRow("timestamp negative") << at(-1) << u"Timestamp: must be Unix seconds, not negative"_s;
        QTest::newRow("timestamp in milliseconds")
            << at(kNow * 1000) << u"looks like milliseconds; Unix seconds would be 1764403200"_s;
        QTest::newRow("created_at in milliseconds")
            << TrackCall::identify(u"1"_s, {{u"created_at"_s, kNow * 1000}})
            << u"Attribute \"created_at\": 1764403200000 looks like milliseconds"_s;
        TrackCall lastUsed = TrackCall::addDevice(u"1"_s, u"t"_s, u"ios"_s);
        lastUsed.timestamp = kNow * 1000;
        QTest::newRow("device last used in milliseconds") << lastUsed << u"Last used: "_s;
        QTest::newRow("year 9999 is far future, not milliseconds")
            << at(253402300799) << u"253402300799 is 9999-12-31T23:59:59Z (UTC), more than a day in the future"_s;
        const auto v2At = [](const QJsonValue &ts) {
            return TrackCall::entity({{u"type"_s, u"person"_s},
                                      {u"identifiers"_s, QJsonObject {{u"id"_s, u"1"_s}}},
                                      {u"action"_s, u"event"_s},
                                      {u"name"_s, u"x"_s},
                                      {u"timestamp"_s, ts}});
        };
        QTest::newRow("v2 timestamp fraction") << v2At(1764403200.5) << u"timestamp: must be a whole number"_s;
        QTest::newRow("v2 timestamp 1e300") << v2At(1e300) << u"timestamp: 1.0000000000000001e+300 is far too large"_s;
        QTest::newRow("v2 timestamp -0.5") << v2At(-0.5) << u"timestamp: must be a whole number"_s;
        QTest::newRow("v2 timestamp milliseconds") << v2At(double(kNow) * 1000) << u"looks like milliseconds"_s;
        QTest::newRow("v2 timestamp string") << v2At(u"1764403200"_s) << u"timestamp: must be a number"_s;
        QTest::newRow("v2 timestamp ok") << v2At(double(kNow)) << QString();

        // Devices, merge.
        QTest::newRow("device without token")
            << TrackCall::addDevice(u"1"_s, u" "_s, u"ios"_s) << u"Device ID: must not be empty"_s;
        QTest::newRow("device platform") << TrackCall::addDevice(u"1"_s, u"t"_s, u"web"_s)
                                         << u"Platform: must be \"ios\" or \"android\""_s;
        QTest::newRow("delete device dot dot")
            << TrackCall::deleteDevice(u"1"_s, u".."_s) << u"Device ID: \".\" and \"..\" cannot be sent"_s;
        QTest::newRow("device attribute value 1001")
            << TrackCall::addDevice(u"1"_s, u"t"_s, u"ios"_s, {{u"k"_s, QString(1001, u'v')}})
            << u"Device: Attribute \"k\": value at most 1000 bytes"_s;
        QTest::newRow("merge secondary 151 bytes")
            << TrackCall::merge(u"1"_s, QString(151, u's')) << u"Secondary person: at most 150 bytes"_s;
        QTest::newRow("merge same person") << TrackCall::merge(u"1"_s, u"1"_s) << u"must differ"_s;
        QTest::newRow("merge primary empty")
            << TrackCall::merge(QString(), u"1"_s) << u"Primary person: must not be empty"_s;
        QTest::newRow("screen name 101") << TrackCall::screenView(u"1"_s, QString(101, u'n'))
                                         << u"Screen name: at most 100 bytes"_s;

        // Track v2.
        const auto op = [](const QString &id) {
            return QJsonObject {{u"type"_s, u"person"_s},
                                {u"identifiers"_s, QJsonObject {{u"id"_s, id}}},
                                {u"action"_s, u"identify"_s}};
        };
        QTest::newRow("entity ok") << TrackCall::entity(op(u"1"_s)) << QString();
        QTest::newRow("entity without type")
            << TrackCall::entity({{u"action"_s, u"identify"_s}, {u"identifiers"_s, QJsonObject {{u"id"_s, u"1"_s}}}})
            << u"type: must be \"person\", \"object\" or \"delivery\""_s;
        QTest::newRow("entity without identifiers")
            << TrackCall::entity({{u"type"_s, u"person"_s}, {u"action"_s, u"identify"_s}})
            << u"identifiers: must be an object"_s;
        QTest::newRow("entity identifier 151 bytes")
            << TrackCall::entity(op(QString(151, u'i'))) << u"identifiers.id: at most 150 bytes"_s;
        QTest::newRow("entity event without name") << TrackCall::entity(
            {{u"type"_s, u"person"_s}, {u"identifiers"_s, QJsonObject {{u"id"_s, u"1"_s}}}, {u"action"_s, u"event"_s}})
                                                   << u"name: must not be blank"_s;
        QJsonObject big = op(u"1"_s);
        big.insert(u"attributes"_s, QJsonObject {{u"a"_s, 1}});
        const qsizetype withAttributes = QJsonDocument(big).toJson(QJsonDocument::Compact).size();
        QJsonObject padded = big;
        padded.insert(u"z"_s, QString(32000 - withAttributes - 7, u'p')); // ,"z":"" is 7 bytes
        QTest::newRow("entity 32000 bytes") << TrackCall::entity(padded) << QString();
        padded.insert(u"z"_s, QString(32000 - withAttributes - 6, u'p'));
        QTest::newRow("entity 32001 bytes")
            << TrackCall::entity(padded) << u"operation: at most 32000 bytes of JSON (got 32001)"_s;
        QTest::newRow("batch empty") << TrackCall::batch({{u"batch"_s, QJsonArray()}})
                                     << u"batch: must be a non-empty array"_s;
        QTest::newRow("batch item not an object")
            << TrackCall::batch({{u"batch"_s, QJsonArray {op(u"1"_s), 5}}}) << u"batch[1]: must be a JSON object"_s;
        QTest::newRow("batch item identifier")
            << TrackCall::batch({{u"batch"_s, QJsonArray {op(u"1"_s), op(QString())}}})
            << u"batch[1]: identifiers.id: must not be empty"_s;
        // 20 operations of ~25,500 bytes each: every one under 32000, the whole over 500000.
        QJsonArray operations;
        for (int i = 0; i < 20; ++i) {
            QJsonObject o = op(QString::number(i));
            o.insert(u"attributes"_s, QJsonObject {{u"note"_s, QString(900, u'n')}});
            o.insert(u"z"_s, QString(24500, u'p'));
            operations.append(o);
        }
        QTest::newRow("batch over 500000 bytes")
            << TrackCall::batch({{u"batch"_s, operations}}) << u"batch: at most 500000 bytes of JSON per request"_s;
        operations.removeLast();
        operations.removeLast();
        QTest::newRow("batch under 500000 bytes") << TrackCall::batch({{u"batch"_s, operations}}) << QString();
    }
    void limits()
    {
        QFETCH(TrackCall, call);
        QFETCH(QString, error);
        const QStringList errors = describeProblems(call.validate(kNow));
        if (error.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        } else {
            QVERIFY(!errors.isEmpty());
            QVERIFY2(errors.join(u'\n').contains(error), qPrintable(errors.join(u'\n')));
        }
    }

    void parseJson_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray("  ") << QString();
        QTest::newRow("object") << QByteArray(R"({"plan":"pro"})") << QString();
        QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("Data: must be a JSON object");
        QTest::newRow("line 2") << QByteArray("{\n  \"a\": 1,\n  \"b\" 2\n}")
                                << QStringLiteral("Data: invalid JSON at line 3, column");
        QTest::newRow("unterminated") << QByteArray("{\"a\": ") << QStringLiteral("Data: invalid JSON at line 1");
        // Issue 17: Qt would keep the last of two values without a word.
        QTest::newRow("duplicate key")
            << QByteArray("{\n  \"plan\": \"pro\",\n  \"plan\": \"free\"\n}")
            << QStringLiteral("Data: the key \"plan\" appears twice in one object (again at line 3, column 3)");
        QTest::newRow("duplicate key in a nested object")
            << QByteArray(R"({"a":{"b":1,"c":2,"b":3}})")
            << QStringLiteral("Data: the key \"b\" appears twice in one object (again at line 1, column 19)");
        QTest::newRow("same key in two objects is fine") << QByteArray(R"({"a":{"b":1},"c":{"b":1}})") << QString();
        QTest::newRow("duplicate key with escapes")
            << QByteArray(R"({"k\u00e9y":1,"kéy":2})") << QStringLiteral("Data: the key \"kéy\" appears twice");
        // A missing comma names what is expected where (Qt calls it "unterminated object").
        QTest::newRow("missing comma") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}")
                                       << QStringLiteral("Data: invalid JSON at line 3, column 4: expected a comma "
                                                         "before the next member, or } to end the object");
    }
    void parseJson()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        QJsonObject o;
        QString message;
        const bool ok = parseJsonObjectField(QStringLiteral("Data"), text, &o, &message);
        QCOMPARE(ok, error.isEmpty());
        if (!ok)
            QVERIFY2(message.startsWith(error), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(tst_TrackCall)
#include "tst_trackcall.moc"
