#include "requestlogmodel.h"
#include "requestlogstore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_RequestLogModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

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
        QCOMPARE(RequestLogModel::hopsText(done), QStringLiteral("track.customer.io 301 → track-eu.customer.io 200"));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // ---- over a RequestLogStore -----------------------------------------------------------------
private:
    static RequestRecord finished(qint64 id, const QString &workspace, int status = 200)
    {
        RequestRecord r =
            record(id, status / 100 == 2 ? RequestRecord::Outcome::Success : RequestRecord::Outcome::HttpError);
        r.workspace = workspace;
        r.siteId = QStringLiteral("site");
        r.status = status;
        r.hops.first().status = status;
        r.handledBy = QStringLiteral("track.customer.io");
        r.handledByRegion = Region::Us;
        r.durationMs = 12;
        return r;
    }

    QString freshPath() { return m_dir.filePath(QStringLiteral("model%1.sqlite").arg(++m_files)); }

private Q_SLOTS:
    void storeWindowPagesAndStaysBounded()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        QList<RequestRecord> batch;
        for (int i = 0; i < 1000; ++i)
            batch << finished(1, i % 2 ? QStringLiteral("Odd") : QStringLiteral("Even"));
        const QList<qint64> ids = store.appendBatch(batch);
        RequestLogModel model(&store, 250);
        model.setPageSize(100);
        model.reload();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() >= 100); // the tester itself may have fetched a page
        QCOMPARE(model.index(0, 0).data(RequestLogModel::IdRole).toLongLong(), ids.last());
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 250); // capacity, not history
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1, 0).data(RequestLogModel::IdRole).toLongLong()
                    > model.index(row, 0).data(RequestLogModel::IdRole).toLongLong());

        RequestLogFilter odd;
        odd.workspace = QStringLiteral("Odd");
        model.setFilter(odd);
        QVERIFY(model.rowCount() >= 100);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, RequestLogModel::Workspace).data().toString(), QStringLiteral("Odd"));
        QVERIFY(model.canFetchMore({}));
    }

    void liveRowsArriveWhileFiltered()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        RequestLogModel model(&store, 100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RequestLogFilter filter;
        filter.workspace = QStringLiteral("A");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);

        RequestRecord a = finished(7, QStringLiteral("A"));
        a.outcome = RequestRecord::Outcome::Pending;
        a.status = 0;
        RequestRecord b = finished(8, QStringLiteral("B"));
        b.outcome = RequestRecord::Outcome::Pending;
        RequestRecord a2 = finished(9, QStringLiteral("A"));
        a2.outcome = RequestRecord::Outcome::Pending;
        model.upsert(a);
        model.upsert(b);
        model.upsert(a2);
        QCOMPARE(model.rowCount(), 2); // a2, a (B is filtered out)
        QCOMPARE(model.index(0, 0).data(RequestLogModel::IdRole).toLongLong(), 9);
        QVERIFY(model.index(0, 0).data(RequestLogModel::PendingRole).toBool());
        QCOMPARE(model.index(0, RequestLogModel::Status).data().toString(), QStringLiteral("sending…"));

        // a finishes: stored, takes the store's id, sits below the call still in flight.
        const QPersistentModelIndex aRow = model.index(1, 0);
        model.upsert(finished(7, QStringLiteral("A")));
        QCOMPARE(store.count(), qint64(1));
        const qint64 storedId = store.newestId();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(aRow.row(), 1);
        QCOMPARE(aRow.data(RequestLogModel::IdRole).toLongLong(), storedId);
        QVERIFY(!aRow.data(RequestLogModel::PendingRole).toBool());

        // a2 finishes: it moves below nothing (it is the newest stored call) and keeps its index.
        const QPersistentModelIndex a2Row = model.index(0, 0);
        model.upsert(finished(9, QStringLiteral("A"), 401));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(a2Row.row(), 0);
        QCOMPARE(a2Row.data(RequestLogModel::IdRole).toLongLong(), storedId + 1);
        QCOMPARE(a2Row.data(RequestLogModel::StatusClassRole).toString(), QStringLiteral("4xx"));

        // b finishes: stored, still filtered out.
        model.upsert(finished(8, QStringLiteral("B")));
        QCOMPARE(store.count(), qint64(3));
        QCOMPARE(model.rowCount(), 2);

        // Another process (here: another connection) appends; refresh() shows only what matches.
        RequestLogStore cli;
        QVERIFY(cli.open(store.path()));
        const qint64 external = cli.append(finished(1, QStringLiteral("A")));
        cli.append(finished(1, QStringLiteral("B")));
        model.refresh();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data(RequestLogModel::IdRole).toLongLong(), external);
        QTest::qWait(1); // a scheduled refresh finds nothing new
        QCOMPARE(model.rowCount(), 3);

        // Clearing the filter shows everything stored.
        model.setFilter({});
        QCOMPARE(model.rowCount(), 5);
    }

    void pollingPicksUpOtherWriters()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        RequestLogModel model(&store, 100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPollInterval(20);
        RequestLogStore cli;
        QVERIFY(cli.open(store.path()));
        cli.append(finished(1, QStringLiteral("A")));
        QTRY_COMPARE(model.rowCount(), 1);
    }

    void recordAtIsCompleteWhileTheWindowIsClipped()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        RequestLogModel model(&store, 100);
        RequestRecord big = finished(1, QStringLiteral("A"));
        big.responseBody = QByteArray(20000, 'x');
        model.upsert(big);
        QCOMPARE(model.rowCount(), 1);
        const auto window = model.index(0, 0).data(RequestLogModel::RecordRole).value<RequestRecord>();
        QCOMPARE(window.responseBody.size(), RequestLogModel::windowBodyLimit());
        QCOMPARE(model.recordAt(0).responseBody.size(), 20000);
        QCOMPARE(model.index(0, RequestLogModel::ResponseSize).data(RequestLogModel::SortRole).toLongLong(), 20000);
        QVERIFY(!model.index(0, RequestLogModel::ResponseSize).data().toString().isEmpty());
    }

    void clearDeletesTheStoredLogButKeepsCallsInFlight()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        RequestLogModel model(&store, 100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsert(finished(1, QStringLiteral("A")));
        model.upsert(finished(2, QStringLiteral("A")));
        model.upsert(record(3)); // in flight
        QCOMPARE(model.rowCount(), 3);
        model.clear();
        QCOMPARE(store.count(), qint64(0));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, 0).data(RequestLogModel::PendingRole).toBool());
    }

    void liveRowsBeyondCapacityDropTheOldest()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        RequestLogModel model(&store, 5);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 1; i <= 12; ++i)
            model.upsert(finished(i, QStringLiteral("A")));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(store.count(), qint64(12));
        QCOMPARE(model.index(0, 0).data(RequestLogModel::IdRole).toLongLong(), store.newestId());
        QVERIFY(!model.canFetchMore({})); // at capacity
    }

    void inMemoryFilter()
    {
        RequestLogModel model(10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsert(finished(1, QStringLiteral("A")));
        model.upsert(finished(2, QStringLiteral("B")));
        RequestLogFilter filter;
        filter.workspace = QStringLiteral("B");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        model.upsert(finished(3, QStringLiteral("B")));
        model.upsert(finished(4, QStringLiteral("A")));
        QCOMPARE(model.rowCount(), 2);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 4);
    }

    void recordJsonHasTheCliContract()
    {
        RequestRecord r = record(1, RequestRecord::Outcome::HttpError);
        r.status = 401;
        r.error = QStringLiteral("HTTP 401");
        const QJsonObject o = r.toJson();
        for (const char *key :
             {"call", "method", "url", "status", "handled_by", "handled_by_region", "hops", "error", "duration_ms"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("call")).toString(), QStringLiteral("event"));
        QCOMPARE(o.value(QStringLiteral("hops")).toArray().size(), 1);
        QCOMPARE(maskedBasicAuthorization(QStringLiteral("site")), QStringLiteral("Basic site:•••"));
    }
};

QTEST_GUILESS_MAIN(tst_RequestLogModel)
#include "tst_requestlogmodel.moc"
