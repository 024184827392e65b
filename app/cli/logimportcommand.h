#pragma once

#include "logcommand.h"

// cio-console log import FILE.har
// Reads a HAR 1.2 file (HarImport) into the request log as read-only rows of an imported source and says
// how many calls and hops, and which regional hosts they reached (HarImport::summary()). Exit 2 when the
// file is refused (missing, over 100 MB, not JSON, not HAR 1.2: nothing imported), 1 when the log cannot
// be written.
class LogImportCommand : public LogCommand
{
    Q_OBJECT

public:
    LogImportCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent = nullptr);

protected:
    void addOptions(QCommandLineParser &parser) override;
    bool takesFile() const override { return true; }
    void runLog() override;
};
