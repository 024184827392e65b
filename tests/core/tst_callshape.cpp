#include "callshape.h"
#include "trackcall.h"
#include "ulid.h"

#include <QJsonDocument>
#include <QTest>

#include <set>

using namespace Qt::StringLiterals;

class tst_CallShape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindHasOneShape()
    {
        std::set<int> seen;
        for (const CallApi &api : callApis()) {
            QVERIFY(!api.id.isEmpty());
            QVERIFY(api.source.startsWith(u"https://"_s));
            for (const CallShape &shape : api.calls) {
                QVERIFY2(seen.insert(int(shape.kind)).second, qPrintable(callName(shape.kind)));
                QCOMPARE(&callApi(shape.kind), &api);
            }
        }
        for (CallKind kind : allCallKinds()) {
            QVERIFY2(seen.count(int(kind)) == 1, qPrintable(callName(kind)));
            QCOMPARE(callShape(kind).kind, kind);
            QVERIFY(!callShape(kind).title().isEmpty());
        }
        QCOMPARE(int(seen.size()), int(allCallKinds().size()));
        QCOMPARE(callApi(CallKind::Batch).id, u"track-v2"_s);
        QCOMPARE(callApi(CallKind::AppKeyCheck).id, u"app"_s);
    }

    // The composer and `send` offer these, in this order (`send`'s usage error lists them so).
    void composableCallsInOrder()
    {
        QStringList names;
        for (const CallShape *shape : composableCalls())
            names << callName(shape->kind);
        QCOMPARE(names.join(u", "_s),
                 u"identify, delete, event, page, screen, anonymous, add-device, delete-device, "
                 u"suppress, unsuppress, merge, form-submit, segment-add, segment-remove, entity, batch"_s);
    }

    void fieldsAreWellFormed()
    {
        for (const CallApi &api : callApis()) {
            for (const CallShape &shape : api.calls) {
                QStringList ids;
                for (const CallField &field : shape.fields) {
                    const QString where = callName(shape.kind) + u'.' + field.id;
                    QVERIFY2(!ids.contains(field.id), qPrintable(where));
                    ids << field.id;
                    QVERIFY2(!field.label().isEmpty(), qPrintable(where));
                    QVERIFY2(!field.cliOption.isEmpty() && !field.cliValueName.isEmpty(), qPrintable(where));
                    QCOMPARE(shape.fieldForOption(field.cliOption), &field);
                    QCOMPARE(shape.field(field.id), &field);
                    if (field.wire == CallField::Wire::PathSegment)
                        QVERIFY2(shape.path.contains(u'{' + field.wireKey + u'}'), qPrintable(where));
                    if (field.wire == CallField::Wire::WholeBody)
                        QCOMPARE(int(shape.fields.size()) - (shape.hasField(CallFields::Identifier) ? 1 : 0), 1);
                    if (field.type == CallField::Type::Choice)
                        QVERIFY2(!field.choices.isEmpty(), qPrintable(where));
                }
                QVERIFY2(!shape.path.contains(u'{') || !shape.fields.isEmpty(), qPrintable(callName(shape.kind)));
            }
        }
    }

    void requiredFieldsAndLimits()
    {
        const CallShape &event = callShape(CallKind::Event);
        QVERIFY(event.field(CallFields::Identifier)->required);
        QVERIFY(event.field(CallFields::Name)->required);
        QVERIFY(!event.field(CallFields::Data)->required);
        QVERIFY(!event.field(CallFields::Timestamp)->required);
        QCOMPARE(event.field(CallFields::Identifier)->limits.bytes, 150);
        QCOMPARE(event.field(CallFields::Name)->limits.bytes, 100);
        QCOMPARE(event.field(CallFields::Data)->limits.bytes, 100000);
        const CallField *attributes = callShape(CallKind::Identify).field(CallFields::Attributes);
        QCOMPARE(attributes->limits.entries, 300);
        QCOMPARE(attributes->limits.entryNameBytes, 150);
        QCOMPARE(attributes->limits.entryValueBytes, 1000);
        QCOMPARE(callShape(CallKind::Batch).field(CallFields::Body)->limits.bytes, 500000);
        QCOMPARE(callShape(CallKind::Batch).field(CallFields::Body)->limits.operationBytes, 32000);
        QCOMPARE(callShape(CallKind::AddDevice).field(CallFields::Platform)->choices,
                 QStringList({u"ios"_s, u"android"_s}));
        // Labels name the field as the kind of call does.
        QCOMPARE(callShape(CallKind::PageView).field(CallFields::Name)->label(), u"Page URL"_s);
        QCOMPARE(callShape(CallKind::Merge).field(CallFields::Identifier)->label(), u"Primary person"_s);
        QCOMPARE(callShape(CallKind::AddDevice).field(CallFields::Timestamp)->label(), u"Last used"_s);
        QVERIFY(!callShape(CallKind::Region).composable);
        QVERIFY(callShape(CallKind::Suppress).fields.size() == 1);
    }

    void wirePlacement()
    {
        const CallShape &device = callShape(CallKind::AddDevice);
        QCOMPARE(device.field(CallFields::DeviceId)->wireKey, u"device.id"_s);
        QCOMPARE(device.field(CallFields::Timestamp)->wireKey, u"device.last_used"_s);
        QCOMPARE(callShape(CallKind::DeleteDevice).field(CallFields::DeviceId)->wire, CallField::Wire::PathSegment);
        QCOMPARE(callShape(CallKind::Merge).field(CallFields::Secondary)->wire, CallField::Wire::BodyPerson);
        QCOMPARE(callShape(CallKind::Identify).field(CallFields::Attributes)->wire, CallField::Wire::WholeBody);
        QCOMPARE(callShape(CallKind::PageView).fixedBody.value(u"type").toString(), u"page"_s);
        // An anonymous event names its person in the body only.
        const TrackCall anonymous = TrackCall::anonymousEvent(u"a/1"_s, u"visit"_s);
        QCOMPARE(anonymous.encodedPath(), u"/api/v1/events"_s);
        QCOMPARE(QJsonDocument::fromJson(anonymous.body()).object().value(u"anonymous_id").toString(), u"a/1"_s);
    }

    // Issue 21: an anonymous event needs only its name; events carry an optional ULID "id"; merge names each
    // side with the type chosen.
    void composerGaps()
    {
        TrackCall anonymous = TrackCall::anonymousEvent(QString(), u"visit"_s);
        QVERIFY(anonymous.validate().isEmpty());
        QCOMPARE(anonymous.body(), QByteArrayLiteral(R"({"name":"visit"})"));

        TrackCall event = TrackCall::event(u"42"_s, u"purchase"_s);
        event.eventId = Ulid::generate();
        QVERIFY(event.validate().isEmpty());
        QCOMPARE(QJsonDocument::fromJson(event.body()).object().value(u"id").toString(), event.eventId);
        event.eventId = u"not-a-ulid"_s;
        QCOMPARE(event.validate().size(), 1);
        QCOMPARE(event.validate().first().kind, CallProblem::Kind::NotUlid);
        QCOMPARE(event.validate().first().field, CallFields::EventId);
        event.eventId.clear();
        QVERIFY(!QJsonDocument::fromJson(event.body()).object().contains(u"id"));

        TrackCall merge = TrackCall::merge(u"a@b.c"_s, u"cio_7"_s);
        QCOMPARE(merge.body(), QByteArrayLiteral(R"({"primary":{"email":"a@b.c"},"secondary":{"cio_id":"7"}})"));
        merge.setText(CallFields::IdentifierType, u"id"_s);
        merge.setText(CallFields::SecondaryType, u"id"_s);
        QVERIFY(merge.validate().isEmpty());
        QCOMPARE(merge.body(), QByteArrayLiteral(R"({"primary":{"id":"a@b.c"},"secondary":{"id":"cio_7"}})"));
        merge.setText(CallFields::SecondaryType, u"phone"_s);
        QCOMPARE(merge.validate().size(), 1);
        QCOMPARE(merge.validate().first().field, CallFields::SecondaryType);
    }

    // Issue 21: form submit and manual segment add and remove, from the same tables.
    void formAndSegmentCalls()
    {
        TrackCall form;
        form.kind = CallKind::FormSubmit;
        form.setText(CallFields::FormId, u"sign up"_s);
        form.setJson(CallFields::FormData, QJsonObject {{u"email"_s, u"ada@example.com"_s}, {u"plan"_s, u"pro"_s}});
        QVERIFY(form.validate().isEmpty());
        QCOMPARE(form.encodedPath(), u"/api/v1/forms/sign%20up/submit"_s);
        QCOMPARE(form.body(), QByteArrayLiteral(R"({"data":{"email":"ada@example.com","plan":"pro"}})"));
        form.setJson(CallFields::FormData, QJsonObject {{u"email"_s, u"a@b.c"_s}, {u"id"_s, u"7"_s}, {u"n"_s, 1}});
        QList<CallProblem::Kind> kinds;
        for (const CallProblem &p : form.validate())
            kinds << p.kind;
        QCOMPARE(kinds, (QList<CallProblem::Kind> {CallProblem::Kind::NotOneRespondent, CallProblem::Kind::NotString}));

        TrackCall add;
        add.kind = CallKind::SegmentAdd;
        add.setText(CallFields::SegmentId, u"7"_s);
        add.setText(CallFields::Ids, u" 1, 2,,3 "_s);
        QVERIFY(add.validate().isEmpty());
        QCOMPARE(add.encodedPath(), u"/api/v1/segments/7/add_customers"_s);
        QCOMPARE(add.body(), QByteArrayLiteral(R"({"ids":["1","2","3"]})"));
        TrackCall remove = add;
        remove.kind = CallKind::SegmentRemove;
        QCOMPARE(remove.encodedPath(), u"/api/v1/segments/7/remove_customers"_s);
        QStringList many;
        for (int i = 0; i < 1001; ++i)
            many << QString::number(i);
        remove.setText(CallFields::Ids, many.join(u','));
        QCOMPARE(remove.validate().size(), 1);
        QCOMPARE(remove.validate().first().kind, CallProblem::Kind::TooManyItems);
        remove.setText(CallFields::Ids, u" , "_s);
        QCOMPARE(remove.validate().first().kind, CallProblem::Kind::Required);
    }

    void ulids()
    {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(1469918176385, Qt::UTC);
        const QString a = Ulid::generate(time);
        QCOMPARE(a.size(), 26);
        QVERIFY(a.startsWith(u"01ARYZ6S41"_s)); // the time part of the spec's example
        QVERIFY(Ulid::isValid(a));
        QVERIFY(Ulid::isValid(a.toLower()));
        QVERIFY(a != Ulid::generate(time));
        QVERIFY(Ulid::generate() > a); // sortable by time
        QVERIFY(Ulid::isValid(u"01ARZ3NDEKTSV4RRFFQ69G5FAV"_s));
        QVERIFY(!Ulid::isValid(u"81ARZ3NDEKTSV4RRFFQ69G5FAV"_s)); // past 48 bits of time
        QVERIFY(!Ulid::isValid(u"01ARZ3NDEKTSV4RRFFQ69G5FAU"_s)); // U is not Crockford base32
        QVERIFY(!Ulid::isValid(u"01ARZ3NDEKTSV4RRFFQ69G5FA"_s));
    }

    // `send`'s options, one per field option.
    void commandLineOptions()
    {
        QStringList options;
        for (const CallField &field : callOptionFields())
            options << u"--"_s + field.cliOption + u' ' + field.cliValueName;
        options.sort();
        QCOMPARE(options,
                 QStringList({u"--action-type ACTION"_s,
                              u"--anonymous-id AID"_s,
                              u"--attributes JSON"_s,
                              u"--content-id N"_s,
                              u"--data JSON"_s,
                              u"--delivery-id ID"_s,
                              u"--device-id TOKEN"_s,
                              u"--device-token TOKEN"_s,
                              u"--event NAME"_s,
                              u"--event-id ULID"_s,
                              u"--form-id ID"_s,
                              u"--group-id ID"_s,
                              u"--id ID"_s,
                              u"--ids IDS"_s,
                              u"--message-id ID"_s,
                              u"--metric METRIC"_s,
                              u"--name NAME"_s,
                              u"--object-id ID"_s,
                              u"--object-type-id N"_s,
                              u"--platform PLATFORM"_s,
                              u"--previous-id ID"_s,
                              u"--primary-type TYPE"_s,
                              u"--properties JSON"_s,
                              u"--recipient ADDRESS"_s,
                              u"--secondary ID"_s,
                              u"--secondary-type TYPE"_s,
                              u"--segment-id ID"_s,
                              u"--template-id N"_s,
                              u"--timestamp TIME"_s,
                              u"--traits JSON"_s,
                              u"--user-id ID"_s}));
        QVERIFY(callShape(CallKind::Entity).fieldForOption(u"data"_s));
        QVERIFY(!callShape(CallKind::Entity).fieldForOption(u"id"_s));
        QCOMPARE(callShape(CallKind::AnonymousEvent).fieldForOption(u"anonymous-id"_s)->id, CallFields::AnonymousId);
    }

    // Setting a field by its id sets what the call sends there.
    void fieldsByTheirIds()
    {
        TrackCall call;
        call.kind = CallKind::AddDevice;
        call.setText(CallFields::Identifier, u"42"_s);
        call.setText(CallFields::DeviceId, u"tok"_s);
        call.setText(CallFields::Platform, u"ios"_s);
        call.setJson(CallFields::Attributes, {{u"v"_s, 1}});
        QCOMPARE(call.body(), QByteArray(R"({"device":{"attributes":{"v":1},"id":"tok","platform":"ios"}})"));
        QCOMPARE(call.encodedPath(), u"/api/v1/customers/42/devices"_s);
        QCOMPARE(call.text(CallFields::DeviceId), u"tok"_s);
        call.setText(u"bogus"_s, u"x"_s);
        QCOMPARE(call.text(u"bogus"_s), QString());
    }
};

QTEST_GUILESS_MAIN(tst_CallShape)
#include "tst_callshape.moc"
