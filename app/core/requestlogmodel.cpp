#include "requestlogmodel.h"

#include "requestrecorder.h"

#include <QTimer>

#include <algorithm>

RequestLogModel::RequestLogModel(RequestRecorder *recorder, int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_recorder(recorder)
    , m_capacity(qMax(1, capacity))
{
    Q_ASSERT(m_recorder);
    connect(m_recorder, &RequestRecorder::live, this, &RequestLogModel::onLive);
    connect(m_recorder, &RequestRecorder::committed, this, &RequestLogModel::onRecorderCommitted);
    RequestLogStore *store = m_recorder->store();
    if (store && store->isOpen()) {
        m_store = store;
        connect(m_store, &RequestLogStore::appended, this, &RequestLogModel::scheduleRefresh);
        connect(m_store, &RequestLogStore::cleared, this, &RequestLogModel::reload);
        reload();
    }
}

RequestLogModel::~RequestLogModel() = default;

RequestLogModel::Row RequestLogModel::rowFor(const RequestRecord &record, bool stored)
{
    Row row;
    row.record = record;
    row.requestBytes = record.requestBody.size();
    row.responseBytes = record.responseBody.size();
    row.record.requestBody.truncate(windowBodyLimit());
    row.record.responseBody.truncate(windowBodyLimit());
    row.stored = stored;
    return row;
}

RequestLogModel::Row RequestLogModel::rowFor(const RequestLogEntry &entry)
{
    Row row;
    row.record = entry.record;
    row.requestBytes = entry.requestBytes;
    row.responseBytes = entry.responseBytes;
    row.stored = true;
    return row;
}

void RequestLogModel::setFilter(const RequestLogFilter &filter)
{
    m_filter = filter;
    reload();
}

void RequestLogModel::setPollInterval(int ms)
{
    if (ms <= 0) {
        delete m_poll;
        m_poll = nullptr;
        return;
    }
    if (!m_poll) {
        m_poll = new QTimer(this);
        m_poll->setObjectName(QStringLiteral("requestLogPoll"));
        connect(m_poll, &QTimer::timeout, this, &RequestLogModel::scheduledRefresh);
    }
    m_poll->start(ms);
}

void RequestLogModel::setUpdateInterval(int ms)
{
    m_updateInterval = qMax(0, ms);
    if (m_updateInterval == 0) {
        showHeld();
        delete m_updateTimer;
        m_updateTimer = nullptr;
        return;
    }
    if (!m_updateTimer) {
        m_updateTimer = new QTimer(this);
        m_updateTimer->setSingleShot(true);
        connect(m_updateTimer, &QTimer::timeout, this, &RequestLogModel::onUpdateTimer);
    }
    m_updateTimer->setInterval(m_updateInterval);
}

bool RequestLogModel::holdUpdate()
{
    if (!m_store || !m_updateTimer)
        return false;
    const bool hold = m_updateTimer->isActive() // shown less than an interval ago: wait for its end
        || !m_heldRows.isEmpty() || !m_heldCommits.isEmpty(); // after what waits already
    if (!m_updateTimer->isActive())
        m_updateTimer->start(); // what follows within the interval waits
    return hold;
}

void RequestLogModel::onUpdateTimer()
{
    if (m_heldRows.isEmpty() && m_heldCommits.isEmpty())
        return; // quiet: the next change is shown at once
    showHeld();
    m_updateTimer->start();
}

void RequestLogModel::showHeld()
{
    if (!m_heldRows.isEmpty()) {
        // The new calls, newest first, go on top of the calls in flight shown already.
        const int count = int(m_heldRows.size());
        beginInsertRows({}, 0, count - 1);
        m_rows.insert(0, count, Row());
        std::move(m_heldRows.begin(), m_heldRows.end(), m_rows.begin());
        m_heldRows.clear();
        m_liveRows += count;
        signalEnd(&RequestLogModel::endInsertRows);
    }
    if (!m_heldCommits.isEmpty()) {
        QList<std::pair<qint64, RequestRecord>> commits;
        commits.swap(m_heldCommits);
        // Rows first (one dataChanged() for a run of rows that change in place), signals once all are shown.
        for (const auto &[liveId, stored] : std::as_const(commits))
            showCommitted(liveId, stored);
        flushChanged();
        trimToCapacity();
        for (const auto &[liveId, stored] : std::as_const(commits))
            Q_EMIT committed(liveId, stored, true);
    }
    if (m_refreshHeld) {
        m_refreshHeld = false;
        refresh();
    }
}

void RequestLogModel::reload()
{
    showHeld();
    beginResetModel();
    m_rows.clear();
    m_insertedAhead.clear();
    m_liveRows = 0;
    int kept = 0;
    for (const RequestRecord &r : std::as_const(m_live)) {
        if (!m_filter.matches(r))
            continue;
        if (!m_store && kept >= m_capacity)
            break;
        m_rows << rowFor(r, false);
        ++kept;
    }
    if (m_store) {
        m_liveRows = int(m_rows.size());
        m_newestSeen = m_store->newestId();
        const int limit = qMin(m_pageSize, m_capacity);
        const QList<RequestLogEntry> entries =
            m_store->fetchOlder(m_filter, m_newestSeen + 1, limit, windowBodyLimit());
        for (const RequestLogEntry &e : entries)
            m_rows << rowFor(e);
        m_oldestLoaded = entries.isEmpty() ? 0 : entries.last().record.id;
        m_atEnd = entries.size() < limit;
        m_error = m_store->errorString();
    }
    signalEnd(&RequestLogModel::endResetModel);
}

int RequestLogModel::liveRowOf(qint64 id) const
{
    // From the bottom: the call that ends (or commits) next is most often the oldest one in flight.
    const int end = m_store ? m_liveRows : int(m_rows.size());
    for (int row = end - 1; row >= 0; --row)
        if (m_rows.at(row).record.id == id)
            return row;
    return -1;
}

int RequestLogModel::liveIndexOf(qint64 id) const
{
    if (!m_liveIds.contains(id))
        return -1;
    for (int i = int(m_live.size()) - 1; i >= 0; --i)
        if (m_live.at(i).id == id)
            return i;
    return -1;
}

void RequestLogModel::forgetLive(qint64 id)
{
    const int i = liveIndexOf(id);
    if (i >= 0)
        m_live.removeAt(i);
    m_liveIds.remove(id);
}

int RequestLogModel::storedRowOf(qint64 id) const
{
    // Stored rows are sorted by id, descending.
    const auto first = m_rows.cbegin() + m_liveRows;
    const auto it =
        std::lower_bound(first, m_rows.cend(), id, [](const Row &row, qint64 value) { return row.record.id > value; });
    return it != m_rows.cend() && it->record.id == id ? int(it - m_rows.cbegin()) : -1;
}

void RequestLogModel::onLive(const RequestRecord &record)
{
    if (m_store)
        showLive(record);
    else
        showInMemory(record);
}

void RequestLogModel::onRecorderCommitted(qint64 liveId, const RequestRecord &record, bool stored)
{
    if (!m_store) {
        showInMemory(record);
        Q_EMIT committed(liveId, record, stored);
        return;
    }
    if (!stored) {
        // Not stored (disk full, locked too long...): the call stays visible, final, among the live rows.
        showHeld();
        m_error = m_recorder->errorString();
        if (m_error != m_warned)
            qWarning("request log: %s", qPrintable(m_error));
        m_warned = m_error;
        forgetLive(liveId);
        showUnstored(record);
        Q_EMIT committed(liveId, record, false);
        return;
    }
    m_warned.clear();
    if (m_updateTimer) {
        // Shown at the end of the update interval; after a quiet one, at the end of this event: the other
        // calls of the same transaction come in it and are shown with this one.
        const bool quiet = !m_updateTimer->isActive() && m_heldRows.isEmpty() && m_heldCommits.isEmpty();
        m_heldCommits.append({liveId, record});
        if (quiet) {
            m_updateTimer->start();
            QMetaObject::invokeMethod(
                this, [this] { showHeld(); }, Qt::QueuedConnection);
        }
        return;
    }
    showCommitted(liveId, record);
    flushChanged();
    trimToCapacity();
    Q_EMIT committed(liveId, record, true);
}

void RequestLogModel::showInMemory(const RequestRecord &record)
{
    bool known = false;
    for (RequestRecord &r : m_live) {
        if (r.id == record.id) {
            r = record;
            known = true;
            break;
        }
    }
    if (!known) {
        m_live.prepend(record);
        if (m_live.size() > m_capacity)
            m_live.resize(m_capacity);
    }
    const int row = liveRowOf(record.id);
    const bool matches = m_filter.matches(record);
    if (row >= 0 && matches) {
        m_rows[row] = rowFor(record, false);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        signalEnd(&RequestLogModel::endRemoveRows);
        return;
    }
    if (!matches)
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(rowFor(record, false));
    signalEnd(&RequestLogModel::endInsertRows);
    if (m_rows.size() > m_capacity) {
        beginRemoveRows({}, m_capacity, int(m_rows.size()) - 1);
        m_rows.resize(m_capacity);
        signalEnd(&RequestLogModel::endRemoveRows);
    }
}

void RequestLogModel::showLive(const RequestRecord &record)
{
    const int known = liveIndexOf(record.id);
    if (known < 0 && holdUpdate()) {
        // A new call within the update interval: it waits with the others (on top of those before it).
        m_live.prepend(record);
        m_liveIds.insert(record.id);
        if (m_filter.matches(record))
            m_heldRows.prepend(rowFor(record, false));
        return;
    }
    showHeld();
    if (known >= 0) {
        m_live[known] = record;
    } else {
        m_live.prepend(record);
        m_liveIds.insert(record.id);
    }
    const int row = known >= 0 ? liveRowOf(record.id) : -1; // a new call has no row yet
    const bool matches = m_filter.matches(record);
    if (row >= 0 && matches) {
        m_rows[row] = rowFor(record, false);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        --m_liveRows;
        signalEnd(&RequestLogModel::endRemoveRows);
    } else if (matches) {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(rowFor(record, false));
        ++m_liveRows;
        signalEnd(&RequestLogModel::endInsertRows);
    }
}

void RequestLogModel::showCommitted(qint64 liveId, const RequestRecord &stored)
{
    forgetLive(liveId);
    showStored(liveId, stored);
    if (stored.id > m_newestSeen)
        m_insertedAhead.insert(stored.id); // refresh() need not read it again
}

void RequestLogModel::flushChanged()
{
    if (m_changedFirst < 0)
        return;
    const int first = m_changedFirst;
    const int last = m_changedLast;
    m_changedFirst = m_changedLast = -1;
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void RequestLogModel::showUnstored(const RequestRecord &record)
{
    const int row = liveRowOf(record.id);
    if (row >= 0) {
        m_rows[row] = rowFor(record, false);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (m_filter.matches(record)) {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(rowFor(record, false));
        ++m_liveRows;
        signalEnd(&RequestLogModel::endInsertRows);
    }
}

void RequestLogModel::showStored(qint64 liveId, const RequestRecord &stored)
{
    const int row = liveRowOf(liveId);
    const bool matches = m_filter.matches(stored);
    if (row >= 0 && matches && storedRowOf(stored.id) < 0) {
        // The row moves to the top of the stored section, below the calls still in flight; moving
        // (not remove + insert) keeps a view's selection on it. Most often it is there already (the
        // oldest call in flight commits first): its change then joins the run flushChanged() announces.
        m_rows[row] = rowFor(stored, true);
        const int target = m_liveRows - 1;
        if (row != target) {
            flushChanged();
            beginMoveRows({}, row, row, {}, target + 1);
            m_rows.move(row, target);
            signalEnd(&RequestLogModel::endMoveRows);
        }
        --m_liveRows;
        if (m_changedFirst >= 0 && target != m_changedFirst - 1)
            flushChanged();
        m_changedFirst = target;
        if (m_changedLast < 0)
            m_changedLast = target;
    } else if (row >= 0) {
        flushChanged();
        // Filtered out, or a refresh()/reload() already read the committed row before its signal came.
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        --m_liveRows;
        signalEnd(&RequestLogModel::endRemoveRows);
    } else if (matches) {
        flushChanged();
        insertStored(rowFor(stored, true));
    }
}

void RequestLogModel::insertStored(const Row &row)
{
    const auto first = m_rows.cbegin() + m_liveRows;
    const auto it = std::lower_bound(first, m_rows.cend(), row.record.id,
                                     [](const Row &r, qint64 value) { return r.record.id > value; });
    if (it != m_rows.cend() && it->record.id == row.record.id)
        return; // shown already
    const int at = int(it - m_rows.cbegin());
    beginInsertRows({}, at, at);
    m_rows.insert(at, row);
    signalEnd(&RequestLogModel::endInsertRows);
}

void RequestLogModel::trimToCapacity()
{
    if (m_rows.size() <= m_capacity || m_rows.size() <= m_liveRows)
        return;
    const int first = qMax(m_capacity, m_liveRows);
    beginRemoveRows({}, first, int(m_rows.size()) - 1);
    m_rows.resize(first);
    signalEnd(&RequestLogModel::endRemoveRows);
    m_atEnd = false;
    if (m_rows.size() > m_liveRows)
        m_oldestLoaded = m_rows.last().record.id;
}

void RequestLogModel::scheduleRefresh()
{
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    QTimer::singleShot(0, this, &RequestLogModel::scheduledRefresh);
}

void RequestLogModel::scheduledRefresh()
{
    m_refreshScheduled = false;
    // Held commits are this model's own calls, committed and not shown yet: refresh() reads the rows
    // above them once they are shown (see showHeld()), so that it does not take them for other rows.
    if (!m_heldCommits.isEmpty()) {
        m_refreshHeld = true;
        return;
    }
    refresh();
}

void RequestLogModel::refresh()
{
    m_refreshScheduled = false;
    m_refreshHeld = false;
    if (!m_store)
        return;
    // Rows of held commits must be placed before rows above them are read (held new calls need not).
    if (!m_heldCommits.isEmpty())
        showHeld();
    // Everything up to the store's high-water mark read first is accounted for after this, matching
    // or not; a call appended meanwhile is above it and waits for the next refresh.
    qint64 top = m_store->newestId();
    // Ids above the last commit reported may be the recorder's calls, committed and not reported yet: read
    // them once reported (their live rows become these rows then), not now, as other rows.
    if (m_store->queuedCount() > 0)
        top = qMin(top, m_store->lastReportedId());
    if (top <= m_newestSeen)
        return;
    if (qint64(m_insertedAhead.size()) >= top - m_newestSeen) {
        // Every id above the last look is a call this model placed itself: nothing to read.
        m_newestSeen = top;
        m_insertedAhead.removeIf([this](qint64 id) { return id <= m_newestSeen; });
        return;
    }
    const int limit = m_capacity;
    const QList<RequestLogEntry> entries = m_store->fetchNewer(m_filter, m_newestSeen, limit, windowBodyLimit(), top);
    if (entries.size() >= limit) {
        // More arrived than the window holds: start over from the newest.
        reload();
        return;
    }
    for (const RequestLogEntry &e : entries) {
        if (m_insertedAhead.contains(e.record.id))
            continue;
        insertStored(rowFor(e));
    }
    m_newestSeen = top;
    m_insertedAhead.removeIf([this](qint64 id) { return id <= m_newestSeen; });
    trimToCapacity();
}

void RequestLogModel::clear()
{
    showHeld();
    if (m_store) {
        if (m_store->clear() < 0)
            m_error = m_store->errorString();
        reload(); // cleared() also reloads; the second read is cheap on an empty table
        return;
    }
    beginResetModel();
    m_rows.clear();
    m_live.clear();
    signalEnd(&RequestLogModel::endResetModel);
}

RequestRecord RequestLogModel::recordAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    if (r.stored && m_store) {
        if (auto full = m_store->record(r.record.id))
            return *full;
    }
    if (!r.stored) {
        // Live rows: the full record is in m_live (store mode) or was clipped only in the window.
        for (const RequestRecord &live : m_live)
            if (live.id == r.record.id)
                return live;
    }
    return r.record;
}

void RequestLogModel::signalEnd(void (QAbstractItemModel::*end)())
{
    // Observers run inside the end*() signal; a fetchMore() from there would nest a change inside
    // the one being announced. It is ignored; the view asks again once the change is done.
    m_announcing = true;
    (this->*end)();
    m_announcing = false;
}

bool RequestLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && !m_atEnd && m_rows.size() < m_capacity;
}

void RequestLogModel::fetchMore(const QModelIndex &parent)
{
    if (m_announcing || !canFetchMore(parent))
        return;
    const int limit = qMin(m_pageSize, m_capacity - int(m_rows.size()));
    const QList<RequestLogEntry> entries = m_store->fetchOlder(m_filter, m_oldestLoaded, limit, windowBodyLimit());
    m_atEnd = entries.size() < limit;
    if (entries.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    for (const RequestLogEntry &e : entries)
        m_rows << rowFor(e);
    signalEnd(&RequestLogModel::endInsertRows);
    m_oldestLoaded = entries.last().record.id;
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const RequestRecord &r = row.record;
    switch (role) {
    case RecordRole:
        return QVariant::fromValue(r);
    case RegionRole:
        return regionCode(r.handledByRegion);
    case WarningRole:
        return !r.warnings.isEmpty();
    case OutcomeRole:
        return RequestRecord::outcomeName(r.outcome);
    case IdRole:
        return r.id;
    case PendingRole:
        return r.outcome == RequestRecord::Outcome::Pending;
    case StatusClassRole:
        return RequestLogFilter::statusClassName(RequestLogFilter::statusClassOf(r));
    case SortRole:
        return RequestLogCells::sortKey(r, row.requestBytes, row.responseBytes, index.column());
    case Qt::ToolTipRole:
        return RequestLogCells::toolTip(r);
    case Qt::DisplayRole:
        return RequestLogCells::display(r, row.requestBytes, row.responseBytes, index.column(),
                                        index.column() == Time
                                            && m_rows.constFirst().record.startedAt.toLocalTime().date()
                                                != m_rows.constLast().record.startedAt.toLocalTime().date());
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString header = RequestLogCells::header(section);
    return header.isNull() ? QVariant() : QVariant(header);
}
