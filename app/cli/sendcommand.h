#pragma once

#include "callcommand.h"
#include "callshape.h"

// cio-console send CALL (--workspace NAME | --site-id ID) OPTIONS [--count N [--rate R]]
// cio-console send --api pipelines CALL (--region us|eu | --workspace NAME [--source NAME]) OPTIONS [--no-strict]
// One Track call (or a burst of it), its options taken from the call's shape (CallShapes): each field's
// option, which are required, which do not apply. Everything is checked before anything is sent (exit 2).
// The host: --via, else the workspace's route, else the known region, else the region is asked first.
// Exit 1 when the call (or any call of the burst) failed, or a batch's 207 names failed operations.
// A Pipelines call (sendpipelines.cpp) goes to the Pipelines host of --region with the key from
// CIO_PIPELINES_API_KEY (exit 3 without it), or for a workspace's source to the host of the source's region
// (ConsoleSession::sendPipelines()), in strict mode unless --no-strict; exit 1 when it failed.
class SendCommand : public CallCommand
{
    Q_OBJECT

public:
    SendCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent = nullptr);

protected:
    void addOptions(QCommandLineParser &parser) override;
    void run() override;

private:
    bool buildCall(const CallShape &shape, TrackCall *call);
    bool burstOptions(int *count, double *rate);
    void resolveRoute(const Target &target,
                      std::function<void(Region via, Region accountRegion, const QString &source)> next);
    void sendOne(const Target &target, const TrackCall &call, Region via, Region accountRegion, const QString &source);
    void sendBurst(const Target &target, const TrackCall &call, Region via, Region accountRegion, const QString &source,
                   int count, double rate);
    void summarize(const BurstSender::Summary &summary);
    // --api pipelines: reads --region and CIO_PIPELINES_API_KEY, then sendPipelines().
    void runPipelines(const TrackCall &call);
    // Sends a checked Pipelines call with a source's key through the Pipelines host of `region`, prints
    // its record and ends the command. `workspace`: "" for a key given directly; `source`: how the region was
    // chosen ("--region"), as printed.
    void sendPipelines(const TrackCall &call, const QString &workspace, const QString &key, Region region,
                       const QString &source);
    // --workspace NAME [--source NAME]: ConsoleSession::sendPipelines() for the workspace's source (the only
    // one when --source is not given), printed like any call; refusals end with their exit code (unknown
    // workspace or source 2, no region or key 3, nothing sent 1).
    void sendForSource(const TrackCall &call);
};
