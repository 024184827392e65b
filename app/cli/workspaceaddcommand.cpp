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
                         QStringLiteral("app-key-stdin"), QStringLiteral("pipelines-source"),
                         QStringLiteral("no-verify"), QStringLiteral("timeout")});
}

void WorkspaceAddCommand::runWorkspace(ConsoleSession *session)
{
    Workspace workspace;
    if (!nameArgument(&workspace.name))
        return;
    workspace.siteId = value(QStringLiteral("site-id"));
    workspace.account = value(QStringLiteral("account"));
    if (!routeOption(&workspace.route) || !pipelinesSourceOptions(&workspace.pipelinesSources))
        return;
    // Without --site-id the workspace is Pipelines-only: it needs a source.
    const bool withTrack = isSet(QStringLiteral("site-id"));
    const bool withAppKey = isSet(QStringLiteral("app-key-stdin"));
    for (const QString &error :
         {validateWorkspaceName(workspace.name), withTrack ? validateSiteId(workspace.siteId) : QString(),
          validateAccountName(workspace.account),
          validateCredentialSet(workspace.siteId, withTrack, withAppKey, int(workspace.pipelinesSources.size()))}) {
        if (!error.isEmpty()) {
            fail(Cli::UsageError, error);
            return;
        }
    }
    if (session->repository()->find(workspace.name)) {
        fail(Cli::UsageError, tr("Workspace name: a workspace named \"%1\" already exists").arg(workspace.name));
        return;
    }
    // The Track API key on the first line of standard input, the App API key on the second, then one line
    // for each Pipelines source, in the order given.
    WorkspaceKeys keys;
    keys.trackApiKey = withTrack ? readSecretLine(tr("Track API key: ")) : QString();
    keys.appApiKey = withAppKey ? readSecretLine(tr("App API key: ")) : QString();
    QString error = withTrack ? validateApiKey(tr("Track API key (stdin)"), keys.trackApiKey) : QString();
    if (error.isEmpty() && withAppKey)
        error = validateApiKey(tr("App API key (stdin)"), keys.appApiKey);
    if (!error.isEmpty()) {
        fail(Cli::UsageError, error);
        return;
    }
    if (!readPipelinesKeys(workspace.pipelinesSources, &keys.pipelinesApiKeys))
        return;
    workspace.hasAppApiKey = !keys.appApiKey.isEmpty();
    // A Pipelines source's key cannot be checked without sending data: only Track credentials are.
    if (isSet(QStringLiteral("no-verify")) || !workspace.hasTrackCredentials())
        store(workspace, keys);
    else
        check(workspace, keys);
}

// "Test credentials" before anything is stored: the region call (it answers on either host).
void WorkspaceAddCommand::check(const Workspace &workspace, const WorkspaceKeys &keys)
{
    const QString &trackKey = keys.trackApiKey;
    const QString &appKey = keys.appApiKey;
    if (!prepareCheck())
        return;
    RegionDetector *detector = session()->configuredDetector();
    if (!detector) {
        fail(Cli::UsageError, session()->endpointError());
        return;
    }
    // The App API key too, on the account's own App API host (KeyCheck), as the window does.
    checkKeys(detector, workspace.name, {workspace.siteId, trackKey}, appKey, this,
              [this, workspace, keys](const KeyCheck &check) {
                  const RegionInfo &info = check.region;
                  Workspace verified = workspace;
                  QString unchecked; // why the credentials could not be checked: said once the workspace is added
                  if (info.ok) {
                      rememberDetection(&verified, info);
                      output().credentialsAccepted(info.region, info.environmentId);
                  } else if (check.trackRejected()) {
                      fail(Cli::CallFailed, tr("workspace \"%1\" was not added: %2").arg(workspace.name, info.error));
                      return;
                  } else {
                      unchecked = info.error;
                  }
                  if (check.appKeyRejected()) {
                      fail(Cli::CallFailed,
                           tr("workspace \"%1\" was not added: %2").arg(workspace.name, check.appKeyError()));
                      return;
                  }
                  store(verified, keys, unchecked);
              });
}

void WorkspaceAddCommand::store(const Workspace &workspace, const WorkspaceKeys &keys, const QString &unchecked)
{
    auto *adder = new WorkspaceAdder(session()->keychain(), session()->settings(), this);
    adder->start(workspace, keys, [this, workspace, unchecked](const WorkspaceAdder::Result &result) {
        switch (result.status) {
        case WorkspaceAdder::Result::Status::Saved:
            output().workspaceAdded(workspace);
            if (!unchecked.isEmpty())
                output().credentialsUnchecked(unchecked, workspace.name, true);
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
