#include "workspaceflows.h"

#include "appidentity.h"
#include "calltemplates.h"
#include "consolesession.h"
#include "credentialstore.h"
#include "memorycredentialstore.h"
#include "regiondetector.h"
#include "workspacedialog.h"
#include "workspaceedit.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace {
void nameWidget(QWidget *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
}

const QString LastWorkspaceKey = QStringLiteral("window/workspace");
} // namespace

WorkspaceFlows::WorkspaceFlows(ConsoleSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{ }

// --- add ---------------------------------------------------------------------------------------------------

void WorkspaceFlows::openAddDialog()
{
    QStringList names;
    const QList<Workspace> configured = m_session->repository()->list();
    for (const Workspace &w : configured)
        names << w.name;
    if (!m_session->isOnSandbox()) {
        const QList<Workspace> listed = m_session->workspaces();
        for (const Workspace &w : listed)
            names << w.name; // session-only ones too
    }
    auto *dialog = new WorkspaceDialog(names, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WorkspaceDialog::submitted, this, [this, dialog] { submitNew(dialog); });
    connect(dialog, &WorkspaceDialog::sessionOnlyRequested, this, [this, dialog] { useForSession(dialog); });
    dialog->open();
}

void WorkspaceFlows::submitNew(WorkspaceDialog *dialog)
{
    const WorkspaceDraft draft = dialog->draft();
    // Checked with Customer.io before anything is stored, like `workspace add`: the region call answers on
    // either host. Without a usable endpoint table the workspace is added unchecked.
    RegionDetector *detector = m_session->configuredDetector();
    if (!detector) {
        storeNew(dialog, draft,
                 tr("the credentials were not checked (no usable endpoint table); the region is unknown until a "
                    "check succeeds"));
        return;
    }
    dialog->setBusy(tr("Checking the Site ID and Track API key with Customer.io…"));
    detector->detect({draft.workspace.siteId, draft.trackApiKey}, Region::Us, draft.workspace.name, dialog,
                     [this, dialog, draft](const RegionInfo &info, const RequestRecord &record) {
                         WorkspaceDraft checked = draft;
                         QString warning;
                         if (info.ok) {
                             rememberDetection(&checked.workspace, info);
                         } else if (record.status == 401) {
                             dialog->showRejected(info.error);
                             return;
                         } else {
                             warning = tr("the credentials could not be checked (%1); the region is unknown until "
                                          "a check succeeds")
                                           .arg(info.error);
                         }
                         storeNew(dialog, checked, warning);
                     });
}

void WorkspaceFlows::storeNew(WorkspaceDialog *dialog, const WorkspaceDraft &draft, const QString &warning)
{
    CredentialStore *keychain = m_session->keychain();
    const Workspace workspace = draft.workspace;
    const QString trackEntry = CredentialStore::entryKey(workspace.name, SecretKind::TrackApiKey);
    const QString appEntry = CredentialStore::entryKey(workspace.name, SecretKind::AppApiKey);
    const QString appKey = draft.appApiKey;
    dialog->setBusy(tr("Saving the key to the system keychain…"));
    // A keychain that is missing, locked or refuses: the admin may keep the keys for this session instead.
    const auto offerSession = [](const CredentialResult &result) {
        return result.error == CredentialResult::Error::Unavailable
            || result.error == CredentialResult::Error::AccessDenied
            || result.error == CredentialResult::Error::NotResponding;
    };

    // Callbacks use the dialog as context: it cannot be closed while busy, and if the window goes, they go.
    keychain->write(
        trackEntry, draft.trackApiKey, dialog,
        [this, keychain, dialog, workspace, trackEntry, appEntry, appKey, warning,
         offerSession](const CredentialResult &result) {
            if (!result.ok()) {
                dialog->showStoreError(CredentialStore::describe(result), offerSession(result));
                return;
            }
            if (appKey.isEmpty()) {
                finishAdd(dialog, workspace, warning);
                return;
            }
            keychain->write(
                appEntry, appKey, dialog,
                [this, keychain, dialog, workspace, trackEntry, warning,
                 offerSession](const CredentialResult &appResult) {
                    if (appResult.ok()) {
                        finishAdd(dialog, workspace, warning);
                        return;
                    }
                    // Roll back the Track API key so that no half-added workspace is left behind.
                    const QString reason = CredentialStore::describe(appResult);
                    const bool offer = offerSession(appResult);
                    keychain->remove(
                        trackEntry, dialog, [dialog, reason, trackEntry, offer](const CredentialResult &undo) {
                            QString text = reason;
                            if (!undo.ok() && undo.error != CredentialResult::Error::NotFound)
                                text +=
                                    tr("; the keychain entry \"%1\" (service %2) remains and can be deleted with the "
                                       "system's password manager")
                                        .arg(trackEntry, AppIdentity::id());
                            dialog->showStoreError(text, offer);
                        });
                });
        });
}

void WorkspaceFlows::finishAdd(WorkspaceDialog *dialog, const Workspace &workspace, const QString &warning)
{
    m_session->repository()->save(workspace);
    dialog->finishSaved();
    m_session->workspaceAdded(workspace);
    QString status = workspace.hasAppApiKey
        ? tr("Added workspace \"%1\"; its keys are in the system keychain.").arg(workspace.name)
        : tr("Added workspace \"%1\"; its key is in the system keychain.").arg(workspace.name);
    if (!warning.isEmpty())
        status += u' ' + tr("Warning: %1.").arg(warning);
    Q_EMIT statusMessage(status);
}

void WorkspaceFlows::useForSession(WorkspaceDialog *dialog)
{
    const WorkspaceDraft draft = dialog->draft();
    dialog->finishSaved();
    // Session-only workspaces are listed with the configured ones.
    if (m_session->isOnSandbox())
        m_session->leaveSandbox();
    m_session->addSessionWorkspace(draft.workspace, draft.trackApiKey, draft.appApiKey);
    m_session->select(draft.workspace.name);
    Q_EMIT statusMessage(tr("Added workspace \"%1\" for this session only: its keys are in this console's memory "
                            "and are forgotten when it closes.")
                             .arg(draft.workspace.name));
}

// --- edit --------------------------------------------------------------------------------------------------

void WorkspaceFlows::openEditDialog()
{
    const std::optional<Workspace> workspace = m_session->currentWorkspace();
    if (!workspace)
        return;
    QStringList others;
    const QList<Workspace> listed = m_session->workspaces();
    for (const Workspace &w : listed) {
        if (w.name != workspace->name)
            others << w.name;
    }
    if (!workspace->sessionOnly) {
        const QList<Workspace> configured = m_session->repository()->list();
        for (const Workspace &w : configured) {
            if (w.name != workspace->name)
                others << w.name;
        }
    }
    auto *dialog = new WorkspaceDialog(*workspace, others, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WorkspaceDialog::submitted, this, [this, dialog] { submitEdit(dialog); });
    dialog->open();
}

void WorkspaceFlows::submitEdit(WorkspaceDialog *dialog)
{
    const WorkspaceEdit edit = dialog->edit();
    const bool session = edit.before.sessionOnly;
    // The editor lives as long as the dialog, which cannot close while it works.
    auto *editor = new WorkspaceEditor(m_session->storeFor(edit.before), m_session->activeDetector(), dialog);
    connect(editor, &WorkspaceEditor::stepChanged, dialog, [dialog, session](WorkspaceEditor::Step step) {
        switch (step) {
        case WorkspaceEditor::Step::ReadingKeys:
            dialog->setBusy(session ? tr("Reading the current keys…")
                                    : tr("Reading the current keys from the system keychain…"));
            break;
        case WorkspaceEditor::Step::CheckingCredentials:
            dialog->setBusy(tr("Checking the Site ID and Track API key with Customer.io…"));
            break;
        case WorkspaceEditor::Step::SavingKeys:
            dialog->setBusy(session ? tr("Saving the keys for this session…")
                                    : tr("Saving the keys to the system keychain…"));
            break;
        case WorkspaceEditor::Step::RemovingOldEntries:
            dialog->setBusy(tr("Removing the keychain entries the workspace no longer uses…"));
            break;
        }
    });
    dialog->setBusy(tr("Saving the changes…"));
    const bool credentialsChanged = edit.credentialsChanged();
    editor->start(
        edit,
        [this, credentialsChanged](const Workspace &before, const Workspace &after) {
            commitEdit(before, after, credentialsChanged);
        },
        [this, dialog, edit](const WorkspaceEditor::Result &result) {
            switch (result.status) {
            case WorkspaceEditor::Result::Status::Rejected:
                dialog->showRejected(result.error);
                return;
            case WorkspaceEditor::Result::Status::KeychainFailed:
                dialog->showStoreError(result.error);
                return;
            case WorkspaceEditor::Result::Status::Saved:
                break;
            }
            dialog->finishSaved();
            const QString name = result.workspace.name;
            QString status = edit.renamed()
                ? tr("Renamed workspace \"%1\" to \"%2\"; its keys moved with it.").arg(edit.before.name, name)
                : tr("Saved the changes to workspace \"%1\".").arg(name);
            if (!result.warning.isEmpty())
                status += u' ' + tr("Warning: %1.").arg(result.warning);
            Q_EMIT statusMessage(status);
            if (!result.remaining.isEmpty()) {
                Q_EMIT errorMessage(tr("The workspace \"%1\" was saved, but the keychain (service %2) still holds "
                                       "entries it no longer uses: %3. Delete them with the system's password "
                                       "manager.")
                                        .arg(name, AppIdentity::id(), result.remaining.join(QStringLiteral("; "))));
            }
        });
}

void WorkspaceFlows::commitEdit(const Workspace &before, const Workspace &after, bool credentialsChanged)
{
    if (!after.sessionOnly) {
        QSettings *settings = m_session->settings();
        m_session->repository()->replace(before.name, after);
        CallTemplates(settings).renameWorkspace(before.name, after.name);
        if (settings->value(LastWorkspaceKey).toString() == before.name)
            settings->setValue(LastWorkspaceKey, after.name);
    }
    m_session->workspaceEdited(before, after, credentialsChanged);
}

// --- remove ------------------------------------------------------------------------------------------------

void WorkspaceFlows::confirmRemove()
{
    const std::optional<Workspace> workspace = m_session->currentWorkspace();
    if (!workspace)
        return;
    auto *box = new QMessageBox(m_window);
    box->setObjectName(QStringLiteral("removeWorkspaceConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Remove workspace"));
    box->setText(tr("Remove the workspace \"%1\"?").arg(workspace->name));
    box->setInformativeText(workspace->sessionOnly ? tr("It is a sandbox workspace held for this session only.")
                                                   : tr("Its keys are deleted from the system keychain. Nothing "
                                                        "changes in Customer.io."));
    QPushButton *removeButton = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    nameWidget(removeButton, QStringLiteral("confirmRemoveButton"), tr("Remove"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    nameWidget(cancel, QStringLiteral("cancelRemoveButton"), tr("Cancel"));
    box->setDefaultButton(cancel);
    // The lambda keeps a copy: the dialog may outlive the list entry.
    connect(box, &QMessageBox::finished, this, [this, box, removeButton, target = *workspace] {
        if (box->clickedButton() == removeButton)
            remove(target);
    });
    box->open();
}

void WorkspaceFlows::remove(const Workspace &workspace)
{
    if (workspace.sessionOnly) {
        CallTemplates(m_session->settings()).removeWorkspace(workspace.name);
        m_session->workspaceRemoved(workspace.name);
        return;
    }
    // Keychain entries first, metadata last: a workspace whose entries could not all be removed stays
    // listed, so Remove can be tried again, and the message names what remains.
    CredentialStore *keychain = m_session->keychain();
    const QString trackEntry = CredentialStore::entryKey(workspace.name, SecretKind::TrackApiKey);
    const QString appEntry = CredentialStore::entryKey(workspace.name, SecretKind::AppApiKey);
    const auto finish = [this, workspace](const QStringList &remaining) {
        if (!remaining.isEmpty()) {
            Q_EMIT errorMessage(tr("The workspace \"%1\" was kept because the keychain (service %2) still holds: "
                                   "%3. Try Remove again, or delete the entry with the system's password manager.")
                                    .arg(workspace.name, AppIdentity::id(), remaining.join(QStringLiteral("; "))));
            return;
        }
        QSettings *settings = m_session->settings();
        CallTemplates(settings).removeWorkspace(workspace.name);
        m_session->repository()->remove(workspace.name);
        if (settings->value(LastWorkspaceKey).toString() == workspace.name) {
            settings->remove(LastWorkspaceKey);
            settings->sync();
        }
        m_session->workspaceRemoved(workspace.name);
        Q_EMIT statusMessage(tr("Removed workspace \"%1\" and its keychain entries.").arg(workspace.name));
    };
    const auto failed = [](const CredentialResult &result) {
        return !result.ok() && result.error != CredentialResult::Error::NotFound;
    };
    keychain->remove(
        trackEntry, this, [this, keychain, workspace, trackEntry, appEntry, finish, failed](const CredentialResult &r) {
            QStringList remaining;
            if (failed(r))
                remaining << tr("\"%1\" (%2)").arg(trackEntry, CredentialStore::describe(r));
            if (!workspace.hasAppApiKey) {
                finish(remaining);
                return;
            }
            keychain->remove(appEntry, this, [appEntry, finish, failed, remaining](const CredentialResult &r2) mutable {
                if (failed(r2))
                    remaining << QCoreApplication::translate("WorkspaceFlows", "\"%1\" (%2)")
                                     .arg(appEntry, CredentialStore::describe(r2));
                finish(remaining);
            });
        });
}
