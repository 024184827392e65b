#include "requestlogcells.h"
#include "requestlogmodel.h"
#include "requestlogstore.h"
#include "requestrecorder.h"
#include "support/blockingwait.h"
#include "support/recordbuilder.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class tst_RequestLogModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    // A call in flight (a live row), in no workspace.
    static RequestRecord record(qint64 id) { return RecordBuilder().id(id).workspace({}).pending(); }

private Q_SLOTS:
    void newestFirstAndBounded()
    {
        RequestRecorder recorder(nullptr);
        RequestLogModel model(&recorder, 3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 1; i <= 5; ++i)
            recorder.record(record(i));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.recordAt(0).id, 5);
        QCOMPARE(model.recordAt(2).id, 3);

        // Sent to the US host, answered by the EU host.
        const RequestRecord done =
            RecordBuilder().id(4).workspace({}).handledBy(Region::Eu).warning(QStringLiteral("US transit"));
        recorder.record(done);
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

    // The Time column shows the date (four-digit year) once the rows span more than one day.
    void timeShowsTheDateWhenRowsSpanDays()
    {
        RequestRecorder recorder(nullptr);
        RequestLogModel model(&recorder, 10);
        const QDateTime noon = QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::LocalTime).toUTC();
        recorder.record(RecordBuilder().id(1).workspace({}).pending().startedAt(noon));
        recorder.record(RecordBuilder().id(2).workspace({}).pending().startedAt(noon.addSecs(3600)));
        const QString sameDay = model.index(0, RequestLogModel::Time).data().toString();
        QCOMPARE(sameDay, RequestLogCells::timeText(noon.addSecs(3600), false));
        QVERIFY2(!sameDay.contains(u"2026"), qPrintable(sameDay));
        recorder.record(RecordBuilder().id(3).workspace({}).pending().startedAt(noon.addDays(1)));
        const QString text = model.index(0, RequestLogModel::Time).data().toString();
        QVERIFY2(text.contains(u"2026") && text.endsWith(u"12:00:00.000"), qPrintable(text));
        QVERIFY(model.index(2, RequestLogModel::Time).data().toString().contains(u"2026"));
    }

    // ---- over a RequestLogStore -----------------------------------------------------------------
