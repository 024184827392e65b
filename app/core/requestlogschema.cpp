#include "requestlogschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace {

// Column order shared by every SELECT and readEntry(). Bodies are selected as substr() so the view
// can clip them in SQL; the sizes come from their own columns.
const QString kColumns = QStringLiteral(
    "id, started_at, workspace, site_id, call, method, path, route_region, account_region, hops, status, "
    "handled_by, handled_by_region, outcome, error, warnings, duration_ms, request_size, response_size");

// Per-connection settings of every connection that appends (the store's own and the writer's).
const QStringList kAppendingSetup = {
    QStringLiteral("PRAGMA journal_mode=WAL"),
    QStringLiteral("PRAGMA synchronous=NORMAL"),
    QStringLiteral("PRAGMA foreign_keys=OFF"),
    QStringLiteral("PRAGMA temp_store=MEMORY"),
    // 16 MB of page cache: the six indexes' hot pages stay in memory at a million rows. A fixed
    // bound, whatever the history.
    QStringLiteral("PRAGMA cache_size=-16000"),
    QStringLiteral("PRAGMA wal_autocheckpoint=0"), // RequestLogMaintenance does it, off the appending threads
    // A burst may grow the WAL far beyond what a checkpoint keeps it at; once it starts over, it shrinks.
    QStringLiteral("PRAGMA journal_size_limit=67108864"),
};

const QString kInsertSql =
    QStringLiteral("INSERT INTO request_log (started_at, workspace, site_id, call, method, path, authorization,"
                   " route_region, account_region, sent_to, hops, status, status_class, handled_by, handled_by_region,"
                   " outcome, error, warnings, duration_ms, request_size, response_size, request_body, response_body,"
                   " search, replay_of, source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");

