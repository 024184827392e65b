// ConsoleSession: region checks, App API key checks and the diagnosis (see consolesession.h).
#include "consolesession.h"

#include "requestlogcells.h"
#include "requestlogstore.h"
#include "throttle.h"

#include <QSettings>

namespace {
bool isTrackCallForDiagnosis(const RequestRecord &record)
{
    return record.call != CallKind::Region && record.call != CallKind::AppKeyCheck && !record.handledBy.isEmpty();
}

// "GET <url of the last hop> → <status or error>": the request that failed, as sent.
QString failedRequestText(const RequestRecord &record)
{
    if (record.hops.isEmpty())
        return QString();
    const Hop &hop = record.hops.last();
    return QStringLiteral("%1 %2 → %3")
        .arg(record.method, hop.url.toString(QUrl::RemoveUserInfo), RequestLogCells::statusText(record));
}
} // namespace

// --- operations on any workspace ---------------------------------------------------------------------------

void ConsoleSession::readTrackCredentials(const Workspace &workspace, QObject *context, CredentialsDone done)
{
    const QString siteId = workspace.siteId;
    storeFor(workspace)->read(
        CredentialStore::entryKey(workspace.name, SecretKind::TrackApiKey), context,
        [siteId, done](const CredentialResult &result) {
            done(result, result.ok() ? TrackCredentials {siteId, result.secret} : TrackCredentials {siteId, QString()});
        });
}

void ConsoleSession::readAppApiKey(const Workspace &workspace, QObject *context,
                                   std::function<void(const CredentialResult &)> done)
{
    storeFor(workspace)->read(CredentialStore::entryKey(workspace.name, SecretKind::AppApiKey), context,
                              std::move(done));
}

bool ConsoleSession::detectRegion(const QString &workspace, const TrackCredentials &credentials, Region via,
                                  QObject *context, RegionDone done)
{
    return detectRegion(workspace, credentials, via, true, context, std::move(done));
}

bool ConsoleSession::detectRegion(const QString &workspace, const TrackCredentials &credentials, Region via,
                                  bool remember, QObject *context, RegionDone done)
{
    const Client *client = active();
    if (!client)
        return false;
    QPointer<QObject> guard(context);
    client->detector->detect(
        credentials, via, workspace, this,
        [this, workspace, remember, guard, done](const RegionInfo &info, const RequestRecord &record) {
            if (remember && !workspace.isEmpty())
                learnRegion(workspace, info, failedRequestText(record));
            if (guard)
                done(info, record);
        });
    return true;
}

void ConsoleSession::learnRegion(const QString &name, const RegionInfo &info, const QString &failedRequest)
{
    // What another process changed in the meantime (a workspace removed, one added) is kept.
    m_settings->sync();
    Workspace *w = find(name);
    if (!w) {
        // A configured workspace that is not listed (the command line lists none): remembered in the settings.
        std::optional<Workspace> stored = m_repository->find(name);
        if (!stored || !info.ok)
            return;
        rememberDetection(&*stored, info);
        m_repository->save(*stored);
        return;
    }
    if (!info.ok || !activeEndpoints()) {
        // A failed check keeps the stored region as "last seen" only: never read as the region now, and never
        // a silent route to the US.
        if (!failedRequest.isEmpty())
            m_failedRequest.insert(name, failedRequest);
        markRegionUnverified(name, info.ok ? tr("no usable endpoint table") : info.error);
        return;
    }
    m_regionCheckFailed.remove(name);
    m_failedRequest.remove(name);
    // What was learned with other credentials or another region no longer applies.
    if (w->region != info.region)
        m_appKeyProbes.remove(name);
    rememberDetection(w, info);
    if (!w->sessionOnly && m_repository->find(name))
        m_repository->save(*w);
    const Workspace updated = *w;
    Q_EMIT workspaceUpdated(updated);
    announceDiagnoses();
}

