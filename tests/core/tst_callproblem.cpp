#include "trackcall.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kNow = 1764403200; // 2025-11-29T08:00:00Z

CallProblem problem(CallKind call, const QString &field, CallProblem::Kind kind, qint64 limit = 0, qint64 got = 0)
{
    CallProblem p;
    p.call = call;
    p.field = field;
    p.kind = kind;
    p.limit = limit;
    p.got = got;
    return p;
}
} // namespace

Q_DECLARE_METATYPE(TrackCall)
Q_DECLARE_METATYPE(CallProblem)

class tst_CallProblem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // validate() names the field by its id, with the limit and what it got.
    void problemsNameTheirField_data()
    {
        QTest::addColumn<TrackCall>("call");
        QTest::addColumn<CallProblem>("expected");
        using Kind = CallProblem::Kind;
        QTest::newRow("identifier") << TrackCall::identify(QString(151, u'i'), {})
                                    << problem(CallKind::Identify, CallFields::Identifier, Kind::TooLong, 150, 151);
        QTest::newRow("event name") << TrackCall::event(u"1"_s, u" "_s)
                                    << problem(CallKind::Event, CallFields::Name, Kind::Blank);
        QTest::newRow("anonymous id") << TrackCall::anonymousEvent(u"  "_s, u"x"_s)
                                      << problem(CallKind::AnonymousEvent, CallFields::AnonymousId, Kind::Required);
        CallProblem platform = problem(CallKind::AddDevice, CallFields::Platform, Kind::NotOneOf);
        platform.detail = u"web"_s;
        QTest::newRow("platform") << TrackCall::addDevice(u"1"_s, u"t"_s, u"web"_s) << platform;
        QTest::newRow("device path segment") << TrackCall::deleteDevice(u"1"_s, u"."_s)
                                             << problem(CallKind::DeleteDevice, CallFields::DeviceId, Kind::DotSegment);
        QTest::newRow("same person") << TrackCall::merge(u"1"_s, u"1"_s)
                                     << problem(CallKind::Merge, CallFields::Secondary, Kind::SameAsPrimary);
        QTest::newRow("event data") << TrackCall::event(u"1"_s, u"x"_s, {{u"k"_s, QString(100000, u'v')}})
                                    << problem(CallKind::Event, CallFields::Data, Kind::TooLarge, 100000, 100008);
        CallProblem createdAt = problem(CallKind::Identify, CallFields::Attributes, Kind::Milliseconds, 0, kNow * 1000);
        createdAt.key = u"created_at"_s;
        QTest::newRow("created_at") << TrackCall::identify(u"1"_s, {{u"created_at"_s, kNow * 1000}}) << createdAt;
        TrackCall lastUsed = TrackCall::addDevice(u"1"_s, u"t"_s, u"ios"_s);
        lastUsed.timestamp = -5;
        QTest::newRow("last used") << lastUsed
                                   << problem(CallKind::AddDevice, CallFields::Timestamp, Kind::NegativeTimestamp, 0,
                                              -5);
        const QJsonObject op {{u"type"_s, u"person"_s},
                              {u"identifiers"_s, QJsonObject {{u"id"_s, QString(151, u'i')}}},
                              {u"action"_s, u"identify"_s}};
        CallProblem item = problem(CallKind::Batch, CallFields::Body, Kind::TooLong, 150, 151);
        item.item = 1;
        item.key = u"identifiers.id"_s;
        QTest::newRow("batch item") << TrackCall::batch({{u"batch"_s, QJsonArray {QJsonObject(), op}}}) << item;
    }
    void problemsNameTheirField()
    {
        QFETCH(TrackCall, call);
        QFETCH(CallProblem, expected);
        const QList<CallProblem> problems = call.validate(kNow);
        QVERIFY2(problems.contains(expected), qPrintable(describeProblems(problems).join(u'\n')));
        QVERIFY(callShape(call.kind).hasField(expected.field));
    }

    void wording_data()
    {
        QTest::addColumn<CallProblem>("problem");
        QTest::addColumn<QString>("sentence");
        using Kind = CallProblem::Kind;
        QTest::newRow("too long") << problem(CallKind::Event, CallFields::Identifier, Kind::TooLong, 150, 151)
                                  << u"Identifier: at most 150 bytes in UTF-8 (got 151)"_s;
        QTest::newRow("label of the call")
            << problem(CallKind::ScreenView, CallFields::Name, Kind::Blank) << u"Screen name: must not be blank"_s;
        CallProblem platform = problem(CallKind::AddDevice, CallFields::Platform, Kind::NotOneOf);
        platform.detail = u"web"_s;
        QTest::newRow("choices") << platform << u"Platform: must be \"ios\" or \"android\" (got \"web\")"_s;
        CallProblem json = problem(CallKind::Event, CallFields::Data, Kind::InvalidJson);
        json.line = 3;
        json.column = 7;
        json.detail = u"missing value"_s;
        QTest::newRow("json") << json << u"Event data: invalid JSON at line 3, column 7: missing value"_s;
        CallProblem device =
            problem(CallKind::AddDevice, CallFields::Attributes, Kind::AttributeValueTooLong, 1000, 1001);
        device.key = u"k"_s;
        QTest::newRow("device attribute")
            << device << u"Device: Attribute \"k\": value at most 1000 bytes in UTF-8 (got 1001)"_s;
        CallProblem item = problem(CallKind::Batch, CallFields::Body, Kind::Required);
        item.item = 2;
        item.key = u"identifiers.email"_s;
        QTest::newRow("batch item") << item << u"batch[2]: identifiers.email: must not be empty"_s;
        CallProblem createdAt = problem(CallKind::Entity, CallFields::Body, Kind::NegativeTimestamp, 0, -1);
        createdAt.key = u"attributes.created_at"_s;
        QTest::newRow("v2 attribute") << createdAt
                                      << u"Attribute \"created_at\": must be Unix seconds, not negative (got -1)"_s;
        QTest::newRow("last used") << problem(
            CallKind::AddDevice, CallFields::Timestamp, Kind::Milliseconds, 0,
            kNow * 1000) << u"Last used: 1764403200000 looks like milliseconds; Unix seconds would be 1764403200"_s;
    }
    void wording()
    {
        QFETCH(CallProblem, problem);
        QFETCH(QString, sentence);
        QCOMPARE(describeProblem(problem), sentence);
    }

    // Every kind has its sentence, and a field-named one names the field as asked.
    void everyKindIsWorded()
    {
        for (int k = 0; k <= int(CallProblem::Kind::BatchTooLarge); ++k) {
            const CallProblem p = problem(CallKind::Event, CallFields::Name, CallProblem::Kind(k), 1, 2);
            QVERIFY2(!describeProblem(p).isEmpty(), qPrintable(QString::number(k)));
            QVERIFY(!describeProblem(p, u"--name"_s).isEmpty());
        }
        CallProblem json = problem(CallKind::Event, CallFields::Data, CallProblem::Kind::NotJsonObject);
        QCOMPARE(describeProblem(json, u"--data"_s), u"--data: must be a JSON object such as {\"plan\": \"pro\"}"_s);
    }

    void parsingGivesProblems()
    {
        QJsonObject object;
        CallProblem p;
        QVERIFY(!parseJsonObjectText("{\n  \"a\": 1,\n  \"b\" 2\n}", &object, &p));
        QCOMPARE(p.kind, CallProblem::Kind::InvalidJson);
        QCOMPARE(p.line, 3);
        QVERIFY(p.column > 1);
        QVERIFY(!parseJsonObjectText("42", &object, &p));
        QCOMPARE(p.kind, CallProblem::Kind::NotJsonObject);
        QVERIFY(parseJsonObjectText("  ", &object, &p));
        QVERIFY(object.isEmpty());
        qint64 seconds = 0;
        QVERIFY(!parseTimestampText(u"yesterday"_s, &seconds, &p));
        QCOMPARE(p.kind, CallProblem::Kind::InvalidTimestamp);
        QCOMPARE(p.detail, u"yesterday"_s);
        QVERIFY(parseTimestampText(u"2025-11-29T08:00:00Z"_s, &seconds, &p));
        QCOMPARE(seconds, kNow);
    }
};

QTEST_GUILESS_MAIN(tst_CallProblem)
#include "tst_callproblem.moc"
