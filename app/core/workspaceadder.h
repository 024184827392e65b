#pragma once

#include "credentialstore.h"
#include "workspace.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

class QSettings;

// The keys of a new workspace, on their way to a CredentialStore (never stored anywhere else).
struct WorkspaceKeys
{
    QString trackApiKey; // "" for a Pipelines-only workspace (no Site ID)
    QString appApiKey; // "" = none
    QHash<QString, QString> pipelinesApiKeys; // by source name: one for each of the workspace's sources
};

// Adds a workspace, from the Add workspace dialog or `cio-console workspace add`, after its credentials
// were checked (or not, by choice). Asynchronous, and in an order that leaves nothing half-added:
//   1. a listed workspace: refuses a name already listed, and checks that the settings file can be
//      written (WorkspaceSettings::checkWritable()) before the keychain is touched;
//   2. writes the Track API key's entry (when the workspace has a Site ID), then the App API key's (when one
//      is given), then each Pipelines source's key, in the order of Workspace::pipelinesSources;
//   3. lists the workspace in the settings and verifies the file took it (WorkspaceSettings::add());
//   4. on any failure after a write, deletes the entries it wrote, newest first; those that cannot be
//      deleted are named in the result (entry, keychain service and why, never a secret).
// A session-only workspace (Workspace::sessionOnly; its store is the caller's MemoryCredentialStore)
// never touches the settings: only steps 2 and 4.
class WorkspaceAdder : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        enum class Status {
            Saved,
            NameTaken, // a listed workspace already has the name: nothing was written
            KeychainFailed, // a key could not be stored; what was written was removed again (see remaining)
            SettingsFailed, // the settings file could not be written; the keys were removed again (see remaining)
            Cancelled, // cancel() came first: nothing was listed; what was written was removed again
        };
        Status status = Status::Saved;
        Workspace workspace; // Saved: as listed (hasAppApiKey set from the keys given)
        // Not Saved: what failed, one sentence, ending with what remains in the keychain, if anything:
        //   "could not store the App API key: <why>", "could not write the settings file <path> (<why>)".
        QString error;
        CredentialResult keychain; // KeychainFailed: the store's answer (a caller may offer another store)
        QString settingsPath; // SettingsFailed: the settings file
        QStringList remaining; // entries written and not deleted again, each "\"<entry>\" (<why>)"
        // The end of error that names the remaining entries and their keychain service, "" when none remains:
        // "; the keychain entry written (service <id>) could not be removed again and remains: ...".
        QString leftover;
    };
    using Done = std::function<void(const Result &)>;

    // store: where the keys go (the keychain, or memory for a session-only workspace). settings: where
    // workspaces are listed (see WorkspaceSettings). Neither is owned; both must outlive the adder.
    WorkspaceAdder(CredentialStore *store, QSettings *settings, QObject *parent = nullptr);

    // One workspace per adder. appApiKey "" = none. The keys are expected valid (validateApiKey()).
    // `done` is called once, never from inside start(), and not after the adder is destroyed.
    void start(const Workspace &workspace, const QString &trackApiKey, const QString &appApiKey, Done done);
    // The same with every key, Pipelines sources' included. keys.pipelinesApiKeys holds a valid key for each
    // of workspace.pipelinesSources (checked before; a source without one makes the add fail with nothing
    // written).
    void start(const Workspace &workspace, const WorkspaceKeys &keys, Done done);
    // Stops at once from the admin's point of view: nothing more is written, the workspace is never
    // listed, and the entries already written (or being written: a slow keychain answers later) are
    // removed once the keychain answers. `done` is still called once, with Cancelled (unless it was Saved
    // already). The adder must live until then; a caller that goes away reparents it (deleteWhenDone()).
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    // Deletes the adder (later) once done was called; at once if it was already.
    void deleteWhenDone();

private:
    struct Write
    {
        QString entry;
        QString secret;
        QString failure; // "could not store the Track API key"
    };

    void begin();
    void writeNext(int index);
    void list();
    void undo(int index, Result result);
    void finish(const Result &result);
    static Result cancelled();

    CredentialStore *m_store;
    QSettings *m_settings;
    Workspace m_workspace;
    QList<Write> m_writes;
    QString m_missingKey; // a source given without a key: nothing is written
    Done m_done;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_deleteWhenDone = false;
};
