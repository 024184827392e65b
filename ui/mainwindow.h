#pragma once

#include "aboutdialog.h"
#include "consolesession.h"
#include "endpointtable.h"
#include "logexport.h"
#include "logpane.h"
#include "regiondetector.h"
#include "workspace.h"
#include "workspaceflows.h"

#include <QMainWindow>

#include <optional>

class Announcer;
class ComposerPanel;
class KeyboardNavigation;
class CredentialStore;
class QAction;
class QFrame;
class QLabel;
class RegionPanel;
class RequestLogModel;
class RequestLogStore;
class SandboxMenu;
class SandboxServer;
class WorkspaceList;

// The Region Console window, a view over a ConsoleSession: workspaces on the left; the "Data and Privacy"
// panel and the test-call composer top right; the live request log and the selected call's detail below.
//
// The session holds everything that is not a widget: the workspaces (configured ones from the settings,
// or the sandbox's demo workspaces), keys, clients, region checks, the request log store. The window
// shows its state, forwards the admin's requests to it, and keeps only what a window keeps: geometry and
// splitter sizes ("window/..." in the settings). Nothing here blocks.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool startOnSandbox = false;
        // Start the sandbox (when the window opens on it) only after the window's first paint, so that
        // the window appears before the sandbox's four servers are up. Off: the sandbox is up when the
        // constructor returns.
        bool startSandboxAfterFirstPaint = false;
        QString screenshotPath; // non-empty: run the demo, grab the window into this PNG, quit
        // Seams, for tests; the defaults are the real parts.
        QString settingsPath; // INI file; empty = AppIdentity::settingsPath()
        QString logPath; // request log database; empty = RequestLogStore::defaultPath()
        CredentialStore *credentialStore = nullptr; // not owned; null = the OS keychain
        std::optional<EndpointTable> endpoints; // null = EndpointTable::fromEnvironment()
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConsoleSession *session() const { return m_session; }
    bool isOnSandbox() const { return m_session->isOnSandbox(); }
    SandboxServer *sandbox() const { return m_session->sandbox(); }
    QList<Workspace> workspaces() const { return m_session->workspaces(); }
    std::optional<Workspace> currentWorkspace() const { return m_session->currentWorkspace(); }
    // Selects the workspace by name and checks its region. Returns false if it is not listed.
    bool selectWorkspace(const QString &name) { return !name.isEmpty() && m_session->select(name); }
    // Lists a session-only workspace (keys in memory for this run only).
    void addSessionWorkspace(Workspace workspace, const QString &trackApiKey, const QString &appApiKey = {})
    {
        m_session->addSessionWorkspace(std::move(workspace), trackApiKey, appApiKey);
    }

    RequestLogModel *requestLog() const { return m_logPane->model(); }
    RequestLogStore *requestLogStore() const { return m_session->logStore(); }
    AboutInfo aboutInfo() const;

    // See LogPane.
    int exportSelected(const QString &path, QString *error) { return m_logPane->exportSelected(path, error); }
    void exportMatching(const QString &path, LogExport::Format format) { m_logPane->exportMatching(path, format); }

public Q_SLOTS:
    void enterSandbox();
    void leaveSandbox();
    void openAddWorkspaceDialog() { m_flows->openAddDialog(); }
    void openEditWorkspaceDialog() { m_flows->openEditDialog(); }
    void removeCurrentWorkspace() { m_flows->confirmRemove(); }
    void recheckRegion() { m_session->recheckRegion(); }
    void clearLog() { m_logPane->clearLog(); }
    void copySelectedAsCurl() { m_logPane->copySelectedAsCurl(); }
    void showAbout();

Q_SIGNALS:
    void sandboxChanged(bool onSandbox);
    // A region check of the selected workspace ended (info.ok false: failed, info.error says why).
    void regionCheckFinished(const QString &workspace, const RegionInfo &info);
    // A call ended and its row is final in the log (record.id: its id in the store, or the live id).
    void callFinished(const RequestRecord &record);
    // An export ended: count calls written, or error non-empty (nothing was written to path).
    void exportFinished(const QString &path, int count, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildLayout();
    void connectSession();

    void onSandboxChanged(bool onSandbox);
    void onWorkspacesChanged();
    void onCurrentWorkspaceChanged();
    void onRegionCheckFinished(const QString &name, const RegionInfo &info);
    qint64 sendComposedCall(); // the log id of the call, 0 when nothing was sent
    void showStatus(const QString &text);
    void showError(const QString &text);
    void updateBanners();
    void updateActions();
    void updateFaultStatus(const QString &summary);
    void restoreWindowState();
    void saveWindowState();

    Options m_options;
    ConsoleSession *m_session = nullptr;
    WorkspaceFlows *m_flows = nullptr;

    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_recheckAction = nullptr;
    QAction *m_sandboxAction = nullptr;
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
    WorkspaceList *m_workspaceList = nullptr;
    RegionPanel *m_regionPanel = nullptr;
    ComposerPanel *m_composer = nullptr;
    LogPane *m_logPane = nullptr;
    KeyboardNavigation *m_keys = nullptr;
    Announcer *m_announcer = nullptr;
    bool m_splitterSized = false; // the main splitter was given its first sizes (or restored ones)
};
