// Start-up time and idle memory: Region Console against a bare Qt Widgets window (bare_window), alternated
// run by run (issue 10). Prints figures and ratios; asserts nothing.
//
// Usage: bench_startup --console PATH --bare PATH [--runs 10] [--label NAME]
//
// The platform is the environment's (QT_QPA_PLATFORM=offscreen, or xcb with DISPLAY of an Xvfb).
// Each run spawns the program with CIO_CONSOLE_STARTUP_PROBE=1 (see app/main.cpp): start-up time is from
// just before the spawn to the probe's first-paint timestamp (both CLOCK_MONOTONIC), so it includes exec,
// dynamic linking, QApplication, building the window and its first paint; memory is VmRSS 1 s after that
// first paint. Region Console runs with fresh, empty XDG config and data directories (the bench's own, never
// yours), so it opens on its built-in sandbox, as on a first start. One untimed run of each first warms the
// page cache. Lines starting with "RATIO" are collected by run-benchmarks.sh.
#include "benchoutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>

namespace {

using BenchOutput::out;

using BenchOutput::median;

struct Run
{
    bool ok = false;
    double startupMs = 0;
    double rssMb = 0;
};

Run runOnce(const QString &program, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardErrorFile(QProcess::nullDevice());
    const auto spawned = std::chrono::steady_clock::now().time_since_epoch();
    p.start(program, {});
    Run run;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    long long paintNs = 0, rssKb = 0;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() == 3 && f.at(1) == "first-paint-ns")
            paintNs = f.at(2).toLongLong();
        if (f.size() == 3 && f.at(1) == "idle-rss-kb")
            rssKb = f.at(2).toLongLong();
    }
    run.ok = paintNs > 0 && rssKb > 0;
    run.startupMs = (paintNs - static_cast<long long>(spawned.count())) / 1e6;
    run.rssMb = rssKb / 1024.0;
    return run;
}

QString fixed(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

void printRatio(const QString &name, double ratio, double target)
{
    out() << QStringLiteral("RATIO %1 %2x target<=%3x %4\n")
                 .arg(name, fixed(ratio, 2), fixed(target, 1),
                      ratio <= target ? QStringLiteral("MET") : QStringLiteral("MISSED"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("console"), QStringLiteral("cio-console binary."), QStringLiteral("PATH")},
        {QStringLiteral("bare"), QStringLiteral("bare_window binary."), QStringLiteral("PATH")},
        {QStringLiteral("runs"), QStringLiteral("Runs of each."), QStringLiteral("N"), QStringLiteral("10")},
        {QStringLiteral("label"), QStringLiteral("Name of the platform in the output."), QStringLiteral("NAME"),
         QStringLiteral("offscreen")},
    });
    parser.process(app);
    const QString console = parser.value(QStringLiteral("console"));
    const QString bare = parser.value(QStringLiteral("bare"));
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const QString label = parser.value(QStringLiteral("label"));

    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CIO_CONSOLE_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.remove(QStringLiteral("CIO_CONSOLE_ENDPOINTS"));

    runOnce(console, env);
    runOnce(bare, env);
    QList<double> consoleMs, bareMs, consoleMb, bareMb;
    int failures = 0;
    for (int i = 0; i < runs; ++i) {
        for (int side = 0; side < 2; ++side) {
            const bool isConsole = (side == 0) == (i % 2 == 0);
            const Run run = runOnce(isConsole ? console : bare, env);
            if (!run.ok) {
                ++failures;
                continue;
            }
            (isConsole ? consoleMs : bareMs) << run.startupMs;
            (isConsole ? consoleMb : bareMb) << run.rssMb;
        }
    }
    const double cMs = median(consoleMs), bMs = median(bareMs), cMb = median(consoleMb), bMb = median(bareMb);
    out() << QStringLiteral("start-up (%1): %2 alternated runs each%3\n")
                 .arg(label)
                 .arg(runs)
                 .arg(failures ? QStringLiteral("  FAILED RUNS: %1").arg(failures) : QString());
    out() << QStringLiteral("  Region Console   first paint %1 ms (min %2)   idle RSS %3 MB\n")
                 .arg(fixed(cMs),
                      fixed(consoleMs.isEmpty() ? 0 : *std::min_element(consoleMs.begin(), consoleMs.end())),
                      fixed(cMb));
    out() << QStringLiteral("  bare window      first paint %1 ms (min %2)   idle RSS %3 MB\n")
                 .arg(fixed(bMs), fixed(bareMs.isEmpty() ? 0 : *std::min_element(bareMs.begin(), bareMs.end())),
                      fixed(bMb));
    printRatio(QStringLiteral("startup-%1").arg(label), cMs / bMs, 1.5);
    printRatio(QStringLiteral("idle-rss-%1").arg(label), cMb / bMb, 1.5);
    return failures ? 1 : 0;
}
