#include "consolesession.h"

#include "appidentity.h"
#include "burstsender.h"
#include "callreplay.h"
#include "keychaincredentialstore.h"
#include "memorycredentialstore.h"
#include "requestlogstore.h"
#include "requestrecorder.h"
#include "sandboxserver.h"
#include "throttle.h"
#include "workspaceadder.h"
#include "workspacesettings.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace {
// TrackClient numbers its calls per client, and the session runs two (configured and sandbox) whose calls
// may be in flight together: a call's row in the log, until the store gives it an id, is keyed by both.
qint64 liveId(int clientSerial, qint64 recordId)
{
    return (qint64(clientSerial) << 32) | recordId;
}

RequestRecord withLiveId(int clientSerial, const RequestRecord &record)
{
    RequestRecord row = record;
    row.id = liveId(clientSerial, record.id);
    return row;
}

void ignoreResult(const CredentialResult &) { }
} // namespace

ConsoleSession::ConsoleSession(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_settings = std::make_unique<QSettings>(
        options.settingsPath.isEmpty() ? AppIdentity::settingsPath() : options.settingsPath, QSettings::IniFormat);
    m_repository = std::make_unique<WorkspaceRepository>(m_settings.get());
    m_keychain = options.credentialStore
        ? options.credentialStore
        : new KeychainCredentialStore(AppIdentity::id(), options.keychainTimeoutMs, this);
    m_sessionStore = new MemoryCredentialStore(this);
    m_diagnosesThrottle = new Throttle(
        100, [this] { Q_EMIT diagnosesChanged(); }, this);

    if (options.endpoints) {
        m_endpoints = *options.endpoints;
    } else {
        QString error;
        if (!EndpointTable::fromEnvironment(&m_endpoints, &error))
            m_endpointError = error;
    }

    m_logStore = new RequestLogStore(this);
    if (!m_logStore->open(options.logPath.isEmpty() ? RequestLogStore::defaultPath() : options.logPath))
        m_logError = m_logStore->errorString();
    // Every call reaches the log through the recorder; a call's end is final once its row is committed (a
    // kill -9 after this loses nothing shown).
    m_recorder = new RequestRecorder(m_logStore, this);
    connect(m_recorder, &RequestRecorder::committed, this,
            [this](qint64 live, const RequestRecord &record, bool stored) {
                if (!stored && m_logError.isEmpty()) {
                    const QString why = m_recorder->errorString();
                    Q_EMIT callNotLogged(live, why);
                    Q_EMIT errorMessage(tr("A call was not saved in the request log: %1").arg(why));
                }
                onCommitted(live, record);
            });

    if (m_endpointError.isEmpty())
        m_real = makeClient(m_endpoints);
}

ConsoleSession::~ConsoleSession()
{
    // Calls that end from here on must not reach a session being torn down; then the recorder goes before
    // the store it writes.
    for (TrackClient *client : findChildren<TrackClient *>())
        disconnect(client, nullptr, this, nullptr);
    delete m_recorder;
    m_recorder = nullptr;
    delete m_logStore;
    m_logStore = nullptr;
}

// --- clients -----------------------------------------------------------------------------------------------

ConsoleSession::Client ConsoleSession::makeClient(const EndpointTable &endpoints)
{
    Client c;
    c.client = new TrackClient(endpoints, this);
    c.client->setParallelRequests(m_parallelRequests);
    if (m_options.requestTimeoutMs > 0)
        c.client->setTimeoutMs(m_options.requestTimeoutMs);
    c.detector = new RegionDetector(c.client, c.client);
    c.serial = m_nextClientSerial++;
    const int serial = c.serial;
    // started and finished go to the log (with ids unique across clients, see liveId()). The log stores the
    // finished call; whatever follows the call's end waits for its commit (onCommitted()).
    connect(c.client, &TrackClient::started, this, [this, serial](const RequestRecord &record) {
        const RequestRecord row = withLiveId(serial, record);
        m_inFlight.insert(row.id);
        m_recorder->record(row);
        Q_EMIT callStarted(row.id);
    });
    connect(c.client, &TrackClient::progressed, this,
            [this, serial](const RequestRecord &record) { m_recorder->record(withLiveId(serial, record)); });
    connect(c.client, &TrackClient::finished, this,
            [this, serial](const RequestRecord &record) { m_recorder->record(withLiveId(serial, record)); });
    return c;
}

