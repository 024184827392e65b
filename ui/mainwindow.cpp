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
const QString SplitterNames[] = {QStringLiteral("mainSplitter"), QStringLiteral("topSplitter"),
                                 QStringLiteral("bottomSplitter")};

} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QApplication::applicationDisplayName());

    ConsoleSession::Options sessionOptions;
    sessionOptions.settingsPath = options.settingsPath;
    sessionOptions.logPath = options.logPath;
    sessionOptions.credentialStore = options.credentialStore;
    sessionOptions.endpoints = options.endpoints;
    m_session = new ConsoleSession(sessionOptions, this);
    m_flows = new WorkspaceFlows(m_session, this);
    connect(m_flows, &WorkspaceFlows::statusMessage, this, &MainWindow::showStatus);
    connect(m_flows, &WorkspaceFlows::errorMessage, this, &MainWindow::showError);

    buildActions();
    buildLayout();
    buildMenus();
    connectSession();
    if (!m_session->logError().isEmpty()) {
        m_logStatus->setText(tr("Request log not saved: %1").arg(m_session->logError()));
        m_logStatus->setToolTip(
            tr("The request log database could not be opened; calls are listed for this session only."));
        m_logStatus->show();
    }
    if (!m_session->endpointError().isEmpty()) {
        showError(tr("The endpoint file named by CIO_CONSOLE_ENDPOINTS is invalid: %1. Configured workspaces "
                     "cannot be checked or used until it is fixed; the sandbox still works.")
                      .arg(m_session->endpointError()));
    }

    const bool openOnSandbox = m_session->repository()->list().isEmpty() || options.startOnSandbox;
    const bool deferred = openOnSandbox && options.startSandboxAfterFirstPaint;
    if (deferred) {
        showStatus(tr("Starting the sandbox…"));
        callAfterFirstPaint(this, [this] {
            if (!m_session->isOnSandbox())
                enterSandbox();
        });
    } else if (openOnSandbox) {
        enterSandbox();
    }
    if (!m_session->isOnSandbox() && !deferred)
        m_session->showConfigured();
    updateBanners();

    // Within the screen, the screenshot's too: it shows what a first run shows there.
    QSize size(1280, 800);
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (screen)
        size = size.boundedTo(screen->availableSize() * 0.95);
    resize(size);
    // The screenshot shows the window as a first run does.
    if (options.screenshotPath.isEmpty())
        restoreWindowState();

    if (!options.screenshotPath.isEmpty()) {
        auto *demo = new ScreenshotDemo(
            this, m_session, m_composer, m_logPane, [this] { return sendComposedCall(); }, options.screenshotPath);
        QTimer::singleShot(0, demo, &ScreenshotDemo::start);
    }
}

MainWindow::~MainWindow()
{
    saveWindowState();
    // Views and dialogs go before the session they show: no answer reaches a view being torn down.
    const QList<QDialog *> dialogs = findChildren<QDialog *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(dialogs);
    m_sandboxMenu->setServer(nullptr);
    delete takeCentralWidget();
    delete m_session;
    m_session = nullptr;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    m_composer->saveLastComposition();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreWindowState()
{
    if (const QByteArray geometry = m_session->settings()->value(QStringLiteral("window/geometry")).toByteArray();
        !geometry.isEmpty()) {
        restoreGeometry(geometry);
        // Saved on a larger screen: still within this one.
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            resize(size().boundedTo(screen->availableSize()));
    }
    if (const QByteArray state = m_session->settings()->value(QStringLiteral("window/state")).toByteArray();
        !state.isEmpty())
        restoreState(state);
    for (const QString &name : SplitterNames) {
        const QByteArray state = m_session->settings()->value(QStringLiteral("window/%1").arg(name)).toByteArray();
        auto *splitter = findChild<QSplitter *>(name);
        if (splitter && !state.isEmpty() && splitter->restoreState(state) && name == SplitterNames[0])
            m_splitterSized = true; // showEvent() keeps the restored sizes
    }
}

void MainWindow::saveWindowState()
{
    if (!m_options.screenshotPath.isEmpty() || !m_splitterSized)
        return; // never shown: nothing worth keeping
    m_session->settings()->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_session->settings()->setValue(QStringLiteral("window/state"), saveState());
    for (const QString &name : SplitterNames) {
        if (auto *splitter = findChild<QSplitter *>(name))
            m_session->settings()->setValue(QStringLiteral("window/%1").arg(name), splitter->saveState());
    }
    m_session->settings()->sync();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_splitterSized)
        return;
    m_splitterSized = true;
    KeyboardNavigation::assignMnemonics(this);
    // The panels get the height they ask for (the composer's JSON field its full height), the log the rest;
    // on a low screen the log keeps two fifths, and the panels scroll.
    auto *main = findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    const int available = main->height() - main->handleWidth();
    const int top = std::min(main->widget(0)->sizeHint().height(),
                             available * (available < 400 ? 1 : 3) / (available < 400 ? 2 : 5));
    if (available > top + main->widget(1)->minimumSizeHint().height())
        main->setSizes({top, available - top});
}

