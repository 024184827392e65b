#include "requestlogmaintenance.h"

#include "requestlogchain.h"
#include "requestlogschema.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <chrono>

namespace {
qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

// Runs on its own thread with its own connection (opened on first use).
class RequestLogMaintenance::Worker : public QObject
{
public:
    Worker(const QString &path, const QString &connection)
        : m_path(path)
        , m_connection(connection)
    { }

    void checkpoint()
    {
        if (!connect())
            return;
        // Under a sustained burst PASSIVE never catches up and the WAL only grows; past 64 MB,
        // RESTART makes the next writer start the WAL over (it may hold that writer briefly).
        const bool large = QFileInfo(m_path + QStringLiteral("-wal")).size() > 64 * 1024 * 1024;
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.exec(large ? QStringLiteral("PRAGMA wal_checkpoint(RESTART)")
                     : QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    }

    // Brings the trigram index up to the table, IndexChunk rows per transaction so that an append() on
    // the GUI thread never waits long for the write lock. Stops early when the store closes.
    void index(const IndexControl *control, bool force)
    {
        if (!connect())
            return;
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        QSqlQuery q(db);
        while (!control->stop.load()) {
            // Give way to a burst of appends (each chunk holds the write lock they need).
            if (!force && steadyMs() - control->lastAppendMs.load() < IndexQuietMs / 2)
                return;
            if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
                return;
            // The chunk's last id, read in the transaction (a full scan of an external-content FTS
            // table reads the content table, so the index cannot tell what it holds).
            bool ok = q.exec(QStringLiteral("SELECT max(id), count(*) FROM (SELECT id FROM request_log WHERE id > "
                                            "(SELECT through FROM request_log_fts_state) ORDER BY id LIMIT %1)")
                                 .arg(IndexChunk))
                && q.next();
            const qint64 last = ok ? q.value(0).toLongLong() : 0;
            const int rows = ok ? q.value(1).toInt() : 0;
            q.finish();
            if (ok && rows > 0)
                ok = q.exec(RequestLogSchema::indexTailSql(IndexChunk))
                    && q.exec(RequestLogSchema::moveMarkSql(QString::number(last)));
            if (!ok || !q.exec(QStringLiteral("COMMIT"))) {
                q.exec(QStringLiteral("ROLLBACK"));
                return;
            }
            if (rows < IndexChunk)
                return;
            QThread::usleep(200); // let a waiting writer in
        }
    }

    void shutdown() { RequestLogSchema::closeConnection(m_connection); }

private:
    bool connect()
    {
        QString ignored; // the next checkpoint or catch-up tries again
        return QSqlDatabase::contains(m_connection) || RequestLogSchema::openConnection(m_connection, m_path, &ignored);
    }

    QString m_path;
    QString m_connection;
};

RequestLogMaintenance::RequestLogMaintenance()
    : m_control(std::make_unique<IndexControl>())
{
    m_indexTimer.setSingleShot(true);
    m_indexTimer.setInterval(IndexQuietMs);
    m_indexTimer.callOnTimeout([this] { requestIndex(false); });
}

RequestLogMaintenance::~RequestLogMaintenance()
{
    stop();
}

void RequestLogMaintenance::start(const QString &path, const QString &connection)
{
    stop();
    m_control->stop.store(false);
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("request-log-checkpoint"));
    m_worker = new Worker(path, connection);
    m_worker->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
    m_indexTimer.start();
}

void RequestLogMaintenance::stop()
{
    m_sinceCheckpoint = 0;
    if (!m_thread)
        return;
    m_control->stop.store(true);
    m_indexTimer.stop();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
}

void RequestLogMaintenance::appended(int rows, bool indexed)
{
    m_sinceCheckpoint += rows;
    if (m_worker && m_sinceCheckpoint >= CheckpointEvery) {
        m_sinceCheckpoint = 0;
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->checkpoint(); }, Qt::QueuedConnection);
    }
    if (indexed) {
        m_unindexed = 0; // the whole tail went into the index with the batch
        return;
    }
    m_control->lastAppendMs.store(steadyMs());
    m_unindexed += rows;
    if (m_unindexed >= IndexMaxTail)
        requestIndex(true);
    else if (m_thread)
        m_indexTimer.start();
}

void RequestLogMaintenance::appending()
{
    m_control->lastAppendMs.store(steadyMs());
}

void RequestLogMaintenance::requestIndex(bool force)
{
    if (!m_worker)
        return;
    m_unindexed = 0;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, control = m_control.get(), force] { worker->index(control, force); },
        Qt::QueuedConnection);
}

qint64 RequestLogMaintenance::prune(const QSqlDatabase &db, const RequestLogRetention &retention, QString *error)
{
    qint64 removed = 0;
    QSqlQuery q(db);
    if (retention.maxAgeDays > 0) {
        q.prepare(QStringLiteral("DELETE FROM request_log WHERE started_at < ?"));
        q.bindValue(0, QDateTime::currentMSecsSinceEpoch() - qint64(retention.maxAgeDays) * 24 * 3600 * 1000);
        if (q.exec())
            removed += q.numRowsAffected();
        else
            *error = q.lastError().text();
    }
    if (retention.maxRows > 0) {
        // The newest maxRows ids stay: find the id just below them with one backwards rowid walk.
        q.prepare(QStringLiteral("DELETE FROM request_log WHERE id <= "
                                 "(SELECT id FROM request_log ORDER BY id DESC LIMIT 1 OFFSET ?)"));
        q.bindValue(0, retention.maxRows);
        if (q.exec())
            removed += q.numRowsAffected();
        else
            *error = q.lastError().text();
    }
    if (removed > 0)
        RequestLogChain::compact(db, error);
    return removed;
}
