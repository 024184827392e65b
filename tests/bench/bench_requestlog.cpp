// Request log benchmark: prints figures, asserts nothing (the targets are in docs/request-log.md).
// Usage: bench_requestlog [--dir DIR] [--sizes 10000,100000,1000000] [--only-window] [--only-filters] [--reuse]
//                         [--har N] [--help]
// --only-window: after the fill, only the window's case (proxy + table view, paced), the model's window
// filled to its capacity first; for profiling. A short run: --sizes 10000.
// For each size: fill a fresh database (batched), then measure single appends (append(): one transaction
// each), grouped appends (enqueue(), the path of RequestRecorder, which the window and the CLI use: the
// writer thread commits), open time, first-page time, filter times, the window's path (RequestRecorder,
// shown by the model) with the event loop turning (as fast as it goes, and paced at 10,000 calls/s; then
// paced through the window's sorting proxy and table view) and memory (VmRSS / VmHWM from
// /proc/self/status).
//
// "Longest stall" is the longest the calling thread was away from its event loop: one record() (pending
// or finished), or one processEvents() call, which delivers the commits and runs the model's refresh (it
// may handle several events, so it bounds a single stall from above). Also counted: how many of them took
// over 16 ms, the most CPU time the thread used in one of them, and how often it was switched out in them
// (getrusage(RUSAGE_THREAD)): preempted (it could run, the cores were busy) or blocked (it waited).
// "Shown after" is the time from record() of the finished call to the model's committed() signal for it.
#include "benchoutput.h"

#include "harimport.h"
#include "logexport.h"
#include "requestlogmodel.h"
#include "requestlogproxy.h"
#include "requestlogstore.h"
#include "requestlogview.h"
#include "requestrecorder.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

using BenchOutput::out;

qint64 procStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QString memory()
{
    return QStringLiteral("RSS %1 MB (peak %2 MB)")
        .arg(QString::number(procStatusKb("VmRSS:") / 1024.0, 'f', 1),
             QString::number(procStatusKb("VmHWM:") / 1024.0, 'f', 1));
}

const QStringList kWorkspaces = {QStringLiteral("Acme US"), QStringLiteral("Acme EU"), QStringLiteral("Beta"),
                                 QStringLiteral("Gamma"),   QStringLiteral("Delta"),   QStringLiteral("Epsilon"),
                                 QStringLiteral("Zeta"),    QStringLiteral("Eta"),     QStringLiteral("Theta"),
                                 QStringLiteral("Iota")};

