// The floor for bench_startup: a bare Qt Widgets window (QApplication + a QMainWindow of the console's size
// showing one line of text, so that, like any real window, it loads the style and the fonts), built in the
// same tree with the same flags, carrying the same start-up probe as
// app/main.cpp: with CIO_CONSOLE_STARTUP_PROBE=1 it prints "startup-probe first-paint-ns N" (CLOCK_MONOTONIC)
// once its first paint is done, "startup-probe idle-rss-kb N" (VmRSS) 1 s later, and quits.
#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QMainWindow>
#include <QScreen>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace {

// Same code as StartupProbe in app/main.cpp.
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

} // namespace

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
