// SendCommand's Pipelines API calls: `send --api pipelines CALL --region us|eu`.
#include "sendcommand.h"

#include "cli.h"
#include "outputformatter.h"

void SendCommand::runPipelines(const TrackCall &call)
{
    int timeoutMs = 0;
    int keychainTimeoutMs = 0;
    if (!secondsOption(QStringLiteral("timeout"), &timeoutMs)
        || !secondsOption(QStringLiteral("keychain-timeout"), &keychainTimeoutMs))
        return;
    // A workspace's named sources and their keys are read by --workspace NAME --source NAME (not yet).
    if (isSet(QStringLiteral("workspace"))) {
        fail(Cli::UsageError,
             tr("--workspace: not yet with --api pipelines; give --region us|eu and the key in "
                "CIO_PIPELINES_API_KEY"));
        return;
    }
    if (!isSet(QStringLiteral("region"))) {
        fail(Cli::UsageError, tr("send --api pipelines: --region us|eu is required\n") + synopsis());
        return;
    }
    const QString regionText = value(QStringLiteral("region"));
    const Region region = regionFromCode(regionText);
    if (region == Region::Unknown) {
        fail(Cli::UsageError, tr("--region: must be \"us\" or \"eu\" (got \"%1\")").arg(regionText));
        return;
    }
    const QString key = qEnvironmentVariable("CIO_PIPELINES_API_KEY");
    if (key.isEmpty()) {
        fail(Cli::CredentialsUnavailable,
             tr("--api pipelines needs the source's Pipelines API key in the environment variable "
                "CIO_PIPELINES_API_KEY"));
        return;
    }
    // Bytes that are not UTF-8 arrive as U+FFFD: the key sent would not be the key given.
    const QString keyError = key.contains(QChar::ReplacementCharacter)
        ? tr("CIO_PIPELINES_API_KEY: is not valid UTF-8")
        : validateApiKey(QStringLiteral("CIO_PIPELINES_API_KEY"), key);
    if (!keyError.isEmpty()) {
        fail(Cli::UsageError, keyError);
        return;
    }
    if (!session(keychainTimeoutMs, timeoutMs, true, LogUse::Calls))
        return;
    sendPipelines(call, QString(), key, region, QStringLiteral("--region"));
}

void SendCommand::sendPipelines(const TrackCall &call, const QString &workspace, const QString &key, Region region,
                                const QString &source)
{
    ConsoleSession *s = session();
    const bool strict = !isSet(QStringLiteral("no-strict"));
    sendAndReport(
        s, [&] { return s->sendPipelinesCall(workspace, key, call, region, strict); },
        [this, region, source](const RequestRecord &record) {
            OutputFormatter(out(), err(), json()).record(record, region, source);
            finishWithCall(record);
        });
}
