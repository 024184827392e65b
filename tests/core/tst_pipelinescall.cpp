// TrackCall for the Pipelines API: its shapes, its wire bodies and its checks at every boundary.
#include "callproblem.h"
#include "callshape.h"
#include "requestlogfilter.h"
#include "trackcall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
TrackCall pipelines(CallKind kind, const QHash<QString, QString> &texts = {})
{
    TrackCall call;
    call.kind = kind;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        call.setText(it.key(), it.value());
    return call;
}

QList<CallProblem::Kind> kinds(const QList<CallProblem> &problems)
{
    QList<CallProblem::Kind> out;
    for (const CallProblem &p : problems)
        out << p.kind;
    return out;
}

qsizetype compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).size();
}

// An identify whose body is exactly `bytes` bytes of compact JSON, most of it 3-byte "€" (UTF-8).
TrackCall identifyOfSize(qsizetype bytes)
{
    TrackCall call = pipelines(CallKind::PipelinesIdentify, {{CallFields::UserId, u"42"_s}});
    call.setJson(CallFields::Traits, {{u"s"_s, QString()}});
    const qsizetype room = bytes - call.body().size();
    call.setJson(CallFields::Traits, {{u"s"_s, QString(room / 3, QChar(0x20AC)) + QString(room % 3, u'a')}});
    return call;
}

// A track item of `bytes` bytes of compact JSON, its padding in 2-byte "ü".
QJsonObject trackItemOfSize(qsizetype bytes)
{
    QJsonObject item {{u"type"_s, u"track"_s}, {u"userId"_s, u"42"_s}, {u"event"_s, u"e"_s}};
    item.insert(u"properties"_s, QJsonObject {{u"pad"_s, QString()}});
    const qsizetype room = bytes - compact(item);
    item.insert(u"properties"_s, QJsonObject {{u"pad"_s, QString(room / 2, QChar(0xFC)) + QString(room % 2, u'a')}});
    return item;
}

// A /batch body of exactly `bytes` bytes, each item under the per-call limit.
QJsonObject batchOfSize(qsizetype bytes)
{
    QJsonArray items;
    for (int i = 0; i < 16; ++i)
        items.append(trackItemOfSize(30000));
    QJsonObject body {{u"batch"_s, items}};
    items.append(trackItemOfSize(100));
    body.insert(u"batch"_s, items);
    const qsizetype room = bytes - compact(body);
    items.replace(items.size() - 1, trackItemOfSize(100 + room));
    body.insert(u"batch"_s, items);
    return body;
}
} // namespace

