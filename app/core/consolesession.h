#pragma once

#include "burstsender.h"
#include "credentialstore.h"
#include "diagnosis.h"
#include "endpointtable.h"
#include "pipelinesregion.h"
#include "regiondetector.h"
#include "trackclient.h"
#include "workspace.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class CredentialStore;
class MemoryCredentialStore;
class Throttle;
struct WorkspaceKeys;

// Why ConsoleSession::sendPipelines() sent nothing.
struct PipelinesRefusal
{
    enum class Reason {
        UnknownWorkspace, // no listed or configured workspace of that name
        UnknownSource, // the workspace has no Pipelines source of that name
        NoRegion, // no detection for the account and no chosen region: nothing is guessed
        KeyUnavailable, // the source's key could not be read (keychain says why)
        NotSent, // no usable endpoint table, no Pipelines host in it, or the log cannot be written
    };
    Reason reason = Reason::NotSent;
    QString message; // one sentence naming the workspace and source; never a secret
    CredentialResult keychain; // KeyUnavailable: the store's answer
};
Q_DECLARE_METATYPE(PipelinesRefusal)
class QSettings;
class RequestRecorder;
class RequestLogStore;
class SandboxServer;

// The console's session: everything the window and the command line share, and nothing that is a widget.
//
// It owns the workspace set as listed (configured workspaces from the settings, or the sandbox's demo
// workspaces, plus session-only ones), the selected workspace and its credentials once read, the clients
// (one TrackClient per endpoint table: the configured one, and the sandbox's while it runs), the region
// checks and what they found (a failed check leaves the stored region only "last seen"), the App API key
// checks, the diagnosis, sending (one call or a burst), the request log store and the sandbox switch.
//
// Every keychain and network answer arrives through a callback; nothing here blocks. Answers that come
// back after the selection moved on are recognised by a serial and only update the workspace they were
// for. Front ends read the state through the accessors and follow it through the signals; they never
// hold a credential, a client or a reply themselves.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString settingsPath; // INI file; empty = AppIdentity::settingsPath()
        QString logPath; // request log database; empty = RequestLogStore::defaultPath()
        CredentialStore *credentialStore = nullptr; // not owned; null = the OS keychain (QtKeychain)
        int keychainTimeoutMs = 15000; // for the OS keychain made when credentialStore is null
        std::optional<EndpointTable> endpoints; // null = EndpointTable::fromEnvironment()
        int requestTimeoutMs = 0; // per request; 0 = TrackClient's default
    };

    explicit ConsoleSession(const Options &options, QObject *parent = nullptr);
    ~ConsoleSession() override;

    // --- parts --------------------------------------------------------------------------------------------
    QSettings *settings() const { return m_settings.get(); }
    WorkspaceRepository *repository() const { return m_repository.get(); }
    CredentialStore *keychain() const { return m_keychain; }
    // Where the keys in use live, in words: "Secret Service via QtKeychain", "memory, this session only".
    QString keychainBackend() const;
    MemoryCredentialStore *sessionStore() const { return m_sessionStore; }
    // Where a workspace's keys live: the session's memory for session-only workspaces, else the keychain.
    CredentialStore *storeFor(const Workspace &workspace) const;
    // The configured endpoint table; endpointError() is non-empty when CIO_CONSOLE_ENDPOINTS is invalid.
    const EndpointTable &configuredEndpoints() const { return m_endpoints; }
    QString endpointError() const { return m_endpointError; }
    // The table of the client in use (the sandbox's on the sandbox); null when there is none usable.
    const EndpointTable *activeEndpoints() const;
    TrackClient *activeClient() const;
    RegionDetector *activeDetector() const;
    // Checks of credentials typed for a new workspace always go to the configured table (Customer.io);
    // null when it is invalid.
    RegionDetector *configuredDetector() const { return m_real.detector; }

    // --- request log --------------------------------------------------------------------------------------
    RequestLogStore *logStore() const { return m_logStore; }
    QString logError() const { return m_logError; } // non-empty: the database could not be opened
    // With a log that cannot be written, test calls (sendCall(), startBurst(), send(), sendBurst()) are
    // refused until the user allows calls that will not be logged (CLI: --no-log; window: the log banner's
    // "Send without logging"): a call is never left out of the log without the user knowing.
    // Region checks are not test calls and are not refused.
    void allowUnloggedCalls(bool allow) { m_unloggedCallsAllowed = allow; }
    bool unloggedCallsAllowed() const { return m_unloggedCallsAllowed; }
    bool mayCall() const { return m_logError.isEmpty() || m_unloggedCallsAllowed; }
    // The one way calls reach the log (the window's table reads what it records).
    RequestRecorder *recorder() const { return m_recorder; }

    // --- sandbox ------------------------------------------------------------------------------------------
    bool isOnSandbox() const { return m_onSandbox; }
    SandboxServer *sandbox() const { return m_sandbox; }
    // Starts the sandbox, lists its demo workspaces (keys in memory) and checks each one's region.
    // False with *error when it could not start (nothing changed).
    bool enterSandbox(QString *error);
    // Stops the sandbox and lists the configured workspaces again, selecting `select` (or the first).
    void leaveSandbox(const QString &select = QString());
    // Sandbox only: adds a workspace for each diagnosis (EU account on the US route, an App API key of the
    // other region, a US workspace filed under the EU account). Returns how many were added.
    int addMismatchExamples();

    // --- workspaces ---------------------------------------------------------------------------------------
    QList<Workspace> workspaces() const { return m_workspaces; }
    std::optional<Workspace> workspace(const QString &name) const;
    std::optional<Workspace> currentWorkspace() const;
    // Lists workspaces (replacing the list) and selects `select` ("" selects none).
    void setWorkspaces(const QList<Workspace> &workspaces, const QString &select);
    // Lists the configured workspaces; selects `select`, else the last one selected, else the first.
    void showConfigured(const QString &select = QString());
    // Selects a listed workspace (reads its key, checks its region). False when not listed. Selecting the
    // selected workspace checks it again. "" selects none.
    bool select(const QString &name);
    // Asks the selected workspace's region again.
    void recheckRegion();
    // Lists a workspace whose keys are held in memory for this run only (never in settings or the
    // keychain); it goes when the session switches between the sandbox and the configured workspaces.
    void addSessionWorkspace(Workspace workspace, const QString &trackApiKey, const QString &appApiKey = {});
    // The same with every key (Pipelines sources' included; keys.pipelinesApiKeys by source name).
    void addSessionWorkspace(Workspace workspace, const WorkspaceKeys &keys);
    // A workspace was added and stored (WorkspaceAdder): lists and selects it (leaving the sandbox first).
    void workspaceAdded(const Workspace &workspace);
    // A workspace was edited and stored (WorkspaceEditor): lists it under its new name.
    void workspaceEdited(const Workspace &before, const Workspace &after, bool credentialsChanged);
    // A workspace was removed (WorkspaceRemover, or a session-only one): drops it from the list.
    void workspaceRemoved(const QString &name);
    // Sets the selected workspace's route (saved for configured workspaces).
    void setRoute(Route route);

    // The region of `name` as last checked in this session: "" when verified (or never failed), else why the
    // last check failed. A failed workspace's stored region is only "last seen".
    QString regionCheckFailure(const QString &name) const { return m_regionCheckFailed.value(name); }
    bool isRegionVerified(const QString &name) const { return !m_regionCheckFailed.contains(name); }
    // The request that failed in the last failed check, as sent: "GET <url> → <status>"; "" when none.
    QString failedRequest(const QString &name) const { return m_failedRequest.value(name); }
    // The selected workspace's Track API key was read (calls can be sent).
    bool hasCredentials() const { return m_credentials.has_value(); }
    // What the console believes of the account's region now: the stored region, Unknown while unverified.
    Region believedRegion(const Workspace &workspace) const;
    QList<AppKeyProbe> appKeyProbes(const QString &name) const { return m_appKeyProbes.value(name); }
    // The selected workspace's findings (empty while its region is not verified).
    QList<Diagnosis> diagnoses() const;
    // Checks the selected workspace's App API key on its region's App API host (and the other's).
    void checkAppKey(bool alsoOtherRegion);

    // --- operations on any workspace (the command line uses these; the selection above is built on them) --
    using CredentialsDone = std::function<void(const CredentialResult &result, const TrackCredentials &credentials)>;
    using RegionDone = std::function<void(const RegionInfo &info, const RequestRecord &record)>;
    // Reads a workspace's Track API key (from the keychain, or memory for session-only workspaces). `done`
    // runs once, while context lives; credentials.trackApiKey is empty when result is not ok.
    void readTrackCredentials(const Workspace &workspace, QObject *context, CredentialsDone done);
    void readAppApiKey(const Workspace &workspace, QObject *context,
                       std::function<void(const CredentialResult &)> done);
    // Asks the account's region through the Track host of `via` (Customer.io answers on either host). When
    // `workspace` names a listed or configured workspace, what is found is remembered on it (a success is
    // saved for configured workspaces; a failure leaves the stored region "last seen" only). False, and
    // `done` is never called, when there is no usable endpoint table.
    bool detectRegion(const QString &workspace, const TrackCredentials &credentials, Region via, QObject *context,
                      RegionDone done);
    // Probes an App API key on the App API host of accountRegion (the US host while Unknown) and, when
    // alsoOtherRegion, on the other region's; the probes are remembered for `workspace` ("" = none). False,
    // and `done` is never called, when there is no usable endpoint table.
    bool probeAppKey(const QString &workspace, const TrackCredentials &credentials, const QString &appKey,
                     Region accountRegion, bool alsoOtherRegion, QObject *context,
                     std::function<void(const QList<AppKeyProbe> &)> done);
    // The findings for `workspace` as given (its region as believed now), compared with the other workspaces
    // (the listed ones, or the configured ones when none is listed) and with its last call in the log.
    QList<Diagnosis> diagnose(const Workspace &workspace, const QList<AppKeyProbe> &probes) const;
    // Sends a call for `workspace` ("" = credentials given directly) through the host of `via`;
    // accountRegion: what the console believes of the account's region (Unknown: nothing asserted).
    // Returns the call's live id; its end comes with callEnded(). 0 when there is no usable endpoint table.
    // replayOf: the stored row a replayed call was rebuilt from (CallReplay), named by the new row.
    qint64 sendCall(const QString &workspace, const TrackCredentials &credentials, const TrackCall &call, Region via,
                    Region accountRegion, qint64 replayOf = 0);
    // Sends a Pipelines call (TrackCall::isPipelines()) with a source's API key through the Pipelines host
    // of `via`, in strict mode unless strictMode is false (TrackClient::Options). As sendCall().
    qint64 sendPipelinesCall(const QString &workspace, const QString &pipelinesApiKey, const TrackCall &call,
                             Region via, bool strictMode, Region accountRegion = Region::Unknown);
    // Reads a workspace's Pipelines source's API key (keychain, or memory for session-only workspaces).
    void readPipelinesApiKey(const Workspace &workspace, const QString &source, QObject *context,
                             std::function<void(const CredentialResult &)> done);
    // Where `source` of `workspace` sends and why (pipelinesRegion()), with the regions as believed now: the
    // listed workspaces' (the configured ones when none is listed), a region whose check failed not counted.
    PipelinesRegion pipelinesRegionOf(const Workspace &workspace, const PipelinesSource &source) const;
    // Sends a Pipelines call for a source of a listed (or configured) workspace: checks the source and its
    // region (pipelinesRegionOf(); none known: refused, never guessed), reads the source's key, then sends
    // through the Pipelines host of that region with sendPipelinesCall(). Returns a request number (> 0)
    // at once; then, never from inside this call, exactly one of pipelinesCallStarted() (the call's live id:
    // its end comes with callEnded() like any call) or pipelinesCallRefused() (nothing was sent).
    qint64 sendPipelines(const QString &workspace, const QString &source, const TrackCall &call, bool strictMode);
    // Starts a burst the same way; null when there is no usable endpoint table or a burst still runs.
    BurstSender *startBurst(const QString &workspace, const TrackCredentials &credentials, const TrackCall &call,
                            Region via, Region accountRegion, int count, double rate);
    // Calls started whose row is not final in the log yet; allCommitted() follows when it drops to 0.
    int uncommittedCount() const { return int(m_inFlight.size()); }
    // A check of many workspaces at once (FleetCheck) runs between beginBulkChecks() and endBulkChecks()
    // (they nest): meanwhile diagnosesChanged() comes at most every 100 ms, and once more at the end if
    // anything changed since, instead of once a workspace (each listener reads the log to diagnose).
    void beginBulkChecks();
    void endBulkChecks();
    // Requests the client may have in flight at once before Qt queues them (TrackClient::setParallelRequests()):
    // FleetCheck raises it to its concurrency. Kept for the clients made later (another endpoint table).
    void setParallelRequests(int requests);

    // --- sending ------------------------------------------------------------------------------------------
    // Sends a call for the selected workspace through the host of `via`. Returns the call's log id while
    // in flight (its "live id"), 0 when nothing was sent (no workspace, key or client).
    qint64 send(const TrackCall &call, Region via);
    // Sends `count` calls at `rate` per second. Null when nothing was started (a burst still runs, no
    // workspace, key or client). The burst belongs to the session; it ends when the selection changes.
    BurstSender *sendBurst(const TrackCall &call, Region via, int count, double rate);
    BurstSender *burst() const { return m_burst; }
    // Calls sent with send() whose row is not final yet.
    bool isSending() const { return !m_sentCalls.isEmpty(); }
    // Cancels the call in flight with that live id (TrackClient::cancel()): it ends as "cancelled by you"
    // and its row is stored as any other. False when no such call is in flight.
    bool cancelCall(qint64 liveId);
    // Cancels every call sent with send() that is still in flight; returns how many.
    int cancelSending();
    // Sends a stored call again (CallReplay::rebuild()) for the selected workspace, which must be the row's,
    // through the row's first host, after the normal checks; the new row names the row (replayOf). Returns
    // the live id, or 0 with *why (another workspace, imported row, a problem of the call, no key).
    qint64 replay(const RequestRecord &row, QString *why);

