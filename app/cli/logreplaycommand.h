#pragma once

#include "logcommand.h"

struct TrackCredentials;

// cio-console log replay ID [--json] [--timeout SECONDS] [--keychain-timeout SECONDS]
// Sends a stored call again (CallReplay): the same workspace (its key from the keychain; a call made with
// --site-id takes the key from CIO_TRACK_API_KEY), call, fields and first host, through the normal
// checks. The new row names the row it came from (replay_of). Prints the result as `send` does.
// Exit 2 when ID is not a number or the row cannot be sent again (imported, not rebuildable, a check
// fails: nothing sent), 1 when no such call or the call failed, 3 when the key is unavailable.
class LogReplayCommand : public LogCommand
{
    Q_OBJECT

public:
    LogReplayCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent = nullptr);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int idArguments() const override { return 1; }
    void runLog() override;

private:
    void send(const RequestRecord &row, const TrackCall &call, const TrackCredentials &credentials,
              Region accountRegion);
};