// --- construction ------------------------------------------------------------------------------------------

void MainWindow::buildLayout()
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(6, 6, 6, 6);
    outer->setSpacing(6);

    // Sandbox banner: always says that nothing leaves the machine, and offers the real thing.
    auto *sandboxBanner = new Banner(QStringLiteral("sandboxBanner"), StatusColors::BannerKind::Info, this);
    sandboxBanner->text()->setText(
        tr("Sandbox: two demo accounts (US and EU) on this machine; nothing is sent to Customer.io."));
    connect(
        sandboxBanner->addButton(QStringLiteral("bannerAddWorkspaceButton"), tr("Add workspace"), tr("Add workspace")),
        &QPushButton::clicked, this, &MainWindow::openAddWorkspaceDialog);
    connect(
        sandboxBanner->addButton(QStringLiteral("bannerLeaveSandboxButton"), tr("Leave sandbox"), tr("Leave sandbox")),
        &QPushButton::clicked, this, &MainWindow::leaveSandbox);
    m_sandboxBanner = sandboxBanner;
    outer->addWidget(m_sandboxBanner);

    // No workspace and not on the sandbox: offer both ways in.
    auto *emptyBanner = new Banner(QStringLiteral("emptyBanner"), StatusColors::BannerKind::Neutral, this);
    emptyBanner->text()->setText(
        tr("No workspace yet. Add one with its Site ID and Track API key, or try the sandbox first."));
    connect(emptyBanner->addButton(QStringLiteral("emptyAddWorkspaceButton"), tr("Add workspace"), tr("Add workspace")),
            &QPushButton::clicked, this, &MainWindow::openAddWorkspaceDialog);
    connect(
        emptyBanner->addButton(QStringLiteral("emptyTrySandboxButton"), tr("Try the sandbox"), tr("Try the sandbox")),
        &QPushButton::clicked, this, &MainWindow::enterSandbox);
    m_emptyBanner = emptyBanner;
    outer->addWidget(m_emptyBanner);

    auto *errorBanner = new Banner(QStringLiteral("errorBanner"), StatusColors::BannerKind::Error, this);
    m_errorText = errorBanner->text();
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(errorBanner->addButton(QStringLiteral("errorBannerDismissButton"), tr("Dismiss"), tr("Dismiss the error")),
            &QPushButton::clicked, errorBanner, &QWidget::hide);
    m_errorBanner = errorBanner;
    m_errorBanner->hide();
    outer->addWidget(m_errorBanner);
    outer->addWidget(new LogBanner(m_session, this));

    // Left: workspaces.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *workspacesTitle = new QLabel(tr("Workspaces"), left);
    QFont titleFont = workspacesTitle->font();
    titleFont.setBold(true);
    workspacesTitle->setFont(titleFont);
    leftLayout->addWidget(workspacesTitle);
    m_workspaceList = new WorkspaceList(m_session, left);
    leftLayout->addWidget(m_workspaceList, 1);
    workspacesTitle->setBuddy(m_workspaceList);

    // Top: workspaces, then the selected one's region and the composer. Bottom, across the whole width so
    // that every column of the log stays readable: the log and the selected call's detail.
    m_regionPanel = new RegionPanel(this);
    m_regionPanel->follow(m_session);
    m_composer = new ComposerPanel(this);
    connect(m_composer, &ComposerPanel::sendRequested, this, [this] { sendComposedCall(); });
    connect(m_composer, &ComposerPanel::cancelRequested, m_session, &ConsoleSession::cancelSending);
    m_composer->setSettings(m_session->settings());
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(QStringLiteral("topSplitter"));
    top->setChildrenCollapsible(false);
    top->addWidget(left);
    top->addWidget(m_regionPanel);
    top->addWidget(m_composer);
    top->setStretchFactor(0, 0);
    top->setStretchFactor(1, 1);
    top->setStretchFactor(2, 1);
    top->setSizes({210, 535, 535});

    m_logPane = new LogPane(m_session, this);
    connect(m_logPane, &LogPane::openInComposer, m_composer, &ComposerPanel::setComposition);
    connect(m_logPane, &LogPane::statusMessage, this, &MainWindow::showStatus);
    connect(m_logPane, &LogPane::errorMessage, this, &MainWindow::showError);
    connect(m_logPane, &LogPane::exportFinished, this, &MainWindow::exportFinished);

    auto *main = new QSplitter(Qt::Vertical, this);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->setChildrenCollapsible(false);
    main->addWidget(top);
    main->addWidget(m_logPane);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 1);
    outer->addWidget(main, 1);
    setCentralWidget(central);

    m_faultStatus = new QLabel(this);
    m_faultStatus->setObjectName(QStringLiteral("sandboxFaultStatus"));
    m_faultStatus->setAccessibleName(tr("Sandbox faults in force"));
    m_faultStatus->setStyleSheet(StatusColors::textStyle(StatusColors::Tone::Warning, palette()));
    m_faultStatus->hide();
    statusBar()->addPermanentWidget(m_faultStatus);
    m_logStatus = new QLabel(this);
    m_logStatus->setObjectName(QStringLiteral("logStatus"));
    m_logStatus->setAccessibleName(tr("Request log storage"));
    m_logStatus->setStyleSheet(StatusColors::textStyle(StatusColors::Tone::Error, palette()));
    m_logStatus->hide();
    statusBar()->addPermanentWidget(m_logStatus);
    m_announcer = new Announcer(this);
    m_announcer->follow(m_session);
    statusBar()->addPermanentWidget(m_announcer);
    m_keys = new KeyboardNavigation(this);
    m_keys->setPanes({m_workspaceList, m_regionPanel, m_composer,
                      m_logPane->findChild<QWidget *>(QStringLiteral("requestLogView")),
                      m_logPane->findChild<QWidget *>(QStringLiteral("requestDetail"))});
    m_keys->setSearchField(m_logPane->findChild<QWidget *>(QStringLiteral("logSearchEdit")));
    m_keys->setComposer(m_composer);
    m_endpointStatus = new QLabel(this);
    m_endpointStatus->setObjectName(QStringLiteral("endpointStatus"));
    statusBar()->addPermanentWidget(m_endpointStatus);
}

