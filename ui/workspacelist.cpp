#include "workspacelist.h"

#include "consolesession.h"
#include "delegates.h"

#include <QSignalBlocker>

WorkspaceList::WorkspaceList(ConsoleSession *session, QWidget *parent)
    : QListWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("workspaceList"));
    setAccessibleName(tr("Workspaces"));
    setItemDelegate(new WorkspaceItemDelegate(this));
    setUniformItemSizes(true);
    connect(this, &QListWidget::currentRowChanged, this, &WorkspaceList::onCurrentRowChanged);
    connect(session, &ConsoleSession::workspacesChanged, this, &WorkspaceList::reload);
    connect(session, &ConsoleSession::currentWorkspaceChanged, this, &WorkspaceList::followSelection);
    connect(session, &ConsoleSession::workspaceUpdated, this, &WorkspaceList::refresh);
    connect(session, &ConsoleSession::routeChanged, this, &WorkspaceList::refresh);
    reload();
}

void WorkspaceList::reload()
{
    const QSignalBlocker blocker(this);
    clear();
    const QList<Workspace> workspaces = m_session->workspaces();
    for (const Workspace &w : workspaces) {
        auto *item = new QListWidgetItem(w.name, this);
        item->setData(WorkspaceRoles::SiteIdRole, w.siteId);
        // The sandbox's are all in memory: the marker is for real workspaces kept for this session only.
        item->setData(WorkspaceRoles::SessionOnlyRole, w.sessionOnly && !m_session->isOnSandbox());
        refresh(w);
    }
    followSelection();
}

void WorkspaceList::followSelection()
{
    const QSignalBlocker blocker(this);
    const std::optional<Workspace> current = m_session->currentWorkspace();
    int row = -1;
    for (int i = 0; current && i < count(); ++i) {
        if (item(i)->text() == current->name)
            row = i;
    }
    setCurrentRow(row);
}

void WorkspaceList::onCurrentRowChanged(int row)
{
    m_session->select(row < 0 ? QString() : item(row)->text());
}

void WorkspaceList::refresh(const Workspace &workspace)
{
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *it = item(row);
        if (it->text() != workspace.name)
            continue;
        // After a failed check the stored region is only what was last seen: the badge reads "?", and the
        // texts say so instead of naming the old region as the current one.
        const QString failure = m_session->regionCheckFailure(workspace.name);
        const bool verified = m_session->isRegionVerified(workspace.name);
        it->setData(WorkspaceRoles::RegionRole, int(verified ? workspace.region : Region::Unknown));
        it->setData(WorkspaceRoles::LastSeenRegionRole, int(workspace.region));
        it->setData(WorkspaceRoles::CheckFailedRole, !verified);
        QString region;
        if (!verified && workspace.region != Region::Unknown)
            region = tr("not verified now (last seen %1)").arg(regionDisplayName(workspace.region));
        else if (workspace.region == Region::Unknown)
            region = tr("region not verified");
        else
            region = regionDisplayName(workspace.region);
        it->setData(Qt::AccessibleTextRole,
                    it->data(WorkspaceRoles::SessionOnlyRole).toBool()
                        ? tr("%1, %2, this session only").arg(workspace.name, region)
                        : tr("%1, %2").arg(workspace.name, region));
        QString tip = tr("%1\nSite ID %2\nRegion: %3").arg(workspace.name, workspace.siteId, region);
        if (!verified)
            tip += u'\n' + tr("Last check failed: %1").arg(failure);
        it->setToolTip(tip);
    }
    viewport()->update();
}
