#include "requestlogmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

class tst_RequestLogModel : public QObject
{
    Q_OBJECT

    static RequestRecord record(qint64 id, RequestRecord::Outcome outcome = RequestRecord::Outcome::Pending)
    {
        RequestRecord r;
        r.id = id;
        r.call = CallKind::Event;
        r.method = QStringLiteral("POST");
        r.path = QStringLiteral("/api/v1/customers/1/events");
        r.outcome = outcome;
        r.startedAt = QDateTime::currentDateTimeUtc();
        Hop first;
        first.url = QUrl(QStringLiteral("https://track.customer.io/api/v1/customers/1/events"));
        first.status = 301;
        r.hops << first;
        return r;
    }

private Q_SLOTS:
    void upsertNewestFirstAndBounded()
    {
        RequestLogModel model(3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 1; i <= 5; ++i)
            model.upsert(record(i));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.recordAt(0).id, 5);
        QCOMPARE(model.recordAt(2).id, 3);

        RequestRecord done = record(4, RequestRecord::Outcome::Success);
        Hop second;
        second.url = QUrl(QStringLiteral("https://track-eu.customer.io/api/v1/customers/1/events"));
        second.status = 200;
        done.hops << second;
        done.status = 200;
        done.handledBy = QStringLiteral("track-eu.customer.io");
        done.handledByRegion = Region::Eu;
        done.warnings << QStringLiteral("US transit");
        model.upsert(done);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex handled = model.index(1, RequestLogModel::HandledBy);
        QCOMPARE(handled.data().toString(), QStringLiteral("EU · track-eu.customer.io"));
        QCOMPARE(model.index(1, RequestLogModel::Status).data().toString(), QStringLiteral("200"));
        QCOMPARE(model.index(1, RequestLogModel::Hops).data().toString(), QStringLiteral("2 ⚠"));
        QCOMPARE(handled.data(RequestLogModel::RegionRole).toString(), QStringLiteral("eu"));
        QCOMPARE(handled.data(RequestLogModel::WarningRole).toBool(), true);
        QCOMPARE(handled.data(RequestLogModel::RecordRole).value<RequestRecord>().id, 4);
        QCOMPARE(RequestLogModel::hopsText(done),
                 QStringLiteral("track.customer.io 301 → track-eu.customer.io 200"));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void recordJsonHasTheCliContract()
    {
        RequestRecord r = record(1, RequestRecord::Outcome::HttpError);
        r.status = 401;
        r.error = QStringLiteral("HTTP 401");
        const QJsonObject o = r.toJson();
        for (const char *key : {"call", "method", "url", "status", "handled_by", "handled_by_region", "hops", "error",
                                "duration_ms"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("call")).toString(), QStringLiteral("event"));
        QCOMPARE(o.value(QStringLiteral("hops")).toArray().size(), 1);
        QCOMPARE(maskedBasicAuthorization(QStringLiteral("site")), QStringLiteral("Basic site:•••"));
    }
};

QTEST_GUILESS_MAIN(tst_RequestLogModel)
#include "tst_requestlogmodel.moc"
