#pragma once

#include <QObject>
#include <QString>

#include <functional>

class ComposerPanel;
class ConsoleSession;
class LogPane;
class QWidget;

// `cio-console --screenshot FILE`: on the sandbox, selects the EU demo workspace, sends an identify through
// the EU host and an event through the US host (redirected), selects the event's row, saves the window as a
// PNG and ends the program (exit 0, or 1 when the file could not be written). Off the sandbox it only takes
// the picture. Whatever happens, the picture is taken within 30 s. With CIO_SCREENSHOT_LOG_FILTER set, its
// text is typed into the log's search box first (e.g. `status:2xx,3xx -method:GET pro`: chips, highlight)
// and the detail pane gets half the log's width; the selected call's whole detail is also saved as
// FILE-detail.png.
class ScreenshotDemo : public QObject
{
    Q_OBJECT

public:
    using Send = std::function<qint64()>; // sends the composed call; its log id, 0 when nothing was sent

    ScreenshotDemo(QWidget *window, ConsoleSession *session, ComposerPanel *composer, LogPane *log, Send send,
                   const QString &path);
    void start();

private:
    void sendCalls();
    void take();

    QWidget *m_window;
    ConsoleSession *m_session;
    ComposerPanel *m_composer;
    LogPane *m_log;
    Send m_send;
    QString m_path;
    bool m_started = false;
    int m_pending = 0;
    qint64 m_eventId = 0;
    bool m_taken = false;
};