void ConsoleSession::retireClient(Client &c)
{
    TrackClient *client = c.client;
    c = Client();
    if (!client)
        return;
    // Calls still in flight end as named failures (the sandbox closes their connections); the client goes
    // once the last of them is logged.
    if (client->pendingCount() == 0) {
        client->deleteLater();
        return;
    }
    connect(client, &TrackClient::finished, client, [client] {
        if (client->pendingCount() == 0)
            client->deleteLater();
    });
}

const ConsoleSession::Client *ConsoleSession::active() const
{
    const Client &c = m_onSandbox ? m_sandboxClient : m_real;
    return c.client ? &c : nullptr;
}

const EndpointTable *ConsoleSession::activeEndpoints() const
{
    const Client *c = active();
    return c ? &c->client->endpoints() : nullptr;
}

TrackClient *ConsoleSession::activeClient() const
{
    const Client *c = active();
    return c ? c->client : nullptr;
}

RegionDetector *ConsoleSession::activeDetector() const
{
    const Client *c = active();
    return c ? c->detector : nullptr;
}

QString ConsoleSession::keychainBackend() const
{
    if (m_onSandbox || qobject_cast<MemoryCredentialStore *>(m_keychain))
        return tr("memory, this session only");
    if (qobject_cast<KeychainCredentialStore *>(m_keychain))
        return tr("Secret Service via QtKeychain");
    return QString::fromLatin1(m_keychain->metaObject()->className());
}

CredentialStore *ConsoleSession::storeFor(const Workspace &workspace) const
{
    return workspace.sessionOnly ? static_cast<CredentialStore *>(m_sessionStore) : m_keychain;
}

void ConsoleSession::onCommitted(qint64 live, const RequestRecord &record)
{
    const bool wasInFlight = m_inFlight.remove(live);
    if (m_sentCalls.remove(live) && m_sentCalls.isEmpty())
        Q_EMIT sendingChanged(false);
    noteFinishedCall(record);
    Q_EMIT callEnded(live, record);
    Q_EMIT callFinished(record);
    if (wasInFlight && m_inFlight.isEmpty())
        Q_EMIT allCommitted();
    // A call that arrived through the US host changes the diagnosis of its workspace.
    if (record.workspace == m_current && record.call != CallKind::Region)
        Q_EMIT diagnosesChanged();
}

// --- sandbox -----------------------------------------------------------------------------------------------

void ConsoleSession::writeSessionKeys(const QString &name, const QString &trackApiKey, const QString &appApiKey)
{
    m_sessionStore->write(CredentialStore::entryKey(name, SecretKind::TrackApiKey), trackApiKey, this, ignoreResult);
    if (!appApiKey.isEmpty())
        m_sessionStore->write(CredentialStore::entryKey(name, SecretKind::AppApiKey), appApiKey, this, ignoreResult);
}

void ConsoleSession::forgetSessionKeys(const Workspace &workspace)
{
    const QStringList entries = CredentialStore::entryKeys(workspace.name, workspace.pipelinesSourceNames());
    for (const QString &entry : entries)
        m_sessionStore->remove(entry, this, ignoreResult);
}

bool ConsoleSession::enterSandbox(QString *error)
{
    if (m_onSandbox)
        return true;
    auto *server = new SandboxServer(this);
    server->setObjectName(QStringLiteral("sandboxServer"));
    EndpointTable table;
    if (!server->start({0, 0, 0, 0, 0, 0}, error) || !EndpointTable::fromJson(server->endpointsJson(), &table, error)) {
        delete server;
        return false;
    }
    m_sandbox = server;
    m_sandboxClient = makeClient(table);
    m_onSandbox = true;
    m_regionCheckFailed.clear();
    m_failedRequest.clear();

    QList<Workspace> demo;
    for (const SandboxAccount &account : server->accounts()) {
        for (const SandboxWorkspace &sw : account.workspaces) {
            Workspace w;
            w.name = sw.name;
            w.siteId = sw.siteId;
            w.sessionOnly = true; // region stays Unknown until detected, like any workspace
            w.hasAppApiKey = !sw.appApiKeys.isEmpty();
            writeSessionKeys(w.name, sw.trackApiKey, sw.appApiKeys.value(0));
            // Each demo source, its key held in memory like the others; its region comes from the Track
            // credentials' detection, never chosen.
            for (const SandboxPipelinesSource &source : sw.pipelinesSources) {
                w.pipelinesSources << PipelinesSource {source.name, std::nullopt};
                m_sessionStore->write(CredentialStore::pipelinesEntryKey(w.name, source.name), source.apiKey, this,
                                      ignoreResult);
            }
            w.account = account.workspaces.isEmpty()
                ? QString()
                : QCoreApplication::translate("ConsoleSession", "%1 account").arg(account.workspaces.first().name);
            demo << w;
        }
    }
    Q_EMIT sandboxChanged(true);
    setWorkspaces(demo, demo.isEmpty() ? QString() : demo.first().name);
    // On the sandbox every demo workspace's region is asked at once (it is local), so the list shows each
    // badge and the mismatch cases can compare with each other.
    for (const Workspace &w : std::as_const(demo)) {
        if (w.name != m_current)
            detectInBackground(w);
    }
    Q_EMIT statusMessage(tr("Sandbox started on 127.0.0.1 (Track US %1, Track EU %2).")
                             .arg(server->port(SandboxServer::Host::TrackUs))
                             .arg(server->port(SandboxServer::Host::TrackEu)));
    return true;
}