// --- the session -------------------------------------------------------------------------------------------

void MainWindow::connectSession()
{
    ConsoleSession *s = m_session;
    connect(s, &ConsoleSession::sandboxChanged, this, &MainWindow::onSandboxChanged);
    connect(s, &ConsoleSession::workspacesChanged, this, &MainWindow::onWorkspacesChanged);
    connect(s, &ConsoleSession::currentWorkspaceChanged, this, &MainWindow::onCurrentWorkspaceChanged);
    connect(s, &ConsoleSession::credentialsChanged, m_composer,
            [this](bool available, const QString &why) { m_composer->setCredentialsAvailable(available, why); });
    connect(s, &ConsoleSession::regionCheckFinished, this, &MainWindow::onRegionCheckFinished);
    connect(s, &ConsoleSession::routeChanged, this, [this](const Workspace &w) {
        m_composer->setWorkspace(&w, m_session->activeEndpoints());
        m_composer->setRegionVerified(m_session->isRegionVerified(w.name));
    });
    connect(s, &ConsoleSession::sendingChanged, m_composer, &ComposerPanel::setSending);
    connect(s, &ConsoleSession::burstStarted, m_composer, &ComposerPanel::attachBurst);
    connect(s, &ConsoleSession::callFinished, this, &MainWindow::callFinished);
    connect(s, &ConsoleSession::callFinished, m_composer, [this](const RequestRecord &record) {
        if (record.call != CallKind::Region && record.call != CallKind::AppKeyCheck)
            m_composer->showCallResult(record);
    });
    connect(s, &ConsoleSession::statusMessage, this, &MainWindow::showStatus);
    connect(s, &ConsoleSession::errorMessage, this, &MainWindow::showError);
    // A Pipelines call's key is read first: its row is selected once it is sent, a refusal is said.
    connect(s, &ConsoleSession::pipelinesCallStarted, this,
            [this](qint64, qint64 live, const PipelinesRegion &) { m_logPane->selectCall(live); });
    connect(s, &ConsoleSession::pipelinesCallRefused, this,
            [this](qint64, const PipelinesRefusal &refusal) { showError(refusal.message); });
}

void MainWindow::onSandboxChanged(bool onSandbox)
{
    m_sandboxMenu->setServer(onSandbox ? m_session->sandbox() : nullptr);
    m_sandboxMenu->menuAction()->setVisible(onSandbox);
    m_faultButtonAction->setVisible(onSandbox);
    if (!onSandbox)
        m_faultStatus->hide();
    updateBanners();
    Q_EMIT sandboxChanged(onSandbox);
}

void MainWindow::onWorkspacesChanged()
{
    m_logPane->fitColumns();
    m_logPane->updateFilterChoices();
    updateBanners();
}

