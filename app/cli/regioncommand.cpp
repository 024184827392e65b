#include "regioncommand.h"

#include "cli.h"

#include <algorithm>

RegionCommand::RegionCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent)
    : CallCommand(environment, synopsis, parent)
{ }

void RegionCommand::addOptions(QCommandLineParser &parser)
{
    addCallOptions(parser);
    parser.addOption({QStringLiteral("check-app-key"),
                      tr("Also probe the App API key (from the workspace's keychain entry, or CIO_APP_API_KEY) on the "
                         "App API host of the account's region.")});
    parser.addOption(
        {QStringLiteral("other-region"), tr("With --check-app-key: probe the other region's App API host too.")});
    parser.addOption({QStringLiteral("all"), tr("Check every configured workspace (one JSON object per line).")});
    parser.addOption({QStringLiteral("concurrency"),
                      tr("With --all: workspaces checked at once (default 8, at most 64)."), QStringLiteral("N")});
}

void RegionCommand::run()
{
    if (!expectPositional(0, QStringLiteral("region")))
        return;
    if (isSet(QStringLiteral("all")) || isSet(QStringLiteral("concurrency"))) {
        runAll(); // regionallcommand.cpp
        return;
    }
    if (isSet(QStringLiteral("other-region")) && !isSet(QStringLiteral("check-app-key"))) {
        fail(Cli::UsageError, tr("--other-region: only with --check-app-key"));
        return;
    }
    withTarget([this](const Target &target) {
        Region via = target.workspace ? target.workspace->firstHopRegion() : Region::Us;
        viaOption(&via);
        // The App API key is read and checked before anything is sent: a missing or malformed key ends the
        // command with nothing sent.
        const auto detect = [this, target, via](const QString &appKey) {
            callSession()->detectRegion(target.name(), target.credentials, via, this,
                                        [this, target, via, appKey](const RegionInfo &info, const RequestRecord &) {
                                            // Without the account's region a refusal cannot be told from a bad key: no
                                            // probe.
                                            if (!isSet(QStringLiteral("check-app-key")) || !info.ok) {
                                                report(target, info, via, {});
                                                return;
                                            }
                                            callSession()->probeAppKey(
                                                target.name(), target.credentials, appKey, info.region,
                                                isSet(QStringLiteral("other-region")), this,
                                                [this, target, info, via](const QList<AppKeyProbe> &probes) {
                                                    report(target, info, via, probes);
                                                });
                                        });
        };
        if (isSet(QStringLiteral("check-app-key")))
            withAppKey(target, detect);
        else
            detect(QString());
    });
}

void RegionCommand::withAppKey(const Target &target, std::function<void(const QString &)> next)
{
    if (!target.workspace) {
        const QString key = qEnvironmentVariable("CIO_APP_API_KEY");
        if (key.isEmpty()) {
            fail(Cli::CredentialsUnavailable,
                 tr("--check-app-key with --site-id needs the App API key in the environment variable "
                    "CIO_APP_API_KEY"));
            return;
        }
        const QString error = key.contains(QChar::ReplacementCharacter)
            ? tr("CIO_APP_API_KEY: is not valid UTF-8")
            : validateApiKey(QStringLiteral("CIO_APP_API_KEY"), key);
        if (!error.isEmpty()) {
            fail(Cli::UsageError, error);
            return;
        }
        next(key);
        return;
    }
    const QString name = target.workspace->name;
    callSession()->readAppApiKey(*target.workspace, this, [this, name, next](const CredentialResult &result) {
        if (!result.ok()) {
            fail(Cli::CredentialsUnavailable,
                 result.error == CredentialResult::Error::NotFound
                     ? tr("workspace \"%1\" has no App API key (add one with workspace edit --app-key-stdin)").arg(name)
                     : tr("workspace \"%1\": App API key: %2").arg(name, CredentialStore::describe(result)));
            return;
        }
        next(result.secret);
    });
}

void RegionCommand::report(const Target &target, const RegionInfo &info, Region via, const QList<AppKeyProbe> &probes)
{
    ConsoleSession *session = callSession();
    OutputFormatter::RegionReport r;
    r.info = info;
    r.endpoints = session->activeEndpoints();
    r.workspace = target.workspace ? session->workspace(target.workspace->name) : std::nullopt;
    r.via = via;
    r.viaGiven = isSet(QStringLiteral("via"));
    r.probes = probes;
    r.probed = isSet(QStringLiteral("check-app-key"));
    Workspace diagnosed = r.workspace.value_or(Workspace());
    diagnosed.region = info.ok ? info.region : Region::Unknown;
    r.diagnoses = session->diagnose(diagnosed, probes);
    OutputFormatter(out(), err(), json()).region(r);
    if (!info.ok) {
        fail(Cli::CallFailed,
             tr("region detection failed: %1").arg(info.error)
                 + (r.probed ? tr(" (the App API key was not checked)") : QString()));
        return;
    }
    // --check-app-key: the key must work on the account's own App API host.
    if (r.probed && std::none_of(probes.cbegin(), probes.cend(), [&info](const AppKeyProbe &p) {
            return p.host == info.region && p.verdict == AppKeyProbe::Verdict::Accepted;
        })) {
        fail(Cli::CallFailed,
             tr("the App API key does not work on the %1 App API host").arg(regionCode(info.region).toUpper()));
        return;
    }
    finish(Cli::Success);
}
