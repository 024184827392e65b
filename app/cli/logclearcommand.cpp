#include "logclearcommand.h"

#include "cli.h"
#include "outputformatter.h"

LogClearCommand::LogClearCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent)
    : LogCommand(environment, synopsis, QStringLiteral("clear"), parent)
{ }

void LogClearCommand::addOptions(QCommandLineParser &parser)
{
    addLogOptions(parser, {}, true);
}

void LogClearCommand::runLog()
{
    RequestLogStore *store = openLog();
    if (!store)
        return;
    const qint64 removed = store->clearMatching(filter());
    if (removed < 0) {
        fail(Cli::CallFailed, tr("request log: %1").arg(store->errorString()));
        return;
    }
    output().logCleared(removed, store->path());
    finish(Cli::Success);
}
