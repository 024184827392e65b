#pragma once

#include "requestlogcells.h"
#include "requestlogstore.h"
#include "requestrecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QString>

#include <utility>

class QTimer;
class RequestRecorder;

// The request log as a table, newest call first: a read-only window over what a RequestRecorder records.
// It never writes; the recorder is the one path calls take to the log.
//
// Two modes, after the recorder's store:
// - Over a RequestLogStore (the recorder's store is open): calls in flight (the recorder's live()) are
//   rows held in memory at the top. A finished call's row stays as it was (pending) until the recorder's
//   committed() says its transaction is committed; then, in the event loop, the row becomes the stored
//   call with the store's id and its final state, and this model's committed() is emitted: what is
//   shown as done is always on disk. Below the live rows the model holds a window of stored calls: the
//   newest pageSize() at first, older pages through fetchMore(), never more than capacity() rows in all,
//   so memory follows the window, not the history. Rows other processes (the CLI) append show up on
//   refresh(), which a poll timer (setPollInterval) or the store's appended() signal triggers.
// - In memory (no store, or it is not open): every call recorded, at most capacity() rows; the oldest are
//   dropped. A finished call's row is final at once.
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
// recordAt() gives the complete call (read back from the store). What each cell shows: RequestLogCells.
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
        IdRole, // qint64: the store's id (the live id while in flight or waiting for its commit)
        PendingRole, // bool: the call is in flight, or finished and waiting for its commit
        StatusClassRole, // "2xx", "3xx", "4xx", "5xx", "network", "" while in flight
        SortRole, // a value that sorts the column correctly (QSortFilterProxyModel::setSortRole)
    };

    // recorder (not null) and its store must outlive the model. Over a store, the first page is read here.
    explicit RequestLogModel(RequestRecorder *recorder, int capacity = 5000, QObject *parent = nullptr);
    ~RequestLogModel() override;

    int capacity() const { return m_capacity; }
    RequestRecorder *recorder() const { return m_recorder; }
    // The store the window reads: the recorder's, when open; null in memory.
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
    // once (a commit: at the end of the event that brought it, with the other calls of its transaction);
    // the ones that follow within the interval wait for its end and are shown together: new calls in one
    // rowsInserted(), the rows that turned final in one dataChanged() (while they are contiguous), then
    // committed() for each. Any other change (a filter, refresh(), clear(), a call the store refused,
    // fetchMore() excepted) shows what waits first. Without a store, changes show at once.
    void setUpdateInterval(int ms);
    int updateInterval() const { return m_updateInterval; }
    // Shows now whatever waits for the end of the update interval.
    void showHeld();

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
    static QString statusText(const RequestRecord &record) { return RequestLogCells::statusText(record); }
    static QString hopsText(const RequestRecord &record) { return RequestLogCells::hopsText(record); }

public Q_SLOTS:
    // Shows calls stored since the last look (other processes, other writers of the store).
    void refresh();
    // Re-reads the whole window.
    void reload();

Q_SIGNALS:
    // A finished call has its final row here (unless the filter hides it): the recorder's committed(),
    // passed on once the row is shown (after the update interval, when one is set). liveId is the call's
    // live id; record is the complete call (bodies whole). stored: it is committed to the store and
    // record.id is its id there. Not stored: there is no store (record.id == liveId), or the store
    // refused the call (record.id == liveId, errorString() says why; the row stays, final, among the live
    // rows for this session). Emitted once per finished call, the row already updated.
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
    void onLive(const RequestRecord &record);
    void onRecorderCommitted(qint64 liveId, const RequestRecord &record, bool stored);
    void showInMemory(const RequestRecord &record);
    void showLive(const RequestRecord &record);
    // Shows a committed call's row; flushChanged(), trimToCapacity() and the committed() signals are the
    // caller's.
    void showCommitted(qint64 liveId, const RequestRecord &stored);
    bool holdUpdate(); // true: the change waits for the end of the update interval
    void onUpdateTimer();
    void scheduledRefresh();
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

    RequestRecorder *m_recorder;
    RequestLogStore *m_store = nullptr;
    int m_capacity;
    int m_pageSize = 200;
    RequestLogFilter m_filter;
    QList<Row> m_rows; // newest first; over a store: m_liveRows live rows, then stored by id desc
    int m_liveRows = 0;
    // Every call in flight or waiting for its commit (store mode) / every call (memory mode), newest first.
    QList<RequestRecord> m_live;
    QSet<qint64> m_liveIds; // store mode: the ids in m_live
    qint64 m_newestSeen = 0; // refresh() looks for ids above this
    QSet<qint64> m_insertedAhead; // ids above m_newestSeen of this model's own calls (shown or filtered out)
    qint64 m_oldestLoaded = 0; // fetchMore() looks for ids below this
    int m_changedFirst = -1; // rows changed in place whose dataChanged() is still to come (-1: none)
    int m_changedLast = -1;
    bool m_atEnd = true;
    bool m_refreshScheduled = false;
    bool m_announcing = false; // inside an end*() signal: fetchMore() waits

    QTimer *m_poll = nullptr;
    QString m_error;
    QString m_warned; // the store error last written as a warning (one per run of failures)

    // setUpdateInterval(): what waits for the end of the interval, in this order.
    int m_updateInterval = 0;
    QTimer *m_updateTimer = nullptr; // running: an update was shown less than an interval ago
    QList<Row> m_heldRows; // new calls in flight that match the filter, newest first (they go on top)
    QList<std::pair<qint64, RequestRecord>> m_heldCommits; // live id, the stored call
    bool m_refreshHeld = false; // a scheduled refresh() waits for the held commits (see scheduledRefresh())
};