void ConsoleSession::leaveSandbox(const QString &select)
{
    if (!m_onSandbox)
        return;
    m_onSandbox = false;
    ++m_selectionSerial; // answers for sandbox workspaces no longer apply
    for (const Workspace &w : std::as_const(m_workspaces)) {
        if (w.sessionOnly)
            forgetSessionKeys(w);
    }
    retireClient(m_sandboxClient);
    m_regionCheckFailed.clear();
    m_failedRequest.clear();
    m_sandbox->stop();
    m_sandbox->deleteLater();
    m_sandbox = nullptr;
    Q_EMIT sandboxChanged(false);
    const QList<Workspace> configured = m_repository->list();
    setWorkspaces(configured, !select.isEmpty() ? select : configured.isEmpty() ? QString() : configured.first().name);
    Q_EMIT statusMessage(tr("Left the sandbox."));
}

int ConsoleSession::addMismatchExamples()
{
    SandboxServer *server = m_sandbox;
    if (!m_onSandbox || !server)
        return 0;
    const auto firstOf = [&server](const QString &region) -> const SandboxWorkspace * {
        for (const SandboxAccount &account : server->accounts()) {
            if (account.region == region && !account.workspaces.isEmpty())
                return &account.workspaces.first();
        }
        return nullptr;
    };
    const SandboxWorkspace *eu = firstOf(QStringLiteral("eu"));
    const SandboxWorkspace *us = firstOf(QStringLiteral("us"));
    QList<Workspace> demo;
    if (eu && us) {
        const QString euAccount = QCoreApplication::translate("ConsoleSession", "%1 account").arg(eu->name);
        const auto add = [&](const QString &name, const SandboxWorkspace &credentials, Route route,
                             const QString &appKey, const QString &accountName) {
            if (workspace(name))
                return;
            Workspace w;
            w.name = name;
            w.siteId = credentials.siteId;
            w.route = route;
            w.account = accountName;
            w.sessionOnly = true;
            w.hasAppApiKey = !appKey.isEmpty();
            writeSessionKeys(name, credentials.trackApiKey, appKey);
            demo << w;
        };
        add(tr("%1 · US route").arg(eu->name), *eu, Route::Us, eu->appApiKeys.value(0), euAccount);
        add(tr("%1 · US App API key").arg(eu->name), *eu, Route::Auto, us->appApiKeys.value(0), euAccount);
        add(tr("%1 · filed under %2").arg(us->name, euAccount), *us, Route::Auto, us->appApiKeys.value(0), euAccount);
    }
    QList<Workspace> all = m_workspaces;
    all << demo;
    setWorkspaces(all, !m_current.isEmpty() ? m_current : demo.isEmpty() ? QString() : demo.first().name);
    for (const Workspace &w : std::as_const(demo))
        detectInBackground(w);
    if (!demo.isEmpty())
        Q_EMIT statusMessage(
            tr("Added %n mismatch example(s) to the sandbox's workspaces.", nullptr, int(demo.size())));
    return int(demo.size());
}

// --- workspaces --------------------------------------------------------------------------------------------

Workspace *ConsoleSession::find(const QString &name)
{
    for (Workspace &w : m_workspaces) {
        if (w.name == name)
            return &w;
    }
    return nullptr;
}

std::optional<Workspace> ConsoleSession::workspace(const QString &name) const
{
    for (const Workspace &w : m_workspaces) {
        if (w.name == name)
            return w;
    }
    return std::nullopt;
}

