#include "requestlogwriter.h"

#include "requestlogchain.h"
#include "requestlogmaintenance.h"
#include "requestlogschema.h"

#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QWaitCondition>

// Shared by the owner's thread and the writer thread; every field is guarded by mutex.
struct RequestLogWriter::Queue
{
    QMutex mutex;
    QWaitCondition idle; // woken when nothing is queued or being written any more
    QList<RequestRecord> records; // queued, oldest first; records.first() has ticket nextTaken
    quint64 nextTaken = 1; // ticket of the oldest queued call (tickets start at 1)
    int writing = 0; // calls the writer took and has not reported yet
    bool drainScheduled = false; // a drain() is posted to the writer thread
    RequestLogRetention retention; // what the writer's periodic prune keeps
    QList<Group> done; // reported by the writer, not yet taken in the owner's thread
    bool deliveryScheduled = false; // notify() was called and takeDone() has not taken everything since
};

// The writer thread's side: its own connection, one transaction per drained group.
class RequestLogWriter::Committer : public QObject
{
public:
    Committer(const QString &path, const QString &connection, Queue *queue, std::function<void()> notify)
        : m_path(path)
        , m_connection(connection)
        , m_queue(queue)
        , m_notify(std::move(notify))
    { }

    bool connect(QString *error)
    {
        if (!RequestLogSchema::openConnection(m_connection, m_path, error))
            return false;
        const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (!RequestLogSchema::setUpAppending(db, error))
            return false;
        if (!RequestLogChain::setUpConnection(db, error))
            return false;
        m_chain = std::make_unique<RequestLogChain::Writer>(db);
        m_insert = std::make_unique<QSqlQuery>(db);
        if (!m_insert->prepare(RequestLogSchema::insertSql())) {
            *error = m_insert->lastError().text();
            return false;
        }
        return true;
    }

    // Commits the queue, at most MaxGroup calls per transaction, until it is empty.
    void drain()
    {
        for (;;) {
            QList<RequestRecord> group;
            Group result;
            RequestLogRetention retention;
            {
                QMutexLocker lock(&m_queue->mutex);
                if (m_queue->records.isEmpty()) {
                    m_queue->drainScheduled = false;
                    return;
                }
                const int n = int(qMin<qsizetype>(m_queue->records.size(), RequestLogStore::MaxGroup));
                if (n == m_queue->records.size())
                    group.swap(m_queue->records);
                else {
                    group = m_queue->records.mid(0, n);
                    m_queue->records.remove(0, n);
                }
                result.firstTicket = m_queue->nextTaken;
                result.count = n;
                m_queue->nextTaken += quint64(n);
                m_queue->writing = n;
                retention = m_queue->retention;
            }
            commit(group, &result);
            if (result.error.isEmpty()) {
                m_sincePrune += result.count;
                if (m_sincePrune >= RequestLogMaintenance::PruneEvery) {
                    m_sincePrune = 0;
                    QString ignored; // retention retries at the next round
                    RequestLogMaintenance::prune(QSqlDatabase::database(m_connection, false), retention, &ignored);
                }
            }
            bool notify = false;
            {
                QMutexLocker lock(&m_queue->mutex);
                m_queue->writing = 0;
                m_queue->done << result;
                notify = !m_queue->deliveryScheduled;
                m_queue->deliveryScheduled = true;
                if (m_queue->records.isEmpty())
                    m_queue->idle.wakeAll();
            }
            if (notify)
                m_notify();
        }
    }

