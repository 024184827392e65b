#include "logexportcommand.h"

#include "cli.h"
#include "logexportfile.h"
#include "outputformatter.h"

LogExportCommand::LogExportCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent)
    : LogCommand(environment, synopsis, QStringLiteral("export"), parent)
{ }

void LogExportCommand::addOptions(QCommandLineParser &parser)
{
    addLogOptions(parser, {QStringLiteral("format"), QStringLiteral("output")}, true);
}

void LogExportCommand::runLog()
{
    const std::optional<LogExport::Format> format = LogExport::formatFromName(value(QStringLiteral("format")));
    if (!format) {
        fail(Cli::UsageError, tr("--format: must be har or jsonl (got \"%1\")").arg(value(QStringLiteral("format"))));
        return;
    }
    const RequestLogStore *store = openLog();
    if (!store)
        return;
    const bool toFile = isSet(QStringLiteral("output"));
    const QString output = value(QStringLiteral("output"));
    LogExportFile::Result result;
    if (toFile) {
        result = LogExportFile::writeMatching(*store, filter(), output, *format);
    } else {
        QIODevice *device = this->output().rawOut();
        if (!device) {
            fail(Cli::CallFailed, tr("cannot write to stdout"));
            return;
        }
        result = LogExportFile::writeMatching(*store, filter(), device, *format);
    }
    if (result.failure == LogExportFile::Result::Failure::File) {
        fail(Cli::UsageError, tr("--output: cannot write %1: %2").arg(output, result.error));
        return;
    }
    if (!result.ok()) {
        fail(Cli::CallFailed, tr("log export: %1").arg(result.error));
        return;
    }
    if (toFile)
        this->output().logExported(result.count, output);
    finish(Cli::Success);
}
