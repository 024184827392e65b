#pragma once

#include "command.h"
#include "requestlogfilter.h"

class RequestLogStore;

// The `log` subcommands (export, tail, clear) over the persistent request log (the session's store, the
// database under the data directory, RequestLogStore::defaultPath()).
//
// Every subcommand accepts the whole table of log options, as the command line always has; its --help shows
// those it uses, and the others are ignored. The filters are checked for every subcommand:
//   --workspace NAME, --region us|eu|unknown (of the host that handled the call), --handled-by HOST,
//   --status 2xx|3xx|4xx|5xx|network, --call NAME (a name of send, region or app-key-check), --search TEXT.
// Exit 2 on a usage error, 1 when the log cannot be opened, read or written.
class LogCommand : public Command
{
    Q_OBJECT

public:
    // subcommand: "export", "tail" or "clear", as typed after `log`.
    LogCommand(const CliEnvironment &environment, const QString &synopsis, const QString &subcommand,
               QObject *parent = nullptr);

    // The filter list, as `cio-console log --help` prints it.
    static QString filterUsage();

protected:
    // Adds every log option; those not named in `used` are accepted but hidden from --help. withFilters: the
    // filters are shown too.
    void addLogOptions(QCommandLineParser &parser, const QStringList &used, bool withFilters);
    // Refuses positional arguments, reads the filters and calls runLog().
    void run() final;
    virtual void runLog() = 0;
    // How many call ids the subcommand takes as arguments (`log show ID`: 1, `log diff ID ID`: 2); each
    // must be a whole number above 0, else a usage error (exit 2).
    virtual int idArguments() const { return 0; }
    // The ids given, in order (idArguments() of them).
    const QList<qint64> &ids() const { return m_ids; }
    // Whether the subcommand takes one FILE argument instead of ids (`log import FILE.har`).
    virtual bool takesFile() const { return false; }
    const QString &file() const { return m_file; }
    // The stored call with that id; null after "log <sub>: no call #ID in the request log" (exit 1).
    std::optional<RequestRecord> storedCall(const RequestLogStore &store, qint64 id);

    const RequestLogFilter &filter() const { return m_filter; }
    // The session's open log; null after "request log: <why>" (exit 1).
    RequestLogStore *openLog();

private:
    bool readFilter();

    QString m_subcommand;
    RequestLogFilter m_filter;
    QList<qint64> m_ids;
    QString m_file;
    QStringList m_applicable; // the names of the options this subcommand takes
};