// A realistic mix: 70% 2xx (a third of them redirected US -> EU), 10% 3xx refused, 10% 4xx, 3% 5xx,
// 7% network errors; timestamps spread over the last 60 days.
RequestRecord syntheticRecord(qint64 i, qint64 total)
{
    RequestRecord r;
    r.workspace = kWorkspaces.at(int(i % kWorkspaces.size()));
    r.siteId = QStringLiteral("site-%1").arg(i % kWorkspaces.size());
    const CallKind calls[] = {CallKind::Identify, CallKind::Event, CallKind::Event, CallKind::AnonymousEvent,
                              CallKind::Region};
    r.call = calls[i % 5];
    r.method = r.call == CallKind::Identify ? QStringLiteral("PUT")
        : r.call == CallKind::Region        ? QStringLiteral("GET")
                                            : QStringLiteral("POST");
    r.path = QStringLiteral("/api/v1/customers/person-%1%40example.com/events").arg(i);
    r.requestBody = QStringLiteral("{\"name\":\"purchase\",\"data\":{\"order\":%1,\"plan\":\"pro\"}}").arg(i).toUtf8();
    r.authorization = maskedBasicAuthorization(r.siteId);
    const int kind = int((i * 7919) % 100);
    const bool eu = i % 2;
    Hop first;
    first.url = QUrl(QStringLiteral("https://track.customer.io") + r.path, QUrl::StrictMode);
    first.durationMs = 30 + i % 50;
    first.credentialsSent = true;
    r.routeRegion = Region::Us;
    r.accountRegion = eu ? Region::Eu : Region::Us;
    r.outcome = RequestRecord::Outcome::Success;
    if (kind < 70) {
        if (eu) {
            first.status = 301;
            // The redirect's header fields and its body, as TrackClient records them (searched too).
            first.responseHeaders = {
                {QStringLiteral("Location"), QStringLiteral("https://track-eu.customer.io") + r.path}};
            first.responseBody =
                QByteArrayLiteral("{\"errors\":[{\"detail\":\"wrong datacenter\",\"status\":\"301\"}]}");
            r.hops << first;
            Hop second = first;
            second.responseHeaders.clear();
            second.responseBody.clear();
            second.url = QUrl(QStringLiteral("https://track-eu.customer.io") + r.path, QUrl::StrictMode);
            second.status = 200;
            r.hops << second;
            r.warnings << QStringLiteral("The data passed through US servers.");
            r.handledBy = QStringLiteral("track-eu.customer.io");
            r.handledByRegion = Region::Eu;
        } else {
            first.status = 200;
            r.hops << first;
            r.handledBy = QStringLiteral("track.customer.io");
            r.handledByRegion = Region::Us;
        }
        r.status = 200;
        r.responseBody = QByteArrayLiteral("{}");
    } else if (kind < 80) {
        first.status = 302;
        r.hops << first;
        r.status = 302;
        r.outcome = RequestRecord::Outcome::RedirectRefused;
        r.error = QStringLiteral("redirect to evil.example.com refused");
        r.handledBy = QStringLiteral("track.customer.io");
        r.handledByRegion = Region::Us;
    } else if (kind < 90) {
        first.status = 401;
        r.hops << first;
        r.status = 401;
        r.outcome = RequestRecord::Outcome::HttpError;
        r.error = QStringLiteral("Unauthorized request");
        r.responseBody = QByteArrayLiteral("{\"meta\":{\"error\":\"Unauthorized request\"}}");
        r.handledBy = QStringLiteral("track.customer.io");
        r.handledByRegion = Region::Us;
    } else if (kind < 93) {
        first.status = 503;
        r.hops << first;
        r.status = 503;
        r.outcome = RequestRecord::Outcome::HttpError;
        r.error = QStringLiteral("HTTP 503");
        r.handledBy = QStringLiteral("track.customer.io");
        r.handledByRegion = Region::Us;
    } else {
        first.error = QStringLiteral("Connection refused");
        r.hops << first;
        r.outcome = RequestRecord::Outcome::NetworkError;
        r.error = QStringLiteral("network error: Connection refused");
    }
    r.durationMs = 0;
    for (const Hop &h : r.hops)
        r.durationMs += h.durationMs;
    const qint64 span = 60LL * 24 * 3600 * 1000;
    r.startedAt = QDateTime::fromMSecsSinceEpoch(
        QDateTime::currentMSecsSinceEpoch() - span + span * i / qMax<qint64>(1, total), Qt::UTC);
    return r;
}

// Live ids of the calls sent through the model start here (above every id of the fill).
constexpr qint64 firstLiveId = 100000000;

// What this thread has used so far: CPU time, and how often it was switched out while it could run
// (preempted: involuntary context switches) or because it waited (blocked: voluntary ones).
struct ThreadUsage
{
    double cpuMs = 0;
    long preempted = 0;
    long blocked = 0;
};

