#include "workspaceedit.h"

#include "keychainentries.h"
#include "workspacesettings.h"

#include <QCoreApplication>
#include <QTimer>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceEdit)
};

using KeychainEntries::failed;
} // namespace

WorkspaceEdit WorkspaceEdit::of(const Workspace &workspace)
{
    WorkspaceEdit edit;
    edit.before = workspace;
    edit.name = workspace.name;
    edit.siteId = workspace.siteId;
    edit.account = workspace.account;
    edit.route = workspace.route;
    return edit;
}

bool WorkspaceEdit::changesSomething() const
{
    return renamed() || credentialsChanged() || account != before.account || route != before.route
        || appApiKey.has_value() || (removeAppApiKey && before.hasAppApiKey);
}

QString WorkspaceEdit::validate(const QStringList &otherNames) const
{
    QString problem = validateWorkspaceName(name);
    if (problem.isEmpty() && renamed() && otherNames.contains(name))
        problem = Text::tr("Workspace name: a workspace named \"%1\" already exists").arg(name);
    if (problem.isEmpty())
        problem = validateSiteId(siteId);
    if (problem.isEmpty())
        problem = validateAccountName(account);
    if (problem.isEmpty() && trackApiKey)
        problem = validateApiKey(Text::tr("Track API key"), *trackApiKey);
    if (problem.isEmpty() && appApiKey)
        problem = validateApiKey(Text::tr("App API key"), *appApiKey);
    if (problem.isEmpty() && appApiKey && removeAppApiKey)
        problem = Text::tr("App API key: give a new key or remove the key, not both");
    if (problem.isEmpty() && removeAppApiKey && !before.hasAppApiKey)
        problem = Text::tr("App API key: the workspace \"%1\" has none to remove").arg(before.name);
    if (problem.isEmpty() && !changesSomething())
        problem = Text::tr("Nothing to change: the workspace \"%1\" already has these values").arg(before.name);
    return problem;
}

