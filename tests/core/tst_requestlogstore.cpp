#include "requestlogstore.h"
#include "support/recordbuilder.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kCanaryKey = QStringLiteral("cnry-store-track-7d3e91a0c4");

RequestRecord makeRecord(const QString &workspace, CallKind call, int status, Region handledRegion,
                         const QString &handledBy, RequestRecord::Outcome outcome = RequestRecord::Outcome::Success)
{
    // Sent to the US host; answered there, or by the EU host after a 301.
    RequestRecord r = RecordBuilder()
                          .id(1) // TrackClient's per-process id: the store ignores it
                          .workspace(workspace)
                          .siteId(QStringLiteral("site-") + workspace)
                          .call(call)
                          .path(QStringLiteral("/api/v1/customers/a%2Fb%40example.com/events"))
                          .handledBy(handledRegion)
                          .accountRegion(handledRegion)
                          .status(status)
                          .outcome(outcome)
                          .error(QStringLiteral("HTTP %1").arg(status))
                          .responseBody(QByteArrayLiteral("{}"))
                          .durationMs(100);
    r.handledBy = handledBy;
    return r;
}
} // namespace

class tst_RequestLogStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("log%1.sqlite").arg(++m_files)); }

    // How the filter tests store their calls: one appendBatch() (indexed for free text at once), one
    // append() each, or enqueue()d for group commit (rows the trigram index does not hold until the
    // worker thread catches up).
    enum class Fill { Batch, Single, Grouped };

    // A fixed set of six calls used by the filter tests; returns their ids in order.
    QList<qint64> fillSix(RequestLogStore &store, Fill mode = Fill::Batch)
    {
        const QDateTime base = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
        QList<RequestRecord> records = {
            makeRecord(QStringLiteral("Alpha"), CallKind::Event, 200, Region::Eu,
                       QStringLiteral("track-eu.customer.io")),
            makeRecord(QStringLiteral("Alpha"), CallKind::Identify, 200, Region::Us,
                       QStringLiteral("track.customer.io")),
            makeRecord(QStringLiteral("Beta"), CallKind::Identify, 401, Region::Us, QStringLiteral("track.customer.io"),
                       RequestRecord::Outcome::HttpError),
            makeRecord(QStringLiteral("Beta"), CallKind::AnonymousEvent, 503, Region::Us,
                       QStringLiteral("track.customer.io"), RequestRecord::Outcome::HttpError),
            makeRecord(QStringLiteral("Beta"), CallKind::Event, 0, Region::Unknown, QString(),
                       RequestRecord::Outcome::TimedOut),
            makeRecord(QStringLiteral("Gamma"), CallKind::Event, 302, Region::Us, QStringLiteral("track.customer.io"),
                       RequestRecord::Outcome::RedirectRefused),
        };
        records[4].error = QStringLiteral("timed out after 10 s");
        records[5].path = QStringLiteral("/api/v1/customers/SpecialPerson/events");
        records[3].responseBody = QByteArrayLiteral("{\"meta\":{\"error\":\"Wrong Datacenter\"}}");
        records[0].requestBody = QByteArrayLiteral("{\"name\":\"purchase\",\"data\":{\"plan\":\"Platinum-Tier\"}}");
        for (int i = 0; i < records.size(); ++i)
            records[i].startedAt = base.addSecs(60 * i);
        if (mode == Fill::Batch)
            return store.appendBatch(records);
        QList<qint64> ids;
        if (mode == Fill::Grouped) {
            QSignalSpy committed(&store, &RequestLogStore::committed);
            for (const RequestRecord &r : std::as_const(records))
                store.enqueue(r);
            store.flush();
            for (const QList<QVariant> &args : std::as_const(committed))
                for (qint64 id = args.at(1).toLongLong(); id <= args.at(2).toLongLong(); ++id)
                    ids << id;
            return ids;
        }
        for (const RequestRecord &r : std::as_const(records))
            ids << store.append(r);
        return ids;
    }

private:
    void checkFilter(const RequestLogFilter &filter, const QList<int> &expected, Fill mode)
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        const QList<qint64> ids = fillSix(store, mode);
        QCOMPARE(ids.size(), 6);
        QList<qint64> want;
        for (int i : expected)
            want << ids.at(i);

        QList<qint64> got;
        QVERIFY(store.forEach(filter, [&got](const RequestRecord &r) {
            got << r.id;
            return true;
        }));
        QCOMPARE(got, want);
        QCOMPARE(store.count(filter), qint64(want.size()));
        // The same filter in C++ (live rows) agrees with the SQL.
        QList<qint64> matched;
        for (qint64 id : ids)
            if (filter.matches(*store.record(id)))
                matched << id;
        QCOMPARE(matched, want);
        // Newest first, paged.
        QList<qint64> paged;
        qint64 before = 0;
        for (;;) {
            const QList<RequestLogEntry> page = store.fetchOlder(filter, before, 2);
            for (const RequestLogEntry &e : page)
                paged.prepend(e.record.id);
            if (page.size() < 2)
                break;
            before = page.last().record.id;
        }
        QCOMPARE(paged, want);
    }

