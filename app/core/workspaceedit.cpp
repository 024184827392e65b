#include "workspaceedit.h"

#include "keychainentries.h"
#include "keycheck.h"
#include "workspacesettings.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

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
    edit.pipelinesSources = workspace.pipelinesSources;
    return edit;
}

bool WorkspaceEdit::changesSomething() const
{
    return renamed() || credentialsChanged() || account != before.account || route != before.route
        || appApiKey.has_value() || (removeAppApiKey && before.hasAppApiKey)
        || pipelinesSources != before.pipelinesSources || !pipelinesApiKeys.isEmpty();
}

QStringList WorkspaceEdit::addedSources() const
{
    QStringList added;
    for (const PipelinesSource &s : pipelinesSources) {
        if (!before.pipelinesSource(s.name))
            added << s.name;
    }
    return added;
}

QStringList WorkspaceEdit::removedSources() const
{
    QStringList removed;
    for (const PipelinesSource &s : before.pipelinesSources) {
        const bool kept = std::any_of(pipelinesSources.cbegin(), pipelinesSources.cend(),
                                      [&s](const PipelinesSource &a) { return a.name == s.name; });
        if (!kept)
            removed << s.name;
    }
    return removed;
}

void WorkspaceEdit::setPipelinesSource(const QString &source, const QString &key, std::optional<Region> chosenRegion)
{
    if (!key.isEmpty())
        pipelinesApiKeys.insert(source, key);
    for (PipelinesSource &s : pipelinesSources) {
        if (s.name == source) {
            if (chosenRegion)
                s.chosenRegion = chosenRegion;
            return;
        }
    }
    pipelinesSources << PipelinesSource {source, chosenRegion};
}

bool WorkspaceEdit::removePipelinesSource(const QString &source)
{
    pipelinesApiKeys.remove(source);
    return pipelinesSources.removeIf([&source](const PipelinesSource &s) { return s.name == source; }) > 0;
}

