#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

// Runs an action at once when it has not run within the last intervalMs, else once at the end of that
// interval, however often it was asked meanwhile. A view following a burst of changes (the results of a
// fleet check, several a millisecond) then redraws a few times a second instead of once a change, and
// the event loop stays free; a single change still shows at once.
class Throttle : public QObject
{
    Q_OBJECT

public:
    Throttle(int intervalMs, std::function<void()> action, QObject *parent);

    // Runs the action now, or at the end of the current interval if it ran within it.
    void request();
    // Runs the action now if a request is waiting (the burst is over: show its end without waiting).
    void flush();
    bool isPending() const { return m_pending; }

private:
    void run();

    QTimer m_timer;
    std::function<void()> m_action;
    bool m_pending = false;
};
