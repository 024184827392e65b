#pragma once

// Header-only so that tests/bench/bare_window.cpp measures the bare window with the very same probe.
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

// CIO_CONSOLE_STARTUP_PROBE=1 (tests/bench/bench_startup): once the window's first paint is done, prints
// "startup-probe first-paint-ns N" (N: CLOCK_MONOTONIC, the same clock as the bench's), then after 1 s idle
// "startup-probe idle-rss-kb N" (VmRSS), and quits. tests/bench/bare_window.cpp uses the same probe.
class StartupProbe : public QObject
{
public:
    explicit StartupProbe(QWidget *window)
        : QObject(window)
        , m_window(window)
    {
        qApp->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !watched->isWidgetType()
            || static_cast<QWidget *>(watched)->window() != m_window)
            return false;
        qApp->removeEventFilter(this);
        QTimer::singleShot(0, this, [] {
            const auto now = std::chrono::steady_clock::now().time_since_epoch();
            std::printf("startup-probe first-paint-ns %lld\n", static_cast<long long>(now.count()));
            std::fflush(stdout);
        });
        QTimer::singleShot(1000, this, [] {
            QFile status(QStringLiteral("/proc/self/status"));
            status.open(QIODevice::ReadOnly);
            const QByteArray text = status.readAll();
            const qsizetype at = text.indexOf("VmRSS:");
            std::printf("startup-probe idle-rss-kb %lld\n", text.mid(at + 6).trimmed().split(' ').first().toLongLong());
            std::fflush(stdout);
            QCoreApplication::quit();
        });
        return false;
    }

private:
    QWidget *m_window;
};
