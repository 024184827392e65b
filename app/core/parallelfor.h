#pragma once

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

// Runs work(i) once for every i in [0, count) on idle threads of the global pool (as many as there are
// other cores) and, from finish(), on the calling thread; finish() returns when every call has returned.
// Between the constructor and finish() the calling thread may do other work (read the next batch) while
// the pool works. work must be safe to run on several threads at once (each i touches only its own data).
// Threads the pool cannot give at once are not waited for: the calling thread then does their share, so
// this never waits on a busy pool.
class ParallelFor
{
public:
    ParallelFor(qsizetype count, std::function<void(qsizetype)> work)
        : m_count(count)
        , m_work(std::move(work))
    {
        const int wanted = int(std::min<qsizetype>(QThread::idealThreadCount() - 1, (count + Chunk - 1) / Chunk));
        for (int h = 0; h < wanted; ++h) {
            if (!QThreadPool::globalInstance()->tryStart([this] {
                    run();
                    m_done.release();
                }))
                break;
            ++m_helpers;
        }
    }
    ~ParallelFor() { finish(); }
    ParallelFor(const ParallelFor &) = delete;
    ParallelFor &operator=(const ParallelFor &) = delete;

    void finish()
    {
        run();
        m_done.acquire(m_helpers);
        m_helpers = 0;
    }

private:
    static constexpr qsizetype Chunk = 64;
    void run()
    {
        for (qsizetype begin = m_next.fetch_add(Chunk); begin < m_count; begin = m_next.fetch_add(Chunk)) {
            for (qsizetype i = begin, end = std::min(m_count, begin + Chunk); i < end; ++i)
                m_work(i);
        }
    }

    const qsizetype m_count;
    const std::function<void(qsizetype)> m_work;
    std::atomic<qsizetype> m_next {0};
    QSemaphore m_done;
    int m_helpers = 0;
};

// ParallelFor(count, work).finish(): returns when work(i) has run for every i.
inline void parallelFor(qsizetype count, std::function<void(qsizetype)> work)
{
    ParallelFor(count, std::move(work)).finish();
}

// Items read on the calling thread a batch at a time (read() false: no more), each batch processed on every
// core by work() while the next one is read, then handed in order to consume() on the calling thread (false:
// stop). Returns false when consume() stopped it.
template<typename Item>
bool pipelineBatches(qsizetype batchSize, const std::function<bool(Item *)> &read,
                     const std::function<void(Item &)> &work, const std::function<bool(std::vector<Item> &)> &consume)
{
    std::vector<Item> reading;
    std::vector<Item> inFlight;
    reading.reserve(size_t(batchSize));
    inFlight.reserve(size_t(batchSize));
    std::unique_ptr<ParallelFor> running;
    const auto settle = [&] {
        if (!running)
            return true;
        running->finish();
        running.reset();
        const bool go = consume(inFlight);
        inFlight.clear();
        return go;
    };
    for (bool more = true; more;) {
        Item item;
        while (qsizetype(reading.size()) < batchSize && (more = read(&item))) {
            reading.push_back(std::move(item));
            item = Item();
        }
        if (!settle())
            return false;
        if (reading.empty())
            break;
        inFlight.swap(reading);
        running = std::make_unique<ParallelFor>(qsizetype(inFlight.size()),
                                                [&inFlight, &work](qsizetype i) { work(inFlight[size_t(i)]); });
    }
    return settle();
}
