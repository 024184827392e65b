#include "workspacelistcommand.h"

#include "cli.h"
#include "outputformatter.h"

WorkspaceListCommand::WorkspaceListCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent)
    : WorkspaceCommand(environment, synopsis, QStringLiteral("list"), parent)
{ }

void WorkspaceListCommand::addOptions(QCommandLineParser &parser)
{
    addWorkspaceOptions(parser, {QStringLiteral("json")});
}

void WorkspaceListCommand::runWorkspace(ConsoleSession *session)
{
    if (!expectPositional(0, QStringLiteral("workspace list")))
        return;
    output(isSet(QStringLiteral("json"))).workspaces(session->repository()->list());
    finish(Cli::Success);
}
