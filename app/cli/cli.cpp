#include "cli.h"

#include "clirunner.h"

#include <QCoreApplication>
#include <QTimer>

namespace Cli {

bool isCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    static const QStringList commands = {QStringLiteral("workspace"), QStringLiteral("region"),
                                         QStringLiteral("send"), QStringLiteral("sandbox"),
                                         QStringLiteral("log")};
    return commands.contains(arguments.at(1));
}

int run(QCoreApplication &app, const QStringList &arguments)
{
    CliRunner runner(arguments);
    QTimer::singleShot(0, &runner, &CliRunner::start);
    return app.exec();
}

} // namespace Cli
