#include "requestlogchain.h"

#include "endpointtable.h"
#include "jsontext.h"
#include "parallelfor.h"
#include "requestlogschema.h"
#include "sha256.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <vector>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RequestLogChain)
};

QByteArray sha256(QByteArrayView data)
{
    return Sha256::hash(data);
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

// A JSON string of t.toUTC().toString(Qt::ISODateWithMs), the common case written without QString's formatting.
void appendIsoTime(QByteArray &out, const QDateTime &t)
{
    if (!t.isValid()) {
        out += "\"\"";
        return;
    }
    const QDateTime utc = t.toUTC();
    const QDate d = utc.date();
    const QTime time = utc.time();
    if (d.year() < 1000 || d.year() > 9999) {
        JsonText::appendString(out, utc.toString(Qt::ISODateWithMs));
        return;
    }
    char text[] = "\"0000-00-00T00:00:00.000Z\"";
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(1, d.year(), 4);
    put(6, d.month(), 2);
    put(9, d.day(), 2);
    put(12, time.hour(), 2);
    put(15, time.minute(), 2);
    put(18, time.second(), 2);
    put(21, time.msec(), 3);
    out.append(text, sizeof(text) - 1);
}

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
        {QStringLiteral("request_sha256"), QString::fromLatin1(sha256(r.requestBody).toHex())},
        {QStringLiteral("response_sha256"), QString::fromLatin1(sha256(r.responseBody).toHex())},
        {QStringLiteral("detail_sha256"),
         QString::fromLatin1(sha256(QJsonDocument(detail).toJson(QJsonDocument::Compact)).toHex())},
    };
}

QByteArray canonicalJson(const RequestRecord &r)
{
    // Written member by member, keys in the order QJsonObject keeps them (ascending), each value as
    // QJsonDocument::Compact writes it (JsonText). tst_requestlogchain compares it with Qt's own writing.
    QByteArray detail;
    detail.reserve(256);
    detail += "{\"error\":";
    JsonText::appendString(detail, r.error);
    detail += ",\"path\":";
    JsonText::appendString(detail, r.path);
    detail += ",\"urls\":[";
    QByteArray hops;
    hops.reserve(64 * r.hops.size() + 2);
    hops += '[';
    for (qsizetype i = 0; i < r.hops.size(); ++i) {
        const Hop &hop = r.hops.at(i);
        if (i > 0) {
            hops += ',';
            detail += ',';
        }
        hops += "{\"host\":";
        JsonText::appendString(hops,
                               hop.url.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                                | QUrl::RemoveUserInfo | QUrl::FullyEncoded));
        hops += ",\"status\":";
        hops += QByteArray::number(hop.status);
        hops += '}';
        JsonText::appendString(detail, hop.url.toString(QUrl::FullyEncoded));
    }
    hops += ']';
    detail += "],\"warnings\":[";
    for (qsizetype i = 0; i < r.warnings.size(); ++i) {
        if (i > 0)
            detail += ',';
        JsonText::appendString(detail, r.warnings.at(i));
    }
    detail += "]}";

    QByteArray out;
    out.reserve(600 + hops.size() + r.workspace.size() + r.siteId.size() + r.handledBy.size());
    const auto member = [&out](const char *key, const QString &value) {
        out += key;
        JsonText::appendString(out, value);
    };
    const auto digest = [&out](const char *key, const QByteArray &data) {
        out += key;
        out += '"';
        out += sha256(data).toHex();
        out += '"';
    };
    member("{\"account_region\":", regionCode(r.accountRegion));
    member(",\"api\":", apiName(r.call));
    member(",\"call\":", callName(r.call));
    digest(",\"detail_sha256\":", detail);
    out += ",\"duration_ms\":";
    out += QByteArray::number(r.durationMs);
    member(",\"handled_by\":", r.handledBy);
    member(",\"handled_by_region\":", regionCode(r.handledByRegion));
    out += ",\"hops\":";
    out += hops;
    out += ",\"id\":";
    out += QByteArray::number(r.id);
    member(",\"method\":", r.method);
    member(",\"outcome\":", RequestRecord::outcomeName(r.outcome));
    digest(",\"request_sha256\":", r.requestBody);
    digest(",\"response_sha256\":", r.responseBody);
    member(",\"route_region\":", regionCode(r.routeRegion));
    member(",\"site_id\":", r.siteId);
    out += ",\"status\":";
    out += QByteArray::number(r.status);
    out += ",\"time\":";
    appendIsoTime(out, r.startedAt);
    member(",\"workspace\":", r.workspace);
    out += '}';
    return out;
}

QByteArray leaf(const QJsonObject &fields)
{
    return leafOfCanonical(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

QByteArray leafOfCanonical(QByteArrayView canonical)
{
    return sha256(canonical);
}

QByteArray link(const QByteArray &previous, const QByteArray &leafDigest)
{
    return Sha256::hash(previous + leafDigest);
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

Check verify(const QSqlDatabase &db, qint64 fromId, qint64 toId, const QList<KnownLeaf> &known)
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
                  .arg(RequestLogSchema::chainColumns()));
    q.bindValue(0, fromId);
    q.bindValue(1, upper);
    if (!q.exec())
        return broken(0, q.lastError().text());
    const int chainColumn = q.record().count() - 3;
    // Leaves are computed a batch at a time on every core (each depends on its row alone); the chain is then
    // linked in order.
    struct Pending
    {
        qint64 id = 0;
        QByteArray digest;
        bool pruned = false;
        bool hasCall = false; // false when the call is gone
        QVariantList values; // the call's columns
        QByteArray leaf;
    };
    const auto read = [&](Pending *p) {
        if (!q.next())
            return false;
        p->id = q.value(chainColumn).toLongLong();
        p->digest = q.value(chainColumn + 1).toByteArray();
        p->pruned = q.value(chainColumn + 2).toBool();
        p->hasCall = !q.value(0).isNull();
        if (p->hasCall)
            p->values = RequestLogSchema::rowValues(q, RequestLogSchema::ChainColumnCount);
        return true;
    };
    const auto leafOf = [&known](Pending &p) {
        if (!p.hasCall)
            return;
        const QByteArray canonical = canonicalJson(RequestLogSchema::readChainFields(p.values));
        const auto k = std::lower_bound(known.cbegin(), known.cend(), p.id,
                                        [](const KnownLeaf &l, qint64 id) { return l.id < id; });
        p.leaf = k != known.cend() && k->id == p.id && k->canonical == canonical ? k->leaf : leafOfCanonical(canonical);
    };
    const auto linkAll = [&](std::vector<Pending> &batch) {
        for (const Pending &p : batch) {
            ++check.rowsChecked;
            if (!p.hasCall) {
                if (!p.pruned) {
                    broken(p.id, Text::tr("call %1 was deleted from the log").arg(p.id));
                    return false;
                }
                previous = p.digest; // removed by retention or a clear: its digest still links what follows
                continue;
            }
            if (link(previous, p.leaf) != p.digest) {
                broken(p.id,
                       Text::tr("call %1 does not match its digest: it was changed, or calls were moved").arg(p.id));
                return false;
            }
            previous = p.digest;
        }
        return true;
    };
    pipelineBatches<Pending>(4096, read, leafOf, linkAll);
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
    m_insert->bindValue(1, link(previous, leafOfCanonical(canonicalJson(stored))));
    if (!m_insert->exec()) {
        *error = m_insert->lastError().text();
        return false;
    }
    m_insert->finish();
    return true;
}

} // namespace RequestLogChain
