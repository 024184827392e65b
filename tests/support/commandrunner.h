#pragma once

// A command of the command line run in this process, as Cli::run() makes it from the command list:
// output and errors go to buffers, standard input is read from a buffer, and the settings file, the
// request log, the credential store and the endpoint table are the test's (environment). Its end is
// waited for on the event loop, so an in-process sandbox answers its calls meanwhile.
#include "cli.h"
#include "command.h"

#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QTextStream>

#include <memory>
#include <optional>

struct CommandRun
{
    int code = -1; // the exit code; -1 when the command did not finish in time
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nout: %2\nerr: %3").arg(QString::number(code), out, err);
    }
};

// A command's three streams, over buffers.
struct CommandStreams
{
    QByteArray outBytes;
    QByteArray errBytes;
    QBuffer outBuffer {&outBytes};
    QBuffer errBuffer {&errBytes};
    QBuffer in;
    QTextStream out;
    QTextStream err;

    explicit CommandStreams(const QByteArray &input = {})
    {
        outBuffer.open(QIODevice::WriteOnly);
        errBuffer.open(QIODevice::WriteOnly);
        out.setDevice(&outBuffer);
        err.setDevice(&errBuffer);
        in.setData(input);
    }
    // What was written so far.
    QString outText()
    {
        out.flush();
        return QString::fromUtf8(outBytes);
    }
    QString errText()
    {
        err.flush();
        return QString::fromUtf8(errBytes);
    }
};

class CommandRunner
{
public:
    // settingsPath, logPath, credentialStore and endpoints for every command; the streams are set per command.
    CliEnvironment environment;

    // The full argument list of args (the program's name first).
    static QStringList arguments(const QStringList &args) { return QStringList {QStringLiteral("cio-console")} + args; }

    // The command args name, made over streams as Cli::run() makes it, not started (start it with
    // arguments(args) and *words); null when args name no command.
    std::unique_ptr<Command> make(const QStringList &args, CommandStreams *streams, int *words) const
    {
        const Cli::CommandInfo *info = Cli::find(arguments(args));
        if (!info || !info->make)
            return nullptr;
        CliEnvironment env = environment;
        env.out = &streams->out;
        env.err = &streams->err;
        env.in = &streams->in;
        *words = int(info->words.size());
        return std::unique_ptr<Command>(info->make(env, info->synopsis()));
    }

    // The command args name, made and started, with input on its standard input; its end waited for.
    CommandRun run(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 20000) const
    {
        CommandRun r;
        CommandStreams streams(input);
        int words = 0;
        std::unique_ptr<Command> command = make(args, &streams, &words);
        if (!command) {
            r.err = QStringLiteral("no command for ") + args.join(u' ');
            return r;
        }
        std::optional<int> code;
        QObject::connect(command.get(), &Command::finished, command.get(), [&code](int exitCode) { code = exitCode; });
        command->start(arguments(args), words);
        if (!QTest::qWaitFor([&code] { return code.has_value(); }, timeoutMs))
            qWarning("%s did not finish within %d ms", qPrintable(args.join(u' ')), timeoutMs);
        command.reset(); // the session goes: the log and the settings are closed
        r.code = code.value_or(-1);
        r.out = streams.outText();
        r.err = streams.errText();
        return r;
    }
};
