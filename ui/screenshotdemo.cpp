#include "screenshotdemo.h"

#include "composerpanel.h"
#include "consolesession.h"
#include "logfilterbar.h"
#include "logpane.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QTimer>
#include <QWidget>

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
    const bool saved = m_window->grab().save(m_path, "PNG");
    if (!saved)
        qWarning("Could not write the screenshot to %s", qPrintable(m_path));
    QCoreApplication::exit(saved ? 0 : 1);
}