bool ConsoleSession::probeAppKey(const QString &workspace, const TrackCredentials &credentials, const QString &appKey,
                                 Region accountRegion, bool alsoOtherRegion, QObject *context,
                                 std::function<void(const QList<AppKeyProbe> &)> done)
{
    const Client *client = active();
    if (!client)
        return false;
    // The account's own App API host (the US host while the region is unknown); on request, then the other
    // region's: Customer.io does not redirect App API calls, so that host refuses a key of this account.
    TrackClient::Options options;
    options.workspace = workspace;
    options.accountRegion = accountRegion;
    options.appApiKey = appKey;
    QPointer<QObject> guard(context);
    checkAppApiKey(client->client, credentials, options, alsoOtherRegion, this,
                   [this, workspace, guard, done](const QList<AppKeyProbe> &probes) {
                       if (!workspace.isEmpty())
                           m_appKeyProbes.insert(workspace, probes);
                       if (guard)
                           done(probes);
                   });
    return true;
}

QList<Diagnosis> ConsoleSession::diagnose(const Workspace &workspace, const QList<AppKeyProbe> &probes) const
{
    DiagnosisInput input;
    input.workspace = workspace;
    input.others = m_workspaces.isEmpty() ? m_repository->list() : m_workspaces;
    input.lastCallPassedUs = !workspace.name.isEmpty() && lastCallPassedUs(workspace.name);
    input.appKeyProbes = probes;
    return ::diagnose(input);
}

// --- many workspaces at once (FleetCheck) ----------------------------------------------------------------

void ConsoleSession::beginBulkChecks()
{
    ++m_bulkChecks;
}

void ConsoleSession::endBulkChecks()
{
    if (m_bulkChecks > 0 && --m_bulkChecks == 0)
        m_diagnosesThrottle->flush();
}

void ConsoleSession::announceDiagnoses()
{
    if (m_bulkChecks > 0)
        m_diagnosesThrottle->request();
    else
        Q_EMIT diagnosesChanged();
}

void ConsoleSession::setParallelRequests(int requests)
{
    m_parallelRequests = qMax(m_parallelRequests, requests);
    // Both clients: a fleet check goes on through the other one when the sandbox is left or entered meanwhile.
    for (const Client *client : {&m_real, &m_sandboxClient}) {
        if (client->client)
            client->client->setParallelRequests(m_parallelRequests);
    }
}

// --- the selected workspace --------------------------------------------------------------------------------

void ConsoleSession::failCheck(const QString &name, const QString &reason)
{
    markRegionUnverified(name, reason);
    RegionInfo info;
    info.error = reason;
    Q_EMIT regionCheckFinished(name, info);
    Q_EMIT diagnosesChanged();
}

void ConsoleSession::recheckRegion()
{
    const std::optional<Workspace> w = currentWorkspace();
    if (!w)
        return;
    const int serial = ++m_selectionSerial;
    const QString name = w->name;
    m_credentials.reset();
    m_failedRequest.remove(name);
    if (!w->hasTrackCredentials()) {
        // Nothing to detect with: a stated state, not a failed check. Its sources' regions come from its
        // account or the admin's choice (pipelinesRegionOf()).
        Q_EMIT credentialsChanged(false, tr("No Track credentials: this workspace sends Pipelines calls only."));
        Q_EMIT diagnosesChanged();
        return;
    }
    Q_EMIT regionCheckStarted(*w);
    Q_EMIT credentialsChanged(
        false, w->sessionOnly ? tr("Reading the Track API key…") : tr("Reading the Track API key from the keychain…"));
    readTrackCredentials(*w, this, [this, serial, name](const CredentialResult &result, const TrackCredentials &key) {
        const std::optional<Workspace> current = currentWorkspace();
        if (serial != m_selectionSerial || !current || current->name != name)
            return;
        if (!result.ok()) {
            const QString reason = CredentialStore::describe(result);
            Q_EMIT credentialsChanged(false, tr("Track API key unavailable: %1").arg(reason));
            failCheck(name, reason);
            return;
        }
        m_credentials = key;
        if (!active()) {
            Q_EMIT credentialsChanged(false, tr("No usable endpoint table."));
            failCheck(name, tr("the endpoint table is invalid (%1)").arg(m_endpointError));
            return;
        }
        Q_EMIT credentialsChanged(true, QString());
        detectRegion(name, key, current->firstHopRegion(), this,
                     [this, serial, name](const RegionInfo &info, const RequestRecord &) {
                         // A check that finished after the selection moved on updated the workspace only.
                         if (serial == m_selectionSerial)
                             Q_EMIT regionCheckFinished(name, info);
                     });
    });
}

