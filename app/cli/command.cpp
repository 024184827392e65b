#include "command.h"

#include "cli.h"
#include "consolesession.h"
#include "outputformatter.h"
#include "outsidetext.h"
#include "trackv2errors.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>

#include <cmath>
#include <memory>
#include <termios.h>
#include <unistd.h>

namespace {
// The largest JSON file `--data @FILE` reads: a Track v2 batch (500 kB) with room to spare.
constexpr qint64 MaxJsonFileBytes = 1024 * 1024;
} // namespace

Command::Command(const CliEnvironment &environment, const QString &synopsis, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_synopsis(synopsis)
{ }

Command::~Command() = default;

void Command::start(const QStringList &arguments, int wordCount)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this command's usage."));
    m_parser.addOption(help);
    addOptions(m_parser);
    QStringList args = arguments;
    // Drop the command words so positional arguments start after them.
    for (int i = 0; i < wordCount && args.size() > 1; ++i)
        args.removeAt(1);
    if (!m_parser.parse(args)) {
        fail(Cli::UsageError, m_parser.errorText() + u'\n' + m_synopsis);
        return;
    }
    if (m_parser.isSet(help)) {
        QString options = m_parser.helpText();
        const qsizetype at = options.indexOf(QLatin1String("Options:"));
        out() << tr("Usage:\n") << m_synopsis << u'\n' << (at < 0 ? options : options.mid(at));
        finish(Cli::Success);
        return;
    }
    // Bytes that are not UTF-8 arrive as U+FFFD: what would be sent is not what was typed.
    for (const QString &arg : std::as_const(args)) {
        if (arg.contains(QChar::ReplacementCharacter)) {
            fail(Cli::UsageError, tr("argument \"%1\": is not valid UTF-8").arg(arg.left(40)));
            return;
        }
    }
    // An option given twice would silently take its last value. (sandbox --fault and the workspace commands'
    // Pipelines source options repeat on purpose.)
    const QStringList repeatable = {QStringLiteral("fault"), QStringLiteral("pipelines-source"),
                                    QStringLiteral("remove-pipelines-source")};
    for (const QString &name : m_parser.optionNames()) {
        if (!repeatable.contains(name) && m_parser.values(name).size() > 1) {
            fail(Cli::UsageError, tr("--%1: given more than once").arg(name));
            return;
        }
    }
    run();
}

ConsoleSession *Command::session(int keychainTimeoutMs, int requestTimeoutMs, bool needEndpoints, LogUse log)
{
    if (m_session)
        return m_session.get();
    ConsoleSession::Options options;
    options.settingsPath = m_environment.settingsPath;
    options.logPath = m_environment.logPath;
    options.credentialStore = m_environment.credentialStore;
    options.keychainTimeoutMs = keychainTimeoutMs;
    options.endpoints = m_environment.endpoints;
    options.requestTimeoutMs = requestTimeoutMs;
    m_session = std::make_unique<ConsoleSession>(options);
    if (needEndpoints && !m_session->endpointError().isEmpty()) {
        fail(Cli::UsageError, m_session->endpointError());
        return nullptr;
    }
    if (log == LogUse::Require && !m_session->logError().isEmpty()) {
        fail(Cli::CallFailed, tr("request log: %1").arg(m_session->logError()));
        return nullptr;
    }
    if (log == LogUse::Calls && !m_session->logError().isEmpty()) {
        if (!m_parser.isSet(QStringLiteral("no-log"))) {
            fail(Cli::CredentialsUnavailable,
                 tr("request log: %1; nothing was sent (add --no-log to send calls that will not be logged)")
                     .arg(m_session->logError()));
            return nullptr;
        }
        m_session->allowUnloggedCalls(true);
    }
    if (log == LogUse::Warn || log == LogUse::Calls)
        warnIfNoLog();
    // A row the open log could not store is said, never left out silently.
    connect(m_session.get(), &ConsoleSession::callNotLogged, this, [this](qint64, const QString &why) {
        output().warning(tr("request log: a call was not logged: %1").arg(why));
    });
    return m_session.get();
}

void Command::warnIfNoLog()
{
    if (m_session && !m_session->logError().isEmpty())
        output().warning(tr("request log: ") + m_session->logError());
}

OutputFormatter Command::output(bool json)
{
    return OutputFormatter(out(), err(), json);
}

void Command::fail(int code, const QString &message)
{
    if (m_exitCode >= 0 || m_ending)
        return;
    // Messages may quote a server (a region answer's error): never a control sequence on the terminal.
    err() << tr("cio-console: ") << OutsideText::displayText(message) << Qt::endl;
    finish(code);
}

void Command::finish(int code)
{
    if (m_exitCode >= 0 || m_ending)
        return;
    // What was shown as done is on disk before the process ends.
    if (m_session && m_session->uncommittedCount() > 0) {
        m_ending = true;
        connect(m_session.get(), &ConsoleSession::allCommitted, this, [this, code] { end(code); });
        return;
    }
    end(code);
}

void Command::end(int code)
{
    if (m_exitCode >= 0)
        return;
    m_exitCode = code;
    out().flush();
    err().flush();
    Q_EMIT finished(code);
}

