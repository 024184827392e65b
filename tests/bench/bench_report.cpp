// Residency report and fleet check benchmark (issue 19): prints figures, asserts nothing (docs/performance.md).
// Usage: bench_report [--rows N] [--workspaces N] [--concurrency LIST] [--only fleet|report] [--window] [--pdf FILE]
//                     [--log FILE] [--verify-runs N] [--console PATH]
// Fleet check: `cio-console sandbox` (a process of its own, so its work is not counted here) with a delay
// fault of 100 ms on every host serves N workspaces (default 500), each routed to its own region (one request
// each); FleetCheck runs them at each concurrency (default 8,32). Printed: wall time against the ideal
// (N / concurrency x 100 ms), resident memory at idle and its peak during the check (VmRSS sampled every
// 5 ms), and the longest time the event loop was away (a 1 ms timer's largest gap). --window: the same
// session inside the main window (shown, offscreen), the check started from its dialog's Start button, so
// the gap is the window's: its list, panel, log view and the dialog's table following every result.
// Report: a log of N rows (default 1,000,000) spread over 90 days (20 workspaces, a third of the EU ones
// routed through the US host), then a report of the last 30 days (every workspace) made and written as
// JSON, then verified against the log (ReportJson::verify, which also recomputes the log's chain over the
// rows' range). --log FILE keeps the log there and reuses it when it exists (filling one takes minutes).
// --pdf FILE also writes a PDF of a few hundred calls (three hours) for looking at.
#include "benchoutput.h"

#include "consolesession.h"
#include "endpointtable.h"
#include "fleetcheck.h"
#include "fleetcheckdialog.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "reportjson.h"
#include "reportpdf.h"
#include "requestlogstore.h"
#include "residencyreport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