private:
    // A finished call of workspace, answered status by the US host.
    static RequestRecord finished(qint64 id, const QString &workspace, int status = 200)
    {
        return RecordBuilder().id(id).workspace(workspace).status(status).durationMs(12);
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
        RequestRecorder recorder(&store);
        RequestLogModel model(&recorder, 250);
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
        RequestRecorder recorder(&store);
        RequestLogModel model(&recorder, 100);
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
        recorder.record(a);
        recorder.record(b);
        recorder.record(a2);
        QCOMPARE(model.rowCount(), 2); // a2, a (B is filtered out)
        QCOMPARE(model.index(0, 0).data(RequestLogModel::IdRole).toLongLong(), 9);
        QVERIFY(model.index(0, 0).data(RequestLogModel::PendingRole).toBool());
        QCOMPARE(model.index(0, RequestLogModel::Status).data().toString(), QStringLiteral("sending…"));

        // a finishes: stored, takes the store's id, sits below the call still in flight.
        QSignalSpy committed(&model, &RequestLogModel::committed);
        const QPersistentModelIndex aRow = model.index(1, 0);
        recorder.record(finished(7, QStringLiteral("A")));
        QTRY_COMPARE(committed.count(), 1);
        QCOMPARE(store.count(), qint64(1));
        const qint64 storedId = store.newestId();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(aRow.row(), 1);
        QCOMPARE(aRow.data(RequestLogModel::IdRole).toLongLong(), storedId);
        QVERIFY(!aRow.data(RequestLogModel::PendingRole).toBool());

        // a2 finishes: it moves below nothing (it is the newest stored call) and keeps its index.
        const QPersistentModelIndex a2Row = model.index(0, 0);
        recorder.record(finished(9, QStringLiteral("A"), 401));
        QTRY_COMPARE(committed.count(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(a2Row.row(), 0);
        QCOMPARE(a2Row.data(RequestLogModel::IdRole).toLongLong(), storedId + 1);
        QCOMPARE(a2Row.data(RequestLogModel::StatusClassRole).toString(), QStringLiteral("4xx"));

        // b finishes: stored, still filtered out.
        recorder.record(finished(8, QStringLiteral("B")));
        QTRY_COMPARE(committed.count(), 3);
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
        QCoreApplication::processEvents(); // a scheduled refresh finds nothing new
        QCOMPARE(model.rowCount(), 3);

        // Clearing the filter shows everything stored.
        model.setFilter({});
        QCOMPARE(model.rowCount(), 5);
    }

    void pollingPicksUpOtherWriters()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        RequestRecorder recorder(&store);
        RequestLogModel model(&recorder, 100);
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
        RequestRecorder recorder(&store);
        RequestLogModel model(&recorder, 100);
        RequestRecord big = finished(1, QStringLiteral("A"));
        big.responseBody = QByteArray(20000, 'x');
        QSignalSpy committed(&model, &RequestLogModel::committed);
        recorder.record(big);
        QTRY_COMPARE(committed.count(), 1);
        QCOMPARE(committed.first().at(1).value<RequestRecord>().responseBody.size(), 20000); // whole
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
        RequestRecorder recorder(&store);
        RequestLogModel model(&recorder, 100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy committed(&model, &RequestLogModel::committed);
        recorder.record(record(1));
        recorder.record(finished(1, QStringLiteral("A")));
        recorder.record(finished(2, QStringLiteral("A")));
        recorder.record(record(3)); // in flight
        QCOMPARE(model.rowCount(), 2); // 1 waits for its commit, pending; 2 shows once committed
        model.clear(); // commits what is queued, then deletes it
        QCOMPARE(committed.count(), 2);
        QCOMPARE(store.count(), qint64(0));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, 0).data(RequestLogModel::PendingRole).toBool());
        QCOMPARE(model.index(0, 0).data(RequestLogModel::IdRole).toLongLong(), 3);
    }

    void liveRowsBeyondCapacityDropTheOldest()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        RequestRecorder recorder(&store);
        RequestLogModel model(&recorder, 5);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy committed(&model, &RequestLogModel::committed);
        for (int i = 1; i <= 12; ++i)
            recorder.record(finished(i, QStringLiteral("A")));
        QTRY_COMPARE(committed.count(), 12);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(store.count(), qint64(12));
        QCOMPARE(model.index(0, 0).data(RequestLogModel::IdRole).toLongLong(), store.newestId());
        QVERIFY(!model.canFetchMore({})); // at capacity
    }

    void finishedCallShowsOnlyOnceCommitted()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        RequestRecorder recorder(&store);
        RequestLogModel model(&recorder, 100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy committed(&model, &RequestLogModel::committed);
        QSignalSpy storeCommitted(&store, &RequestLogStore::committed);
        const qint64 live = (qint64(2) << 32) | 5; // the window's live ids are large
        recorder.record(record(live));
        recorder.record(record(live + 1)); // another call, still in flight
        const QPersistentModelIndex row = model.index(1, 0);
        QCOMPARE(row.data(RequestLogModel::IdRole).toLongLong(), live);

        RequestRecord done = finished(live, QStringLiteral("A"), 401);
        done.responseBody = QByteArrayLiteral("{\"meta\":{\"error\":\"Unauthorized\"}}");
        recorder.record(done);
        // Queued, not committed: the row still shows the call as pending, under its live id.
        QCOMPARE(committed.count(), 0);
        QCOMPARE(recorder.pendingCount(), 2); // this one, and the one in flight
        QVERIFY(row.data(RequestLogModel::PendingRole).toBool());
        QCOMPARE(row.data(RequestLogModel::IdRole).toLongLong(), live);
        // Its request is out, unanswered: waiting for its host.
        QCOMPARE(model.index(1, RequestLogModel::Status).data().toString(), QStringLiteral("waiting for host…"));

        QVERIFY(committed.wait(10000));
        QCOMPARE(committed.count(), 1);
        QCOMPARE(recorder.pendingCount(), 1);
        QCOMPARE(storeCommitted.count(), 1);
        const qint64 id = storeCommitted.first().at(1).toLongLong();
        QCOMPARE(committed.first().at(0).toLongLong(), live);
        const auto shown = committed.first().at(1).value<RequestRecord>();
        QCOMPARE(shown.id, id);
        QCOMPARE(shown.status, 401);
        QCOMPARE(shown.responseBody, done.responseBody);
        QCOMPARE(shown.authorization, QStringLiteral("Basic site:•••"));
        QVERIFY(committed.first().at(2).toBool());
        // By the time the signal comes, the row is final and the call is on disk.
        QCOMPARE(row.row(), 1); // moved to the top of the stored rows: it was already there
        QVERIFY(!row.data(RequestLogModel::PendingRole).toBool());
        QCOMPARE(row.data(RequestLogModel::IdRole).toLongLong(), id);
        QCOMPARE(model.index(1, RequestLogModel::Status).data().toString(), QStringLiteral("401"));
        QCOMPARE(store.record(id)->status, 401);

        // A refresh (the poll) finds nothing new: the model placed its own row.
        model.refresh();
        QCOMPARE(model.rowCount(), 2);
        // A new model over the same file shows the stored call and nothing of the one in flight.
        RequestRecorder otherRecorder(&store);
        RequestLogModel other(&otherRecorder, 100);
        QCOMPARE(other.rowCount(), 1);
        QCOMPARE(other.index(0, 0).data(RequestLogModel::IdRole).toLongLong(), id);
    }

    void rowCommittedBeforeItsSignalIsNotDoubled()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        RequestRecorder recorder(&store);
        RequestLogModel model(&recorder, 100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy committed(&model, &RequestLogModel::committed);
        recorder.record(record(40));
        recorder.record(finished(40, QStringLiteral("A")));
        // Wait for the commit without turning the event loop, so that a reload reads the committed row
        // before the model hears of it.
        QVERIFY(TestSupport::waitWithoutEventLoop([&store] { return store.count() == 1; }));
        QCOMPARE(committed.count(), 0);
        // A refresh (the poll) leaves it alone: it may be the model's own call, not reported yet.
        model.refresh();
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, 0).data(RequestLogModel::PendingRole).toBool());
        model.reload();
        QCOMPARE(model.rowCount(), 2); // the stored row, and the pending one
        QTRY_COMPARE(committed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.index(0, 0).data(RequestLogModel::PendingRole).toBool());
        QCOMPARE(model.index(0, 0).data(RequestLogModel::IdRole).toLongLong(), store.newestId());
    }

    void refusedCallStaysVisibleAndIsReported()
    {
        const QString path = freshPath();
        RequestLogStore store;
        QVERIFY(store.open(path));
        RequestRecorder recorder(&store);
        RequestLogModel model(&recorder, 100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON request_log BEGIN"
                                                  " SELECT RAISE(ABORT, 'disk says no'); END")));
        QSignalSpy committed(&model, &RequestLogModel::committed);
        recorder.record(record(11));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("request log: .*disk says no")));
        recorder.record(finished(11, QStringLiteral("A"), 503));
        QVERIFY(committed.wait(10000));
        QCOMPARE(committed.first().at(0).toLongLong(), 11);
        QCOMPARE(committed.first().at(1).value<RequestRecord>().id, 11);
        QVERIFY(!committed.first().at(2).toBool());
        QVERIFY(model.errorString().contains(QStringLiteral("disk says no")));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.index(0, 0).data(RequestLogModel::PendingRole).toBool()); // final, unsaved
        QCOMPARE(model.index(0, RequestLogModel::Status).data().toString(), QStringLiteral("503"));
        QCOMPARE(store.count(), qint64(0));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
    }

    void burstIsShownOncePerUpdateInterval()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        RequestRecorder recorder(&store);
        RequestLogModel model(&recorder, 100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RequestLogFilter filter;
        filter.workspace = QStringLiteral("A");
        model.setFilter(filter);
        // Long enough that the interval never ends by itself here: showHeld() ends it.
        model.setUpdateInterval(60000);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy committed(&model, &RequestLogModel::committed);
        const auto pending = [](qint64 id, const QString &workspace) {
            RequestRecord r = finished(id, workspace);
            r.outcome = RequestRecord::Outcome::Pending;
            r.status = 0;
            return r;
        };

        // The first call after a quiet interval shows at once; the ones within the interval wait.
        recorder.record(pending(1, QStringLiteral("A")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(inserted.count(), 1);
        for (qint64 id = 2; id <= 5; ++id)
            recorder.record(pending(id, id == 3 ? QStringLiteral("B") : QStringLiteral("A")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(inserted.count(), 1);
        model.showHeld();
        // Together, in one insertion on top, newest first; B is filtered out.
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), 0);
        QCOMPARE(inserted.last().at(2).toInt(), 2);
        QCOMPARE(model.rowCount(), 4);
        for (int row = 0; row < 4; ++row)
            QCOMPARE(model.index(row, 0).data(RequestLogModel::IdRole).toLongLong(),
                     QList<qint64>({5, 4, 2, 1}).at(row));

        // They end and the store commits them: they stay pending until the interval ends, then turn final
        // together, in one change, and are reported.
        for (qint64 id = 1; id <= 5; ++id)
            recorder.record(finished(id, id == 3 ? QStringLiteral("B") : QStringLiteral("A"), id == 4 ? 401 : 200));
        store.flush();
        QCOMPARE(store.count(), qint64(5));
        QCOMPARE(committed.count(), 0);
        QCOMPARE(recorder.pendingCount(), 0); // committed: the model shows them at the interval's end
        QVERIFY(model.index(3, 0).data(RequestLogModel::PendingRole).toBool());
        changed.clear();
        model.showHeld();
        QCOMPARE(committed.count(), 5);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        const qint64 newest = store.newestId();
        for (int row = 0; row < 4; ++row) {
            QVERIFY(!model.index(row, 0).data(RequestLogModel::PendingRole).toBool());
            QCOMPARE(model.index(row, 0).data(RequestLogModel::IdRole).toLongLong(),
                     QList<qint64>({newest, newest - 1, newest - 3, newest - 4}).at(row));
        }
        QCOMPARE(model.index(1, RequestLogModel::Status).data().toString(), QStringLiteral("401"));
        // Nothing new for a refresh, and a new model over the file agrees.
        model.refresh();
        QCOMPARE(model.rowCount(), 4);
        RequestRecorder otherRecorder(&store);
        RequestLogModel other(&otherRecorder, 100);
        other.setFilter(filter);
        QCOMPARE(other.rowCount(), 4);
    }

    void commitsAfterAQuietIntervalAreShownTogether()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        RequestRecorder recorder(&store);
        RequestLogModel model(&recorder, 100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (qint64 id = 1; id <= 3; ++id)
            recorder.record(record(id));
        QCOMPARE(model.rowCount(), 3);
        model.setUpdateInterval(60000); // quiet: nothing was shown within it
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy committed(&model, &RequestLogModel::committed);
        QSignalSpy recorded(&recorder, &RequestRecorder::committed);
        for (qint64 id = 1; id <= 3; ++id)
            recorder.record(finished(id, QStringLiteral("A")));
        store.flush(); // the commits come in one event, one signal per call
        QCOMPARE(recorded.count(), 3);
        // Shown at the end of that event, together: one change of the three rows, then the signals.
        QCOMPARE(committed.count(), 0);
        QVERIFY(model.index(0, 0).data(RequestLogModel::PendingRole).toBool());
        QTRY_COMPARE(committed.count(), 3);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
        for (int row = 0; row < 3; ++row) {
            QVERIFY(!model.index(row, 0).data(RequestLogModel::PendingRole).toBool());
            QCOMPARE(model.index(row, 0).data(RequestLogModel::IdRole).toLongLong(), store.newestId() - row);
        }
    }

    void heldCommitsAreNotTakenForOtherWriters()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        RequestRecorder recorder(&store);
        RequestLogModel model(&recorder, 100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUpdateInterval(60000);
        model.setPollInterval(5);
        QSignalSpy committed(&model, &RequestLogModel::committed);
        recorder.record(record(1)); // shown at once
        recorder.record(finished(1, QStringLiteral("A")));
        store.flush(); // committed, held
        RequestLogStore cli;
        QVERIFY(cli.open(store.path()));
        const qint64 external = cli.append(finished(7, QStringLiteral("B")));
        // Polls come and go: they wait for the held commit, and nothing is read twice.
        auto *poll = model.findChild<QTimer *>(QStringLiteral("requestLogPoll"));
        QVERIFY(poll);
        QSignalSpy polls(poll, &QTimer::timeout);
        QTRY_VERIFY(polls.count() >= 3);
        QCOMPARE(committed.count(), 0);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, 0).data(RequestLogModel::PendingRole).toBool());
        model.showHeld();
        QCOMPARE(committed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(RequestLogModel::IdRole).toLongLong(), external);
        QCOMPARE(model.index(1, 0).data(RequestLogModel::IdRole).toLongLong(), external - 1);
        QVERIFY(!model.index(1, 0).data(RequestLogModel::PendingRole).toBool());
    }

    void updateIntervalEndsByItself()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        RequestRecorder recorder(&store);
        RequestLogModel model(&recorder, 50);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUpdateInterval(20);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy committed(&model, &RequestLogModel::committed);
        // A burst of 300 calls (more than the window holds) without turning the event loop.
        for (qint64 id = 1; id <= 300; ++id) {
            recorder.record(record(id));
            recorder.record(finished(id, QStringLiteral("A")));
        }
        QCOMPARE(inserted.count(), 1); // the first; the others wait for the interval's end
        QTRY_COMPARE(committed.count(), 300);
        QVERIFY2(inserted.count() <= 3, qPrintable(QString::number(inserted.count())));
        // The newest 50, final, newest first.
        QCOMPARE(model.rowCount(), 50);
        const qint64 newest = store.newestId();
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(!model.index(row, 0).data(RequestLogModel::PendingRole).toBool());
            QCOMPARE(model.index(row, 0).data(RequestLogModel::IdRole).toLongLong(), newest - row);
        }
        // Back to showing each change at once.
        model.setUpdateInterval(0);
        recorder.record(record(301));
        recorder.record(record(302));
        QCOMPARE(model.index(0, 0).data(RequestLogModel::IdRole).toLongLong(), 302);
        QCOMPARE(model.index(1, 0).data(RequestLogModel::IdRole).toLongLong(), 301);
    }

    void inMemoryFinishReportsAtOnce()
    {
        RequestLogStore closed; // a store that did not open: the calls of this session, in memory
        RequestRecorder recorder(&closed);
        RequestLogModel model(&recorder, 10);
        QCOMPARE(model.recorder(), &recorder);
        QCOMPARE(model.store(), nullptr);
        QSignalSpy committed(&model, &RequestLogModel::committed);
        recorder.record(record(1));
        QCOMPARE(committed.count(), 0);
        recorder.record(finished(1, QStringLiteral("A")));
        QCOMPARE(committed.count(), 1); // no store: the row is final as record() returns
        QCOMPARE(committed.first().at(0).toLongLong(), 1);
        QVERIFY(!committed.first().at(2).toBool());
        QVERIFY(!model.index(0, 0).data(RequestLogModel::PendingRole).toBool());
    }

    void inMemoryFilter()
    {
        RequestRecorder recorder(nullptr);
        RequestLogModel model(&recorder, 10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        recorder.record(finished(1, QStringLiteral("A")));
        recorder.record(finished(2, QStringLiteral("B")));
        RequestLogFilter filter;
        filter.workspace = QStringLiteral("B");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        recorder.record(finished(3, QStringLiteral("B")));
        recorder.record(finished(4, QStringLiteral("A")));
        QCOMPARE(model.rowCount(), 2);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 4);
    }
};

QTEST_GUILESS_MAIN(tst_RequestLogModel)
#include "tst_requestlogmodel.moc"
