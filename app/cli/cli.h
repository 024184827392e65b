#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class Command;
class QCoreApplication;
class QTextStream;
struct CliEnvironment;

// Headless commands (docs/cli.md: the contract with scripts). No window is created; results go
// to stdout, errors to stderr.
namespace Cli {

// Exit codes of every command.
enum ExitCode {
    Success = 0,
    CallFailed = 1, // non-2xx, network error, timeout, refused redirect
    UsageError = 2, // usage error or invalid input; nothing was sent
    CredentialsUnavailable = 3 // keychain error, missing key
};

// One command of the command line: its words ("workspace", "add"), its lines of the usage text, and how
// to make it. The usage text, every --help and the dispatch come from this list.
struct CommandInfo
{
    using Make = std::function<Command *(const CliEnvironment &environment, const QString &synopsis)>;
    QStringList words;
    std::function<QString()> synopsis; // translated when asked
    Make make;
};
const QList<CommandInfo> &commands();

// The command whose words start arguments (after the program), the longest match; null when none.
const CommandInfo *find(const QStringList &arguments);

// True when word is a group's word ("workspace", "log"): the first of several commands' words.
bool isGroup(const QString &word);
// A group's usage: the synopses of its commands, and what they share (log: the filters).
QString groupUsage(const QString &group);
// A group's word without one of its subcommands after it: with --help, -h or help its usage on out and
// Success; else a usage error on err naming the subcommands it expects ("workspace: expected add, edit, list
// or remove") and UsageError.
int answerGroup(const QStringList &arguments, QTextStream &out, QTextStream &err);

// True when arguments name a headless command ("workspace", "region", "send", "sandbox").
bool isCommand(const QStringList &arguments);

// The commands, their options and the exit codes, as printed by --help (under heading) and on usage errors
// (under "Usage:").
QString usage(const QString &heading = QString());

// Runs the command named by arguments (arguments.at(0) is the program) on app's event loop and
// returns its exit code.
int run(QCoreApplication &app, const QStringList &arguments);

} // namespace Cli