Q_SIGNALS:
    void sandboxChanged(bool onSandbox);
    // The list was replaced (workspaces()); the selection follows through currentWorkspaceChanged().
    void workspacesChanged();
    void currentWorkspaceChanged();
    // One listed workspace's state changed (region, route, verified or not).
    void workspaceUpdated(const Workspace &workspace);
    // The selected workspace's route changed.
    void routeChanged(const Workspace &workspace);
    // The selected workspace's key is being read and its region asked.
    void regionCheckStarted(const Workspace &workspace);
    // Whether calls can be sent for the selected workspace, and why not.
    void credentialsChanged(bool available, const QString &why);
    // A region check of the selected workspace ended (info.ok false: failed, info.error says why).
    void regionCheckFinished(const QString &workspace, const RegionInfo &info);
    // The selected workspace's diagnosis may have changed (diagnoses()).
    void diagnosesChanged();
    void appKeyCheckStarted();
    void appKeyCheckUnavailable(const QString &why);
    // The selected workspace's App API key check ended (appKeyProbes()).
    void appKeyProbesChanged(const QString &workspace);
    void sendingChanged(bool sending);
    // A call was given to the log (live id); selectable in the log from now on.
    void callStarted(qint64 liveId);
    // A call ended and its row is final in the log: committed to the store, record.id being its id there
    // (the live id if it was not stored).
    void callFinished(const RequestRecord &record);
    // The same, with the live id sendCall() returned.
    void callEnded(qint64 liveId, const RequestRecord &record);
    // A call ended, but the log that was open could not store its row (disk full, database locked...).
    void callNotLogged(qint64 liveId, const QString &why);
    // Every call started so far has its final row in the log.
    void allCommitted();
    void burstStarted(BurstSender *burst);
    // sendPipelines() `request` sent its call (liveId) to the Pipelines host of region.region.
    void pipelinesCallStarted(qint64 request, qint64 liveId, const PipelinesRegion &region);
    // sendPipelines() `request` sent nothing, and why.
    void pipelinesCallRefused(qint64 request, const PipelinesRefusal &refusal);
    // Something worth a line in a status bar, or an error worth showing until dismissed.
    void statusMessage(const QString &text);
    void errorMessage(const QString &text);