namespace {

using BenchOutput::out;

qint64 rssKb(const char *field = "VmRSS:")
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

QString mb(qint64 kb)
{
    return QString::number(kb / 1024.0, 'f', 1) + QStringLiteral(" MB");
}

void fleet(const QString &console, int count, const QList<int> &concurrencies, const QString &dir, bool inWindow)
{
    // Accounts: half US, half EU, one workspace each.
    QJsonArray us;
    QJsonArray eu;
    for (int i = 0; i < count; ++i) {
        const QJsonObject w {{QStringLiteral("name"), QStringLiteral("ws-%1").arg(i)},
                             {QStringLiteral("site_id"), QStringLiteral("site-%1").arg(i)},
                             {QStringLiteral("track_api_key"), QStringLiteral("key-%1").arg(i)},
                             {QStringLiteral("environment_id"), 1000 + i}};
        (i % 2 ? eu : us).append(w);
    }
    const QJsonObject accounts {
        {QStringLiteral("accounts"),
         QJsonArray {
             QJsonObject {{QStringLiteral("region"), QStringLiteral("us")}, {QStringLiteral("workspaces"), us}},
             QJsonObject {{QStringLiteral("region"), QStringLiteral("eu")}, {QStringLiteral("workspaces"), eu}}}}};
    QFile accountsFile(dir + QStringLiteral("/accounts.json"));
    accountsFile.open(QIODevice::WriteOnly);
    accountsFile.write(QJsonDocument(accounts).toJson());
    accountsFile.close();
    const QString endpointsPath = dir + QStringLiteral("/endpoints.json");
    QProcess sandbox;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir + QStringLiteral("/sandbox-data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/sandbox-config"));
    sandbox.setProcessEnvironment(env);
    sandbox.start(console,
                  {QStringLiteral("sandbox"), QStringLiteral("--accounts"), accountsFile.fileName(),
                   QStringLiteral("--fault"), QStringLiteral("all=delay:100"), QStringLiteral("--write-endpoints"),
                   endpointsPath});
    if (!QTest::qWaitFor([&] { return QFile::exists(endpointsPath); }, 15000)) {
        out() << "fleet: the sandbox did not start: " << sandbox.readAllStandardError() << Qt::endl;
        return;
    }
    QFile endpointsFile(endpointsPath);
    endpointsFile.open(QIODevice::ReadOnly);
    EndpointTable endpoints;
    QString error;
    if (!EndpointTable::fromJson(endpointsFile.readAll(), &endpoints, &error)) {
        out() << "fleet: " << error << Qt::endl;
        return;
    }
    MemoryCredentialStore keychain;
    // The session alone, or the window's (the check then runs from its dialog, Workspace › Check all workspaces).
    std::unique_ptr<ConsoleSession> ownSession;
    std::unique_ptr<MainWindow> window;
    ConsoleSession *session = nullptr;
    const auto place = [&](auto &options) { // MainWindow::Options or ConsoleSession::Options
        options.settingsPath = dir + QStringLiteral("/fleet.conf");
        options.logPath = dir + QStringLiteral("/fleet-log.sqlite");
        options.credentialStore = &keychain;
        options.endpoints = endpoints;
    };
    if (inWindow) {
        MainWindow::Options options;
        place(options);
        window = std::make_unique<MainWindow>(options);
        window->show();
        window->leaveSandbox(); // nothing configured: it opened on its built-in sandbox
        session = window->session();
    } else {
        ConsoleSession::Options options;
        place(options);
        ownSession = std::make_unique<ConsoleSession>(options);
        session = ownSession.get();
    }
    QList<Workspace> all;
    for (int i = 0; i < count; ++i) {
        Workspace w;
        w.name = QStringLiteral("ws-%1").arg(i);
        w.siteId = QStringLiteral("site-%1").arg(i);
        w.account = i % 2 ? QStringLiteral("EU") : QStringLiteral("US");
        w.route = i % 2 ? Route::Eu : Route::Us; // one request each
        w.sessionOnly = true;
        all << w;
    }
    session->setWorkspaces(all, QString());
    for (const Workspace &w : std::as_const(all)) {
        QObject context;
        bool written = false;
        session->sessionStore()->write(CredentialStore::entryKey(w.name, SecretKind::TrackApiKey),
                                       QStringLiteral("key-%1").arg(w.name.mid(3)), &context,
                                       [&](const CredentialResult &) { written = true; });
        (void)QTest::qWaitFor([&] { return written; }, 1000);
    }
    out() << "Fleet check: " << count << " workspaces, 100 ms delay fault on every host (sandbox process)"
          << (inWindow ? ", from the window's dialog" : "") << Qt::endl;
    for (int concurrency : concurrencies) {
        QTest::qWait(200);
        const qint64 idle = rssKb();
        qint64 peak = idle;
        qint64 longestGapMs = 0;
        QElapsedTimer gapClock;
        QTimer sampler;
        sampler.setTimerType(Qt::PreciseTimer);
        sampler.setInterval(1);
        int ticks = 0;
        QObject::connect(&sampler, &QTimer::timeout, [&] {
            longestGapMs = qMax(longestGapMs, gapClock.restart());
            if (++ticks % 5 == 0)
                peak = qMax(peak, rssKb());
        });
        std::unique_ptr<FleetCheck> ownCheck;
        FleetCheckDialog *dialog = nullptr;
        if (window) {
            dialog = new FleetCheckDialog(session, window.get());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        } else {
            ownCheck = std::make_unique<FleetCheck>(session);
        }
        FleetCheck &check = dialog ? *dialog->check() : *ownCheck;
        bool finished = false;
        FleetCheck::Summary summary;
        QList<qint64> durations; // per check: key read, region call, its answer handled
        QList<qint64> calls; // the region call alone, as TrackClient timed it (request handed to Qt -> answer read)
        QList<qint64> firstBytes;
        const QMetaObject::Connection callTimes =
            QObject::connect(session, &ConsoleSession::callFinished, [&](const RequestRecord &r) {
                calls << r.durationMs;
                if (!r.hops.isEmpty())
                    firstBytes << r.hops.first().firstByteMs;
            });
        QString firstFailure;
        QObject::connect(&check, &FleetCheck::workspaceChecked, [&](const FleetCheck::Result &r) {
            durations << r.durationMs;
            if (!r.info.ok && firstFailure.isEmpty())
                firstFailure = r.workspace.name + QStringLiteral(": ") + r.info.error;
        });
        QObject::connect(&check, &FleetCheck::finished, [&](const FleetCheck::Summary &s) {
            summary = s;
            finished = true;
        });
        QElapsedTimer wall;
        wall.start();
        gapClock.start();
        sampler.start();
        // A real event loop, as the window's and the CLI's: it sleeps in poll() until something happens
        // (QTest::qWaitFor() sleeps 10 ms between rounds of events, which would delay every answer).
        QEventLoop loop;
        QObject::connect(&check, &FleetCheck::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
        if (dialog) {
            dialog->findChild<QSpinBox *>(QStringLiteral("fleetConcurrency"))->setValue(concurrency);
            dialog->findChild<QPushButton *>(QStringLiteral("fleetStartButton"))->click();
        } else {
            check.start(session->workspaces(), concurrency, false);
        }
        if (!finished)
            loop.exec();
        const qint64 ms = wall.elapsed();
        sampler.stop();
        (void)QTest::qWaitFor([&] { return session->uncommittedCount() == 0; }, 30000);
        const double ideal = double(count) / concurrency * 100.0;
        out() << QStringLiteral("  concurrency %1: %2 ms (ideal %3 ms, x%4; target x1.2); %5 ok, %6 failed; "
                                "peak in flight %7")
                     .arg(concurrency)
                     .arg(ms)
                     .arg(ideal, 0, 'f', 0)
                     .arg(ms / ideal, 0, 'f', 2)
                     .arg(summary.checked - summary.failures)
                     .arg(summary.failures)
                     .arg(check.peakInFlight())
              << Qt::endl;
        if (dialog)
            dialog->close();
        if (!firstFailure.isEmpty())
            out() << "    first failure: " << firstFailure << Qt::endl;
        QObject::disconnect(callTimes);
        std::sort(durations.begin(), durations.end());
        std::sort(calls.begin(), calls.end());
        std::sort(firstBytes.begin(), firstBytes.end());
        if (!calls.isEmpty() && !firstBytes.isEmpty()) {
            out() << QStringLiteral("    the region call alone: median %1 ms (its answer's headers after %2 ms)")
                         .arg(calls.at(calls.size() / 2))
                         .arg(firstBytes.at(firstBytes.size() / 2))
                  << Qt::endl;
        }
        if (!durations.isEmpty()) {
            out() << QStringLiteral("    one check (delay 100 ms): median %1 ms, 90th percentile %2 ms, longest %3 ms")
                         .arg(durations.at(durations.size() / 2))
                         .arg(durations.at(durations.size() * 9 / 10))
                         .arg(durations.constLast())
                  << Qt::endl;
        }
        out() << QStringLiteral("    RSS idle %1, peak %2 (+%3; target +20 MB); longest event-loop gap %4 ms")
                     .arg(mb(idle), mb(peak), mb(peak - idle))
                     .arg(longestGapMs)
              << Qt::endl;
    }
    sandbox.terminate();
    sandbox.waitForFinished(5000);
}

RequestRecord row(qint64 n, const QDateTime &at)
{
    RequestRecord r;
    const int w = int(n % 20);
    const bool isEu = w % 2 == 1;
    const bool transit = isEu && w % 3 == 0;
    r.workspace = QStringLiteral("workspace-%1").arg(w);
    r.siteId = QStringLiteral("site-%1").arg(w);
    r.call = n % 10 == 0 ? CallKind::Region : CallKind::Event;
    r.method = r.call == CallKind::Region ? QStringLiteral("GET") : QStringLiteral("POST");
    r.path = r.call == CallKind::Region ? QStringLiteral("/api/v1/accounts/region")
                                        : QStringLiteral("/api/v1/customers/person-%1/events").arg(n % 5000);
    r.requestBody = r.call == CallKind::Region ? QByteArray()
                                               : QByteArrayLiteral("{\"name\":\"purchase\",\"data\":{\"sku\":\"A-")
            + QByteArray::number(n % 977) + QByteArrayLiteral("\",\"price\":12.5,\"currency\":\"EUR\"}}");
    r.routeRegion = transit ? Region::Us : (isEu ? Region::Eu : Region::Us);
    r.accountRegion = isEu ? Region::Eu : Region::Us;
    r.handledByRegion = r.accountRegion;
    const QString us = QStringLiteral("https://track.customer.io");
    const QString eu = QStringLiteral("https://track-eu.customer.io");
    const auto hop = [](const QString &url, int status, qint64 ms) {
        Hop h;
        h.url = QUrl(url);
        h.status = status;
        h.durationMs = ms;
        h.credentialsSent = true;
        return h;
    };
    if (transit)
        r.hops << hop(us + r.path, 301, 40);
    r.hops << hop((isEu ? eu : us) + r.path, 200, 60);
    r.status = 200;
    r.outcome = RequestRecord::Outcome::Success;
    r.handledBy = isEu ? QStringLiteral("track-eu.customer.io") : QStringLiteral("track.customer.io");
    r.responseBody = r.call == CallKind::Region
        ? QByteArrayLiteral("{\"url\":\"https://track-eu.customer.io\",\"region\":\"eu\",\"environment_id\":7}")
        : QByteArrayLiteral("{}");
    r.startedAt = at;
    r.durationMs = 100;
    return r;
}

void report(qint64 rows, const QString &dir, const QString &pdfPath, const QString &logPath, int verifyRuns)
{
    const QString path = logPath.isEmpty() ? dir + QStringLiteral("/report-log.sqlite") : logPath;
    if (QFileInfo::exists(path)) {
        out() << "Report: the log " << path << " is reused as it is (" << mb(QFileInfo(path).size() / 1024) << ")"
              << Qt::endl;
    } else {
        RequestLogStore store;
        store.setRetention({0, 0});
        if (!store.open(path)) {
            out() << "report: " << store.errorString() << Qt::endl;
            return;
        }
        const QDateTime end = QDateTime::currentDateTimeUtc();
        const qint64 spanMs = qint64(90) * 24 * 3600 * 1000;
        QElapsedTimer fill;
        fill.start();
        constexpr int Batch = 10000;
        for (qint64 first = 0; first < rows; first += Batch) {
            QList<RequestRecord> batch;
            for (qint64 n = first; n < qMin(rows, first + Batch); ++n)
                batch << row(n, end.addMSecs(-spanMs + spanMs * n / rows));
            store.appendBatch(batch);
        }
        out() << "Report: a log of " << rows << " rows over 90 days filled (chained) in " << fill.elapsed() << " ms ("
              << QString::number(fill.elapsed() * 1000.0 / rows, 'f', 1) << " us a row; file "
              << mb(QFileInfo(path).size() / 1024) << ")" << Qt::endl;
    }
    QList<Workspace> workspaces;
    for (int w = 0; w < 20; ++w) {
        Workspace ws;
        ws.name = QStringLiteral("workspace-%1").arg(w);
        ws.siteId = QStringLiteral("site-%1").arg(w);
        ws.region = w % 2 ? Region::Eu : Region::Us;
        workspaces << ws;
    }
    ResidencyReport::Scope scope;
    // The last 30 days of the log (a reused log ends when it was filled).
    scope.to = QDateTime::currentDateTimeUtc().addSecs(1);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-end"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (db.open() && q.exec(QStringLiteral("SELECT max(started_at) FROM request_log")) && q.next())
            scope.to = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong() + 1000, Qt::UTC);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-end"));
    scope.from = scope.to.addDays(-30);
    const QByteArray key(32, 'k');
    QElapsedTimer timer;
    timer.start();
    ResidencyReport made;
    QString error;
    if (!ResidencyReportBuilder::build(path, workspaces, scope, key, &made, &error)) {
        out() << "report: " << error << Qt::endl;
        return;
    }
    const qint64 buildMs = timer.elapsed();
    const QString jsonPath = dir + QStringLiteral("/report.json");
    QFile json(jsonPath);
    json.open(QIODevice::WriteOnly);
    ReportJson::write(made, &json, &error);
    json.close();
    const qint64 totalMs = timer.elapsed();
    out() << QStringLiteral("  30-day report: %1 calls, %2 transits; built in %3 ms, JSON written in %4 ms: %5 ms "
                            "(target 10000 ms); %6; RSS peak %7")
                 .arg(made.callCount)
                 .arg(made.transits.size())
                 .arg(buildMs)
                 .arg(totalMs - buildMs)
                 .arg(totalMs)
                 .arg(mb(QFileInfo(jsonPath).size() / 1024), mb(rssKb("VmHWM:")))
          << Qt::endl;
    made = ResidencyReport();
    for (int run = 0; run < verifyRuns; ++run) {
        timer.restart();
        QByteArray bytes;
        {
            QFile in(jsonPath);
            in.open(QIODevice::ReadOnly);
            bytes = in.readAll();
        }
        const ReportJson::Verification v = ReportJson::verify(bytes, path);
        out() << QStringLiteral("  verified in %1 ms (target 5000 ms): %2, %3 rows, log checked: %4")
                     .arg(timer.elapsed())
                     .arg(v.status == ReportJson::Verification::Status::Verified ? QStringLiteral("verified")
                                                                                 : v.message)
                     .arg(v.rows)
                     .arg(v.logChecked ? QStringLiteral("yes") : v.logNote)
              << Qt::endl;
    }
    if (pdfPath.isEmpty())
        return;
    ResidencyReport small;
    scope.from = scope.to.addSecs(-3 * 3600);
    ResidencyReportBuilder::build(path, workspaces, scope, key, &small, &error);
    timer.restart();
    const QByteArray pdf = ReportPdf::render(small, &error);
    QFile pdfFile(pdfPath);
    pdfFile.open(QIODevice::WriteOnly);
    pdfFile.write(pdf);
    out() << QStringLiteral("  PDF of %1 calls (three hours) in %2 ms: %3")
                 .arg(small.callCount)
                 .arg(timer.elapsed())
                 .arg(pdfPath)
          << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("rows"), QStringLiteral("Rows of the log."), QStringLiteral("N"), QStringLiteral("1000000")},
         {QStringLiteral("workspaces"), QStringLiteral("Workspaces to check."), QStringLiteral("N"),
          QStringLiteral("500")},
         {QStringLiteral("concurrency"), QStringLiteral("Concurrencies, comma-separated."), QStringLiteral("LIST"),
          QStringLiteral("8,32")},
         {QStringLiteral("only"), QStringLiteral("fleet or report."), QStringLiteral("PART")},
         {QStringLiteral("window"), QStringLiteral("The fleet check from the window's dialog, the window shown.")},
         {QStringLiteral("pdf"), QStringLiteral("Also write a PDF of three hours."), QStringLiteral("FILE")},
         {QStringLiteral("log"), QStringLiteral("The report's log: filled when missing, else reused."),
          QStringLiteral("FILE")},
         {QStringLiteral("verify-runs"), QStringLiteral("Verifications of the report, one after the other."),
          QStringLiteral("N"), QStringLiteral("1")},
         {QStringLiteral("console"), QStringLiteral("The cio-console binary."), QStringLiteral("PATH"),
          QCoreApplication::applicationDirPath() + QStringLiteral("/../../cio-console")}});
    parser.process(app);
    QTemporaryDir dir;
    const QString only = parser.value(QStringLiteral("only"));
    if (only.isEmpty() || only == u"fleet") {
        QList<int> concurrencies;
        for (const QString &c : parser.value(QStringLiteral("concurrency")).split(u','))
            concurrencies << c.toInt();
        fleet(parser.value(QStringLiteral("console")), parser.value(QStringLiteral("workspaces")).toInt(),
              concurrencies, dir.path(), parser.isSet(QStringLiteral("window")));
    }
    if (only.isEmpty() || only == u"report")
        report(parser.value(QStringLiteral("rows")).toLongLong(), dir.path(), parser.value(QStringLiteral("pdf")),
               parser.value(QStringLiteral("log")), qMax(1, parser.value(QStringLiteral("verify-runs")).toInt()));
    return 0;
}