QString WorkspaceEdit::validate(const QStringList &otherNames) const
{
    QString problem = validateWorkspaceName(name);
    if (problem.isEmpty() && renamed() && otherNames.contains(name))
        problem = Text::tr("Workspace name: a workspace named \"%1\" already exists").arg(name);
    // Track credentials may be added to a Pipelines-only workspace, never removed.
    if (problem.isEmpty() && (!siteId.isEmpty() || before.hasTrackCredentials()))
        problem = validateSiteId(siteId);
    if (problem.isEmpty())
        problem = validateAccountName(account);
    if (problem.isEmpty())
        problem = validatePipelinesSources(pipelinesSources);
    for (auto it = pipelinesApiKeys.cbegin(); problem.isEmpty() && it != pipelinesApiKeys.cend(); ++it) {
        const bool listed = std::any_of(pipelinesSources.cbegin(), pipelinesSources.cend(),
                                        [&it](const PipelinesSource &s) { return s.name == it.key(); });
        if (!listed)
            problem = Text::tr("Pipelines source \"%1\": the workspace has no such source").arg(it.key());
        else
            problem =
                validatePipelinesApiKey(Text::tr("API key of the Pipelines source \"%1\"").arg(it.key()), it.value());
    }
    const QStringList added = addedSources();
    for (const QString &source : added) {
        if (problem.isEmpty() && !pipelinesApiKeys.contains(source))
            problem = Text::tr("Pipelines source \"%1\": a new source needs its API key").arg(source);
    }
    if (problem.isEmpty()) {
        const bool hasTrack = before.hasTrackCredentials() || trackApiKey.has_value();
        const bool hasApp = !removeAppApiKey && (appApiKey.has_value() || before.hasAppApiKey);
        problem = validateCredentialSet(siteId, hasTrack, hasApp, int(pipelinesSources.size()));
    }
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
    m_after.pipelinesSources = edit.pipelinesSources;
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

void WorkspaceEditor::readNext(QList<Read> reads)
{
    if (reads.isEmpty()) {
        check();
        return;
    }
    const Read read = reads.takeFirst();
    m_store->read(read.entry, this, [this, read, reads](const CredentialResult &result) {
        if (failed(result)) {
            fail(read.failure, result);
            return;
        }
        if (result.ok())
            read.keep(result.secret);
        readNext(reads);
    });
}

void WorkspaceEditor::readKeys()
{
    const WorkspaceEdit &e = m_edit;
    const bool newAppKey = e.appApiKey.has_value() && !e.appApiKey->isEmpty();
    const bool checkWithStoredKey =
        !e.trackApiKey && (e.siteId != e.before.siteId || newAppKey) && e.verify && m_detector;
    // A key overwritten in place is put back from its old value if a later write or the settings fail.
    const bool needOldTrack = (e.renamed() && !e.trackApiKey && e.before.hasTrackCredentials()) || checkWithStoredKey
        || (!e.renamed() && e.trackApiKey);
    const bool needOldApp = (e.renamed() && e.before.hasAppApiKey && !e.removeAppApiKey && !e.appApiKey)
        || (!e.renamed() && e.appApiKey && e.before.hasAppApiKey);
    const QString name = e.before.name;
    QList<Read> reads;
    if (needOldTrack)
        reads.append({CredentialStore::entryKey(name, SecretKind::TrackApiKey),
                      Text::tr("could not read the Track API key"),
                      [this](const QString &secret) { m_oldTrack = secret; }});
    if (needOldApp)
        reads.append({CredentialStore::entryKey(name, SecretKind::AppApiKey),
                      Text::tr("could not read the App API key"),
                      [this](const QString &secret) { m_oldApp = secret; }});
    // A kept source's key: moved under a new name, or put back when its new key cannot be kept.
    for (const PipelinesSource &source : e.pipelinesSources) {
        if (!e.before.pipelinesSource(source.name))
            continue;
        const bool newKey = e.pipelinesApiKeys.contains(source.name);
        if (e.renamed() == newKey)
            continue;
        const QString sourceName = source.name;
        reads.append({CredentialStore::pipelinesEntryKey(name, sourceName),
                      Text::tr("could not read the API key of the Pipelines source \"%1\"").arg(sourceName),
                      [this, sourceName](const QString &secret) { m_oldSources.insert(sourceName, secret); }});
    }
    if (!reads.isEmpty())
        Q_EMIT stepChanged(Step::ReadingKeys);
    readNext(reads);
}

void WorkspaceEditor::check()
{
    const WorkspaceEdit &e = m_edit;
    // A new App API key is checked like the Track API key: with the (new or stored) Track credentials the
    // region is asked, then the key on the account's own App API host (KeyCheck).
    const bool newAppKey = e.appApiKey.has_value() && !e.appApiKey->isEmpty();
    if (!e.needsCheck()) {
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
    checkKeys(m_detector, m_after.name, {m_after.siteId, *key}, newAppKey ? *e.appApiKey : QString(), this,
              [this](const KeyCheck &check) {
                  const RegionInfo &info = check.region;
                  if (info.ok) {
                      rememberDetection(&m_after, info);
                      m_result.checked = true;
                  } else if (check.trackRejected()) {
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
                  if (check.appKeyRejected()) {
                      Result r;
                      r.status = Result::Status::Rejected;
                      r.error = check.appKeyError();
                      finish(r);
                      return;
                  }
                  if (!check.appKeyUnchecked().isEmpty() && info.ok)
                      m_result.warning = check.appKeyUnchecked();
                  writeKeys();
              });
}

void WorkspaceEditor::writeKeys()
{
    const WorkspaceEdit &e = m_edit;
    const QString track = CredentialStore::entryKey(e.name, SecretKind::TrackApiKey);
    const QString app = CredentialStore::entryKey(e.name, SecretKind::AppApiKey);
    const QString trackFailure = Text::tr("could not save the Track API key");
    const QString appFailure = Text::tr("could not save the App API key");
    if (e.renamed()) {
        if (const std::optional<QString> key = e.trackApiKey ? e.trackApiKey : m_oldTrack)
            m_writes.append({track, *key, std::nullopt, trackFailure});
    } else if (e.trackApiKey) {
        m_writes.append({track, *e.trackApiKey, m_oldTrack, trackFailure});
    }
    if (e.appApiKey)
        m_writes.append({app, *e.appApiKey, e.renamed() ? std::nullopt : m_oldApp, appFailure});
    else if (e.renamed() && m_oldApp && !e.removeAppApiKey)
        m_writes.append({app, *m_oldApp, std::nullopt, appFailure});
    for (const PipelinesSource &source : e.pipelinesSources) {
        const QString entry = CredentialStore::pipelinesEntryKey(e.name, source.name);
        const QString failure = Text::tr("could not save the API key of the Pipelines source \"%1\"").arg(source.name);
        const auto newKey = e.pipelinesApiKeys.constFind(source.name);
        const auto oldKey = m_oldSources.constFind(source.name);
        const std::optional<QString> previous =
            oldKey == m_oldSources.cend() ? std::nullopt : std::optional<QString>(*oldKey);
        if (newKey != e.pipelinesApiKeys.cend())
            m_writes.append({entry, *newKey, e.renamed() ? std::nullopt : previous, failure});
        else if (e.renamed() && previous)
            m_writes.append({entry, *previous, std::nullopt, failure});
    }
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
            Result r;
            r.status = Result::Status::KeychainFailed;
            r.keychain = result;
            r.error = Text::tr("%1: %2", "what failed: why")
                          .arg(m_writes.at(index).failure, CredentialStore::describe(result));
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
        if (e.before.hasTrackCredentials())
            entries << CredentialStore::entryKey(e.before.name, SecretKind::TrackApiKey);
        if (e.before.hasAppApiKey)
            entries << CredentialStore::entryKey(e.before.name, SecretKind::AppApiKey);
        for (const PipelinesSource &source : e.before.pipelinesSources)
            entries << CredentialStore::pipelinesEntryKey(e.before.name, source.name);
    } else {
        if (e.removeAppApiKey && e.before.hasAppApiKey)
            entries << CredentialStore::entryKey(e.before.name, SecretKind::AppApiKey);
        const QStringList removed = e.removedSources();
        for (const QString &source : removed)
            entries << CredentialStore::pipelinesEntryKey(e.before.name, source);
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
