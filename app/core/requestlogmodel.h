#pragma once

#include "requestlogstore.h"
#include "requestrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

#include <utility>

class QTimer;

// The request log as a table, newest call first.
//
// Two modes:
// - In memory (RequestLogModel(capacity)): every upsert()ed call, at most capacity() rows; the oldest
//   are dropped. Nothing is persisted.
// - Over a RequestLogStore (RequestLogModel(store, capacity)): calls in flight (upsert() of a Pending
//   record) are rows held in memory at the top. When upsert() gets the finished record the model
//   queues it in the store itself (RequestLogStore::enqueue(); the caller must not append it again)
//   and returns at once; the row stays as it was (pending) until the store's writer thread has
//   committed it. Then, in the event loop, the row becomes the stored call with the store's id and
//   its final state, and committed() is emitted: what is shown as done is always on disk. Below the
//   live rows the model holds a window of stored calls: the newest pageSize() at first, older pages
//   through fetchMore(), never more than capacity() rows in all, so memory follows the window, not
//   the history. Rows other processes (the CLI) append show up on refresh(), which a poll timer
//   (setPollInterval) or the store's appended() signal triggers.
//
// setFilter() narrows both modes. Over a store the filter runs in SQL (indexed: workspace, region,
// handled-by host, status class, call, time; free text through the trigram index), and live rows are
// matched with RequestLogFilter::matches(), which agrees with the SQL.
//
// setUpdateInterval() makes a burst cheap for the views (the window's, over a store): the calls that
// start and the commits that come within one interval are shown together, as one insertion at the top,
// one change of the rows that turned final and one removal at the bottom, at most once per interval.
//
// RecordRole gives the window's copy of a call, whose bodies are clipped to windowBodyLimit() bytes;
// recordAt() gives the complete call (read back from the store).
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Time,
        Workspace,
        Call,
        Method,
        Path,
        SentTo,
        HandledBy,
        Hops,
        Status,
        Duration,
        RequestSize, // request body bytes
        ResponseSize, // response body bytes
        ColumnCount
    };
    enum Role {
        RecordRole = Qt::UserRole + 1, // QVariant<RequestRecord> (bodies clipped, see above)
        RegionRole, // handled-by region code: "us", "eu", "unknown"
        WarningRole, // bool: the record carries a warning
        OutcomeRole, // RequestRecord::outcomeName()
        IdRole, // qint64: the store's id (the caller's id while in flight or waiting for its commit)
        PendingRole, // bool: the call is in flight, or finished and waiting for its commit
        StatusClassRole, // "2xx", "3xx", "4xx", "5xx", "network", "" while in flight
        SortRole, // a value that sorts the column correctly (QSortFilterProxyModel::setSortRole)
    };

    explicit RequestLogModel(int capacity = 5000, QObject *parent = nullptr);
    // store must outlive the model. The first page is read here.
    explicit RequestLogModel(RequestLogStore *store, int capacity = 5000, QObject *parent = nullptr);
    ~RequestLogModel() override;

    int capacity() const { return m_capacity; }
    RequestLogStore *store() const { return m_store; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    static constexpr int windowBodyLimit() { return 4096; }

    const RequestLogFilter &filter() const { return m_filter; }
    // Re-reads the window for the new filter (one indexed query over a store).
    void setFilter(const RequestLogFilter &filter);

    // Checks the store for calls appended by other processes every ms milliseconds (0: never).
    void setPollInterval(int ms);

    // Over a store: shows the rows of calls in flight and of committed calls at most once every ms
    // milliseconds (0, the default: each as it comes). The first change after a quiet interval is shown at
    // once; the ones that follow within the interval wait for its end and are shown together: new calls
    // in one rowsInserted(), the rows that turned final in one dataChanged() (while they are contiguous),
    // then committed() for each. Any other change (a filter, refresh(), clear(), a call refused by the
    // store, fetchMore() excepted) shows what waits first. Without a store, changes show at once.
    void setUpdateInterval(int ms);
    int updateInterval() const { return m_updateInterval; }
    // Shows now whatever waits for the end of the update interval.
    void showHeld();

    // Adds a record, or replaces the row with the same id (record.id: the caller's id for the call, unique
    // among the calls it passes; the "live id"). A finished record ends the call: in memory its row
    // changes at once and committed(id, record, false) is emitted before upsert() returns; over a store
    // it is queued for the store (once) and committed() follows from the event loop, see above.
    void upsert(const RequestRecord &record);
    // Calls upsert() finished and committed() not yet reported.
    int committingCount() const { return int(m_committing.size()); }
    // Empties the view; over a store, deletes every stored call ("Clear log"). Calls in flight stay.
    void clear();
    // The complete record of a row (bodies whole); an empty record for a row out of range.
    RequestRecord recordAt(int row) const;
    // Last store error ("" when none).
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // "EU · track-eu.customer.io" and similar cell texts, shared by the view and exports.
    static QString statusText(const RequestRecord &record);
    static QString hopsText(const RequestRecord &record);

public Q_SLOTS:
    // Shows calls stored since the last look (other processes, other writers of the store).
    void refresh();
    // Re-reads the whole window.
    void reload();

Q_SIGNALS:
    // A finished call given to upsert() has its final row (unless the filter hides it). liveId is the
    // id upsert() got; record is the complete call (bodies whole). stored: it is committed to the
    // store and record.id is its id there. Not stored: the model has no store (record.id == liveId), or
    // the store refused the call (record.id == liveId, errorString() says why; the row stays, final,
    // among the live rows for this session). Emitted once per finished call, the row already updated.
    void committed(qint64 liveId, const RequestRecord &record, bool stored);

private:
    struct Row
    {
        RequestRecord record;
        qint64 requestBytes = 0;
        qint64 responseBytes = 0;
        bool stored = false;
    };
    static Row rowFor(const RequestRecord &record, bool stored);
    static Row rowFor(const RequestLogEntry &entry);
    void upsertInMemory(const RequestRecord &record);
    void showInMemory(const RequestRecord &record);
    void upsertOverStore(const RequestRecord &record);
    void onCommitted(quint64 firstTicket, qint64 firstId, qint64 lastId);
    // Shows a commit's rows; flushChanged(), trimToCapacity() and the committed() signals are the caller's.
    void showCommitted(quint64 firstTicket, qint64 firstId, qint64 lastId,
                       QList<std::pair<qint64, RequestRecord>> *shown);
    bool holdUpdate(); // true: the change waits for the end of the update interval
    void onUpdateTimer();
    void scheduledRefresh();
    void onCommitFailed(quint64 firstTicket, int count, const QString &error);
    void showStored(qint64 liveId, const RequestRecord &stored); // may defer its dataChanged(): flushChanged()
    void flushChanged();
    void showUnstored(const RequestRecord &record);
    int liveRowOf(qint64 id) const;
    int liveIndexOf(qint64 id) const; // store mode: index in m_live, -1 when not there
    void forgetLive(qint64 id); // store mode: the call left m_live
    int storedRowOf(qint64 id) const;
    void insertStored(const Row &row);
    void trimToCapacity();
    void scheduleRefresh();
    void signalEnd(void (QAbstractItemModel::*end)());

    RequestLogStore *m_store = nullptr;
    int m_capacity;
    int m_pageSize = 200;
    RequestLogFilter m_filter;
    QList<Row> m_rows; // newest first; over a store: m_liveRows live rows, then stored by id desc
    int m_liveRows = 0;
    // Every call in flight or waiting for its commit (store mode) / every call (memory mode), newest first.
    QList<RequestRecord> m_live;
    QSet<qint64> m_liveIds; // store mode: the ids in m_live
    struct Committing
    {
        qint64 liveId = 0;
        RequestRecord record; // the finished call, shown once committed
    };
    QHash<quint64, Committing> m_committing; // store mode: by RequestLogStore::enqueue() ticket
    qint64 m_newestSeen = 0; // refresh() looks for ids above this
    QSet<qint64> m_insertedAhead; // ids above m_newestSeen this model stored itself (shown or filtered out)
    qint64 m_oldestLoaded = 0; // fetchMore() looks for ids below this
    int m_changedFirst = -1; // rows changed in place whose dataChanged() is still to come (-1: none)
    int m_changedLast = -1;
    bool m_atEnd = true;
    bool m_refreshScheduled = false;
    bool m_announcing = false; // inside an end*() signal: fetchMore() waits

    QTimer *m_poll = nullptr;
    QString m_error;

    // setUpdateInterval(): what waits for the end of the interval, in this order.
    int m_updateInterval = 0;
    QTimer *m_updateTimer = nullptr; // running: an update was shown less than an interval ago
    QList<Row> m_heldRows; // new calls in flight that match the filter, newest first (they go on top)
    struct HeldCommit
    {
        quint64 firstTicket = 0;
        qint64 firstId = 0;
        qint64 lastId = 0;
    };
    QList<HeldCommit> m_heldCommits;
    bool m_refreshHeld = false; // a scheduled refresh() waits for the held commits (see scheduledRefresh())
};
