#include "requestlogchain.h"

#include "endpointtable.h"
#include "requestlogschema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <limits>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RequestLogChain)
};

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

const QStringList kCreate = {
    QStringLiteral("CREATE TABLE IF NOT EXISTS request_log_chain ("
                   " row_id INTEGER PRIMARY KEY," // request_log.id
                   " digest BLOB NOT NULL," // SHA-256(previous digest || leaf)
                   " pruned INTEGER NOT NULL DEFAULT 0)"), // 1: the console deleted the call (retention, clear)
    QStringLiteral("CREATE TABLE IF NOT EXISTS request_log_chain_state ("
                   " chained_from INTEGER NOT NULL," // ms since the epoch, UTC
                   " first_id INTEGER NOT NULL,"
                   " migrated INTEGER NOT NULL)"),
};

bool run(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

bool hasState(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'request_log_chain_state'")) && q.next();
}

} // namespace

namespace RequestLogChain {

QByteArray genesis()
{
    return QByteArray(32, '\0');
}

QString apiName(CallKind call)
{
    if (isPipelinesCall(call))
        return QStringLiteral("pipelines");
    return call == CallKind::AppKeyCheck ? QStringLiteral("app") : QStringLiteral("track");
}

QJsonObject canonicalFields(const RequestRecord &r)
{
    QJsonArray hops;
    QJsonArray urls;
    for (const Hop &hop : r.hops) {
        QUrl origin =
            hop.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        hops.append(QJsonObject {{QStringLiteral("host"), origin.toString(QUrl::FullyEncoded)},
                                 {QStringLiteral("status"), hop.status}});
        urls.append(hop.url.toString(QUrl::FullyEncoded));
    }
    const QJsonObject detail {
        {QStringLiteral("path"), r.path},
        {QStringLiteral("error"), r.error},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
        {QStringLiteral("urls"), urls},
    };
    return QJsonObject {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("time"), r.startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("workspace"), r.workspace},
        {QStringLiteral("site_id"), r.siteId},
        {QStringLiteral("api"), apiName(r.call)},
        {QStringLiteral("call"), callName(r.call)},
        {QStringLiteral("method"), r.method},
        {QStringLiteral("route_region"), regionCode(r.routeRegion)},
        {QStringLiteral("account_region"), regionCode(r.accountRegion)},
        {QStringLiteral("hops"), hops},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("outcome"), RequestRecord::outcomeName(r.outcome)},
        {QStringLiteral("handled_by"), r.handledBy},
        {QStringLiteral("handled_by_region"), regionCode(r.handledByRegion)},
        {QStringLiteral("duration_ms"), r.durationMs},
        {QStringLiteral("request_sha256"), sha256Hex(r.requestBody)},
        {QStringLiteral("response_sha256"), sha256Hex(r.responseBody)},
        {QStringLiteral("detail_sha256"), sha256Hex(QJsonDocument(detail).toJson(QJsonDocument::Compact))},
    };
}

QByteArray leaf(const QJsonObject &fields)
{
    return QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
}

QByteArray link(const QByteArray &previous, const QByteArray &leafDigest)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous);
    hash.addData(leafDigest);
    return hash.result();
}

bool ensure(const QSqlDatabase &db, QString *error)
{
    if (hasState(db))
        return true;
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    const auto fail = [&] {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    if (hasState(db)) // another process made it meanwhile
        return run(q, QStringLiteral("COMMIT"), error);
    for (const QString &sql : kCreate) {
        if (!run(q, sql, error))
            return fail();
    }
    // Chain the rows already stored, oldest first, as they are now.
    qint64 firstId = 0;
    {
        Writer writer(db);
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT %1 FROM request_log ORDER BY id").arg(RequestLogSchema::columns(-1)))) {
            *error = rows.lastError().text();
            return fail();
        }
        while (rows.next()) {
            const RequestRecord r = RequestLogSchema::readEntry(rows).record;
            if (firstId == 0)
                firstId = r.id;
            if (!writer.extend(r.id, r, error))
                return fail();
        }
    }
    q.prepare(QStringLiteral("INSERT INTO request_log_chain_state (chained_from, first_id, migrated) VALUES (?,?,?)"));
    q.bindValue(0, QDateTime::currentMSecsSinceEpoch());
    q.bindValue(1, firstId);
    q.bindValue(2, firstId > 0 ? 1 : 0);
    if (!q.exec()) {
        *error = q.lastError().text();
        return fail();
    }
    return run(q, QStringLiteral("COMMIT"), error) || fail();
}

bool setUpConnection(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    return run(
        q,
        QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS request_log_chain_pruned AFTER DELETE ON main.request_log"
                       " BEGIN UPDATE request_log_chain SET pruned = 1 WHERE row_id = old.id; END"),
        error);
}

