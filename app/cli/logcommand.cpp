#include "logcommand.h"

#include "cli.h"

namespace {
const QStringList FilterOptions = {QStringLiteral("workspace"), QStringLiteral("region"), QStringLiteral("handled-by"),
                                   QStringLiteral("status"),    QStringLiteral("call"),   QStringLiteral("search")};
} // namespace

LogCommand::LogCommand(const CliEnvironment &environment, const QString &synopsis, const QString &subcommand,
                       QObject *parent)
    : Command(environment, synopsis, parent)
    , m_subcommand(subcommand)
{ }

QString LogCommand::filterUsage()
{
    return tr("Filters: --workspace NAME, --region us|eu|unknown (of the host that handled\n"
              "         the call), --handled-by HOST, --status 2xx|3xx|4xx|5xx|network,\n"
              "         --call NAME, --search TEXT (workspace, Site ID, call, path as sent\n"
              "         and decoded, hosts, status, error, warnings, event name)\n");
}

void LogCommand::addLogOptions(QCommandLineParser &parser, const QStringList &used, bool withFilters)
{
    QList<QCommandLineOption> options = {
        {QStringLiteral("format"), tr("Export format: har or jsonl."), QStringLiteral("FORMAT")},
        {QStringLiteral("output"), tr("Write the export to FILE instead of stdout."), QStringLiteral("FILE")},
        {{QStringLiteral("n"), QStringLiteral("lines")},
         tr("How many calls to show (default 10)."),
         QStringLiteral("N"),
         QStringLiteral("10")},
        {QStringLiteral("json"), tr("One JSON object per call.")},
        {QStringLiteral("workspace"), tr("Only calls of this workspace."), QStringLiteral("NAME")},
        {QStringLiteral("region"), tr("Only calls handled in this region: us, eu or unknown."),
         QStringLiteral("REGION")},
        {QStringLiteral("handled-by"), tr("Only calls handled by this host."), QStringLiteral("HOST")},
        {QStringLiteral("status"), tr("Only calls of this status class: 2xx, 3xx, 4xx, 5xx, network."),
         QStringLiteral("CLASS")},
        {QStringLiteral("call"),
         tr("Only this call: a name of send (event, page, merge, batch...), region or app-key-check."),
         QStringLiteral("NAME")},
        {QStringLiteral("search"), tr("Only calls whose text contains TEXT."), QStringLiteral("TEXT")},
    };
    for (QCommandLineOption &option : options) {
        const QString name = option.names().constFirst();
        if (used.contains(name) || (withFilters && FilterOptions.contains(name)))
            m_applicable << option.names();
        else
            option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

void LogCommand::run()
{
    // An option that does not apply is refused, never ignored: `log clear --region eu` must not clear the US
    // calls too.
    for (const QString &name : parser().optionNames()) {
        if (name != u"h" && name != u"help" && !m_applicable.contains(name)) {
            fail(Cli::UsageError, tr("log %1: --%2 does not apply\n").arg(m_subcommand, name) + synopsis());
            return;
        }
    }
    if (!parser().positionalArguments().isEmpty()) {
        fail(Cli::UsageError,
             tr("log %1: unexpected argument \"%2\"").arg(m_subcommand, parser().positionalArguments().constFirst()));
        return;
    }
    if (readFilter())
        runLog();
}

bool LogCommand::readFilter()
{
    m_filter.workspace = value(QStringLiteral("workspace"));
    m_filter.handledBy = value(QStringLiteral("handled-by"));
    m_filter.text = value(QStringLiteral("search"));
    if (isSet(QStringLiteral("region"))) {
        const QString region = value(QStringLiteral("region"));
        if (region != u"us" && region != u"eu" && region != u"unknown") {
            fail(Cli::UsageError, tr("--region: must be us, eu or unknown (got \"%1\")").arg(region));
            return false;
        }
        m_filter.region = regionFromCode(region);
    }
    if (isSet(QStringLiteral("status"))) {
        const QString status = value(QStringLiteral("status"));
        const auto statusClass = RequestLogFilter::statusClassFromName(status);
        if (!statusClass || *statusClass == RequestLogFilter::StatusClass::Any) {
            fail(Cli::UsageError, tr("--status: must be 2xx, 3xx, 4xx, 5xx or network (got \"%1\")").arg(status));
            return false;
        }
        m_filter.statusClass = *statusClass;
    }
    if (isSet(QStringLiteral("call"))) {
        const QString call = value(QStringLiteral("call"));
        const std::optional<CallKind> kind = callFromName(call);
        if (!kind) {
            QStringList names;
            for (CallKind k : allCallKinds())
                names << callName(k);
            fail(Cli::UsageError,
                 tr("--call: must be one of %1 (got \"%2\")").arg(names.join(QStringLiteral(", ")), call));
            return false;
        }
        m_filter.call = *kind;
    }
    return true;
}

RequestLogStore *LogCommand::openLog()
{
    ConsoleSession *s = session(15000, 0, false, LogUse::Require);
    return s ? s->logStore() : nullptr;
}
