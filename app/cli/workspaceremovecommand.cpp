#include "workspaceremovecommand.h"

#include "cli.h"
#include "outputformatter.h"
#include "workspaceremover.h"

WorkspaceRemoveCommand::WorkspaceRemoveCommand(const CliEnvironment &environment, const QString &synopsis,
                                               QObject *parent)
    : WorkspaceCommand(environment, synopsis, QStringLiteral("remove"), parent)
{ }

void WorkspaceRemoveCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The workspace to remove."));
    addWorkspaceOptions(parser, {});
}

void WorkspaceRemoveCommand::runWorkspace(ConsoleSession *session)
{
    QString name;
    if (!nameArgument(&name))
        return;
    const std::optional<Workspace> workspace = session->repository()->find(name);
    if (!workspace) {
        fail(Cli::UsageError, tr("workspace remove: no workspace named \"%1\"").arg(name));
        return;
    }
    auto *remover = new WorkspaceRemover(session->keychain(), session->settings(), this);
    remover->start(*workspace, [this, name](const WorkspaceRemover::Result &result) {
        if (result.status != WorkspaceRemover::Result::Status::Removed) {
            fail(Cli::CredentialsUnavailable, result.error);
            return;
        }
        output().workspaceRemoved(name);
        finish(Cli::Success);
    });
}
