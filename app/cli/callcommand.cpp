#include "callcommand.h"

#include "cli.h"

void CallCommand::addCallOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("workspace"), tr("Workspace whose credentials to use."), QStringLiteral("NAME")},
        {QStringLiteral("site-id"), tr("Site ID; the Track API key comes from CIO_TRACK_API_KEY."),
         QStringLiteral("ID")},
        {QStringLiteral("via"), tr("Regional host of the first request: us or eu."), QStringLiteral("REGION")},
        {QStringLiteral("timeout"), tr("Seconds each request may take (default 10)."), QStringLiteral("SECONDS"),
         QStringLiteral("10")},
        {QStringLiteral("keychain-timeout"), tr("Seconds to wait for the keychain (default 15)."),
         QStringLiteral("SECONDS"), QStringLiteral("15")},
        {QStringLiteral("json"), tr("Print one JSON object per call.")},
        {QStringLiteral("no-log"),
         tr("Send even when the request log cannot be written; the calls are then not logged.")},
    });
}

bool CallCommand::viaOption(Region *via)
{
    if (!isSet(QStringLiteral("via")))
        return true;
    const QString text = value(QStringLiteral("via"));
    const Region given = regionFromCode(text);
    if (given == Region::Unknown) {
        fail(Cli::UsageError, tr("--via: must be \"us\" or \"eu\" (got \"%1\")").arg(text));
        return false;
    }
    *via = given;
    return true;
}

void CallCommand::withTarget(std::function<void(const Target &)> next)
{
    int timeoutMs = 0;
    int keychainTimeoutMs = 0;
    Region via = Region::Us;
    if (!secondsOption(QStringLiteral("timeout"), &timeoutMs)
        || !secondsOption(QStringLiteral("keychain-timeout"), &keychainTimeoutMs) || !viaOption(&via))
        return;
    m_session = session(keychainTimeoutMs, timeoutMs, true, LogUse::Calls);
    if (!m_session)
        return;
    const bool byWorkspace = isSet(QStringLiteral("workspace"));
    const bool bySiteId = isSet(QStringLiteral("site-id"));
    if (byWorkspace == bySiteId) {
        fail(Cli::UsageError, tr("give exactly one of --workspace NAME or --site-id ID\n") + synopsis());
        return;
    }
    if (bySiteId) {
        Target target;
        target.credentials.siteId = value(QStringLiteral("site-id"));
        const QString siteError = validateSiteId(target.credentials.siteId);
        if (!siteError.isEmpty()) {
            fail(Cli::UsageError, siteError);
            return;
        }
        target.credentials.trackApiKey = qEnvironmentVariable("CIO_TRACK_API_KEY");
        if (target.credentials.trackApiKey.isEmpty()) {
            fail(Cli::CredentialsUnavailable,
                 tr("--site-id needs the Track API key in the environment variable CIO_TRACK_API_KEY"));
            return;
        }
        // Bytes that are not UTF-8 arrive as U+FFFD: the key sent would not be the key given.
        const QString keyError = target.credentials.trackApiKey.contains(QChar::ReplacementCharacter)
            ? tr("CIO_TRACK_API_KEY: is not valid UTF-8")
            : validateApiKey(QStringLiteral("CIO_TRACK_API_KEY"), target.credentials.trackApiKey);
        if (!keyError.isEmpty()) {
            fail(Cli::UsageError, keyError);
            return;
        }
        next(target);
        return;
    }
    const QString name = value(QStringLiteral("workspace"));
    const std::optional<Workspace> workspace = m_session->repository()->find(name);
    if (!workspace) {
        fail(Cli::UsageError, tr("--workspace: no workspace named \"%1\" (see: cio-console workspace list)").arg(name));
        return;
    }
    if (!workspace->hasTrackCredentials()) {
        fail(Cli::UsageError,
             tr("--workspace: the workspace \"%1\" has no Track credentials, only Pipelines sources: it has no region "
                "check and no Track calls (send its calls with: cio-console send --api pipelines CALL --workspace "
                "\"%1\")")
                 .arg(name));
        return;
    }
    // The session lists the configured workspaces (none selected): what a call learns is remembered on them.
    m_session->setWorkspaces(m_session->repository()->list(), QString());
    m_session->readTrackCredentials(
        *workspace, this, [this, workspace, next](const CredentialResult &result, const TrackCredentials &key) {
            if (!result.ok()) {
                fail(Cli::CredentialsUnavailable,
                     tr("workspace \"%1\": Track API key: %2").arg(workspace->name, CredentialStore::describe(result)));
                return;
            }
            next(Target {workspace, key});
        });
}
