#include "workspaceadder.h"

#include "keychainentries.h"
#include "workspacesettings.h"

#include <QTimer>

WorkspaceAdder::WorkspaceAdder(CredentialStore *store, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
{ }

void WorkspaceAdder::start(const Workspace &workspace, const QString &trackApiKey, const QString &appApiKey, Done done)
{
    WorkspaceKeys keys;
    keys.trackApiKey = trackApiKey;
    keys.appApiKey = appApiKey;
    start(workspace, keys, std::move(done));
}

void WorkspaceAdder::start(const Workspace &workspace, const WorkspaceKeys &keys, Done done)
{
    m_workspace = workspace;
    m_workspace.hasAppApiKey = !keys.appApiKey.isEmpty();
    m_done = std::move(done);
    if (workspace.hasTrackCredentials()) {
        m_writes.append({CredentialStore::entryKey(workspace.name, SecretKind::TrackApiKey), keys.trackApiKey,
                         tr("could not store the Track API key")});
    }
    if (!keys.appApiKey.isEmpty()) {
        m_writes.append({CredentialStore::entryKey(workspace.name, SecretKind::AppApiKey), keys.appApiKey,
                         tr("could not store the App API key")});
    }
    for (const PipelinesSource &source : workspace.pipelinesSources) {
        const QString key = keys.pipelinesApiKeys.value(source.name);
        if (key.isEmpty())
            m_missingKey = source.name;
        m_writes.append({CredentialStore::pipelinesEntryKey(workspace.name, source.name), key,
                         tr("could not store the API key of the Pipelines source \"%1\"").arg(source.name)});
    }
    // Never answer from inside start().
    QTimer::singleShot(0, this, &WorkspaceAdder::begin);
}

void WorkspaceAdder::finish(const Result &result)
{
    for (Write &w : m_writes)
        w.secret.clear();
    m_finished = true;
    if (m_deleteWhenDone)
        deleteLater();
    if (!m_done)
        return;
    const Done done = std::exchange(m_done, nullptr);
    done(result);
}

void WorkspaceAdder::cancel()
{
    m_cancelled = true;
}

void WorkspaceAdder::deleteWhenDone()
{
    m_deleteWhenDone = true;
    if (m_finished)
        deleteLater();
}

WorkspaceAdder::Result WorkspaceAdder::cancelled()
{
    Result r;
    r.status = Result::Status::Cancelled;
    r.error = tr("cancelled");
    return r;
}

void WorkspaceAdder::begin()
{
    if (m_cancelled) {
        finish(cancelled());
        return;
    }
    if (!m_missingKey.isEmpty()) {
        Result r;
        r.status = Result::Status::KeychainFailed;
        r.keychain.error = CredentialResult::Error::NotFound;
        r.error = tr("Pipelines source \"%1\": no API key given").arg(m_missingKey);
        finish(r);
        return;
    }
    if (!m_workspace.sessionOnly) {
        // Its keys would be overwritten, and then deleted by an undo.
        if (WorkspaceRepository(m_settings).find(m_workspace.name)) {
            Result r;
            r.status = Result::Status::NameTaken;
            r.error = tr("Workspace name: a workspace named \"%1\" already exists").arg(m_workspace.name);
            finish(r);
            return;
        }
        const WorkspaceSettings settings(m_settings);
        if (const QString problem = settings.checkWritable(); !problem.isEmpty()) {
            Result r;
            r.status = Result::Status::SettingsFailed;
            r.error = problem;
            r.settingsPath = settings.fileName();
            finish(r);
            return;
        }
    }
    writeNext(0);
}

void WorkspaceAdder::writeNext(int index)
{
    if (index >= m_writes.size()) {
        list();
        return;
    }
    const Write &w = m_writes.at(index);
    m_store->write(w.entry, w.secret, this, [this, index](const CredentialResult &result) {
        if (!result.ok()) {
            Result r;
            r.status = Result::Status::KeychainFailed;
            r.keychain = result;
            r.error =
                tr("%1: %2", "what failed: why").arg(m_writes.at(index).failure, CredentialStore::describe(result));
            undo(index - 1, r);
            return;
        }
        if (m_cancelled) {
            undo(index, cancelled());
            return;
        }
        writeNext(index + 1);
    });
}

void WorkspaceAdder::list()
{
    WorkspaceSettings settings(m_settings);
    if (const QString problem = settings.add(m_workspace); !problem.isEmpty()) {
        Result r;
        r.status = Result::Status::SettingsFailed;
        r.error = problem;
        r.settingsPath = settings.fileName();
        undo(int(m_writes.size()) - 1, r);
        return;
    }
    Result r;
    r.workspace = m_workspace;
    finish(r);
}

// Deletes the entries written before the failure, newest first, then reports it with what remains.
void WorkspaceAdder::undo(int index, Result result)
{
    if (index < 0) {
        result.leftover = KeychainEntries::leftover(m_store, result.remaining);
        result.error += result.leftover;
        finish(result);
        return;
    }
    const QString entry = m_writes.at(index).entry;
    m_store->remove(entry, this, [this, index, entry, result](const CredentialResult &removed) mutable {
        if (KeychainEntries::failed(removed))
            result.remaining.prepend(KeychainEntries::problem(entry, removed));
        undo(index - 1, result);
    });
}
