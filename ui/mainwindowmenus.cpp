// MainWindow: its actions and menus (the rest: mainwindow.cpp).
#include "mainwindow.h"

#include "announcer.h"
#include "appidentity.h"
#include "banner.h"
#include "composerpanel.h"
#include "consolesession.h"
#include "firstpaint.h"
#include "fleetcheckdialog.h"
#include "keyboardnavigation.h"
#include "logbanner.h"
#include "logpane.h"
#include "regionpanel.h"
#include "requestlogmodel.h"
#include "requestlogstore.h"
#include "residencyreportdialog.h"
#include "sandboxmenu.h"
#include "sandboxserver.h"
#include "screenshotdemo.h"
#include "statuscolors.h"
#include "workspaceflows.h"
#include "workspacelist.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
void nameWidget(QWidget *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
}
} // namespace

void MainWindow::buildActions()
{
    m_addAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add workspace"), this);
    m_addAction->setObjectName(QStringLiteral("addWorkspaceAction"));
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setToolTip(tr("Add a workspace with its Site ID and Track API key (kept in the system keychain)"));
    connect(m_addAction, &QAction::triggered, this, &MainWindow::openAddWorkspaceDialog);

    m_editAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Edit workspace…"), this);
    m_editAction->setObjectName(QStringLiteral("editWorkspaceAction"));
    m_editAction->setToolTip(tr("Change the selected workspace's name, Site ID or account, or replace its keys"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::openEditWorkspaceDialog);

    m_removeAction = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove workspace"), this);
    m_removeAction->setObjectName(QStringLiteral("removeWorkspaceAction"));
    m_removeAction->setToolTip(tr("Remove the selected workspace and its keychain entries"));
    m_removeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeCurrentWorkspace);

    m_recheckAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Re-check region"), this);
    m_recheckAction->setObjectName(QStringLiteral("recheckRegionAction"));
    m_recheckAction->setShortcut(QKeySequence::Refresh);
    m_recheckAction->setToolTip(tr("Ask Customer.io again which region the selected workspace's account is in"));
    connect(m_recheckAction, &QAction::triggered, this, &MainWindow::recheckRegion);

    m_sandboxAction =
        new QAction(QIcon::fromTheme(QStringLiteral("applications-science")), tr("Try the sandbox"), this);
    m_sandboxAction->setObjectName(QStringLiteral("sandboxAction"));
    m_sandboxAction->setCheckable(true);
    m_sandboxAction->setToolTip(tr("A built-in Customer.io stand-in on this machine with a US and an EU demo account"));
    // triggered, not toggled: setChecked() from code must not re-enter.
    connect(m_sandboxAction, &QAction::triggered, this, [this](bool checked) {
        if (checked)
            enterSandbox();
        else
            leaveSandbox();
    });

    m_aboutAction = new QAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("About Region Console"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_addAction);
    toolbar->addAction(m_editAction);
    toolbar->addAction(m_removeAction);
    toolbar->addSeparator();
    toolbar->addAction(m_recheckAction);
    toolbar->addSeparator();
    toolbar->addAction(m_sandboxAction);
    // On the sandbox: the hosts' faults, one click away.
    m_sandboxMenu = new SandboxMenu(this);
    auto *faults = new QToolButton(toolbar);
    faults->setText(tr("Faults"));
    faults->setIcon(QIcon::fromTheme(QStringLiteral("dialog-warning")));
    faults->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    faults->setToolTip(tr("Make a sandbox host misbehave: delays, hangs, resets, 5xx, 429, bad bodies, redirects"));
    faults->setPopupMode(QToolButton::InstantPopup);
    faults->setMenu(m_sandboxMenu);
    nameWidget(faults, QStringLiteral("sandboxFaultsButton"), tr("Sandbox faults"));
    m_faultButtonAction = toolbar->addWidget(faults);
    m_faultButtonAction->setVisible(false);
    for (QAction *action : {m_addAction, m_editAction, m_removeAction, m_recheckAction, m_sandboxAction}) {
        if (QWidget *button = toolbar->widgetForAction(action)) {
            QString name = action->objectName();
            name.replace(QStringLiteral("Action"), QStringLiteral("Button"));
            nameWidget(button, name, action->text());
        }
    }
}

void MainWindow::buildMenus()
{
    QMenu *workspace = menuBar()->addMenu(tr("&Workspace"));
    workspace->setObjectName(QStringLiteral("workspaceMenu"));
    workspace->addAction(m_addAction);
    workspace->addAction(m_editAction);
    workspace->addAction(m_removeAction);
    workspace->addAction(m_recheckAction);
    QAction *checkAll = workspace->addAction(tr("Check &all workspaces…"));
    checkAll->setObjectName(QStringLiteral("checkAllWorkspacesAction"));
    connect(checkAll, &QAction::triggered, this, [this] {
        auto *dialog = new FleetCheckDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    workspace->addSeparator();
    workspace->addAction(m_sandboxAction);
    workspace->addSeparator();
    QAction *quit = workspace->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *log = menuBar()->addMenu(tr("&Log"));
    log->setObjectName(QStringLiteral("logMenu"));
    log->setToolTipsVisible(true);
    log->addAction(m_logPane->copyCurlAction());
    log->addSeparator();
    log->addAction(m_logPane->exportSelectedAction());
    log->addAction(m_logPane->exportMatchingHarAction());
    log->addAction(m_logPane->exportMatchingJsonlAction());
    log->addSeparator();
    QAction *report = log->addAction(tr("&Residency report…"));
    report->setObjectName(QStringLiteral("residencyReportAction"));
    connect(report, &QAction::triggered, this, [this] {
        auto *dialog = new ResidencyReportDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    log->addSeparator();
    log->addAction(m_logPane->clearLogAction());

    menuBar()->addMenu(m_sandboxMenu);
    m_sandboxMenu->menuAction()->setVisible(m_session->isOnSandbox());
    m_sandboxMenu->addSeparator();
    auto *examples = m_sandboxMenu->addAction(tr("Add mismatch examples"));
    examples->setObjectName(QStringLiteral("sandboxMismatchExamplesAction"));
    examples->setToolTip(tr("Adds an EU workspace on the US route, one with an App API key of the other "
                            "region, and a US workspace filed under the EU account, to see each diagnosis"));
    connect(examples, &QAction::triggered, m_session, &ConsoleSession::addMismatchExamples);
    connect(m_sandboxMenu, &SandboxMenu::faultsChanged, this, &MainWindow::updateFaultStatus);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_keys->shortcutsAction());
    help->addAction(m_aboutAction);
}
