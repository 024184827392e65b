#include "workspaceflows.h"

#include "appidentity.h"
#include "consolesession.h"
#include "credentialstore.h"
#include "keycheck.h"
#include "regiondetector.h"
#include "workspaceadder.h"
#include "workspacedialog.h"
#include "workspaceedit.h"
#include "workspaceremover.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace {
void nameWidget(QWidget *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
}
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
    dialog->setCheckTarget(checkTarget());
    connect(dialog, &WorkspaceDialog::submitted, this, [this, dialog] { submitNew(dialog); });
    connect(dialog, &WorkspaceDialog::sessionOnlyRequested, this, [this, dialog] { useForSession(dialog); });
    dialog->open();
}

QString WorkspaceFlows::checkTarget() const
{
    if (m_session->isOnSandbox())
        return tr("the sandbox on this machine; nothing is sent to Customer.io, and the workspace is added to the "
                  "sandbox to practise (keys: Sandbox › Demo accounts and keys)");
    if (!m_session->endpointError().isEmpty())
        return tr("nowhere: the endpoint file named by CIO_CONSOLE_ENDPOINTS is invalid");
    return m_session->configuredEndpoints().isDefault() ? tr("Customer.io, US and EU")
                                                        : tr("the hosts of CIO_CONSOLE_ENDPOINTS");
}

namespace {
WorkspaceKeys keysOf(const WorkspaceDraft &draft)
{
    WorkspaceKeys keys;
    keys.trackApiKey = draft.trackApiKey;
    keys.appApiKey = draft.appApiKey;
    keys.pipelinesApiKeys = draft.pipelinesApiKeys;
    return keys;
}
} // namespace

void WorkspaceFlows::submitNew(WorkspaceDialog *dialog)
{
    const WorkspaceDraft draft = dialog->draft();
    // A Pipelines-only workspace has nothing Customer.io can check without data being sent.
    if (!draft.workspace.hasTrackCredentials()) {
        if (m_session->isOnSandbox()) {
            dialog->finishSaved();
            m_session->addSessionWorkspace(draft.workspace, keysOf(draft));
            m_session->select(draft.workspace.name);
            return;
        }
        storeNew(dialog, draft, QString());
        return;
    }
    // Checked before anything is stored, like `workspace add`: the region call answers on either host,
    // then the App API key on the account's App API host (KeyCheck). On the sandbox the sandbox checks
    // them and the workspace joins the sandbox's, to practise. Without a usable endpoint table the
    // workspace is added unchecked.
    const bool practice = m_session->isOnSandbox();
    RegionDetector *detector = practice ? m_session->activeDetector() : m_session->configuredDetector();
    if (!detector) {
        storeNew(dialog, draft,
                 tr("the credentials were not checked (no usable endpoint table); the region is unknown until a "
                    "check succeeds"));
        return;
    }
    dialog->setBusy(practice ? tr("Checking the Site ID and keys with the sandbox…")
                             : tr("Checking the Site ID and Track API key with Customer.io…"));
    checkKeys(detector, draft.workspace.name, {draft.workspace.siteId, draft.trackApiKey}, draft.appApiKey, dialog,
              [this, dialog, draft, practice](const KeyCheck &check) {
                  const RegionInfo &info = check.region;
                  WorkspaceDraft checked = draft;
                  QString warning;
                  if (info.ok) {
                      rememberDetection(&checked.workspace, info);
                  } else if (check.trackRejected()) {
                      dialog->showRejected(info.error);
                      return;
                  } else {
                      warning = tr("the credentials could not be checked (%1); the region is unknown until "
                                   "a check succeeds")
                                    .arg(info.error);
                  }
                  if (check.appKeyRejected()) {
                      dialog->showStoreError(check.appKeyError(), false);
                      return;
                  }
                  if (warning.isEmpty())
                      warning = check.appKeyUnchecked();
                  if (practice) {
                      dialog->finishSaved();
                      m_session->addSessionWorkspace(checked.workspace, keysOf(draft));
                      m_session->select(checked.workspace.name);
                      Q_EMIT statusMessage(tr("Added workspace \"%1\" to the sandbox to practise; nothing was "
                                              "stored, and it goes when the sandbox closes.")
                                               .arg(checked.workspace.name));
                      return;
                  }
                  storeNew(dialog, checked, warning);
              });
}

