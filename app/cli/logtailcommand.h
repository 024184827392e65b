#pragma once

#include "logcommand.h"

// cio-console log tail [-n N] [--json] [FILTERS]
// The newest N matching calls (1 to 100000, default 10), oldest first: one line each, or with --json one
// JSONL object each (the fields of log export --format jsonl).
class LogTailCommand : public LogCommand
{
    Q_OBJECT

public:
    LogTailCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent = nullptr);

protected:
    void addOptions(QCommandLineParser &parser) override;
    void runLog() override;
};
