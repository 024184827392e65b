#pragma once

#include "command.h"

#include <QDateTime>

// cio-console report [--workspace NAME | --account NAME | --all] [--from DATE] [--to DATE] [--api LIST]
//                    --format pdf|json|html --output FILE
// A residency evidence report (ResidencyReportBuilder) of the request log, written to FILE only once complete.
// Exit 2 for bad input (naming the option), 3 when the report key cannot be read from the keychain, 1 when
// the log cannot be read or the report not made.
// cio-console report verify FILE
// Recomputes a JSON report's hash chain (ReportJson::verify) and, when the request log that made it is here,
// checks the rows against it. Exit 0 verified, 1 the chain breaks or a row differs from the log (the message
// names the row), 2 FILE is unreadable or not a residency report.
// (`verify` is a word of this command rather than a command of its own: `report` alone makes a report.)
class ReportCommand : public Command
{
    Q_OBJECT

public:
    ReportCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent = nullptr);

    // DATE: YYYY-MM-DD (a day, UTC) or an ISO 8601 time. endOfDay: a bare day means the end of that day.
    static QDateTime parseDate(const QString &text, bool endOfDay);

protected:
    void addOptions(QCommandLineParser &parser) override;
    void run() override;

private:
    void runVerify(const QStringList &positional);
};
