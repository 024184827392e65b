#include "workspaceremover.h"

#include "keychainentries.h"
#include "workspacesettings.h"

#include <QTimer>

WorkspaceRemover::WorkspaceRemover(CredentialStore *store, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
{ }

void WorkspaceRemover::start(const Workspace &workspace, Done done)
{
    m_workspace = workspace;
    m_done = std::move(done);
    // Never answer from inside start().
    QTimer::singleShot(0, this, &WorkspaceRemover::begin);
}

void WorkspaceRemover::finish(const Result &result)
{
    if (!m_done)
        return;
    const Done done = std::exchange(m_done, nullptr);
    done(result);
}

void WorkspaceRemover::begin()
{
    if (!m_workspace.sessionOnly) {
        const WorkspaceSettings settings(m_settings);
        if (const QString problem = settings.checkWritable(); !problem.isEmpty()) {
            Result r;
            r.status = Result::Status::SettingsFailed;
            r.error = problem
                + tr("; the workspace \"%1\" was kept and its keychain entries were not touched").arg(m_workspace.name);
            r.settingsPath = settings.fileName();
            finish(r);
            return;
        }
    }
    // The App and Track API keys' entries whatever the metadata says (an entry left by an earlier failure
    // goes too), and each listed Pipelines source's.
    removeNext(CredentialStore::entryKeys(m_workspace.name, m_workspace.pipelinesSourceNames()));
}

void WorkspaceRemover::removeNext(QStringList entries)
{
    if (entries.isEmpty()) {
        unlist();
        return;
    }
    const QString entry = entries.takeFirst();
    m_store->remove(entry, this, [this, entry, entries](const CredentialResult &result) {
        if (KeychainEntries::failed(result)) {
            Result r;
            r.status = Result::Status::KeychainFailed;
            r.keychain = result;
            r.remaining << KeychainEntries::problem(entry, result);
            r.error = tr("could not remove the keychain entry \"%1\" (it remains; the workspace was kept): %2")
                          .arg(entry, CredentialStore::describe(result));
            finish(r);
            return;
        }
        removeNext(entries);
    });
}

void WorkspaceRemover::unlist()
{
    WorkspaceSettings settings(m_settings);
    if (const QString problem = settings.remove(m_workspace); !problem.isEmpty()) {
        Result r;
        r.status = Result::Status::SettingsFailed;
        r.error = problem
            + tr("; the keychain entries of the workspace \"%1\" were deleted, but it is still listed: remove it "
                 "again once the file can be written")
                  .arg(m_workspace.name);
        r.settingsPath = settings.fileName();
        r.entriesDeleted = true;
        finish(r);
        return;
    }
    finish({});
}
