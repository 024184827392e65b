#include "fleetcheck.h"

#include "consolesession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTimer>

#include <memory>

QJsonObject FleetCheck::Result::toJson() const
{
    QJsonObject o = info.toJson();
    o.insert(QStringLiteral("workspace"), workspace.name);
    o.insert(QStringLiteral("account"), workspace.account);
    o.insert(QStringLiteral("site_id"), workspace.siteId);
    o.insert(QStringLiteral("via"), regionCode(via));
    o.insert(QStringLiteral("ok"), info.ok);
    o.insert(QStringLiteral("duration_ms"), durationMs);
    o.insert(QStringLiteral("pipelines_only"), pipelinesOnly);
    if (!appKeyProbes.isEmpty()) {
        QJsonArray probes;
        for (const AppKeyProbe &p : appKeyProbes)
            probes.append(p.toJson());
        o.insert(QStringLiteral("app_key"), probes);
    }
    return o;
}

QJsonObject FleetCheck::Summary::toJson() const
{
    QJsonObject regions;
    for (auto it = perRegion.cbegin(); it != perRegion.cend(); ++it)
        regions.insert(it.key(), it.value());
    return {{QStringLiteral("summary"), true},
            {QStringLiteral("total"), total},
            {QStringLiteral("checked"), checked},
            {QStringLiteral("per_region"), regions},
            {QStringLiteral("failures"), failures},
            {QStringLiteral("pipelines_only"), pipelinesOnly},
            {QStringLiteral("disagreements"), QJsonArray::fromStringList(disagreements)},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("duration_ms"), durationMs}};
}

FleetCheck::FleetCheck(ConsoleSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

FleetCheck::~FleetCheck()
{
    if (m_running)
        stopRunning();
}

void FleetCheck::stopRunning()
{
    m_running = false;
    if (m_session)
        m_session->endBulkChecks();
}

QStringList FleetCheck::disagreements(const QList<Result> &results)
{
    QMap<QString, QMap<QString, QStringList>> byAccount; // account -> region -> workspaces
    for (const Result &r : results) {
        if (r.info.ok && !r.workspace.account.isEmpty())
            byAccount[r.workspace.account][regionCode(r.info.region)] << r.workspace.name;
    }
    QStringList lines;
    for (auto account = byAccount.cbegin(); account != byAccount.cend(); ++account) {
        if (account->size() < 2)
            continue;
        QStringList parts;
        for (auto region = account->cbegin(); region != account->cend(); ++region)
            parts << QStringLiteral("%1 (%2)").arg(region.key(), region->join(QStringLiteral(", ")));
        lines << QStringLiteral("%1: %2").arg(account.key(), parts.join(QStringLiteral(", ")));
    }
    return lines;
}

bool FleetCheck::start(const QList<Workspace> &workspaces, int concurrency, bool probeAppKeys)
{
    if (m_running)
        return false;
    ++m_generation; // nothing of an earlier check is taken for this one
    m_queue = workspaces;
    m_results.clear();
    m_keys.clear();
    m_reading.clear();
    m_waiting.clear();
    m_total = int(workspaces.size());
    m_inFlight = 0;
    m_peakInFlight = 0;
    m_concurrency = qBound(1, concurrency, MaxConcurrency);
    m_session->setParallelRequests(m_concurrency); // else Qt holds back what is over six a host
    m_session->beginBulkChecks();
    m_probeAppKeys = probeAppKeys;
    m_running = true;
    m_startedAt = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT progress(0, m_total);
    launchMore();
    return true;
}

void FleetCheck::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_queue.clear();
    m_keys.clear();
    m_reading.clear();
    m_waiting.clear();
    m_inFlight = 0;
    stopRunning();
    Q_EMIT finished(summarize(true));
}

FleetCheck::Summary FleetCheck::summarize(bool cancelled) const
{
    Summary summary;
    summary.total = m_total;
    summary.checked = int(m_results.size());
    summary.cancelled = cancelled;
    for (const Result &r : std::as_const(m_results)) {
        if (r.info.ok)
            ++summary.perRegion[regionCode(r.info.region)];
        else if (r.pipelinesOnly)
            ++summary.pipelinesOnly;
        else
            ++summary.failures;
    }
    summary.disagreements = disagreements(m_results);
    summary.durationMs = QDateTime::currentMSecsSinceEpoch() - m_startedAt;
    return summary;
}

