#pragma once

#include "workspace.h"

#include <QListWidget>

class ConsoleSession;

// The workspace list on the left of the window: a view over the session's workspaces. Each item shows the
// region badge, the name and the Site ID (WorkspaceItemDelegate); after a failed check the badge reads "?"
// and the texts say "last seen". Picking an item selects the workspace in the session; the session's
// selection is mirrored back without re-entering it.
class WorkspaceList : public QListWidget
{
    Q_OBJECT

public:
    explicit WorkspaceList(ConsoleSession *session, QWidget *parent = nullptr);

private:
    void reload(); // the session's list replaced
    void followSelection(); // the session selected another workspace
    void refresh(const Workspace &workspace); // one workspace's state changed
    void onCurrentRowChanged(int row);

    ConsoleSession *m_session;
};
