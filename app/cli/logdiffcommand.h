#pragma once

#include "logcommand.h"

// cio-console log diff ID ID
// Two stored calls side by side (CallDiff): request, outcome, every hop with its header fields, and the
// bodies line by line; "≠" marks what differs. Exit 0 (whether or not they differ), 2 when an ID is not a
// number, 1 when no such call.
class LogDiffCommand : public LogCommand
{
    Q_OBJECT

public:
    LogDiffCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent = nullptr);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int idArguments() const override { return 2; }
    void runLog() override;
};