void FleetCheck::launchMore()
{
    while (m_running && m_inFlight < m_concurrency && !m_queue.isEmpty()) {
        ++m_inFlight;
        m_peakInFlight = qMax(m_peakInFlight, m_inFlight);
        checkOne(m_queue.takeFirst());
    }
    // The keys the next freed slots will need.
    for (qsizetype i = 0; m_running && i < qMin(qsizetype(m_concurrency), m_queue.size()); ++i)
        readKey(m_queue.at(i));
    if (m_running && m_inFlight == 0 && m_queue.isEmpty()) {
        m_keys.clear();
        stopRunning();
        Q_EMIT finished(summarize(false));
    }
}

void FleetCheck::readKey(const Workspace &workspace)
{
    if (!workspace.hasTrackCredentials() || m_keys.contains(workspace.name) || m_reading.contains(workspace.name))
        return;
    m_reading.insert(workspace.name);
    const int generation = m_generation;
    m_session->readTrackCredentials(
        workspace, this,
        [this, workspace, generation](const CredentialResult &read, const TrackCredentials &credentials) {
            if (generation != m_generation)
                return;
            m_reading.remove(workspace.name);
            if (const std::shared_ptr<QElapsedTimer> timer = m_waiting.take(workspace.name))
                checkWithKey(workspace, read, credentials, timer);
            else
                m_keys.insert(workspace.name, Key {read, credentials});
        });
}

void FleetCheck::checkOne(const Workspace &workspace)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    if (!workspace.hasTrackCredentials()) {
        Result result;
        result.workspace = workspace;
        result.pipelinesOnly = true;
        result.info.error = tr("no Track credentials (Pipelines sources only): no region check");
        // Never from inside start(): its caller connects to the results first.
        QTimer::singleShot(0, this, [this, result, generation = m_generation] { done(result, generation); });
        return;
    }
    if (m_keys.contains(workspace.name)) {
        const Key key = m_keys.take(workspace.name);
        checkWithKey(workspace, key.read, key.credentials, timer);
        return;
    }
    m_waiting.insert(workspace.name, timer);
    readKey(workspace);
}

void FleetCheck::checkWithKey(const Workspace &workspace, const CredentialResult &read,
                              const TrackCredentials &credentials, const std::shared_ptr<QElapsedTimer> &timer)
{
    const int generation = m_generation;
    Result result;
    result.workspace = workspace;
    result.via = workspace.firstHopRegion();
    if (!read.ok() || credentials.trackApiKey.isEmpty()) {
        result.credentialsMissing = true;
        result.info.error =
            read.ok() ? tr("Track API key: none stored") : tr("Track API key: %1").arg(CredentialStore::describe(read));
        result.durationMs = timer->elapsed();
        done(result, generation);
        return;
    }
    const bool sent = m_session->detectRegion(
        workspace.name, credentials, result.via, this,
        [this, result, credentials, generation, timer](const RegionInfo &info, const RequestRecord &) mutable {
            if (generation != m_generation)
                return;
            result.info = info;
            if (!m_probeAppKeys || !info.ok || !result.workspace.hasAppApiKey) {
                result.durationMs = timer->elapsed();
                done(result, generation);
                return;
            }
            m_session->readAppApiKey(
                result.workspace, this,
                [this, result, credentials, generation, timer](const CredentialResult &key) mutable {
                    if (generation != m_generation)
                        return;
                    if (!key.ok()
                        || !m_session->probeAppKey(
                            result.workspace.name, credentials, key.secret, result.info.region, false, this,
                            [this, result, generation, timer](const QList<AppKeyProbe> &probes) mutable {
                                result.appKeyProbes = probes;
                                result.durationMs = timer->elapsed();
                                done(result, generation);
                            })) {
                        result.durationMs = timer->elapsed();
                        done(result, generation);
                    }
                });
        });
    if (!sent) {
        result.info.error = tr("no usable endpoint table");
        done(result, generation);
    }
}

void FleetCheck::done(Result result, int generation)
{
    if (generation != m_generation)
        return;
    --m_inFlight;
    m_results << result;
    Q_EMIT workspaceChecked(result);
    Q_EMIT progress(int(m_results.size()), m_total);
    launchMore();
}
