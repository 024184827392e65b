#pragma once

#include "diagnosis.h"
#include "regiondetector.h"
#include "workspace.h"

#include "credentialstore.h"
#include "trackclient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class ConsoleSession;

// Checks the region of many workspaces at once (the window's Workspace › Check all workspaces, the CLI's
// `region --all`): for each, its Track API key is read (ConsoleSession::readTrackCredentials), its region
// asked through the host of its route (ConsoleSession::detectRegion: what is found is remembered and saved,
// and the call lands in the request log, so the residency report sees it), and, when it has one, its App
// API key probed on its region's App API host. At most `concurrency` workspaces are in progress at a time
// (so at most that many requests are in flight; the session's client is allowed that many at once,
// ConsoleSession::setParallelRequests(), where Qt alone would hold back all but six a host). While it runs,
// the session announces diagnoses at most every 100 ms (ConsoleSession::beginBulkChecks()). Pipelines sources are not
// checked (Customer.io has no call that checks a source's key without sending data); a workspace without Track
// credentials (Pipelines sources only) has nothing to detect with: its result says so (pipelinesOnly), and it is no
// failure.
//
// The keys of the next workspaces in the queue (as many as the concurrency) are read while the current checks
// are in flight, so that a freed slot starts its request at once; they stay in memory only until their check
// starts or the check ends.
//
// Nothing blocks: every step is a callback. cancel() starts no further workspace and ends the check at
// once with finished(cancelled = true); answers still in flight are recorded in the log and dropped here.
class FleetCheck : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultConcurrency = 8;
    static constexpr int MaxConcurrency = 64;

    // One workspace's outcome.
    struct Result
    {
        Workspace workspace;
        Region via = Region::Unknown; // the Track host asked
        RegionInfo info; // info.ok false: info.error says why (credentials, network, answer)
        bool credentialsMissing = false; // the key could not be read (nothing was sent)
        bool pipelinesOnly = false; // no Track credentials: nothing was sent, and nothing failed
        QList<AppKeyProbe> appKeyProbes; // empty when the workspace has no App API key or the region failed
        qint64 durationMs = 0;

        // {"workspace","account","site_id","via","ok","region","url","environment_id","handled_by","verified_at",
        //  "error","app_key":[...],"pipelines_only"} — a superset of `region --json`.
        QJsonObject toJson() const;
    };
    // What the whole check found.
    struct Summary
    {
        int total = 0;
        int checked = 0; // results received
        QMap<QString, int> perRegion; // "us", "eu": workspaces found there
        int failures = 0;
        int pipelinesOnly = 0; // workspaces without Track credentials, not checked
        // Accounts whose workspaces were found in different regions: "Acme: eu (a, b), us (c)".
        QStringList disagreements;
        bool cancelled = false;
        qint64 durationMs = 0;

        // {"summary":true,"total","checked","per_region":{...},"failures","pipelines_only","disagreements":[...],
        //  "cancelled","duration_ms"}
        QJsonObject toJson() const;
    };

    explicit FleetCheck(ConsoleSession *session, QObject *parent = nullptr);
    ~FleetCheck() override;

    // Starts checking; false (nothing started) while a check runs. concurrency is clamped to 1..MaxConcurrency.
    bool start(const QList<Workspace> &workspaces, int concurrency = DefaultConcurrency, bool probeAppKeys = true);
    void cancel();
    bool isRunning() const { return m_running; }
    int inFlight() const { return m_inFlight; }
    int peakInFlight() const { return m_peakInFlight; }

    // The accounts whose results disagree, worded as in Summary::disagreements.
    static QStringList disagreements(const QList<Result> &results);

Q_SIGNALS:
    void workspaceChecked(const FleetCheck::Result &result);
    void progress(int done, int total);
    void finished(const FleetCheck::Summary &summary);

private:
    void launchMore();
    void checkOne(const Workspace &workspace);
    // Reads the workspace's Track API key unless it is read or being read already.
    void readKey(const Workspace &workspace);
    void checkWithKey(const Workspace &workspace, const CredentialResult &read, const TrackCredentials &credentials,
                      const std::shared_ptr<QElapsedTimer> &timer);
    void done(Result result, int generation);
    // Not running any more: the session's bulk checks end (if it is still there).
    void stopRunning();
    Summary summarize(bool cancelled) const;

    struct Key
    {
        CredentialResult read;
        TrackCredentials credentials;
    };

    QPointer<ConsoleSession> m_session; // may go first (the window deletes its children in order)
    QList<Workspace> m_queue;
    QList<Result> m_results;
    QHash<QString, Key> m_keys; // read ahead, by workspace name, until its check starts
    QSet<QString> m_reading; // keys being read
    QHash<QString, std::shared_ptr<QElapsedTimer>> m_waiting; // checks started whose key is still being read
    int m_total = 0;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    int m_concurrency = DefaultConcurrency;
    int m_generation = 0; // bumped by cancel(): answers of an ended check are dropped
    bool m_probeAppKeys = true;
    bool m_running = false;
    qint64 m_startedAt = 0;
};

Q_DECLARE_METATYPE(FleetCheck::Result)
Q_DECLARE_METATYPE(FleetCheck::Summary)
