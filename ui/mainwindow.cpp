#include "mainwindow.h"

#include "appidentity.h"
#include "burstsender.h"
#include "calltemplates.h"
#include "composerpanel.h"
#include "delegates.h"
#include "keychaincredentialstore.h"
#include "logexportfile.h"
#include "logfilterbar.h"
#include "memorycredentialstore.h"
#include "regionbadge.h"
#include "regionpanel.h"
#include "requestdetail.h"
#include "requestlogmodel.h"
#include "requestlogproxy.h"
#include "requestlogstore.h"
#include "requestlogview.h"
#include "requestrecorder.h"
#include "sandboxmenu.h"
#include "sandboxserver.h"
#include "workspacedialog.h"
#include "workspaceedit.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTextEdit>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// TrackClient numbers its calls per client, and the window runs two (configured and sandbox) whose calls
// may be in flight together: a call's row in the log, until the store gives it an id, is keyed by both.
qint64 liveId(int clientSerial, qint64 recordId)
{
    return (qint64(clientSerial) << 32) | recordId;
}

RequestRecord withLiveId(int clientSerial, const RequestRecord &record)
{
    RequestRecord row = record;
    row.id = liveId(clientSerial, record.id);
    return row;
}

const QString SplitterNames[] = {QStringLiteral("mainSplitter"), QStringLiteral("topSplitter"),
                                 QStringLiteral("bottomSplitter")};

void ignoreResult(const CredentialResult &) { }

void nameWidget(QWidget *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
}
} // namespace

namespace {
// Runs fn once, from the event loop, right after the window's first paint.
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, std::function<void()> fn)
        : QObject(window)
        , m_window(window)
        , m_fn(std::move(fn))
    {
        qApp->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                m_fn();
                deleteLater();
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    std::function<void()> m_fn;
};

void callAfterFirstPaint(QWidget *window, std::function<void()> fn)
{
    new FirstPaintWatcher(window, std::move(fn));
}
} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QApplication::applicationDisplayName());

    m_settings = options.settingsPath.isEmpty()
        ? std::make_unique<QSettings>(AppIdentity::settingsPath(), QSettings::IniFormat)
        : std::make_unique<QSettings>(options.settingsPath, QSettings::IniFormat);
    m_repository = std::make_unique<WorkspaceRepository>(m_settings.get());
    m_keychain =
        options.credentialStore ? options.credentialStore : new KeychainCredentialStore(AppIdentity::id(), 15000, this);
    m_sessionStore = new MemoryCredentialStore(this);

    if (options.endpoints) {
        m_endpoints = *options.endpoints;
    } else {
        QString error;
        if (!EndpointTable::fromEnvironment(&m_endpoints, &error))
            m_endpointError = error;
    }

    // The request log (issue 7): every call goes through the recorder (see makeClient()), which stores the
    // finished ones; the model shows them and polls for the calls the CLI appends. Without the database,
    // calls are listed for this session only.
    m_logStore = new RequestLogStore(this);
    if (!m_logStore->open(options.logPath.isEmpty() ? RequestLogStore::defaultPath() : options.logPath))
        m_logError = m_logStore->errorString();
    m_log = new RequestLogModel(new RequestRecorder(m_logStore, m_logStore), 5000, this);
    m_log->setPollInterval(1000);
    // A burst's rows are shown together, once a frame: the table is laid out and painted once a frame.
    m_log->setUpdateInterval(RequestLogView::ModelUpdateIntervalMs);
    // A call's end is shown once its row is final: over the store, once committed (a kill -9 after this
    // loses nothing shown). Then Send is available again and callFinished() carries the store's id.
    connect(m_log, &RequestLogModel::committed, this, [this](qint64 live, const RequestRecord &record, bool) {
        m_inFlight.remove(live);
        if (m_composerCalls.remove(live) && m_composerCalls.isEmpty())
            m_composer->setSending(false);
        Q_EMIT callFinished(record);
    });
    buildActions();
    buildLayout();
    buildMenus();
    if (!m_logError.isEmpty()) {
        m_logStatus->setText(tr("Request log not saved: %1").arg(m_logError));
        m_logStatus->setToolTip(
            tr("The request log database could not be opened; calls are listed for this session only."));
        m_logStatus->show();
    }

    if (m_endpointError.isEmpty()) {
        m_realClient = makeClient(m_endpoints);
    } else {
        showError(tr("The endpoint file named by CIO_CONSOLE_ENDPOINTS is invalid: %1. Configured workspaces "
                     "cannot be checked or used until it is fixed; the sandbox still works.")
                      .arg(m_endpointError));
    }

    const QList<Workspace> configured = m_repository->list();
    const bool openOnSandbox = configured.isEmpty() || options.startOnSandbox;
    if (openOnSandbox && options.startSandboxAfterFirstPaint) {
        showStatus(tr("Starting the sandbox…"));
        callAfterFirstPaint(this, [this] {
            if (!m_onSandbox)
                enterSandbox();
        });
    } else if (openOnSandbox) {
        enterSandbox();
    }
    if (!m_onSandbox && !(openOnSandbox && options.startSandboxAfterFirstPaint)) {
        const QString last = m_settings->value(lastWorkspaceKey()).toString();
        const bool listed =
            std::any_of(configured.begin(), configured.end(), [&last](const Workspace &w) { return w.name == last; });
        showWorkspaces(configured, listed ? last : configured.isEmpty() ? QString() : configured.first().name);
    }

    QSize size(1280, 800);
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (screen && options.screenshotPath.isEmpty())
        size = size.boundedTo(screen->availableSize() * 0.95);
    resize(size);
    // The screenshot shows the window as a first run does.
    if (options.screenshotPath.isEmpty())
        restoreWindowState();

    if (!options.screenshotPath.isEmpty())
        QTimer::singleShot(0, this, &MainWindow::runScreenshotDemo);
}

MainWindow::~MainWindow()
{
    saveWindowState();
    for (const QPointer<QThread> &thread : std::as_const(m_exports)) {
        if (!thread)
            continue;
        thread->wait();
        delete thread; // its done() was meant for this window: it will not run
    }
    // Calls that end from here on must not reach a window being torn down; then the model goes before the
    // store it reads.
    for (TrackClient *client : findChildren<TrackClient *>())
        disconnect(client, nullptr, this, nullptr);
    disconnect(m_logView->selectionModel(), nullptr, this, nullptr);
    m_logProxy->setSourceModel(nullptr);
    delete m_log;
    m_log = nullptr;
    delete m_logStore;
    m_logStore = nullptr;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    m_composer->saveLastComposition();
    QMainWindow::closeEvent(event);
}

QString MainWindow::lastWorkspaceKey() const
{
    return QStringLiteral("window/workspace");
}

void MainWindow::restoreWindowState()
{
    if (const QByteArray geometry = m_settings->value(QStringLiteral("window/geometry")).toByteArray();
        !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = m_settings->value(QStringLiteral("window/state")).toByteArray(); !state.isEmpty())
        restoreState(state);
    for (const QString &name : SplitterNames) {
        const QByteArray state = m_settings->value(QStringLiteral("window/%1").arg(name)).toByteArray();
        auto *splitter = findChild<QSplitter *>(name);
        if (splitter && !state.isEmpty() && splitter->restoreState(state) && name == SplitterNames[0])
            m_splitterSized = true; // showEvent() keeps the restored sizes
    }
}

void MainWindow::saveWindowState()
{
    if (!m_options.screenshotPath.isEmpty() || !m_splitterSized)
        return; // never shown: nothing worth keeping
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), saveState());
    for (const QString &name : SplitterNames) {
        if (auto *splitter = findChild<QSplitter *>(name))
            m_settings->setValue(QStringLiteral("window/%1").arg(name), splitter->saveState());
    }
    m_settings->sync();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_splitterSized)
        return;
    m_splitterSized = true;
    // The panels get the height they ask for (the composer's JSON field its full height), the log the rest.
    auto *main = findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    const int top = main->widget(0)->sizeHint().height();
    const int available = main->height() - main->handleWidth();
    if (available > top + main->widget(1)->minimumSizeHint().height())
        main->setSizes({top, available - top});
}

