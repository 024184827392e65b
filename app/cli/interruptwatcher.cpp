#include "interruptwatcher.h"

#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

namespace {
int g_interruptPipe[2] = {-1, -1};

void onInterrupt(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(g_interruptPipe[1], &byte, 1);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}
} // namespace

InterruptWatcher::InterruptWatcher(std::function<void()> onInterrupted, QObject *parent)
    : QObject(parent)
{
    if (g_interruptPipe[0] < 0 && ::pipe(g_interruptPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_interruptPipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [notifier, onInterrupted] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_interruptPipe[0], &byte, 1);
        notifier->setEnabled(false);
        onInterrupted();
    });
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}
