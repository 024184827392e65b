#include "throttle.h"

Throttle::Throttle(int intervalMs, std::function<void()> action, QObject *parent)
    : QObject(parent)
    , m_action(std::move(action))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_pending)
            run();
    });
}

void Throttle::request()
{
    if (m_timer.isActive()) {
        m_pending = true;
        return;
    }
    run();
}

void Throttle::flush()
{
    if (m_pending)
        run();
}

void Throttle::run()
{
    m_pending = false;
    m_timer.start(); // before the action: a request from inside it waits for the interval
    m_action();
}
