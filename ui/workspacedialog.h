#pragma once

#include "workspace.h"
#include "workspaceedit.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Ui {
class WorkspaceDialog;
}

// What the admin entered. The keys leave this struct only towards a CredentialStore.
struct WorkspaceDraft
{
    Workspace workspace;
    QString trackApiKey; // adding: the key; editing: a new key, empty keeps the stored one
    QString appApiKey; // adding: empty = none; editing: a new key, empty keeps the stored one (or none)
    bool removeAppApiKey = false; // editing only
    // Pipelines sources are in workspace.pipelinesSources; their keys typed here, by source name (adding:
    // one for each; editing: a new key for a listed source, one for each new source).
    QHash<QString, QString> pipelinesApiKeys;
};

// "Add workspace" and "Edit workspace": name, Site ID, optional account, Track API key, optional App API
// key, and Pipelines sources (name, key, and the region chosen for use while none is detected for the
// account), each checked as it is typed. The Site ID and Track API key may stay empty once a source is
// listed (a Pipelines-only workspace); each is checked (validateWorkspaceName / validateSiteId / validateAccountName /
// validateApiKey) with the message next to the field; OK stays disabled while anything is invalid (and,
// when editing, while nothing is changed). Editing starts from the workspace's values with both key fields
// empty: an empty key field keeps the stored key, a typed one replaces it.
// OK does not close the dialog: it emits submitted() and the owner checks the credentials and stores the
// keys asynchronously, showing each step with setBusy(), then calls finishSaved(), showRejected() or
// showStoreError(). When adding fails because the keychain is unreachable, locked or refuses, the owner
// can offer "Use for this session only" (sessionOnlyRequested()).
class WorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    // Adding; existingNames are taken.
    explicit WorkspaceDialog(const QStringList &existingNames, QWidget *parent = nullptr);
    // Editing `current`; otherNames are taken.
    WorkspaceDialog(const Workspace &current, const QStringList &otherNames, QWidget *parent = nullptr);
    ~WorkspaceDialog() override;

    bool isEditing() const { return m_editing; }
    WorkspaceDraft draft() const;
    // Editing: the change the form describes.
    WorkspaceEdit edit() const;

    // While checking or storing: fields and buttons disabled, message shown.
    void setBusy(const QString &message);
    // Customer.io rejected the Site ID or Track API key: nothing was stored; the form is editable again.
    void showRejected(const QString &message);
    // The store failed: nothing was added or changed; the form is editable again. offerSessionOnly (adding):
    // the "Use for this session only" button is shown.
    void showStoreError(const QString &message, bool offerSessionOnly = false);
    void finishSaved();

    void accept() override;
    void reject() override; // ignored while the keychain is still working

Q_SIGNALS:
    void submitted();
    void sessionOnlyRequested();
    // Cancel while adding: the dialog closes at once; whoever works for it stops (WorkspaceAdder::cancel()).
    void cancelRequested();

public:
    // Says where the keys are checked ("Customer.io, US and EU", "the sandbox on this machine…").
    void setCheckTarget(const QString &where);

private:
    void setUp();
    void validate();
    void setFormEnabled(bool enabled);
    void showProblem(const QString &lead, const QString &detail);
    void setSessionOnlyOffered(bool offered);
    void setUpSources();
    void addSource();
    void removeSource();
    void listSources();
    // The problem of the source row as typed ("" when it can be added, or is empty).
    QString sourceProblem() const;

    std::unique_ptr<Ui::WorkspaceDialog> m_ui;
    QStringList m_takenNames;
    bool m_editing = false;
    Workspace m_original; // editing
    bool m_busy = false;
    int m_fittedHeight = 0; // the height validate() last gave the dialog
    QList<PipelinesSource> m_sources; // as listed in the form
    QHash<QString, QString> m_sourceKeys; // keys typed, by source name
    QListWidget *m_sourceList = nullptr;
    QLineEdit *m_sourceName = nullptr;
    QLineEdit *m_sourceKey = nullptr;
    QComboBox *m_sourceRegion = nullptr;
    QPushButton *m_addSource = nullptr;
    QPushButton *m_removeSource = nullptr;
    QLabel *m_sourceError = nullptr;
};
