#pragma once

#include "banner.h"

class ConsoleSession;
class QPushButton;

// Shown while the request log cannot be written: says why, and that test calls wait until the admin
// chooses "Send without logging" (ConsoleSession::allowUnloggedCalls()); after that, that calls are sent
// but not logged. Hidden while the log works.
class LogBanner : public Banner
{
    Q_OBJECT

public:
    explicit LogBanner(ConsoleSession *session, QWidget *parent = nullptr);

private:
    void update();

    ConsoleSession *m_session;
    QPushButton *m_allow;
};
