#include "cli.h"

#include "command.h"
#include "logclearcommand.h"
#include "logdiffcommand.h"
#include "logexportcommand.h"
#include "logimportcommand.h"
#include "logreplaycommand.h"
#include "logshowcommand.h"
#include "logtailcommand.h"
#include "regioncommand.h"
#include "reportcommand.h"
#include "sandboxcommand.h"
#include "sendcommand.h"
#include "workspaceaddcommand.h"
#include "workspaceeditcommand.h"
#include "workspacelistcommand.h"
#include "workspaceremovecommand.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace Cli {

namespace {
// The context of the usage text's translations.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

template<typename T> CommandInfo::Make make()
{
    return [](const CliEnvironment &environment, const QString &synopsis) -> Command * {
        return new T(environment, synopsis);
    };
}

QString footer()
{
    return Text::tr("Options of region and send: --via us|eu (first host; default: the detected region), --json,\n"
                    "  --timeout SECONDS (default 10), --keychain-timeout SECONDS (default 15),\n"
                    "  --no-log (send even when the request log cannot be written).\n"
                    "With --site-id the Track API key is read from the environment variable CIO_TRACK_API_KEY.\n"
                    "FILTERS of log export, tail and clear: see cio-console log --help.\n"
                    "CIO_CONSOLE_ENDPOINTS=FILE points the console at other hosts (see docs/cli.md).\n"
                    "Every command and subcommand takes --help.\n"
                    "Exit codes: 0 success, 1 the call failed, 2 usage error or invalid input (nothing was sent),\n"
                    "  3 credentials unavailable.\n");
}

bool isHelp(const QString &argument)
{
    return argument == u"--help" || argument == u"-h" || argument == u"help";
}

// The subcommands of a group word ("workspace": add, edit, list, remove), in the order of the usage text.
QStringList subcommands(const QString &group)
{
    QStringList words;
    for (const CommandInfo &info : commands()) {
        if (info.words.size() > 1 && info.words.constFirst() == group)
            words << info.words.at(1);
    }
    return words;
}

// "add, edit, list or remove".
QString alternatives(const QStringList &words)
{
    if (words.size() < 2)
        return words.value(0);
    return Text::tr("%1 or %2").arg(words.mid(0, words.size() - 1).join(QStringLiteral(", ")), words.constLast());
}

// What a group's usage says besides its commands' synopses.
QString groupNote(const QString &group)
{
    return group == u"log" ? LogCommand::filterUsage() : QString();
}
} // namespace

const CommandInfo *find(const QStringList &arguments)
{
    const CommandInfo *best = nullptr;
    for (const CommandInfo &info : commands()) {
        if (arguments.size() <= info.words.size())
            continue;
        if (arguments.mid(1, info.words.size()) == info.words && (!best || info.words.size() > best->words.size()))
            best = &info;
    }
    return best;
}

bool isGroup(const QString &word)
{
    return !subcommands(word).isEmpty();
}

QString groupUsage(const QString &group)
{
    QString text = Text::tr("Usage:\n");
    for (const CommandInfo &info : commands()) {
        if (info.words.value(0) == group)
            text += info.synopsis();
    }
    return text + groupNote(group);
}

int answerGroup(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString group = arguments.value(1);
    const QString word = arguments.value(2);
    if (isHelp(word)) {
        out << groupUsage(group) << Qt::flush;
        return Success;
    }
    const QString got = word.isEmpty() ? QString() : Text::tr(" (got \"%1\")").arg(word);
    err << Text::tr("cio-console: %1: expected %2%3\n").arg(group, alternatives(subcommands(group)), got)
        << groupUsage(group) << Qt::flush;
    return UsageError;
}

