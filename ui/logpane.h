#pragma once

#include "calltemplates.h"
#include "logexport.h"
#include "requestrecord.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSplitter>

class ConsoleSession;
class LogFilterBar;
class LogInspectorActions;
class QAction;
class QSortFilterProxyModel;
class QTextEdit;
class QThread;
class RequestLogModel;
class RequestLogView;

// The bottom of the window: the request log (filter bar, export, clear, the table) beside the selected
// call's detail. A view over the session's request log: it never writes a call itself. Its actions (export,
// copy as curl, clear) are shared with the window's menus.
class LogPane : public QSplitter
{
    Q_OBJECT

public:
    LogPane(ConsoleSession *session, QWidget *parent = nullptr);
    ~LogPane() override;

    QAction *exportSelectedAction() const { return m_exportSelectedAction; }
    QAction *exportMatchingHarAction() const { return m_exportHarAction; }
    QAction *exportMatchingJsonlAction() const { return m_exportJsonlAction; }
    QAction *copyCurlAction() const { return m_copyCurlAction; }
    QAction *clearLogAction() const { return m_clearLogAction; }
    QAction *cancelCallAction() const { return m_cancelCallAction; }
    QAction *sendAgainAction() const { return m_sendAgainAction; }
    QAction *openInComposerAction() const { return m_openInComposerAction; }
    RequestLogView *view() const { return m_view; }
    RequestLogModel *model() const { return m_log; }
    LogInspectorActions *inspectorActions() const { return m_inspector; }
    LogFilterBar *filterBar() const { return m_filterBar; }

    // Sizes the columns to their content (workspace names, the hosts of the table in use); Path takes the rest.
    void fitColumns();
    // Offers the listed workspaces and the hosts of the table in use in the filter bar.
    void updateFilterChoices();
    // Selects and shows the call with this log id (a live id while in flight).
    void selectCall(qint64 logId);

    // Writes the selected rows as HAR to path (replacing it only once complete). Returns the number of calls
    // written, -1 with *error on failure.
    int exportSelected(const QString &path, QString *error);
    // Writes every stored call matching the filter to path, on a worker thread; exportFinished() reports it.
    void exportMatching(const QString &path, LogExport::Format format);

public Q_SLOTS:
    // Asks first: deletes every stored call, the command line's included.
    void clearLog();
    // The selected call as a curl command on the clipboard; the key stays a shell variable reference.
    void copySelectedAsCurl();

Q_SIGNALS:
    void statusMessage(const QString &text);
    void errorMessage(const QString &text);
    // An export ended: count calls written, or error non-empty (nothing was written to path).
    void exportFinished(const QString &path, int count, const QString &error);
    // Open in composer: the selected call rebuilt (CallReplay) as the composer's fields.
    void openInComposer(const ComposedCall &call);

private:
    QHash<QString, QString> m_hostNames; // HostNames::of() the table in use
    enum class ExportKind { SelectedHar, MatchingHar, MatchingJsonl };

    void buildActions();
    void showDetail();
    void updateActions();
    void updateEmptyText();
    void sendAgain();
    void openSelectedInComposer();
    void chooseExportFile(ExportKind kind);
    void reportExport(const QString &path, int count, const QString &error, const QString &format);
    QList<RequestRecord> selectedRecords() const;

    ConsoleSession *m_session;
    RequestLogModel *m_log;
    QSortFilterProxyModel *m_proxy = nullptr;
    RequestLogView *m_view = nullptr;
    LogFilterBar *m_filterBar = nullptr;
    QTextEdit *m_detail = nullptr;
    QAction *m_exportSelectedAction = nullptr;
    QAction *m_exportHarAction = nullptr;
    QAction *m_exportJsonlAction = nullptr;
    QAction *m_copyCurlAction = nullptr;
    QAction *m_clearLogAction = nullptr;
    QAction *m_cancelCallAction = nullptr; // the selected call, while in flight
    QAction *m_sendAgainAction = nullptr;
    LogInspectorActions *m_inspector = nullptr; // Compare, Import HAR…
    QAction *m_openInComposerAction = nullptr;
    class QLabel *m_emptyLabel = nullptr; // "No call matches these filters." over an empty table
    QList<QPointer<QThread>> m_exports; // exports that may still run; waited for on destruction
};