// --- construction ------------------------------------------------------------------------------------------

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
    connect(m_editAction, &QAction::triggered, this, &MainWindow::openEditWorkspaceDialog);

    m_removeAction = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove workspace"), this);
    m_removeAction->setObjectName(QStringLiteral("removeWorkspaceAction"));
    m_removeAction->setToolTip(tr("Remove the selected workspace and its keychain entries"));
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

    m_exportSelectedAction = new QAction(tr("Export selected as HAR…"), this);
    m_exportSelectedAction->setObjectName(QStringLiteral("exportSelectedHarAction"));
    m_exportSelectedAction->setToolTip(tr("Save the selected calls as a HAR file (opens in a browser's devtools)"));
    connect(m_exportSelectedAction, &QAction::triggered, this, [this] { chooseExportFile(ExportKind::SelectedHar); });

    m_exportHarAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Export matching as HAR…"), this);
    m_exportHarAction->setObjectName(QStringLiteral("exportMatchingHarAction"));
    m_exportHarAction->setToolTip(tr("Save every stored call that matches the log's filters as a HAR file"));
    connect(m_exportHarAction, &QAction::triggered, this, [this] { chooseExportFile(ExportKind::MatchingHar); });

    m_exportJsonlAction = new QAction(tr("Export matching as JSONL…"), this);
    m_exportJsonlAction->setObjectName(QStringLiteral("exportMatchingJsonlAction"));
    m_exportJsonlAction->setToolTip(
        tr("Save every stored call that matches the log's filters, one JSON object a line"));
    connect(m_exportJsonlAction, &QAction::triggered, this, [this] { chooseExportFile(ExportKind::MatchingJsonl); });

    m_copyCurlAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy as curl"), this);
    m_copyCurlAction->setObjectName(QStringLiteral("copyCurlAction"));
    m_copyCurlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCurlAction->setToolTip(
        tr("Copy a curl command repeating the selected call; the key is read from $CIO_TRACK_API_KEY"));
    connect(m_copyCurlAction, &QAction::triggered, this, &MainWindow::copySelectedAsCurl);

    m_clearLogAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-clear-all")), tr("Clear log…"), this);
    m_clearLogAction->setObjectName(QStringLiteral("clearLogAction"));
    m_clearLogAction->setToolTip(tr("Delete every call in the request log, the command line's included"));
    connect(m_clearLogAction, &QAction::triggered, this, &MainWindow::clearLog);

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
    log->addAction(m_copyCurlAction);
    log->addSeparator();
    log->addAction(m_exportSelectedAction);
    log->addAction(m_exportHarAction);
    log->addAction(m_exportJsonlAction);
    log->addSeparator();
    log->addAction(m_clearLogAction);

    menuBar()->addMenu(m_sandboxMenu);
    m_sandboxMenu->menuAction()->setVisible(m_onSandbox);
    m_sandboxMenu->addSeparator();
    auto *examples = m_sandboxMenu->addAction(tr("Add mismatch examples"));
    examples->setObjectName(QStringLiteral("sandboxMismatchExamplesAction"));
    examples->setToolTip(tr("Adds an EU workspace on the US route, one with an App API key of the other "
                            "region, and a US workspace filed under the EU account, to see each diagnosis"));
    connect(examples, &QAction::triggered, this, &MainWindow::addMismatchExamples);
    connect(m_sandboxMenu, &SandboxMenu::faultsChanged, this, &MainWindow::updateFaultStatus);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
}

QFrame *MainWindow::makeBanner(const QString &objectName)
{
    auto *banner = new QFrame(this);
    banner->setObjectName(objectName);
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(banner);
    layout->setContentsMargins(10, 6, 10, 6);
    return banner;
}

void MainWindow::buildLayout()
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(6, 6, 6, 6);
    outer->setSpacing(6);

    // Sandbox banner: always says that nothing leaves the machine, and offers the real thing.
    m_sandboxBanner = makeBanner(QStringLiteral("sandboxBanner"));
    m_sandboxBanner->setStyleSheet(
        QStringLiteral("#sandboxBanner { background: #e8f1fb; border: 1px solid #9cc0e8; }"));
    {
        auto *layout = static_cast<QHBoxLayout *>(m_sandboxBanner->layout());
        auto *text =
            new QLabel(tr("Sandbox: two demo accounts (US and EU) on this machine; nothing is sent to Customer.io."),
                       m_sandboxBanner);
        text->setObjectName(QStringLiteral("sandboxBannerText"));
        text->setWordWrap(true);
        layout->addWidget(text, 1);
        auto *add = new QPushButton(tr("Add workspace"), m_sandboxBanner);
        nameWidget(add, QStringLiteral("bannerAddWorkspaceButton"), tr("Add workspace"));
        connect(add, &QPushButton::clicked, this, &MainWindow::openAddWorkspaceDialog);
        layout->addWidget(add);
        auto *leave = new QPushButton(tr("Leave sandbox"), m_sandboxBanner);
        nameWidget(leave, QStringLiteral("bannerLeaveSandboxButton"), tr("Leave sandbox"));
        connect(leave, &QPushButton::clicked, this, &MainWindow::leaveSandbox);
        layout->addWidget(leave);
    }
    outer->addWidget(m_sandboxBanner);

    // No workspace and not on the sandbox: offer both ways in.
    m_emptyBanner = makeBanner(QStringLiteral("emptyBanner"));
    m_emptyBanner->setStyleSheet(QStringLiteral("#emptyBanner { background: #f3f3f3; border: 1px solid #c8c8c8; }"));
    {
        auto *layout = static_cast<QHBoxLayout *>(m_emptyBanner->layout());
        auto *text = new QLabel(tr("No workspace yet. Add one with its Site ID and Track API key, or try the "
                                   "sandbox first."),
                                m_emptyBanner);
        text->setObjectName(QStringLiteral("emptyBannerText"));
        text->setWordWrap(true);
        layout->addWidget(text, 1);
        auto *add = new QPushButton(tr("Add workspace"), m_emptyBanner);
        nameWidget(add, QStringLiteral("emptyAddWorkspaceButton"), tr("Add workspace"));
        connect(add, &QPushButton::clicked, this, &MainWindow::openAddWorkspaceDialog);
        layout->addWidget(add);
        auto *sandbox = new QPushButton(tr("Try the sandbox"), m_emptyBanner);
        nameWidget(sandbox, QStringLiteral("emptyTrySandboxButton"), tr("Try the sandbox"));
        connect(sandbox, &QPushButton::clicked, this, &MainWindow::enterSandbox);
        layout->addWidget(sandbox);
    }
    outer->addWidget(m_emptyBanner);

    m_errorBanner = makeBanner(QStringLiteral("errorBanner"));
    m_errorBanner->setStyleSheet(QStringLiteral("#errorBanner { background: #fde8e8; border: 1px solid #e0a0a0; }"));
    {
        auto *layout = static_cast<QHBoxLayout *>(m_errorBanner->layout());
        m_errorText = new QLabel(m_errorBanner);
        m_errorText->setObjectName(QStringLiteral("errorBannerText"));
        m_errorText->setWordWrap(true);
        m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_errorText->setStyleSheet(QStringLiteral("color: #8a1010;"));
        layout->addWidget(m_errorText, 1);
        auto *dismiss = new QPushButton(tr("Dismiss"), m_errorBanner);
        nameWidget(dismiss, QStringLiteral("errorBannerDismissButton"), tr("Dismiss the error"));
        connect(dismiss, &QPushButton::clicked, m_errorBanner, &QWidget::hide);
        layout->addWidget(dismiss);
    }
    m_errorBanner->hide();
    outer->addWidget(m_errorBanner);

    // Left: workspaces.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *workspacesTitle = new QLabel(tr("Workspaces"), left);
    QFont titleFont = workspacesTitle->font();
    titleFont.setBold(true);
    workspacesTitle->setFont(titleFont);
    leftLayout->addWidget(workspacesTitle);
    m_workspaceList = new QListWidget(left);
    nameWidget(m_workspaceList, QStringLiteral("workspaceList"), tr("Workspaces"));
    m_workspaceList->setItemDelegate(new WorkspaceItemDelegate(m_workspaceList));
    m_workspaceList->setUniformItemSizes(true);
    connect(m_workspaceList, &QListWidget::currentRowChanged, this, &MainWindow::onCurrentWorkspaceChanged);
    leftLayout->addWidget(m_workspaceList, 1);
    workspacesTitle->setBuddy(m_workspaceList);

    // Top: workspaces, then the selected one's region and the composer. Bottom, across the whole width so
    // that every column of the log stays readable: the log and the selected call's detail.
    m_regionPanel = new RegionPanel(this);
    connect(m_regionPanel, &RegionPanel::routeChangeRequested, this, &MainWindow::changeRoute);
    connect(m_regionPanel, &RegionPanel::appKeyCheckRequested, this, &MainWindow::checkAppKey);
    // A call that arrived through the US host changes the diagnosis of its workspace.
    connect(this, &MainWindow::callFinished, this, [this](const RequestRecord &record) {
        const std::optional<Workspace> current = currentWorkspace();
        if (current && current->name == record.workspace && record.call != CallKind::Region)
            updateDiagnoses();
    });
    m_composer = new ComposerPanel(this);
    connect(m_composer, &ComposerPanel::sendRequested, this, [this] { sendComposedCall(); });
    m_composer->setSettings(m_settings.get());
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

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->setObjectName(QStringLiteral("bottomSplitter"));
    bottom->setChildrenCollapsible(false);
    buildLog(bottom);

    auto *main = new QSplitter(Qt::Vertical, this);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->setChildrenCollapsible(false);
    main->addWidget(top);
    main->addWidget(bottom);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 1);
    outer->addWidget(main, 1);
    setCentralWidget(central);

    m_faultStatus = new QLabel(this);
    m_faultStatus->setObjectName(QStringLiteral("sandboxFaultStatus"));
    m_faultStatus->setAccessibleName(tr("Sandbox faults in force"));
    m_faultStatus->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_faultStatus->hide();
    statusBar()->addPermanentWidget(m_faultStatus);
    m_logStatus = new QLabel(this);
    m_logStatus->setObjectName(QStringLiteral("logStatus"));
    m_logStatus->setAccessibleName(tr("Request log storage"));
    m_logStatus->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_logStatus->hide();
    statusBar()->addPermanentWidget(m_logStatus);
    m_endpointStatus = new QLabel(this);
    m_endpointStatus->setObjectName(QStringLiteral("endpointStatus"));
    statusBar()->addPermanentWidget(m_endpointStatus);
}

