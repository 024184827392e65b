#pragma once

#include "requestrecord.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class RequestLogStore;

// The one path by which calls reach the request log: the window and the CLI give it every call they
// send, from its first byte (TrackClient::started(), a Pending record) to its end (TrackClient::finished()),
// and show a call as done only once committed() says its row is final. Views (RequestLogModel) show the
// calls in flight from live() and the final rows from committed().
//
// - A Pending record (the call started, or progressed) is emitted at once as live(). Records of a call
//   that finished and waits for its row are ignored.
// - A finished record is queued for the store once (RequestLogStore::enqueue(): group commit on the
//   store's writer thread; this thread never waits for the disk). committed(liveId, stored, true) follows
//   from the event loop once its transaction is committed, so a kill -9 after it loses nothing; stored is
//   the record as the store holds it (id: the store's, authorization masked).
// - Without an open store (null, or open() failed) a finished record is final at once: committed(liveId,
//   record, false) is emitted before record() returns. A call the store does not keep is reported as
//   committed(liveId, record, false) too, with errorString() saying why: at once when the store refuses
//   it (closed meanwhile), from the event loop when its transaction failed (disk full, database locked
//   for more than 5 s...).
// Exactly one committed() per finished call. The store is used from this object's thread.
class RequestRecorder : public QObject
{
    Q_OBJECT

public:
    // store may be null or not open: calls are then final at once and not stored.
    explicit RequestRecorder(RequestLogStore *store, QObject *parent = nullptr);
    ~RequestRecorder() override;

    RequestLogStore *store() const; // null or not open: nothing is stored
    // A call from its first byte to its committed row. record.id is the caller's "live id", unique among the
    // calls given to this recorder. A Pending record (started or progressing) is shown live; a finished record is
    // queued for the store once (group commit on the writer thread) and committed() follows from the event loop.
    void record(const RequestRecord &record);
    int pendingCount() const; // calls given to record() whose committed() has not been emitted yet
    QString errorString() const; // last store error, "" when none

Q_SIGNALS:
    void live(const RequestRecord &record); // a call in flight changed (record.id = live id)
    // The call's row is final: stored (record.id = its id in the store) or not (no store, or the store refused
    // it: record.id = liveId, errorString() says why). Exactly once per finished call.
    void committed(qint64 liveId, const RequestRecord &record, bool stored);

private:
    void onCommitted(quint64 firstTicket, qint64 firstId, qint64 lastId);
    void onCommitFailed(quint64 firstTicket, int count, const QString &error);

    QPointer<RequestLogStore> m_store;
    QSet<qint64> m_inFlight; // live ids of Pending records, not finished yet
    QSet<qint64> m_committing; // live ids of finished calls queued in the store
    QHash<quint64, RequestRecord> m_byTicket; // the finished calls queued, by RequestLogStore::enqueue() ticket
    QString m_error;
};
