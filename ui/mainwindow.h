#pragma once

#include "endpointtable.h"
#include "regiondetector.h"
#include "trackclient.h"
#include "workspace.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>

#include <memory>
#include <optional>

class ComposerPanel;
class CredentialStore;
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
class RegionPanel;
class RequestLogModel;
class SandboxServer;
class WorkspaceDialog;

// The Region Console window: workspaces on the left; the "Data and Privacy" panel and the test-call
// composer top right; the live request log and the selected call's detail bottom right.
//
// Two states share the window. Configured: workspaces from QSettings (WorkspaceRepository), keys in the
// OS keychain, the endpoint table from CIO_CONSOLE_ENDPOINTS or the defaults. Sandbox: a SandboxServer on
// loopback, its endpoint table, and its demo workspaces as session-only values whose keys live in memory.
// Nothing here blocks: every keychain and network answer arrives through a callback.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool startOnSandbox = false;
        QString screenshotPath; // non-empty: run the demo, grab the window into this PNG, quit
        // Seams, for tests; the defaults are the real parts.
        QString settingsPath; // INI file; empty = QSettings() (the app identity)
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
    // Lists a session-only workspace whose Track API key is held in memory for this run only (never in
    // settings or the keychain); it disappears when the window switches between sandbox and configured.
    void addSessionWorkspace(Workspace workspace, const QString &trackApiKey);

public Q_SLOTS:
    void enterSandbox();
    void leaveSandbox();
    void openAddWorkspaceDialog();
    void removeCurrentWorkspace();
    void recheckRegion();

Q_SIGNALS:
    void sandboxChanged(bool onSandbox);
    // A region check of `workspace` ended (info.ok false: failed, info.error says why).
    void regionCheckFinished(const QString &workspace, const RegionInfo &info);
    void callFinished(const RequestRecord &record);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Client
    {
        TrackClient *client = nullptr;
        RegionDetector *detector = nullptr;
        int serial = 0;
    };

    void buildActions();
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
    void applyDetection(const QString &name, const RegionInfo &info, bool isCurrent);
    qint64 sendComposedCall(); // returns the log id of the call, 0 when nothing was sent
    void selectLogRow(qint64 logId);
    const EndpointTable *activeEndpoints() const;
    void submitWorkspace(WorkspaceDialog *dialog);
    void finishAddWorkspace(WorkspaceDialog *dialog, const Workspace &workspace);
    void removeWorkspaceEntries(const Workspace &workspace);
    void showLogDetail();
    void showStatus(const QString &text);

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
    QHash<QString, qint64> m_logIds; // "<client serial>/<record id>" -> log row id (ids are per client)
    qint64 m_nextLogId = 1;
    QSet<qint64> m_composerCalls; // log ids of calls sent from the composer and still in flight

    SandboxServer *m_sandbox = nullptr;
    bool m_onSandbox = false;
    QList<Workspace> m_workspaces; // as listed, in list order; the list widget mirrors it

    // The selected workspace's credentials, known once its key was read.
    std::optional<TrackCredentials> m_credentials;
    int m_selectionSerial = 0; // stale keychain/network answers compare against this

    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_recheckAction = nullptr;
    QAction *m_sandboxAction = nullptr;
    QFrame *m_sandboxBanner = nullptr;
    QFrame *m_emptyBanner = nullptr;
    QFrame *m_errorBanner = nullptr;
    QLabel *m_errorText = nullptr;
    QLabel *m_endpointStatus = nullptr;
    QListWidget *m_workspaceList = nullptr;
    RegionPanel *m_regionPanel = nullptr;
    ComposerPanel *m_composer = nullptr;
    RequestLogModel *m_log = nullptr;
    QSortFilterProxyModel *m_logProxy = nullptr;
    QTableView *m_logView = nullptr;
    QLineEdit *m_logFilter = nullptr;
    QTextEdit *m_detail = nullptr;

    // Screenshot demo state.
    bool m_demoStarted = false;
    int m_demoPending = 0;
    bool m_screenshotTaken = false;
    bool m_splitterSized = false; // the main splitter was given its first sizes
};
