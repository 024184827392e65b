#pragma once

#include "credentialstore.h"
#include "workspace.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QSettings;

// Removes a workspace, from the window's Remove workspace or `cio-console workspace remove`.
// Asynchronous, keychain entries first and the listing last, so that a workspace whose keys could not
// all be deleted stays listed and Remove can be tried again:
//   1. a listed workspace: checks that the settings file can be written (WorkspaceSettings::checkWritable())
//      before any entry is deleted;
//   2. deletes the App API key's entry, then each Pipelines source's, then the Track API key's (an entry
//      that is not there is fine). The App API key goes first: if the Track API key's entry then cannot be
//      deleted, the workspace kept can still send calls. The first entry that cannot be deleted ends the removal: it
//      remains, the workspace is kept, and the result names the entry and why;
//   3. unlists the workspace, drops its call templates, what was learned from its credentials (kept
//      with its metadata) and the window's remembered selection of it, and verifies the settings file
//      took it (WorkspaceSettings::remove()).
// A session-only workspace (Workspace::sessionOnly) never touches the settings: only step 2.
class WorkspaceRemover : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        enum class Status {
            Removed,
            KeychainFailed, // an entry could not be deleted: it remains and the workspace was kept
            SettingsFailed, // the settings file could not be written: the workspace is still listed
        };
        Status status = Status::Removed;
        // Not Removed: one sentence, e.g. "could not remove the keychain entry \"<entry>\" (it remains; the
        // workspace was kept): <why>", or "could not write the settings file <path> (<why>); ...".
        QString error;
        CredentialResult keychain; // KeychainFailed: the store's answer
        QStringList remaining; // KeychainFailed: the entry that remains, "\"<entry>\" (<why>)"
        QString settingsPath; // SettingsFailed: the settings file
        // SettingsFailed: the keychain entries had been deleted when the write failed (the file was
        // writable when checked first). The workspace is listed without keys until removed again.
        bool entriesDeleted = false;
    };
    using Done = std::function<void(const Result &)>;

    // store: where the workspace's keys are (the keychain, or memory for a session-only workspace).
    // settings: where workspaces are listed (see WorkspaceSettings). Neither is owned; both must outlive
    // the remover.
    WorkspaceRemover(CredentialStore *store, QSettings *settings, QObject *parent = nullptr);

    // One workspace per remover. `done` is called once, never from inside start(), and not after the
    // remover is destroyed.
    void start(const Workspace &workspace, Done done);

private:
    void begin();
    void removeNext(QStringList entries);
    void unlist();
    void finish(const Result &result);

    CredentialStore *m_store;
    QSettings *m_settings;
    Workspace m_workspace;
    Done m_done;
};
