#include "requestrecorder.h"

#include "requestlogstore.h"

RequestRecorder::RequestRecorder(RequestLogStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (m_store) {
        connect(m_store, &RequestLogStore::committed, this, &RequestRecorder::onCommitted);
        connect(m_store, &RequestLogStore::commitFailed, this, &RequestRecorder::onCommitFailed);
    }
}

RequestRecorder::~RequestRecorder() = default;

RequestLogStore *RequestRecorder::store() const
{
    return m_store;
}

int RequestRecorder::pendingCount() const
{
    return int(m_inFlight.size() + m_committing.size());
}

QString RequestRecorder::errorString() const
{
    return m_error;
}

void RequestRecorder::record(const RequestRecord &record)
{
    if (m_committing.contains(record.id))
        return; // finished already: its row is on its way
    if (record.outcome == RequestRecord::Outcome::Pending) {
        m_inFlight.insert(record.id);
        Q_EMIT live(record);
        return;
    }
    m_inFlight.remove(record.id);
    if (!m_store || !m_store->isOpen()) {
        Q_EMIT committed(record.id, record, false);
        return;
    }
    const quint64 ticket = m_store->enqueue(record);
    if (ticket == 0) {
        m_error = m_store->errorString();
        Q_EMIT committed(record.id, record, false);
        return;
    }
    m_committing.insert(record.id);
    m_byTicket.insert(ticket, record);
}

void RequestRecorder::onCommitted(quint64 firstTicket, qint64 firstId, qint64 lastId)
{
    for (qint64 id = firstId; id <= lastId; ++id) {
        const auto it = m_byTicket.find(firstTicket + quint64(id - firstId));
        if (it == m_byTicket.end())
            continue; // queued by someone else
        const RequestRecord call = it.value();
        m_byTicket.erase(it);
        m_committing.remove(call.id);
        RequestRecord stored = call;
        stored.id = id;
        stored.authorization = maskedAuthorization(call);
        Q_EMIT committed(call.id, stored, true);
    }
}

void RequestRecorder::onCommitFailed(quint64 firstTicket, int count, const QString &error)
{
    for (int k = 0; k < count; ++k) {
        const auto it = m_byTicket.find(firstTicket + quint64(k));
        if (it == m_byTicket.end())
            continue;
        const RequestRecord call = it.value();
        m_byTicket.erase(it);
        m_committing.remove(call.id);
        m_error = error;
        Q_EMIT committed(call.id, call, false);
    }
}
