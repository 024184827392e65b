#pragma once

#include "logcommand.h"

// cio-console log clear [FILTERS]
// Deletes every stored call matching the filters (all of them without a filter) and says how many, and
// from which file.
class LogClearCommand : public LogCommand
{
    Q_OBJECT

public:
    LogClearCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent = nullptr);

protected:
    void addOptions(QCommandLineParser &parser) override;
    void runLog() override;
};
