// The floor for bench_startup: a bare Qt Widgets window (QApplication + a QMainWindow of the console's size
// showing one line of text, so that, like any real window, it loads the style and the fonts), built in the
// same tree with the same flags, carrying the same start-up probe as
// app/main.cpp: with CIO_CONSOLE_STARTUP_PROBE=1 it prints "startup-probe first-paint-ns N" (CLOCK_MONOTONIC)
// once its first paint is done, "startup-probe idle-rss-kb N" (VmRSS) 1 s later, and quits.
#include "startupprobe.h"

#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QMainWindow>
#include <QScreen>
#include <QTimer>

#include <chrono>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    window.setCentralWidget(new QLabel(QStringLiteral("A bare Qt Widgets window"), &window));
    // The console's start size (ui/mainwindow.cpp).
    QSize size(1280, 800);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.95);
    window.resize(size);
    if (qEnvironmentVariableIntValue("CIO_CONSOLE_STARTUP_PROBE") == 1)
        new StartupProbe(&window);
    window.show();
    return app.exec();
}
