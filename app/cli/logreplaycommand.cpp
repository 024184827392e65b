#include "logreplaycommand.h"

#include "callreplay.h"
#include "cli.h"
#include "outputformatter.h"
#include "requestlogstore.h"

#include <QTextStream>

LogReplayCommand::LogReplayCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent)
    : LogCommand(environment, synopsis, QStringLiteral("replay"), parent)
{ }

void LogReplayCommand::addOptions(QCommandLineParser &parser)
{
    addLogOptions(parser, {QStringLiteral("json"), QStringLiteral("timeout"), QStringLiteral("keychain-timeout")},
                  false);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The call's number, as `log tail` shows it."));
}

void LogReplayCommand::runLog()
{
    int timeoutMs = 0;
    int keychainTimeoutMs = 0;
    if (!secondsOption(QStringLiteral("timeout"), &timeoutMs)
        || !secondsOption(QStringLiteral("keychain-timeout"), &keychainTimeoutMs))
        return;
    ConsoleSession *s = session(keychainTimeoutMs, timeoutMs, true, LogUse::Require);
    if (!s)
        return;
    const std::optional<RequestRecord> row = storedCall(*s->logStore(), ids().constFirst());
    if (!row)
        return;
    QString why;
    const std::optional<TrackCall> call = CallReplay::rebuild(*row, &why);
    if (!call) {
        fail(Cli::UsageError, tr("log replay: %1; nothing was sent").arg(why));
        return;
    }
    const QStringList problems = describeProblems(call->validate());
    if (!problems.isEmpty()) {
        fail(Cli::UsageError,
             tr("log replay: call #%1: %2; nothing was sent")
                 .arg(QString::number(row->id), problems.join(QStringLiteral("; "))));
        return;
    }
    if (row->workspace.isEmpty()) {
        // Sent with --site-id: the key comes from the environment, as it did then.
        const TrackCredentials credentials {row->siteId, qEnvironmentVariable("CIO_TRACK_API_KEY")};
        if (credentials.trackApiKey.isEmpty()) {
            fail(Cli::CredentialsUnavailable,
                 tr("log replay: call #%1 was sent with --site-id %2; its Track API key "
                    "is read from the environment variable CIO_TRACK_API_KEY")
                     .arg(QString::number(row->id), row->siteId));
            return;
        }
        send(*row, *call, credentials, Region::Unknown);
        return;
    }
    const std::optional<Workspace> workspace = s->repository()->find(row->workspace);
    if (!workspace) {
        fail(Cli::UsageError,
             tr("log replay: call #%1 was sent for the workspace \"%2\", which no longer exists")
                 .arg(QString::number(row->id), row->workspace));
        return;
    }
    s->setWorkspaces(s->repository()->list(), QString());
    // The row and the call are copied into the callback: the keychain answers later.
    s->readTrackCredentials(
        *workspace, this,
        [this, origin = *row, rebuilt = *call, workspace](const CredentialResult &result, const TrackCredentials &key) {
            if (!result.ok()) {
                fail(Cli::CredentialsUnavailable,
                     tr("workspace \"%1\": Track API key: %2").arg(workspace->name, CredentialStore::describe(result)));
                return;
            }
            send(origin, rebuilt, key, workspace->region);
        });
}

void LogReplayCommand::send(const RequestRecord &row, const TrackCall &call, const TrackCredentials &credentials,
                            Region accountRegion)
{
    ConsoleSession *s = session();
    const Region via = row.routeRegion == Region::Eu ? Region::Eu : Region::Us;
    const bool json = isSet(QStringLiteral("json"));
    const QString source = tr("as call #%1").arg(row.id);
    sendAndReport(
        s, [&] { return s->sendCall(row.workspace, credentials, call, via, accountRegion, row.id); },
        [this, via, json, source](const RequestRecord &record) {
            OutputFormatter(out(), err(), json).record(record, via, source);
            if (!json)
                out() << tr("  replay of call #%1, stored as call #%2").arg(record.replayOf).arg(record.id) << Qt::endl;
            finishWithCall(record);
        });
}
