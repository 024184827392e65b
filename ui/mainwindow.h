#pragma once

#include "aboutdialog.h"
#include "diagnosis.h"
#include "endpointtable.h"
#include "logexport.h"
#include "regiondetector.h"
#include "trackclient.h"
#include "workspace.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

class BurstSender;
class ComposerPanel;
class CredentialStore;
class LogFilterBar;
class MemoryCredentialStore;
class QAction;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;
class QSortFilterProxyModel;
class QTableView;
class QTextEdit;
class QThread;
class RegionPanel;
class RequestLogModel;
class RequestLogStore;
class SandboxMenu;
class SandboxServer;
class WorkspaceDialog;
struct WorkspaceDraft;

// The Region Console window: workspaces on the left; the "Data and Privacy" panel and the test-call
// composer top right; the live request log and the selected call's detail bottom right.
//
// Two states share the window. Configured: workspaces from QSettings (WorkspaceRepository), keys in the
// OS keychain, the endpoint table from CIO_CONSOLE_ENDPOINTS or the defaults. Sandbox: a SandboxServer on
// loopback, its endpoint table, and its demo workspaces as session-only values whose keys live in memory.
// Nothing here blocks: every keychain and network answer arrives through a callback.
//
// The request log is the RequestLogStore database shared with the CLI (Options::logPath), shown through a
// RequestLogModel that stores each finished call itself (grouped commits on the store's writer thread; a
// call's end is shown once committed) and polls for rows the CLI appends; the filter bar
// narrows it in SQL, and exports of the matching calls stream from the store on a worker thread.
// Window geometry, splitter sizes and the last selected configured workspace are kept in the settings
// ("window/..."); sandbox workspaces are never written there, not even their names.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool startOnSandbox = false;
        // Start the sandbox (when the window opens on it) only after the window's first paint, so that
        // the window appears before the sandbox's four servers are up (tests/bench: ~31% fewer
        // instructions to the first paint). Off: the sandbox is up when the constructor returns.
        bool startSandboxAfterFirstPaint = false;
        QString screenshotPath; // non-empty: run the demo, grab the window into this PNG, quit
        // Seams, for tests; the defaults are the real parts.
        QString settingsPath; // INI file; empty = AppIdentity::settingsPath()
        QString logPath; // request log database; empty = RequestLogStore::defaultPath()
        CredentialStore *credentialStore = nullptr; // not owned; null = KeychainCredentialStore(CIO_APP_ID)
        std::optional<EndpointTable> endpoints; // null = EndpointTable::fromEnvironment()
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool isOnSandbox() const { return m_onSandbox; }
    SandboxServer *sandbox() const { return m_sandbox; }
    // The workspaces listed now (demo workspaces on the sandbox, configured ones otherwise).
    QList<Workspace> workspaces() const { return m_workspaces; }
    std::optional<Workspace> currentWorkspace() const;

    // Selects the workspace by name and checks its region. Returns false if it is not listed.
    bool selectWorkspace(const QString &name);
    // Lists a session-only workspace whose Track API key (and App API key, if given) is held in memory for
    // this run only (never in settings or the keychain); it disappears when the window switches between
    // sandbox and configured. "Use for this session only" in the Add dialog ends here.
    void addSessionWorkspace(Workspace workspace, const QString &trackApiKey, const QString &appApiKey = {});

    RequestLogModel *requestLog() const { return m_log; }
    // Open unless the database could not be opened (the log then lives in memory for this run only).
    RequestLogStore *requestLogStore() const { return m_logStore; }
    // Help › About's values.
    AboutInfo aboutInfo() const;

    // Writes the selected log rows as HAR to path (replacing it only once complete). Returns the number of
    // calls written, -1 with *error on failure.
    int exportSelected(const QString &path, QString *error);
    // Writes every stored call matching the log's filter to path, on a worker thread; exportFinished()
    // reports the end. (Without a database: the rows of the window.)
    void exportMatching(const QString &path, LogExport::Format format);

public Q_SLOTS:
    void enterSandbox();
    void leaveSandbox();
    void openAddWorkspaceDialog();
    // Name, Site ID, account, and new keys for the selected workspace (WorkspaceEditor).
    void openEditWorkspaceDialog();
    void removeCurrentWorkspace();
    void recheckRegion();
    // Asks first: deletes every stored call, the CLI's included.
    void clearLog();
    // The selected call as a curl command on the clipboard; the key stays a $CIO_TRACK_API_KEY reference.
    void copySelectedAsCurl();
    void showAbout();

