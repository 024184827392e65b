#pragma once

#include <QObject>

#include <functional>

// Calls a function once, from the event loop, on the first SIGINT or SIGTERM; a second signal ends the
// process as usual. One watcher at a time (it takes over the two signals' handlers).
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    InterruptWatcher(std::function<void()> onInterrupted, QObject *parent = nullptr);
};