ThreadUsage threadUsage()
{
    rusage u {};
    getrusage(RUSAGE_THREAD, &u);
    const auto msOf = [](const timeval &t) { return double(t.tv_sec) * 1000 + double(t.tv_usec) / 1000; };
    return {msOf(u.ru_utime) + msOf(u.ru_stime), u.ru_nivcsw, u.ru_nvcsw};
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QString fmt(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

// Sends count calls as the window does (RequestRecorder::record() of the pending call, then of the
// finished one; the model shows them) and waits until all are committed. perSecond 0: as fast as it goes, the event
// loop turning every 50 calls; else paced, the event loop turning between calls.
QString throughModel(RequestLogModel &model, qint64 *nextId, int count, int perSecond, qint64 rows)
{
    QHash<qint64, qint64> finishedAt; // live id -> ns
    QList<double> shownAfter;
    shownAfter.reserve(count);
    QElapsedTimer clock;
    QObject context;
    QObject::connect(&model, &RequestLogModel::committed, &context, [&](qint64 liveId, const RequestRecord &, bool) {
        const auto it = finishedAt.constFind(liveId);
        if (it != finishedAt.cend())
            shownAfter << double(clock.nsecsElapsed() - it.value()) / 1e6;
    });
    double longestRecord = 0;
    double longestLoop = 0;
    int mostWaiting = 0;
    // Each record() and each turn: how long it took, and how much of that the thread ran (the rest it
    // waited for a core; the machine is shared).
    int sections = 0;
    int over16 = 0;
    double mostOnCpu = 0;
    ThreadUsage inOver16; // the stalls over 16 ms: most CPU time one used, switches in all
    const auto measured = [&](double *longest, const auto &work) {
        const ThreadUsage before = threadUsage();
        QElapsedTimer t;
        t.start();
        work();
        const double wall = ms(t);
        const ThreadUsage after = threadUsage();
        *longest = qMax(*longest, wall);
        mostOnCpu = qMax(mostOnCpu, after.cpuMs - before.cpuMs);
        ++sections;
        if (wall > 16) {
            ++over16;
            inOver16.cpuMs = qMax(inOver16.cpuMs, after.cpuMs - before.cpuMs);
            inOver16.preempted += after.preempted - before.preempted;
            inOver16.blocked += after.blocked - before.blocked;
        }
    };
    const auto turn = [&] { measured(&longestLoop, [] { QCoreApplication::processEvents(); }); };
    clock.start();
    for (int i = 0; i < count; ++i) {
        if (perSecond > 0) {
            // Wait for this call's time slot, turning the event loop meanwhile (and every 50 calls when
            // behind: finished calls arrive as events of their own).
            const qint64 due = qint64(i) * 1000000000 / perSecond;
            if (i % 50 == 49)
                turn();
            while (clock.nsecsElapsed() < due) {
                turn();
                if (due - clock.nsecsElapsed() > 200000)
                    QThread::usleep(100); // idle as a window would, not spinning
            }
        }
        // Each call newer than every call before it, of this case and the earlier ones: it goes to the
        // top of the view sorted by time, as in the window.
        RequestRecord pending = syntheticRecord(rows + 20000 + (*nextId - firstLiveId), rows);
        RequestRecord finished = pending;
        pending.id = finished.id = (*nextId)++;
        pending.outcome = RequestRecord::Outcome::Pending;
        measured(&longestRecord, [&] { model.recorder()->record(pending); });
        finishedAt.insert(finished.id, clock.nsecsElapsed());
        measured(&longestRecord, [&] { model.recorder()->record(finished); });
        mostWaiting = qMax(mostWaiting, model.recorder()->pendingCount());
        if (perSecond == 0 && i % 50 == 49)
            turn();
    }
    while (shownAfter.size() < count && clock.elapsed() < 120000)
        turn();
    const double totalMs = ms(clock);
    std::sort(shownAfter.begin(), shownAfter.end());
    if (shownAfter.size() < count)
        return QStringLiteral("only %1 of %2 committed in 120 s").arg(shownAfter.size()).arg(count);
    const QString over = over16 == 0
        ? QString()
        : QStringLiteral(" (on CPU at most %1 ms of one; preempted %2 times, blocked %3)")
              .arg(fmt(inOver16.cpuMs, 2), QString::number(inOver16.preempted), QString::number(inOver16.blocked));
    return QStringLiteral("%1 calls/s committed and shown; longest stall %2 ms (record %3 ms, event-loop turn %4 "
                          "ms), %5 of %6 over 16 ms%7, most on-CPU time in one %8 ms; shown after median %9 ms, "
                          "p99 %10 ms, max %11 ms; at most %12 waiting")
        .arg(fmt(count / (totalMs / 1000), 0), fmt(qMax(longestRecord, longestLoop), 2), fmt(longestRecord, 2),
             fmt(longestLoop, 2), QString::number(over16), QString::number(sections), over, fmt(mostOnCpu, 2),
             fmt(shownAfter.at(count / 2), 2))
        .arg(fmt(shownAfter.at(count * 99 / 100), 2), fmt(shownAfter.last(), 2), QString::number(mostWaiting));
}

// append(), one transaction per call, then the store path of RequestRecorder (the window's and the CLI's):
// enqueue().
void benchAppends(RequestLogStore &store, qint64 rows)
{
    // One append() per finished call, each its own committed transaction.
    const int n = 10000;
    QList<double> latencies;
    latencies.reserve(n);
    QElapsedTimer all;
    all.start();
    for (int i = 0; i < n; ++i) {
        QElapsedTimer one;
        one.start();
        store.append(syntheticRecord(rows + i, rows));
        latencies << ms(one);
    }
    const double total = ms(all);
    std::sort(latencies.begin(), latencies.end());
    out() << QStringLiteral("append() x %1 (one transaction each): %2 appends/s, median %3 ms, p99 %4 ms, max %5 ms\n")
                 .arg(QString::number(n), fmt(n / (total / 1000), 0), fmt(latencies.at(n / 2), 3),
                      fmt(latencies.at(n * 99 / 100), 3), fmt(latencies.last(), 2));

    // RequestRecorder's path: enqueue() returns at once, the writer thread commits in groups.
    int groups = 0;
    QObject counting; // ends the connection with this function
    QObject::connect(&store, &RequestLogStore::committed, &counting, [&groups] { ++groups; });
    double longestEnqueue = 0;
    QElapsedTimer grouped;
    grouped.start();
    for (int i = 0; i < n; ++i) {
        QElapsedTimer one;
        one.start();
        store.enqueue(syntheticRecord(rows + n + i, rows));
        longestEnqueue = qMax(longestEnqueue, ms(one));
    }
    store.flush();
    out() << QStringLiteral("enqueue() x %1 (grouped commits on the writer thread): %2 appends/s until all "
                            "committed, %3 transactions; longest enqueue() %4 ms\n")
                 .arg(QString::number(n), fmt(n / (ms(grouped) / 1000), 0), QString::number(groups),
                      fmt(longestEnqueue, 3));
}

// Filters over the stored log: the first page of each.
void benchFilters(RequestLogModel &model, qint64 rows)
{
    struct Case
    {
        const char *name;
        RequestLogFilter filter;
    };
    QList<Case> cases;
    RequestLogFilter f;
    f.workspace = QStringLiteral("Gamma");
    cases.append({"workspace (10%)", f});
    f = {};
    f.region = Region::Eu;
    cases.append({"handled-by region eu (~35%)", f});
    f = {};
    f.handledBy = QStringLiteral("track-eu.customer.io");
    cases.append({"handled-by host", f});
    f = {};
    f.statusClass = RequestLogFilter::StatusClass::Server5xx;
    cases.append({"status 5xx (3%)", f});
    f = {};
    f.statusClass = RequestLogFilter::StatusClass::Network;
    cases.append({"status network (7%)", f});
    f = {};
    f.call = CallKind::Region;
    cases.append({"call region (20%)", f});
    f = {};
    f.workspace = QStringLiteral("Gamma");
    f.statusClass = RequestLogFilter::StatusClass::Client4xx;
    cases.append({"workspace + 4xx", f});
    f = {};
    f.text = QStringLiteral("unauthorized");
    cases.append({"text, common (10%)", f});
    f = {};
    f.text = QStringLiteral("person-%1%40").arg(rows / 2);
    cases.append({"text, one row in the middle", f});
    f = {};
    f.text = QStringLiteral("no-such-text");
    cases.append({"text, no match (full scan)", f});
    f = {};
    f.workspace = QStringLiteral("No such workspace");
    cases.append({"workspace, no match", f});
    // Inside the bodies (request, redirect, response), through the trigram index.
    f = {};
    f.text = QStringLiteral("wrong datacenter");
    cases.append({"body text, redirect body (~35%)", f});
    f.text = QStringLiteral("\"order\":%1,").arg(rows / 2);
    cases.append({"body text, one request body", f});
    f.text = QStringLiteral("\"plan\":\"enterprise\"");
    cases.append({"body text, no match", f});
    // Several values per filter, negation, method: as the search box's terms.
    const auto query = [](const QString &text) {
        RequestLogFilter q;
        QString error;
        q.parseQuery(text, &error);
        return q;
    };
    cases.append({"status:4xx,5xx (13%)", query(QStringLiteral("status:4xx,5xx"))});
    cases.append({"-status:2xx (30%)", query(QStringLiteral("-status:2xx"))});
    cases.append({"method:PUT,DELETE (20%)", query(QStringLiteral("method:PUT,DELETE"))});
    cases.append({"workspace:Gamma,Beta status:5xx", query(QStringLiteral("workspace:Gamma,Beta status:5xx"))});
    cases.append({"-host:track.customer.io -region:eu", query(QStringLiteral("-host:track.customer.io -region:eu"))});
    cases.append({"status:4xx,5xx call:event,identify + text",
                  query(QStringLiteral("status:4xx,5xx call:event,identify unauthorized"))});
    cases.append({"status:3xx,5xx, rare (~0%)", query(QStringLiteral("status:3xx,5xx region:eu"))});
    for (const Case &c : std::as_const(cases)) {
        QElapsedTimer t;
        t.start();
        model.setFilter(c.filter);
        out() << QStringLiteral("filter %1: %2 ms (%3 rows in the window)\n")
                     .arg(QLatin1String(c.name), -32)
                     .arg(fmt(ms(t), 2), QString::number(model.rowCount()));
    }
    model.setFilter({});
}

// Importing a HAR of `entries` entries (this console's export of synthetic calls: one entry per hop),
// parsed and masked (HarImport::read()), then stored (appendBatch()).
void benchHarImport(const QString &dir, int entries)
{
    QList<RequestRecord> records;
    int count = 0;
    for (qint64 i = 0; count < entries; ++i) {
        RequestRecord r = syntheticRecord(i, entries);
        r.id = i + 1;
        if (count + r.hops.size() > entries)
            r.hops.resize(entries - count);
        count += int(r.hops.size());
        records << r;
    }
    const QByteArray har = QJsonDocument(LogExport::harLog(records)).toJson(QJsonDocument::Compact);
    HarImport import;
    QElapsedTimer parse;
    parse.start();
    const std::optional<QList<RequestRecord>> imported = import.read(har, QStringLiteral("bench.har"));
    const double parseMs = ms(parse);
    if (!imported) {
        out() << "HAR import failed: " << import.errorString() << Qt::endl;
        return;
    }
    const QString path = dir + QStringLiteral("/bench-har.sqlite");
    QFile::remove(path);
    RequestLogStore store;
    store.setRetention({0, 0});
    store.open(path);
    QElapsedTimer append;
    append.start();
    const QList<qint64> ids = store.appendBatch(*imported);
    const double appendMs = ms(append);
    out() << QStringLiteral("HAR import, %1 entries (%2 MB, %3 calls): read + mask %4 ms, store %5 ms, total %6 ms "
                            "(target < 2000 ms)\n")
                 .arg(QString::number(entries), fmt(har.size() / 1048576.0), QString::number(ids.size()),
                      fmt(parseMs, 1), fmt(appendMs, 1), fmt(parseMs + appendMs, 1));
}

void benchSize(const QString &dir, qint64 rows, bool onlyWindow, bool onlyFilters, bool reuse)
{
    const QString path = dir + QStringLiteral("/bench-%1.sqlite").arg(rows);
    out() << QStringLiteral("\n== %1 rows ==\n").arg(rows) << Qt::flush;
    if (reuse && QFileInfo::exists(path)) {
        out() << QStringLiteral("reusing %1 as it is\n").arg(path);
    } else {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        RequestLogStore store;
        store.setRetention({0, 0});
        if (!store.open(path)) {
            out() << "open failed: " << store.errorString() << Qt::endl;
            return;
        }
        QElapsedTimer fill;
        fill.start();
        const qint64 chunk = 10000;
        for (qint64 done = 0; done < rows; done += chunk) {
            QList<RequestRecord> batch;
            batch.reserve(int(chunk));
            for (qint64 i = done; i < qMin(rows, done + chunk); ++i)
                batch << syntheticRecord(i, rows);
            if (store.appendBatch(batch).isEmpty()) {
                out() << "fill failed: " << store.errorString() << Qt::endl;
                return;
            }
        }
        out() << QStringLiteral("fill (batches of 10k, one transaction each): %1 rows/s\n")
                     .arg(fmt(rows / (ms(fill) / 1000), 0));

        if (!onlyWindow && !onlyFilters)
            benchAppends(store, rows);
    }

    const qint64 before = procStatusKb("VmRSS:");
    QElapsedTimer open;
    open.start();
    RequestLogStore store;
    store.setRetention({0, 0});
    store.open(path);
    const double openMs = ms(open);
    QElapsedTimer first;
    first.start();
    RequestRecorder recorder(&store);
    RequestLogModel model(&recorder, 5000);
    const double firstMs = ms(first);
    out() << QStringLiteral("open: %1 ms; model with the first page (%2 rows): %3 ms; total %4 ms\n")
                 .arg(fmt(openMs, 2), QString::number(model.rowCount()), fmt(firstMs, 2), fmt(openMs + firstMs, 2));

    if (!onlyWindow)
        benchFilters(model, rows);
    if (onlyFilters)
        return;

    QElapsedTimer scroll;
    scroll.start();
    while (model.canFetchMore({}))
        model.fetchMore({});
    out() << QStringLiteral("fetchMore to the window's capacity (%1 rows): %2 ms; %3 (was %4 MB before open)\n")
                 .arg(QString::number(model.rowCount()), fmt(ms(scroll), 1), memory(), fmt(before / 1024.0, 1));

    // Live rows through the model, the event loop turning as a window's would.
    const int live = 20000;
    qint64 nextLive = firstLiveId;
    if (!onlyWindow) {
        out() << QStringLiteral("recorder + model (pending + finished) x %1, as fast as it goes: %2\n")
                     .arg(QString::number(live), throughModel(model, &nextLive, live, 0, rows));
        out() << QStringLiteral("recorder + model (pending + finished) x %1, paced at 10,000 calls/s: %2; %3\n")
                     .arg(QString::number(live), throughModel(model, &nextLive, live, 10000, rows), memory());
    }

    // The same through the window's parts: its sorting proxy and its table view (RequestLogView: the
    // window's delegate, headers and columns), shown (offscreen unless a display is set), newest first,
    // painting as the event loop turns.
    {
        model.setUpdateInterval(RequestLogView::ModelUpdateIntervalMs);
        RequestLogProxy proxy;
        proxy.setSourceModel(&model);
        RequestLogView view;
        view.setModel(&proxy);
        view.resize(1280, 500);
        view.show();
        QCoreApplication::processEvents();
        out() << QStringLiteral("window's proxy + table view, paced at 10,000 calls/s: %1; %2\n")
                     .arg(throughModel(model, &nextLive, live, 10000, rows), memory());
    }
    out() << QStringLiteral("database: %1 MB (+ WAL %2 MB)\n")
                 .arg(fmt(QFileInfo(path).size() / 1048576.0),
                      fmt(QFileInfo(path + QStringLiteral("-wal")).size() / 1048576.0))
          << Qt::flush;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTemporaryDir temp;
    QString dir = temp.path();
    QList<qint64> sizes = {10000, 100000, 1000000};
    bool onlyWindow = false;
    bool onlyFilters = false;
    bool reuse = false;
    int harEntries = 10000;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--help" || args.at(i) == u"-h") {
            out() << QStringLiteral(
                "Usage: bench_requestlog [--dir DIR] [--sizes 10000,100000,1000000] [--only-window]\n"
                "  --dir DIR       where the databases go (default: a temporary directory, removed after)\n"
                "  --sizes LIST    history sizes to fill and measure, comma-separated (a short run: 10000)\n"
                "  --only-window   after the fill, only the window's case (proxy + table view), for profiling\n"
                "  --only-filters  after the fill (every row indexed), only the open and the filters\n"
                "  --har N         entries of the HAR import measured first (default 10000; 0: none)\n"
                "  --reuse         keep a database of a size already in DIR (filling a million rows takes minutes)\n");
            return 0;
        }
        if (args.at(i) == u"--only-window")
            onlyWindow = true;
        else if (args.at(i) == u"--only-filters")
            onlyFilters = true;
        else if (args.at(i) == u"--reuse")
            reuse = true;
        else if (i + 1 == args.size())
            break;
        else if (args.at(i) == u"--har")
            harEntries = args.at(++i).toInt();
        else if (args.at(i) == u"--dir")
            dir = args.at(++i);
        else if (args.at(i) == u"--sizes") {
            sizes.clear();
            for (const QString &s : args.at(++i).split(u','))
                sizes << s.toLongLong();
        }
    }
    QDir().mkpath(dir);
    out() << QStringLiteral("bench_requestlog: SQLite (Qt %1), WAL, synchronous=NORMAL; database in %2\n")
                 .arg(QLatin1String(qVersion()), dir);
    if (harEntries > 0)
        benchHarImport(dir, harEntries);
    for (qint64 size : std::as_const(sizes))
        benchSize(dir, size, onlyWindow, onlyFilters, reuse);
    return 0;
}