// From an empty file (or schema 1) to Version, in one transaction.
QStringList createSql()
{
    // Columns the filters use have their own index; each index also holds the rowid, so
    // "WHERE workspace = ? ORDER BY id DESC LIMIT n" walks one index backwards and stops early.
    return {
        QStringLiteral("BEGIN IMMEDIATE"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS request_log ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " started_at INTEGER NOT NULL," // ms since the epoch, UTC
                       " workspace TEXT NOT NULL,"
                       " site_id TEXT NOT NULL,"
                       " call TEXT NOT NULL," // storedCallName()
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
        // in batches: by appendBatch() and by the maintenance thread. A file of schema 1 starts with an
        // empty index (through = 0) that the thread fills in the background; until then free text
        // scans the rows not indexed yet, as before.
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS request_log_fts USING fts5("
                       "search, content='request_log', content_rowid='id', tokenize='trigram')"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS request_log_fts_state (through INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO request_log_fts_state (through) SELECT 0"
                       " WHERE NOT EXISTS (SELECT 1 FROM request_log_fts_state)"),
        RequestLogSchema::deleteTriggerSql(),
        QStringLiteral("PRAGMA user_version=2"),
        QStringLiteral("COMMIT"),
    };
}

// Schema 2 -> 3: a replayed call names its origin row; an imported row its source. Re-checked inside the
// write transaction: another process may have migrated the file meanwhile.
bool addReplayAndSource(QSqlQuery &q, QString *error)
{
    const auto fail = [&q, error] {
        *error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail();
    const bool done = q.value(0).toInt() >= 3;
    q.finish();
    if (!done) {
        for (const QString &sql : {
                 QStringLiteral("ALTER TABLE request_log ADD COLUMN replay_of INTEGER NOT NULL DEFAULT 0"),
                 QStringLiteral("ALTER TABLE request_log ADD COLUMN source TEXT NOT NULL DEFAULT ''"),
                 QStringLiteral("PRAGMA user_version=3"),
             }) {
            if (!q.exec(sql))
                return fail();
        }
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail();
    return true;
}

// Schema 3 -> 4, re-checked inside the write transaction like the step before: an index over (status_class,
// handled_by_region). Two filters of a few values each over those columns ("status:3xx,5xx region:eu") then seek each
// pair instead of checking every row of one column's values against the other; SQLite uses one index per table.
// Building it over a million rows takes a few seconds, once.
bool addStatusRegionIndex(QSqlQuery &q, QString *error)
{
    const auto fail = [&q, error] {
        *error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail();
    const bool done = q.value(0).toInt() >= 4; // another process migrated the file meanwhile
    q.finish();
    if (!done) {
        for (const QString &sql : {
                 QStringLiteral("CREATE INDEX IF NOT EXISTS request_log_status_region"
                                " ON request_log(status_class, handled_by_region)"),
                 QStringLiteral("PRAGMA user_version=4"),
             }) {
            if (!q.exec(sql))
                return fail();
        }
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail();
    return true;
}

CallKind storedCall(const QString &name)
{
    return callFromStoredName(name).value_or(CallKind::Region);
}

RequestRecord::Outcome outcomeFromName(const QString &name)
{
    using O = RequestRecord::Outcome;
    for (O o : {O::Success, O::HttpError, O::NetworkError, O::TimedOut, O::RedirectRefused, O::TooManyRedirects,
                O::Cancelled})
        if (RequestRecord::outcomeName(o) == name)
            return o;
    return O::Pending;
}

// Most bytes of a redirect's body a hop keeps in the row (the last hop's body is the call's response body).
constexpr qsizetype MaxHopBody = 64 * 1024;

QJsonArray headersJson(const HeaderList &headers, const QString &authorization)
{
    QJsonArray array;
    for (const auto &field : headers) {
        // Authorization is stored only as the record's masked form, whatever the hop holds.
        const bool auth = field.first.compare(u"authorization", Qt::CaseInsensitive) == 0;
        array.append(QJsonArray {field.first, auth ? authorization : field.second});
    }
    return array;
}

HeaderList headersFromJson(const QJsonValue &value, const QString &authorization)
{
    HeaderList headers;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonArray field = v.toArray();
        const QString name = field.at(0).toString();
        const bool auth = name.compare(u"authorization", Qt::CaseInsensitive) == 0;
        headers.append({name, auth ? authorization : field.at(1).toString()});
    }
    return headers;
}

QString hopsJson(const RequestRecord &r)
{
    const QList<Hop> &hops = r.hops;
    const QString authorization = maskedAuthorization(r);
    QJsonArray array;
    for (int i = 0; i < hops.size(); ++i) {
        const Hop &hop = hops.at(i);
        QJsonObject h;
        h.insert(QStringLiteral("url"), hop.url.toString(QUrl::FullyEncoded));
        h.insert(QStringLiteral("status"), hop.status);
        h.insert(QStringLiteral("duration_ms"), hop.durationMs);
        h.insert(QStringLiteral("credentials_sent"), hop.credentialsSent);
        if (!hop.error.isEmpty())
            h.insert(QStringLiteral("error"), hop.error);
        if (!hop.requestHeaders.isEmpty())
            h.insert(QStringLiteral("request_headers"), headersJson(hop.requestHeaders, authorization));
        if (!hop.responseHeaders.isEmpty())
            h.insert(QStringLiteral("response_headers"), headersJson(hop.responseHeaders, authorization));
        if (i + 1 < hops.size() && !hop.responseBody.isEmpty())
            h.insert(QStringLiteral("body_base64"), QString::fromLatin1(hop.responseBody.left(MaxHopBody).toBase64()));
        if (hop.connectMs >= 0)
            h.insert(QStringLiteral("connect_ms"), hop.connectMs);
        if (hop.firstByteMs >= 0)
            h.insert(QStringLiteral("first_byte_ms"), hop.firstByteMs);
        array.append(h);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Hops of a row; the last hop's body is set by the caller (it is the row's response body).
// whole false: each hop's URL and status only (what a chain leaf covers).
QList<Hop> hopsFromJson(const QString &json, const QString &authorization, bool whole)
{
    QList<Hop> hops;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    hops.reserve(array.size());
    for (const QJsonValue &v : array) {
        const QJsonObject h = v.toObject();
        Hop hop;
        hop.url = QUrl(h.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
        hop.status = h.value(QStringLiteral("status")).toInt();
        if (!whole) {
            hops << hop;
            continue;
        }
        hop.durationMs = qint64(h.value(QStringLiteral("duration_ms")).toDouble());
        hop.credentialsSent = h.value(QStringLiteral("credentials_sent")).toBool();
        hop.error = h.value(QStringLiteral("error")).toString();
        hop.requestHeaders = headersFromJson(h.value(QStringLiteral("request_headers")), authorization);
        hop.responseHeaders = headersFromJson(h.value(QStringLiteral("response_headers")), authorization);
        hop.responseBody = QByteArray::fromBase64(h.value(QStringLiteral("body_base64")).toString().toLatin1());
        hop.connectMs = qint64(h.value(QStringLiteral("connect_ms")).toDouble(-1));
        hop.firstByteMs = qint64(h.value(QStringLiteral("first_byte_ms")).toDouble(-1));
        hops << hop;
    }
    return hops;
}

// Qt binds a null QString as SQL NULL; text columns are NOT NULL, so empty means "".
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RequestLogStore)
};

} // namespace

namespace RequestLogSchema {

bool openConnection(const QString &connection, const QString &path, QString *error, bool *noDriver)
{
    if (noDriver)
        *noDriver = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        if (!db.isValid()) {
            if (noDriver)
                *noDriver = true;
            *error = db.lastError().text();
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open())
                return true;
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return false;
}

void closeConnection(const QString &connection)
{
    if (!QSqlDatabase::contains(connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

bool setUpAppending(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    for (const QString &sql : kAppendingSetup) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool migrate(const QSqlDatabase &db, const QString &path, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    const int current = q.value(0).toInt();
    q.finish();
    if (current > Version) {
        *error = Text::tr("%1 was written by a newer Region Console (schema %2)").arg(path, QString::number(current));
        return false;
    }
    if (current == Version)
        return true;
    if (current < 2) {
        for (const QString &sql : createSql()) {
            if (!q.exec(sql)) {
                *error = q.lastError().text();
                q.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
    }
    if (current < 3 && !addReplayAndSource(q, error))
        return false;
    if (current < 4 && !addStatusRegionIndex(q, error))
        return false;
    return true;
}

QString columns(int bodyLimit)
{
    if (bodyLimit < 0)
        return kColumns + QStringLiteral(", request_body, response_body, replay_of, source");
    const QString n = QString::number(bodyLimit);
    return kColumns
        + QStringLiteral(", substr(request_body, 1, %1), substr(response_body, 1, %1), replay_of, source").arg(n);
}

RequestLogEntry readEntry(const QSqlQuery &q)
{
    return readEntry(rowValues(q));
}

QVariantList rowValues(const QSqlQuery &q, int count)
{
    QVariantList values;
    values.reserve(count);
    for (int i = 0; i < count; ++i)
        values << q.value(i);
    return values;
}

namespace {
// The record of values laid out as columns(); whole false: only the fields a chain leaf covers
// (RequestLogChain::canonicalFields()), read the same way.
RequestRecord readRecord(const QVariantList &values, bool whole)
{
    Q_ASSERT(values.size() >= (whole ? ColumnCount : ChainColumnCount));
    RequestRecord r;
    r.id = values.at(0).toLongLong();
    r.startedAt = QDateTime::fromMSecsSinceEpoch(values.at(1).toLongLong(), Qt::UTC);
    r.workspace = values.at(2).toString();
    r.siteId = values.at(3).toString();
    r.call = storedCall(values.at(4).toString());
    r.method = values.at(5).toString();
    r.path = values.at(6).toString();
    r.routeRegion = regionFromCode(values.at(7).toString());
    r.accountRegion = regionFromCode(values.at(8).toString());
    r.status = values.at(10).toInt();
    r.handledBy = values.at(11).toString();
    r.handledByRegion = regionFromCode(values.at(12).toString());
    r.outcome = outcomeFromName(values.at(13).toString());
    r.error = values.at(14).toString();
    const QJsonArray warnings = QJsonDocument::fromJson(values.at(15).toString().toUtf8()).array();
    for (const QJsonValue &w : warnings)
        r.warnings << w.toString();
    r.durationMs = values.at(16).toLongLong();
    r.requestBody = values.at(19).toByteArray();
    r.responseBody = values.at(20).toByteArray();
    if (whole) {
        r.authorization = maskedAuthorization(r); // needs call and site id only
        r.replayOf = values.at(21).toLongLong();
        r.source = values.at(22).toString();
    }
    r.hops = hopsFromJson(values.at(9).toString(), r.authorization, whole);
    if (whole && !r.hops.isEmpty())
        r.hops.last().responseBody = r.responseBody;
    return r;
}
} // namespace

RequestLogEntry readEntry(const QVariantList &values)
{
    RequestLogEntry e;
    e.record = readRecord(values, true);
    e.requestBytes = values.at(17).toLongLong();
    e.responseBytes = values.at(18).toLongLong();
    return e;
}

QString chainColumns()
{
    return kColumns + QStringLiteral(", request_body, response_body");
}

RequestRecord readChainFields(const QVariantList &values)
{
    return readRecord(values, false);
}

QString insertSql()
{
    return kInsertSql;
}

bool insertRow(QSqlQuery &q, const RequestRecord &r, qint64 *id, QString *error)
{
    const QVariantList values = {
        r.startedAt.isValid() ? r.startedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch(),
        text(r.workspace),
        text(r.siteId),
        storedCallName(r.call),
        text(r.method),
        text(r.path),
        maskedAuthorization(r),
        regionCode(r.routeRegion),
        regionCode(r.accountRegion),
        text(r.sentTo()),
        hopsJson(r),
        r.status,
        statusClassCode(RequestLogFilter::statusClassOf(r)),
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
        r.replayOf,
        text(r.source),
    };
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    *id = q.lastInsertId().toLongLong();
    q.finish();
    return true;
}

int statusClassCode(RequestLogFilter::StatusClass statusClass)
{
    using S = RequestLogFilter::StatusClass;
    switch (statusClass) {
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

QString indexTailSql(int limit)
{
    return QStringLiteral("INSERT INTO request_log_fts(rowid, search) SELECT id, search FROM request_log"
                          " WHERE id > (SELECT through FROM request_log_fts_state) ORDER BY id LIMIT %1")
        .arg(limit);
}

QString moveMarkSql(const QString &through)
{
    return QStringLiteral("UPDATE request_log_fts_state SET through = max(through, %1)").arg(through);
}

QString deleteTriggerSql()
{
    // Only indexed rows may be deleted from the index (see the header).
    return QStringLiteral("CREATE TRIGGER IF NOT EXISTS request_log_fts_delete AFTER DELETE ON request_log"
                          " WHEN old.id <= (SELECT through FROM request_log_fts_state) BEGIN"
                          " INSERT INTO request_log_fts(request_log_fts, rowid, search) VALUES('delete', old.id,"
                          " old.search); END");
}

} // namespace RequestLogSchema
