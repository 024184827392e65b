#include "trackcall.h"

#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(TrackCall)

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
        QTest::newRow("blank anonymous id") << TrackCall::anonymousEvent(QString(), QStringLiteral("x"))
                                            << QStringLiteral("Anonymous ID: must not be empty");
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
    }
    void limits()
    {
        QFETCH(TrackCall, call);
        QFETCH(QString, error);
        const QStringList errors = call.validate();
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
