// Issue 18: checking a Pipelines /batch of 500,000 bytes before it is sent, as `send --api pipelines batch
// --data @FILE` does: the JSON text parsed (duplicate keys included, parseJsonObjectText()), every item
// checked (TrackCall::validate()) and the body written (TrackCall::body()). Prints the median of 20 runs in
// milliseconds, wall clock and this thread's CPU time (the cost on a busy machine), against the target of
// 50 ms for parse and validate, and the peak resident memory one run adds (VmHWM after, reset with
// /proc/self/clear_refs, minus VmRSS before). docs/performance.md records the figures.
//   cmake --build build/default --target bench_pipelines && build/default/tests/bench/bench_pipelines
#include "benchoutput.h"

#include "callinput.h"
#include "callproblem.h"
#include "trackcall.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <ctime>

namespace {
using BenchOutput::out;

qint64 statusKb(const char *field)
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

// Linux: "5" resets the peak resident size (VmHWM) to the current one.
bool resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

// A /batch body of about `bytes` bytes: typed calls of every kind, ~2 KB each, with multi-byte text.
QByteArray batchText(qsizetype bytes)
{
    const QStringList types = {QStringLiteral("identify"), QStringLiteral("track"), QStringLiteral("page"),
                               QStringLiteral("screen"),   QStringLiteral("group"), QStringLiteral("alias")};
    QJsonArray items;
    qsizetype size = 12;
    for (int i = 0; size < bytes - 2200; ++i) {
        const QString type = types.at(i % types.size());
        QJsonObject item {{QStringLiteral("type"), type},
                          {QStringLiteral("userId"), QStringLiteral("user-%1").arg(i)},
                          {QStringLiteral("timestamp"), QStringLiteral("2025-11-29T08:00:00.000Z")},
                          {QStringLiteral("messageId"), QStringLiteral("m-%1").arg(i)}};
        item.insert(QStringLiteral("event"), QStringLiteral("Course Started"));
        item.insert(QStringLiteral("name"), QStringLiteral("Pricing"));
        item.insert(QStringLiteral("groupId"), QStringLiteral("acme"));
        item.insert(QStringLiteral("previousId"), QStringLiteral("anon-%1").arg(i));
        QJsonObject properties;
        for (int p = 0; p < 20; ++p)
            properties.insert(QStringLiteral("key_%1").arg(p), QStringLiteral("Wert ü € %1 ").arg(p).repeated(5));
        item.insert(type == u"identify" || type == u"group" ? QStringLiteral("traits") : QStringLiteral("properties"),
                    properties);
        items.append(item);
        size += QJsonDocument(item).toJson(QJsonDocument::Compact).size() + 1;
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("batch"), items}}).toJson(QJsonDocument::Indented);
}

double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct Run
{
    double parseMs = 0;
    double validateMs = 0;
    double bodyMs = 0;
    double checkCpuMs = 0; // parse and validate, CPU time
    qsizetype problems = 0;
    qsizetype bodyBytes = 0;
};

Run once(const QByteArray &text)
{
    Run r;
    QElapsedTimer t;
    t.start();
    const double cpu = cpuMs();
    TrackCall call;
    call.kind = CallKind::PipelinesBatch;
    CallProblem problem;
    if (!parseJsonObjectText(text, &call.data, &problem))
        r.problems = -1;
    r.parseMs = t.nsecsElapsed() / 1e6;
    t.restart();
    r.problems += call.validate().size();
    r.validateMs = t.nsecsElapsed() / 1e6;
    r.checkCpuMs = cpuMs() - cpu;
    t.restart();
    r.bodyBytes = call.body().size();
    r.bodyMs = t.nsecsElapsed() / 1e6;
    return r;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray text = batchText(PipelinesLimits::BatchBytes);
    once(text); // warm-up: the call tables, the allocator

    const qint64 before = statusKb("VmRSS:");
    const bool peakReset = resetPeak();
    const Run first = once(text);
    const qint64 peak = statusKb("VmHWM:");

    QList<double> parse, validate, body, check, checkCpu;
    for (int i = 0; i < 20; ++i) {
        const Run r = once(text);
        parse << r.parseMs;
        validate << r.validateMs;
        body << r.bodyMs;
        check << r.parseMs + r.validateMs;
        checkCpu << r.checkCpuMs;
    }
    using BenchOutput::median;
    out() << QStringLiteral("Pipelines /batch of %1 bytes as typed (%2 bytes sent), %3 problem(s)\n")
                 .arg(text.size())
                 .arg(first.bodyBytes)
                 .arg(first.problems);
    out() << QStringLiteral("  median of 20: parse %1 ms + validate %2 ms = %3 ms (CPU %4 ms; target under 50 ms); "
                            "writing the body %5 ms\n")
                 .arg(median(parse), 0, 'f', 1)
                 .arg(median(validate), 0, 'f', 1)
                 .arg(median(check), 0, 'f', 1)
                 .arg(median(checkCpu), 0, 'f', 1)
                 .arg(median(body), 0, 'f', 1);
    out() << QStringLiteral("  peak resident memory of one run: +%1 MB over %2 MB%3\n")
                 .arg((peak - before) / 1024.0, 0, 'f', 1)
                 .arg(before / 1024.0, 0, 'f', 1)
                 .arg(peakReset ? QString() : QStringLiteral(" (peak not reset: the figure includes earlier peaks)"));
    out().flush();
    return 0;
}
