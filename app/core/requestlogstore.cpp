#include "requestlogstore.h"

#include "appidentity.h"
#include "endpointtable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVariant>
#include <QWaitCondition>

#include <atomic>
#include <chrono>
#include <functional>

namespace {

constexpr int SchemaVersion = 2; // 2: request_log_fts, the trigram index of `search`
constexpr int IndexChunk = 64; // rows per catch-up transaction of the trigram index: a few ms of write lock
constexpr int IndexQuietMs = 250; // the index catches up once appends pause this long...
constexpr int IndexMaxTail = 20000; // ...or when this many rows wait for it (a sustained burst)

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
constexpr int PruneEvery = 500;
constexpr int CheckpointEvery = 256; // appends; ~1-2 MB of WAL with typical calls

// Column order shared by every SELECT and rowToEntry(). Bodies are selected as substr() so the view
// can clip them in SQL; the sizes come from their own columns.
const QString kColumns = QStringLiteral(
    "id, started_at, workspace, site_id, call, method, path, route_region, account_region, hops, status, "
    "handled_by, handled_by_region, outcome, error, warnings, duration_ms, request_size, response_size");

QString bodyColumns(int bodyLimit)
{
    if (bodyLimit < 0)
        return QStringLiteral(", request_body, response_body");
    const QString n = QString::number(bodyLimit);
    return QStringLiteral(", substr(request_body, 1, %1), substr(response_body, 1, %1)").arg(n);
}

// The trigram index lags the table: rows with id > request_log_fts_state.through are not in it yet
// (see RequestLogStore). Only indexed rows may be deleted from it.
const QString kDeleteTrigger =
    QStringLiteral("CREATE TRIGGER IF NOT EXISTS request_log_fts_delete AFTER DELETE ON request_log"
                   " WHEN old.id <= (SELECT through FROM request_log_fts_state) BEGIN"
                   " INSERT INTO request_log_fts(request_log_fts, rowid, search) VALUES('delete', old.id, old.search);"
                   " END");
// Indexes every row above the high-water mark (all of them, or the oldest :limit) and moves the mark.
const QString kIndexTail =
    QStringLiteral("INSERT INTO request_log_fts(rowid, search) SELECT id, search FROM request_log"
                   " WHERE id > (SELECT through FROM request_log_fts_state) ORDER BY id LIMIT %1");
const QString kMoveMark = QStringLiteral("UPDATE request_log_fts_state SET through = max(through, %1)");

CallKind storedCall(const QString &name)
{
    return callFromName(name).value_or(CallKind::Region);
}

RequestRecord::Outcome outcomeFromName(const QString &name)
{
    using O = RequestRecord::Outcome;
    for (O o : {O::Success, O::HttpError, O::NetworkError, O::TimedOut, O::RedirectRefused, O::TooManyRedirects})
        if (RequestRecord::outcomeName(o) == name)
            return o;
    return O::Pending;
}

QString hopsJson(const QList<Hop> &hops)
{
    QJsonArray array;
    for (const Hop &hop : hops) {
        QJsonObject h;
        h.insert(QStringLiteral("url"), hop.url.toString(QUrl::FullyEncoded));
        h.insert(QStringLiteral("status"), hop.status);
        h.insert(QStringLiteral("duration_ms"), hop.durationMs);
        h.insert(QStringLiteral("credentials_sent"), hop.credentialsSent);
        if (!hop.error.isEmpty())
            h.insert(QStringLiteral("error"), hop.error);
        array.append(h);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Hop> hopsFromJson(const QString &json)
{
    QList<Hop> hops;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject h = v.toObject();
        Hop hop;
        hop.url = QUrl(h.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
        hop.status = h.value(QStringLiteral("status")).toInt();
        hop.durationMs = qint64(h.value(QStringLiteral("duration_ms")).toDouble());
        hop.credentialsSent = h.value(QStringLiteral("credentials_sent")).toBool();
        hop.error = h.value(QStringLiteral("error")).toString();
        hops << hop;
    }
    return hops;
}

int statusClassCode(RequestLogFilter::StatusClass c)
{
    using S = RequestLogFilter::StatusClass;
    switch (c) {
    case S::Success2xx:
        return 2;
    case S::Redirect3xx:
        return 3;
    case S::Client4xx:
        return 4;
    case S::Server5xx:
        return 5;
    case S::Network:
        return 0;
    case S::Any:
        break;
    }
    return -1;
}

RequestLogEntry rowToEntry(const QSqlQuery &q)
{
    RequestLogEntry e;
    RequestRecord &r = e.record;
    r.id = q.value(0).toLongLong();
    r.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    r.workspace = q.value(2).toString();
    r.siteId = q.value(3).toString();
    r.call = storedCall(q.value(4).toString());
    r.method = q.value(5).toString();
    r.path = q.value(6).toString();
    r.routeRegion = regionFromCode(q.value(7).toString());
    r.accountRegion = regionFromCode(q.value(8).toString());
    r.hops = hopsFromJson(q.value(9).toString());
    r.status = q.value(10).toInt();
    r.handledBy = q.value(11).toString();
    r.handledByRegion = regionFromCode(q.value(12).toString());
    r.outcome = outcomeFromName(q.value(13).toString());
    r.error = q.value(14).toString();
    const QJsonArray warnings = QJsonDocument::fromJson(q.value(15).toString().toUtf8()).array();
    for (const QJsonValue &w : warnings)
        r.warnings << w.toString();
    r.durationMs = q.value(16).toLongLong();
    e.requestBytes = q.value(17).toLongLong();
    e.responseBytes = q.value(18).toLongLong();
    r.requestBody = q.value(19).toByteArray();
    r.responseBody = q.value(20).toByteArray();
    r.authorization = maskedAuthorization(r);
    return e;
}

// " WHERE a AND b ..." (or "") with the values to bind, in order.
QString whereSql(const RequestLogFilter &f, QVariantList *binds, const QString &extra = {})
{
    QStringList parts;
    if (!extra.isEmpty())
        parts << extra;
    if (!f.workspace.isEmpty()) {
        parts << QStringLiteral("workspace = ?");
        *binds << f.workspace;
    }
    if (f.region) {
        parts << QStringLiteral("handled_by_region = ?");
        *binds << regionCode(*f.region);
    }
    if (!f.handledBy.isEmpty()) {
        parts << QStringLiteral("handled_by = ?");
        *binds << f.handledBy;
    }
    if (f.statusClass != RequestLogFilter::StatusClass::Any) {
        parts << QStringLiteral("status_class = ?");
        *binds << statusClassCode(f.statusClass);
    }
    if (f.call) {
        parts << QStringLiteral("call = ?");
        *binds << callName(*f.call);
    }
    const QString needle = f.text.trimmed().toLower();
    if (needle.toUcs4().size() >= 3) {
        // Candidates: the trigram index (a quoted string is a phrase of consecutive trigrams, i.e. a
        // case-folded substring match) plus the rows it does not hold yet; instr() then keeps exactly
        // what matches() keeps.
        QString phrase = needle;
        phrase.replace(u'"', QStringLiteral("\"\""));
        parts << QStringLiteral("instr(search, ?) > 0 AND id IN (SELECT rowid FROM request_log_fts WHERE "
                                "request_log_fts MATCH ? UNION ALL SELECT id FROM request_log WHERE id > "
                                "(SELECT through FROM request_log_fts_state))");
        *binds << needle << QString(u'"' + phrase + u'"');
    } else if (!needle.isEmpty()) {
        // Under three characters the trigram index cannot help; such needles match often, and the
        // newest-first scan stops at the first page.
        parts << QStringLiteral("instr(search, ?) > 0");
        *binds << needle;
    }
    if (f.from.isValid()) {
        parts << QStringLiteral("started_at >= ?");
        *binds << f.from.toMSecsSinceEpoch();
    }
    if (f.until.isValid()) {
        parts << QStringLiteral("started_at < ?");
        *binds << f.until.toMSecsSinceEpoch();
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

// Qt binds a null QString as SQL NULL; text columns are NOT NULL, so empty means "".
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
}

// Per-connection settings of every connection that appends (the store's own and the writer's).
const QStringList kConnectionSetup = {
    QStringLiteral("PRAGMA journal_mode=WAL"),
    QStringLiteral("PRAGMA synchronous=NORMAL"),
    QStringLiteral("PRAGMA foreign_keys=OFF"),
    QStringLiteral("PRAGMA temp_store=MEMORY"),
    // 16 MB of page cache: the six indexes' hot pages stay in memory at a million rows. A fixed
    // bound, whatever the history.
    QStringLiteral("PRAGMA cache_size=-16000"),
    QStringLiteral("PRAGMA wal_autocheckpoint=0"), // WalCheckpointer does it, off the appending threads
    // A burst may grow the WAL far beyond what a checkpoint keeps it at; once it starts over, it shrinks.
    QStringLiteral("PRAGMA journal_size_limit=67108864"),
};

const QString kInsertSql =
    QStringLiteral("INSERT INTO request_log (started_at, workspace, site_id, call, method, path, authorization,"
                   " route_region, account_region, sent_to, hops, status, status_class, handled_by, handled_by_region,"
                   " outcome, error, warnings, duration_ms, request_size, response_size, request_body, response_body,"
                   " search) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");

// Runs kInsertSql (prepared in q) for a finished record; *id is the new row's id.
bool insertRow(QSqlQuery &q, const RequestRecord &r, qint64 *id, QString *error)
{
    const int statusClass = statusClassCode(RequestLogFilter::statusClassOf(r));
    const QVariantList values = {
        r.startedAt.isValid() ? r.startedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch(),
        text(r.workspace),
        text(r.siteId),
        callName(r.call),
        text(r.method),
        text(r.path),
        maskedAuthorization(r),
        regionCode(r.routeRegion),
        regionCode(r.accountRegion),
        text(r.sentTo()),
        hopsJson(r.hops),
        r.status,
        statusClass,
        text(r.handledBy),
        regionCode(r.handledByRegion),
        RequestRecord::outcomeName(r.outcome),
        text(r.error),
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(r.warnings)).toJson(QJsonDocument::Compact)),
        r.durationMs,
        qint64(r.requestBody.size()),
        qint64(r.responseBody.size()),
        r.requestBody,
        r.responseBody,
        RequestLogFilter::searchText(r),
    };
    bindAll(q, values);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    *id = q.lastInsertId().toLongLong();
    q.finish();
    return true;
}

// Deletes what retention no longer keeps; returns the number of rows removed (errors in *error).
qint64 pruneRows(const QSqlDatabase &db, const RequestLogRetention &retention, QString *error)
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
    return removed;
}

// One grouped transaction's outcome, handed from the writer thread to the store's thread.
struct GroupResult
{
    quint64 firstTicket = 0;
    int count = 0;
    qint64 firstId = 0; // ids firstId..lastId, consecutive, when error is empty
    qint64 lastId = 0;
    QString error; // non-empty: rolled back, nothing of the group stored
};

} // namespace