void WorkspaceFlows::storeNew(WorkspaceDialog *dialog, const WorkspaceDraft &draft, const QString &warning)
{
    dialog->setBusy(tr("Saving the key to the system keychain…"));
    // The adder lives as long as the dialog; if the window goes, both go. Cancel closes the dialog at once:
    // the adder then outlives it, undoes what the keychain still writes, and names what it could not undo.
    auto *adder = new WorkspaceAdder(m_session->keychain(), m_session->settings(), dialog);
    connect(dialog, &WorkspaceDialog::cancelRequested, adder, [this, adder] {
        adder->setParent(this);
        adder->cancel();
        adder->deleteWhenDone();
    });
    adder->start(draft.workspace, keysOf(draft),
                 [this, dialog = QPointer<WorkspaceDialog>(dialog), warning](const WorkspaceAdder::Result &result) {
                     if (result.status == WorkspaceAdder::Result::Status::Cancelled || !dialog) {
                         if (!result.leftover.isEmpty())
                             Q_EMIT errorMessage(tr("Adding was cancelled%1").arg(result.leftover));
                         return;
                     }
                     // A keychain that is missing, locked or refuses, or settings that cannot be written: the
                     // admin may keep the keys for this session instead.
                     const CredentialResult::Error error = result.keychain.error;
                     switch (result.status) {
                     case WorkspaceAdder::Result::Status::Saved:
                         finishAdd(dialog, result.workspace, warning);
                         return;
                     case WorkspaceAdder::Result::Status::NameTaken:
                         dialog->showStoreError(result.error, false);
                         return;
                     case WorkspaceAdder::Result::Status::KeychainFailed:
                         dialog->showStoreError(CredentialStore::describe(result.keychain) + result.leftover,
                                                error == CredentialResult::Error::Unavailable
                                                    || error == CredentialResult::Error::AccessDenied
                                                    || error == CredentialResult::Error::NotResponding);
                         return;
                     case WorkspaceAdder::Result::Status::SettingsFailed:
                         dialog->showStoreError(result.error, true);
                         return;
                     case WorkspaceAdder::Result::Status::Cancelled:
                         return;
                     }
                 });
}

void WorkspaceFlows::finishAdd(WorkspaceDialog *dialog, const Workspace &workspace, const QString &warning)
{
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
    m_session->addSessionWorkspace(draft.workspace, keysOf(draft));
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
    dialog->setCheckTarget(checkTarget());
    connect(dialog, &WorkspaceDialog::submitted, this, [this, dialog] { submitEdit(dialog); });
    dialog->open();
}

void WorkspaceFlows::submitEdit(WorkspaceDialog *dialog)
{
    const WorkspaceEdit edit = dialog->edit();
    const bool session = edit.before.sessionOnly;
    // The editor lives as long as the dialog, which cannot close while it works.
    auto *editor = new WorkspaceEditor(m_session->storeFor(edit.before), m_session->settings(),
                                       m_session->activeDetector(), dialog);
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
    editor->start(
        edit, // the editor saves the settings too
        [this, dialog, edit](const WorkspaceEditor::Result &result) {
            switch (result.status) {
            case WorkspaceEditor::Result::Status::Rejected:
                dialog->showRejected(result.error);
                return;
            case WorkspaceEditor::Result::Status::KeychainFailed:
            case WorkspaceEditor::Result::Status::SettingsFailed:
                dialog->showStoreError(result.error);
                return;
            case WorkspaceEditor::Result::Status::Saved:
                break;
            }
            m_session->workspaceEdited(edit.before, result.workspace, edit.credentialsChanged());
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
    auto *remover = new WorkspaceRemover(m_session->storeFor(workspace), m_session->settings(), this);
    remover->start(workspace, [this, remover, workspace](const WorkspaceRemover::Result &result) {
        remover->deleteLater();
        const QString name = workspace.name;
        switch (result.status) {
        case WorkspaceRemover::Result::Status::KeychainFailed:
            Q_EMIT errorMessage(tr("The workspace \"%1\" was kept because the keychain (service %2) still holds: "
                                   "%3. Try Remove again, or delete the entry with the system's password manager.")
                                    .arg(name, AppIdentity::id(), result.remaining.join(QStringLiteral("; "))));
            return;
        case WorkspaceRemover::Result::Status::SettingsFailed:
            Q_EMIT errorMessage(tr("The workspace \"%1\" is still listed: %2.").arg(name, result.error));
            return;
        case WorkspaceRemover::Result::Status::Removed:
            break;
        }
        m_session->workspaceRemoved(name);
        if (!workspace.sessionOnly)
            Q_EMIT statusMessage(tr("Removed workspace \"%1\" and its keychain entries.").arg(name));
    });
}
