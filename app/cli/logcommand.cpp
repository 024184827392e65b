// cio-console log ...: the request log, headless.
#include "clirunner.h"

#include "cli.h"

#include <QTextStream>

void CliRunner::runLog()
{
    fail(Cli::UsageError, tr("log: the persistent request log is not available in this version"));
}