// Shared by the store (its own thread) and the writer thread; every field is guarded by mutex.
struct RequestLogQueue
{
    QMutex mutex;
    QWaitCondition idle; // woken when nothing is queued or being written any more
    QList<RequestRecord> records; // queued, oldest first; records.first() has ticket nextTaken
    quint64 nextTaken = 1; // ticket of the oldest queued call (tickets start at 1)
    int writing = 0; // calls the writer took and has not reported yet
    bool drainScheduled = false; // a drain() is posted to the writer thread
    RequestLogRetention retention; // what the writer's periodic prune keeps
    QList<GroupResult> done; // reported by the writer, not yet delivered in the store's thread
    bool deliveryScheduled = false; // a deliverCommits() is posted to the store's thread
};

// The writer thread's side of group commit: its own connection, one transaction per drained group.
class RequestLogWriter : public QObject
{
public:
    RequestLogWriter(const QString &path, const QString &connection, RequestLogQueue *queue,
                     std::function<void()> notify)
        : m_path(path)
        , m_connection(connection)
        , m_queue(queue)
        , m_notify(std::move(notify))
    { }

    bool connect(QString *error)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        for (const QString &sql : kConnectionSetup) {
            if (!q.exec(sql)) {
                *error = q.lastError().text();
                return false;
            }
        }
        m_insert = std::make_unique<QSqlQuery>(db);
        if (!m_insert->prepare(kInsertSql)) {
            *error = m_insert->lastError().text();
            return false;
        }
        return true;
    }

    // Commits the queue, at most MaxGroup calls per transaction, until it is empty.
    void drain()
    {
        for (;;) {
            QList<RequestRecord> group;
            GroupResult result;
            RequestLogRetention retention;
            {
                QMutexLocker lock(&m_queue->mutex);
                if (m_queue->records.isEmpty()) {
                    m_queue->drainScheduled = false;
                    return;
                }
                const int n = int(qMin<qsizetype>(m_queue->records.size(), RequestLogStore::MaxGroup));
                if (n == m_queue->records.size())
                    group.swap(m_queue->records);
                else {
                    group = m_queue->records.mid(0, n);
                    m_queue->records.remove(0, n);
                }
                result.firstTicket = m_queue->nextTaken;
                result.count = n;
                m_queue->nextTaken += quint64(n);
                m_queue->writing = n;
                retention = m_queue->retention;
            }
            commit(group, &result);
            if (result.error.isEmpty()) {
                m_sincePrune += result.count;
                if (m_sincePrune >= PruneEvery) {
                    m_sincePrune = 0;
                    QString ignored; // retention retries at the next round
                    pruneRows(QSqlDatabase::database(m_connection, false), retention, &ignored);
                }
            }
            bool notify = false;
            {
                QMutexLocker lock(&m_queue->mutex);
                m_queue->writing = 0;
                m_queue->done << result;
                notify = !m_queue->deliveryScheduled;
                m_queue->deliveryScheduled = true;
                if (m_queue->records.isEmpty())
                    m_queue->idle.wakeAll();
            }
            if (notify)
                m_notify();
        }
    }

    void shutdown()
    {
        m_insert.reset();
        if (QSqlDatabase::contains(m_connection)) {
            {
                QSqlDatabase db = QSqlDatabase::database(m_connection, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(m_connection);
        }
    }

private:
    void commit(const QList<RequestRecord> &group, GroupResult *result)
    {
        QSqlQuery tx(QSqlDatabase::database(m_connection, false));
        if (!m_insert) {
            result->error = QStringLiteral("the request log writer is not connected");
            return;
        }
        if (!tx.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            result->error = tx.lastError().text();
            return;
        }
        QString error;
        for (const RequestRecord &r : group) {
            qint64 id = 0;
            if (!insertRow(*m_insert, r, &id, &error))
                break;
            if (result->firstId == 0)
                result->firstId = id;
            else if (id != result->lastId + 1) {
                // committed() promises consecutive ids; one writer holding the write lock always gets them.
                error = QStringLiteral("ids of one transaction are not consecutive (%1 after %2)")
                            .arg(QString::number(id), QString::number(result->lastId));
                break;
            }
            result->lastId = id;
        }
        if (error.isEmpty() && !tx.exec(QStringLiteral("COMMIT")))
            error = tx.lastError().text();
        if (!error.isEmpty()) {
            tx.exec(QStringLiteral("ROLLBACK"));
            result->error = error;
            result->firstId = result->lastId = 0;
        }
    }

    QString m_path;
    QString m_connection;
    RequestLogQueue *m_queue;
    std::function<void()> m_notify;
    std::unique_ptr<QSqlQuery> m_insert;
    int m_sincePrune = 0;
};

// Runs PRAGMA wal_checkpoint on its own connection, in its own thread. PASSIVE never blocks the
// appending connection: it copies what it can and leaves the rest for the next time.
class WalCheckpointer : public QObject
{
public:
    WalCheckpointer(const QString &path, const QString &connection)
        : m_path(path)
        , m_connection(connection)
    { }

    bool connect()
    {
        if (!QSqlDatabase::contains(m_connection)) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (!db.open())
                return false;
        }
        return true;
    }

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

    // Brings the trigram index up to the table, IndexChunk rows per transaction so that an append()
    // on the GUI thread never waits long for the write lock. Stops early when the store closes.
    void index(const RequestLogIndexControl *control, bool force)
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
                ok = q.exec(kIndexTail.arg(IndexChunk)) && q.exec(kMoveMark.arg(last));
            if (!ok || !q.exec(QStringLiteral("COMMIT"))) {
                q.exec(QStringLiteral("ROLLBACK"));
                return;
            }
            if (rows < IndexChunk)
                return;
            QThread::usleep(200); // let a waiting writer in
        }
    }

    void shutdown()
    {
        if (QSqlDatabase::contains(m_connection)) {
            {
                QSqlDatabase db = QSqlDatabase::database(m_connection, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(m_connection);
        }
    }

private:
    QString m_path;
    QString m_connection;
};

// ---- RequestLogFilter ---------------------------------------------------------------------------

bool RequestLogFilter::isEmpty() const
{
    return workspace.isEmpty() && !region && handledBy.isEmpty() && statusClass == StatusClass::Any && !call
        && text.trimmed().isEmpty() && !from.isValid() && !until.isValid();
}

bool RequestLogFilter::matches(const RequestRecord &r) const
{
    if (!workspace.isEmpty() && r.workspace != workspace)
        return false;
    if (region && r.handledByRegion != *region)
        return false;
    if (!handledBy.isEmpty() && r.handledBy != handledBy)
        return false;
    if (statusClass != StatusClass::Any && statusClassOf(r) != statusClass)
        return false;
    if (call && r.call != *call)
        return false;
    const QString needle = text.trimmed().toLower();
    if (!needle.isEmpty() && !searchText(r).contains(needle))
        return false;
    if (from.isValid() && !(r.startedAt.toMSecsSinceEpoch() >= from.toMSecsSinceEpoch()))
        return false;
    if (until.isValid() && !(r.startedAt.toMSecsSinceEpoch() < until.toMSecsSinceEpoch()))
        return false;
    return true;
}

QString RequestLogFilter::statusClassName(StatusClass statusClass)
{
    switch (statusClass) {
    case StatusClass::Success2xx:
        return QStringLiteral("2xx");
    case StatusClass::Redirect3xx:
        return QStringLiteral("3xx");
    case StatusClass::Client4xx:
        return QStringLiteral("4xx");
    case StatusClass::Server5xx:
        return QStringLiteral("5xx");
    case StatusClass::Network:
        return QStringLiteral("network");
    case StatusClass::Any:
        break;
    }
    return {};
}

std::optional<RequestLogFilter::StatusClass> RequestLogFilter::statusClassFromName(const QString &name)
{
    for (StatusClass c : {StatusClass::Any, StatusClass::Success2xx, StatusClass::Redirect3xx, StatusClass::Client4xx,
                          StatusClass::Server5xx, StatusClass::Network})
        if (statusClassName(c) == name)
            return c;
    return std::nullopt;
}

RequestLogFilter::StatusClass RequestLogFilter::statusClassOf(const RequestRecord &r)
{
    using O = RequestRecord::Outcome;
    if (r.outcome == O::Pending)
        return StatusClass::Any;
    if (r.outcome == O::NetworkError || r.outcome == O::TimedOut || r.status < 200 || r.status > 599)
        return StatusClass::Network;
    switch (r.status / 100) {
    case 2:
        return StatusClass::Success2xx;
    case 3:
        return StatusClass::Redirect3xx;
    case 4:
        return StatusClass::Client4xx;
    default:
        return StatusClass::Server5xx;
    }
}

QString RequestLogFilter::searchText(const RequestRecord &r)
{
    // What people search for: the identifier as typed (ada@example.com, not ada%40example.com), the Site ID,
    // the event name, besides what the log's columns show.
    QStringList parts {r.workspace,
                       r.siteId,
                       callName(r.call),
                       r.method,
                       r.path,
                       QUrl::fromPercentEncoding(r.path.toUtf8()),
                       r.sentTo(),
                       r.handledBy,
                       QString::number(r.status),
                       RequestRecord::outcomeName(r.outcome),
                       r.error};
    for (const Hop &hop : r.hops)
        parts << hop.url.toString(QUrl::FullyEncoded);
    parts << r.warnings;
    if (!r.requestBody.isEmpty() && r.requestBody.size() <= 4096 && r.requestBody.startsWith('{'))
        parts << QJsonDocument::fromJson(r.requestBody).object().value(u"name").toString();
    return parts.join(u'\n').toLower();
}

// ---- RequestLogStore ----------------------------------------------------------------------------

RequestLogStore::RequestLogStore(QObject *parent)
    : QObject(parent)
    , m_queue(std::make_unique<RequestLogQueue>())
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
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        if (!db.isValid()) {
            m_error = tr("the Qt SQLite driver (QSQLITE, package libqt6sql6-sqlite) is not installed");
            QSqlDatabase::removeDatabase(m_connection);
            return false;
        }
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            m_error = tr("cannot open %1: %2").arg(path, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return false;
        }
    }
    // Owner-only: the log holds identifiers and bodies (never keys, but still people's data).
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    for (const QString &sql : kConnectionSetup) {
        if (!exec(sql)) {
            close();
            return false;
        }
    }
    QSqlQuery version(QSqlDatabase::database(m_connection, false));
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        m_error = version.lastError().text();
        close();
        return false;
    }
    const int current = version.value(0).toInt();
    version.finish();
    if (current > SchemaVersion) {
        m_error = tr("%1 was written by a newer Region Console (schema %2)").arg(path, QString::number(current));
        close();
        return false;
    }
    if (current < SchemaVersion) {
        // Columns the filters use have their own index; each index also holds the rowid, so
        // "WHERE workspace = ? ORDER BY id DESC LIMIT n" walks one index backwards and stops early.
        const QStringList schema = {
            QStringLiteral("BEGIN IMMEDIATE"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS request_log ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " started_at INTEGER NOT NULL," // ms since the epoch, UTC
                           " workspace TEXT NOT NULL,"
                           " site_id TEXT NOT NULL,"
                           " call TEXT NOT NULL," // callName()
                           " method TEXT NOT NULL,"
                           " path TEXT NOT NULL," // percent-encoded, as sent
                           " authorization TEXT NOT NULL," // masked: Basic <site id>:•••
                           " route_region TEXT NOT NULL,"
                           " account_region TEXT NOT NULL,"
                           " sent_to TEXT NOT NULL,"
                           " hops TEXT NOT NULL," // JSON [{url,status,duration_ms,credentials_sent,error?}]
                           " status INTEGER NOT NULL,"
                           " status_class INTEGER NOT NULL," // 2..5, 0 = network (no HTTP answer)
                           " handled_by TEXT NOT NULL,"
                           " handled_by_region TEXT NOT NULL," // us, eu, unknown
                           " outcome TEXT NOT NULL," // RequestRecord::outcomeName()
                           " error TEXT NOT NULL,"
                           " warnings TEXT NOT NULL," // JSON array of strings
                           " duration_ms INTEGER NOT NULL,"
                           " request_size INTEGER NOT NULL,"
                           " response_size INTEGER NOT NULL,"
                           " request_body BLOB,"
                           " response_body BLOB,"
                           " search TEXT NOT NULL)"), // RequestLogFilter::searchText()
            QStringLiteral("CREATE INDEX IF NOT EXISTS request_log_workspace ON request_log(workspace)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS request_log_handled_by ON request_log(handled_by)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS request_log_region ON request_log(handled_by_region)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS request_log_status_class ON request_log(status_class)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS request_log_call ON request_log(call)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS request_log_started_at ON request_log(started_at)"),
            // Free text: a trigram index over `search` (external content: the text is not stored twice).
            // It is not written by append() (that would double the cost of each commit) but caught up
            // in batches: by appendBatch() and by the worker thread. A file of schema 1 starts with an
            // empty index (through = 0) that the worker fills in the background; until then free text
            // scans the rows not indexed yet, as before.
            QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS request_log_fts USING fts5("
                           "search, content='request_log', content_rowid='id', tokenize='trigram')"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS request_log_fts_state (through INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO request_log_fts_state (through) SELECT 0"
                           " WHERE NOT EXISTS (SELECT 1 FROM request_log_fts_state)"),
            kDeleteTrigger,
            QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion),
            QStringLiteral("COMMIT"),
        };
        for (const QString &sql : schema) {
            if (!exec(sql)) {
                exec(QStringLiteral("ROLLBACK"));
                close();
                return false;
            }
        }
    }
    m_insert = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection, false));
    if (!m_insert->prepare(kInsertSql)) {
        m_error = m_insert->lastError().text();
        close();
        return false;
    }
    m_error.clear();
    m_indexControl->stop.store(false);
    m_checkpointThread = new QThread;
    m_checkpointThread->setObjectName(QStringLiteral("request-log-checkpoint"));
    m_checkpointer = new WalCheckpointer(path, m_connection + QStringLiteral("-checkpoint"));
    m_checkpointer->moveToThread(m_checkpointThread);
    m_checkpointThread->start(QThread::LowPriority);

    // The writer thread for enqueue(): its connection opens here, so a failure shows now.
    m_writerThread = new QThread;
    m_writerThread->setObjectName(QStringLiteral("request-log-writer"));
    m_writer = new RequestLogWriter(path, m_connection + QStringLiteral("-writer"), m_queue.get(), [this] {
        QMetaObject::invokeMethod(
            this, [this] { deliverCommits(1); }, Qt::QueuedConnection);
    });
    m_writer->moveToThread(m_writerThread);
    m_writerThread->start();
    bool writerReady = false;
    QString writerError;
    QMetaObject::invokeMethod(
        m_writer, [&] { writerReady = m_writer->connect(&writerError); }, Qt::BlockingQueuedConnection);
    if (!writerReady) {
        m_error = writerError;
        close();
        return false;
    }
    prune();
    if (!m_indexTimer) {
        m_indexTimer = new QTimer(this);
        m_indexTimer->setSingleShot(true);
        m_indexTimer->setInterval(IndexQuietMs);
        connect(m_indexTimer, &QTimer::timeout, this, [this] { requestIndex(false); });
    }
    m_indexTimer->start(); // rows other writers left unindexed, or a schema 1 file's history
    return true;
}