class tst_PipelinesCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAreScopedByApi()
    {
        QCOMPARE(callFromName(u"identify"_s), CallKind::Identify);
        QCOMPARE(callFromName(u"batch"_s), CallKind::Batch);
        QCOMPARE(callFromName(u"identify"_s, u"pipelines"_s), CallKind::PipelinesIdentify);
        QCOMPARE(callFromName(u"batch"_s, u"pipelines"_s), CallKind::PipelinesBatch);
        QCOMPARE(callFromName(u"track"_s), std::nullopt);
        QCOMPARE(callFromName(u"merge"_s, u"pipelines"_s), std::nullopt);
        QCOMPARE(callName(CallKind::PipelinesDeviceCreated), u"device-created"_s);
        QCOMPARE(callApi(CallKind::PipelinesAlias).id, u"pipelines"_s);
        QCOMPARE(storedCallName(CallKind::Identify), u"identify"_s);
        QCOMPARE(storedCallName(CallKind::PipelinesIdentify), u"pipelines-identify"_s);
        for (CallKind kind : allCallKinds())
            QCOMPARE(callFromStoredName(storedCallName(kind)), kind);
        QCOMPARE(RequestLogFilter::apiName(CallKind::PipelinesTrack), u"pipelines"_s);
        QVERIFY(RequestLogFilter::fieldValues(RequestLogFilter::Field::Api).contains(u"pipelines"_s));
        QCOMPARE(RequestLogFilter::fieldValues(RequestLogFilter::Field::Call).count(u"identify"_s), 1);

        QStringList names;
        for (const CallShape *shape : composableCalls(u"pipelines"_s))
            names << callName(shape->kind);
        QCOMPARE(names.join(u", "_s),
                 u"identify, track, page, screen, group, alias, batch, device-created, device-deleted, user-deleted, "
                 u"user-suppressed, user-unsuppressed, relationship-deleted, object-deleted, report-delivery, "
                 u"report-content"_s);
        for (const CallShape *shape : composableCalls())
            QVERIFY(!isPipelinesCall(shape->kind));
    }

    // The bodies customerio-node's PipelinesClient sends, less what it adds on its own (messageId,
    // timestamp, context.library).
    void wireBodies()
    {
        TrackCall identify = pipelines(CallKind::PipelinesIdentify, {{CallFields::UserId, u"42"_s}});
        identify.setJson(CallFields::Traits, {{u"plan"_s, u"pro"_s}});
        QCOMPARE(identify.method(), QByteArray("POST"));
        QCOMPARE(identify.encodedPath(), u"/v1/identify"_s);
        QCOMPARE(identify.body(), QByteArray(R"({"traits":{"plan":"pro"},"userId":"42"})"));
        QVERIFY(identify.validate().isEmpty());

        TrackCall track = pipelines(CallKind::PipelinesTrack,
                                    {{CallFields::AnonymousId, u"a-1"_s},
                                     {CallFields::Event, u"Course Started"_s},
                                     {CallFields::Timestamp, u"2025-11-29T08:00:00Z"_s},
                                     {CallFields::MessageId, u"m-1"_s}});
        QCOMPARE(track.encodedPath(), u"/v1/track"_s);
        QCOMPARE(track.body(),
                 QByteArray(R"({"anonymousId":"a-1","event":"Course Started","messageId":"m-1",)"
                            R"("timestamp":"2025-11-29T08:00:00Z"})"));

        const TrackCall alias =
            pipelines(CallKind::PipelinesAlias, {{CallFields::UserId, u"42"_s}, {CallFields::PreviousId, u"a-1"_s}});
        QCOMPARE(alias.body(), QByteArray(R"({"previousId":"a-1","userId":"42"})"));

        const TrackCall device = pipelines(
            CallKind::PipelinesDeviceCreated,
            {{CallFields::UserId, u"42"_s}, {CallFields::DeviceToken, u"tok"_s}, {CallFields::Platform, u"ios"_s}});
        QCOMPARE(device.encodedPath(), u"/v1/track"_s);
        QCOMPARE(device.body(),
                 QByteArray(R"({"context":{"device":{"token":"tok","type":"ios"}},)"
                            R"("event":"Device Created or Updated","userId":"42"})"));

        const TrackCall relationship = pipelines(
            CallKind::PipelinesRelationshipDeleted,
            {{CallFields::UserId, u"42"_s}, {CallFields::ObjectId, u"acme"_s}, {CallFields::ObjectTypeId, u"2"_s}});
        QCOMPARE(relationship.body(),
                 QByteArray(R"({"event":"Relationship Deleted",)"
                            R"("properties":{"objectId":"acme","objectTypeId":2},"userId":"42"})"));

        TrackCall batch;
        batch.kind = CallKind::PipelinesBatch;
        batch.setJson(CallFields::Body, {{u"batch"_s, QJsonArray {trackItemOfSize(100)}}});
        QCOMPARE(batch.encodedPath(), u"/v1/batch"_s);
        QCOMPARE(batch.body(), QJsonDocument(batch.data).toJson(QJsonDocument::Compact));
        QVERIFY(batch.validate().isEmpty());
    }

    void userIdOrAnonymousId()
    {
        using K = CallProblem::Kind;
        for (CallKind kind : {CallKind::PipelinesIdentify, CallKind::PipelinesTrack, CallKind::PipelinesPage,
                              CallKind::PipelinesScreen, CallKind::PipelinesGroup}) {
            TrackCall call = pipelines(
                kind, {{CallFields::Event, u"e"_s}, {CallFields::Name, u"n"_s}, {CallFields::GroupId, u"g"_s}});
            const QList<CallProblem> none = call.validate();
            QCOMPARE(kinds(none), QList<K> {K::NoPersonId});
            QCOMPARE(none.first().field, CallFields::UserId);
            call.setText(CallFields::AnonymousId, u"a-1"_s);
            QVERIFY2(call.validate().isEmpty(), qPrintable(describeProblems(call.validate()).join(u'\n')));
            call.setText(CallFields::AnonymousId, QString());
            call.setText(CallFields::UserId, u"42"_s);
            QVERIFY(call.validate().isEmpty());
            call.setText(CallFields::UserId, u" 42"_s);
            QCOMPARE(kinds(call.validate()), QList<K> {K::SurroundingSpaces});
        }
        QCOMPARE(kinds(pipelines(CallKind::PipelinesTrack, {{CallFields::UserId, u"42"_s}}).validate()),
                 QList<K> {K::Blank});
        QCOMPARE(kinds(pipelines(CallKind::PipelinesAlias, {{CallFields::UserId, u"42"_s}}).validate()),
                 QList<K> {K::Required});
    }

    void isoTimestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("Z") << u"2025-11-29T08:00:00Z"_s << true;
        QTest::newRow("milliseconds") << u"2025-11-29T08:00:00.123Z"_s << true;
        QTest::newRow("offset") << u"2025-11-29T09:00:00+01:00"_s << true;
        QTest::newRow("negative offset") << u"2025-11-29T03:00:00-05:00"_s << true;
        QTest::newRow("no zone") << u"2025-11-29T08:00:00"_s << false;
        QTest::newRow("date only") << u"2025-11-29"_s << false;
        QTest::newRow("unix seconds") << u"1764403200"_s << false;
        QTest::newRow("month 13") << u"2025-13-01T00:00:00Z"_s << false;
        QTest::newRow("words") << u"yesterday"_s << false;
    }

    void isoTimestamps()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const TrackCall call =
            pipelines(CallKind::PipelinesIdentify, {{CallFields::UserId, u"42"_s}, {CallFields::Timestamp, text}});
        const QList<CallProblem> problems = call.validate();
        QCOMPARE(problems.isEmpty(), ok);
        if (!ok) {
            QCOMPARE(problems.first().kind, CallProblem::Kind::NotIsoTimestamp);
            QCOMPARE(problems.first().field, CallFields::Timestamp);
            QVERIFY(describeProblem(problems.first()).contains(text));
        }
    }

    // 32,000 bytes of UTF-8 pass; 32,001 do not, and the message says why 32,000.
    void callSizeBoundary()
    {
        const TrackCall at = identifyOfSize(PipelinesLimits::CallBytes);
        QCOMPARE(at.body().size(), qsizetype(32000));
        QVERIFY(at.body().size() > at.json(CallFields::Traits).value(u"s"_s).toString().size()); // multi-byte
        QVERIFY(at.validate().isEmpty());
        const TrackCall over = identifyOfSize(PipelinesLimits::CallBytes + 1);
        QCOMPARE(over.body().size(), qsizetype(32001));
        const QList<CallProblem> problems = over.validate();
        QCOMPARE(kinds(problems), QList<CallProblem::Kind> {CallProblem::Kind::CallTooLarge});
        QCOMPARE(problems.first().field, CallFields::Traits);
        QCOMPARE(problems.first().limit, 32000);
        QCOMPARE(problems.first().got, 32001);
        const QString text = describeProblem(problems.first());
        QVERIFY2(text.contains(u"32001"_s) && text.contains(u"32,000"_s) && text.contains(u"32,768"_s),
                 qPrintable(text));
    }

    void batchSizeBoundary()
    {
        TrackCall batch;
        batch.kind = CallKind::PipelinesBatch;
        batch.data = batchOfSize(PipelinesLimits::BatchBytes);
        QCOMPARE(batch.body().size(), qsizetype(500000));
        QVERIFY2(batch.validate().isEmpty(), qPrintable(describeProblems(batch.validate()).join(u'\n')));
        batch.data = batchOfSize(PipelinesLimits::BatchBytes + 1);
        QCOMPARE(batch.body().size(), qsizetype(500001));
        const QList<CallProblem> problems = batch.validate();
        QCOMPARE(kinds(problems), QList<CallProblem::Kind> {CallProblem::Kind::PipelinesBatchTooLarge});
        QCOMPARE(problems.first().got, 500001);
        QVERIFY(describeProblem(problems.first()).startsWith(u"batch: at most 500000 bytes"_s));
    }

    void batchItemSizeBoundary()
    {
        TrackCall batch;
        batch.kind = CallKind::PipelinesBatch;
        batch.data = {{u"batch"_s, QJsonArray {trackItemOfSize(100), trackItemOfSize(32000)}}};
        QCOMPARE(compact(batch.data.value(u"batch"_s).toArray().at(1).toObject()), qsizetype(32000));
        QVERIFY(batch.validate().isEmpty());
        batch.data = {{u"batch"_s, QJsonArray {trackItemOfSize(100), trackItemOfSize(32001)}}};
        const QList<CallProblem> problems = batch.validate();
        QCOMPARE(kinds(problems), QList<CallProblem::Kind> {CallProblem::Kind::CallTooLarge});
        QCOMPARE(problems.first().item, 1);
        QVERIFY(describeProblem(problems.first()).startsWith(u"batch[1]: call: at most 32000 bytes"_s));
    }

    void batchItems()
    {
        using K = CallProblem::Kind;
        const auto check = [](const QJsonArray &items) {
            TrackCall batch;
            batch.kind = CallKind::PipelinesBatch;
            batch.data = {{u"batch"_s, items}};
            return batch.validate();
        };
        const QJsonObject user {{u"userId"_s, u"42"_s}};
        QJsonArray ok;
        for (const QString &type : {u"identify"_s, u"page"_s, u"screen"_s}) {
            QJsonObject item = user;
            item.insert(u"type"_s, type);
            ok.append(item);
        }
        ok.append(QJsonObject {{u"type"_s, u"track"_s}, {u"anonymousId"_s, u"a"_s}, {u"event"_s, u"e"_s}});
        ok.append(QJsonObject {{u"type"_s, u"group"_s}, {u"userId"_s, 42}, {u"groupId"_s, u"g"_s}});
        ok.append(QJsonObject {{u"type"_s, u"alias"_s}, {u"userId"_s, u"42"_s}, {u"previousId"_s, u"a"_s}});
        ok.append(QJsonObject {{u"type"_s, u"track"_s},
                               {u"userId"_s, u"42"_s},
                               {u"event"_s, u"e"_s},
                               {u"timestamp"_s, u"2025-11-29T08:00:00.000Z"_s}});
        QVERIFY2(check(ok).isEmpty(), qPrintable(describeProblems(check(ok)).join(u'\n')));

        const QList<CallProblem> bad = check({
            QJsonObject {{u"type"_s, u"delete"_s}, {u"userId"_s, u"42"_s}},
            u"identify"_s,
            QJsonObject {{u"type"_s, u"track"_s}, {u"userId"_s, u"42"_s}},
            QJsonObject {{u"type"_s, u"group"_s}, {u"userId"_s, u"42"_s}},
            QJsonObject {{u"type"_s, u"identify"_s}},
            QJsonObject {{u"type"_s, u"alias"_s}, {u"userId"_s, u"42"_s}},
            QJsonObject {{u"type"_s, u"identify"_s}, {u"userId"_s, u"42"_s}, {u"timestamp"_s, 1764403200}},
        });
        QCOMPARE(kinds(bad),
                 (QList<K> {K::UnknownCallType, K::NotACall, K::Required, K::Required, K::NoPersonId, K::Required,
                            K::NotIsoTimestamp}));
        QStringList where;
        for (const CallProblem &p : bad)
            where << QString::number(p.item) + u':' + p.key;
        QCOMPARE(where,
                 (QStringList {u"0:type"_s, u"1:"_s, u"2:event"_s, u"3:groupId"_s, u"4:"_s, u"5:previousId"_s,
                               u"6:timestamp"_s}));
        QCOMPARE(describeProblem(bad.at(0)),
                 u"batch[0]: type: must be \"identify\", \"track\", \"page\", \"screen\", \"group\" or \"alias\" "
                 u"(got \"delete\")"_s);
        QCOMPARE(describeProblem(bad.at(2)), u"batch[2]: event: must not be empty"_s);
        QCOMPARE(kinds(check({})), QList<K> {K::EmptyPipelinesBatch});
    }

    // Each semantic event: the reserved name is fixed, its required fields are asked for, and filled in
    // it may be sent.
    void semanticEvents_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QStringList>("required");
        const QStringList user {CallFields::UserId};
        QTest::newRow("device-created") << int(CallKind::PipelinesDeviceCreated) << u"Device Created or Updated"_s
                                        << QStringList {CallFields::UserId, CallFields::DeviceToken};
        QTest::newRow("device-deleted") << int(CallKind::PipelinesDeviceDeleted) << u"Device Deleted"_s
                                        << QStringList {CallFields::UserId, CallFields::DeviceToken};
        QTest::newRow("user-deleted") << int(CallKind::PipelinesUserDeleted) << u"User Deleted"_s << user;
        QTest::newRow("user-suppressed") << int(CallKind::PipelinesUserSuppressed) << u"User Suppressed"_s << user;
        QTest::newRow("user-unsuppressed")
            << int(CallKind::PipelinesUserUnsuppressed) << u"User Unsuppressed"_s << user;
        QTest::newRow("relationship-deleted")
            << int(CallKind::PipelinesRelationshipDeleted) << u"Relationship Deleted"_s
            << QStringList {CallFields::UserId, CallFields::ObjectId};
        QTest::newRow("object-deleted") << int(CallKind::PipelinesObjectDeleted) << u"Object Deleted"_s
                                        << QStringList {CallFields::AnonymousId, CallFields::ObjectId};
        QTest::newRow("report-delivery") << int(CallKind::PipelinesReportDelivery) << u"Report Delivery Event"_s
                                         << QStringList {CallFields::DeliveryId, CallFields::Metric};
        QTest::newRow("report-content") << int(CallKind::PipelinesReportContent) << u"Report Content Event"_s
                                        << QStringList {CallFields::ActionType};
    }

    void semanticEvents()
    {
        QFETCH(int, kind);
        QFETCH(QString, event);
        QFETCH(QStringList, required);
        const CallShape &shape = callShape(CallKind(kind));
        QCOMPARE(shape.path, u"/v1/track"_s);
        QCOMPARE(shape.fixedBody.value(u"event"_s).toString(), event);
        QVERIFY(!shape.hasField(CallFields::Event));
        QStringList marked;
        for (const CallField &f : shape.fields)
            if (f.required)
                marked << f.id;
        QCOMPARE(marked, required);

        TrackCall call = pipelines(CallKind(kind));
        QStringList missing;
        for (const CallProblem &p : call.validate())
            missing << p.field;
        QCOMPARE(missing, required);
        for (const QString &id : required) {
            const CallField *f = shape.field(id);
            call.setText(id, f->type == CallField::Type::Choice ? f->choices.first() : u"x-1"_s);
        }
        QVERIFY2(call.validate().isEmpty(), qPrintable(describeProblems(call.validate()).join(u'\n')));
        QCOMPARE(QJsonDocument::fromJson(call.body()).object().value(u"event"_s).toString(), event);
    }

    void wholeNumbers()
    {
        TrackCall call = pipelines(CallKind::PipelinesObjectDeleted,
                                   {{CallFields::AnonymousId, u"a"_s}, {CallFields::ObjectId, u"acme"_s}});
        for (const QString &bad : {u"0"_s, u"-1"_s, u"1.5"_s, u"x"_s, u"9007199254740993"_s}) {
            call.setText(CallFields::ObjectTypeId, bad);
            QCOMPARE(kinds(call.validate()), QList<CallProblem::Kind> {CallProblem::Kind::NotWholeNumber});
        }
        call.setText(CallFields::ObjectTypeId, u"1"_s);
        QVERIFY(call.validate().isEmpty());
        call.setText(CallFields::ObjectTypeId, QString());
        QVERIFY(!call.body().contains("objectTypeId"));
    }
};

QTEST_GUILESS_MAIN(tst_PipelinesCall)
#include "tst_pipelinescall.moc"