private:
    bool mayCallOrSay(); // mayCall(), or errorMessage() saying why not
    struct Client
    {
        TrackClient *client = nullptr;
        RegionDetector *detector = nullptr;
        int serial = 0;
    };

    Client makeClient(const EndpointTable &endpoints);
    void retireClient(Client &client);
    const Client *active() const;
    void onCommitted(qint64 live, const RequestRecord &record);
    // remember false: the call is logged under `workspace`, and the caller decides what to learn.
    bool detectRegion(const QString &workspace, const TrackCredentials &credentials, Region via, bool remember,
                      QObject *context, RegionDone done);
    void learnRegion(const QString &name, const RegionInfo &info, const QString &failedRequest);
    void noteFinishedCall(const RequestRecord &record);
    // diagnosesChanged(), throttled during bulk checks.
    void announceDiagnoses();
    void detectInBackground(const Workspace &workspace);
    void markRegionUnverified(const QString &name, const QString &reason);
    void failCheck(const QString &name, const QString &reason);
    bool lastCallPassedUs(const QString &name) const;
    Workspace *find(const QString &name);
    void writeSessionKeys(const QString &name, const QString &trackApiKey, const QString &appApiKey);
    void forgetSessionKeys(const Workspace &workspace);
    QList<Workspace> believedWorkspaces() const;
    void refusePipelines(qint64 request, PipelinesRefusal::Reason reason, const QString &message,
                         const CredentialResult &keychain = {});

    Options m_options;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<WorkspaceRepository> m_repository;
    CredentialStore *m_keychain = nullptr;
    MemoryCredentialStore *m_sessionStore = nullptr;
    EndpointTable m_endpoints;
    QString m_endpointError;

    Client m_real; // null when the endpoint table is invalid
    Client m_sandboxClient; // null off the sandbox
    int m_nextClientSerial = 1;
    int m_parallelRequests = TrackClient::ConnectionsPerHost;
    int m_bulkChecks = 0;
    Throttle *m_diagnosesThrottle = nullptr;
    SandboxServer *m_sandbox = nullptr;
    bool m_onSandbox = false;

    RequestLogStore *m_logStore = nullptr;
    QString m_logError;
    bool m_unloggedCallsAllowed = false;
    RequestRecorder *m_recorder = nullptr;
    QSet<qint64> m_inFlight; // live ids of calls started and not final in the log yet
    QSet<qint64> m_sentCalls; // live ids of calls sent with send() and not final yet
    QPointer<BurstSender> m_burst;
    // The newest finished call of each workspace passed through the US host (learned from the log).
    QHash<QString, bool> m_lastCallPassedUs;

    QList<Workspace> m_workspaces;
    QString m_current; // "" when none is selected
    std::optional<TrackCredentials> m_credentials; // the selected workspace's, once read
    QHash<QString, QString> m_regionCheckFailed;
    QHash<QString, QString> m_failedRequest;
    QHash<QString, QList<AppKeyProbe>> m_appKeyProbes;
    int m_selectionSerial = 0; // stale keychain/network answers compare against this
    qint64 m_nextPipelinesRequest = 1;
};
