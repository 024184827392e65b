#pragma once

#include "callcommand.h"
#include "outputformatter.h"

// cio-console region (--workspace NAME | --site-id ID) [--via us|eu] [--check-app-key [--other-region]] [--json]
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
    void withAppKey(const Target &target, std::function<void(const QString &)> next);
    void report(const Target &target, const RegionInfo &info, Region via, const QList<AppKeyProbe> &probes);
};
