#pragma once

#include "workspace.h"

#include <QObject>

class ConsoleSession;
class QWidget;
class WorkspaceDialog;
struct WorkspaceDraft;

// The window's Add, Edit and Remove workspace flows: the dialogs and confirmations, each driving a
// workspace change in core and telling the session the outcome. No key stays here longer than the
// dialog that holds it.
class WorkspaceFlows : public QObject
{
    Q_OBJECT

public:
    // window: the parent of the dialogs.
    WorkspaceFlows(ConsoleSession *session, QWidget *window);

    void openAddDialog();
    void openEditDialog(); // the selected workspace
    void confirmRemove(); // the selected workspace

Q_SIGNALS:
    void statusMessage(const QString &text);
    void errorMessage(const QString &text);

private:
    void submitNew(WorkspaceDialog *dialog);
    void storeNew(WorkspaceDialog *dialog, const WorkspaceDraft &draft, const QString &warning);
    // Where the dialogs' keys are checked, in words ("Customer.io, US and EU", "the sandbox…").
    QString checkTarget() const;
    void finishAdd(WorkspaceDialog *dialog, const Workspace &workspace, const QString &warning);
    void useForSession(WorkspaceDialog *dialog);
    void submitEdit(WorkspaceDialog *dialog);
    void remove(const Workspace &workspace);

    ConsoleSession *m_session;
    QWidget *m_window;
};
