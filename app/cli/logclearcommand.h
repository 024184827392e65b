#pragma once

#include "logcommand.h"

// cio-console log clear
// Deletes every stored call (the filters are checked, not applied) and says how many, and from which file.
class LogClearCommand : public LogCommand
{
    Q_OBJECT

public:
    LogClearCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent = nullptr);

protected:
    void addOptions(QCommandLineParser &parser) override;
    void runLog() override;
};
