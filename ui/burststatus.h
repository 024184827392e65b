#pragma once

#include "burstsender.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// A burst's progress, its 429 waits and then its summary, with Cancel while it runs and "Retry failed"
// after it (failed calls are never re-sent otherwise). Hidden until a burst starts.
class BurstStatus : public QWidget
{
    Q_OBJECT

public:
    explicit BurstStatus(QWidget *parent = nullptr);

    // Follows `burst` (not owned; null: none). Cancel and Retry failed act on it.
    void attach(BurstSender *burst);
    // A single call's outcome (one line; ok: succeeded), replacing the last burst's summary. Ignored while
    // a burst runs.
    void showCall(const QString &text, bool ok);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // True from the burst's first progress on, false once it finished.
    void busyChanged(bool busy);

private:
    void showSummary(const BurstSender::Summary &summary);

    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPointer<BurstSender> m_burst;
    bool m_busy = false;
};
