#pragma once

#include "residencyreport.h"

#include <QByteArray>
#include <QString>

class QIODevice;

// A residency report as JSON (docs/report.md, docs/report-schema.json), and its verification.
namespace ReportJson {

constexpr int SchemaVersion = 1;

// Writes the report, one row a line, streaming (a report may hold hundreds of thousands of rows).
bool write(const ResidencyReport &report, QIODevice *device, QString *error);

// What verify() found.
struct Verification
{
    enum class Status {
        Verified, // the report's chain holds (and, when logChecked, matches the log)
        Broken, // the report's own chain breaks at brokenId, or a row differs from the log
        Invalid, // not a residency report of this schema (message names the field)
    };
    Status status = Status::Invalid;
    qint64 brokenId = 0;
    QString message; // people-readable
    qint64 rows = 0; // rows in the report
    qint64 calls = 0; // rows in scope (with fields)
    bool logChecked = false; // the log that made it was found and compared
    QString logNote; // why the log was not compared, when it was not
    QString head; // hex digest of the last row
};

// Recomputes the report's chain from its anchor; then, when logPath is the log that made the report (same
// chain start), checks that every row still has the same digest there and that the log's own chain holds
// over the rows' range.
Verification verify(const QByteArray &json, const QString &logPath);

} // namespace ReportJson
