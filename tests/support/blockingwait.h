#pragma once

// Waiting for another thread's work without turning this thread's event loop, so that nothing queued
// for this thread (a signal of that work) is delivered meanwhile: for a test that needs the work done
// before this thread hears of it. Everywhere else wait on the event loop (QTRY_*, QSignalSpy::wait).
#include <QDeadlineTimer>
#include <QThread>

namespace TestSupport {

// Looks at condition until it holds, giving the CPU up between looks; false when timeoutMs passed first.
template<typename Condition> bool waitWithoutEventLoop(Condition condition, int timeoutMs = 10000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QThread::yieldCurrentThread();
    }
    return true;
}

} // namespace TestSupport
