#pragma once

#include "requestrecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

// The request log's hash chain: tamper evidence for the rows as they were committed.
//
// Each stored call has a chain row (table request_log_chain: row_id, digest, pruned) written in the same
// transaction as the call:
//   leaf   = SHA-256(canonical(fields))           fields: canonicalFields(), no secret, no raw identifier
//   digest = SHA-256(previous digest || leaf)     raw 32-byte values; the first row's previous is Genesis
// canonical() is the compact JSON of the object with its keys in ascending order (QJsonDocument::Compact):
// what Qt writes for a QJsonObject. A row changed, deleted or moved after it was committed no longer
// matches its digest, or leaves a chain row without its call (RequestLogChain::verify).
//
// Rows the console itself deletes (retention, log clear) are marked pruned in the chain by a TEMP trigger
// of each of the console's connections, so their removal is not a break; a row deleted by anything else
// (another program editing the file) is. A file that had rows before the chain existed gets it when first
// opened (ensure()): its existing rows are chained then, and request_log_chain_state records that moment
// ("chained from") and the first id chained.
namespace RequestLogChain {

// 32 zero bytes: the previous digest of the first chained row.
QByteArray genesis();

// The fields a row's leaf covers, as written in a residency report's rows (docs/report.md):
// id, time (ISO 8601 UTC with ms), workspace, site_id, api ("track" | "app" | "pipelines"), call, method, route_region,
// account_region, hops [{host, status}], status, outcome, handled_by, handled_by_region, duration_ms,
// request_sha256 and response_sha256 (hex SHA-256 of the bodies as stored), detail_sha256 (hex SHA-256 of
// the compact JSON {"path","error","warnings","urls"}: the parts that may hold people's identifiers).
QJsonObject canonicalFields(const RequestRecord &record);
// canonical(canonicalFields(record)), written member by member without building the object (the same bytes): the text a
// leaf hashes and a report's row carries.
QByteArray canonicalJson(const RequestRecord &record);
QByteArray leaf(const QJsonObject &fields);
// SHA-256 of a canonical text (canonicalJson(), or canonical() of a report row's fields).
QByteArray leafOfCanonical(QByteArrayView canonical);
QByteArray link(const QByteArray &previous, const QByteArray &leaf);
// "track" for Track API calls, "app" for App API calls, "pipelines" for Pipelines API calls.
QString apiName(CallKind call);

// When and where a file's chain starts.
struct State
{
    QDateTime chainedFrom; // UTC: when the chain was created (a migrated file's rows before are chained then)
    qint64 firstId = 0; // first id chained (0: no row yet when it was created)
    bool migrated = false; // the file had rows before the chain existed
};

// Creates the chain's tables when missing and chains the rows already there, in one transaction.
bool ensure(const QSqlDatabase &db, QString *error);
// The TEMP trigger that marks the rows this connection deletes as pruned. Once per connection, after ensure().
bool setUpConnection(const QSqlDatabase &db, QString *error);
// Drops chain rows of pruned calls older than every stored call, keeping the newest of them (its digest is
// the anchor of what follows).
bool compact(const QSqlDatabase &db, QString *error);
State state(const QSqlDatabase &db);

// What verify() found: ok, or the first row that breaks the chain and why.
struct Check
{
    bool ok = true;
    qint64 brokenId = 0;
    QString reason; // people-readable
    qint64 rowsChecked = 0;
};
// A row's canonical text and leaf already computed elsewhere (a report's row being verified).
struct KnownLeaf
{
    qint64 id = 0;
    QByteArrayView canonical; // must outlive verify()
    QByteArray leaf;
};
// Recomputes the chain over the log's rows with fromId <= id <= toId (0: no bound). A row of known (sorted by
// id) whose canonical text is the log row's gives its leaf without hashing the text again.
Check verify(const QSqlDatabase &db, qint64 fromId = 0, qint64 toId = 0, const QList<KnownLeaf> &known = {});

// Appends chain rows, one per inserted call, on one connection (prepared once).
class Writer
{
public:
    explicit Writer(const QSqlDatabase &db);
    ~Writer();
    // Chains the call just stored as id (in the caller's transaction). record.startedAt must be what was stored.
    bool extend(qint64 id, const RequestRecord &record, QString *error);

private:
    QString m_connection;
    std::unique_ptr<QSqlQuery> m_last;
    std::unique_ptr<QSqlQuery> m_insert;
};

} // namespace RequestLogChain
