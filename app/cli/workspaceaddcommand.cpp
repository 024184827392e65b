#include "workspaceaddcommand.h"

#include "cli.h"
#include "keycheck.h"
#include "outputformatter.h"
#include "workspaceadder.h"

WorkspaceAddCommand::WorkspaceAddCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent)
    : WorkspaceCommand(environment, synopsis, QStringLiteral("add"), parent)
{ }

void WorkspaceAddCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Workspace name."));
    addWorkspaceOptions(parser,
                        {QStringLiteral("site-id"), QStringLiteral("account"), QStringLiteral("route"),
                         QStringLiteral("app-key-stdin"), QStringLiteral("no-verify"), QStringLiteral("timeout")});
}

void WorkspaceAddCommand::runWorkspace(ConsoleSession *session)
{
    Workspace workspace;
    if (!nameArgument(&workspace.name))
        return;
    workspace.siteId = value(QStringLiteral("site-id"));
    workspace.account = value(QStringLiteral("account"));
    if (!routeOption(&workspace.route))
        return;
    for (const QString &error : {validateWorkspaceName(workspace.name), validateSiteId(workspace.siteId),
                                 validateAccountName(workspace.account)}) {
        if (!error.isEmpty()) {
            fail(Cli::UsageError, error);
            return;
        }
    }
    if (session->repository()->find(workspace.name)) {
        fail(Cli::UsageError, tr("Workspace name: a workspace named \"%1\" already exists").arg(workspace.name));
        return;
    }
    // The Track API key on the first line of standard input, the App API key on the second.
    const bool withAppKey = isSet(QStringLiteral("app-key-stdin"));
    const QString trackKey = readSecretLine(tr("Track API key: "));
    const QString appKey = withAppKey ? readSecretLine(tr("App API key: ")) : QString();
    QString error = validateApiKey(tr("Track API key (stdin)"), trackKey);
    if (error.isEmpty() && withAppKey)
        error = validateApiKey(tr("App API key (stdin)"), appKey);
    if (!error.isEmpty()) {
        fail(Cli::UsageError, error);
        return;
    }
    workspace.hasAppApiKey = !appKey.isEmpty();
    if (isSet(QStringLiteral("no-verify")))
        store(workspace, trackKey, appKey);
    else
        check(workspace, trackKey, appKey);
}

// "Test credentials" before anything is stored: the region call (it answers on either host).
void WorkspaceAddCommand::check(const Workspace &workspace, const QString &trackKey, const QString &appKey)
{
    if (!prepareCheck())
        return;
    RegionDetector *detector = session()->configuredDetector();
    if (!detector) {
        fail(Cli::UsageError, session()->endpointError());
        return;
    }
    // The App API key too, on the account's own App API host (KeyCheck), as the window does.
    checkKeys(detector, workspace.name, {workspace.siteId, trackKey}, appKey, this,
              [this, workspace, trackKey, appKey](const KeyCheck &check) {
                  const RegionInfo &info = check.region;
                  Workspace verified = workspace;
                  if (info.ok) {
                      rememberDetection(&verified, info);
                      output().credentialsAccepted(info.region, info.environmentId);
                  } else if (check.trackRejected()) {
                      fail(Cli::CallFailed, tr("workspace \"%1\" was not added: %2").arg(workspace.name, info.error));
                      return;
                  } else {
                      output().credentialsUnchecked(info.error, workspace.name, true);
                  }
                  if (check.appKeyRejected()) {
                      fail(Cli::CallFailed,
                           tr("workspace \"%1\" was not added: %2").arg(workspace.name, check.appKeyError()));
                      return;
                  }
                  store(verified, trackKey, appKey);
              });
}

void WorkspaceAddCommand::store(const Workspace &workspace, const QString &trackKey, const QString &appKey)
{
    auto *adder = new WorkspaceAdder(session()->keychain(), session()->settings(), this);
    adder->start(workspace, trackKey, appKey, [this, workspace](const WorkspaceAdder::Result &result) {
        switch (result.status) {
        case WorkspaceAdder::Result::Status::Saved:
            output().workspaceAdded(workspace);
            finish(Cli::Success);
            return;
        case WorkspaceAdder::Result::Status::NameTaken:
            fail(Cli::UsageError, result.error);
            return;
        case WorkspaceAdder::Result::Status::KeychainFailed:
            fail(Cli::CredentialsUnavailable, result.error);
            return;
        case WorkspaceAdder::Result::Status::SettingsFailed:
        case WorkspaceAdder::Result::Status::Cancelled: // never cancelled here
            fail(Cli::CredentialsUnavailable,
                 tr("workspace \"%1\" was not added: %2").arg(workspace.name, result.error));
            return;
        }
    });
}