void MainWindow::onCurrentWorkspaceChanged()
{
    updateActions();
    const std::optional<Workspace> workspace = m_session->currentWorkspace();
    m_composer->setPipelinesSources(workspace ? workspace->pipelinesSourceNames() : QStringList());
    if (!workspace) {
        m_composer->setWorkspace(nullptr);
        m_composer->setCredentialsAvailable(false, tr("Select a workspace to send calls."));
        return;
    }
    m_composer->setWorkspace(&*workspace, m_session->activeEndpoints());
    m_composer->setRegionVerified(m_session->isRegionVerified(workspace->name));
}

void MainWindow::onRegionCheckFinished(const QString &name, const RegionInfo &info)
{
    const std::optional<Workspace> current = m_session->currentWorkspace();
    if (current && current->name == name) {
        const EndpointTable *endpoints = m_session->activeEndpoints();
        if (!info.ok || !endpoints)
            m_composer->setRegionVerified(false);
        else
            m_composer->setWorkspace(&*current, endpoints);
    }
    Q_EMIT regionCheckFinished(name, info);
}

qint64 MainWindow::sendComposedCall()
{
    const std::optional<Workspace> workspace = m_session->currentWorkspace();
    if (workspace && m_composer->isPipelines()) {
        QStringList problems;
        const TrackCall call = m_composer->composedCall(&problems);
        if (problems.isEmpty() && !m_composer->pipelinesSource().isEmpty())
            m_session->sendPipelines(workspace->name, m_composer->pipelinesSource(), call,
                                     m_composer->pipelinesStrictMode());
        return 0; // its live id comes with pipelinesCallStarted()
    }
    if (!workspace || !m_session->hasCredentials())
        return 0;
    QStringList problems;
    const TrackCall call = m_composer->composedCall(&problems);
    if (!problems.isEmpty())
        return 0;
    // Null while no host is chosen (the region is not verified and "Workspace route" is selected).
    const std::optional<Region> via = m_composer->target();
    if (!via)
        return 0;
    if (m_composer->burstCount() > 1) {
        m_session->sendBurst(call, *via, m_composer->burstCount(), m_composer->burstRate());
        return 0;
    }
    const qint64 live = m_session->send(call, *via);
    if (live != 0)
        m_logPane->selectCall(live);
    return live;
}

// --- the admin's requests ----------------------------------------------------------------------------------

void MainWindow::enterSandbox()
{
    QString error;
    if (!m_session->isOnSandbox() && !m_session->enterSandbox(&error))
        showError(tr("The sandbox could not start: %1").arg(error));
    updateActions();
}

void MainWindow::leaveSandbox()
{
    m_session->leaveSandbox();
    updateActions();
}

AboutInfo MainWindow::aboutInfo() const
{
    return AboutInfo::of(m_session, m_options.logPath);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(aboutInfo(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// --- banners and status ------------------------------------------------------------------------------------

void MainWindow::updateBanners()
{
    const bool onSandbox = m_session->isOnSandbox();
    m_sandboxBanner->setVisible(onSandbox);
    m_emptyBanner->setVisible(!onSandbox && m_session->workspaces().isEmpty());
    if (onSandbox) {
        m_endpointStatus->setText(tr("Endpoints: sandbox on 127.0.0.1"));
    } else if (!m_session->endpointError().isEmpty()) {
        m_endpointStatus->setText(tr("Endpoints: CIO_CONSOLE_ENDPOINTS invalid"));
    } else {
        m_endpointStatus->setText(m_session->configuredEndpoints().isDefault()
                                      ? tr("Endpoints: Customer.io (US and EU)")
                                      : tr("Endpoints: CIO_CONSOLE_ENDPOINTS"));
    }
    // The application display name ("Region Console") is added by Qt after the title.
    setWindowTitle(onSandbox ? tr("Sandbox") : QApplication::applicationDisplayName());
    updateActions();
}

void MainWindow::updateActions()
{
    const bool hasCurrent = m_session->currentWorkspace().has_value();
    m_editAction->setEnabled(hasCurrent);
    m_removeAction->setEnabled(hasCurrent);
    m_recheckAction->setEnabled(hasCurrent);
    m_sandboxAction->setChecked(m_session->isOnSandbox());
    m_sandboxAction->setText(m_session->isOnSandbox() ? tr("Leave sandbox") : tr("Try the sandbox"));
    if (auto *button = findChild<QToolButton *>(QStringLiteral("sandboxButton")))
        button->setAccessibleName(m_sandboxAction->text());
}

void MainWindow::updateFaultStatus(const QString &summary)
{
    m_faultStatus->setText(tr("Sandbox faults: %1").arg(summary));
    m_faultStatus->setVisible(m_session->isOnSandbox() && !summary.isEmpty());
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 8000);
    statusBar()->setToolTip(text); // a long message is cut at the window's edge
}

void MainWindow::showError(const QString &text)
{
    m_errorText->setText(text);
    m_errorBanner->show();
}
