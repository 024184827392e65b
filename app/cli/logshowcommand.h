#pragma once

#include "logcommand.h"

// cio-console log show ID [--json]
// Everything the window's detail pane shows of one stored call (RequestInspection): the call, every hop
// with its timing, header fields and body, the request and the answer; Authorization only masked. With
// --json one object, RequestRecord::toDetailJson(). Exit 2 when ID is not a number, 1 when no such call.
class LogShowCommand : public LogCommand
{
    Q_OBJECT

public:
    LogShowCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent = nullptr);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int idArguments() const override { return 1; }
    void runLog() override;
};
