#pragma once

#include "requestlogfilter.h"

#include <QString>
#include <QVariantList>

class QSqlQuery;

// A RequestLogFilter as SQL over the request log's table (RequestLogSchema): the statements
// RequestLogStore runs to read calls, each with the values to bind in order. Part of RequestLogStore.
//
// Every field of the filter has an indexed column (workspace, handled_by_region, handled_by,
// status_class, call, started_at). Free text of three characters or more takes its candidates from the
// trigram index (plus the rows it does not hold yet) and keeps exactly what RequestLogFilter::matches()
// keeps (instr() over the lower-cased search text); shorter text scans.
class RequestLogQuery
{
public:
    explicit RequestLogQuery(const RequestLogFilter &filter);

    // Newest first: at most limit calls with id < beforeId (0: no bound).
    QString older(qint64 beforeId, int limit, int bodyLimit);
    // The two halves of older() for a filter with terms or free text (see RequestLogStore::fetchOlder()):
    // recent(): the rows fromId <= id < beforeId, walked newest first in the table's order, free text by
    // instr() alone (no trigram candidates to gather); byIndex(): the rows id < beforeId (0: no bound) that
    // the filter's indexes (or the trigram index) name, then sorted, so that a rare match never walks the
    // whole table.
    QString recent(qint64 fromId, qint64 beforeId, int limit, int bodyLimit);
    QString byIndex(qint64 beforeId, int limit, int bodyLimit);
    // Whether older() is better split into recent() and byIndex(): the filter has terms or free text.
    bool isSplit() const;
    // Oldest first: at most limit calls with afterId < id <= throughId (throughId 0: no bound).
    QString newer(qint64 afterId, qint64 throughId, int limit, int bodyLimit);
    // Every match, oldest first, bodies whole.
    QString all();
    QString count();
    // Deletes every match.
    QString remove();

    // The values of the last statement built, in order.
    const QVariantList &binds() const { return m_binds; }
    // Prepares sql in query and binds binds(); false with the driver's message in *error.
    bool prepare(QSqlQuery &query, const QString &sql, QString *error) const;

private:
    // " WHERE extra AND a AND b ..." (or ""), appending the values of the filter's conditions to binds().
    // scanText: free text by instr() alone, without the trigram index's candidates.
    QString where(const QString &extra = {}, bool scanText = false);

    RequestLogFilter m_filter;
    QVariantList m_binds;
};
