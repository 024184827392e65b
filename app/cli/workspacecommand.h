#pragma once

#include "command.h"

#include <QHash>

// The `workspace` subcommands (add, edit, list, remove): the workspaces listed in the settings and their keys
// in the keychain, changed only through the core's transactions (WorkspaceAdder, WorkspaceEditor,
// WorkspaceRemover) on the session's keychain and settings.
//
// Every subcommand accepts the whole table of workspace options, as the command line always has; its --help
// shows those it uses. The edit-only options (--name, --track-key-stdin, --remove-app-key,
// --remove-pipelines-source) are usage errors
// elsewhere; other options a subcommand does not use are ignored. --keychain-timeout (0 < S <= 600, default
// 15) applies to all; --timeout (default 10) to the credential check of add and edit, which goes to
// Customer.io (or CIO_CONSOLE_ENDPOINTS) unless --no-verify.
class WorkspaceCommand : public Command
{
    Q_OBJECT

public:
    // subcommand: "add", "edit", "list" or "remove", as typed after `workspace`.
    WorkspaceCommand(const CliEnvironment &environment, const QString &synopsis, const QString &subcommand,
                     QObject *parent = nullptr);

protected:
    // Adds every workspace option; those not named in `used` are accepted but hidden from --help.
    void addWorkspaceOptions(QCommandLineParser &parser, const QStringList &used);
    // Refuses edit-only options outside edit, reads --keychain-timeout, makes the session (no endpoint table
    // needed yet, the log not opened loudly) and calls runWorkspace().
    void run() final;
    virtual void runWorkspace(ConsoleSession *session) = 0;

    // The one NAME argument into *name; false after the usage error "workspace <subcommand>: expected exactly
    // one NAME".
    bool nameArgument(QString *name);
    // Before a credential check is sent: a valid --timeout and a usable endpoint table (else a usage error and
    // false), and a warning when the request log is not open.
    bool prepareCheck();
    // --pipelines-source NAME[=us|eu], in the order given, into *sources; false after a usage error (a bad
    // name or region, a name given twice).
    bool pipelinesSourceOptions(QList<PipelinesSource> *sources);
    // One key a line from standard input for each source, in order, checked (validateApiKey()); false after
    // a usage error.
    bool readPipelinesKeys(const QList<PipelinesSource> &sources, QHash<QString, QString> *keys);
    QString subcommand() const { return m_subcommand; }

private:
    QString m_subcommand;
    QStringList m_applicable; // the names of the options this subcommand takes
};
