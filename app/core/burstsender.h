#pragma once

#include "trackclient.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class QTimer;

// Sends one Track call N times, one request at a time, at most `rate` calls per second.
//
// A 429 answer means Customer.io refused the call without processing it, so that call is sent again
// once the answer's Retry-After has passed (1 s when it names none), and the rest of the burst goes at
// half the rate (never below SlowestAfterRateLimit). Once calls succeed again the rate recovers: it doubles
// after every RecoverAfterSuccesses successful calls in a row, up to the rate the burst was started with
// (rateChanged() says each new rate). A call refused MaxRateLimitedAttempts times
// counts as failed. Any other failure (an error status, a network error, a timeout) may or may not have
// been processed: the call is never sent again automatically, because a duplicate event reaches people.
// It is counted as failed and is re-sent only by retryFailed().
//
// Rates: Customer.io documents Track fair use as "1000 req/s, not strictly enforced" and its 429 text
// speaks of 10 per second (docs/customerio-api.md, Rate limits); bursts default to 10 per second and are
// capped at MaxRate, well under either.
class BurstSender : public QObject
{
    Q_OBJECT

public:
    static constexpr double DefaultRate = 10.0; // calls per second
    static constexpr double MaxRate = 100.0;
    static constexpr double MinRate = 0.1;
    // Each 429 halves the rate, down to this (or the first rate, when that is lower).
    static constexpr double SlowestAfterRateLimit = 1.0;
    static constexpr int MaxCount = 10000;
    static constexpr int RecoverAfterSuccesses = 3; // successes in a row after which a lowered rate doubles
    static constexpr int MaxRateLimitedAttempts = 5; // 429 answers for one call before it counts as failed
    static constexpr int DefaultRetryAfterSeconds = 1;
    // A longer Retry-After is waited for this long only (as Customer.io's Node client caps it).
    static constexpr int MaxRetryAfterSeconds = 300;

    struct Summary
    {
        int requested = 0; // calls the burst was asked to send
        int succeeded = 0; // answered 2xx
        int failed = 0; // answered otherwise, or 429 MaxRateLimitedAttempts times (then also in refused)
        int refused = 0; // answered 429 MaxRateLimitedAttempts times: refused, never processed
        int notSent = 0; // left unsent by cancel()
        int rateLimitedAnswers = 0; // 429 answers, each followed by a wait and the same call again
        qint64 waitedMs = 0; // total time spent waiting on Retry-After
        double finalRate = 0; // calls per second when the burst ended
        qint64 elapsedMs = 0;
        bool cancelled = false;
        QList<int> failedIndexes; // 0-based positions in the burst, for retryFailed()

        bool allSucceeded() const { return succeeded == requested; }
    };

    explicit BurstSender(TrackClient *client, QObject *parent = nullptr);

    // Returns an error naming the field ("Count" and "Rate" unless given) and the limit when count or
    // rate is out of range, else "".
    static QString checkCountAndRate(int count, double rate, const QString &countField = QString(),
                                     const QString &rateField = QString());

    // Starts a burst. The call must have passed validate(); count and rate checkCountAndRate().
    void start(const TrackCall &call, const TrackCredentials &credentials, Region via,
               const TrackClient::Options &options, int count, double rate = DefaultRate);
    // Sends again, at the burst's first rate, the calls of the last burst that failed. Does nothing when
    // a burst is running or none failed.
    void retryFailed();
    // Stops sending; a call in flight is still reported, then finished() is emitted.
    void cancel();

    bool isRunning() const { return m_running; }
    double currentRate() const { return m_rate; }
    const Summary &summary() const { return m_summary; }

Q_SIGNALS:
    void progress(int done, int total);
    void recordFinished(int index, const RequestRecord &record);
    // A 429 answer: the burst waits `waitMs` and goes on at `newRate` calls per second.
    void rateLimited(int index, qint64 waitMs, double newRate);
    // The rate changed (lowered after a 429, or recovering after successes); calls per second.
    void rateChanged(double rate);
    void finished(const BurstSender::Summary &summary);

private:
    void run(const QList<int> &indexes, int requested);
    void sendNext();
    void onRecord(int index, const RequestRecord &record);
    void end();
    qint64 intervalMs() const;

    TrackClient *m_client;
    QTimer *m_timer;
    TrackCall m_call;
    TrackCredentials m_credentials;
    Region m_via = Region::Us;
    TrackClient::Options m_options;
    double m_firstRate = DefaultRate;
    double m_rate = DefaultRate;
    QList<int> m_queue;
    QList<int> m_rateLimitedAttempts; // per index
    QElapsedTimer m_clock;
    qint64 m_lastSentAt = -1;
    int m_done = 0;
    int m_successesInARow = 0;
    bool m_running = false;
    bool m_inFlight = false;
    bool m_cancelled = false;
    Summary m_summary;
};

Q_DECLARE_METATYPE(BurstSender::Summary)
