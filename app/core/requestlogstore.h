#pragma once

#include "requestlogfilter.h"
#include "requestrecord.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;
class RequestLogQuery;
class RequestLogMaintenance;
class RequestLogWriter;
namespace RequestLogChain {
class Writer;
}

// A stored call as the log view needs it: the record (bodies possibly clipped) and the full sizes.
struct RequestLogEntry
{
    RequestRecord record;
    qint64 requestBytes = 0; // full request body size
    qint64 responseBytes = 0; // full response body size
};

// How much history to keep. 0 means no limit.
struct RequestLogRetention
{
    qint64 maxRows = 200000;
    int maxAgeDays = 90;
};

// The persistent request log: one SQLite database (Qt SQL, QSQLITE) shared by the window and the CLI.
//
// Contract:
// - Only finished calls are stored (append() and enqueue() refuse Pending records). A call in flight
//   lives only in the view; a crash mid-call leaves no half row.
// - Each stored call gets an id: the table's rowid (AUTOINCREMENT), unique across every process using
//   the file and never reused, even after clear(). RequestRecord::id from TrackClient (a per-process
//   counter) is ignored.
// - Two ways to append:
//   - append() / appendBatch(): synchronous, on the calling thread; one transaction per call (per
//     batch), committed when the function returns.
//   - enqueue(): group commit, the path of RequestRecorder, through which the window and the CLI
//     write every call (use it rather than enqueue()). The call is queued and enqueue() returns at once
//     with a ticket; a writer thread with its own connection commits whatever is queued in one
//     transaction (at most MaxGroup calls each; the calls queued while one commits form the next),
//     then committed(firstTicket, firstId, lastId) names the tickets and their ids, in the store's
//     thread. A result may be shown only from then on. The calling thread never waits for the disk.
// - Durability: WAL journal with synchronous=NORMAL. Once a transaction has committed (append()
//   returned, or committed() was emitted), it is in the WAL file through write(2), i.e. in the
//   kernel's page cache: a kill -9 of the process at any point after that loses nothing
//   (tst_logcrash). Only an OS crash or power cut may roll back the last transactions (never
//   corrupting the file); FULL would fsync every commit (milliseconds each) for that case, which a
//   log of test calls does not need. A call queued and not yet committed is lost by a kill -9; a
//   normal close() or destruction commits the queue first.
// - No secret is stored: the authorization column is rebuilt from the Site ID as "Basic <site id>:•••"
//   (or "Bearer •••"), whatever the record holds.
// - Free text uses an FTS5 trigram index over the search text. Single and grouped appends do not
//   write it (that would double the cost of each commit): rows above a high-water mark are indexed
//   in batches, by appendBatch() in its own transaction and by the worker thread (IndexChunk rows
//   per transaction) once appends pause for IndexQuietMs, or every IndexMaxTail rows of a sustained
//   burst; filters scan only the rows not indexed yet. Schema 1 files migrate on open (empty index,
//   filled in the background).
// - Retention (count and age) runs at open() and every 500 appends (on the writer thread for
//   grouped ones); clear() deletes everything.
// - Checkpoints (copying the WAL into the database, with its fsync) run on a worker thread with its
//   own connection, so no append waits for them (wal_autocheckpoint is 0 on the appending
//   connections).
// - One instance per thread (Qt SQL connections are thread-bound; the writer thread is internal);
//   several processes may share the file (busy timeout 5 s on every connection).
// Its parts: RequestLogSchema (tables, migration, rows), RequestLogQuery (filters as SQL),
// RequestLogWriter (the group commit's thread), RequestLogMaintenance (checkpoints, the trigram index,
// retention).
class RequestLogStore : public QObject
{
    Q_OBJECT

public:
    explicit RequestLogStore(QObject *parent = nullptr);
    ~RequestLogStore() override;

    // <AppIdentity::dataDirectory()>/request-log.sqlite, e.g. in ~/.local/share/io.github.regionconsole.RegionConsole/.
    static QString defaultPath();

    // Opens (creating the directory, file and schema when missing) and applies retention.
    // False with errorString() on failure.
    bool open(const QString &path = defaultPath());
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    void setRetention(const RequestLogRetention &retention) { m_retention = retention; }
    RequestLogRetention retention() const { return m_retention; }

    // Most calls one grouped transaction holds; a longer queue is committed in several.
    static constexpr int MaxGroup = 256;
    // How many of the newest rows a filter with terms or free text scans before it asks its indexes.
    static constexpr qint64 RecentRows = 20000;

