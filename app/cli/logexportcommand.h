#pragma once

#include "logcommand.h"

// cio-console log export --format har|jsonl [--output FILE] [FILTERS]
// Every matching call, oldest first, streamed from the log (LogExportFile): to FILE, replaced only once the
// export is complete (exit 2 when it cannot be written), or to standard output.
class LogExportCommand : public LogCommand
{
    Q_OBJECT

public:
    LogExportCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent = nullptr);

protected:
    void addOptions(QCommandLineParser &parser) override;
    void runLog() override;
};
