#include "cli.h"

#include "clirunner.h"

#include <QCoreApplication>
#include <QTimer>

namespace Cli {

QString usage()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage:\n"
        "  cio-console [--sandbox]                          open the window\n"
        "  cio-console workspace add NAME --site-id ID [--account NAME] [--route auto|us|eu] [--app-key-stdin]\n"
        "                                                   [--no-verify]\n"
        "                                                   (Track API key on stdin, App API key on line 2)\n"
        "  cio-console workspace edit NAME [--name NEW] [--site-id ID] [--account NAME] [--route auto|us|eu]\n"
        "                                  [--track-key-stdin]\n"
        "                                 [--app-key-stdin | --remove-app-key] [--no-verify]\n"
        "                                                   (new keys on stdin, the Track API key first)\n"
        "  cio-console workspace list [--json]\n"
        "  cio-console workspace remove NAME\n"
        "  cio-console region (--workspace NAME | --site-id ID) [--via us|eu] [--check-app-key [--other-region]]\n"
        "                                                   [--json]\n"
        "  cio-console send CALL (--workspace NAME | --site-id ID) OPTIONS [--count N [--rate R]]\n"
        "    identify       --id ID [--attributes JSON]\n"
        "    delete         --id ID\n"
        "    event|page|screen --id ID --name NAME|URL|SCREEN [--data JSON] [--timestamp TIME]\n"
        "    anonymous      --anonymous-id AID --name NAME [--data JSON] [--timestamp TIME]\n"
        "    add-device     --id ID --device-id TOKEN --platform ios|android [--attributes JSON]\n"
        "                   [--timestamp TIME (last used)]\n"
        "    delete-device  --id ID --device-id TOKEN\n"
        "    suppress|unsuppress --id ID\n"
        "    merge          --id PRIMARY --secondary ID   (the secondary person is merged and deleted)\n"
        "    entity|batch   --data JSON                   (Track v2 /api/v2/entity, /api/v2/batch)\n"
        "    JSON is an object or @FILE (@- reads standard input); TIME is Unix seconds or ISO 8601.\n"
        "    --count N sends the call N times at R calls per second (default 10, at most 100); a 429\n"
        "    answer is waited out (Retry-After) and the call sent again; other failures are not re-sent.\n"
        "  cio-console log export --format har|jsonl [--output FILE]   (filters: see log --help)\n"
        "  cio-console log tail [-n N] [--json] | log clear\n"
        "  cio-console sandbox [--ports a,b,c,d] [--accounts FILE] [--fault HOST=FAULT]\n"
        "                      [--redirect-status 301|302|307|308] [--write-endpoints FILE]\n"
        "Options of region and send: --via us|eu (first host; default: the detected region), --json,\n"
        "  --timeout SECONDS (default 10), --keychain-timeout SECONDS (default 15).\n"
        "With --site-id the Track API key is read from the environment variable CIO_TRACK_API_KEY.\n"
        "CIO_CONSOLE_ENDPOINTS=FILE points the console at other hosts (see README).\n"
        "Exit codes: 0 success, 1 the call failed, 2 usage error or invalid input (nothing was sent),\n"
        "  3 credentials unavailable.\n");
}

bool isCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    static const QStringList commands = {QStringLiteral("workspace"), QStringLiteral("region"), QStringLiteral("send"),
                                         QStringLiteral("sandbox"), QStringLiteral("log")};
    return commands.contains(arguments.at(1));
}

int run(QCoreApplication &app, const QStringList &arguments)
{
    CliRunner runner(arguments);
    QTimer::singleShot(0, &runner, &CliRunner::start);
    return app.exec();
}

} // namespace Cli
