#pragma once

#include "requestlogstore.h"

#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>

class QSqlDatabase;
class QThread;

// Keeps a RequestLogStore's file in shape without holding up its appends. Part of RequestLogStore.
//
// - WAL checkpoints (copying the WAL into the database, with its fsync) every CheckpointEvery appends, on
//   a low-priority worker thread with its own connection: PASSIVE, which never blocks an appending
//   connection; RESTART once the WAL passes 64 MB (a sustained burst), so that it starts over.
// - The trigram index of free text (see RequestLogSchema) catches up with the table on the same thread,
//   IndexChunk rows per transaction (a few ms of write lock each), once appends pause for IndexQuietMs,
//   or at once when IndexMaxTail rows wait for it; it gives way whenever appends resume.
// - Retention: prune() deletes what a RequestLogRetention no longer keeps (the store and its writer call
//   it every PruneEvery appends).
// Lives in the store's thread (its index timer too); start() after open, stop() before close.
class RequestLogMaintenance
{
public:
    static constexpr int PruneEvery = 500; // appends
    static constexpr int CheckpointEvery = 256; // appends; ~1-2 MB of WAL with typical calls
    static constexpr int IndexChunk = 64; // rows per catch-up transaction of the trigram index
    static constexpr int IndexQuietMs = 250; // the index catches up once appends pause this long...
    static constexpr int IndexMaxTail = 20000; // ...or when this many rows wait for it (a sustained burst)

    RequestLogMaintenance();
    ~RequestLogMaintenance(); // stop()

    // Starts the worker thread (its connection, named connection, opens on first use) and schedules a
    // catch-up of the index: rows other writers left unindexed, or a schema 1 file's history.
    void start(const QString &path, const QString &connection);
    // Stops a catch-up under way, closes the worker's connection and ends its thread.
    void stop();

    // rows were committed by one of the store's append paths. indexed: they are in the trigram index
    // already, with every row before them (appendBatch() indexes in its own transaction).
    void appended(int rows, bool indexed);
    // A call was queued for the writer: appends are under way, a catch-up gives way.
    void appending();

    // Deletes what retention no longer keeps; returns the number of rows removed (errors in *error).
    static qint64 prune(const QSqlDatabase &db, const RequestLogRetention &retention, QString *error);

private:
    class Worker;
    // Shared with the worker thread.
    struct IndexControl
    {
        std::atomic<bool> stop {false};
        std::atomic<qint64> lastAppendMs {0}; // steady clock
    };

    void requestIndex(bool force);

    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    std::unique_ptr<IndexControl> m_control;
    QTimer m_indexTimer;
    int m_sinceCheckpoint = 0;
    int m_unindexed = 0;
};