void ConsoleSession::detectInBackground(const Workspace &workspace)
{
    if (!workspace.hasTrackCredentials())
        return;
    const QString name = workspace.name;
    const Region firstHop = workspace.firstHopRegion();
    readTrackCredentials(workspace, this,
                         [this, name, firstHop](const CredentialResult &result, const TrackCredentials &key) {
                             if (!result.ok())
                                 return;
                             detectRegion(name, key, firstHop, false, this,
                                          [this, name](const RegionInfo &info, const RequestRecord &record) {
                                              // The selected workspace has its own check, with the panel.
                                              if (name != m_current)
                                                  learnRegion(name, info, failedRequestText(record));
                                          });
                         });
}

void ConsoleSession::markRegionUnverified(const QString &name, const QString &reason)
{
    m_regionCheckFailed.insert(name, reason);
    if (const Workspace *w = find(name))
        Q_EMIT workspaceUpdated(*w);
}

bool ConsoleSession::lastCallPassedUs(const QString &name) const
{
    const auto known = m_lastCallPassedUs.constFind(name);
    if (known != m_lastCallPassedUs.cend())
        return *known;
    if (!m_logStore || !m_logStore->isOpen())
        return false;
    // The newest finished Track call of the workspace in the log, the command line's included.
    RequestLogFilter filter;
    filter.workspace = name;
    const QList<RequestLogEntry> recent = m_logStore->fetchOlder(filter, 0, 50, 0);
    for (const RequestLogEntry &entry : recent) {
        if (isTrackCallForDiagnosis(entry.record))
            return passedThroughUs(entry.record);
    }
    return false;
}

void ConsoleSession::noteFinishedCall(const RequestRecord &record)
{
    if (isTrackCallForDiagnosis(record))
        m_lastCallPassedUs.insert(record.workspace, passedThroughUs(record));
}

QList<Diagnosis> ConsoleSession::diagnoses() const
{
    const std::optional<Workspace> w = currentWorkspace();
    if (!w || m_regionCheckFailed.contains(w->name))
        return {};
    return diagnose(*w, m_appKeyProbes.value(w->name));
}

void ConsoleSession::checkAppKey(bool alsoOtherRegion)
{
    const std::optional<Workspace> w = currentWorkspace();
    if (!w || !active() || !m_credentials || w->region == Region::Unknown)
        return;
    const QString name = w->name;
    const Region region = w->region;
    const int serial = m_selectionSerial;
    Q_EMIT appKeyCheckStarted();
    readAppApiKey(*w, this, [this, name, region, serial, alsoOtherRegion](const CredentialResult &result) {
        if (serial != m_selectionSerial)
            return;
        if (!result.ok() || !active() || !m_credentials) {
            Q_EMIT appKeyCheckUnavailable(
                result.ok() ? tr("No usable endpoint table.")
                            : tr("App API key unavailable: %1").arg(CredentialStore::describe(result)));
            return;
        }
        probeAppKey(name, *m_credentials, result.secret, region, alsoOtherRegion, this,
                    [this, name, serial](const QList<AppKeyProbe> &) {
                        if (serial != m_selectionSerial)
                            return;
                        Q_EMIT appKeyProbesChanged(name);
                        Q_EMIT diagnosesChanged();
                    });
    });
}