    void shutdown()
    {
        m_chain.reset();
        m_insert.reset();
        RequestLogSchema::closeConnection(m_connection);
    }

private:
    void commit(const QList<RequestRecord> &group, Group *result)
    {
        QSqlQuery tx(QSqlDatabase::database(m_connection, false));
        if (!m_insert) {
            result->error = QStringLiteral("the request log writer is not connected");
            return;
        }
        if (!tx.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            result->error = tx.lastError().text();
            return;
        }
        QString error;
        for (const RequestRecord &r : group) {
            qint64 id = 0;
            if (!RequestLogSchema::insertRow(*m_insert, r, &id, &error) || !m_chain->extend(id, r, &error))
                break;
            if (result->firstId == 0)
                result->firstId = id;
            else if (id != result->lastId + 1) {
                // committed() promises consecutive ids; one writer holding the write lock always gets them.
                error = QStringLiteral("ids of one transaction are not consecutive (%1 after %2)")
                            .arg(QString::number(id), QString::number(result->lastId));
                break;
            }
            result->lastId = id;
        }
        if (error.isEmpty() && !tx.exec(QStringLiteral("COMMIT")))
            error = tx.lastError().text();
        if (!error.isEmpty()) {
            tx.exec(QStringLiteral("ROLLBACK"));
            result->error = error;
            result->firstId = result->lastId = 0;
        }
    }

    QString m_path;
    QString m_connection;
    Queue *m_queue;
    std::function<void()> m_notify;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<RequestLogChain::Writer> m_chain;
    int m_sincePrune = 0;
};

RequestLogWriter::RequestLogWriter()
    : m_queue(std::make_unique<Queue>())
{ }

RequestLogWriter::~RequestLogWriter()
{
    stop();
}

bool RequestLogWriter::start(const QString &path, const QString &connection, std::function<void()> notify,
                             QString *error)
{
    stop();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("request-log-writer"));
    m_committer = new Committer(path, connection, m_queue.get(), std::move(notify));
    m_committer->moveToThread(m_thread);
    m_thread->start();
    // The connection opens here, so a failure shows now rather than at the first commit.
    bool ready = false;
    QMetaObject::invokeMethod(
        m_committer, [&] { ready = m_committer->connect(error); }, Qt::BlockingQueuedConnection);
    return ready;
}

void RequestLogWriter::stop()
{
    if (!m_thread)
        return;
    waitUntilIdle();
    QMetaObject::invokeMethod(
        m_committer, [committer = m_committer] { committer->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_committer;
    delete m_thread;
    m_committer = nullptr;
    m_thread = nullptr;
    QMutexLocker lock(&m_queue->mutex);
    m_queue->drainScheduled = false;
}

quint64 RequestLogWriter::enqueue(const RequestRecord &record, const RequestLogRetention &retention)
{
    quint64 ticket = 0;
    bool schedule = false;
    {
        QMutexLocker lock(&m_queue->mutex);
        ticket = m_queue->nextTaken + quint64(m_queue->records.size());
        m_queue->records << record;
        m_queue->retention = retention;
        schedule = !m_queue->drainScheduled;
        m_queue->drainScheduled = true;
    }
    if (schedule)
        QMetaObject::invokeMethod(
            m_committer, [committer = m_committer] { committer->drain(); }, Qt::QueuedConnection);
    return ticket;
}

void RequestLogWriter::waitUntilIdle()
{
    if (!m_thread)
        return;
    QMutexLocker lock(&m_queue->mutex);
    while (!m_queue->records.isEmpty() || m_queue->writing > 0)
        m_queue->idle.wait(&m_queue->mutex);
}

int RequestLogWriter::unreported() const
{
    QMutexLocker lock(&m_queue->mutex);
    int done = 0;
    for (const Group &group : std::as_const(m_queue->done))
        done += group.count;
    return int(m_queue->records.size()) + m_queue->writing + done;
}

QList<RequestLogWriter::Group> RequestLogWriter::takeDone(int maxGroups, bool *more)
{
    QList<Group> done;
    QMutexLocker lock(&m_queue->mutex);
    *more = maxGroups > 0 && m_queue->done.size() > maxGroups;
    if (!*more) {
        done.swap(m_queue->done);
        m_queue->deliveryScheduled = false;
    } else {
        done = m_queue->done.mid(0, maxGroups);
        m_queue->done.remove(0, maxGroups);
    }
    return done;
}
