#include "workspaceeditcommand.h"

#include "appidentity.h"
#include "cli.h"
#include "outputformatter.h"
#include "workspaceedit.h"

#include <algorithm>

WorkspaceEditCommand::WorkspaceEditCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent)
    : WorkspaceCommand(environment, synopsis, QStringLiteral("edit"), parent)
{ }

void WorkspaceEditCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The workspace to change."));
    addWorkspaceOptions(parser,
                        {QStringLiteral("name"), QStringLiteral("site-id"), QStringLiteral("account"),
                         QStringLiteral("route"), QStringLiteral("track-key-stdin"), QStringLiteral("app-key-stdin"),
                         QStringLiteral("remove-app-key"), QStringLiteral("pipelines-source"),
                         QStringLiteral("remove-pipelines-source"), QStringLiteral("no-verify"),
                         QStringLiteral("timeout")});
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
    QList<PipelinesSource> sources;
    if (!pipelinesSourceOptions(&sources))
        return;
    const QStringList removed = parser().values(QStringLiteral("remove-pipelines-source"));
    for (const QString &source : removed) {
        const bool alsoGiven = std::any_of(sources.cbegin(), sources.cend(),
                                           [&source](const PipelinesSource &s) { return s.name == source; });
        if (alsoGiven) {
            fail(Cli::UsageError,
                 tr("workspace edit: give --pipelines-source or --remove-pipelines-source for \"%1\", not both")
                     .arg(source));
            return;
        }
        if (!edit.removePipelinesSource(source)) {
            fail(Cli::UsageError,
                 tr("--remove-pipelines-source: the workspace \"%1\" has no Pipelines source named \"%2\"")
                     .arg(name, source));
            return;
        }
    }
    if (!readKeys(&edit))
        return;
    QHash<QString, QString> sourceKeys;
    if (!readPipelinesKeys(sources, &sourceKeys))
        return;
    for (const PipelinesSource &source : std::as_const(sources))
        edit.setPipelinesSource(source.name, sourceKeys.value(source.name), source.chosenRegion);
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
