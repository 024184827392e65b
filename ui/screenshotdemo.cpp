#include "screenshotdemo.h"

#include "composerpanel.h"
#include "consolesession.h"
#include "logfilterbar.h"
#include "logpane.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QScrollArea>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QWidget>

#include <memory>

ScreenshotDemo::ScreenshotDemo(QWidget *window, ConsoleSession *session, ComposerPanel *composer, LogPane *log,
                               Send send, const QString &path)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_composer(composer)
    , m_log(log)
    , m_send(std::move(send))
    , m_path(path)
{ }

void ScreenshotDemo::start()
{
    QTimer::singleShot(30000, this, &ScreenshotDemo::take);
    const SandboxServer *sandbox = m_session->sandbox();
    if (!m_session->isOnSandbox() || !sandbox) {
        QTimer::singleShot(500, this, &ScreenshotDemo::take);
        return;
    }
    QString euWorkspace;
    for (const SandboxAccount &account : sandbox->accounts()) {
        if (regionFromCode(account.region) == Region::Eu && !account.workspaces.isEmpty())
            euWorkspace = account.workspaces.first().name;
    }
    connect(m_session, &ConsoleSession::regionCheckFinished, this,
            [this, euWorkspace](const QString &name, const RegionInfo &) {
                if (name == euWorkspace && !m_started) {
                    m_started = true;
                    sendCalls();
                }
            });
    if (!m_session->select(euWorkspace))
        QTimer::singleShot(500, this, &ScreenshotDemo::take);
}

void ScreenshotDemo::sendCalls()
{
    const QString person = QStringLiteral("ada@example.com");
    m_composer->setCall(CallKind::Identify, person, {}, QStringLiteral("{\"first_name\": \"Ada\", \"plan\": \"pro\"}"),
                        ComposerPanel::Via::Eu);
    const qint64 identify = m_send();
    m_composer->setCall(CallKind::Event, person, QStringLiteral("purchased"),
                        QStringLiteral("{\n  \"plan\": \"pro\",\n  \"amount\": 49\n}"), ComposerPanel::Via::Us);
    const qint64 event = m_send();
    m_pending = (identify != 0) + (event != 0);
    // Finished calls carry the store's id; the event's row is selected once both are in.
    connect(m_session, &ConsoleSession::callFinished, this, [this](const RequestRecord &record) {
        if (record.call != CallKind::Identify && record.call != CallKind::Event)
            return;
        if (record.call == CallKind::Event)
            m_eventId = record.id;
        if (--m_pending == 0) {
            const QString filter = qEnvironmentVariable("CIO_SCREENSHOT_LOG_FILTER");
            if (!filter.isEmpty()) {
                m_log->filterBar()->textEdit()->setText(filter);
                m_log->setSizes(
                    {m_log->width() / 2, m_log->width() - m_log->width() / 2}); // the inspector is the subject
                m_log->filterBar()->clearFocus();
                QTimer::singleShot(LogFilterBar::textDelayMs + 100, this, [this] {
                    m_log->selectCall(m_eventId);
                    QTimer::singleShot(400, this, &ScreenshotDemo::take);
                });
                return;
            }
            m_log->selectCall(m_eventId);
            QTimer::singleShot(400, this, &ScreenshotDemo::take);
        }
    });
}

void ScreenshotDemo::take()
{
    if (m_taken)
        return;
    m_taken = true;
    // CIO_SCREENSHOT_SHOW=OBJECTNAME: the scroll areas holding that widget scroll to it (a panel's lower part).
    const QString show = qEnvironmentVariable("CIO_SCREENSHOT_SHOW");
    if (auto *widget = show.isEmpty() ? nullptr : m_window->findChild<QWidget *>(show)) {
        for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(parent))
                area->ensureWidgetVisible(widget, 0, 0);
        }
    }
    bool saved = m_window->grab().save(m_path, "PNG");
    if (saved && qEnvironmentVariableIsSet("CIO_SCREENSHOT_LOG_FILTER")) {
        // The selected call's whole detail, as the pane would show it 640 px wide: FILE-detail.png.
        if (const auto *detail = m_log->findChild<QTextEdit *>(QStringLiteral("requestDetail"))) {
            std::unique_ptr<QTextDocument> document(detail->document()->clone());
            document->setTextWidth(640);
            QImage image(660, int(document->size().height()) + 20, QImage::Format_RGB32);
            image.fill(detail->palette().color(QPalette::Base));
            QPainter painter(&image);
            painter.translate(10, 10);
            document->drawContents(&painter);
            painter.end();
            QString path = m_path;
            path.insert(path.endsWith(QLatin1String(".png")) ? path.size() - 4 : path.size(),
                        QStringLiteral("-detail"));
            saved = image.save(path, "PNG");
        }
    }
    if (!saved)
        qWarning("Could not write the screenshot to %s", qPrintable(m_path));
    QCoreApplication::exit(saved ? 0 : 1);
}
