#pragma once

#include "workspacecommand.h"

struct WorkspaceEdit;

// cio-console workspace edit NAME [--name NEW] [--site-id ID] [--account NAME] [--route auto|us|eu]
//                                 [--track-key-stdin] [--app-key-stdin | --remove-app-key]
//                                 [--pipelines-source NAME[=us|eu]]... [--remove-pipelines-source NAME]...
//                                 [--no-verify]
// Changes a listed workspace through WorkspaceEditor: new keys come from standard input, one a line, the
// Track API key first, then the App API key, then one for each --pipelines-source (a new source, or a new key
// and optionally another chosen region for a listed one); a changed Site ID or Track API key is checked with
// Customer.io first unless
// --no-verify (a 401 changes nothing, exit 1). Exit 2 on invalid input (nothing sent, nothing changed), 3 when
// the keychain or the settings file cannot be written, or when entries the workspace no longer uses remain
// in the keychain (the edit itself was saved).
class WorkspaceEditCommand : public WorkspaceCommand
{
    Q_OBJECT

public:
    WorkspaceEditCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent = nullptr);

protected:
    void addOptions(QCommandLineParser &parser) override;
    void runWorkspace(ConsoleSession *session) override;

private:
    // Reads the new keys asked for into edit; false after a usage error.
    bool readKeys(WorkspaceEdit *edit);
    void apply(const WorkspaceEdit &edit);
};