const QList<CommandInfo> &commands()
{
    // The order of the usage text.
    static const QList<CommandInfo> list = {
        {{QStringLiteral("workspace"), QStringLiteral("add")},
         [] {
             return Text::tr(
                 "  cio-console workspace add NAME [--site-id ID] [--pipelines-source NAME[=us|eu]]... [--account "
                 "NAME]\n"
                 "                                [--route auto|us|eu] [--app-key-stdin] [--no-verify]\n"
                 "                                (keys on stdin, one a line: the Track API key, the App API key\n"
                 "                                with --app-key-stdin, then one for each --pipelines-source)\n");
         },
         make<WorkspaceAddCommand>()},
        {{QStringLiteral("workspace"), QStringLiteral("edit")},
         [] {
             return Text::tr(
                 "  cio-console workspace edit NAME [--name NEW] [--site-id ID] [--account NAME] "
                 "[--route auto|us|eu]\n"
                 "                                 [--track-key-stdin] [--app-key-stdin | --remove-app-key]\n"
                 "                                 [--pipelines-source NAME[=us|eu]]... [--remove-pipelines-source "
                 "NAME]...\n"
                 "                                 [--no-verify]   (new keys on stdin, the Track API key first)\n");
         },
         make<WorkspaceEditCommand>()},
        {{QStringLiteral("workspace"), QStringLiteral("list")},
         [] { return Text::tr("  cio-console workspace list [--json]\n"); },
         make<WorkspaceListCommand>()},
        {{QStringLiteral("workspace"), QStringLiteral("remove")},
         [] { return Text::tr("  cio-console workspace remove NAME\n"); },
         make<WorkspaceRemoveCommand>()},
        {{QStringLiteral("region")},
         [] {
             return Text::tr("  cio-console region (--workspace NAME | --site-id ID) [--via us|eu] [--check-app-key "
                             "[--other-region]]\n"
                             "                                                   [--json]\n"
                             "  cio-console region --all [--concurrency N] [--json]\n");
         },
         make<RegionCommand>()},
        {{QStringLiteral("send")},
         [] {
             return Text::tr(
                        "  cio-console send CALL (--workspace NAME | --site-id ID) OPTIONS [--count N [--rate R]]\n"
                        "    identify       --id ID [--attributes JSON]\n"
                        "    delete         --id ID\n"
                        "    event|page|screen --id ID --name NAME|URL|SCREEN [--data JSON] [--timestamp TIME]\n"
                        "    anonymous      --name NAME [--anonymous-id AID] [--data JSON] [--timestamp TIME]\n"
                        "    add-device     --id ID --device-id TOKEN --platform ios|android [--attributes JSON]\n"
                        "                   [--timestamp TIME (last used)]\n"
                        "    delete-device  --id ID --device-id TOKEN\n"
                        "    suppress|unsuppress --id ID\n"
                        "    merge          --id PRIMARY --secondary ID   (the secondary person is merged and "
                        "deleted)\n"
                        "    form-submit    --form-id ID --data JSON      (the form's fields, with id or email)\n"
                        "    segment-add|segment-remove --segment-id ID --ids ID,ID,...   (at most 1000)\n"
                        "    entity|batch   --data JSON                   (Track v2 /api/v2/entity, /api/v2/batch)\n"
                        "    event, page, screen and anonymous also take --event-id ULID|generate; merge takes\n"
                        "    --primary-type and --secondary-type id|email|cio_id.\n"
                        "    JSON is an object or @FILE (@- reads standard input); TIME is Unix seconds or ISO 8601.\n"
                        "    --count N sends the call N times at R calls per second (default 10, at most 100); a 429\n"
                        "    answer is waited out (Retry-After) and the call sent again; other failures are not "
                        "re-sent.\n")
                 + Text::tr(
                        "  cio-console send --api pipelines CALL (--region us|eu | --workspace NAME [--source NAME])\n"
                        "                   OPTIONS [--timestamp ISO8601] [--message-id ID] [--no-strict]\n"
                        "    (with --region the key from CIO_PIPELINES_API_KEY, with --workspace the source's key\n"
                        "    from the keychain; strict mode, X-Strict-Mode: 1, unless --no-strict)\n"
                        "    identify       (--user-id ID | --anonymous-id ID) [--traits JSON]\n"
                        "    track          (--user-id ID | --anonymous-id ID) --event NAME [--properties JSON]\n"
                        "    page|screen    (--user-id ID | --anonymous-id ID) --name NAME [--properties JSON]\n"
                        "    group          (--user-id ID | --anonymous-id ID) --group-id ID [--traits JSON]\n"
                        "    alias          --user-id ID --previous-id ID\n"
                        "    batch          --data JSON                   (/v1/batch: {\"batch\": [calls]})\n"
                        "    device-created|device-deleted --user-id ID --device-token TOKEN [--platform ios|android]\n"
                        "    user-deleted|user-suppressed|user-unsuppressed --user-id ID\n"
                        "    relationship-deleted --user-id ID --object-id ID [--object-type-id N]\n"
                        "    object-deleted --anonymous-id ID --object-id ID [--object-type-id N]\n"
                        "    report-delivery [--user-id ID] [--anonymous-id ID] --delivery-id ID\n"
                        "                   --metric delivered|opened|clicked|converted [--recipient ADDRESS]\n"
                        "    report-content [--user-id ID] [--anonymous-id ID] --action-type "
                        "viewed_content|clicked_content\n"
                        "                   [--content-id N] [--template-id N]\n");
         },
         make<SendCommand>()},
        {{QStringLiteral("log"), QStringLiteral("export")},
         [] { return Text::tr("  cio-console log export --format har|jsonl [--output FILE] [FILTERS]\n"); },
         make<LogExportCommand>()},
        {{QStringLiteral("log"), QStringLiteral("tail")},
         [] { return Text::tr("  cio-console log tail [-n N] [--json] [FILTERS]\n"); },
         make<LogTailCommand>()},
        {{QStringLiteral("log"), QStringLiteral("clear")},
         [] { return Text::tr("  cio-console log clear [FILTERS]\n"); },
         make<LogClearCommand>()},
        {{QStringLiteral("log"), QStringLiteral("show")},
         [] { return Text::tr("  cio-console log show ID [--json]\n"); },
         make<LogShowCommand>()},
        {{QStringLiteral("log"), QStringLiteral("replay")},
         [] { return Text::tr("  cio-console log replay ID [--json]\n"); },
         make<LogReplayCommand>()},
        {{QStringLiteral("log"), QStringLiteral("diff")},
         [] { return Text::tr("  cio-console log diff ID ID\n"); },
         make<LogDiffCommand>()},
        {{QStringLiteral("log"), QStringLiteral("import")},
         [] { return Text::tr("  cio-console log import FILE.har\n"); },
         make<LogImportCommand>()},
        {{QStringLiteral("sandbox")},
         [] {
             return Text::tr("  cio-console sandbox [--ports a,b,c,d[,e,f]] [--accounts FILE] [--fault HOST=FAULT]\n"
                             "                      [--redirect-status 301|302|307|308] [--write-endpoints FILE]\n"
                             "                      [--tls-cert FILE --tls-key FILE [--tls-ca FILE]]\n");
         },
         make<SandboxCommand>()},
        {{QStringLiteral("report")},
         [] {
             return Text::tr(
                 "  cio-console report [--workspace NAME | --account NAME | --all] [--from DATE] [--to DATE]\n"
                 "                     [--api track,app,pipelines] --format pdf|json|html --output FILE\n"
                 "  cio-console report verify FILE\n");
         },
         make<ReportCommand>()},
    };
    return list;
}

QString usage(const QString &heading)
{
    QString text = (heading.isEmpty() ? Text::tr("Usage:") : heading)
        + Text::tr("\n  cio-console [--sandbox]                          open the window\n");
    for (const CommandInfo &info : commands())
        text += info.synopsis();
    return text + footer();
}

bool isCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    for (const CommandInfo &info : commands()) {
        if (info.words.constFirst() == arguments.at(1))
            return true;
    }
    return false;
}

int run(QCoreApplication &app, const QStringList &arguments)
{
    static QTextStream out(stdout);
    static QTextStream err(stderr);
    const CommandInfo *info = find(arguments);
    if (!info) {
        if (isGroup(arguments.value(1)))
            return answerGroup(arguments, out, err);
        err << Text::tr("cio-console: unknown command \"%1\"\n").arg(arguments.value(1)) << usage() << Qt::flush;
        return UsageError;
    }
    CliEnvironment environment;
    environment.out = &out;
    environment.err = &err;
    std::unique_ptr<Command> command(info->make(environment, info->synopsis()));
    QObject::connect(command.get(), &Command::finished, &app, [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, command.get(), [&] { command->start(arguments, int(info->words.size())); });
    return app.exec();
}

} // namespace Cli