private Q_SLOTS:
    void searchTextHoldsWhatPeopleType()
    {
        RequestRecord r;
        r.workspace = QStringLiteral("Prod");
        r.siteId = QStringLiteral("site-42");
        r.call = CallKind::Event;
        r.path = QStringLiteral("/api/v1/customers/ada%40example.com/events");
        r.requestBody = QByteArrayLiteral("{\"name\":\"Signed_Up\"}");
        const QString text = RequestLogFilter::searchText(r);
        for (const char *needle : {"ada@example.com", "ada%40example.com", "site-42", "signed_up", "prod"})
            QVERIFY2(text.contains(QLatin1String(needle)), needle);
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void appendRoundTripsAndAssignsStoreIds()
    {
        RequestLogStore store;
        QVERIFY2(store.open(freshPath()), qPrintable(store.errorString()));
        QSignalSpy appended(&store, &RequestLogStore::appended);
        const RequestRecord in = makeRecord(QStringLiteral("Alpha"), CallKind::Event, 200, Region::Eu,
                                            QStringLiteral("track-eu.customer.io"));
        const qint64 id = store.append(in);
        QVERIFY(id > 0);
        QCOMPARE(appended.count(), 1);
        const qint64 second = store.append(in);
        QCOMPARE(second, id + 1); // the store's id, not TrackClient's (which was 1 for both)

        const auto out = store.record(id);
        QVERIFY(out.has_value());
        QCOMPARE(out->id, id);
        QCOMPARE(out->workspace, in.workspace);
        QCOMPARE(out->siteId, in.siteId);
        QCOMPARE(out->call, in.call);
        QCOMPARE(out->method, in.method);
        QCOMPARE(out->path, in.path);
        QCOMPARE(out->requestBody, in.requestBody);
        QCOMPARE(out->responseBody, in.responseBody);
        QCOMPARE(out->authorization, QStringLiteral("Basic site-Alpha:•••"));
        QCOMPARE(out->hops.size(), 2);
        QCOMPARE(out->hops.at(0).url.toString(QUrl::FullyEncoded), in.hops.at(0).url.toString(QUrl::FullyEncoded));
        QCOMPARE(out->hops.at(0).status, 301);
        QCOMPARE(out->hops.at(1).durationMs, qint64(60));
        QVERIFY(out->hops.at(1).credentialsSent);
        QCOMPARE(out->status, 200);
        QCOMPARE(out->handledBy, in.handledBy);
        QCOMPARE(out->handledByRegion, Region::Eu);
        QCOMPARE(out->routeRegion, Region::Us);
        QCOMPARE(out->outcome, RequestRecord::Outcome::Success);
        QCOMPARE(out->warnings, in.warnings);
        QCOMPARE(out->startedAt.toMSecsSinceEpoch(), in.startedAt.toMSecsSinceEpoch());
        QCOMPARE(out->durationMs, in.durationMs);
        QVERIFY(!store.record(id + 100).has_value());
    }

    void enqueueCommitsInGroupsAndReportsTickets()
    {
        const QString path = freshPath();
        RequestLogStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QSignalSpy committed(&store, &RequestLogStore::committed);
        QSignalSpy appended(&store, &RequestLogStore::appended);
        QSignalSpy failed(&store, &RequestLogStore::commitFailed);
        const qint64 before = store.append(
            makeRecord(QStringLiteral("Sync"), CallKind::Event, 200, Region::Us, QStringLiteral("track.customer.io")));
        QVERIFY(before > 0);
        appended.clear();

        QList<quint64> tickets;
        for (int i = 0; i < 3000; ++i) {
            RequestRecord r = makeRecord(QStringLiteral("Grouped"), CallKind::Event, 200, Region::Us,
                                         QStringLiteral("track.customer.io"));
            r.path = QStringLiteral("/api/v1/customers/%1/events").arg(i);
            tickets << store.enqueue(r);
        }
        QCOMPARE(tickets.first(), quint64(1));
        for (int i = 1; i < tickets.size(); ++i)
            QCOMPARE(tickets.at(i), tickets.at(i - 1) + 1);
        // Reported from the event loop only, never inside enqueue().
        QCOMPARE(committed.count() + failed.count(), 0);
        QVERIFY(store.queuedCount() > 0);

        QTRY_COMPARE_WITH_TIMEOUT(store.queuedCount(), 0, 20000);
        QCOMPARE(failed.count(), 0);
        QVERIFY(committed.count() >= 3000 / RequestLogStore::MaxGroup); // at most MaxGroup calls each
        QCOMPARE(appended.count(), committed.count());
        QHash<quint64, qint64> idOf;
        quint64 nextTicket = 1;
        for (int k = 0; k < committed.count(); ++k) {
            const quint64 firstTicket = committed.at(k).at(0).toULongLong();
            const qint64 firstId = committed.at(k).at(1).toLongLong();
            const qint64 lastId = committed.at(k).at(2).toLongLong();
            QCOMPARE(firstTicket, nextTicket); // in order, none skipped
            QVERIFY(lastId >= firstId);
            QVERIFY(lastId - firstId < RequestLogStore::MaxGroup);
            QCOMPARE(appended.at(k).at(0).toLongLong(), firstId);
            QCOMPARE(appended.at(k).at(1).toLongLong(), lastId);
            for (qint64 id = firstId; id <= lastId; ++id)
                idOf.insert(firstTicket + quint64(id - firstId), id);
            nextTicket = firstTicket + quint64(lastId - firstId + 1);
        }
        QCOMPARE(idOf.size(), 3000);
        QCOMPARE(idOf.value(1), before + 1);
        QCOMPARE(store.lastReportedId(), idOf.value(tickets.last()));
        // Each ticket's id holds that very call, whole.
        for (const int i : {0, 1023, 1024, 2999}) {
            const auto stored = store.record(idOf.value(tickets.at(i)));
            QVERIFY(stored.has_value());
            QCOMPARE(stored->path, QStringLiteral("/api/v1/customers/%1/events").arg(i));
            QCOMPARE(stored->workspace, QStringLiteral("Grouped"));
            QCOMPARE(stored->authorization, QStringLiteral("Basic site-Grouped:•••"));
        }
        QCOMPARE(store.count(), qint64(3001));

        // A pending call is refused without a ticket; so is anything on a closed store.
        const RequestRecord pending = makeRecord(QStringLiteral("A"), CallKind::Event, 0, Region::Unknown, QString(),
                                                 RequestRecord::Outcome::Pending);
        QCOMPARE(store.enqueue(pending), quint64(0));
        QVERIFY(!store.errorString().isEmpty());
        store.close();
        QCOMPARE(store.enqueue(makeRecord(QStringLiteral("A"), CallKind::Event, 200, Region::Us, QString())),
                 quint64(0));
        QCOMPARE(failed.count(), 0);
    }

    void flushAndCloseCommitTheQueue()
    {
        const QString path = freshPath();
        RequestLogStore store;
        QVERIFY(store.open(path));
        QSignalSpy committed(&store, &RequestLogStore::committed);
        const RequestRecord r =
            makeRecord(QStringLiteral("A"), CallKind::Event, 200, Region::Us, QStringLiteral("track.customer.io"));
        const quint64 first = store.enqueue(r);
        store.enqueue(r);
        store.flush(); // waits, and reports before returning
        QCOMPARE(store.queuedCount(), 0);
        QVERIFY(committed.count() >= 1);
        QCOMPARE(committed.first().at(0).toULongLong(), first);
        QCOMPARE(store.count(), qint64(2));

        // close() commits what is still queued and reports it; tickets go on after a reopen.
        committed.clear();
        for (int i = 0; i < 50; ++i)
            store.enqueue(r);
        store.close();
        QVERIFY(committed.count() >= 1);
        QVERIFY(store.open(path));
        QCOMPARE(store.count(), qint64(52));
        QCOMPARE(store.enqueue(r), first + 52);

        // clear() deletes the calls queued before it too.
        store.enqueue(r);
        QCOMPARE(store.clear(), qint64(54));
        QCOMPARE(store.count(), qint64(0));
        QCOMPARE(store.queuedCount(), 0);
    }

    void failedGroupCommitIsReported()
    {
        const QString path = freshPath();
        RequestLogStore store;
        QVERIFY(store.open(path));
        // Another connection makes every insert fail (as a full disk would, but at once).
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON request_log BEGIN"
                                           " SELECT RAISE(ABORT, 'refused by test'); END")),
                     qPrintable(q.lastError().text()));
        }
        QSignalSpy committed(&store, &RequestLogStore::committed);
        QSignalSpy failed(&store, &RequestLogStore::commitFailed);
        const RequestRecord r =
            makeRecord(QStringLiteral("A"), CallKind::Event, 200, Region::Us, QStringLiteral("track.customer.io"));
        const quint64 first = store.enqueue(r);
        const quint64 second = store.enqueue(r);
        QTRY_COMPARE(store.queuedCount(), 0);
        QCOMPARE(committed.count(), 0);
        QVERIFY(failed.count() >= 1);
        int reported = 0;
        for (const QList<QVariant> &args : std::as_const(failed)) {
            QCOMPARE(args.at(0).toULongLong(), first + quint64(reported));
            reported += args.at(1).toInt();
            QVERIFY2(args.at(2).toString().contains(QStringLiteral("refused by test")),
                     qPrintable(args.at(2).toString()));
        }
        QCOMPARE(quint64(reported), second - first + 1);
        QVERIFY(store.errorString().contains(QStringLiteral("refused by test")));
        QCOMPARE(store.count(), qint64(0)); // rolled back whole

        // Once the cause is gone, the next group commits.
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
        }
        store.enqueue(r);
        QTRY_COMPARE(committed.count(), 1);
        QCOMPARE(store.count(), qint64(1));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
    }

    void refusesCallsInFlight()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        RequestRecord pending = makeRecord(QStringLiteral("A"), CallKind::Event, 0, Region::Unknown, QString(),
                                           RequestRecord::Outcome::Pending);
        QCOMPARE(store.append(pending), 0);
        QVERIFY(!store.errorString().isEmpty());
        QCOMPARE(store.count(), qint64(0));
    }

    void usesWalAndKeepsNoKey()
    {
        const QString path = freshPath();
        {
            RequestLogStore store;
            QVERIFY(store.open(path));
            QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
            // A record that (through some bug) carried the raw header: the store rebuilds the masked form.
            RequestRecord leaky =
                makeRecord(QStringLiteral("A"), CallKind::Event, 200, Region::Us, QStringLiteral("track.customer.io"));
            leaky.authorization =
                QStringLiteral("Basic ") + QString::fromLatin1((leaky.siteId + u':' + kCanaryKey).toUtf8().toBase64());
            const qint64 id = store.append(leaky);
            QVERIFY(id > 0);
            QCOMPARE(store.record(id)->authorization, maskedBasicAuthorization(leaky.siteId));
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        const QByteArray base64 = (QStringLiteral("site-A:") + kCanaryKey).toUtf8().toBase64();
        for (const QString &file : {path, path + QStringLiteral("-wal")}) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(kCanaryKey.toUtf8()), qPrintable(file));
            QVERIFY2(!bytes.contains(base64), qPrintable(file));
        }
    }

    void idsAreUniqueAcrossConnectionsAndNeverReused()
    {
        const QString path = freshPath();
        RequestLogStore gui;
        RequestLogStore cli; // a second connection to the same file, as the CLI process has
        QVERIFY(gui.open(path));
        QVERIFY(cli.open(path));
        const RequestRecord r =
            makeRecord(QStringLiteral("A"), CallKind::Event, 200, Region::Us, QStringLiteral("track.customer.io"));
        QSet<qint64> ids;
        for (int i = 0; i < 20; ++i) {
            ids.insert((i % 2 ? gui : cli).append(r));
        }
        QCOMPARE(ids.size(), 20);
        QVERIFY(!ids.contains(0));
        const qint64 highest = gui.newestId();
        QCOMPARE(highest, *std::max_element(ids.cbegin(), ids.cend()));
        QSignalSpy cleared(&gui, &RequestLogStore::cleared);
        QCOMPARE(gui.clear(), qint64(20));
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(cli.count(), qint64(0));
        QVERIFY(cli.append(r) > highest); // AUTOINCREMENT: ids survive clear()
    }

    void filters_data()
    {
        QTest::addColumn<RequestLogFilter>("filter");
        QTest::addColumn<QList<int>>("expected"); // indexes into fillSix(), oldest first
        using S = RequestLogFilter::StatusClass;
        RequestLogFilter f;
        QTest::newRow("everything") << f << QList<int> {0, 1, 2, 3, 4, 5};
        f = {};
        f.workspace = QStringLiteral("Beta");
        QTest::newRow("workspace") << f << QList<int> {2, 3, 4};
        f = {};
        f.region = Region::Eu;
        QTest::newRow("region eu") << f << QList<int> {0};
        f = {};
        f.region = Region::Unknown;
        QTest::newRow("region unknown") << f << QList<int> {4};
        f = {};
        f.handledBy = QStringLiteral("track.customer.io");
        QTest::newRow("handled by") << f << QList<int> {1, 2, 3, 5};
        f = {};
        f.statusClass = S::Success2xx;
        QTest::newRow("2xx") << f << QList<int> {0, 1};
        f.statusClass = S::Redirect3xx;
        QTest::newRow("3xx") << f << QList<int> {5};
        f.statusClass = S::Client4xx;
        QTest::newRow("4xx") << f << QList<int> {2};
        f.statusClass = S::Server5xx;
        QTest::newRow("5xx") << f << QList<int> {3};
        f.statusClass = S::Network;
        QTest::newRow("network") << f << QList<int> {4};
        f = {};
        f.call = CallKind::Identify;
        QTest::newRow("call") << f << QList<int> {1, 2};
        f = {};
        f.text = QStringLiteral("  specialperson ");
        QTest::newRow("text, any case") << f << QList<int> {5};
        f.text = QStringLiteral("TIMED OUT");
        QTest::newRow("text in error") << f << QList<int> {4};
        f.text = QStringLiteral("track-eu");
        QTest::newRow("text in hop host") << f << QList<int> {0};
        f.text = QStringLiteral("100%_");
        QTest::newRow("text with LIKE characters") << f << QList<int> {};
        f.text = QStringLiteral("\"x\" OR track");
        QTest::newRow("text with FTS query syntax") << f << QList<int> {};
        f.text = QStringLiteral("Sp");
        QTest::newRow("text under three characters") << f << QList<int> {5};
        f.text = QStringLiteral("identify\nput");
        QTest::newRow("text across fields") << f << QList<int> {1, 2};
        f = {};
        f.workspace = QStringLiteral("Beta");
        f.call = CallKind::Event;
        QTest::newRow("workspace and call") << f << QList<int> {4};
        f = {};
        f.from = QDateTime(QDate(2024, 5, 1), QTime(12, 2), Qt::UTC);
        f.until = QDateTime(QDate(2024, 5, 1), QTime(12, 4), Qt::UTC);
        QTest::newRow("time range") << f << QList<int> {2, 3};

        // Inside the bodies, through the trigram index.
        f = {};
        f.text = QStringLiteral("wrong datacenter");
        QTest::newRow("text in a response body") << f << QList<int> {3};
        f.text = QStringLiteral("platinum-tier");
        QTest::newRow("text in a request body") << f << QList<int> {0};

        // Several values per field, negation, method, API, dates: as typed in the search box.
        const auto query = [](const QString &text) {
            RequestLogFilter q;
            QString error;
            if (!q.parseQuery(text, &error))
                qFatal("%s", qPrintable(error));
            return q;
        };
        QTest::newRow("status 4xx,5xx") << query(u"status:4xx,5xx"_s) << QList<int> {2, 3};
        QTest::newRow("not 2xx") << query(u"-status:2xx"_s) << QList<int> {2, 3, 4, 5};
        QTest::newRow("not 2xx, with !") << query(u"status:!2xx"_s) << QList<int> {2, 3, 4, 5};
        QTest::newRow("method") << query(u"method:put"_s) << QList<int> {1, 2};
        QTest::newRow("not two methods") << query(u"-method:PUT,GET"_s) << QList<int> {0, 3, 4, 5};
        QTest::newRow("api") << query(u"api:track-v1"_s) << QList<int> {0, 1, 2, 3, 4, 5};
        QTest::newRow("api none") << query(u"api:app,track-v2"_s) << QList<int> {};
        QTest::newRow("two hosts") << query(u"host:track-eu.customer.io,track.customer.io"_s)
                                   << QList<int> {0, 1, 2, 3, 5};
        QTest::newRow("not a host") << query(u"-host:track.customer.io"_s) << QList<int> {0, 4};
        QTest::newRow("two workspaces, a call, text")
            << query(u"workspace:Alpha,Beta -call:identify timed"_s) << QList<int> {4};
        QTest::newRow("quoted workspace") << query(u"workspace:\"Beta\" region:us,unknown"_s) << QList<int> {2, 3, 4};
        QTest::newRow("dates") << query(u"from:2024-05-01T12:02:00Z to:2024-05-01T12:04:00Z"_s) << QList<int> {2, 3};
        QTest::newRow("to a day includes it")
            << query(u"to:2024-05-02 from:2024-04-30"_s) << QList<int> {0, 1, 2, 3, 4, 5};
        QTest::newRow("to the day before") << query(u"to:2024-04-30"_s) << QList<int> {};
    }

    void badQueriesAreRefused_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("error");
        QTest::newRow("status") << u"status:6xx"_s << u"status: must be one or more of 2xx, 3xx"_s;
        QTest::newRow("method") << u"method:FETCH"_s << u"method: must be one or more of GET"_s;
        QTest::newRow("api") << u"-api:soap"_s << u"api: must be one or more of track-v1"_s;
        QTest::newRow("empty value") << u"workspace:Alpha,"_s << u"workspace: a value may not be empty"_s;
        QTest::newRow("date") << u"from:yesterday"_s << u"from: must be a date"_s;
    }
    void badQueriesAreRefused()
    {
        QFETCH(QString, query);
        QFETCH(QString, error);
        RequestLogFilter f;
        QString got;
        QVERIFY(!f.parseQuery(query, &got));
        QVERIFY2(got.startsWith(error), qPrintable(got));
        QVERIFY(f.isEmpty()); // left as it was
        // Unknown keys are free text.
        QVERIFY(f.parseQuery(u"http://x wrong:datacenter"_s, &got));
        QCOMPARE(f.text, u"http://x wrong:datacenter"_s);
        QVERIFY(f.terms.isEmpty());
    }

    // A filter with terms or text reads the newest RecentRows rows first, then what its indexes name below
    // them: the pages come out newest first across both, and agree with matches().
    void filtersBeyondTheRecentRows()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        QList<RequestRecord> records;
        const int total = int(RequestLogStore::RecentRows) + 300;
        for (int i = 0; i < total; ++i) {
            RequestRecord r = makeRecord(u"W"_s, CallKind::Event, 200, Region::Us, u"track.customer.io"_s);
            if (i % 1000 == 7 || i == total - 3) { // rare: 21 old ones, one among the newest
                r = makeRecord(u"W"_s, CallKind::Identify, 503, Region::Us, u"track.customer.io"_s,
                               RequestRecord::Outcome::HttpError);
                r.responseBody = "{\"meta\":{\"error\":\"deep-needle\"}}";
            }
            records << r;
        }
        const QList<qint64> ids = store.appendBatch(records);
        QCOMPARE(ids.size(), total);
        for (const QString &q : {u"status:5xx,3xx"_s, u"deep-needle"_s, u"-status:2xx method:PUT,POST"_s}) {
            RequestLogFilter f;
            QString error;
            QVERIFY(f.parseQuery(q, &error));
            QList<qint64> want;
            for (int i = total - 1; i >= 0; --i)
                if (f.matches(records.at(i)))
                    want << ids.at(i);
            QCOMPARE(want.size(), 22);
            QList<qint64> got;
            qint64 before = 0;
            for (;;) {
                const QList<RequestLogEntry> page = store.fetchOlder(f, before, 5);
                for (const RequestLogEntry &e : page)
                    got << e.record.id;
                if (page.size() < 5)
                    break;
                before = page.last().record.id;
            }
            QCOMPARE(got, want);
            QCOMPARE(store.count(f), qint64(want.size()));
        }
    }

    void clearMatchingDeletesOnlyTheMatches()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        const QList<qint64> ids = fillSix(store);
        RequestLogFilter f;
        QString error;
        QVERIFY(f.parseQuery(u"status:4xx,5xx"_s, &error));
        QSignalSpy cleared(&store, &RequestLogStore::cleared);
        QCOMPARE(store.clearMatching(f), qint64(2));
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(store.count(), qint64(4));
        QVERIFY(!store.record(ids.at(2)) && !store.record(ids.at(3)) && store.record(ids.at(4)));
        RequestLogFilter text;
        text.text = u"wrong datacenter"_s; // the deleted row left the trigram index too
        QCOMPARE(store.count(text), qint64(0));
        QCOMPARE(store.clearMatching({}), qint64(4));
    }

    // Every hop's header fields, a redirect's body and the timing survive the store; Authorization only
    // masked, whatever the record held.
    void hopDetailRoundTrips()
    {
        RequestRecord r = RecordBuilder().siteId(u"eu-site"_s).handledBy(Region::Eu).accountRegion(Region::Eu);
        QCOMPARE(r.hops.size(), 2);
        r.hops[0].requestHeaders = {{u"Authorization"_s, u"Basic ZXUtc2l0ZTpzZWNyZXQta2V5"_s}, {u"Accept"_s, u"*/*"_s}};
        r.hops[0].responseHeaders = {{u"Location"_s, u"https://track-eu.customer.io/x"_s}};
        r.hops[0].responseBody = "wrong datacenter";
        r.hops[0].connectMs = 2;
        r.hops[0].firstByteMs = 5;
        r.hops[1].responseHeaders = {{u"Content-Type"_s, u"application/json"_s}};
        r.hops[1].responseBody = r.responseBody;
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        const qint64 id = store.append(r);
        const RequestRecord back = *store.record(id);
        QCOMPARE(back.hops.size(), 2);
        QCOMPARE(back.hops[0].requestHeaders.at(0).second, u"Basic eu-site:•••"_s);
        QCOMPARE(back.hops[0].requestHeaders.at(1), (QPair<QString, QString>(u"Accept"_s, u"*/*"_s)));
        QCOMPARE(back.hops[0].responseHeaders, r.hops[0].responseHeaders);
        QCOMPARE(back.hops[0].responseBody, QByteArray("wrong datacenter"));
        QCOMPARE(back.hops[0].connectMs, 2);
        QCOMPARE(back.hops[0].firstByteMs, 5);
        QCOMPARE(back.hops[1].connectMs, -1);
        QCOMPARE(back.hops[1].responseHeaders, r.hops[1].responseHeaders);
        QCOMPARE(back.hops[1].responseBody, r.responseBody);
        RequestLogFilter text;
        text.text = u"wrong datacenter"_s; // a redirect's body is searched too
        QCOMPARE(store.count(text), qint64(1));
    }

    void filters()
    {
        QFETCH(RequestLogFilter, filter);
        QFETCH(QList<int>, expected);
        for (const Fill mode : {Fill::Batch, Fill::Single, Fill::Grouped})
            checkFilter(filter, expected, mode);
    }

    void fetchClipsBodiesAndReportsSizes()
    {
        RequestLogStore store;
        QVERIFY(store.open(freshPath()));
        RequestRecord r =
            makeRecord(QStringLiteral("A"), CallKind::Event, 200, Region::Us, QStringLiteral("track.customer.io"));
        r.responseBody = QByteArray(10000, 'x');
        const qint64 id = store.append(r);
        const QList<RequestLogEntry> clipped = store.fetchNewer({}, 0, 10, 100);
        QCOMPARE(clipped.size(), 1);
        QCOMPARE(clipped.first().record.id, id);
        QCOMPARE(clipped.first().record.responseBody.size(), 100);
        QCOMPARE(clipped.first().responseBytes, qint64(10000));
        QCOMPARE(clipped.first().requestBytes, qint64(r.requestBody.size()));
        QCOMPARE(store.fetchNewer({}, id, 10).size(), 0);
        const qint64 second = store.append(r);
        QCOMPARE(store.fetchNewer({}, 0, 10, -1, id).size(), 1); // through id: not the second
        QCOMPARE(store.fetchNewer({}, 0, 10).size(), 2);
        QCOMPARE(store.fetchNewer({}, id, 10).first().record.id, second);
    }

    void retentionByCountAndAge()
    {
        RequestLogStore store;
        store.setRetention({10, 30});
        QVERIFY(store.open(freshPath()));
        RequestRecord old =
            makeRecord(QStringLiteral("A"), CallKind::Event, 200, Region::Us, QStringLiteral("track.customer.io"));
        old.startedAt = QDateTime::currentDateTimeUtc().addDays(-31);
        QList<RequestRecord> batch;
        for (int i = 0; i < 5; ++i)
            batch << old;
        RequestRecord fresh = old;
        fresh.startedAt = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 15; ++i)
            batch << fresh;
        const QList<qint64> ids = store.appendBatch(batch);
        QCOMPARE(ids.size(), 20);
        QCOMPARE(store.prune(), qint64(10)); // 5 too old, then 5 more over the count
        QCOMPARE(store.count(), qint64(10));
        QCOMPARE(store.fetchOlder({}, 0, 100).last().record.id, ids.at(10));

        store.setRetention({0, 0}); // unlimited
        QCOMPARE(store.prune(), qint64(0));
        QCOMPARE(store.count(), qint64(10));
    }

    void retentionAppliesOnOpen()
    {
        const QString path = freshPath();
        {
            RequestLogStore store;
            store.setRetention({0, 0});
            QVERIFY(store.open(path));
            const RequestRecord r =
                makeRecord(QStringLiteral("A"), CallKind::Event, 200, Region::Us, QStringLiteral("track.customer.io"));
            store.appendBatch(QList<RequestRecord>(30, r));
        }
        RequestLogStore store;
        store.setRetention({7, 0});
        QVERIFY(store.open(path));
        QCOMPARE(store.count(), qint64(7));
    }

    void migratesSchema1AndIndexesFreeText()
    {
        // A file written by the previous release: schema 1, no trigram index.
        const QString path = freshPath();
        RequestRecord old =
            makeRecord(QStringLiteral("Old"), CallKind::Event, 200, Region::Us, QStringLiteral("track.customer.io"));
        old.path = QStringLiteral("/api/v1/customers/legacy-person/events");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE request_log (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at INTEGER NOT NULL,"
                " workspace TEXT NOT NULL, site_id TEXT NOT NULL, call TEXT NOT NULL, method TEXT NOT NULL,"
                " path TEXT NOT NULL, authorization TEXT NOT NULL, route_region TEXT NOT NULL,"
                " account_region TEXT NOT NULL, sent_to TEXT NOT NULL, hops TEXT NOT NULL, status INTEGER NOT NULL,"
                " status_class INTEGER NOT NULL, handled_by TEXT NOT NULL, handled_by_region TEXT NOT NULL,"
                " outcome TEXT NOT NULL, error TEXT NOT NULL, warnings TEXT NOT NULL, duration_ms INTEGER NOT NULL,"
                " request_size INTEGER NOT NULL, response_size INTEGER NOT NULL, request_body BLOB,"
                " response_body BLOB, search TEXT NOT NULL)")));
            q.prepare(QStringLiteral(
                "INSERT INTO request_log VALUES (NULL, ?, 'Old', 'site-Old', 'event', 'POST', ?, 'Basic x', 'us',"
                " 'us', 'track.customer.io', '[]', 200, 2, 'track.customer.io', 'us', 'success', '', '[]', 100, 0,"
                " 0, NULL, NULL, ?)"));
            q.bindValue(0, QDateTime::currentMSecsSinceEpoch());
            q.bindValue(1, old.path);
            q.bindValue(2, RequestLogFilter::searchText(old));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        RequestLogStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        RequestLogFilter legacy;
        legacy.text = QStringLiteral("LEGACY-person");
        QCOMPARE(store.count(legacy), qint64(1)); // indexed or not yet, the row is found
        const qint64 fresh = store.append(
            makeRecord(QStringLiteral("New"), CallKind::Event, 200, Region::Us, QStringLiteral("track.customer.io")));
        QVERIFY(fresh > 1);
        QCOMPARE(store.record(1)->replayOf, 0); // the columns schema 3 added, on the migrated row
        QCOMPARE(store.record(1)->source, QString());

        // The same SQLite (Qt's QSQLITE driver) has FTS5 with the trigram tokenizer, and the worker
        // thread brings the index up to the newest row.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 4); // 1 -> 2 (trigram index) -> 3 (replay_of, source) -> 4 (index)
            q.finish();
            QVERIFY(q.exec(QStringLiteral(
                "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'request_log_status_region'")));
            QVERIFY(q.next());
            q.finish();
            QTRY_VERIFY(q.exec(QStringLiteral("SELECT through FROM request_log_fts_state")) && q.next()
                        && q.value(0).toLongLong() == fresh);
            q.finish();
            QVERIFY(q.exec(
                QStringLiteral("SELECT rowid FROM request_log_fts WHERE request_log_fts MATCH '\"legacy-pers\"'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), qint64(1));
            q.finish();
        }
        QCOMPARE(store.count(legacy), qint64(1));
        legacy.text = QStringLiteral("new\nevent");
        QCOMPARE(store.count(legacy), qint64(1));

        // Deleting indexed rows keeps the index consistent; clear() empties both.
        store.setRetention({1, 0});
        QCOMPARE(store.prune(), qint64(1));
        legacy.text = QStringLiteral("legacy-person");
        QCOMPARE(store.count(legacy), qint64(0));
        QCOMPARE(store.clear(), qint64(1));
        const qint64 after = store.append(old);
        QVERIFY(after > fresh);
        QCOMPARE(store.count(legacy), qint64(1));
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO request_log_fts(request_log_fts) VALUES('integrity-check')")));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("look"));
    }

    void openFailsClearly()
    {
        RequestLogStore store;
        QFile blocker(m_dir.filePath(QStringLiteral("not-a-dir")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!store.open(blocker.fileName() + QStringLiteral("/log.sqlite")));
        QVERIFY(!store.errorString().isEmpty());
        QCOMPARE(store.append(makeRecord(QStringLiteral("A"), CallKind::Event, 200, Region::Us, QString())), 0);
        QCOMPARE(store.enqueue(makeRecord(QStringLiteral("A"), CallKind::Event, 200, Region::Us, QString())),
                 quint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_RequestLogStore)
#include "tst_requestlogstore.moc"
