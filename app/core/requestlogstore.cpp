#include "requestlogstore.h"

#include "appidentity.h"
#include "requestlogchain.h"
#include "requestlogmaintenance.h"
#include "requestlogquery.h"
#include "requestlogschema.h"
#include "requestlogwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

RequestLogStore::RequestLogStore(QObject *parent)
    : QObject(parent)
    , m_maintenance(std::make_unique<RequestLogMaintenance>())
    , m_writer(std::make_unique<RequestLogWriter>())
{
    static std::atomic<int> counter {0};
    m_connection = QStringLiteral("cio-request-log-%1").arg(++counter);
}

RequestLogStore::~RequestLogStore()
{
    close();
}

QString RequestLogStore::defaultPath()
{
    return AppIdentity::dataDirectory() + QStringLiteral("/request-log.sqlite");
}

bool RequestLogStore::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool RequestLogStore::open(const QString &path)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = tr("cannot create the directory %1").arg(info.absolutePath());
        return false;
    }
    QString error;
    bool noDriver = false;
    if (!RequestLogSchema::openConnection(m_connection, path, &error, &noDriver)) {
        m_error = noDriver ? tr("the Qt SQLite driver (QSQLITE, package libqt6sql6-sqlite) is not installed")
                           : tr("cannot open %1: %2").arg(path, error);
        return false;
    }
    // Owner-only: the log holds identifiers and bodies (never keys, but still people's data).
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!RequestLogSchema::setUpAppending(db, &m_error) || !RequestLogSchema::migrate(db, path, &m_error)
        || !RequestLogChain::ensure(db, &m_error) || !RequestLogChain::setUpConnection(db, &m_error)) {
        close();
        return false;
    }
    m_chain = std::make_unique<RequestLogChain::Writer>(db);
    m_insert = std::make_unique<QSqlQuery>(db);
    if (!m_insert->prepare(RequestLogSchema::insertSql())) {
        m_error = m_insert->lastError().text();
        close();
        return false;
    }
    m_error.clear();
    m_maintenance->start(path, m_connection + QStringLiteral("-checkpoint"));
    // The writer thread for enqueue(): its connection opens here, so a failure shows now.
    const bool writerReady = m_writer->start(
        path, m_connection + QStringLiteral("-writer"),
        [this] {
            QMetaObject::invokeMethod(
                this, [this] { deliverCommits(1); }, Qt::QueuedConnection);
        },
        &error);
    if (!writerReady) {
        m_error = error;
        close();
        return false;
    }
    prune();
    return true;
}

void RequestLogStore::close()
{
    if (m_writer->isRunning()) {
        m_writer->stop(); // commits what is queued
        deliverCommits(); // the last groups' signals, now rather than from an event loop
    }
    m_maintenance->stop();
    m_chain.reset();
    m_insert.reset();
    RequestLogSchema::closeConnection(m_connection);
}

bool RequestLogStore::isOpen() const
{
    return m_insert != nullptr;
}

bool RequestLogStore::insert(const RequestRecord &r, qint64 *id)
{
    if (r.outcome == RequestRecord::Outcome::Pending) {
        m_error = tr("a call still in flight is not stored");
        return false;
    }
    return RequestLogSchema::insertRow(*m_insert, r, id, &m_error) && m_chain->extend(*id, r, &m_error);
}

qint64 RequestLogStore::append(const RequestRecord &record)
{
    if (!isOpen()) {
        m_error = tr("the request log is not open");
        return 0;
    }
    qint64 id = 0;
    // One transaction (the call and its chain row), committed to the WAL before this returns.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return 0;
    if (!insert(record, &id) || !exec(QStringLiteral("COMMIT"))) {
        const QString error = m_error;
        exec(QStringLiteral("ROLLBACK"));
        m_error = error;
        return 0;
    }
    if (++m_appendsSincePrune >= RequestLogMaintenance::PruneEvery)
        prune();
    m_maintenance->appended(1, false);
    Q_EMIT appended(id, id);
    return id;
}