void MainWindow::buildLog(QWidget *parent)
{
    auto *splitter = static_cast<QSplitter *>(parent);

    auto *logPane = new QWidget(splitter);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Request log"), logPane);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    header->addWidget(title);
    header->addSpacing(8);
    // Filters run in the model (in SQL over the stored log); calls keep arriving while one is set.
    m_logFilterBar = new LogFilterBar(logPane);
    connect(m_logFilterBar, &LogFilterBar::filterChanged, this, [this](const RequestLogFilter &filter) {
        m_log->setFilter(filter);
        if (!m_log->errorString().isEmpty())
            showStatus(tr("Request log: %1").arg(m_log->errorString()));
    });
    header->addWidget(m_logFilterBar, 1);
    auto *exportButton = new QToolButton(logPane);
    exportButton->setText(tr("Export"));
    exportButton->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->setObjectName(QStringLiteral("exportLogMenu"));
    exportMenu->setToolTipsVisible(true);
    exportMenu->addAction(m_exportSelectedAction);
    exportMenu->addAction(m_exportHarAction);
    exportMenu->addAction(m_exportJsonlAction);
    exportMenu->addSeparator();
    exportMenu->addAction(m_copyCurlAction);
    exportButton->setMenu(exportMenu);
    nameWidget(exportButton, QStringLiteral("exportLogButton"), tr("Export the request log"));
    header->addWidget(exportButton);
    auto *clear = new QPushButton(tr("Clear log…"), logPane);
    nameWidget(clear, QStringLiteral("clearLogButton"), tr("Clear the request log"));
    clear->setToolTip(m_clearLogAction->toolTip());
    connect(clear, &QPushButton::clicked, this, &MainWindow::clearLog);
    header->addWidget(clear);
    logLayout->addLayout(header);

    // Sorting only: filters are the model's (see above).
    m_logProxy = new RequestLogProxy(this);
    m_logProxy->setObjectName(QStringLiteral("requestLogProxy"));
    m_logProxy->setSourceModel(m_log);

    m_logView = new RequestLogView(logPane);
    nameWidget(m_logView, QStringLiteral("requestLogView"), tr("Request log"));
    m_logView->setModel(m_logProxy);
    // Right-click a call: copy it as curl, export the selection.
    m_logView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_logView->addAction(m_copyCurlAction);
    m_logView->addAction(m_exportSelectedAction);
    logLayout->addWidget(m_logView, 1);
    splitter->addWidget(logPane);

    auto *detailPane = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *detailTitle = new QLabel(tr("Selected call"), detailPane);
    detailTitle->setFont(titleFont);
    detailTitle->setMinimumHeight(m_logFilterBar->sizeHint().height());
    detailLayout->addWidget(detailTitle);
    m_detail = new QTextEdit(detailPane);
    nameWidget(m_detail, QStringLiteral("requestDetail"), tr("Details of the selected call"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QTextEdit::WidgetWidth);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_detail->setFont(fixed);
    m_detail->document()->setDefaultFont(fixed);
    m_detail->setPlaceholderText(tr("Select a call in the log to see its hops, headers and bodies."));
    detailLayout->addWidget(m_detail, 1);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({970, 300});

    connect(m_logView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showLogDetail);
    connect(m_logView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateLogActions);
    connect(m_logProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateLogActions);
    connect(m_logProxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateLogActions);
    updateLogActions();
    connect(m_log, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_logProxy->mapToSource(m_logView->currentIndex());
                if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
                    showLogDetail();
            });
    connect(m_log, &QAbstractItemModel::modelReset, this, &MainWindow::showLogDetail);
}

void MainWindow::fitLogColumns()
{
    QHeaderView *columns = m_logView->horizontalHeader();
    const QFontMetrics fm(m_logView->font());
    QFont boldFont = m_logView->font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    // The delegate's text margins and the grid line, with a little air.
    const int padding = 2 * (m_logView->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_logView) + 1) + 4;
    // A header needs its title; only the sorted column also needs room for the sort indicator (see the
    // sortIndicatorChanged connection in buildLog()).
    const QFontMetrics headerMetrics(columns->font());
    const int headerMargin = 2 * columns->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, columns) + 4;
    const auto fit = [&](int column, int contentWidth) {
        const int header = column == columns->sortIndicatorSection()
            ? columns->sectionSizeHint(column)
            : headerMetrics.horizontalAdvance(m_log->headerData(column, Qt::Horizontal).toString()) + headerMargin;
        columns->resizeSection(column, qMax(header, contentWidth + padding));
    };
    const auto widest = [](const QFontMetrics &metrics, const QStringList &samples) {
        int width = 0;
        for (const QString &sample : samples)
            width = qMax(width, metrics.horizontalAdvance(sample));
        return width;
    };

    fit(RequestLogModel::Time, fm.horizontalAdvance(QStringLiteral("00:00:00.000")));
    QStringList names;
    for (const Workspace &w : std::as_const(m_workspaces))
        names << w.name;
    fit(RequestLogModel::Workspace, qMin(widest(fm, names), fm.averageCharWidth() * 18));
    QStringList calls;
    for (CallKind kind : allCallKinds())
        calls << callName(kind);
    fit(RequestLogModel::Call, widest(fm, calls));
    fit(RequestLogModel::Method, widest(fm, {QStringLiteral("DELETE"), QStringLiteral("POST")}));

    // The hosts of the endpoint table in use: the only ones calls are sent to and answered by.
    const EndpointTable fallback;
    const EndpointTable *endpoints = activeEndpoints() ? activeEndpoints() : &fallback;
    const QStringList hosts {EndpointTable::hostLabel(endpoints->trackUrl(Region::Us)),
                             EndpointTable::hostLabel(endpoints->trackUrl(Region::Eu))};
    fit(RequestLogModel::SentTo, widest(fm, hosts));
    // RequestLogDelegate paints the region badge, a gap, then the host.
    fit(RequestLogModel::HandledBy, RegionBadge::sizeHint(m_logView->font()).width() + 13 + widest(fm, hosts));
    fit(RequestLogModel::Hops, bold.horizontalAdvance(QStringLiteral("2 ⚠")));

    // Every short outcome in full; longer ones ("too many redirects") are cut at the end, the tooltip
    // and the detail pane have them whole.
    QStringList statuses {QStringLiteral("200")};
    for (RequestRecord::Outcome outcome :
         {RequestRecord::Outcome::Pending, RequestRecord::Outcome::TimedOut, RequestRecord::Outcome::NetworkError}) {
        RequestRecord record;
        record.outcome = outcome;
        statuses << RequestLogModel::statusText(record);
    }
    fit(RequestLogModel::Status, widest(bold, statuses));
    fit(RequestLogModel::Duration, fm.horizontalAdvance(tr("%1 ms").arg(10000)));
    // Body sizes: the widest of bytes, KiB and MiB as the model writes them.
    QStringList sizes;
    for (qint64 bytes : {qint64(1023), qint64(1023) * 1024 + 1000, qint64(1023) * 1024 * 1024 + 1000 * 1024})
        sizes << QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    fit(RequestLogModel::RequestSize, widest(fm, sizes));
    fit(RequestLogModel::ResponseSize, widest(fm, sizes));
}

// --- clients and stores ------------------------------------------------------------------------------------

MainWindow::Client MainWindow::makeClient(const EndpointTable &endpoints)
{
    Client c;
    c.client = new TrackClient(endpoints, this);
    c.detector = new RegionDetector(c.client, c.client);
    c.serial = m_nextClientSerial++;
    const int serial = c.serial;
    // started and finished go to the log's RequestRecorder (with ids unique across clients, see liveId()),
    // the only writer of the log; whatever follows the call's end (Send available again, callFinished())
    // waits for the model's committed() signal.
    connect(c.client, &TrackClient::started, this, [this, serial](const RequestRecord &record) {
        const RequestRecord row = withLiveId(serial, record);
        m_inFlight.insert(row.id);
        m_log->recorder()->record(row);
    });
    connect(c.client, &TrackClient::finished, this,
            [this, serial](const RequestRecord &record) { m_log->recorder()->record(withLiveId(serial, record)); });
    return c;
}

void MainWindow::retireClient(Client &c)
{
    TrackClient *client = c.client;
    c = Client();
    if (!client)
        return;
    // Calls still in flight end as named failures (the sandbox closes their connections); the client goes
    // once the last of them is logged.
    if (client->pendingCount() == 0) {
        client->deleteLater();
        return;
    }
    connect(client, &TrackClient::finished, client, [client] {
        if (client->pendingCount() == 0)
            client->deleteLater();
    });
}

const MainWindow::Client *MainWindow::activeClient() const
{
    const Client &c = m_onSandbox ? m_sandboxClient : m_realClient;
    return c.client ? &c : nullptr;
}

const EndpointTable *MainWindow::activeEndpoints() const
{
    const Client *c = activeClient();
    return c ? &c->client->endpoints() : nullptr;
}

CredentialStore *MainWindow::storeFor(const Workspace &workspace) const
{
    return workspace.sessionOnly ? static_cast<CredentialStore *>(m_sessionStore) : m_keychain;
}

// --- sandbox -----------------------------------------------------------------------------------------------

