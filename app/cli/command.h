#pragma once

#include <functional>

#include "consolesession.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

class CredentialStore;
class OutputFormatter;
class QIODevice;
class QTextStream;

// What a command runs against. Cli::run() gives the process's streams and the real parts; tests give
// buffers and seams, and run commands in-process.
struct CliEnvironment
{
    QTextStream *out = nullptr; // results
    QTextStream *err = nullptr; // errors, warnings and prompts
    QIODevice *in = nullptr; // keys (one a line); null = the process's standard input
    QString settingsPath; // INI file; "" = AppIdentity::settingsPath()
    QString logPath; // request log database; "" = RequestLogStore::defaultPath()
    CredentialStore *credentialStore = nullptr; // not owned; null = the OS keychain (--keychain-timeout)
    std::optional<EndpointTable> endpoints; // null = CIO_CONSOLE_ENDPOINTS or Customer.io's hosts
};

// One headless command (`workspace add`, `region`, `send`, ...): its options, its run, its exit code.
//
// start() parses the arguments that follow the command words and calls run(); the command ends with
// finish() or fail(), exactly once, and finished() carries the exit code (Cli::ExitCode). A command ends
// only once every call it sent has its final row in the request log (the session's allCommitted()).
// Every --help prints the command's synopsis and options and ends with 0.
class Command : public QObject
{
    Q_OBJECT

public:
    // synopsis: the command's lines of the usage text (Cli::usage()).
    Command(const CliEnvironment &environment, const QString &synopsis, QObject *parent = nullptr);
    ~Command() override;

    // arguments: the program, the command words (wordCount of them), then the command's own arguments.
    void start(const QStringList &arguments, int wordCount);
    bool isFinished() const { return m_exitCode >= 0; }
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void finished(int exitCode);

protected:
    virtual void addOptions(QCommandLineParser &parser) = 0;
    virtual void run() = 0;

    const QCommandLineParser &parser() const { return m_parser; }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    const CliEnvironment &environment() const { return m_environment; }
    QTextStream &out() { return *m_environment.out; }
    QTextStream &err() { return *m_environment.err; }

    // What a command does when the request log cannot be opened: goes on with a warning on err (Warn), ends
    // with exit 1 "request log: <why>" (Require: it reads or clears the log), goes on silently (Quiet: it may
    // send nothing; it warns itself, with warnIfNoLog(), before a call goes out), or, for the commands that
    // send calls (Calls), ends with exit 3 having sent nothing unless --no-log was given, which allows calls
    // that are not logged (ConsoleSession::allowUnloggedCalls()) with a warning.
    enum class LogUse { Warn, Require, Quiet, Calls };
    // The session, made on first use with the keychain and request timeouts given (--keychain-timeout,
    // --timeout); later calls return it as made. Null when the command ended: a usage error (exit 2) when
    // CIO_CONSOLE_ENDPOINTS is invalid and needEndpoints, exit 1 when the log is required and cannot open.
    ConsoleSession *session(int keychainTimeoutMs = 15000, int requestTimeoutMs = 0, bool needEndpoints = true,
                            LogUse log = LogUse::Warn);
    // "warning: request log: <why>" on err when the session's log could not be opened.
    void warnIfNoLog();
    // Printing, as text, or as JSON when json (OutputFormatter).
    OutputFormatter output(bool json = false);

    // Sends one call with `send` (its live id; 0 when nothing was sent, which fails the command) and hands
    // its record to `report` once the call's row is committed to the log, also when that happens inside
    // `send` (no log to write to).
    void sendAndReport(ConsoleSession *session, const std::function<qint64()> &send,
                       const std::function<void(const RequestRecord &)> &report);
    // Ends the command as a finished call says: exit 1 with its error, or for a Track v2 207 whose
    // operations failed; else 0.
    void finishWithCall(const RequestRecord &record);
    void fail(int code, const QString &message);
    void finish(int code);
    // No positional argument beyond `count`; else a usage error naming the first extra one.
    bool expectPositional(int count, const QString &what);
    // A seconds option (0 < s <= 600) in milliseconds, or a usage error naming the option (false).
    bool secondsOption(const QString &name, int *ms);
    // --route auto|us|eu into *route (left as it is when the option is absent); false after a usage error.
    bool routeOption(Route *route);
    // An object given as JSON text, @FILE or @- (standard input); false after a usage error.
    bool jsonOption(const QString &name, QJsonObject *object);
    // One line of the input, without echo on a terminal (prompt on stderr then).
    QString readSecretLine(const QString &prompt);
    // "--name: must be ..." usage errors for options that do not apply to a subcommand.
    bool refuseOptions(const QStringList &options, const QString &why);
    QString synopsis() const { return m_synopsis; }

private:
    void end(int code);

    CliEnvironment m_environment;
    QString m_synopsis;
    QCommandLineParser m_parser;
    std::unique_ptr<ConsoleSession> m_session;
    int m_exitCode = -1;
    bool m_ending = false;
};
