#pragma once

#include "workspacecommand.h"

// cio-console workspace remove NAME
// Deletes the workspace's keychain entries, then unlists it with its call templates (WorkspaceRemover: an
// entry that cannot be deleted keeps the workspace listed, so that remove can be tried again). Exit 2 when no
// workspace has the name, 3 when the keychain or the settings file cannot be written.
class WorkspaceRemoveCommand : public WorkspaceCommand
{
    Q_OBJECT

public:
    WorkspaceRemoveCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent = nullptr);

protected:
    void addOptions(QCommandLineParser &parser) override;
    void runWorkspace(ConsoleSession *session) override;
};
