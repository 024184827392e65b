#include "burststatus.h"

#include "statuscolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

BurstStatus::BurstStatus(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("burstRow"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("burstProgress"));
    m_progress->setAccessibleName(tr("Burst progress"));
    m_progress->setFormat(tr("%v of %m"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("burstStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("burstCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the burst"));
    m_retry = new QPushButton(tr("Retry failed"), this);
    m_retry->setObjectName(QStringLiteral("burstRetryButton"));
    m_retry->setAccessibleName(tr("Send the failed calls of the burst again"));
    m_retry->setToolTip(tr("Send the failed calls again. A failed call may have been processed, so this "
                           "can create duplicates."));
    m_progress->setMinimumWidth(m_progress->fontMetrics().horizontalAdvance(tr("%1 of %2").arg(10000).arg(10000)) + 40);
    m_progress->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    layout->addWidget(m_progress);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_cancel);
    layout->addWidget(m_retry);
    hide();

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_burst)
            m_burst->cancel();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_burst && !m_burst->isRunning())
            m_burst->retryFailed();
    });
}

void BurstStatus::attach(BurstSender *burst)
{
    if (m_burst == burst)
        return;
    if (m_burst)
        disconnect(m_burst, nullptr, this, nullptr);
    m_burst = burst;
    if (!burst)
        return;
    connect(burst, &BurstSender::progress, this, [this](int done, int total) {
        show();
        m_progress->show();
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_cancel->show();
        m_retry->hide();
        if (done == 0)
            m_status->setText(tr("Sending %n call(s)…", nullptr, total));
        m_busy = true;
        Q_EMIT busyChanged(true);
    });
    connect(burst, &BurstSender::rateLimited, this, [this](int index, qint64 waitMs, double rate) {
        m_status->setStyleSheet(StatusColors::textStyle(StatusColors::Tone::Warning, palette()));
        m_status->setText(
            tr("Rate limited (429) on call %1: waiting %2 s, then %3 calls per second")
                .arg(QString::number(index + 1), QString::number(waitMs / 1000.0), QString::number(rate)));
    });
    // Recovering after 429s: the rate in force, as it climbs back.
    connect(burst, &BurstSender::rateChanged, this, [this, last = burst->currentRate()](double rate) mutable {
        const bool up = rate > last;
        last = rate;
        if (!up)
            return; // the 429's own line says the lower rate
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Calls succeed again: now %1 calls per second").arg(QLocale().toString(rate)));
    });
    connect(burst, &BurstSender::finished, this, [this](const BurstSender::Summary &summary) {
        showSummary(summary);
        m_busy = false;
        Q_EMIT busyChanged(false);
    });
}

void BurstStatus::showCall(const QString &text, bool ok)
{
    if (m_busy)
        return;
    show();
    m_progress->hide();
    m_cancel->hide();
    m_retry->hide();
    m_status->setStyleSheet(ok ? QString() : StatusColors::textStyle(StatusColors::Tone::Error, palette()));
    m_status->setText(text);
}

void BurstStatus::showSummary(const BurstSender::Summary &s)
{
    show();
    m_cancel->hide();
    m_progress->hide();
    QString text = tr("%1 of %2 succeeded").arg(QString::number(s.succeeded), QString::number(s.requested));
    if (s.failed > 0)
        text += tr(", %n failed (not re-sent)", nullptr, s.failed);
    if (s.notSent > 0)
        text += tr(", %n not sent (cancelled)", nullptr, s.notSent);
    if (s.rateLimitedAnswers > 0)
        text += tr(", %n rate-limited answer(s), waited %1 s", nullptr, s.rateLimitedAnswers)
                    .arg(QString::number(s.waitedMs / 1000.0));
    if (s.rateLimitedAnswers > 0)
        text += tr(", ending at %1 calls per second").arg(QLocale().toString(s.finalRate));
    text += tr(" in %1 s.").arg(QString::number(s.elapsedMs / 1000.0, 'f', 1));
    m_status->setStyleSheet(s.allSucceeded()
                                ? QString()
                                : StatusColors::textStyle(
                                    s.failed > 0 ? StatusColors::Tone::Error : StatusColors::Tone::Warning, palette()));
    m_status->setText(text);
    m_retry->setVisible(s.failed > 0);
}
