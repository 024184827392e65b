#include "requestlogmodel.h"

#include "endpointtable.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>

RequestLogModel::RequestLogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{ }

RequestLogModel::RequestLogModel(RequestLogStore *store, int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_capacity(qMax(1, capacity))
{
    if (m_store) {
        connect(m_store, &RequestLogStore::appended, this, &RequestLogModel::scheduleRefresh);
        connect(m_store, &RequestLogStore::cleared, this, &RequestLogModel::reload);
        connect(m_store, &RequestLogStore::committed, this, &RequestLogModel::onCommitted);
        connect(m_store, &RequestLogStore::commitFailed, this, &RequestLogModel::onCommitFailed);
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
        QList<HeldCommit> commits;
        commits.swap(m_heldCommits);
        QList<std::pair<qint64, RequestRecord>> shown;
        for (const HeldCommit &c : std::as_const(commits))
            showCommitted(c.firstTicket, c.firstId, c.lastId, &shown);
        flushChanged();
        trimToCapacity();
        for (const auto &[liveId, stored] : std::as_const(shown))
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

void RequestLogModel::upsert(const RequestRecord &record)
{
    if (m_store)
        upsertOverStore(record);
    else
        upsertInMemory(record);
}

void RequestLogModel::upsertInMemory(const RequestRecord &record)
{
    showInMemory(record);
    if (record.outcome != RequestRecord::Outcome::Pending)
        Q_EMIT committed(record.id, record, false);
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

void RequestLogModel::upsertOverStore(const RequestRecord &record)
{
    if (record.outcome == RequestRecord::Outcome::Pending) {
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
        return;
    }

    // Finished: queued for the store; the row changes only once the store has committed it, so the row
    // shown as done is the row kept (see onCommitted()). Until then it stays as it is, pending.
    const quint64 ticket = m_store->enqueue(record);
    if (ticket == 0) {
        showHeld();
        m_error = m_store->errorString();
        qWarning("request log: %s", qPrintable(m_error));
        forgetLive(record.id);
        showUnstored(record);
        Q_EMIT committed(record.id, record, false);
        return;
    }
    m_committing.insert(ticket, Committing {record.id, record});
}

void RequestLogModel::onCommitted(quint64 firstTicket, qint64 firstId, qint64 lastId)
{
    if (holdUpdate()) {
        m_heldCommits.append({firstTicket, firstId, lastId});
        return;
    }
    // Rows first (one dataChanged() for a run of rows that change in place), signals once all are shown.
    QList<std::pair<qint64, RequestRecord>> shown;
    showCommitted(firstTicket, firstId, lastId, &shown);
    flushChanged();
    trimToCapacity();
    for (const auto &[liveId, stored] : std::as_const(shown))
        Q_EMIT committed(liveId, stored, true);
}

void RequestLogModel::showCommitted(quint64 firstTicket, qint64 firstId, qint64 lastId,
                                    QList<std::pair<qint64, RequestRecord>> *shown)
{
    for (qint64 id = firstId; id <= lastId; ++id) {
        const auto it = m_committing.find(firstTicket + quint64(id - firstId));
        if (it == m_committing.end())
            continue; // queued by someone else
        const Committing call = it.value();
        m_committing.erase(it);
        forgetLive(call.liveId);
        RequestRecord stored = call.record;
        stored.id = id;
        stored.authorization = maskedAuthorization(call.record);
        showStored(call.liveId, stored);
        if (id > m_newestSeen)
            m_insertedAhead.insert(id); // refresh() need not read it again
        shown->append({call.liveId, stored});
    }
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

void RequestLogModel::onCommitFailed(quint64 firstTicket, int count, const QString &error)
{
    showHeld();
    m_error = error;
    bool warned = false;
    for (int k = 0; k < count; ++k) {
        const auto it = m_committing.find(firstTicket + quint64(k));
        if (it == m_committing.end())
            continue;
        const Committing call = it.value();
        m_committing.erase(it);
        if (!warned) {
            qWarning("request log: %s", qPrintable(error));
            warned = true;
        }
        forgetLive(call.liveId);
        showUnstored(call.record);
        Q_EMIT committed(call.liveId, call.record, false);
    }
}

void RequestLogModel::showUnstored(const RequestRecord &record)
{
    // Not stored (disk full, locked too long...): the call stays visible, final, among the live rows.
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
    // Ids above the last commit reported may be this model's own calls, committed and not reported yet:
    // read them once reported (their live rows become these rows then), not now, as other rows.
    if (!m_committing.isEmpty())
        top = qMin(top, m_store->lastReportedId());
    if (top <= m_newestSeen)
        return;
    if (qint64(m_insertedAhead.size()) >= top - m_newestSeen) {
        // Every id above the last look is a call this model stored and placed itself: nothing to read.
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

QString RequestLogModel::statusText(const RequestRecord &r)
{
    switch (r.outcome) {
    case RequestRecord::Outcome::Pending:
        return tr("sending…");
    case RequestRecord::Outcome::TimedOut:
        return tr("timed out");
    case RequestRecord::Outcome::NetworkError:
        return tr("network error");
    case RequestRecord::Outcome::RedirectRefused:
        return tr("%1 redirect refused").arg(r.status);
    case RequestRecord::Outcome::TooManyRedirects:
        return tr("too many redirects");
    case RequestRecord::Outcome::Success:
    case RequestRecord::Outcome::HttpError:
        break;
    }
    return QString::number(r.status);
}

QString RequestLogModel::hopsText(const RequestRecord &r)
{
    QStringList parts;
    for (const Hop &hop : r.hops)
        parts << QStringLiteral("%1 %2").arg(EndpointTable::hostLabel(hop.url),
                                             hop.status ? QString::number(hop.status) : QStringLiteral("—"));
    return parts.join(QStringLiteral(" → "));
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const RequestRecord &r = row.record;
    const bool pending = r.outcome == RequestRecord::Outcome::Pending;
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
        return pending;
    case StatusClassRole:
        return RequestLogFilter::statusClassName(RequestLogFilter::statusClassOf(r));
    case SortRole:
        switch (Column(index.column())) {
        case Time:
            return r.startedAt.toMSecsSinceEpoch();
        case Hops:
            return int(r.hops.size());
        case Status:
            return r.status;
        case Duration:
            return r.durationMs;
        case RequestSize:
            return row.requestBytes;
        case ResponseSize:
            return row.responseBytes;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (!r.warnings.isEmpty())
            return r.warnings.join(u'\n');
        return r.error.isEmpty() ? QVariant() : QVariant(r.error);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Time:
        return r.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case Workspace:
        return r.workspace;
    case Call:
        return callName(r.call);
    case Method:
        return r.method;
    case Path:
        return r.path;
    case SentTo:
        return r.sentTo();
    case HandledBy:
        if (r.handledBy.isEmpty())
            return QStringLiteral("—");
        return QStringLiteral("%1 · %2").arg(regionCode(r.handledByRegion).toUpper(), r.handledBy);
    case Hops:
        return r.warnings.isEmpty() ? QString::number(r.hops.size()) : QStringLiteral("%1 ⚠").arg(r.hops.size());
    case Status:
        return statusText(r);
    case Duration:
        return pending ? QString() : tr("%1 ms").arg(r.durationMs);
    case RequestSize:
        return QLocale().formattedDataSize(row.requestBytes, 1, QLocale::DataSizeTraditionalFormat);
    case ResponseSize:
        return pending ? QString()
                       : QLocale().formattedDataSize(row.responseBytes, 1, QLocale::DataSizeTraditionalFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Workspace:
        return tr("Workspace");
    case Call:
        return tr("Call");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case SentTo:
        return tr("Sent to");
    case HandledBy:
        return tr("Handled by");
    case Hops:
        return tr("Hops");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case RequestSize:
        return tr("Request");
    case ResponseSize:
        return tr("Response");
    case ColumnCount:
        break;
    }
    return {};
}