bool compact(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    return run(
        q,
        QStringLiteral("DELETE FROM request_log_chain WHERE pruned = 1 AND row_id < (SELECT max(row_id) FROM"
                       " request_log_chain WHERE pruned = 1 AND row_id < coalesce((SELECT min(id) FROM request_log),"
                       " (SELECT max(row_id) + 1 FROM request_log_chain)))"),
        error);
}

State state(const QSqlDatabase &db)
{
    State s;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT chained_from, first_id, migrated FROM request_log_chain_state")) && q.next()) {
        s.chainedFrom = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
        s.firstId = q.value(1).toLongLong();
        s.migrated = q.value(2).toBool();
    }
    return s;
}

Check verify(const QSqlDatabase &db, qint64 fromId, qint64 toId)
{
    Check check;
    const qint64 upper = toId > 0 ? toId : std::numeric_limits<qint64>::max();
    const auto broken = [&check](qint64 id, const QString &reason) {
        check.ok = false;
        check.brokenId = id;
        check.reason = reason;
        return check;
    };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QByteArray previous = genesis();
    q.prepare(QStringLiteral("SELECT digest FROM request_log_chain WHERE row_id < ? ORDER BY row_id DESC LIMIT 1"));
    q.bindValue(0, fromId);
    if (q.exec() && q.next())
        previous = q.value(0).toByteArray();
    // A call stored without a chain row was added around the console.
    q.prepare(QStringLiteral("SELECT min(id) FROM request_log WHERE id >= ? AND id <= ? AND id >="
                             " (SELECT first_id FROM request_log_chain_state) AND id NOT IN"
                             " (SELECT row_id FROM request_log_chain)"));
    q.bindValue(0, fromId);
    q.bindValue(1, upper);
    if (q.exec() && q.next() && !q.value(0).isNull())
        return broken(q.value(0).toLongLong(),
                      Text::tr("call %1 is in the log but not in its chain: it was added "
                               "outside the console")
                          .arg(q.value(0).toLongLong()));
    q.prepare(QStringLiteral("SELECT %1, c.row_id, c.digest, c.pruned FROM request_log_chain c LEFT JOIN request_log"
                             " ON request_log.id = c.row_id WHERE c.row_id >= ? AND c.row_id <= ? ORDER BY c.row_id")
                  .arg(RequestLogSchema::columns(-1)));
    q.bindValue(0, fromId);
    q.bindValue(1, upper);
    if (!q.exec())
        return broken(0, q.lastError().text());
    const int chainColumn = q.record().count() - 3;
    while (q.next()) {
        const qint64 id = q.value(chainColumn).toLongLong();
        const QByteArray digest = q.value(chainColumn + 1).toByteArray();
        const bool pruned = q.value(chainColumn + 2).toBool();
        ++check.rowsChecked;
        if (q.value(0).isNull()) {
            if (!pruned)
                return broken(id, Text::tr("call %1 was deleted from the log").arg(id));
            previous = digest; // removed by retention or a clear: its digest still links what follows
            continue;
        }
        const RequestRecord r = RequestLogSchema::readEntry(q).record;
        if (link(previous, leaf(canonicalFields(r))) != digest)
            return broken(id,
                          Text::tr("call %1 does not match its digest: it was changed, or calls were moved").arg(id));
        previous = digest;
    }
    return check;
}

Writer::Writer(const QSqlDatabase &db)
    : m_connection(db.connectionName())
    , m_last(std::make_unique<QSqlQuery>(db))
    , m_insert(std::make_unique<QSqlQuery>(db))
{
    m_last->prepare(QStringLiteral("SELECT digest FROM request_log_chain ORDER BY row_id DESC LIMIT 1"));
    m_insert->prepare(QStringLiteral("INSERT INTO request_log_chain (row_id, digest) VALUES (?, ?)"));
}

Writer::~Writer() = default;

bool Writer::extend(qint64 id, const RequestRecord &record, QString *error)
{
    QByteArray previous = genesis();
    if (!m_last->exec()) {
        *error = m_last->lastError().text();
        return false;
    }
    if (m_last->next())
        previous = m_last->value(0).toByteArray();
    m_last->finish();
    RequestRecord stored = record;
    stored.id = id;
    if (!stored.startedAt.isValid()) {
        // insertRow() stored the time of the insert: read it back.
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("SELECT started_at FROM request_log WHERE id = ?"));
        q.bindValue(0, id);
        if (!q.exec() || !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        stored.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    }
    m_insert->bindValue(0, id);
    m_insert->bindValue(1, link(previous, leaf(canonicalFields(stored))));
    if (!m_insert->exec()) {
        *error = m_insert->lastError().text();
        return false;
    }
    m_insert->finish();
    return true;
}

} // namespace RequestLogChain
