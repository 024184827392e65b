#pragma once

#include "requestlogstore.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QThread;

// The group commit behind RequestLogStore::enqueue(): a thread with its own connection commits
// whatever is queued in one transaction (at most RequestLogStore::MaxGroup calls; the calls queued
// while one commits form the next) and hands each transaction's outcome back as a Group. Part of
// RequestLogStore, which turns Groups into its committed() / commitFailed() signals.
//
// Tickets number the queued calls from 1, one more per call, and are never reused for the life of the
// object, across stop() and start(). enqueue(), waitUntilIdle(), unreported() and takeDone() are for
// the owner's thread; the rest runs on the writer thread.
class RequestLogWriter
{
public:
    // One grouped transaction's outcome.
    struct Group
    {
        quint64 firstTicket = 0;
        int count = 0;
        qint64 firstId = 0; // ids firstId..lastId, consecutive (ticket firstTicket + k has id firstId + k),
        qint64 lastId = 0; // when error is empty
        QString error; // non-empty: rolled back, nothing of the group stored
    };

    RequestLogWriter();
    ~RequestLogWriter(); // stop()

    // Starts the thread and opens its connection (named connection) to path, waiting for the outcome:
    // false with *error when the connection cannot be used (stop() then ends the thread). notify runs on
    // the writer thread whenever a Group is done while none waits for takeDone(): it should schedule one.
    bool start(const QString &path, const QString &connection, std::function<void()> notify, QString *error);
    // Commits whatever is queued (a normal close loses nothing), closes the connection and ends the
    // thread. The Groups done stay for takeDone().
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

    // Queues a finished call while running; returns its ticket. retention is what the writer's periodic
    // prune keeps.
    quint64 enqueue(const RequestRecord &record, const RequestLogRetention &retention);
    // Blocks until nothing is queued or being written.
    void waitUntilIdle();
    // Calls queued, being written, or done and not taken yet.
    int unreported() const;
    // The Groups done, oldest first: all (maxGroups 0) or the oldest maxGroups; *more tells whether some
    // are left (notify() is not called again until all are taken).
    QList<Group> takeDone(int maxGroups, bool *more);

private:
    struct Queue;
    class Committer;

    std::unique_ptr<Queue> m_queue;
    QThread *m_thread = nullptr;
    Committer *m_committer = nullptr;
};