QList<qint64> RequestLogStore::appendBatch(const QList<RequestRecord> &records)
{
    QList<qint64> ids;
    if (!isOpen()) {
        m_error = tr("the request log is not open");
        return ids;
    }
    if (records.isEmpty())
        return ids;
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return ids;
    ids.reserve(records.size());
    const auto rollBack = [this] {
        const QString error = m_error;
        exec(QStringLiteral("ROLLBACK"));
        m_error = error;
        return QList<qint64>();
    };
    for (const RequestRecord &r : records) {
        qint64 id = 0;
        if (!insert(r, &id))
            return rollBack();
        ids << id;
    }
    // One transaction for many rows: index them (and any lagging rows) in it, one FTS segment.
    if (!exec(RequestLogSchema::indexTailSql(-1)) || !exec(RequestLogSchema::moveMarkSql(QString::number(ids.last()))))
        return rollBack();
    if (!exec(QStringLiteral("COMMIT"))) {
        exec(QStringLiteral("ROLLBACK"));
        return {};
    }
    m_appendsSincePrune += int(records.size());
    if (m_appendsSincePrune >= RequestLogMaintenance::PruneEvery)
        prune();
    m_maintenance->appended(int(records.size()), true);
    Q_EMIT appended(ids.first(), ids.last());
    return ids;
}

quint64 RequestLogStore::enqueue(const RequestRecord &record)
{
    if (!isOpen() || !m_writer->isRunning()) {
        m_error = tr("the request log is not open");
        return 0;
    }
    if (record.outcome == RequestRecord::Outcome::Pending) {
        m_error = tr("a call still in flight is not stored");
        return 0;
    }
    m_maintenance->appending(); // a catch-up of the index gives way to the burst
    return m_writer->enqueue(record, m_retention);
}

void RequestLogStore::flush()
{
    m_writer->waitUntilIdle();
    deliverCommits();
}

int RequestLogStore::queuedCount() const
{
    return m_writer->unreported();
}

void RequestLogStore::deliverCommits(int maxGroups)
{
    bool more = false;
    // One group per event: the event loop paints and takes input between two (a backlog of groups
    // delivered at once would stall it).
    const QList<RequestLogWriter::Group> done = m_writer->takeDone(maxGroups, &more);
    if (more)
        QMetaObject::invokeMethod(
            this, [this] { deliverCommits(1); }, Qt::QueuedConnection);
    for (const RequestLogWriter::Group &group : done) {
        if (!group.error.isEmpty()) {
            m_error = group.error;
            Q_EMIT commitFailed(group.firstTicket, group.count, group.error);
            continue;
        }
        m_maintenance->appended(group.count, false);
        m_lastReportedId = qMax(m_lastReportedId, group.lastId);
        Q_EMIT committed(group.firstTicket, group.firstId, group.lastId);
        Q_EMIT appended(group.firstId, group.lastId);
    }
}

bool RequestLogStore::select(const RequestLogQuery &query, const QString &sql,
                             const std::function<bool(const RequestLogEntry &)> &fn) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!query.prepare(q, sql, &m_error))
        return false;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        if (!fn(RequestLogSchema::readEntry(q)))
            break;
    }
    return true;
}

