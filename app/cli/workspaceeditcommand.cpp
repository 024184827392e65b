// cio-console workspace edit NAME [--name NEW] [--site-id ID] [--account NAME] [--route auto|us|eu] [--track-key-stdin]
//                                 [--app-key-stdin | --remove-app-key] [--no-verify]
#include "appidentity.h"
#include "cli.h"
#include "clirunner.h"
#include "workspaceedit.h"

#include <QTextStream>

void CliRunner::runWorkspaceEdit(const QStringList &positional)
{
    if (positional.size() != 1) {
        fail(Cli::UsageError, tr("workspace edit: expected exactly one NAME\n") + Cli::usage());
        return;
    }
    const std::optional<Workspace> current = m_workspaces->find(positional.first());
    if (!current) {
        fail(Cli::UsageError, tr("workspace edit: no workspace named \"%1\"").arg(positional.first()));
        return;
    }
    if (m_parser.isSet(QStringLiteral("app-key-stdin")) && m_parser.isSet(QStringLiteral("remove-app-key"))) {
        fail(Cli::UsageError, tr("workspace edit: give --app-key-stdin or --remove-app-key, not both"));
        return;
    }
    WorkspaceEdit edit = WorkspaceEdit::of(*current);
    if (m_parser.isSet(QStringLiteral("name")))
        edit.name = m_parser.value(QStringLiteral("name"));
    if (m_parser.isSet(QStringLiteral("site-id")))
        edit.siteId = m_parser.value(QStringLiteral("site-id"));
    if (m_parser.isSet(QStringLiteral("account")))
        edit.account = m_parser.value(QStringLiteral("account")); // "" clears it
    if (!routeOption(&edit.route))
        return;
    edit.removeAppApiKey = m_parser.isSet(QStringLiteral("remove-app-key"));
    edit.verify = !m_parser.isSet(QStringLiteral("no-verify"));
    // New keys on stdin, one a line: the Track API key first.
    if (m_parser.isSet(QStringLiteral("track-key-stdin"))) {
        const QString key = readSecretLine(tr("New Track API key: "));
        if (const QString error = validateApiKey(tr("Track API key (stdin)"), key); !error.isEmpty()) {
            fail(Cli::UsageError, error);
            return;
        }
        edit.trackApiKey = key;
    }
    if (m_parser.isSet(QStringLiteral("app-key-stdin"))) {
        const QString key = readSecretLine(tr("New App API key: "));
        if (const QString error = validateApiKey(tr("App API key (stdin)"), key); !error.isEmpty()) {
            fail(Cli::UsageError, error);
            return;
        }
        edit.appApiKey = key;
    }
    QStringList others;
    for (const Workspace &w : m_workspaces->list()) {
        if (w.name != current->name)
            others << w.name;
    }
    if (const QString problem = edit.validate(others); !problem.isEmpty()) {
        fail(Cli::UsageError, problem);
        return;
    }

    // A client only when the check is made: its region call is logged like any other.
    RegionDetector *detector = nullptr;
    if (edit.credentialsChanged() && edit.verify) {
        if (!setUpClient(m_parser))
            return;
        detector = new RegionDetector(m_client, this);
    }
    auto *editor = new WorkspaceEditor(m_store, m_settings.get(), detector, this);
    editor->start(
        edit, // the editor saves the settings too
        [this, edit](const WorkspaceEditor::Result &result) {
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
            if (result.checked) {
                out() << tr("Credentials accepted: %1 (%2), workspace ID %3.")
                             .arg(regionDisplayName(w.region), regionCode(w.region), QString::number(w.environmentId))
                      << Qt::endl;
            }
            if (!result.warning.isEmpty()) {
                err() << tr("warning: %1. Check it later with: cio-console region --workspace \"%2\"")
                             .arg(result.warning, w.name)
                      << Qt::endl;
            }
            if (edit.renamed())
                out() << tr("Renamed workspace \"%1\" to \"%2\".").arg(name, w.name) << Qt::endl;
            else
                out() << tr("Updated workspace \"%1\".").arg(name) << Qt::endl;
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
