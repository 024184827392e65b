#pragma once

#include "credentialstore.h"
#include "regiondetector.h"
#include "workspace.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QSettings;

// A change to a listed workspace, from the Edit dialog or `cio-console workspace edit`: its name, Site ID,
// account and route, and optionally a new Track API key or App API key (a key left out is kept), or the App
// API key removed; its Pipelines sources added, removed, given a new key or another chosen region. A
// Pipelines-only workspace may gain Track credentials (a Site ID with its Track API key); Track credentials
// are never removed by an edit.
struct WorkspaceEdit
{
    Workspace before; // as stored now
    QString name;
    QString siteId;
    QString account;
    Route route = Route::Auto;
    std::optional<QString> trackApiKey; // a new key; nullopt keeps the stored one
    std::optional<QString> appApiKey; // a new key; nullopt keeps the stored one (or none)
    bool removeAppApiKey = false;
    // The sources after the edit (of() copies the workspace's): a source not listed any more is removed
    // with its key, a new one needs a key in pipelinesApiKeys.
    QList<PipelinesSource> pipelinesSources;
    QHash<QString, QString> pipelinesApiKeys; // new keys by source name; a listed source left out keeps its key
    bool verify = true; // check changed credentials with Customer.io before anything is changed

    // An edit of `workspace` that changes nothing yet.
    static WorkspaceEdit of(const Workspace &workspace);

    bool renamed() const { return name != before.name; }
    // What the console remembers about a workspace (region, workspace ID, when verified) was learned from
    // its Site ID and Track API key: changing either forgets it.
    bool credentialsChanged() const { return siteId != before.siteId || trackApiKey.has_value(); }
    // A check with Customer.io is due before anything changes: new credentials, or a new App API key
    // (KeyCheck), unless verify is off.
    bool needsCheck() const { return verify && (credentialsChanged() || (appApiKey && !appApiKey->isEmpty())); }
    bool changesSomething() const;
    QStringList addedSources() const; // in pipelinesSources, not in before
    QStringList removedSources() const; // in before, not in pipelinesSources
    // Adds a source or sets its key and, when given, its chosen region (a source already listed keeps its
    // place). key "" keeps a listed source's key.
    void setPipelinesSource(const QString &source, const QString &key, std::optional<Region> chosenRegion);
    // Removes a listed source (and so, once applied, its key). False when there is none of that name.
    bool removePipelinesSource(const QString &source);
    // The first problem, a sentence naming the field; "" when the edit can be applied. otherNames: every
    // other workspace's name.
    QString validate(const QStringList &otherNames) const;
};

// Applies a WorkspaceEdit, asynchronously and in an order that never loses a key:
//   0. a listed workspace: checks that the settings file can be written (WorkspaceSettings::checkWritable())
//      before anything else;
//   1. reads the keys it needs (to move them under a new name, to check a new Site ID with the key kept,
//      or to put an overwritten key back if a later step fails);
//   2. when the Site ID or Track API key changed, checks them with Customer.io (the region call): a 401
//      ends the edit with nothing changed; any other failure saves the change with the region unknown and
//      a warning;
//   3. writes the new entries (a rename writes every entry under the new name first); if one fails, the
//      ones written are undone and nothing else changes;
//   4. saves the metadata and verifies the settings file took it (WorkspaceSettings::replace(): the
//      workspace in its place in the list, its templates and the window's remembered selection follow a
//      new name); if the file cannot be written, the entries written are undone and nothing else changes;
//   5. deletes the entries the workspace no longer uses (the old name's, a removed App API key, a removed
//      Pipelines source's); those that cannot be deleted are named in the result.
// A Pipelines source's key is stored as given: Customer.io has no call that checks it without sending data.
// Metadata-only edits (account, route) never touch the keychain. A session-only workspace
// (Workspace::sessionOnly) never touches the settings: steps 0 and 4 are skipped.
class WorkspaceEditor : public QObject
{
    Q_OBJECT

public:
    enum class Step { ReadingKeys, CheckingCredentials, SavingKeys, RemovingOldEntries };

    struct Result
    {
        enum class Status {
            Saved,
            Rejected, // Customer.io rejected the Site ID or Track API key (401): nothing changed
            KeychainFailed, // a key could not be read or written: nothing changed
            SettingsFailed, // the settings file could not be written: nothing changed (see error)
        };
        Status status = Status::Saved;
        Workspace workspace; // Saved: as committed
        // Rejected: Customer.io's answer; KeychainFailed, SettingsFailed: what failed (never a secret), and the
        // entries that could not be put back, if any ("could not write the settings file <path> (<why>)").
        QString error;
        CredentialResult keychain; // KeychainFailed: the store's answer
        QString settingsPath; // SettingsFailed: the settings file
        bool checked = false; // the credentials were checked and accepted
        QString warning; // Saved: the credentials could not be checked
        QStringList remaining; // Saved: entries that could not be deleted, each "\"<entry>\" (<why>)"
    };
    using Done = std::function<void(const Result &)>;

    // store: where the workspace's keys are (the keychain, or memory for a session-only workspace).
    // settings: where workspaces are listed (see WorkspaceSettings). Neither is owned; both must outlive the
    // editor. detector null: changed credentials are saved unchecked, with a warning.
    WorkspaceEditor(CredentialStore *store, QSettings *settings, RegionDetector *detector, QObject *parent = nullptr);

    // One edit per editor. `done` is called once, never from inside start(), and not after the editor is
    // destroyed.
    void start(const WorkspaceEdit &edit, Done done);

Q_SIGNALS:
    void stepChanged(WorkspaceEditor::Step step);

private:
    struct Write
    {
        QString entry;
        QString secret;
        std::optional<QString> previous; // the entry's value before (undo: write it back); nullopt: none (undo: delete)
        QString failure; // "could not save the Track API key"
    };
    struct Read
    {
        QString entry;
        QString failure; // "could not read the Track API key"
        std::function<void(const QString &)> keep; // called with the secret when there is one
    };

    void preflight();
    void readKeys();
    void readNext(QList<Read> reads);
    void check();
    void writeKeys();
    void writeNext(int index);
    void saveMetadata();
    void undo(int index, Result failure, QStringList remaining);
    void removeOld();
    void removeNext(QStringList entries, QStringList remaining);
    void finish(const Result &result);
    void fail(const QString &what, const CredentialResult &result);

    CredentialStore *m_store;
    QSettings *m_settings;
    RegionDetector *m_detector;
    WorkspaceEdit m_edit;
    Workspace m_after;
    Done m_done;
    std::optional<QString> m_oldTrack;
    std::optional<QString> m_oldApp;
    QHash<QString, QString> m_oldSources; // keys read, by source name
    QList<Write> m_writes;
    Result m_result;
};
