#pragma once

#include "fleetcheck.h"

#include <QDialog>

class ConsoleSession;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class Throttle;

// Workspace › Check all workspaces: checks every listed workspace's region (FleetCheck) with a progress bar
// and Cancel, lists each result as it comes, then the summary (per region, failures, disagreements within an
// account). The results are remembered on the workspaces (the region panel and the list follow) and the
// checks land in the request log, where the residency report reads them.
class FleetCheckDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FleetCheckDialog(ConsoleSession *session, QWidget *parent = nullptr);

    FleetCheck *check() const { return m_check; }
    // Starts the check (the Start button).
    void start();

private:
    void addResult(const FleetCheck::Result &result);
    // The results and progress received since the last time, shown (at most every 50 ms while a check runs).
    void showReceived();
    void showSummary(const FleetCheck::Summary &summary);

    ConsoleSession *m_session;
    FleetCheck *m_check;
    QSpinBox *m_concurrency;
    QPushButton *m_startButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QTableWidget *m_table;
    QLabel *m_summary;
    Throttle *m_refresh;
    QList<FleetCheck::Result> m_received; // not in the table yet
    int m_done = 0;
    int m_total = 0;
};