    // Stores a finished call now, in its own transaction; returns its id (> 0), or 0 with errorString()
    // set. Emits appended(id, id).
    qint64 append(const RequestRecord &record);
    // Stores many in one transaction (all or none); returns their ids in order, empty on failure.
    // Emits appended(first, last).
    QList<qint64> appendBatch(const QList<RequestRecord> &records);

    // Queues a finished call for the writer thread's next group commit and returns at once (no disk
    // access): its ticket, > 0, one more than the previous ticket of this store object (tickets are
    // never reused, not even across close() and open()). Returns 0, with errorString() set, for a
    // Pending record or a store that is not open; nothing is queued then and no signal follows.
    // Every ticket is later reported once, in this object's thread: by committed() or commitFailed().
    quint64 enqueue(const RequestRecord &record);
    // Blocks until every call queued so far is committed or has failed, then emits their committed()
    // / commitFailed() signals before returning. Returns at once when nothing is queued.
    void flush();
    // Calls queued or being written, not yet reported.
    int queuedCount() const;
    // The last id committed() has reported (0: none yet). Ids above it may be grouped appends that are
    // committed and not reported yet, while queuedCount() > 0.
    qint64 lastReportedId() const { return m_lastReportedId; }

    // The complete record with that id.
    std::optional<RequestRecord> record(qint64 id) const;
    // Newest first: at most limit calls matching filter with id < beforeId (0: no bound). Bodies are
    // clipped to bodyLimit bytes (-1: whole). A filter with terms or free text looks at the RecentRows
    // newest rows first, then (page not full) at what its indexes name below them.
    QList<RequestLogEntry> fetchOlder(const RequestLogFilter &filter, qint64 beforeId, int limit,
                                      int bodyLimit = -1) const;
    // Oldest first: at most limit calls matching filter with afterId < id <= throughId (0: no bound).
    QList<RequestLogEntry> fetchNewer(const RequestLogFilter &filter, qint64 afterId, int limit, int bodyLimit = -1,
                                      qint64 throughId = 0) const;
    // Every matching call, oldest first, until fn returns false. Returns false on a database error.
    bool forEach(const RequestLogFilter &filter, const std::function<bool(const RequestRecord &)> &fn) const;
    qint64 count(const RequestLogFilter &filter = {}) const;
    // Largest id ever handed out by this file (0 when none).
    qint64 newestId() const;

    // Applies retention now; returns the number of calls removed.
    qint64 prune();
    // Commits the queue (flush()), then deletes every call; returns how many there were, -1 on error.
    // Emits cleared().
    qint64 clear();
    // Commits the queue, then deletes the calls matching filter (all of them, as clear(), when it is
    // empty); returns how many, -1 on error. Emits cleared().
    qint64 clearMatching(const RequestLogFilter &filter);

Q_SIGNALS:
    // Rows firstId..lastId (inclusive) were stored through this object, by any of the append paths.
    void appended(qint64 firstId, qint64 lastId);
    // The calls queued with tickets firstTicket..firstTicket + (lastId - firstId) are committed, in one
    // transaction: ticket firstTicket + k has id firstId + k (one writer holding the write lock gets
    // consecutive AUTOINCREMENT ids). Emitted before the matching appended(firstId, lastId).
    void committed(quint64 firstTicket, qint64 firstId, qint64 lastId);
    // The count calls queued with tickets firstTicket..firstTicket + count - 1 were not stored: their
    // transaction failed and was rolled back (error: SQLite's message, e.g. "database is locked" after
    // the 5 s busy timeout, or a full disk). errorString() is set to error too.
    void commitFailed(quint64 firstTicket, int count, const QString &error);
    void cleared();

private:
    // Emits the signals of the groups the writer has finished: all of them (maxGroups 0) or the oldest
    // maxGroups, posting the rest to the event loop.
    void deliverCommits(int maxGroups = 0);
    bool exec(const QString &sql);
    bool insert(const RequestRecord &record, qint64 *id);
    // Runs a SELECT that RequestLogQuery built (with its binds) and reads each row it returns into fn,
    // until fn returns false. False with errorString() on a database error.
    bool select(const RequestLogQuery &query, const QString &sql,
                const std::function<bool(const RequestLogEntry &)> &fn) const;

    QString m_connection;
    QString m_path;
    mutable QString m_error;
    RequestLogRetention m_retention;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<RequestLogChain::Writer> m_chain; // the hash chain's rows (requestlogchain.h)
    int m_appendsSincePrune = 0;
    // Checkpoints, the trigram index's catch-up, retention (requestlogmaintenance.h).
    std::unique_ptr<RequestLogMaintenance> m_maintenance;
    // Group commit (requestlogwriter.h); kept across open()s: tickets never repeat.
    std::unique_ptr<RequestLogWriter> m_writer;
    qint64 m_lastReportedId = 0;
};
