// Request overhead and region detection: TrackClient against curl on the same sandbox, alternated round by
// round (issue 10). Prints figures and ratios; asserts nothing.
//
// Usage: bench_requests --endpoints FILE [--count 1000] [--rounds 5] [--region-rounds 20] [--curl PATH]
//                       [--console PATH] [--only direct|redirect|region|cli] [--client-only]
//
//   direct    COUNT sequential customer events (POST /api/v1/customers/{id}/events, US account via the US
//             host) through one TrackClient, against one curl process sending the same COUNT requests
//             (same method, path, body, Authorization, Accept, Content-Type, User-Agent) over one keep-alive
//             connection. Both sides first make one untimed request, so connection set-up is excluded;
//             curl's figure is wall(1 + COUNT URLs) - wall(1 URL), which also takes out its process start.
//   redirect  the same with the EU account via the US host: every call is 301 to the EU host and is
//             re-sent there; curl follows with -L --location-trusted (re-sends Authorization to the other
//             port) --post301 (keeps POST and the body, as TrackClient does).
//   region    GET /api/v1/accounts/region on a cold connection, in-process on both sides: a fresh
//             TrackClient + RegionDetector (connect, request, parse the answer into RegionInfo) against
//             curl's own time_total of one GET (connect, request, read; curl's process start excluded).
//             Then the window's case, with no target: detect() on a TrackClient that already has a
//             connection open, against the second of two GETs curl sends over one connection.
//   cli       the same region call as whole processes: `cio-console region --site-id ID --json` against
//             `curl` (wall clock from spawn to exit; information, no target).
//   --client-only  runs only the TrackClient side of --only (for callgrind: no child processes).
//
// Every figure is a median over rounds; each round runs both sides back to back, in alternating order.
// The sandbox's stored people and request log are cleared before each batch so every batch sees the same
// sandbox state. Lines starting with "RATIO" are collected by run-benchmarks.sh.
#include "benchoutput.h"

#include "endpointtable.h"
#include "regiondetector.h"
#include "trackcall.h"
#include "trackclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

#include <sys/resource.h>
#include <time.h>

