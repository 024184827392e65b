#include "workspaceeditcommand.h"

#include "appidentity.h"
#include "cli.h"
#include "outputformatter.h"
#include "workspaceedit.h"

WorkspaceEditCommand::WorkspaceEditCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent)
    : WorkspaceCommand(environment, synopsis, QStringLiteral("edit"), parent)
{ }

void WorkspaceEditCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The workspace to change."));
    addWorkspaceOptions(parser,
                        {QStringLiteral("name"), QStringLiteral("site-id"), QStringLiteral("account"),
                         QStringLiteral("route"), QStringLiteral("track-key-stdin"), QStringLiteral("app-key-stdin"),
                         QStringLiteral("remove-app-key"), QStringLiteral("no-verify"), QStringLiteral("timeout")});
}

void WorkspaceEditCommand::runWorkspace(ConsoleSession *session)
{
    QString name;
    if (!nameArgument(&name))
        return;
    const std::optional<Workspace> current = session->repository()->find(name);
    if (!current) {
        fail(Cli::UsageError, tr("workspace edit: no workspace named \"%1\"").arg(name));
        return;
    }
    if (isSet(QStringLiteral("app-key-stdin")) && isSet(QStringLiteral("remove-app-key"))) {
        fail(Cli::UsageError, tr("workspace edit: give --app-key-stdin or --remove-app-key, not both"));
        return;
    }
    WorkspaceEdit edit = WorkspaceEdit::of(*current);
    if (isSet(QStringLiteral("name")))
        edit.name = value(QStringLiteral("name"));
    if (isSet(QStringLiteral("site-id")))
        edit.siteId = value(QStringLiteral("site-id"));
    if (isSet(QStringLiteral("account")))
        edit.account = value(QStringLiteral("account")); // "" clears it
    if (!routeOption(&edit.route))
        return;
    edit.removeAppApiKey = isSet(QStringLiteral("remove-app-key"));
    edit.verify = !isSet(QStringLiteral("no-verify"));
    if (!readKeys(&edit))
        return;
    QStringList others;
    for (const Workspace &w : session->repository()->list()) {
        if (w.name != current->name)
            others << w.name;
    }
    if (const QString problem = edit.validate(others); !problem.isEmpty()) {
        fail(Cli::UsageError, problem);
        return;
    }
    apply(edit);
}

bool WorkspaceEditCommand::readKeys(WorkspaceEdit *edit)
{
    // New keys on standard input, one a line: the Track API key first.
    if (isSet(QStringLiteral("track-key-stdin"))) {
        const QString key = readSecretLine(tr("New Track API key: "));
        if (const QString error = validateApiKey(tr("Track API key (stdin)"), key); !error.isEmpty()) {
            fail(Cli::UsageError, error);
            return false;
        }
        edit->trackApiKey = key;
    }
    if (isSet(QStringLiteral("app-key-stdin"))) {
        const QString key = readSecretLine(tr("New App API key: "));
        if (const QString error = validateApiKey(tr("App API key (stdin)"), key); !error.isEmpty()) {
            fail(Cli::UsageError, error);
            return false;
        }
        edit->appApiKey = key;
    }
    return true;
}

void WorkspaceEditCommand::apply(const WorkspaceEdit &edit)
{
    // A detector only when the check is made: its region call is logged like any other.
    RegionDetector *detector = nullptr;
    if (edit.needsCheck()) {
        if (!prepareCheck())
            return;
        detector = session()->configuredDetector();
    }
    auto *editor = new WorkspaceEditor(session()->keychain(), session()->settings(), detector, this);
    editor->start(edit, [this, edit](const WorkspaceEditor::Result &result) { // the editor saves the settings too
        const QString name = edit.before.name;
        switch (result.status) {
        case WorkspaceEditor::Result::Status::Rejected:
            fail(Cli::CallFailed, tr("workspace \"%1\" was not changed: %2").arg(name, result.error));
            return;
        case WorkspaceEditor::Result::Status::KeychainFailed:
        case WorkspaceEditor::Result::Status::SettingsFailed:
            fail(Cli::CredentialsUnavailable, tr("workspace \"%1\" was not changed: %2").arg(name, result.error));
            return;
        case WorkspaceEditor::Result::Status::Saved:
            break;
        }
        const Workspace &w = result.workspace;
        if (result.checked)
            output().credentialsAccepted(w.region, w.environmentId);
        if (!result.warning.isEmpty())
            output().credentialsUnchecked(result.warning, w.name, false);
        output().workspaceEdited(name, w);
        if (!result.remaining.isEmpty()) {
            fail(Cli::CredentialsUnavailable,
                 tr("the keychain (service %1) still holds entries the workspace no longer uses: %2. Delete "
                    "them with the system's password manager, or: secret-tool clear server %1 user ENTRY")
                     .arg(AppIdentity::id(), result.remaining.join(QStringLiteral("; "))));
            return;
        }
        finish(Cli::Success);
    });
}
