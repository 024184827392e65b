#include "requestlogstore.h"
#include "requestrecorder.h"
#include "support/recordbuilder.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kCanaryKey = QStringLiteral("cnry-recorder-track-5be07c21d9");

// A call of workspace A answered 200, whose caller carelessly gave it its real Authorization: the recorder
// never stores or passes it on as given.
RecordBuilder callOf(qint64 liveId)
{
    RecordBuilder b;
    b.id(liveId)
        .workspace(QStringLiteral("A"))
        .path(QStringLiteral("/api/v1/customers/%1/events").arg(liveId))
        .authorization(QStringLiteral("Basic site:") + kCanaryKey)
        .durationMs(12);
    return b;
}

RequestRecord call(qint64 liveId)
{
    return callOf(liveId);
}

RequestRecord pending(qint64 liveId)
{
    return callOf(liveId).pending();
}
} // namespace

class tst_RequestRecorder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("recorder%1.sqlite").arg(++m_files)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void withoutAStoreCallsAreFinalAtOnce()
    {
        RequestLogStore closed; // never opened
        for (RequestLogStore *store : {static_cast<RequestLogStore *>(nullptr), &closed}) {
            RequestRecorder recorder(store);
            QSignalSpy live(&recorder, &RequestRecorder::live);
            QSignalSpy committed(&recorder, &RequestRecorder::committed);
            recorder.record(pending(7));
            QCOMPARE(live.count(), 1);
            QCOMPARE(live.first().at(0).value<RequestRecord>().id, 7);
            QCOMPARE(recorder.pendingCount(), 1);
            recorder.record(call(7));
            // Before record() returns: nothing waits for a disk.
            QCOMPARE(committed.count(), 1);
            QCOMPARE(committed.first().at(0).toLongLong(), 7);
            QCOMPARE(committed.first().at(1).value<RequestRecord>().id, 7);
            QVERIFY(!committed.first().at(2).toBool());
            QCOMPARE(live.count(), 1); // a finished call is not live
            QCOMPARE(recorder.pendingCount(), 0);
            QCOMPARE(recorder.errorString(), QString());
        }
    }

    void finishedCallIsCommittedOnceThenReported()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        RequestRecorder recorder(&store);
        QCOMPARE(recorder.store(), &store);
        QSignalSpy live(&recorder, &RequestRecorder::live);
        QSignalSpy committed(&recorder, &RequestRecorder::committed);
        const qint64 liveId = (qint64(3) << 32) | 9; // the window's live ids are large
        recorder.record(pending(liveId));
        RequestRecord progressed = pending(liveId);
        progressed.hops.first().status = 301;
        recorder.record(progressed);
        QCOMPARE(live.count(), 2);
        QCOMPARE(recorder.pendingCount(), 1);

        recorder.record(call(liveId));
        recorder.record(call(liveId)); // again, by mistake: queued once
        recorder.record(progressed); // late progress of a finished call: ignored
        QCOMPARE(live.count(), 2);
        QCOMPARE(committed.count(), 0); // from the event loop, once committed
        QCOMPARE(recorder.pendingCount(), 1);

        QVERIFY(committed.wait(10000));
        QCOMPARE(recorder.pendingCount(), 0);
        QCOMPARE(committed.first().at(0).toLongLong(), liveId);
        const auto stored = committed.first().at(1).value<RequestRecord>();
        QVERIFY(committed.first().at(2).toBool());
        QCOMPARE(stored.id, store.newestId());
        QCOMPARE(stored.authorization, QStringLiteral("Basic site:•••"));
        QCOMPARE(stored.responseBody, QByteArrayLiteral("{}"));
        // On disk when the signal comes; once.
        QCOMPARE(store.count(), qint64(1));
        const std::optional<RequestRecord> row = store.record(stored.id);
        QVERIFY(row.has_value());
        QCOMPARE(row->path, stored.path);
        QVERIFY(!row->authorization.contains(kCanaryKey));
        QCoreApplication::processEvents();
        QCOMPARE(committed.count(), 1);
    }

    void aBurstIsGroupedAndEachCallReportedOnceInOrder()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        RequestRecorder recorder(&store);
        QSignalSpy committed(&recorder, &RequestRecorder::committed);
        QSignalSpy groups(&store, &RequestLogStore::committed);
        const int calls = 3 * RequestLogStore::MaxGroup + 17;
        for (qint64 id = 1; id <= calls; ++id) {
            recorder.record(pending(id));
            recorder.record(call(id));
        }
        QCOMPARE(recorder.pendingCount(), calls);
        QTRY_COMPARE_WITH_TIMEOUT(committed.count(), calls, 20000);
        QCOMPARE(recorder.pendingCount(), 0);
        QVERIFY(groups.count() >= 4); // at most MaxGroup calls per transaction
        QVERIFY(groups.count() < calls); // and grouped
        for (int k = 0; k < calls; ++k) {
            QCOMPARE(committed.at(k).at(0).toLongLong(), qint64(k + 1));
            if (k > 0)
                QCOMPARE(committed.at(k).at(1).value<RequestRecord>().id,
                         committed.at(k - 1).at(1).value<RequestRecord>().id + 1);
        }
        QCOMPARE(store.count(), qint64(calls));
    }

    void closingTheStoreCommitsWhatIsQueued()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        RequestRecorder recorder(&store);
        QSignalSpy committed(&recorder, &RequestRecorder::committed);
        recorder.record(call(1));
        recorder.record(call(2));
        store.close(); // commits the queue and reports it, now
        QCOMPARE(committed.count(), 2);
        QVERIFY(committed.at(0).at(2).toBool());
        QVERIFY(committed.at(1).at(2).toBool());
        QCOMPARE(recorder.pendingCount(), 0);
        // Closed: the next call is final at once, not stored.
        recorder.record(call(3));
        QCOMPARE(committed.count(), 3);
        QVERIFY(!committed.at(2).at(2).toBool());
    }

    void refusedCallIsReportedWithTheReason()
    {
        const QString path = freshPath();
        RequestLogStore store;
        QVERIFY(store.open(path));
        RequestRecorder recorder(&store);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON request_log BEGIN"
                                           " SELECT RAISE(ABORT, 'disk says no'); END")),
                     qPrintable(q.lastError().text()));
        }
        QSignalSpy committed(&recorder, &RequestRecorder::committed);
        recorder.record(pending(11));
        recorder.record(call(11));
        QVERIFY(committed.wait(10000));
        QCOMPARE(committed.count(), 1);
        QCOMPARE(committed.first().at(0).toLongLong(), 11);
        QCOMPARE(committed.first().at(1).value<RequestRecord>().id, 11);
        QVERIFY(!committed.first().at(2).toBool());
        QVERIFY(recorder.errorString().contains(QStringLiteral("disk says no")));
        QCOMPARE(recorder.pendingCount(), 0);
        QCOMPARE(store.count(), qint64(0));

        // The cause gone, the next call is stored.
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
        }
        recorder.record(call(12));
        QVERIFY(committed.wait(10000));
        QVERIFY(committed.last().at(2).toBool());
        QCOMPARE(store.count(), qint64(1));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
    }

    void callsOthersQueuedAreNotReported()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        RequestRecorder recorder(&store);
        QSignalSpy committed(&recorder, &RequestRecorder::committed);
        recorder.record(call(1));
        store.enqueue(call(2)); // not through this recorder
        recorder.record(call(3));
        store.flush();
        QCOMPARE(committed.count(), 2);
        QCOMPARE(committed.at(0).at(0).toLongLong(), 1);
        QCOMPARE(committed.at(1).at(0).toLongLong(), 3);
        QCOMPARE(store.count(), qint64(3));
    }
};

QTEST_GUILESS_MAIN(tst_RequestRecorder)
#include "tst_requestrecorder.moc"
