#pragma once

#include "sandboxserver.h"

#include <QList>
#include <QMenu>
#include <QPointer>

// "Sandbox": each sandbox host's fault (SandboxServer::setFault with SandboxFault::fromSpec) and the status
// of wrong-region redirects (setRedirectStatus). The checked items follow the server, also when a fault
// is set through POST /__sandbox/fault. Object names, for tests and scripts: "sandboxFault_<host>_<kind>"
// (kind: SandboxFault::kindName(), e.g. "sandboxFault_track-eu_status"), "sandboxRedirect_<status>",
// "sandboxAppWrongRegion_401" and "sandboxAppWrongRegion_redirect" (SandboxServer::setAppWrongRegion),
// "sandboxPipelinesWrongRegion_refuse" and "sandboxPipelinesWrongRegion_accept"
// (SandboxServer::setPipelinesWrongRegion), "sandboxClearFaultsAction".
class SandboxMenu : public QMenu
{
    Q_OBJECT

public:
    struct Choice
    {
        QString spec; // SandboxFault::fromSpec() grammar
        QString label;
    };
    // The faults offered for every host, "none" first.
    static QList<Choice> faultChoices();
    static constexpr int redirectStatuses[] = {301, 302, 307, 308};

    explicit SandboxMenu(QWidget *parent = nullptr);

    // The server whose faults the menu switches; null disables every item. Not owned.
    void setServer(SandboxServer *server);
    SandboxServer *server() const { return m_server; }

    // "track-eu status:503 · api-us hang"; empty when every host answers normally.
    static QString activeFaults(const SandboxServer &server);
    // One line per demo workspace: its name, region, Site ID and keys, and one per Pipelines source with its
    // key (sandbox keys, not secrets).
    static QString accountsText(const SandboxServer &server);

Q_SIGNALS:
    // A fault or the redirect status changed; summary is activeFaults().
    void faultsChanged(const QString &summary);

private:
    void addPipelinesWrongRegionMenu();
    void setFault(SandboxServer::Host host, const QString &spec);
    void sync();

    QPointer<SandboxServer> m_server;
    QList<QList<QAction *>> m_faultActions; // [int(Host)][choice]
    QList<QAction *> m_redirectActions;
    QList<QAction *> m_appWrongRegionActions;
    QList<QAction *> m_pipelinesWrongRegionActions;
    QAction *m_clearAction = nullptr;
    QMetaObject::Connection m_serverConnection;
    QMetaObject::Connection m_pipelinesConnection;
};