Q_SIGNALS:
    void sandboxChanged(bool onSandbox);
    // A region check of `workspace` ended (info.ok false: failed, info.error says why).
    void regionCheckFinished(const QString &workspace, const RegionInfo &info);
    // A call ended and its row is final in the log: committed to the store, record.id being its id there
    // (the live id if it was not stored: no database, or the store refused it).
    void callFinished(const RequestRecord &record);
    // An export ended: count calls written, or error non-empty (nothing was written to path).
    void exportFinished(const QString &path, int count, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct Client
    {
        TrackClient *client = nullptr;
        RegionDetector *detector = nullptr;
        int serial = 0;
    };

    enum class ExportKind { SelectedHar, MatchingHar, MatchingJsonl };

    void buildActions();
    void buildMenus();
    void buildLayout();
    void buildLog(QWidget *parent);
    void fitLogColumns(); // sizes the log's columns to their content; Path takes the rest
    QFrame *makeBanner(const QString &objectName);

    Client makeClient(const EndpointTable &endpoints);
    void retireClient(Client &client);
    const Client *activeClient() const;
    CredentialStore *storeFor(const Workspace &workspace) const;

    void showWorkspaces(const QList<Workspace> &workspaces, const QString &select);
    void appendWorkspaceItem(const Workspace &workspace);
    void refreshWorkspaceItem(const Workspace &workspace);
    void switchToConfigured(const QString &select);
    void showError(const QString &text);
    void updateBanners();
    void updateActions();
    void onCurrentWorkspaceChanged();
    void applyDetection(const QString &name, const RegionInfo &info, bool isCurrent,
                        const QString &failedRequest = QString());
    // Recomputes the selected workspace's diagnosis (diagnose()) and shows it in the panel.
    void updateDiagnoses();
    // Asks the region of a workspace that is not selected; the list's badge and the diagnosis follow.
    void detectInBackground(const Workspace &workspace);
    // Sandbox: adds workspaces that show each diagnosis.
    void addMismatchExamples();
    bool lastCallPassedUs(const QString &workspace) const;
    void changeRoute(Route route);
    void checkAppKey(bool alsoOtherRegion);
    void showSelectedRegion(const Workspace &workspace);
    qint64 sendComposedCall(); // returns the log id of the call, 0 when nothing was sent
    void selectLogRow(qint64 logId);
    const EndpointTable *activeEndpoints() const;
    void submitWorkspace(WorkspaceDialog *dialog);
    void storeNewWorkspace(WorkspaceDialog *dialog, const WorkspaceDraft &draft, const QString &warning);
    void finishAddWorkspace(WorkspaceDialog *dialog, const Workspace &workspace, const QString &warning);
    void useWorkspaceForSession(WorkspaceDialog *dialog);
    void submitWorkspaceEdit(WorkspaceDialog *dialog);
    void commitWorkspaceEdit(const Workspace &before, const Workspace &after, bool credentialsChanged);
    void removeWorkspaceEntries(const Workspace &workspace);
    void showLogDetail();
    void showStatus(const QString &text);
    void markRegionUnverified(const QString &name, const QString &reason);
    void updateLogActions();
    void updateFilterChoices();
    void updateFaultStatus(const QString &summary);
    void chooseExportFile(ExportKind kind);
    void reportExport(const QString &path, int count, const QString &error, const QString &format);
    QList<RequestRecord> selectedRecords() const;
    QString lastWorkspaceKey() const;
    void restoreWindowState();
    void saveWindowState();

    void runScreenshotDemo();
    void screenshotStep(const QString &workspace);
    void takeScreenshot();

    Options m_options;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<WorkspaceRepository> m_repository;
    CredentialStore *m_keychain = nullptr; // configured workspaces
    MemoryCredentialStore *m_sessionStore = nullptr; // session-only workspaces (sandbox demo, tests)
    EndpointTable m_endpoints; // configured endpoint table
    QString m_endpointError; // non-empty: CIO_CONSOLE_ENDPOINTS is invalid

    Client m_realClient; // null when the endpoint table is invalid
    Client m_sandboxClient; // null off the sandbox
    int m_nextClientSerial = 1;
    QSet<qint64> m_inFlight; // live ids (liveId()) of calls started and not final in the log yet (committed)
    QSet<qint64> m_composerCalls; // live ids of calls sent from the composer and not final in the log yet
    QPointer<BurstSender> m_burst; // the composer's last burst, a child of the client it sends through

    SandboxServer *m_sandbox = nullptr;
    bool m_onSandbox = false;
    QList<Workspace> m_workspaces; // as listed, in list order; the list widget mirrors it

    // The selected workspace's credentials, known once its key was read.
    std::optional<TrackCredentials> m_credentials;
    // Workspaces whose last region check in this session failed, with the reason: their stored region is
    // only "last seen" until a check succeeds again.
    QHash<QString, QString> m_regionCheckFailed;
    QHash<QString, QList<AppKeyProbe>> m_appKeyProbes; // last App API key check, by workspace name
    int m_selectionSerial = 0; // stale keychain/network answers compare against this

    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_recheckAction = nullptr;
    QAction *m_sandboxAction = nullptr;
    QAction *m_exportSelectedAction = nullptr;
    QAction *m_exportHarAction = nullptr;
    QAction *m_exportJsonlAction = nullptr;
    QAction *m_copyCurlAction = nullptr;
    QAction *m_clearLogAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_faultButtonAction = nullptr; // the toolbar's "Faults" drop-down, shown on the sandbox
    SandboxMenu *m_sandboxMenu = nullptr;
    QLabel *m_faultStatus = nullptr;
    QLabel *m_logStatus = nullptr;
    QFrame *m_sandboxBanner = nullptr;
    QFrame *m_emptyBanner = nullptr;
    QFrame *m_errorBanner = nullptr;
    QLabel *m_errorText = nullptr;
    QLabel *m_endpointStatus = nullptr;
    QListWidget *m_workspaceList = nullptr;
    RegionPanel *m_regionPanel = nullptr;
    ComposerPanel *m_composer = nullptr;
    RequestLogStore *m_logStore = nullptr;
    QString m_logError; // non-empty: the database could not be opened
    RequestLogModel *m_log = nullptr;
    QSortFilterProxyModel *m_logProxy = nullptr;
    QTableView *m_logView = nullptr;
    LogFilterBar *m_logFilterBar = nullptr;
    QTextEdit *m_detail = nullptr;
    QList<QPointer<QThread>> m_exports; // exports that may still run; waited for on destruction

    // Screenshot demo state.
    bool m_demoStarted = false;
    int m_demoPending = 0;
    bool m_screenshotTaken = false;
    bool m_splitterSized = false; // the main splitter was given its first sizes (or restored ones)
};
