#pragma once

#include "workspacecommand.h"

// cio-console workspace list [--json]
// The workspaces listed in the settings, one a line ("name<TAB>site id<TAB>region[<TAB>account]") or as one
// JSON array (OutputFormatter::workspaces()). Reads no key.
class WorkspaceListCommand : public WorkspaceCommand
{
    Q_OBJECT

public:
    WorkspaceListCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent = nullptr);

protected:
    void addOptions(QCommandLineParser &parser) override;
    void runWorkspace(ConsoleSession *session) override;
};