void MainWindow::enterSandbox()
{
    if (m_onSandbox) {
        updateActions();
        return;
    }
    auto *server = new SandboxServer(this);
    server->setObjectName(QStringLiteral("sandboxServer"));
    QString error;
    EndpointTable table;
    if (!server->start({0, 0, 0, 0}, &error) || !EndpointTable::fromJson(server->endpointsJson(), &table, &error)) {
        delete server;
        showError(tr("The sandbox could not start: %1").arg(error));
        updateActions();
        return;
    }
    m_sandbox = server;
    m_sandboxClient = makeClient(table);
    m_onSandbox = true;
    m_regionCheckFailed.clear();
    m_sandboxMenu->setServer(server);
    m_sandboxMenu->menuAction()->setVisible(true);
    m_faultButtonAction->setVisible(true);

    QList<Workspace> demo;
    for (const SandboxAccount &account : server->accounts()) {
        for (const SandboxWorkspace &sw : account.workspaces) {
            Workspace w;
            w.name = sw.name;
            w.siteId = sw.siteId;
            w.sessionOnly = true; // region stays Unknown until detected, like any workspace
            m_sessionStore->write(CredentialStore::entryKey(w.name, SecretKind::TrackApiKey), sw.trackApiKey, this,
                                  ignoreResult);
            if (!sw.appApiKeys.isEmpty()) {
                w.hasAppApiKey = true;
                m_sessionStore->write(CredentialStore::entryKey(w.name, SecretKind::AppApiKey), sw.appApiKeys.first(),
                                      this, ignoreResult);
            }
            w.account =
                account.workspaces.isEmpty() ? QString() : tr("%1 account").arg(account.workspaces.first().name);
            demo << w;
        }
    }
    showWorkspaces(demo, demo.isEmpty() ? QString() : demo.first().name);
    // On the sandbox every demo workspace's region is asked at once (it is local), so the list shows each
    // badge and the mismatch cases can compare with each other.
    for (const Workspace &w : std::as_const(demo)) {
        if (currentWorkspace() && currentWorkspace()->name == w.name)
            continue;
        detectInBackground(w);
    }
    showStatus(tr("Sandbox started on 127.0.0.1 (Track US %1, Track EU %2).")
                   .arg(server->port(SandboxServer::Host::TrackUs))
                   .arg(server->port(SandboxServer::Host::TrackEu)));
    Q_EMIT sandboxChanged(true);
}

void MainWindow::leaveSandbox()
{
    switchToConfigured(QString());
}

void MainWindow::switchToConfigured(const QString &select)
{
    if (!m_onSandbox) {
        updateActions();
        return;
    }
    m_onSandbox = false;
    ++m_selectionSerial; // answers for sandbox workspaces no longer apply
    for (const Workspace &w : std::as_const(m_workspaces)) {
        if (w.sessionOnly) {
            m_sessionStore->remove(CredentialStore::entryKey(w.name, SecretKind::TrackApiKey), this, ignoreResult);
            m_sessionStore->remove(CredentialStore::entryKey(w.name, SecretKind::AppApiKey), this, ignoreResult);
        }
    }
    retireClient(m_sandboxClient);
    m_regionCheckFailed.clear();
    m_sandboxMenu->setServer(nullptr);
    m_sandboxMenu->menuAction()->setVisible(false);
    m_faultButtonAction->setVisible(false);
    m_sandbox->stop();
    m_sandbox->deleteLater();
    m_sandbox = nullptr;

    const QList<Workspace> configured = m_repository->list();
    showWorkspaces(configured, !select.isEmpty() ? select : configured.isEmpty() ? QString() : configured.first().name);
    showStatus(tr("Left the sandbox."));
    Q_EMIT sandboxChanged(false);
}

// --- workspaces --------------------------------------------------------------------------------------------

std::optional<Workspace> MainWindow::currentWorkspace() const
{
    const int row = m_workspaceList->currentRow();
    if (row < 0 || row >= m_workspaces.size())
        return std::nullopt;
    return m_workspaces.at(row);
}