WorkspaceEditor::WorkspaceEditor(CredentialStore *store, QSettings *settings, RegionDetector *detector, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_detector(detector)
{ }

void WorkspaceEditor::start(const WorkspaceEdit &edit, Done done)
{
    m_edit = edit;
    m_done = std::move(done);
    m_after = edit.before;
    m_after.name = edit.name;
    m_after.siteId = edit.siteId;
    m_after.account = edit.account;
    m_after.route = edit.route;
    m_after.hasAppApiKey = !edit.removeAppApiKey && (edit.appApiKey.has_value() || edit.before.hasAppApiKey);
    if (edit.credentialsChanged()) {
        // Learned from the old credentials: not known for the new ones until a check succeeds.
        m_after.region = Region::Unknown;
        m_after.environmentId = -1;
        m_after.verifiedAt = QDateTime();
        m_after.verifiedVia.clear();
    }
    // Never answer from inside start().
    QTimer::singleShot(0, this, &WorkspaceEditor::preflight);
}

void WorkspaceEditor::preflight()
{
    if (!m_edit.before.sessionOnly) {
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
    readKeys();
}

void WorkspaceEditor::finish(const Result &result)
{
    if (!m_done)
        return;
    const Done done = std::exchange(m_done, nullptr);
    done(result);
}

void WorkspaceEditor::fail(const QString &what, const CredentialResult &result)
{
    Result r;
    r.status = Result::Status::KeychainFailed;
    r.keychain = result;
    r.error = Text::tr("%1: %2", "what failed: why").arg(what, CredentialStore::describe(result));
    finish(r);
}

void WorkspaceEditor::readEntry(const QString &entry, std::optional<QString> *into, std::function<void()> next)
{
    m_store->read(entry, this, [this, into, next, entry](const CredentialResult &result) {
        if (failed(result)) {
            fail(entry.endsWith(QStringLiteral("/app-api-key")) ? Text::tr("could not read the App API key")
                                                                : Text::tr("could not read the Track API key"),
                 result);
            return;
        }
        if (result.ok())
            *into = result.secret;
        next();
    });
}

void WorkspaceEditor::readKeys()
{
    const WorkspaceEdit &e = m_edit;
    const bool checkWithStoredKey = !e.trackApiKey && e.siteId != e.before.siteId && e.verify && m_detector;
    // A key overwritten in place is put back from its old value if a later write or the settings fail.
    const bool needOldTrack = (e.renamed() && !e.trackApiKey) || checkWithStoredKey || (!e.renamed() && e.trackApiKey);
    const bool needOldApp = (e.renamed() && e.before.hasAppApiKey && !e.removeAppApiKey && !e.appApiKey)
        || (!e.renamed() && e.appApiKey && e.before.hasAppApiKey);
    if (!needOldTrack && !needOldApp) {
        check();
        return;
    }
    Q_EMIT stepChanged(Step::ReadingKeys);
    const QString name = e.before.name;
    const auto readApp = [this, needOldApp, name] {
        if (!needOldApp) {
            check();
            return;
        }
        readEntry(CredentialStore::entryKey(name, SecretKind::AppApiKey), &m_oldApp, [this] { check(); });
    };
    if (needOldTrack)
        readEntry(CredentialStore::entryKey(name, SecretKind::TrackApiKey), &m_oldTrack, readApp);
    else
        readApp();
}

void WorkspaceEditor::check()
{
    const WorkspaceEdit &e = m_edit;
    if (!e.credentialsChanged() || !e.verify) {
        writeKeys();
        return;
    }
    if (!m_detector) {
        m_result.warning =
            Text::tr("the credentials were not checked (no usable endpoint table); the region is unknown "
                     "until a check succeeds");
        writeKeys();
        return;
    }
    const std::optional<QString> key = e.trackApiKey ? e.trackApiKey : m_oldTrack;
    if (!key) {
        CredentialResult missing;
        missing.error = CredentialResult::Error::NotFound;
        fail(Text::tr("could not check the new Site ID: the Track API key"), missing);
        return;
    }
    Q_EMIT stepChanged(Step::CheckingCredentials);
    m_detector->detect({m_after.siteId, *key}, Region::Us, m_after.name, this,
                       [this](const RegionInfo &info, const RequestRecord &record) {
                           if (info.ok) {
                               rememberDetection(&m_after, info);
                               m_result.checked = true;
                           } else if (record.status == 401) {
                               Result r;
                               r.status = Result::Status::Rejected;
                               r.error = info.error;
                               finish(r);
                               return;
                           } else {
                               m_result.warning = Text::tr("the credentials could not be checked (%1); the region is "
                                                           "unknown until a check succeeds")
                                                      .arg(info.error);
                           }
                           writeKeys();
                       });
}

void WorkspaceEditor::writeKeys()
{
    const WorkspaceEdit &e = m_edit;
    const QString track = CredentialStore::entryKey(e.name, SecretKind::TrackApiKey);
    const QString app = CredentialStore::entryKey(e.name, SecretKind::AppApiKey);
    if (e.renamed()) {
        if (const std::optional<QString> key = e.trackApiKey ? e.trackApiKey : m_oldTrack)
            m_writes.append({track, *key, std::nullopt});
    } else if (e.trackApiKey) {
        m_writes.append({track, *e.trackApiKey, m_oldTrack});
    }
    if (e.appApiKey)
        m_writes.append({app, *e.appApiKey, e.renamed() ? std::nullopt : m_oldApp});
    else if (e.renamed() && m_oldApp && !e.removeAppApiKey)
        m_writes.append({app, *m_oldApp, std::nullopt});
    if (!m_writes.isEmpty())
        Q_EMIT stepChanged(Step::SavingKeys);
    writeNext(0);
}

void WorkspaceEditor::writeNext(int index)
{
    if (index >= m_writes.size()) {
        saveMetadata();
        return;
    }
    const Write &w = m_writes.at(index);
    m_store->write(w.entry, w.secret, this, [this, index](const CredentialResult &result) {
        if (!result.ok()) {
            const bool app = m_writes.at(index).entry.endsWith(QStringLiteral("/app-api-key"));
            Result r;
            r.status = Result::Status::KeychainFailed;
            r.keychain = result;
            r.error = Text::tr("%1: %2", "what failed: why")
                          .arg(app ? Text::tr("could not save the App API key")
                                   : Text::tr("could not save the Track API key"),
                               CredentialStore::describe(result));
            undo(index - 1, r, {});
            return;
        }
        writeNext(index + 1);
    });
}

void WorkspaceEditor::saveMetadata()
{
    WorkspaceSettings settings(m_settings);
    if (const QString problem = settings.replace(m_edit.before, m_after); !problem.isEmpty()) {
        Result r;
        r.status = Result::Status::SettingsFailed;
        r.error = problem;
        r.settingsPath = settings.fileName();
        undo(int(m_writes.size()) - 1, r, {});
        return;
    }
    removeOld();
}

// Undoes the writes up to `index`, newest first, then reports the failure (and what could not be undone).
void WorkspaceEditor::undo(int index, Result failure, QStringList remaining)
{
    if (index < 0) {
        if (!remaining.isEmpty())
            failure.error += Text::tr("; these keychain entries could not be put back and hold the new key: %1")
                                 .arg(remaining.join(QStringLiteral("; ")));
        finish(failure);
        return;
    }
    const Write &w = m_writes.at(index);
    const auto next = [this, index, failure, remaining, entry = w.entry](const CredentialResult &result) mutable {
        if (failed(result))
            remaining << KeychainEntries::problem(entry, result);
        undo(index - 1, failure, remaining);
    };
    if (w.previous)
        m_store->write(w.entry, *w.previous, this, next);
    else
        m_store->remove(w.entry, this, next);
}

void WorkspaceEditor::removeOld()
{
    const WorkspaceEdit &e = m_edit;
    QStringList entries;
    if (e.renamed()) {
        entries << CredentialStore::entryKey(e.before.name, SecretKind::TrackApiKey);
        if (e.before.hasAppApiKey)
            entries << CredentialStore::entryKey(e.before.name, SecretKind::AppApiKey);
    } else if (e.removeAppApiKey && e.before.hasAppApiKey) {
        entries << CredentialStore::entryKey(e.before.name, SecretKind::AppApiKey);
    }
    if (!entries.isEmpty())
        Q_EMIT stepChanged(Step::RemovingOldEntries);
    removeNext(entries, {});
}

void WorkspaceEditor::removeNext(QStringList entries, QStringList remaining)
{
    if (entries.isEmpty()) {
        Result r = m_result;
        r.status = Result::Status::Saved;
        r.workspace = m_after;
        r.remaining = remaining;
        finish(r);
        return;
    }
    const QString entry = entries.takeFirst();
    m_store->remove(entry, this, [this, entry, entries, remaining](const CredentialResult &result) mutable {
        if (failed(result))
            remaining << KeychainEntries::problem(entry, result);
        removeNext(entries, remaining);
    });
}
