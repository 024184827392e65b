#pragma once

#include "requestrecord.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

// What the request log's table shows of a call: the text of each cell, the value it sorts by, the column
// headers, and the status and hop texts the CLI prints as well. Columns are RequestLogModel::Column;
// the byte counts are the full body sizes (the record's bodies may be clipped).
class RequestLogCells
{
    Q_DECLARE_TR_FUNCTIONS(RequestLogModel) // the table's texts keep the model's translation context

public:
    // "200", "sending…", "timed out", "302 redirect refused"...
    static QString statusText(const RequestRecord &record);
    // "track.customer.io 301 → track-eu.customer.io 200"
    static QString hopsText(const RequestRecord &record);

    // Qt::DisplayRole: "EU · track-eu.customer.io", "12 ms", "1.2 KiB"... withDate: the Time column shows the
    // date too (the rows span more than one day), see timeText().
    static QVariant display(const RequestRecord &record, qint64 requestBytes, qint64 responseBytes, int column,
                            bool withDate = false);
    // Local time "HH:mm:ss.zzz", after the locale's short date with a four-digit year when withDate.
    static QString timeText(const QDateTime &at, bool withDate);
    // A value that sorts the column correctly: numbers for time, hops, status, duration and sizes.
    static QVariant sortKey(const RequestRecord &record, qint64 requestBytes, qint64 responseBytes, int column);
    // Qt::ToolTipRole: the warnings, else the error; null when neither.
    static QVariant toolTip(const RequestRecord &record);
    static QString header(int column);
};