std::optional<Workspace> ConsoleSession::currentWorkspace() const
{
    return m_current.isEmpty() ? std::nullopt : workspace(m_current);
}

void ConsoleSession::setWorkspaces(const QList<Workspace> &workspaces, const QString &select)
{
    m_workspaces = workspaces;
    m_current.clear();
    Q_EMIT workspacesChanged();
    this->select(select);
}

void ConsoleSession::showConfigured(const QString &select)
{
    const QList<Workspace> configured = m_repository->list();
    QString name = select;
    if (name.isEmpty())
        name = m_settings->value(WorkspaceSettings::lastSelectedKey()).toString();
    const bool listed =
        std::any_of(configured.begin(), configured.end(), [&name](const Workspace &w) { return w.name == name; });
    setWorkspaces(configured, listed ? name : configured.isEmpty() ? QString() : configured.first().name);
}

bool ConsoleSession::select(const QString &name)
{
    if (!name.isEmpty() && !workspace(name))
        return false;
    if (!name.isEmpty() && name == m_current) {
        recheckRegion();
        return true;
    }
    // A burst belongs to the workspace it was started for: switching stops it (its summary says so).
    if (m_burst && m_burst->isRunning())
        m_burst->cancel();
    ++m_selectionSerial;
    m_credentials.reset();
    m_current = name;
    Q_EMIT currentWorkspaceChanged();
    const std::optional<Workspace> w = currentWorkspace();
    if (!w)
        return true;
    // Only configured workspaces are remembered: sandbox ones are never written to the settings.
    if (!w->sessionOnly)
        m_settings->setValue(WorkspaceSettings::lastSelectedKey(), w->name);
    recheckRegion();
    return true;
}

void ConsoleSession::addSessionWorkspace(Workspace workspace, const QString &trackApiKey, const QString &appApiKey)
{
    WorkspaceKeys keys;
    keys.trackApiKey = trackApiKey;
    keys.appApiKey = appApiKey;
    addSessionWorkspace(std::move(workspace), keys);
}

void ConsoleSession::workspaceAdded(const Workspace &workspace)
{
    if (m_onSandbox) {
        leaveSandbox(workspace.name);
        return;
    }
    QList<Workspace> all = m_workspaces;
    all << workspace;
    setWorkspaces(all, workspace.name);
}

void ConsoleSession::workspaceEdited(const Workspace &before, const Workspace &after, bool credentialsChanged)
{
    // A failed check belongs to the credentials it was made with.
    const QString failed = m_regionCheckFailed.take(before.name);
    m_failedRequest.remove(before.name);
    if (!failed.isEmpty() && !credentialsChanged)
        m_regionCheckFailed.insert(after.name, failed);
    m_appKeyProbes.remove(before.name);
    QList<Workspace> listed = m_workspaces;
    for (Workspace &w : listed) {
        if (w.name == before.name)
            w = after;
    }
    const QString select = m_current == before.name ? after.name : m_current;
    // Lists them again and, for the selected one, reads its key and checks its region anew.
    setWorkspaces(listed, select);
}

void ConsoleSession::workspaceRemoved(const QString &name)
{
    if (const std::optional<Workspace> w = workspace(name); w && w->sessionOnly)
        forgetSessionKeys(*w);
    m_regionCheckFailed.remove(name);
    m_failedRequest.remove(name);
    m_appKeyProbes.remove(name);
    QList<Workspace> rest = m_workspaces;
    rest.removeIf([&name](const Workspace &w) { return w.name == name; });
    const QString keep = !m_current.isEmpty() && m_current != name ? m_current
        : rest.isEmpty()                                           ? QString()
                                                                   : rest.first().name;
    setWorkspaces(rest, keep);
}

void ConsoleSession::setRoute(Route route)
{
    Workspace *w = find(m_current);
    if (!w)
        return;
    w->route = route;
    if (!w->sessionOnly && m_repository->find(w->name))
        m_repository->save(*w);
    const Workspace changed = *w;
    Q_EMIT routeChanged(changed);
    Q_EMIT diagnosesChanged();
    Q_EMIT statusMessage(tr("Route of \"%1\": %2.").arg(changed.name, routeCode(route)));
}

Region ConsoleSession::believedRegion(const Workspace &workspace) const
{
    return m_regionCheckFailed.contains(workspace.name) ? Region::Unknown : workspace.region;
}

// --- sending -----------------------------------------------------------------------------------------------

