#pragma once

#include "workspaceadder.h"
#include "workspacecommand.h"

// cio-console workspace add NAME [--site-id ID] [--pipelines-source NAME[=us|eu]]... [--account NAME]
//                              [--route auto|us|eu] [--app-key-stdin] [--no-verify]
// A workspace has Track credentials (--site-id), Pipelines sources, or both. Reads the Track API key (and with
// --app-key-stdin the App API key), then each source's API key, from standard input, checks the Track ones with
// Customer.io's region call unless --no-verify (a 401 adds nothing, exit 1; any other failure adds the
// workspace with an unknown region and a warning), then stores the keys in the keychain and lists the
// workspace (WorkspaceAdder: nothing half-added). Exit 2 on invalid input or a name already listed, 3 when the
// keychain or the settings file cannot be written.
class WorkspaceAddCommand : public WorkspaceCommand
{
    Q_OBJECT

public:
    WorkspaceAddCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent = nullptr);

protected:
    void addOptions(QCommandLineParser &parser) override;
    void runWorkspace(ConsoleSession *session) override;

private:
    void check(const Workspace &workspace, const WorkspaceKeys &keys);
    // unchecked: why the credentials could not be checked, said once the workspace is added.
    void store(const Workspace &workspace, const WorkspaceKeys &keys, const QString &unchecked = QString());
};
