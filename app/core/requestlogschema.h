#pragma once

#include "requestlogfilter.h"
#include "requestlogstore.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

class QSqlQuery;

// The request log's file: its tables, their migration, the settings of each connection, and how a
// RequestRecord maps to a row. Part of RequestLogStore (its writer and maintenance threads use it too);
// other code goes through RequestLogStore.
//
// Schema 2: table request_log (one row per finished call, id = rowid AUTOINCREMENT, see createSql() in the
// .cpp for the columns), six indexes for the filters, and request_log_fts, an FTS5 trigram index over
// the `search` column that lags the table: rows with id > request_log_fts_state.through are not in it
// yet (RequestLogMaintenance catches it up). Schema 1 (no trigram index) migrates on open.
namespace RequestLogSchema {

// PRAGMA user_version; 2: request_log_fts, the trigram index of `search`; 3: replay_of and source (a
// replayed call's origin row, an imported row's source), added by their own step; 4: the index
// request_log_status_region over (status_class, handled_by_region).
constexpr int Version = 4;

// Adds a connection named connection to path and opens it, with the 5 s busy timeout every connection
// of the log uses (several processes share the file). On failure the connection is removed again and
// *error holds the driver's message; *noDriver tells a missing Qt SQLite driver apart.
bool openConnection(const QString &connection, const QString &path, QString *error, bool *noDriver = nullptr);
// Closes and removes the connection, if there is one.
void closeConnection(const QString &connection);
// The settings of a connection that appends (the store's own and the writer's): WAL, synchronous=NORMAL,
// no automatic checkpoint (RequestLogMaintenance does it, off the appending threads), a bounded cache.
bool setUpAppending(const QSqlDatabase &db, QString *error);
// Creates the tables in an empty file or migrates an older schema, in one transaction. Refuses a file
// of a newer schema. path is for messages only.
bool migrate(const QSqlDatabase &db, const QString &path, QString *error);

// Every column a SELECT reads for readEntry(), in its order; bodies clipped to bodyLimit bytes in SQL
// (-1: whole), their full sizes read from their own columns.
QString columns(int bodyLimit);
// The row the query is on (selected with columns()) as an entry. Authorization is rebuilt masked.
RequestLogEntry readEntry(const QSqlQuery &query);
// The values of columns() of the row the query is on, to turn into an entry later or on another thread.
constexpr int ColumnCount = 23;
QVariantList rowValues(const QSqlQuery &query, int count = ColumnCount);
RequestLogEntry readEntry(const QVariantList &values);
// The columns a row's chain leaf needs (RequestLogChain::canonicalFields()): the first ChainColumnCount of
// columns(-1). readChainFields() reads their rowValues(query, ChainColumnCount) as readEntry() would, but
// leaves out the rest: authorization, replay and source, and each hop's all but its URL and status.
constexpr int ChainColumnCount = 21;
QString chainColumns();
RequestRecord readChainFields(const QVariantList &values);

// The INSERT statement insertRow() binds.
QString insertSql();
// Runs insertSql(), prepared in query, for a finished record; *id is the new row's id. The record's
// authorization is never stored as given: maskedAuthorization() is.
bool insertRow(QSqlQuery &query, const RequestRecord &record, qint64 *id, QString *error);

// status_class column: 2..5 for the HTTP classes, 0 for network (no HTTP answer), -1 for Any.
int statusClassCode(RequestLogFilter::StatusClass statusClass);

// Trigram index statements. Indexes the rows above the high-water mark (the oldest limit of them; -1: all).
QString indexTailSql(int limit);
// Moves the high-water mark to through (an SQL expression), never back.
QString moveMarkSql(const QString &through);
// The trigger that deletes indexed rows from the index with the table's rows.
QString deleteTriggerSql();

} // namespace RequestLogSchema