bool ConsoleSession::mayCallOrSay()
{
    if (mayCall())
        return true;
    Q_EMIT errorMessage(tr("Nothing was sent: the request log cannot be written (%1). Choose \"Send without "
                           "logging\" to send calls that will not be logged.")
                            .arg(m_logError));
    return false;
}

qint64 ConsoleSession::sendCall(const QString &workspace, const TrackCredentials &credentials, const TrackCall &call,
                                Region via, Region accountRegion, qint64 replayOf)
{
    const Client *client = active();
    if (!client || !mayCallOrSay())
        return 0;
    TrackClient::Options options;
    options.workspace = workspace;
    options.accountRegion = accountRegion;
    options.replayOf = replayOf;
    return liveId(client->serial, client->client->send(call, credentials, via, options));
}

qint64 ConsoleSession::sendPipelinesCall(const QString &workspace, const QString &pipelinesApiKey,
                                         const TrackCall &call, Region via, bool strictMode, Region accountRegion)
{
    const Client *client = active();
    if (!client || !mayCallOrSay())
        return 0;
    TrackClient::Options options;
    options.workspace = workspace;
    options.accountRegion = accountRegion;
    options.pipelinesApiKey = pipelinesApiKey;
    options.strictMode = strictMode;
    return liveId(client->serial, client->client->send(call, TrackCredentials(), via, options));
}

bool ConsoleSession::cancelCall(qint64 liveId)
{
    const int serial = int(liveId >> 32);
    for (const Client *c : {&m_real, &m_sandboxClient}) {
        if (c->client && c->serial == serial)
            return c->client->cancel(liveId & 0xffffffffLL);
    }
    return false;
}

qint64 ConsoleSession::replay(const RequestRecord &row, QString *why)
{
    const std::optional<TrackCall> call = CallReplay::rebuild(row, why);
    if (!call)
        return 0;
    const std::optional<Workspace> w = currentWorkspace();
    if (!w || w->name != row.workspace) {
        *why = tr("call #%1 was sent for the workspace \"%2\"; select it to send the call again")
                   .arg(QString::number(row.id), row.workspace);
        return 0;
    }
    const QStringList problems = describeProblems(call->validate());
    if (!problems.isEmpty()) {
        *why = problems.join(u'\n');
        return 0;
    }
    if (!m_credentials) {
        *why = tr("the Track API key of \"%1\" is not available").arg(w->name);
        return 0;
    }
    const qint64 live = sendCall(w->name, *m_credentials, *call,
                                 row.routeRegion == Region::Eu ? Region::Eu : Region::Us, believedRegion(*w), row.id);
    if (live == 0)
        *why = tr("nothing was sent: no usable endpoint table");
    return live;
}

int ConsoleSession::cancelSending()
{
    int cancelled = 0;
    const QSet<qint64> sent = m_sentCalls;
    for (qint64 live : sent)
        cancelled += cancelCall(live) ? 1 : 0;
    return cancelled;
}

BurstSender *ConsoleSession::startBurst(const QString &workspace, const TrackCredentials &credentials,
                                        const TrackCall &call, Region via, Region accountRegion, int count, double rate)
{
    const Client *client = active();
    if (!client || (m_burst && m_burst->isRunning()) || !mayCallOrSay())
        return nullptr;
    TrackClient::Options options;
    options.workspace = workspace;
    options.accountRegion = accountRegion;
    // The burst lives with the client it sends through (retired with it).
    delete m_burst;
    m_burst = new BurstSender(client->client, client->client);
    Q_EMIT burstStarted(m_burst);
    m_burst->start(call, credentials, via, options, count, rate);
    return m_burst;
}

qint64 ConsoleSession::send(const TrackCall &call, Region via)
{
    const std::optional<Workspace> w = currentWorkspace();
    if (!w || !m_credentials)
        return 0;
    // What the console believes now: a region that is only "last seen" is not asserted.
    const qint64 live = sendCall(w->name, *m_credentials, call, via, believedRegion(*w));
    // Unless the call already ended inside send(), the caller may wait for it.
    if (live != 0 && m_inFlight.contains(live)) {
        const bool wasSending = isSending();
        m_sentCalls.insert(live);
        if (!wasSending)
            Q_EMIT sendingChanged(true);
    }
    return live;
}

BurstSender *ConsoleSession::sendBurst(const TrackCall &call, Region via, int count, double rate)
{
    const std::optional<Workspace> w = currentWorkspace();
    if (!w || !m_credentials)
        return nullptr;
    return startBurst(w->name, *m_credentials, call, via, believedRegion(*w), count, rate);
}
