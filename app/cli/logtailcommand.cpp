#include "logtailcommand.h"

#include "cli.h"
#include "outputformatter.h"

#include <algorithm>

LogTailCommand::LogTailCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent)
    : LogCommand(environment, synopsis, QStringLiteral("tail"), parent)
{ }

void LogTailCommand::addOptions(QCommandLineParser &parser)
{
    addLogOptions(parser, {QStringLiteral("n"), QStringLiteral("json")}, true);
}

void LogTailCommand::runLog()
{
    bool ok = false;
    const int lines = value(QStringLiteral("n")).toInt(&ok);
    if (!ok || lines < 1 || lines > 100000) {
        fail(Cli::UsageError,
             tr("-n: must be a number of calls between 1 and 100000 (got \"%1\")").arg(value(QStringLiteral("n"))));
        return;
    }
    const RequestLogStore *store = openLog();
    if (!store)
        return;
    QList<RequestLogEntry> entries = store->fetchOlder(filter(), 0, lines);
    std::reverse(entries.begin(), entries.end());
    output(isSet(QStringLiteral("json"))).logEntries(entries, !filter().isEmpty());
    finish(Cli::Success);
}