void RequestLogStore::requestCheckpoint(int appended)
{
    m_appendsSinceCheckpoint += appended;
    if (!m_checkpointer || m_appendsSinceCheckpoint < CheckpointEvery)
        return;
    m_appendsSinceCheckpoint = 0;
    QMetaObject::invokeMethod(
        m_checkpointer, [worker = m_checkpointer] { worker->checkpoint(); }, Qt::QueuedConnection);
}

void RequestLogStore::requestIndex(bool force)
{
    if (!m_checkpointer)
        return;
    m_unindexed = 0;
    QMetaObject::invokeMethod(
        m_checkpointer,
        [worker = m_checkpointer, control = m_indexControl.get(), force] { worker->index(control, force); },
        Qt::QueuedConnection);
}

void RequestLogStore::noteAppended(int rows)
{
    m_indexControl->lastAppendMs.store(steadyMs());
    m_unindexed += rows;
    if (m_unindexed >= IndexMaxTail)
        requestIndex(true);
    else if (m_indexTimer)
        m_indexTimer->start();
}

void RequestLogStore::stopWriter()
{
    if (!m_writerThread)
        return;
    // Commit what is queued (a normal close loses nothing), then end the thread.
    {
        QMutexLocker lock(&m_queue->mutex);
        while (!m_queue->records.isEmpty() || m_queue->writing > 0)
            m_queue->idle.wait(&m_queue->mutex);
    }
    QMetaObject::invokeMethod(
        m_writer, [worker = m_writer] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_writerThread->quit();
    m_writerThread->wait();
    delete m_writer;
    delete m_writerThread;
    m_writer = nullptr;
    m_writerThread = nullptr;
    {
        QMutexLocker lock(&m_queue->mutex);
        m_queue->drainScheduled = false;
    }
    deliverCommits(); // the last groups' signals, now rather than from an event loop
}

void RequestLogStore::close()
{
    stopWriter();
    if (m_checkpointThread) {
        m_indexControl->stop.store(true);
        if (m_indexTimer)
            m_indexTimer->stop();
        QMetaObject::invokeMethod(
            m_checkpointer, [worker = m_checkpointer] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
        m_checkpointThread->quit();
        m_checkpointThread->wait();
        delete m_checkpointer;
        delete m_checkpointThread;
        m_checkpointer = nullptr;
        m_checkpointThread = nullptr;
    }
    m_appendsSinceCheckpoint = 0;
    m_insert.reset();
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
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
    return insertRow(*m_insert, r, id, &m_error);
}

qint64 RequestLogStore::append(const RequestRecord &record)
{
    if (!isOpen()) {
        m_error = tr("the request log is not open");
        return 0;
    }
    qint64 id = 0;
    // Autocommit: one transaction, committed to the WAL before this returns.
    if (!insert(record, &id))
        return 0;
    if (++m_appendsSincePrune >= PruneEvery)
        prune();
    requestCheckpoint(1);
    noteAppended(1);
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
    for (const RequestRecord &r : records) {
        qint64 id = 0;
        if (!insert(r, &id)) {
            const QString error = m_error;
            exec(QStringLiteral("ROLLBACK"));
            m_error = error;
            return {};
        }
        ids << id;
    }
    // One transaction for many rows: index them (and any lagging rows) in it, one FTS segment.
    if (!exec(kIndexTail.arg(-1)) || !exec(kMoveMark.arg(ids.last()))) {
        const QString error = m_error;
        exec(QStringLiteral("ROLLBACK"));
        m_error = error;
        return {};
    }
    if (!exec(QStringLiteral("COMMIT"))) {
        exec(QStringLiteral("ROLLBACK"));
        return {};
    }
    m_unindexed = 0; // the whole tail went into the index with the batch
    m_appendsSincePrune += int(records.size());
    if (m_appendsSincePrune >= PruneEvery)
        prune();
    requestCheckpoint(int(records.size()));
    Q_EMIT appended(ids.first(), ids.last());
    return ids;
}

quint64 RequestLogStore::enqueue(const RequestRecord &record)
{
    if (!isOpen() || !m_writer) {
        m_error = tr("the request log is not open");
        return 0;
    }
    if (record.outcome == RequestRecord::Outcome::Pending) {
        m_error = tr("a call still in flight is not stored");
        return 0;
    }
    quint64 ticket = 0;
    bool schedule = false;
    {
        QMutexLocker lock(&m_queue->mutex);
        ticket = m_queue->nextTaken + quint64(m_queue->records.size());
        m_queue->records << record;
        m_queue->retention = m_retention;
        schedule = !m_queue->drainScheduled;
        m_queue->drainScheduled = true;
    }
    m_indexControl->lastAppendMs.store(steadyMs()); // the index worker gives way to the burst
    if (schedule)
        QMetaObject::invokeMethod(
            m_writer, [worker = m_writer] { worker->drain(); }, Qt::QueuedConnection);
    return ticket;
}

void RequestLogStore::flush()
{
    if (m_writer) {
        QMutexLocker lock(&m_queue->mutex);
        while (!m_queue->records.isEmpty() || m_queue->writing > 0)
            m_queue->idle.wait(&m_queue->mutex);
    }
    deliverCommits();
}

int RequestLogStore::queuedCount() const
{
    QMutexLocker lock(&m_queue->mutex);
    int reported = 0;
    for (const GroupResult &group : std::as_const(m_queue->done))
        reported += group.count;
    return int(m_queue->records.size()) + m_queue->writing + reported;
}

void RequestLogStore::deliverCommits(int maxGroups)
{
    QList<GroupResult> done;
    bool more = false;
    {
        QMutexLocker lock(&m_queue->mutex);
        if (maxGroups <= 0 || m_queue->done.size() <= maxGroups) {
            done.swap(m_queue->done);
            m_queue->deliveryScheduled = false;
        } else {
            // One group per event: the event loop paints and takes input between two (a backlog of
            // groups delivered at once would stall it).
            done = m_queue->done.mid(0, maxGroups);
            m_queue->done.remove(0, maxGroups);
            more = true;
        }
    }
    if (more)
        QMetaObject::invokeMethod(
            this, [this] { deliverCommits(1); }, Qt::QueuedConnection);
    for (const GroupResult &group : std::as_const(done)) {
        if (!group.error.isEmpty()) {
            m_error = group.error;
            Q_EMIT commitFailed(group.firstTicket, group.count, group.error);
            continue;
        }
        requestCheckpoint(group.count);
        noteAppended(group.count);
        m_lastReportedId = qMax(m_lastReportedId, group.lastId);
        Q_EMIT committed(group.firstTicket, group.firstId, group.lastId);
        Q_EMIT appended(group.firstId, group.lastId);
    }
}

std::optional<RequestRecord> RequestLogStore::record(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + bodyColumns(-1)
              + QStringLiteral(" FROM request_log WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return rowToEntry(q).record;
}

QList<RequestLogEntry> RequestLogStore::fetch(const RequestLogFilter &filter, qint64 bound, qint64 through, bool older,
                                              int limit, int bodyLimit) const
{
    QList<RequestLogEntry> result;
    if (!isOpen() || limit <= 0)
        return result;
    QVariantList binds;
    QString range;
    if (older && bound > 0)
        range = QStringLiteral("id < ?");
    else if (!older)
        range = QStringLiteral("id > ?");
    if (!range.isEmpty())
        binds << bound;
    if (!older && through > 0) {
        range += QStringLiteral(" AND id <= ?");
        binds << through;
    }
    const QString sql = QStringLiteral("SELECT ") + kColumns + bodyColumns(bodyLimit)
        + QStringLiteral(" FROM request_log") + whereSql(filter, &binds, range)
        + (older ? QStringLiteral(" ORDER BY id DESC") : QStringLiteral(" ORDER BY id ASC")) + QStringLiteral(" LIMIT ")
        + QString::number(limit);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_error = q.lastError().text();
        return result;
    }
    bindAll(q, binds);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return result;
    }
    while (q.next())
        result << rowToEntry(q);
    return result;
}

QList<RequestLogEntry> RequestLogStore::fetchOlder(const RequestLogFilter &filter, qint64 beforeId, int limit,
                                                   int bodyLimit) const
{
    return fetch(filter, beforeId, 0, true, limit, bodyLimit);
}

QList<RequestLogEntry> RequestLogStore::fetchNewer(const RequestLogFilter &filter, qint64 afterId, int limit,
                                                   int bodyLimit, qint64 throughId) const
{
    return fetch(filter, afterId, throughId, false, limit, bodyLimit);
}

bool RequestLogStore::forEach(const RequestLogFilter &filter,
                              const std::function<bool(const RequestRecord &)> &fn) const
{
    if (!isOpen())
        return false;
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT ") + kColumns + bodyColumns(-1) + QStringLiteral(" FROM request_log")
        + whereSql(filter, &binds) + QStringLiteral(" ORDER BY id ASC");
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    bindAll(q, binds);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        if (!fn(rowToEntry(q).record))
            break;
    }
    return true;
}

qint64 RequestLogStore::count(const RequestLogFilter &filter) const
{
    if (!isOpen())
        return 0;
    QVariantList binds;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM request_log") + whereSql(filter, &binds));
    bindAll(q, binds);
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
    return pruneRows(QSqlDatabase::database(m_connection, false), m_retention, &m_error);
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
        QStringLiteral("INSERT INTO request_log_fts(request_log_fts) VALUES('delete-all')"),
        kMoveMark.arg(QStringLiteral("(SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'request_log')")),
        kDeleteTrigger,
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