bool Command::expectPositional(int count, const QString &what)
{
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > count) {
        fail(Cli::UsageError, tr("%1: unexpected argument \"%2\"").arg(what, positional.at(count)));
        return false;
    }
    return true;
}

bool Command::secondsOption(const QString &name, int *ms)
{
    bool ok = false;
    const QString text = m_parser.value(name);
    const double seconds = text.toDouble(&ok);
    // From 0.1 s: a shorter wait could not tell a slow host from a dead one (and would round to nothing).
    if (!ok || !std::isfinite(seconds) || seconds < 0.1 || seconds > 600) {
        fail(Cli::UsageError, tr("--%1: must be a number of seconds from 0.1 to 600 (got \"%2\")").arg(name, text));
        return false;
    }
    *ms = int(std::lround(seconds * 1000));
    return true;
}

bool Command::routeOption(Route *route)
{
    if (!m_parser.isSet(QStringLiteral("route")))
        return true;
    const std::optional<Route> given = routeFromCode(m_parser.value(QStringLiteral("route")));
    if (!given) {
        fail(Cli::UsageError,
             tr("--route: must be auto, us or eu (got \"%1\")").arg(m_parser.value(QStringLiteral("route"))));
        return false;
    }
    *route = *given;
    return true;
}

bool Command::jsonOption(const QString &name, QJsonObject *object)
{
    const QString value = m_parser.value(name);
    QByteArray text = value.toUtf8();
    const QString field = QStringLiteral("--") + name;
    if (value.startsWith(u'@')) {
        const QString path = value.mid(1);
        QFile file;
        bool opened = false;
        if (path == u"-" && m_environment.in)
            opened = m_environment.in->isOpen() || m_environment.in->open(QIODevice::ReadOnly);
        else if (path == u"-")
            opened = file.open(stdin, QIODevice::ReadOnly);
        else if (const QFileInfo info(path); info.exists() && !info.isFile()) {
            fail(Cli::UsageError, tr("%1: %2 is not a regular file").arg(field, path));
            return false;
        } else
            opened = (file.setFileName(path), file.open(QIODevice::ReadOnly));
        QIODevice *device = path == u"-" && m_environment.in ? m_environment.in : &file;
        if (!opened) {
            fail(Cli::UsageError, tr("%1: cannot read %2: %3").arg(field, path, device->errorString()));
            return false;
        }
        // A pipe gives its data in pieces: read until the end (or past the limit).
        text.clear();
        while (text.size() <= MaxJsonFileBytes) {
            const QByteArray chunk = device->read(MaxJsonFileBytes + 1 - text.size());
            if (chunk.isEmpty())
                break;
            text += chunk;
        }
        if (text.size() > MaxJsonFileBytes) {
            fail(Cli::UsageError,
                 tr("%1: %2 is larger than %3 bytes").arg(field, path, QString::number(MaxJsonFileBytes)));
            return false;
        }
    }
    if (m_parser.isSet(name) && text.trimmed().isEmpty()) {
        fail(Cli::UsageError, tr("%1: must be a JSON object such as {\"plan\": \"pro\"}, not empty").arg(field));
        return false;
    }
    QString error;
    if (!parseJsonObjectField(field, text, object, &error)) {
        fail(Cli::UsageError, error);
        return false;
    }
    return true;
}

QString Command::readSecretLine(const QString &prompt)
{
    if (m_environment.in) {
        if (!m_environment.in->isOpen())
            m_environment.in->open(QIODevice::ReadOnly);
        return QString::fromUtf8(m_environment.in->readLine()).trimmed();
    }
    const bool tty = isatty(STDIN_FILENO);
    termios saved {};
    if (tty) {
        err() << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    QString line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = QString::fromUtf8(in.readLine()).trimmed();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << Qt::endl;
    }
    return line;
}

bool Command::refuseOptions(const QStringList &options, const QString &why)
{
    for (const QString &option : options) {
        if (m_parser.isSet(option)) {
            fail(Cli::UsageError, why.arg(option) + u'\n' + m_synopsis);
            return false;
        }
    }
    return true;
}

void Command::sendAndReport(ConsoleSession *session, const std::function<qint64()> &send,
                            const std::function<void(const RequestRecord &)> &report)
{
    auto live = std::make_shared<qint64>(0);
    auto early = std::make_shared<QHash<qint64, RequestRecord>>();
    connect(session, &ConsoleSession::callEnded, this, [live, early, report](qint64 id, const RequestRecord &record) {
        if (*live == 0)
            early->insert(id, record);
        else if (id == *live)
            report(record);
    });
    *live = send();
    if (*live == 0)
        fail(Cli::CallFailed, tr("nothing was sent: no usable endpoint table"));
    else if (early->contains(*live))
        report(early->value(*live));
}

void Command::finishWithCall(const RequestRecord &record)
{
    if (!record.succeeded()) {
        fail(Cli::CallFailed, record.error);
        return;
    }
    // A 207 from /api/v2/batch: some operations failed (listed as warnings).
    if (record.status == 207 && !trackV2ItemErrors(record.responseBody).isEmpty()) {
        fail(Cli::CallFailed, tr("some operations of the batch failed"));
        return;
    }
    finish(Cli::Success);
}
