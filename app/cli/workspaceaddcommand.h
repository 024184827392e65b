#pragma once

#include "workspacecommand.h"

// cio-console workspace add NAME --site-id ID [--account NAME] [--route auto|us|eu] [--app-key-stdin] [--no-verify]
// Reads the Track API key (and with --app-key-stdin the App API key) from standard input, checks them with
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
    void check(const Workspace &workspace, const QString &trackKey, const QString &appKey);
    void store(const Workspace &workspace, const QString &trackKey, const QString &appKey);
};
