#pragma once

#include "command.h"

#include <functional>

// The options of the commands that call Customer.io for a workspace or a Site ID (region, send), and
// how they resolve to credentials:
//   --workspace NAME   the workspace's Track API key from the keychain (exit 3 when it cannot be read)
//   --site-id ID       the Track API key from CIO_TRACK_API_KEY, never from the command line
//   --via us|eu        the regional host of the first request
//   --timeout S, --keychain-timeout S (0 < S <= 600), --json
class CallCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

protected:
    // A workspace (as configured) or credentials given directly; what the commands call "the target".
    struct Target
    {
        std::optional<Workspace> workspace;
        TrackCredentials credentials;
        QString name() const { return workspace ? workspace->name : QString(); }
    };

    void addCallOptions(QCommandLineParser &parser);
    // Reads the timeouts, makes the session, resolves --workspace or --site-id and reads the Track API key,
    // then calls next. Every failure ends the command with its exit code and a message naming the option.
    void withTarget(std::function<void(const Target &)> next);
    // --via: false after a usage error; *via is left as it is when the option is absent.
    bool viaOption(Region *via);
    bool json() const { return isSet(QStringLiteral("json")); }
    ConsoleSession *callSession() const { return m_session; }

private:
    ConsoleSession *m_session = nullptr;
};
