#pragma once

#include "callcommand.h"
#include "outputformatter.h"

// cio-console region (--workspace NAME | --site-id ID) [--via us|eu] [--check-app-key [--other-region]] [--json]
// cio-console region --all [--concurrency N] [--json]: every configured workspace (FleetCheck), see runAll().
// Asks the account's region (GET /api/v1/accounts/region), remembers it on the workspace, optionally probes
// the App API key, and prints the region, the hosts to use and the diagnosis. Exit 1 when the region could
// not be detected, or the App API key does not work on the account's own App API host.
class RegionCommand : public CallCommand
{
    Q_OBJECT

public:
    RegionCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent = nullptr);

protected:
    void addOptions(QCommandLineParser &parser) override;
    void run() override;

private:
    // --all: one line (--json: one object) per workspace as it is checked, then the summary. Exit 1 when any
    // workspace failed (its key could not be read, or its region not detected), 2 for options that do not go
    // with --all.
    void runAll();
    void withAppKey(const Target &target, std::function<void(const QString &)> next);
    void report(const Target &target, const RegionInfo &info, Region via, const QList<AppKeyProbe> &probes);
};