namespace {

using BenchOutput::out;

using BenchOutput::median;

QString ms(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

// CPU time of this process (every thread) and of its waited-for children, in ms.
double processCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double childrenCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

void printRatio(const QString &name, double ratio, double target)
{
    out() << QStringLiteral("RATIO %1 %2x target<=%3x %4\n")
                 .arg(name, ms(ratio, 2), ms(target, 1),
                      ratio <= target ? QStringLiteral("MET") : QStringLiteral("MISSED"));
    out().flush();
}

struct Account
{
    TrackCredentials credentials;
    Region via = Region::Us;
};

const Account kUsAccount {{QStringLiteral("demo-us-site"), QStringLiteral("demo-us-track-key")}, Region::Us};
// An EU account sent via the US host: the sandbox answers 301 to the EU host (Customer.io's behaviour).
const Account kEuViaUs {{QStringLiteral("demo-eu-site"), QStringLiteral("demo-eu-track-key")}, Region::Us};

TrackCall benchEvent(int i)
{
    return TrackCall::event(
        QStringLiteral("bench-person-%1").arg(i % 10), QStringLiteral("bench_event"),
        QJsonObject {{QStringLiteral("plan"), QStringLiteral("pro")}, {QStringLiteral("seats"), 12}});
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

// Sends calls [first, first + count) one after the other; returns the elapsed and CPU ms, counts failures.
Timing clientBatch(TrackClient &client, const Account &account, int first, int count, int *failures)
{
    QEventLoop loop;
    QElapsedTimer timer;
    int next = first;
    const int end = first + count;
    std::function<void()> sendNext = [&] {
        client.send(benchEvent(next++), account.credentials, account.via, {}, &loop, [&](const RequestRecord &record) {
            if (!record.succeeded())
                ++*failures;
            if (next < end)
                sendNext();
            else
                loop.quit();
        });
    };
    const double cpu = processCpuMs();
    timer.start();
    sendNext();
    loop.exec();
    return {timer.nsecsElapsed() / 1e6, processCpuMs() - cpu};
}

// One fresh TrackClient: one untimed call opens the connection, then `count` timed calls.
Timing clientRun(const EndpointTable &endpoints, const Account &account, int count, int *failures)
{
    TrackClient client(endpoints);
    clientBatch(client, account, 0, 1, failures);
    return clientBatch(client, account, 1, count, failures);
}

class Bench
{
public:
    Bench(const EndpointTable &endpoints, QString curl, QString console, QString endpointsFile)
        : m_endpoints(endpoints)
        , m_curl(std::move(curl))
        , m_console(std::move(console))
        , m_endpointsFile(std::move(endpointsFile))
    { }

    void requests(const QString &name, const Account &account, int count, int rounds, bool clientOnly, double target);
    void region(int rounds, bool clientOnly);
    void cli(int rounds);

private:
    struct CurlRun
    {
        double wallMs = 0;
        double cpuMs = 0;
        double sumTimeTotalMs = 0;
        int failures = 0;
    };
    CurlRun curlRun(const Account &account, int urls);
    void resetSandbox();
    QByteArray authArgs(const Account &account) const;

    EndpointTable m_endpoints;
    QString m_curl;
    QString m_console;
    QString m_endpointsFile;
    QTemporaryDir m_dir;
};

void Bench::resetSandbox()
{
    const QString base = m_endpoints.trackUrl(Region::Us).toString();
    QProcess p;
    p.start(m_curl,
            {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-X"),
             QStringLiteral("DELETE"), base + QStringLiteral("/__sandbox/people"), QStringLiteral("-o"),
             QStringLiteral("/dev/null"), QStringLiteral("-X"), QStringLiteral("DELETE"),
             base + QStringLiteral("/__sandbox/requests")});
    p.waitForFinished();
}

// curl sending `urls` requests (call i = benchEvent(i)) over one connection per host, from a config file.
Bench::CurlRun Bench::curlRun(const Account &account, int urls)
{
    const QString configPath =
        m_dir.filePath(QStringLiteral("curl-%1-%2.cfg").arg(account.credentials.siteId).arg(urls));
    if (!QFile::exists(configPath)) {
        QFile config(configPath);
        config.open(QIODevice::WriteOnly);
        const QString base = m_endpoints.trackUrl(account.via).toString();
        QByteArray text;
        text += "silent\nshow-error\nuser = \"" + account.credentials.siteId.toUtf8() + ':'
            + account.credentials.trackApiKey.toUtf8() + "\"\n";
        text += "header = \"Accept: application/json\"\nheader = \"Content-Type: application/json\"\n";
        text += "user-agent = \"RegionConsole/" CIO_VERSION "\"\n";
        text += "write-out = \"%{http_code} %{time_total}\\n\"\n";
        text += "location\nlocation-trusted\npost301\npost302\npost303\n";
        // Every call has the same body shape; the identifier differs by i % 10, as in clientBatch.
        text += "data-binary = @" + m_dir.filePath(QStringLiteral("body.json")).toUtf8() + '\n';
        for (int i = 0; i < urls; ++i) {
            const TrackCall call = benchEvent(i);
            text += "url = \"" + base.toUtf8() + call.encodedPath().toUtf8() + "\"\noutput = \"/dev/null\"\n";
        }
        config.write(text);
        QFile body(m_dir.filePath(QStringLiteral("body.json")));
        body.open(QIODevice::WriteOnly);
        body.write(benchEvent(0).body());
    }
    QProcess p;
    QElapsedTimer timer;
    const double cpu = childrenCpuMs();
    timer.start();
    p.start(m_curl, {QStringLiteral("--config"), configPath});
    p.waitForFinished(-1);
    CurlRun run;
    run.wallMs = timer.nsecsElapsed() / 1e6;
    run.cpuMs = childrenCpuMs() - cpu;
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() != 2 || fields.at(0) != "200")
            ++run.failures;
        else
            run.sumTimeTotalMs += fields.at(1).toDouble() * 1000;
    }
    run.failures += urls - int(lines.size());
    return run;
}

void Bench::requests(const QString &name, const Account &account, int count, int rounds, bool clientOnly, double target)
{
    QList<double> client, clientCpu, curlMarginal, curlCpu, curlSum;
    int clientFailures = 0, curlFailures = 0;
    for (int round = 0; round < rounds; ++round) {
        const bool clientFirst = round % 2 == 0;
        for (int side = 0; side < 2; ++side) {
            resetSandbox();
            if ((side == 0) == clientFirst) {
                const Timing t = clientRun(m_endpoints, account, count, &clientFailures);
                client << t.wallMs;
                clientCpu << t.cpuMs;
            } else if (!clientOnly) {
                const CurlRun one = curlRun(account, 1);
                resetSandbox();
                const CurlRun many = curlRun(account, 1 + count);
                curlFailures += one.failures + many.failures;
                curlMarginal << many.wallMs - one.wallMs;
                curlCpu << many.cpuMs - one.cpuMs;
                curlSum << many.sumTimeTotalMs - one.sumTimeTotalMs;
            }
        }
    }
    const double c = median(client);
    out() << QStringLiteral("%1: %2 sequential calls, %3 rounds\n").arg(name).arg(count).arg(rounds);
    const double cc = median(clientCpu);
    out() << QStringLiteral("  TrackClient              %1 ms  (%2 ms/call; CPU %3 ms/call)%4\n")
                 .arg(ms(c), ms(c / count, 3), ms(cc / count, 3),
                      clientFailures ? QStringLiteral("  FAILURES: %1").arg(clientFailures) : QString());
    if (clientOnly) {
        out().flush();
        return;
    }
    const double k = median(curlMarginal);
    const double kc = median(curlCpu);
    out() << QStringLiteral("  curl keep-alive          %1 ms  (%2 ms/request; CPU %3 ms/request; sum of its "
                            "time_total %4 ms)%5\n")
                 .arg(ms(k), ms(k / count, 3), ms(kc / count, 3), ms(median(curlSum)),
                      curlFailures ? QStringLiteral("  FAILURES: %1").arg(curlFailures) : QString());
    QStringList perRound;
    for (int i = 0; i < client.size() && i < curlMarginal.size(); ++i)
        perRound << ms(client.at(i) / curlMarginal.at(i), 2);
    out() << QStringLiteral("  per round (client/curl)  %1\n").arg(perRound.join(QStringLiteral(" ")));
    printRatio(name, c / k, target);
    out() << QStringLiteral("INFO %1-cpu %2x (client CPU per call / curl CPU per request)\n").arg(name, ms(cc / kc, 2));
    out().flush();
}

void Bench::region(int rounds, bool clientOnly)
{
    // The first QNetworkAccessManager request of a process loads Qt's network back-ends; measured once.
    QList<double> client, curlTotal, curlWall;
    double firstInProcess = -1;
    for (int round = 0; round < rounds + 1; ++round) {
        const bool clientFirst = round % 2 == 0;
        for (int side = 0; side < 2; ++side) {
            if ((side == 0) == clientFirst) {
                QEventLoop loop;
                QElapsedTimer timer;
                timer.start();
                TrackClient trackClient(m_endpoints);
                RegionDetector detector(&trackClient);
                bool ok = false;
                detector.detect(kEuViaUs.credentials, Region::Us, QString(), &loop,
                                [&](const RegionInfo &info, const RequestRecord &) {
                                    ok = info.ok && info.region == Region::Eu;
                                    loop.quit();
                                });
                loop.exec();
                const double elapsed = timer.nsecsElapsed() / 1e6;
                if (!ok)
                    out() << "  region detection FAILED\n";
                if (firstInProcess < 0)
                    firstInProcess = elapsed;
                else
                    client << elapsed;
            } else if (!clientOnly) {
                QProcess p;
                const QString url =
                    m_endpoints.trackUrl(Region::Us).toString() + QStringLiteral("/api/v1/accounts/region");
                QElapsedTimer timer;
                timer.start();
                p.start(m_curl,
                        {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                         QStringLiteral("%{time_total}"), QStringLiteral("-u"),
                         kEuViaUs.credentials.siteId + u':' + kEuViaUs.credentials.trackApiKey, QStringLiteral("-H"),
                         QStringLiteral("Accept: application/json"), url});
                p.waitForFinished(-1);
                if (round > 0) {
                    curlWall << timer.nsecsElapsed() / 1e6;
                    curlTotal << p.readAllStandardOutput().toDouble() * 1000;
                }
            }
        }
    }
    const double c = median(client);
    out() << QStringLiteral("region (in-process, cold connection): %1 rounds\n").arg(rounds);
    out() << QStringLiteral("  TrackClient+RegionDetector  %1 ms  (first in the process, not counted: %2 ms)\n")
                 .arg(ms(c, 2), ms(firstInProcess, 2));
    if (clientOnly) {
        out().flush();
        return;
    }
    const double k = median(curlTotal);
    out() << QStringLiteral("  curl time_total             %1 ms  (curl process wall %2 ms)\n")
                 .arg(ms(k, 2), ms(median(curlWall), 2));
    printRatio(QStringLiteral("region-in-process"), c / k, 1.2);

    // The window's case: its TrackClient lives on and already has a connection open to the host.
    QList<double> warmClient, warmCurl;
    TrackClient trackClient(m_endpoints);
    RegionDetector detector(&trackClient);
    const QString url = m_endpoints.trackUrl(Region::Us).toString() + QStringLiteral("/api/v1/accounts/region");
    for (int round = 0; round < rounds + 1; ++round) {
        QEventLoop loop;
        QElapsedTimer timer;
        timer.start();
        detector.detect(kEuViaUs.credentials, Region::Us, QString(), &loop,
                        [&](const RegionInfo &, const RequestRecord &) { loop.quit(); });
        loop.exec();
        if (round > 0)
            warmClient << timer.nsecsElapsed() / 1e6;
        QProcess p; // two GETs on one connection: the second one's time_total
        p.start(m_curl,
                {QStringLiteral("-s"), QStringLiteral("-w"), QStringLiteral("%{time_total}\\n"), QStringLiteral("-o"),
                 QStringLiteral("/dev/null"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-u"),
                 kEuViaUs.credentials.siteId + u':' + kEuViaUs.credentials.trackApiKey, QStringLiteral("-H"),
                 QStringLiteral("Accept: application/json"), url, url});
        p.waitForFinished(-1);
        if (round > 0)
            warmCurl << p.readAllStandardOutput().trimmed().split('\n').last().toDouble() * 1000;
    }
    const double wc = median(warmClient), wk = median(warmCurl);
    out() << QStringLiteral("region (in-process, connection already open): %1 rounds\n").arg(rounds);
    out() << QStringLiteral("  TrackClient+RegionDetector  %1 ms\n").arg(ms(wc, 2));
    out() << QStringLiteral("  curl time_total (2nd GET)   %1 ms\n").arg(ms(wk, 2));
    out() << QStringLiteral("INFO region-warm %1x (no target)\n").arg(ms(wc / wk, 2));
    out().flush();
}

void Bench::cli(int rounds)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CIO_CONSOLE_ENDPOINTS"), m_endpointsFile);
    env.insert(QStringLiteral("CIO_TRACK_API_KEY"), kEuViaUs.credentials.trackApiKey);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    const QString url = m_endpoints.trackUrl(Region::Us).toString() + QStringLiteral("/api/v1/accounts/region");
    QList<double> console, curl;
    int failures = 0;
    for (int round = 0; round < rounds + 1; ++round) { // round 0 warms the page cache, not counted
        const bool consoleFirst = round % 2 == 0;
        for (int side = 0; side < 2; ++side) {
            QProcess p;
            p.setProcessEnvironment(env);
            const bool isConsole = (side == 0) == consoleFirst;
            QElapsedTimer timer;
            timer.start();
            if (isConsole) {
                p.start(m_console,
                        {QStringLiteral("region"), QStringLiteral("--site-id"), kEuViaUs.credentials.siteId,
                         QStringLiteral("--json")});
            } else {
                p.start(m_curl,
                        {QStringLiteral("-s"), QStringLiteral("-u"),
                         kEuViaUs.credentials.siteId + u':' + kEuViaUs.credentials.trackApiKey, QStringLiteral("-H"),
                         QStringLiteral("Accept: application/json"), url});
            }
            p.waitForFinished(-1);
            const double elapsed = timer.nsecsElapsed() / 1e6;
            if (p.exitCode() != 0 || !p.readAllStandardOutput().contains("\"eu\""))
                ++failures;
            if (round > 0)
                (isConsole ? console : curl) << elapsed;
        }
    }
    const double c = median(console), k = median(curl);
    out() << QStringLiteral("region (whole processes, spawn to exit): %1 rounds%2\n")
                 .arg(rounds)
                 .arg(failures ? QStringLiteral("  FAILURES: %1").arg(failures) : QString());
    out() << QStringLiteral("  cio-console region --json   %1 ms\n").arg(ms(c, 1));
    out() << QStringLiteral("  curl                        %1 ms\n").arg(ms(k, 1));
    out() << QStringLiteral(
                 "INFO region-process %1x (no target: process start of a Qt program, see docs/performance.md)\n")
                 .arg(ms(c / k, 2));
    out().flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("endpoints"), QStringLiteral("CIO_CONSOLE_ENDPOINTS file of a running sandbox."),
         QStringLiteral("FILE")},
        {QStringLiteral("count"), QStringLiteral("Calls per batch."), QStringLiteral("N"), QStringLiteral("1000")},
        {QStringLiteral("rounds"), QStringLiteral("Batches per side."), QStringLiteral("N"), QStringLiteral("5")},
        {QStringLiteral("region-rounds"), QStringLiteral("Region calls per side."), QStringLiteral("N"),
         QStringLiteral("20")},
        {QStringLiteral("curl"), QStringLiteral("curl binary."), QStringLiteral("PATH"), QStringLiteral("curl")},
        {QStringLiteral("console"), QStringLiteral("cio-console binary (for --only cli)."), QStringLiteral("PATH")},
        {QStringLiteral("only"), QStringLiteral("direct, redirect, region or cli."), QStringLiteral("NAME")},
        {QStringLiteral("client-only"), QStringLiteral("TrackClient side only (no child processes).")},
    });
    parser.process(app);
    QFile file(parser.value(QStringLiteral("endpoints")));
    EndpointTable endpoints;
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !EndpointTable::fromJson(file.readAll(), &endpoints, &error)) {
        out() << "bench_requests: --endpoints: cannot read " << file.fileName() << ' ' << error << '\n';
        return 2;
    }
    const int count = parser.value(QStringLiteral("count")).toInt();
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    const int regionRounds = parser.value(QStringLiteral("region-rounds")).toInt();
    const bool clientOnly = parser.isSet(QStringLiteral("client-only"));
    const QString only = parser.value(QStringLiteral("only"));
    Bench bench(endpoints, parser.value(QStringLiteral("curl")), parser.value(QStringLiteral("console")),
                file.fileName());
    if (only.isEmpty() || only == u"direct")
        bench.requests(QStringLiteral("direct"), kUsAccount, count, rounds, clientOnly, 1.2);
    if (only.isEmpty() || only == u"redirect")
        bench.requests(QStringLiteral("redirect"), kEuViaUs, count, rounds, clientOnly, 1.2);
    if (only.isEmpty() || only == u"region")
        bench.region(regionRounds, clientOnly);
    if ((only.isEmpty() && !parser.value(QStringLiteral("console")).isEmpty()) || only == u"cli")
        bench.cli(regionRounds);
    return 0;
}
