#include "burstsender.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <cmath>

BurstSender::BurstSender(TrackClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &BurstSender::sendNext);
}

QString BurstSender::checkCountAndRate(int count, double rate, const QString &countField, const QString &rateField)
{
    if (count < 1 || count > MaxCount)
        return QCoreApplication::translate("BurstSender", "%1: from 1 to %2 calls (got %3)")
            .arg(countField.isEmpty() ? QCoreApplication::translate("BurstSender", "Count") : countField,
                 QString::number(MaxCount), QString::number(count));
    if (!std::isfinite(rate) || rate < MinRate || rate > MaxRate)
        return QCoreApplication::translate("BurstSender", "%1: from %2 to %3 calls per second (got %4)")
            .arg(rateField.isEmpty() ? QCoreApplication::translate("BurstSender", "Rate") : rateField,
                 QString::number(MinRate), QString::number(MaxRate), QString::number(rate));
    return {};
}

void BurstSender::start(const TrackCall &call, const TrackCredentials &credentials, Region via,
                        const TrackClient::Options &options, int count, double rate)
{
    if (m_running || !checkCountAndRate(count, rate).isEmpty())
        return;
    m_call = call;
    m_credentials = credentials;
    m_via = via;
    m_options = options;
    m_firstRate = rate;
    QList<int> indexes;
    indexes.reserve(count);
    for (int i = 0; i < count; ++i)
        indexes << i;
    m_rateLimitedAttempts = QList<int>(count, 0);
    run(indexes, count);
}

void BurstSender::retryFailed()
{
    if (m_running || m_summary.failedIndexes.isEmpty())
        return;
    const QList<int> indexes = m_summary.failedIndexes;
    for (int i : indexes)
        m_rateLimitedAttempts[i] = 0;
    run(indexes, int(indexes.size()));
}

void BurstSender::run(const QList<int> &indexes, int requested)
{
    m_summary = Summary();
    m_summary.requested = requested;
    m_rate = m_firstRate;
    m_queue = indexes;
    m_done = 0;
    m_successesInARow = 0;
    m_cancelled = false;
    m_running = true;
    m_inFlight = false;
    m_lastSentAt = -1;
    m_clock.start();
    Q_EMIT progress(0, requested);
    m_timer->start(0);
}

qint64 BurstSender::intervalMs() const
{
    return qint64(std::ceil(1000.0 / m_rate));
}

void BurstSender::sendNext()
{
    if (!m_running || m_inFlight)
        return;
    if (m_cancelled || m_queue.isEmpty()) {
        end();
        return;
    }
    // Space the starts of consecutive calls by the interval of the current rate.
    const qint64 now = m_clock.elapsed();
    if (m_lastSentAt >= 0 && now - m_lastSentAt < intervalMs()) {
        m_timer->start(int(intervalMs() - (now - m_lastSentAt)));
        return;
    }
    const int index = m_queue.takeFirst();
    m_inFlight = true;
    m_lastSentAt = now;
    m_client->send(m_call, m_credentials, m_via, m_options, this,
                   [this, index](const RequestRecord &record) { onRecord(index, record); });
}

void BurstSender::onRecord(int index, const RequestRecord &record)
{
    m_inFlight = false;
    Q_EMIT recordFinished(index, record);
    if (record.status == 429) {
        ++m_summary.rateLimitedAnswers;
        if (++m_rateLimitedAttempts[index] < MaxRateLimitedAttempts) {
            // Refused, not processed: the same call goes again after Retry-After, and slower.
            const int retryAfter = record.retryAfterSeconds >= 0
                ? std::min(record.retryAfterSeconds, MaxRetryAfterSeconds)
                : DefaultRetryAfterSeconds;
            m_rate = std::max(std::min(m_firstRate, SlowestAfterRateLimit), m_rate / 2);
            m_successesInARow = 0;
            Q_EMIT rateChanged(m_rate);
            const qint64 waitMs = retryAfter > 0 ? qint64(retryAfter) * 1000 : intervalMs();
            m_summary.waitedMs += waitMs;
            m_queue.prepend(index);
            Q_EMIT rateLimited(index, waitMs, m_rate);
            if (m_cancelled) {
                end();
                return;
            }
            // The wait counts from now; the next start is spaced from it.
            m_lastSentAt = -1;
            m_timer->start(int(waitMs));
            return;
        }
    }
    // A 207 from Track v2 /batch succeeded only for some operations: the call counts as failed.
    const bool partial = record.status == 207 && !trackV2ItemErrors(record.responseBody).isEmpty();
    if (record.succeeded() && !partial) {
        ++m_summary.succeeded;
        // The limit lifted: back toward the chosen rate, a doubling at a time.
        if (m_rate < m_firstRate && ++m_successesInARow >= RecoverAfterSuccesses) {
            m_successesInARow = 0;
            m_rate = std::min(m_firstRate, m_rate * 2);
            Q_EMIT rateChanged(m_rate);
        }
    } else {
        ++m_summary.failed;
        if (record.status == 429)
            ++m_summary.refused;
        m_summary.failedIndexes << index;
    }
    ++m_done;
    Q_EMIT progress(m_done, m_summary.requested);
    sendNext();
}

void BurstSender::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (!m_inFlight) {
        m_timer->stop();
        end();
    }
}

void BurstSender::end()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer->stop();
    m_summary.notSent = int(m_queue.size());
    m_summary.cancelled = m_cancelled;
    m_summary.finalRate = m_rate;
    m_summary.elapsedMs = m_clock.elapsed();
    std::sort(m_summary.failedIndexes.begin(), m_summary.failedIndexes.end());
    m_queue.clear();
    Q_EMIT finished(m_summary);
}
