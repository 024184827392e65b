#pragma once

#include "requestlogfilter.h"

#include <QObject>

#include <functional>

class ConsoleSession;
class QAction;
class QAbstractItemView;
class RequestLogModel;
class QSortFilterProxyModel;
class QWidget;

// The log's network-inspector actions that act on several rows, on files or on the filters: Compare (two
// selected calls, CompareDialog), Import HAR… (HarImport into the session's log, read-only rows) and Clear
// matching… (asked first; RequestLogStore::clearMatching() with the log's filters). The log pane adds them
// to its row menu, its Export menu and beside Clear log. Dialogs are opened, never run in a nested loop.
class LogInspectorActions : public QObject
{
    Q_OBJECT

public:
    LogInspectorActions(ConsoleSession *session, QAbstractItemView *view, RequestLogModel *model,
                        QSortFilterProxyModel *proxy, QWidget *parent);

    QAction *compareAction() const { return m_compare; }
    QAction *importHarAction() const { return m_importHar; }
    QAction *clearMatchingAction() const { return m_clearMatching; }
    // Where Clear matching reads the filters in force.
    void setFilter(std::function<RequestLogFilter()> filter) { m_filter = std::move(filter); }

    // Imports path into the log (no dialog); false with *error when it was refused. *summary: what was
    // imported, for a status line.
    bool importHar(const QString &path, QString *summary, QString *error);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void errorMessage(const QString &text);

private:
    void compareSelected();
    void chooseHar();
    void confirmClearMatching();
    void update();

    ConsoleSession *m_session;
    QAbstractItemView *m_view;
    RequestLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QWidget *m_parent;
    QAction *m_compare;
    QAction *m_importHar;
    QAction *m_clearMatching;
    std::function<RequestLogFilter()> m_filter;
};
