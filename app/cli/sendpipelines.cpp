// SendCommand's Pipelines API calls: `send --api pipelines CALL --region us|eu` with the key from
// CIO_PIPELINES_API_KEY, or `--workspace NAME [--source NAME]` with a source's key from the keychain.
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
    if (isSet(QStringLiteral("workspace"))) {
        if (isSet(QStringLiteral("region"))) {
            fail(Cli::UsageError,
                 tr("--region: not with --workspace; the source's region comes from its account's detected region "
                    "or the region chosen for it"));
            return;
        }
        if (!session(keychainTimeoutMs, timeoutMs, true, LogUse::Calls))
            return;
        sendForSource(call);
        return;
    }
    if (isSet(QStringLiteral("source"))) {
        fail(Cli::UsageError, tr("--source: only with --workspace NAME"));
        return;
    }
    if (!isSet(QStringLiteral("region"))) {
        fail(Cli::UsageError,
             tr("send --api pipelines: --region us|eu or --workspace NAME is required\n") + synopsis());
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
        : validatePipelinesApiKey(QStringLiteral("CIO_PIPELINES_API_KEY"), key);
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

void SendCommand::sendForSource(const TrackCall &call)
{
    ConsoleSession *s = session();
    const QString name = value(QStringLiteral("workspace"));
    const std::optional<Workspace> workspace = s->repository()->find(name);
    if (!workspace) {
        fail(Cli::UsageError, tr("--workspace: no workspace named \"%1\" (see: cio-console workspace list)").arg(name));
        return;
    }
    QString source = value(QStringLiteral("source"));
    if (!isSet(QStringLiteral("source"))) {
        const QStringList names = workspace->pipelinesSourceNames();
        if (names.size() != 1) {
            fail(Cli::UsageError,
                 names.isEmpty()
                     ? tr("--workspace: the workspace \"%1\" has no Pipelines source (add one with: cio-console "
                          "workspace edit \"%1\" --pipelines-source NAME)")
                           .arg(name)
                     : tr("--source: the workspace \"%1\" has %2 Pipelines sources; name one of %3")
                           .arg(name, QString::number(names.size()), names.join(QStringLiteral(", "))));
            return;
        }
        source = names.constFirst();
    }
    // The configured workspaces are listed (none selected): a source inherits its account's region from them.
    s->setWorkspaces(s->repository()->list(), QString());
    const bool strict = !isSet(QStringLiteral("no-strict"));
    auto request = std::make_shared<qint64>(0);
    auto live = std::make_shared<qint64>(0);
    auto viaSource = std::make_shared<QString>();
    auto region = std::make_shared<Region>(Region::Unknown);
    // A call may end (its row committed) before its start is reported: its record waits here.
    auto early = std::make_shared<QHash<qint64, RequestRecord>>();
    const auto report = [this, region, viaSource](const RequestRecord &record) {
        OutputFormatter(out(), err(), json()).record(record, *region, *viaSource);
        finishWithCall(record);
    };
    connect(s, &ConsoleSession::callEnded, this, [live, early, report](qint64 id, const RequestRecord &record) {
        if (*live == 0)
            early->insert(id, record);
        else if (id == *live)
            report(record);
    });
    connect(s, &ConsoleSession::pipelinesCallRefused, this,
            [this, request](qint64 id, const PipelinesRefusal &refusal) {
                if (id != *request)
                    return;
                switch (refusal.reason) {
                case PipelinesRefusal::Reason::UnknownWorkspace:
                case PipelinesRefusal::Reason::UnknownSource:
                    fail(Cli::UsageError, refusal.message);
                    return;
                case PipelinesRefusal::Reason::NoRegion:
                case PipelinesRefusal::Reason::KeyUnavailable:
                    fail(Cli::CredentialsUnavailable, refusal.message);
                    return;
                case PipelinesRefusal::Reason::NotSent:
                    fail(Cli::CallFailed, refusal.message);
                    return;
                }
            });
    connect(s, &ConsoleSession::pipelinesCallStarted, this,
            [request, live, early, region, viaSource, report](qint64 id, qint64 liveId, const PipelinesRegion &r) {
                if (id != *request)
                    return;
                *region = r.region;
                *viaSource = r.basis == PipelinesRegion::Basis::Detected ? QStringLiteral("detected region")
                    : r.basis == PipelinesRegion::Basis::Account         ? QStringLiteral("account region")
                                                                         : QStringLiteral("chosen region");
                *live = liveId;
                if (early->contains(liveId))
                    report(early->value(liveId));
            });
    *request = s->sendPipelines(name, source, call, strict);
}
