#include "logdiffcommand.h"

#include "calldiff.h"
#include "cli.h"
#include "requestlogstore.h"

#include <QTextStream>

LogDiffCommand::LogDiffCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent)
    : LogCommand(environment, synopsis, QStringLiteral("diff"), parent)
{ }

void LogDiffCommand::addOptions(QCommandLineParser &parser)
{
    addLogOptions(parser, {}, false);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The first call's number (left)."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The second call's number (right)."));
}

void LogDiffCommand::runLog()
{
    const RequestLogStore *store = openLog();
    if (!store)
        return;
    const std::optional<RequestRecord> left = storedCall(*store, ids().at(0));
    if (!left)
        return;
    const std::optional<RequestRecord> right = storedCall(*store, ids().at(1));
    if (!right)
        return;
    out() << CallDiff::plainText(*left, *right, CallDiff::compare(*left, *right));
    out().flush();
    finish(Cli::Success);
}