std::optional<RequestRecord> RequestLogStore::record(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + RequestLogSchema::columns(-1)
              + QStringLiteral(" FROM request_log WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return RequestLogSchema::readEntry(q).record;
}

QList<RequestLogEntry> RequestLogStore::fetchOlder(const RequestLogFilter &filter, qint64 beforeId, int limit,
                                                   int bodyLimit) const
{
    QList<RequestLogEntry> result;
    if (!isOpen() || limit <= 0)
        return result;
    RequestLogQuery query(filter);
    const auto collect = [&result](const RequestLogEntry &e) {
        result << e;
        return true;
    };
    if (!query.isSplit()) {
        // Equality on indexed columns: SQLite walks one index backwards and stops at the page.
        select(query, query.older(beforeId, limit, bodyLimit), collect);
        return result;
    }
    // Terms and free text: a match that is common fills the page from the newest rows at once; one that is
    // rare is taken from the indexes and sorted. Either way no query walks the whole table.
    const qint64 top = beforeId > 0 ? beforeId : newestId() + 1;
    const qint64 from = qMax<qint64>(1, top - RecentRows);
    if (!select(query, query.recent(from, top, limit, bodyLimit), collect) || result.size() >= limit || from <= 1)
        return result;
    select(query, query.byIndex(from, limit - int(result.size()), bodyLimit), collect);
    return result;
}

QList<RequestLogEntry> RequestLogStore::fetchNewer(const RequestLogFilter &filter, qint64 afterId, int limit,
                                                   int bodyLimit, qint64 throughId) const
{
    QList<RequestLogEntry> result;
    if (!isOpen() || limit <= 0)
        return result;
    RequestLogQuery query(filter);
    const QString sql = query.newer(afterId, throughId, limit, bodyLimit);
    select(query, sql, [&result](const RequestLogEntry &e) {
        result << e;
        return true;
    });
    return result;
}

bool RequestLogStore::forEach(const RequestLogFilter &filter,
                              const std::function<bool(const RequestRecord &)> &fn) const
{
    if (!isOpen())
        return false;
    RequestLogQuery query(filter);
    const QString sql = query.all();
    return select(query, sql, [&fn](const RequestLogEntry &e) { return fn(e.record); });
}

qint64 RequestLogStore::count(const RequestLogFilter &filter) const
{
    if (!isOpen())
        return 0;
    RequestLogQuery query(filter);
    const QString sql = query.count();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!query.prepare(q, sql, &m_error))
        return 0;
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return 0;
    }
    return q.value(0).toLongLong();
}

qint64 RequestLogStore::newestId() const
{
    if (!isOpen())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    // sqlite_sequence holds the AUTOINCREMENT high-water mark, which survives clear().
    if (q.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'request_log'")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 RequestLogStore::prune()
{
    m_appendsSincePrune = 0;
    if (!isOpen())
        return 0;
    return RequestLogMaintenance::prune(QSqlDatabase::database(m_connection, false), m_retention, &m_error);
}

qint64 RequestLogStore::clearMatching(const RequestLogFilter &filter)
{
    if (filter.isEmpty())
        return clear();
    if (!isOpen())
        return -1;
    flush();
    RequestLogQuery query(filter);
    const QString sql = query.remove();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!query.prepare(q, sql, &m_error) || !q.exec()) {
        if (m_error.isEmpty() || q.lastError().isValid())
            m_error = q.lastError().text();
        return -1;
    }
    const qint64 removed = q.numRowsAffected();
    q.finish();
    Q_EMIT cleared();
    return removed;
}

qint64 RequestLogStore::clear()
{
    if (!isOpen())
        return -1;
    flush(); // calls that finished before the clear are deleted with the rest
    const qint64 before = count();
    // Without the delete trigger, DELETE empties the table at once (no per-row index deletes); the
    // trigram index is then emptied in one step.
    const QStringList steps = {
        QStringLiteral("BEGIN IMMEDIATE"),
        QStringLiteral("DROP TRIGGER IF EXISTS request_log_fts_delete"),
        QStringLiteral("DELETE FROM request_log"),
        QStringLiteral("DELETE FROM request_log_chain WHERE row_id < (SELECT max(row_id) FROM request_log_chain)"),
        QStringLiteral("INSERT INTO request_log_fts(request_log_fts) VALUES('delete-all')"),
        RequestLogSchema::moveMarkSql(
            QStringLiteral("(SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'request_log')")),
        RequestLogSchema::deleteTriggerSql(),
        QStringLiteral("COMMIT"),
    };
    for (const QString &sql : steps) {
        if (!exec(sql)) {
            const QString error = m_error;
            exec(QStringLiteral("ROLLBACK"));
            m_error = error;
            return -1;
        }
    }
    // Give the space back and leave no deleted bodies in the WAL or free pages.
    exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    exec(QStringLiteral("VACUUM"));
    Q_EMIT cleared();
    return before;
}
