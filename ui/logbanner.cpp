#include "logbanner.h"

#include "consolesession.h"

#include <QLabel>
#include <QPushButton>

LogBanner::LogBanner(ConsoleSession *session, QWidget *parent)
    : Banner(QStringLiteral("logBanner"), QStringLiteral("#fff4e0"), QStringLiteral("#e0b060"), parent)
    , m_session(session)
{
    text()->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text()->setStyleSheet(QStringLiteral("color: #5a3a00;"));
    m_allow = addButton(QStringLiteral("logBannerAllowButton"), tr("Send without logging"),
                        tr("Send test calls although they will not be logged"));
    connect(m_allow, &QPushButton::clicked, this, [this] {
        m_session->allowUnloggedCalls(true);
        update();
    });
    update();
}

void LogBanner::update()
{
    const QString why = m_session->logError();
    setVisible(!why.isEmpty());
    if (why.isEmpty())
        return;
    m_allow->setVisible(!m_session->unloggedCallsAllowed());
    text()->setText(m_session->unloggedCallsAllowed()
                        ? tr("The request log cannot be written (%1). Test calls are sent but not logged.").arg(why)
                        : tr("The request log cannot be written (%1). Test calls are not sent until you choose to "
                             "send them without logging.")
                              .arg(why));
}
