#pragma once

// The built cio-console as a separate process, end to end: the path ctest gives in CIO_CONSOLE_BINARY
// (cio_add_test), arguments, standard input, an environment (usually TestHome::environment()), and
// its exit code and both output streams. Everything any run printed is kept, so that a test can check
// at the end that no secret ever reached the output.
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

struct CliResult
{
    int code = -1; // the exit code; -1 when the process crashed, was killed or did not start
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(QString::number(code), QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

class CliProcess
{
public:
    static constexpr int DefaultTimeoutMs = 60000;

    static QString binaryFromEnvironment() { return qEnvironmentVariable("CIO_CONSOLE_BINARY"); }

    explicit CliProcess(const QString &binary = binaryFromEnvironment())
        : m_binary(binary)
    { }

    QString binary() const { return m_binary; }
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    // A program and its arguments that start the binary (which follows them, then args), as `unshare
    // --mount -- sh -c ...` does for a process that must see a read-only or full directory; none by default.
    void setLauncher(const QStringList &launcher) { m_launcher = launcher; }

    // Runs the binary with args and input on its standard input (then closed), in env (the one set by
    // setEnvironment() when env is empty). Turns the event loop while it runs, so that whatever this
    // process serves (an in-process sandbox, a D-Bus connection) answers meanwhile; kills it after
    // timeoutMs (then code is -1).
    CliResult run(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &env = {},
                  int timeoutMs = DefaultTimeoutMs)
    {
        QProcess p;
        p.setProcessEnvironment(env.isEmpty() ? m_environment : env);
        if (m_launcher.isEmpty())
            p.start(m_binary, args);
        else
            p.start(m_launcher.first(), m_launcher.mid(1) + QStringList {m_binary} + args);
        CliResult r;
        if (!p.waitForStarted(10000)) {
            r.err = p.errorString().toUtf8();
            return r;
        }
        p.write(input);
        p.closeWriteChannel();
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
            p.kill();
            p.waitForFinished(5000);
        }
        r.code = p.exitStatus() == QProcess::NormalExit && p.error() != QProcess::Crashed ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        collect(r.out + r.err);
        return r;
    }

    // A process started elsewhere (a long-running sandbox, a burst to interrupt) with the same binary and
    // environment; its output is the caller's to collect().
    void start(QProcess *process, const QStringList &args, const QProcessEnvironment &env = {}) const
    {
        process->setProcessEnvironment(env.isEmpty() ? m_environment : env);
        process->start(m_binary, args);
    }

    // The bytes written to the standard input of the process pid that it has not read yet (-1 when that
    // cannot be known): FIONREAD on its end of the pipe, opened through /proc (Linux). 0 once it has read
    // everything written so far.
    static int unreadInput(qint64 pid)
    {
        const QByteArray path = "/proc/" + QByteArray::number(pid) + "/fd/0";
        const int fd = ::open(path.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            return -1;
        int unread = -1;
        if (::ioctl(fd, FIONREAD, &unread) != 0)
            unread = -1;
        ::close(fd);
        return unread;
    }

    // Keeps output printed by a process started elsewhere among allOutput().
    void collect(const QByteArray &output) { m_allOutput += output; }
    // Everything every run printed, both streams.
    const QByteArray &allOutput() const { return m_allOutput; }

private:
    QString m_binary;
    QStringList m_launcher;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QByteArray m_allOutput;
};
