#pragma once

#include "workspace.h"

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class WorkspaceDialog;
}

// What the admin entered. The keys leave this struct only towards a CredentialStore.
struct WorkspaceDraft
{
    Workspace workspace;
    QString trackApiKey;
    QString appApiKey; // empty = none
};

// "Add workspace": name, Site ID, Track API key, optional App API key, each checked as it is typed
// (validateWorkspaceName / validateSiteId / validateApiKey) with the message next to the field; OK stays
// disabled while anything is invalid. OK does not close the dialog: it emits submitted() and the owner
// stores the keys asynchronously, then calls finishSaved() or showStoreError().
class WorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WorkspaceDialog(const QStringList &existingNames, QWidget *parent = nullptr);
    ~WorkspaceDialog() override;

    WorkspaceDraft draft() const;

    // While the keychain works: fields and OK disabled, message shown.
    void setBusy(const QString &message);
    // The store failed: the message stays visible, the form is editable again, nothing was added.
    void showStoreError(const QString &message);
    void finishSaved();

    void accept() override;
    void reject() override; // ignored while the keychain is still working

Q_SIGNALS:
    void submitted();

private:
    void validate();
    void setFormEnabled(bool enabled);

    std::unique_ptr<Ui::WorkspaceDialog> m_ui;
    QStringList m_existingNames;
    bool m_busy = false;
};
