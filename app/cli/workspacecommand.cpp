#include "workspacecommand.h"

#include "cli.h"

#include <algorithm>

namespace {
const QStringList EditOnlyOptions = {QStringLiteral("name"), QStringLiteral("track-key-stdin"),
                                     QStringLiteral("remove-app-key"), QStringLiteral("remove-pipelines-source")};
} // namespace

WorkspaceCommand::WorkspaceCommand(const CliEnvironment &environment, const QString &synopsis,
                                   const QString &subcommand, QObject *parent)
    : Command(environment, synopsis, parent)
    , m_subcommand(subcommand)
{ }

void WorkspaceCommand::addWorkspaceOptions(QCommandLineParser &parser, const QStringList &used)
{
    QList<QCommandLineOption> options = {
        {QStringLiteral("site-id"), tr("Site ID of the workspace."), QStringLiteral("ID")},
        {QStringLiteral("account"), tr("The Customer.io account the workspace belongs to (a name of your choice)."),
         QStringLiteral("NAME")},
        {QStringLiteral("app-key-stdin"), tr("Read an App API key from standard input (after the Track API key).")},
        {QStringLiteral("no-verify"), tr("Store without checking the credentials with Customer.io.")},
        {QStringLiteral("name"), tr("The workspace's new name."), QStringLiteral("NEW")},
        {QStringLiteral("track-key-stdin"), tr("Read a new Track API key from the first line of standard input.")},
        {QStringLiteral("remove-app-key"), tr("Delete the workspace's App API key.")},
        {QStringLiteral("pipelines-source"),
         tr("A Data Pipelines source, its API key read from standard input (after the Track and App API keys); "
            "=us or =eu chooses its region while none is detected for the account. Repeatable."),
         QStringLiteral("NAME[=REGION]")},
        {QStringLiteral("remove-pipelines-source"),
         tr("Delete a Pipelines source of the workspace and its API key. Repeatable."), QStringLiteral("NAME")},
        {QStringLiteral("route"), tr("Where calls go first: auto (the detected region's host, the default), us or eu."),
         QStringLiteral("ROUTE")},
        {QStringLiteral("timeout"), tr("Seconds the credential check may take (default 10)."),
         QStringLiteral("SECONDS"), QStringLiteral("10")},
        {QStringLiteral("keychain-timeout"), tr("Seconds to wait for the keychain (default 15)."),
         QStringLiteral("SECONDS"), QStringLiteral("15")},
        {QStringLiteral("json"), tr("Print JSON.")},
    };
    for (QCommandLineOption &option : options) {
        const QString name = option.names().constFirst();
        if (used.contains(name) || name == u"keychain-timeout")
            m_applicable << name;
        else
            option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

void WorkspaceCommand::run()
{
    if (m_subcommand != u"edit" && !refuseOptions(EditOnlyOptions, tr("--%1 applies to workspace edit only")))
        return;
    // Any other option that does not apply is refused, never ignored.
    for (const QString &name : parser().optionNames()) {
        if (name != u"h" && name != u"help" && !m_applicable.contains(name)) {
            fail(Cli::UsageError, tr("workspace %1: --%2 does not apply\n").arg(m_subcommand, name) + synopsis());
            return;
        }
    }
    int keychainTimeoutMs = 0;
    if (!secondsOption(QStringLiteral("keychain-timeout"), &keychainTimeoutMs))
        return;
    // --timeout is read where a check is sent (prepareCheck()): an unused bad value is no error.
    bool ok = false;
    const double seconds = value(QStringLiteral("timeout")).toDouble(&ok);
    const int requestTimeoutMs = ok && seconds >= 0.1 && seconds <= 600 ? int(seconds * 1000) : 0;
    if (ConsoleSession *s = session(keychainTimeoutMs, requestTimeoutMs, false, LogUse::Quiet))
        runWorkspace(s);
}

bool WorkspaceCommand::nameArgument(QString *name)
{
    const QStringList positional = parser().positionalArguments();
    if (positional.size() != 1) {
        fail(Cli::UsageError, tr("workspace %1: expected exactly one NAME\n").arg(m_subcommand) + synopsis());
        return false;
    }
    *name = positional.constFirst();
    return true;
}

bool WorkspaceCommand::pipelinesSourceOptions(QList<PipelinesSource> *sources)
{
    const QStringList given = parser().values(QStringLiteral("pipelines-source"));
    for (const QString &text : given) {
        PipelinesSource source;
        source.name = text;
        const qsizetype equals = text.lastIndexOf(u'=');
        if (equals >= 0) {
            source.name = text.left(equals);
            const QString code = text.mid(equals + 1);
            const Region region = regionFromCode(code); // as --region: "us" or "eu", in any case
            if (region == Region::Unknown) {
                fail(Cli::UsageError,
                     tr("--pipelines-source: the region after \"=\" must be \"us\" or \"eu\" (got \"%1\")").arg(code));
                return false;
            }
            source.chosenRegion = region;
        }
        if (const QString problem = validatePipelinesSourceName(source.name); !problem.isEmpty()) {
            fail(Cli::UsageError, problem);
            return false;
        }
        const bool twice = std::any_of(sources->cbegin(), sources->cend(),
                                       [&source](const PipelinesSource &s) { return s.name == source.name; });
        if (twice) {
            fail(Cli::UsageError, tr("--pipelines-source: \"%1\" given more than once").arg(source.name));
            return false;
        }
        sources->append(source);
    }
    return true;
}

bool WorkspaceCommand::readPipelinesKeys(const QList<PipelinesSource> &sources, QHash<QString, QString> *keys)
{
    for (const PipelinesSource &source : sources) {
        const QString key = readSecretLine(tr("API key of the Pipelines source \"%1\": ").arg(source.name));
        if (const QString problem =
                validatePipelinesApiKey(tr("API key of the Pipelines source \"%1\" (stdin)").arg(source.name), key);
            !problem.isEmpty()) {
            fail(Cli::UsageError, problem);
            return false;
        }
        keys->insert(source.name, key);
    }
    return true;
}

bool WorkspaceCommand::prepareCheck()
{
    int timeoutMs = 0;
    if (!secondsOption(QStringLiteral("timeout"), &timeoutMs))
        return false;
    ConsoleSession *s = session();
    if (!s->endpointError().isEmpty()) {
        fail(Cli::UsageError, s->endpointError());
        return false;
    }
    warnIfNoLog();
    return true;
}