bool MainWindow::selectWorkspace(const QString &name)
{
    for (int row = 0; row < m_workspaces.size(); ++row) {
        if (m_workspaces.at(row).name == name) {
            if (m_workspaceList->currentRow() == row)
                recheckRegion();
            else
                m_workspaceList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void MainWindow::addSessionWorkspace(Workspace workspace, const QString &trackApiKey, const QString &appApiKey)
{
    workspace.sessionOnly = true;
    workspace.hasAppApiKey = !appApiKey.isEmpty();
    m_sessionStore->write(CredentialStore::entryKey(workspace.name, SecretKind::TrackApiKey), trackApiKey, this,
                          ignoreResult);
    if (!appApiKey.isEmpty())
        m_sessionStore->write(CredentialStore::entryKey(workspace.name, SecretKind::AppApiKey), appApiKey, this,
                              ignoreResult);
    m_workspaces.append(workspace);
    appendWorkspaceItem(workspace);
    fitLogColumns();
    updateBanners();
}

void MainWindow::showWorkspaces(const QList<Workspace> &workspaces, const QString &select)
{
    {
        const QSignalBlocker blocker(m_workspaceList);
        m_workspaceList->clear();
        m_workspaces.clear();
        int selectRow = -1;
        for (const Workspace &w : workspaces) {
            if (w.name == select)
                selectRow = int(m_workspaces.size());
            m_workspaces.append(w);
            appendWorkspaceItem(w);
        }
        m_workspaceList->setCurrentRow(selectRow);
    }
    fitLogColumns();
    updateFilterChoices();
    updateBanners();
    onCurrentWorkspaceChanged();
}

void MainWindow::appendWorkspaceItem(const Workspace &workspace)
{
    auto *item = new QListWidgetItem(workspace.name, m_workspaceList);
    item->setData(WorkspaceRoles::SiteIdRole, workspace.siteId);
    item->setData(WorkspaceRoles::SessionOnlyRole, workspace.sessionOnly);
    refreshWorkspaceItem(workspace);
}

void MainWindow::refreshWorkspaceItem(const Workspace &workspace)
{
    for (int row = 0; row < m_workspaceList->count(); ++row) {
        QListWidgetItem *item = m_workspaceList->item(row);
        if (item->text() != workspace.name)
            continue;
        // After a failed check the stored region is only what was last seen: the badge reads "?", and the
        // texts say so instead of naming the old region as the current one.
        const auto failed = m_regionCheckFailed.constFind(workspace.name);
        const bool verified = failed == m_regionCheckFailed.cend();
        item->setData(WorkspaceRoles::RegionRole, int(verified ? workspace.region : Region::Unknown));
        item->setData(WorkspaceRoles::LastSeenRegionRole, int(workspace.region));
        item->setData(WorkspaceRoles::CheckFailedRole, !verified);
        QString region;
        if (!verified && workspace.region != Region::Unknown)
            region = tr("not verified now (last seen %1)").arg(regionDisplayName(workspace.region));
        else if (workspace.region == Region::Unknown)
            region = tr("region not verified");
        else
            region = regionDisplayName(workspace.region);
        item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(workspace.name, region));
        QString tip = tr("%1\nSite ID %2\nRegion: %3").arg(workspace.name, workspace.siteId, region);
        if (!verified)
            tip += u'\n' + tr("Last check failed: %1").arg(*failed);
        item->setToolTip(tip);
    }
}

void MainWindow::updateBanners()
{
    m_sandboxBanner->setVisible(m_onSandbox);
    m_emptyBanner->setVisible(!m_onSandbox && m_workspaces.isEmpty());
    if (m_onSandbox) {
        m_endpointStatus->setText(tr("Endpoints: sandbox on 127.0.0.1"));
    } else if (!m_endpointError.isEmpty()) {
        m_endpointStatus->setText(tr("Endpoints: CIO_CONSOLE_ENDPOINTS invalid"));
    } else {
        m_endpointStatus->setText(m_endpoints.isDefault() ? tr("Endpoints: Customer.io (US and EU)")
                                                          : tr("Endpoints: CIO_CONSOLE_ENDPOINTS"));
    }
    // The application display name ("Region Console") is added by Qt after the title.
    setWindowTitle(m_onSandbox ? tr("Sandbox") : QApplication::applicationDisplayName());
    updateActions();
}

void MainWindow::updateActions()
{
    const bool hasCurrent = currentWorkspace().has_value();
    m_editAction->setEnabled(hasCurrent);
    m_removeAction->setEnabled(hasCurrent);
    m_recheckAction->setEnabled(hasCurrent);
    m_sandboxAction->setChecked(m_onSandbox);
    m_sandboxAction->setText(m_onSandbox ? tr("Leave sandbox") : tr("Try the sandbox"));
    if (auto *button = findChild<QToolButton *>(QStringLiteral("sandboxButton")))
        button->setAccessibleName(m_sandboxAction->text());
}

void MainWindow::onCurrentWorkspaceChanged()
{
    // A burst belongs to the workspace it was started for: switching stops it (its summary says so).
    if (m_burst && m_burst->isRunning())
        m_burst->cancel();
    ++m_selectionSerial;
    m_credentials.reset();
    updateActions();
    const std::optional<Workspace> workspace = currentWorkspace();
    if (!workspace) {
        m_regionPanel->showEmpty(m_workspaces.isEmpty() ? tr("No workspace yet: add one, or try the sandbox.")
                                                        : tr("Select a workspace to check its region."));
        m_composer->setWorkspace(nullptr);
        m_composer->setCredentialsAvailable(false, tr("Select a workspace to send calls."));
        return;
    }
    m_composer->setWorkspace(&*workspace, activeEndpoints());
    m_composer->setRegionVerified(!m_regionCheckFailed.contains(workspace->name));
    // Only configured workspaces are remembered: sandbox ones are never written to the settings.
    if (!workspace->sessionOnly)
        m_settings->setValue(lastWorkspaceKey(), workspace->name);
    recheckRegion();
}

void MainWindow::recheckRegion()
{
    const std::optional<Workspace> workspace = currentWorkspace();
    if (!workspace)
        return;
    const int serial = ++m_selectionSerial;
    const QString name = workspace->name;
    m_credentials.reset();
    m_regionPanel->showChecking(*workspace);
    m_composer->setCredentialsAvailable(false,
                                        workspace->sessionOnly ? tr("Reading the Track API key…")
                                                               : tr("Reading the Track API key from the keychain…"));

    const auto fail = [this, name](const Workspace &w, const QString &reason) {
        markRegionUnverified(name, reason);
        m_composer->setRegionVerified(false);
        m_regionPanel->showUnknown(w, reason, activeEndpoints());
        RegionInfo info;
        info.error = reason;
        Q_EMIT regionCheckFinished(name, info);
    };

    storeFor(*workspace)
        ->read(CredentialStore::entryKey(name, SecretKind::TrackApiKey), this,
               [this, serial, name, fail](const CredentialResult &result) {
                   const std::optional<Workspace> current = currentWorkspace();
                   if (serial != m_selectionSerial || !current || current->name != name)
                       return;
                   if (!result.ok()) {
                       const QString reason = CredentialStore::describe(result);
                       m_composer->setCredentialsAvailable(false, tr("Track API key unavailable: %1").arg(reason));
                       fail(*current, reason);
                       return;
                   }
                   m_credentials = TrackCredentials {current->siteId, result.secret};
                   const Client *client = activeClient();
                   if (!client) {
                       m_composer->setCredentialsAvailable(false, tr("No usable endpoint table."));
                       fail(*current, tr("the endpoint table is invalid (%1)").arg(m_endpointError));
                       return;
                   }
                   m_composer->setCredentialsAvailable(true);
                   client->detector->detect(*m_credentials, current->firstHopRegion(), name, this,
                                            [this, serial, name](const RegionInfo &info, const RequestRecord &record) {
                                                // The request that failed, as sent: method, URL of the last hop, and
                                                // its answer.
                                                QString failed;
                                                if (!info.ok && !record.hops.isEmpty()) {
                                                    const Hop &hop = record.hops.last();
                                                    failed =
                                                        QStringLiteral("%1 %2 → %3")
                                                            .arg(record.method, hop.url.toString(QUrl::RemoveUserInfo),
                                                                 RequestLogModel::statusText(record));
                                                }
                                                applyDetection(name, info, serial == m_selectionSerial, failed);
                                            });
               });
}

void MainWindow::applyDetection(const QString &name, const RegionInfo &info, bool isCurrent,
                                const QString &failedRequest)
{
    int row = -1;
    for (int i = 0; i < m_workspaces.size(); ++i) {
        if (m_workspaces.at(i).name == name)
            row = i;
    }
    if (row < 0)
        return;
    Workspace &w = m_workspaces[row];
    const EndpointTable *endpoints = activeEndpoints();
    if (!info.ok || !endpoints) {
        // A failed check keeps the stored region as "last seen" only: never read as the region now, and
        // never a silent route to the US.
        markRegionUnverified(name, info.ok ? tr("no usable endpoint table") : info.error);
        if (isCurrent) {
            m_composer->setRegionVerified(false);
            m_regionPanel->showUnknown(w, info.error, endpoints, failedRequest);
            Q_EMIT regionCheckFinished(name, info);
        }
        return;
    }
    m_regionCheckFailed.remove(name);
    // What was learned with other credentials or another region no longer applies.
    if (w.region != info.region)
        m_appKeyProbes.remove(name);
    rememberDetection(&w, info);
    if (!w.sessionOnly && m_repository->find(name))
        m_repository->save(w);
    refreshWorkspaceItem(w);
    m_workspaceList->viewport()->update();
    // A check that finished after the admin moved on still updates the workspace, not the panel (but the
    // selected workspace's diagnosis may compare with it).
    if (!isCurrent) {
        updateDiagnoses();
        return;
    }
    m_composer->setWorkspace(&w, endpoints);
    m_regionPanel->showDetected(w, info, *endpoints);
    if (m_appKeyProbes.contains(name))
        m_regionPanel->showAppKeyProbes(m_appKeyProbes.value(name));
    updateDiagnoses();
    Q_EMIT regionCheckFinished(name, info);
}

void MainWindow::addMismatchExamples()
{
    SandboxServer *server = m_sandbox;
    if (!m_onSandbox || !server)
        return;
    QList<Workspace> demo;
    // The mismatch cases, so that each diagnosis can be seen: an EU workspace on the US route, an App API
    // key of the other region, and a US workspace filed under the EU account.
    const auto firstOf = [&server](const QString &region) -> const SandboxWorkspace * {
        for (const SandboxAccount &account : server->accounts()) {
            if (account.region == region && !account.workspaces.isEmpty())
                return &account.workspaces.first();
        }
        return nullptr;
    };
    const SandboxWorkspace *eu = firstOf(QStringLiteral("eu"));
    const SandboxWorkspace *us = firstOf(QStringLiteral("us"));
    if (eu && us) {
        const QString euAccount = tr("%1 account").arg(eu->name);
        const auto add = [&](const QString &name, const SandboxWorkspace &credentials, Route route,
                             const QString &appKey, const QString &accountName) {
            if (std::any_of(m_workspaces.cbegin(), m_workspaces.cend(),
                            [&name](const Workspace &existing) { return existing.name == name; }))
                return;
            Workspace w;
            w.name = name;
            w.siteId = credentials.siteId;
            w.route = route;
            w.account = accountName;
            w.sessionOnly = true;
            m_sessionStore->write(CredentialStore::entryKey(name, SecretKind::TrackApiKey), credentials.trackApiKey,
                                  this, ignoreResult);
            if (!appKey.isEmpty()) {
                w.hasAppApiKey = true;
                m_sessionStore->write(CredentialStore::entryKey(name, SecretKind::AppApiKey), appKey, this,
                                      ignoreResult);
            }
            demo << w;
        };
        add(tr("%1 · US route").arg(eu->name), *eu, Route::Us, eu->appApiKeys.value(0), euAccount);
        add(tr("%1 · US App API key").arg(eu->name), *eu, Route::Auto, us->appApiKeys.value(0), euAccount);
        add(tr("%1 · filed under %2").arg(us->name, euAccount), *us, Route::Auto, us->appApiKeys.value(0), euAccount);
    }
    const QString select = demo.isEmpty() ? QString() : demo.first().name;
    QList<Workspace> all = m_workspaces;
    all << demo;
    showWorkspaces(all, currentWorkspace() ? currentWorkspace()->name : select);
    for (const Workspace &w : std::as_const(demo))
        detectInBackground(w);
    if (!demo.isEmpty())
        showStatus(tr("Added %n mismatch example(s) to the sandbox's workspaces.", nullptr, int(demo.size())));
}

void MainWindow::detectInBackground(const Workspace &workspace)
{
    const QString name = workspace.name;
    const QString siteId = workspace.siteId;
    const Region firstHop = workspace.firstHopRegion();
    storeFor(workspace)->read(CredentialStore::entryKey(name, SecretKind::TrackApiKey), this,
                              [this, name, siteId, firstHop](const CredentialResult &result) {
                                  const Client *client = activeClient();
                                  if (!result.ok() || !client)
                                      return;
                                  client->detector->detect(
                                      TrackCredentials {siteId, result.secret}, firstHop, name, this,
                                      [this, name](const RegionInfo &info, const RequestRecord &) {
                                          const std::optional<Workspace> current = currentWorkspace();
                                          // The selected workspace has its own check, with the panel.
                                          if (!current || current->name != name)
                                              applyDetection(name, info, false);
                                      });
                              });
}

bool MainWindow::lastCallPassedUs(const QString &workspace) const
{
    // The newest finished Track call of the workspace in the log (rows are newest first).
    for (int row = 0; row < m_log->rowCount(); ++row) {
        const QModelIndex index = m_log->index(row, 0);
        if (index.data(RequestLogModel::PendingRole).toBool())
            continue;
        const RequestRecord r = m_log->recordAt(row);
        if (r.workspace != workspace || r.call == CallKind::Region || r.call == CallKind::AppKeyCheck
            || r.handledBy.isEmpty())
            continue;
        return passedThroughUs(r);
    }
    return false;
}

void MainWindow::updateDiagnoses()
{
    const std::optional<Workspace> workspace = currentWorkspace();
    if (!workspace || m_regionCheckFailed.contains(workspace->name)) {
        m_regionPanel->setDiagnoses({});
        return;
    }
    DiagnosisInput input;
    input.workspace = *workspace;
    input.others = m_workspaces;
    input.lastCallPassedUs = lastCallPassedUs(workspace->name);
    input.appKeyProbes = m_appKeyProbes.value(workspace->name);
    m_regionPanel->setDiagnoses(diagnose(input));
}

void MainWindow::showSelectedRegion(const Workspace &workspace)
{
    const EndpointTable *endpoints = activeEndpoints();
    if (m_regionCheckFailed.contains(workspace.name) || workspace.region == Region::Unknown || !endpoints) {
        m_regionPanel->showUnknown(workspace, m_regionCheckFailed.value(workspace.name, tr("not checked yet")),
                                   endpoints);
        return;
    }
    RegionInfo info;
    info.ok = true;
    info.region = workspace.region;
    info.environmentId = workspace.environmentId;
    info.verifiedAt = workspace.verifiedAt;
    info.handledBy = workspace.verifiedVia;
    m_regionPanel->showDetected(workspace, info, *endpoints);
    if (m_appKeyProbes.contains(workspace.name))
        m_regionPanel->showAppKeyProbes(m_appKeyProbes.value(workspace.name));
    updateDiagnoses();
}

void MainWindow::changeRoute(Route route)
{
    const std::optional<Workspace> current = currentWorkspace();
    if (!current)
        return;
    for (Workspace &w : m_workspaces) {
        if (w.name != current->name)
            continue;
        w.route = route;
        if (!w.sessionOnly && m_repository->find(w.name))
            m_repository->save(w);
        m_composer->setWorkspace(&w, activeEndpoints());
        m_composer->setRegionVerified(!m_regionCheckFailed.contains(w.name));
        showSelectedRegion(w);
        showStatus(tr("Route of \"%1\": %2.").arg(w.name, routeCode(route)));
        return;
    }
}

void MainWindow::checkAppKey(bool alsoOtherRegion)
{
    const std::optional<Workspace> workspace = currentWorkspace();
    const Client *client = activeClient();
    if (!workspace || !client || !m_credentials || workspace->region == Region::Unknown)
        return;
    const QString name = workspace->name;
    const Region region = workspace->region;
    const int serial = m_selectionSerial;
    m_regionPanel->showAppKeyChecking();
    storeFor(*workspace)
        ->read(CredentialStore::entryKey(name, SecretKind::AppApiKey), this,
               [this, name, region, serial, alsoOtherRegion](const CredentialResult &result) {
                   if (serial != m_selectionSerial)
                       return;
                   const Client *client = activeClient();
                   if (!result.ok() || !client || !m_credentials) {
                       m_regionPanel->setAppKeyCheckAvailable(
                           true,
                           result.ok() ? tr("No usable endpoint table.")
                                       : tr("App API key unavailable: %1").arg(CredentialStore::describe(result)));
                       return;
                   }
                   TrackClient::Options options;
                   options.workspace = name;
                   options.accountRegion = region;
                   options.appApiKey = result.secret;
                   checkAppApiKey(client->client, *m_credentials, options, alsoOtherRegion, this,
                                  [this, name, serial](const QList<AppKeyProbe> &probes) {
                                      m_appKeyProbes.insert(name, probes);
                                      if (serial != m_selectionSerial)
                                          return;
                                      m_regionPanel->showAppKeyProbes(probes);
                                      updateDiagnoses();
                                  });
               });
}

void MainWindow::openAddWorkspaceDialog()
{
    QStringList names;
    const QList<Workspace> configured = m_repository->list();
    for (const Workspace &w : configured)
        names << w.name;
    if (!m_onSandbox) {
        for (const Workspace &w : std::as_const(m_workspaces))
            names << w.name; // session-only ones too
    }
    auto *dialog = new WorkspaceDialog(names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WorkspaceDialog::submitted, this, [this, dialog] { submitWorkspace(dialog); });
    connect(dialog, &WorkspaceDialog::sessionOnlyRequested, this, [this, dialog] { useWorkspaceForSession(dialog); });
    dialog->open();
}

void MainWindow::submitWorkspace(WorkspaceDialog *dialog)
{
    const WorkspaceDraft draft = dialog->draft();
    // Checked with Customer.io before anything is stored, like `workspace add`: the region call answers on
    // either host. Without a usable endpoint table the workspace is added unchecked.
    if (!m_realClient.client) {
        storeNewWorkspace(dialog, draft,
                          tr("the credentials were not checked (no usable endpoint table); the region is unknown "
                             "until a check succeeds"));
        return;
    }
    dialog->setBusy(tr("Checking the Site ID and Track API key with Customer.io…"));
    m_realClient.detector->detect(
        {draft.workspace.siteId, draft.trackApiKey}, Region::Us, draft.workspace.name, dialog,
        [this, dialog, draft](const RegionInfo &info, const RequestRecord &record) {
            WorkspaceDraft checked = draft;
            QString warning;
            if (info.ok) {
                rememberDetection(&checked.workspace, info);
            } else if (record.status == 401) {
                dialog->showRejected(info.error);
                return;
            } else {
                warning = tr("the credentials could not be checked (%1); the region is unknown until a check "
                             "succeeds")
                              .arg(info.error);
            }
            storeNewWorkspace(dialog, checked, warning);
        });
}

void MainWindow::storeNewWorkspace(WorkspaceDialog *dialog, const WorkspaceDraft &draft, const QString &warning)
{
    const Workspace workspace = draft.workspace;
    const QString trackEntry = CredentialStore::entryKey(workspace.name, SecretKind::TrackApiKey);
    const QString appEntry = CredentialStore::entryKey(workspace.name, SecretKind::AppApiKey);
    const QString appKey = draft.appApiKey;
    dialog->setBusy(tr("Saving the key to the system keychain…"));
    // A keychain that is missing, locked or refuses: the admin may keep the keys for this session instead.
    const auto offerSession = [](const CredentialResult &result) {
        return result.error == CredentialResult::Error::Unavailable
            || result.error == CredentialResult::Error::AccessDenied
            || result.error == CredentialResult::Error::NotResponding;
    };

    // Callbacks use the dialog as context: it cannot be closed while busy, and if the window goes, they go.
    m_keychain->write(
        trackEntry, draft.trackApiKey, dialog,
        [this, dialog, workspace, trackEntry, appEntry, appKey, warning, offerSession](const CredentialResult &result) {
            if (!result.ok()) {
                dialog->showStoreError(CredentialStore::describe(result), offerSession(result));
                return;
            }
            if (appKey.isEmpty()) {
                finishAddWorkspace(dialog, workspace, warning);
                return;
            }
            m_keychain->write(
                appEntry, appKey, dialog,
                [this, dialog, workspace, trackEntry, warning, offerSession](const CredentialResult &appResult) {
                    if (appResult.ok()) {
                        finishAddWorkspace(dialog, workspace, warning);
                        return;
                    }
                    // Roll back the Track API key so that no half-added workspace is left behind.
                    const QString reason = CredentialStore::describe(appResult);
                    const bool offer = offerSession(appResult);
                    m_keychain->remove(trackEntry, dialog,
                                       [dialog, reason, trackEntry, offer](const CredentialResult &undo) {
                                           QString text = reason;
                                           if (!undo.ok() && undo.error != CredentialResult::Error::NotFound)
                                               text += tr("; the keychain entry \"%1\" (service %2) remains and can "
                                                          "be deleted with the system's password manager")
                                                           .arg(trackEntry, AppIdentity::id());
                                           dialog->showStoreError(text, offer);
                                       });
                });
        });
}

void MainWindow::finishAddWorkspace(WorkspaceDialog *dialog, const Workspace &workspace, const QString &warning)
{
    m_repository->save(workspace);
    dialog->finishSaved();
    if (m_onSandbox) {
        switchToConfigured(workspace.name);
    } else {
        m_workspaces.append(workspace);
        appendWorkspaceItem(workspace);
        fitLogColumns();
        updateFilterChoices();
        updateBanners();
        m_workspaceList->setCurrentRow(int(m_workspaces.size()) - 1);
    }
    QString status = workspace.hasAppApiKey
        ? tr("Added workspace \"%1\"; its keys are in the system keychain.").arg(workspace.name)
        : tr("Added workspace \"%1\"; its key is in the system keychain.").arg(workspace.name);
    if (!warning.isEmpty())
        status += u' ' + tr("Warning: %1.").arg(warning);
    showStatus(status);
}

void MainWindow::useWorkspaceForSession(WorkspaceDialog *dialog)
{
    const WorkspaceDraft draft = dialog->draft();
    dialog->finishSaved();
    // Session-only workspaces are listed with the configured ones.
    if (m_onSandbox)
        switchToConfigured(QString());
    addSessionWorkspace(draft.workspace, draft.trackApiKey, draft.appApiKey);
    updateFilterChoices();
    m_workspaceList->setCurrentRow(int(m_workspaces.size()) - 1);
    showStatus(tr("Added workspace \"%1\" for this session only: its keys are in this console's memory and are "
                  "forgotten when it closes.")
                   .arg(draft.workspace.name));
}

void MainWindow::openEditWorkspaceDialog()
{
    const std::optional<Workspace> workspace = currentWorkspace();
    if (!workspace)
        return;
    QStringList others;
    for (const Workspace &w : std::as_const(m_workspaces)) {
        if (w.name != workspace->name)
            others << w.name;
    }
    if (!workspace->sessionOnly) {
        const QList<Workspace> configured = m_repository->list();
        for (const Workspace &w : configured) {
            if (w.name != workspace->name)
                others << w.name;
        }
    }
    auto *dialog = new WorkspaceDialog(*workspace, others, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WorkspaceDialog::submitted, this, [this, dialog] { submitWorkspaceEdit(dialog); });
    dialog->open();
}

void MainWindow::submitWorkspaceEdit(WorkspaceDialog *dialog)
{
    const WorkspaceEdit edit = dialog->edit();
    const bool session = edit.before.sessionOnly;
    const Client *client = activeClient();
    // The editor lives as long as the dialog, which cannot close while it works.
    auto *editor = new WorkspaceEditor(storeFor(edit.before), client ? client->detector : nullptr, dialog);
    connect(editor, &WorkspaceEditor::stepChanged, dialog, [dialog, session](WorkspaceEditor::Step step) {
        switch (step) {
        case WorkspaceEditor::Step::ReadingKeys:
            dialog->setBusy(session ? tr("Reading the current keys…")
                                    : tr("Reading the current keys from the system keychain…"));
            break;
        case WorkspaceEditor::Step::CheckingCredentials:
            dialog->setBusy(tr("Checking the Site ID and Track API key with Customer.io…"));
            break;
        case WorkspaceEditor::Step::SavingKeys:
            dialog->setBusy(session ? tr("Saving the keys for this session…")
                                    : tr("Saving the keys to the system keychain…"));
            break;
        case WorkspaceEditor::Step::RemovingOldEntries:
            dialog->setBusy(tr("Removing the keychain entries the workspace no longer uses…"));
            break;
        }
    });
    dialog->setBusy(tr("Saving the changes…"));
    const bool credentialsChanged = edit.credentialsChanged();
    editor->start(
        edit,
        [this, credentialsChanged](const Workspace &before, const Workspace &after) {
            commitWorkspaceEdit(before, after, credentialsChanged);
        },
        [this, dialog, edit](const WorkspaceEditor::Result &result) {
            switch (result.status) {
            case WorkspaceEditor::Result::Status::Rejected:
                dialog->showRejected(result.error);
                return;
            case WorkspaceEditor::Result::Status::KeychainFailed:
                dialog->showStoreError(result.error);
                return;
            case WorkspaceEditor::Result::Status::Saved:
                break;
            }
            dialog->finishSaved();
            const QString name = result.workspace.name;
            QString status = edit.renamed()
                ? tr("Renamed workspace \"%1\" to \"%2\"; its keys moved with it.").arg(edit.before.name, name)
                : tr("Saved the changes to workspace \"%1\".").arg(name);
            if (!result.warning.isEmpty())
                status += u' ' + tr("Warning: %1.").arg(result.warning);
            showStatus(status);
            if (!result.remaining.isEmpty()) {
                showError(tr("The workspace \"%1\" was saved, but the keychain (service %2) still holds entries it "
                             "no longer uses: %3. Delete them with the system's password manager.")
                              .arg(name, AppIdentity::id(), result.remaining.join(QStringLiteral("; "))));
            }
        });
}

void MainWindow::commitWorkspaceEdit(const Workspace &before, const Workspace &after, bool credentialsChanged)
{
    if (!after.sessionOnly) {
        m_repository->replace(before.name, after);
        CallTemplates(m_settings.get()).renameWorkspace(before.name, after.name);
        if (m_settings->value(lastWorkspaceKey()).toString() == before.name)
            m_settings->setValue(lastWorkspaceKey(), after.name);
    }
    // A failed check belongs to the credentials it was made with.
    const QString failed = m_regionCheckFailed.take(before.name);
    if (!failed.isEmpty() && !credentialsChanged)
        m_regionCheckFailed.insert(after.name, failed);
    QList<Workspace> listed = m_workspaces;
    for (Workspace &w : listed) {
        if (w.name == before.name)
            w = after;
    }
    const std::optional<Workspace> current = currentWorkspace();
    const QString select = !current ? QString() : current->name == before.name ? after.name : current->name;
    // Lists them again and, for the selected one, reads its key and checks its region anew.
    showWorkspaces(listed, select);
}

void MainWindow::removeCurrentWorkspace()
{
    const std::optional<Workspace> workspace = currentWorkspace();
    if (!workspace)
        return;
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("removeWorkspaceConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Remove workspace"));
    box->setText(tr("Remove the workspace \"%1\"?").arg(workspace->name));
    box->setInformativeText(workspace->sessionOnly
                                ? tr("It is a sandbox workspace held for this session only.")
                                : tr("Its keys are deleted from the system keychain. Nothing changes in "
                                     "Customer.io."));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    nameWidget(remove, QStringLiteral("confirmRemoveButton"), tr("Remove"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    nameWidget(cancel, QStringLiteral("cancelRemoveButton"), tr("Cancel"));
    box->setDefaultButton(cancel);
    // The lambda keeps a copy: the dialog may outlive the list entry.
    connect(box, &QMessageBox::finished, this, [this, box, remove, target = *workspace] {
        if (box->clickedButton() == remove)
            removeWorkspaceEntries(target);
    });
    box->open();
}

void MainWindow::removeWorkspaceEntries(const Workspace &workspace)
{
    const auto dropFromList = [this](const QString &name) {
        CallTemplates(m_settings.get()).removeWorkspace(name);
        QList<Workspace> rest = m_workspaces;
        rest.removeIf([&name](const Workspace &w) { return w.name == name; });
        const std::optional<Workspace> current = currentWorkspace();
        const QString keep = current && current->name != name ? current->name
            : rest.isEmpty()                                  ? QString()
                                                              : rest.first().name;
        showWorkspaces(rest, keep);
    };

    if (workspace.sessionOnly) {
        m_sessionStore->remove(CredentialStore::entryKey(workspace.name, SecretKind::TrackApiKey), this, ignoreResult);
        m_sessionStore->remove(CredentialStore::entryKey(workspace.name, SecretKind::AppApiKey), this, ignoreResult);
        dropFromList(workspace.name);
        return;
    }

    // Keychain entries first, metadata last: a workspace whose entries could not all be removed stays
    // listed, so Remove can be tried again, and the message names what remains.
    const QString trackEntry = CredentialStore::entryKey(workspace.name, SecretKind::TrackApiKey);
    const QString appEntry = CredentialStore::entryKey(workspace.name, SecretKind::AppApiKey);
    const auto finish = [this, workspace, dropFromList](const QStringList &remaining) {
        if (!remaining.isEmpty()) {
            showError(tr("The workspace \"%1\" was kept because the keychain (service %2) still holds: %3. "
                         "Try Remove again, or delete the entry with the system's password manager.")
                          .arg(workspace.name, AppIdentity::id(), remaining.join(QStringLiteral("; "))));
            return;
        }
        m_repository->remove(workspace.name);
        if (m_settings->value(lastWorkspaceKey()).toString() == workspace.name) {
            m_settings->remove(lastWorkspaceKey());
            m_settings->sync();
        }
        dropFromList(workspace.name);
        showStatus(tr("Removed workspace \"%1\" and its keychain entries.").arg(workspace.name));
    };
    const auto failed = [](const CredentialResult &result) {
        return !result.ok() && result.error != CredentialResult::Error::NotFound;
    };

    m_keychain->remove(
        trackEntry, this, [this, workspace, trackEntry, appEntry, finish, failed](const CredentialResult &r) {
            QStringList remaining;
            if (failed(r))
                remaining << tr("\"%1\" (%2)").arg(trackEntry, CredentialStore::describe(r));
            if (!workspace.hasAppApiKey) {
                finish(remaining);
                return;
            }
            m_keychain->remove(appEntry, this,
                               [appEntry, finish, failed, remaining](const CredentialResult &r2) mutable {
                                   if (failed(r2))
                                       remaining << QCoreApplication::translate("MainWindow", "\"%1\" (%2)")
                                                        .arg(appEntry, CredentialStore::describe(r2));
                                   finish(remaining);
                               });
        });
}

// --- sending and the log -----------------------------------------------------------------------------------

qint64 MainWindow::sendComposedCall()
{
    const std::optional<Workspace> workspace = currentWorkspace();
    const Client *client = activeClient();
    if (!workspace || !m_credentials || !client)
        return 0;
    QStringList problems;
    const TrackCall call = m_composer->composedCall(&problems);
    if (!problems.isEmpty())
        return 0;
    // Null while no host is chosen (the region is not verified and "Detected region" is selected).
    const std::optional<Region> via = m_composer->target();
    if (!via)
        return 0;
    TrackClient::Options options;
    options.workspace = workspace->name;
    // What the console believes now: a region that is only "last seen" is not asserted.
    options.accountRegion = m_regionCheckFailed.contains(workspace->name) ? Region::Unknown : workspace->region;
    if (m_composer->burstCount() > 1) {
        // A burst: the BurstSender lives with the client it sends through (retired with it).
        if (m_burst && m_burst->isRunning())
            return 0;
        delete m_burst;
        m_burst = new BurstSender(client->client, client->client);
        m_composer->attachBurst(m_burst);
        m_burst->start(call, *m_credentials, *via, options, m_composer->burstCount(), m_composer->burstRate());
        return 0;
    }
    const qint64 live = liveId(client->serial, client->client->send(call, *m_credentials, *via, options));
    // Unless the call already ended inside send(), Send waits for it (no duplicates).
    if (m_inFlight.contains(live)) {
        m_composerCalls.insert(live);
        m_composer->setSending(true);
    }
    selectLogRow(live);
    return live;
}

void MainWindow::selectLogRow(qint64 logId)
{
    m_log->showHeld(); // the call's row may wait for the end of the model's update interval
    for (int row = 0; row < m_log->rowCount(); ++row) {
        if (m_log->index(row, 0).data(RequestLogModel::IdRole).toLongLong() == logId) {
            const QModelIndex index = m_logProxy->mapFromSource(m_log->index(row, 0));
            if (index.isValid()) {
                m_logView->setCurrentIndex(index);
                m_logView->scrollTo(index);
            }
            return;
        }
    }
}

void MainWindow::showLogDetail()
{
    const QModelIndex index = m_logProxy->mapToSource(m_logView->currentIndex());
    if (!index.isValid()) {
        m_detail->clear();
        return;
    }
    m_detail->setHtml(requestDetailHtml(m_log->recordAt(index.row())));
}

void MainWindow::markRegionUnverified(const QString &name, const QString &reason)
{
    m_regionCheckFailed.insert(name, reason);
    for (const Workspace &w : std::as_const(m_workspaces)) {
        if (w.name == name)
            refreshWorkspaceItem(w);
    }
    m_workspaceList->viewport()->update();
}

void MainWindow::updateFilterChoices()
{
    QStringList names;
    for (const Workspace &w : std::as_const(m_workspaces))
        names << w.name;
    m_logFilterBar->setWorkspaces(names);
    QStringList hosts;
    if (const EndpointTable *endpoints = activeEndpoints()) {
        for (Region region : {Region::Us, Region::Eu})
            hosts << EndpointTable::hostLabel(endpoints->trackUrl(region));
        for (Region region : {Region::Us, Region::Eu})
            hosts << EndpointTable::hostLabel(endpoints->appUrl(region));
    }
    m_logFilterBar->setHosts(hosts);
}

void MainWindow::updateFaultStatus(const QString &summary)
{
    m_faultStatus->setText(tr("Sandbox faults: %1").arg(summary));
    m_faultStatus->setVisible(m_onSandbox && !summary.isEmpty());
}

void MainWindow::updateLogActions()
{
    const bool hasSelection = m_logView->selectionModel()->hasSelection();
    m_exportSelectedAction->setEnabled(hasSelection);
    m_copyCurlAction->setEnabled(m_logView->currentIndex().isValid());
}

QList<RequestRecord> MainWindow::selectedRecords() const
{
    QModelIndexList rows = m_logView->selectionModel()->selectedRows();
    // In the order the view shows them.
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<RequestRecord> records;
    for (const QModelIndex &index : std::as_const(rows))
        records << m_log->recordAt(m_logProxy->mapToSource(index).row());
    return records;
}

void MainWindow::copySelectedAsCurl()
{
    const QModelIndex index = m_logProxy->mapToSource(m_logView->currentIndex());
    if (!index.isValid())
        return;
    const RequestRecord record = m_log->recordAt(index.row());
    QGuiApplication::clipboard()->setText(LogExport::curlCommand(record));
    showStatus(record.authorization.startsWith(QLatin1String("Bearer"))
                   ? tr("Copied a curl command; it reads the App API key from $CIO_APP_API_KEY in your shell.")
                   : tr("Copied a curl command; it reads the Track API key from $CIO_TRACK_API_KEY in your shell."));
}

void MainWindow::clearLog()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("clearLogConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Clear log"));
    box->setText(tr("Delete every call in the request log?"));
    if (m_logStore->isOpen()) {
        const qint64 stored = m_logStore->count();
        box->setInformativeText(tr("%n stored call(s) are deleted from %1, calls sent from the command line "
                                   "included. This cannot be undone.",
                                   nullptr, int(qMin<qint64>(stored, INT_MAX)))
                                    .arg(QDir::toNativeSeparators(m_logStore->path())));
    } else {
        box->setInformativeText(tr("The calls listed in this window are removed."));
    }
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    nameWidget(remove, QStringLiteral("confirmClearLogButton"), tr("Delete every call"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    nameWidget(cancel, QStringLiteral("cancelClearLogButton"), tr("Cancel"));
    box->setDefaultButton(cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove] {
        if (box->clickedButton() != remove)
            return;
        m_log->clear();
        if (!m_log->errorString().isEmpty())
            showError(tr("The request log could not be cleared: %1").arg(m_log->errorString()));
        else
            showStatus(tr("Request log cleared."));
    });
    box->open();
}

void MainWindow::chooseExportFile(ExportKind kind)
{
    const bool jsonl = kind == ExportKind::MatchingJsonl;
    const QString title = kind == ExportKind::SelectedHar ? tr("Export selected calls as HAR")
        : jsonl                                           ? tr("Export matching calls as JSONL")
                                                          : tr("Export matching calls as HAR");
    QString directory = m_settings->value(QStringLiteral("window/exportDirectory")).toString();
    if (directory.isEmpty() || !QDir(directory).exists())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, title, directory);
    dialog->setObjectName(QStringLiteral("exportLogDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(jsonl ? QStringLiteral("jsonl") : QStringLiteral("har"));
    dialog->setNameFilter(jsonl ? tr("JSON Lines (*.jsonl)") : tr("HTTP Archive (*.har)"));
    dialog->selectFile(jsonl ? QStringLiteral("request-log.jsonl") : QStringLiteral("request-log.har"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, kind](const QString &path) {
        m_settings->setValue(QStringLiteral("window/exportDirectory"), QFileInfo(path).absolutePath());
        if (kind == ExportKind::SelectedHar) {
            QString error;
            const int count = exportSelected(path, &error);
            reportExport(path, count, error, QStringLiteral("HAR"));
            return;
        }
        exportMatching(path, kind == ExportKind::MatchingJsonl ? LogExport::Format::Jsonl : LogExport::Format::Har);
    });
    dialog->open();
}

int MainWindow::exportSelected(const QString &path, QString *error)
{
    return LogExportFile::write(path, LogExport::Format::Har, selectedRecords(), error);
}

void MainWindow::exportMatching(const QString &path, LogExport::Format format)
{
    const QString formatName = format == LogExport::Format::Jsonl ? QStringLiteral("JSONL") : QStringLiteral("HAR");
    if (!m_logStore->isOpen()) {
        // No database: the calls of this session that the window holds, oldest first.
        QList<RequestRecord> records;
        for (int row = m_log->rowCount() - 1; row >= 0; --row) {
            if (!m_log->index(row, 0).data(RequestLogModel::PendingRole).toBool())
                records << m_log->recordAt(row);
        }
        QString error;
        const int count = LogExportFile::write(path, format, records, &error);
        reportExport(path, count, error, formatName);
        return;
    }
    m_exports.removeAll(nullptr); // deleted once done
    m_exports << LogExportFile::startMatching(
        m_logStore->path(), m_log->filter(), path, format, this,
        [this, path, formatName](int count, const QString &error) { reportExport(path, count, error, formatName); });
    showStatus(tr("Exporting the matching calls to %1…").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::reportExport(const QString &path, int count, const QString &error, const QString &format)
{
    const QString file = QDir::toNativeSeparators(path);
    if (count < 0)
        showError(tr("The export to %1 failed: %2. Nothing was written.").arg(file, error));
    else
        showStatus(tr("Exported %n call(s) as %1 to %2.", nullptr, count).arg(format, file));
    Q_EMIT exportFinished(path, count, count < 0 ? error : QString());
}

AboutInfo MainWindow::aboutInfo() const
{
    AboutInfo info;
    info.version = QStringLiteral(CIO_VERSION);
    info.qtVersion = QString::fromLatin1(qVersion());
    if (m_onSandbox)
        info.keychain = tr("memory, this session only");
    else if (qobject_cast<KeychainCredentialStore *>(m_keychain))
        info.keychain = tr("Secret Service via QtKeychain");
    else if (qobject_cast<MemoryCredentialStore *>(m_keychain))
        info.keychain = tr("memory, this session only");
    else
        info.keychain = QString::fromLatin1(m_keychain->metaObject()->className());
    info.dataDirectory = AppIdentity::dataDirectory();
    info.logPath = m_logStore->isOpen() ? m_logStore->path()
        : m_options.logPath.isEmpty()   ? RequestLogStore::defaultPath()
                                        : m_options.logPath;
    info.logState = m_logError;
    info.settingsPath = m_settings->fileName();
    return info;
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(aboutInfo(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::showError(const QString &text)
{
    m_errorText->setText(text);
    m_errorBanner->show();
}

// --- screenshot demo ---------------------------------------------------------------------------------------

void MainWindow::runScreenshotDemo()
{
    // Whatever happens, the picture is taken and the program ends.
    QTimer::singleShot(30000, this, &MainWindow::takeScreenshot);
    if (!m_onSandbox || !m_sandbox) {
        QTimer::singleShot(500, this, &MainWindow::takeScreenshot);
        return;
    }
    QString euWorkspace;
    for (const SandboxAccount &account : m_sandbox->accounts()) {
        if (regionFromCode(account.region) == Region::Eu && !account.workspaces.isEmpty())
            euWorkspace = account.workspaces.first().name;
    }
    connect(this, &MainWindow::regionCheckFinished, this, [this, euWorkspace](const QString &name, const RegionInfo &) {
        if (name == euWorkspace && !m_demoStarted) {
            m_demoStarted = true;
            screenshotStep(name);
        }
    });
    if (!selectWorkspace(euWorkspace))
        QTimer::singleShot(500, this, &MainWindow::takeScreenshot);
}

void MainWindow::screenshotStep(const QString &)
{
    const QString person = QStringLiteral("ada@example.com");
    m_composer->setCall(CallKind::Identify, person, {}, QStringLiteral("{\"first_name\": \"Ada\", \"plan\": \"pro\"}"),
                        ComposerPanel::Via::Eu);
    const qint64 identify = sendComposedCall();
    m_composer->setCall(CallKind::Event, person, QStringLiteral("purchased"),
                        QStringLiteral("{\n  \"plan\": \"pro\",\n  \"amount\": 49\n}"), ComposerPanel::Via::Us);
    const qint64 event = sendComposedCall();
    m_demoPending = (identify != 0) + (event != 0);
    // Finished calls carry the store's id; the event's row is selected once both are in.
    auto eventId = std::make_shared<qint64>(0);
    connect(this, &MainWindow::callFinished, this, [this, eventId](const RequestRecord &record) {
        if (record.call != CallKind::Identify && record.call != CallKind::Event)
            return;
        if (record.call == CallKind::Event)
            *eventId = record.id;
        if (--m_demoPending == 0) {
            selectLogRow(*eventId);
            QTimer::singleShot(400, this, &MainWindow::takeScreenshot);
        }
    });
}

void MainWindow::takeScreenshot()
{
    if (m_screenshotTaken)
        return;
    m_screenshotTaken = true;
    const bool saved = grab().save(m_options.screenshotPath, "PNG");
    if (!saved)
        qWarning("Could not write the screenshot to %s", qPrintable(m_options.screenshotPath));
    QCoreApplication::exit(saved ? 0 : 1);
}
