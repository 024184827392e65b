#pragma once

#include "requestrecord.h"

#include <QAbstractTableModel>
#include <QList>

// The live request log: newest call first, at most capacity() rows in memory (the oldest are dropped).
// A call appears when it starts (status "…") and its row is updated in place when it finishes.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Workspace, Call, Method, Path, SentTo, HandledBy, Hops, Status, Duration, ColumnCount };
    enum Role {
        RecordRole = Qt::UserRole + 1, // QVariant<RequestRecord>
        RegionRole,                    // handled-by region code: "us", "eu", "unknown"
        WarningRole,                   // bool: the record carries a warning
        OutcomeRole,                   // RequestRecord::outcomeName()
    };

    explicit RequestLogModel(int capacity = 5000, QObject *parent = nullptr);

    int capacity() const { return m_capacity; }

    // Adds a record, or replaces the row with the same id.
    void upsert(const RequestRecord &record);
    void clear();
    RequestRecord recordAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "EU · track-eu.customer.io" and similar cell texts, shared by the view and exports.
    static QString statusText(const RequestRecord &record);
    static QString hopsText(const RequestRecord &record);

private:
    int m_capacity;
    QList<RequestRecord> m_rows; // newest first
};
