#include "logcommand.h"

#include "cli.h"
#include "requestlogstore.h"

namespace {
const QStringList FilterOptions = {QStringLiteral("workspace"), QStringLiteral("region"), QStringLiteral("handled-by"),
                                   QStringLiteral("status"),    QStringLiteral("call"),   QStringLiteral("search"),
                                   QStringLiteral("method"),    QStringLiteral("api"),    QStringLiteral("from"),
                                   QStringLiteral("to")};
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
              "         and decoded, hosts, status, error, warnings, event name, bodies),\n"
              "         --method GET|POST|PUT|DELETE, --api track-v1|track-v2|app|pipelines,\n"
              "         --from DATE, --to DATE (ISO 8601; --to a date includes that day).\n"
              "         Every filter but --search and the dates takes several values, comma-separated\n"
              "         or repeated (--status 4xx,5xx), and a leading ! negates it (--status '!2xx').\n");
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
        {QStringLiteral("timeout"), tr("Seconds to wait for each answer (default 10)."), QStringLiteral("SECONDS"),
         QStringLiteral("10")},
        {QStringLiteral("keychain-timeout"), tr("Seconds to wait for the keychain (default 15)."),
         QStringLiteral("SECONDS"), QStringLiteral("15")},
        {QStringLiteral("workspace"), tr("Only calls of this workspace."), QStringLiteral("NAME")},
        {QStringLiteral("region"), tr("Only calls handled in this region: us, eu or unknown."),
         QStringLiteral("REGION")},
        {QStringLiteral("handled-by"), tr("Only calls handled by this host."), QStringLiteral("HOST")},
        {QStringLiteral("status"), tr("Only calls of this status class: 2xx, 3xx, 4xx, 5xx, network."),
         QStringLiteral("CLASS")},
        {QStringLiteral("call"),
         tr("Only this call: a name of send (event, page, merge, batch...), region or app-key-check."),
         QStringLiteral("NAME")},
        {QStringLiteral("search"), tr("Only calls whose text (bodies included) contains TEXT."),
         QStringLiteral("TEXT")},
        {QStringLiteral("method"), tr("Only calls with these methods: GET, POST, PUT, DELETE."),
         QStringLiteral("METHOD")},
        {QStringLiteral("api"), tr("Only calls to these APIs: track-v1, track-v2, app, pipelines."),
         QStringLiteral("API")},
        {QStringLiteral("from"), tr("Only calls started at or after DATE (ISO 8601, local time)."),
         QStringLiteral("DATE")},
        {QStringLiteral("to"), tr("Only calls started before DATE; a date without a time includes that day."),
         QStringLiteral("DATE")},
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
    const QStringList positional = parser().positionalArguments();
    if (takesFile()) {
        if (positional.size() != 1) {
            fail(Cli::UsageError, tr("log %1: give exactly one FILE\n").arg(m_subcommand) + synopsis());
            return;
        }
        m_file = positional.constFirst();
        if (readFilter())
            runLog();
        return;
    }
    if (positional.size() > idArguments()) {
        fail(Cli::UsageError, tr("log %1: unexpected argument \"%2\"").arg(m_subcommand, positional.at(idArguments())));
        return;
    }
    if (positional.size() < idArguments()) {
        fail(Cli::UsageError,
             tr("log %1: missing the call's ID (the number `log tail` shows after #)\n").arg(m_subcommand)
                 + synopsis());
        return;
    }
    m_ids.clear();
    for (const QString &arg : positional) {
        bool ok = false;
        const qint64 id = QString(arg).remove(u'#').toLongLong(&ok);
        if (!ok || id < 1) {
            fail(Cli::UsageError,
                 tr("log %1: ID must be a call's number, as `log tail` shows it (got \"%2\")").arg(m_subcommand, arg));
            return;
        }
        m_ids << id;
    }
    if (readFilter())
        runLog();
}

bool LogCommand::readFilter()
{
    m_filter = {};
    m_filter.text = value(QStringLiteral("search"));
    // Each filter option: one plain value sets the single-valued field (as it always has); a list, a
    // repeated option or a negation becomes a term.
    using F = RequestLogFilter::Field;
    const QList<QPair<QString, F>> listOptions = {
        {QStringLiteral("workspace"), F::Workspace},
        {QStringLiteral("region"), F::Region},
        {QStringLiteral("handled-by"), F::Host},
        {QStringLiteral("status"), F::Status},
        {QStringLiteral("call"), F::Call},
        {QStringLiteral("method"), F::Method},
        {QStringLiteral("api"), F::Api},
    };
    for (const auto &[name, field] : listOptions) {
        if (!isSet(name))
            continue;
        const QString spec = parser().values(name).join(u',');
        RequestLogFilter::Term term;
        QString error;
        if (!RequestLogFilter::parseTerm(field, spec, &term, &error)) {
            if (field == F::Region)
                error = tr("--region: must be us, eu or unknown (got \"%1\")").arg(spec);
            else if (field == F::Status)
                error = tr("--status: must be 2xx, 3xx, 4xx, 5xx or network (got \"%1\")").arg(spec);
            else if (field == F::Call) {
                error = tr("--call: must be one of %1 (got \"%2\")")
                            .arg(RequestLogFilter::fieldValues(F::Call).join(QStringLiteral(", ")), spec);
            } else
                error = QStringLiteral("--") + name + error.mid(error.indexOf(u':'));
            fail(Cli::UsageError, error);
            return false;
        }
        if (term.negated || term.values.size() > 1 || field == F::Method || field == F::Api) {
            m_filter.terms << term;
            continue;
        }
        const QString v = term.values.constFirst();
        switch (field) {
        case F::Workspace:
            m_filter.workspace = v;
            break;
        case F::Region:
            m_filter.region = regionFromCode(v);
            break;
        case F::Host:
            m_filter.handledBy = v;
            break;
        case F::Status:
            m_filter.statusClass = *RequestLogFilter::statusClassFromName(v);
            break;
        case F::Call:
            m_filter.call = callFromName(v);
            break;
        case F::Method:
        case F::Api:
            break;
        }
    }
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!isSet(name))
            continue;
        RequestLogFilter dates;
        QString error;
        if (!dates.parseQuery(name + u':' + value(name), &error) || !dates.text.isEmpty()) {
            fail(Cli::UsageError,
                 tr("--%1: must be a date (2026-12-01) or a date and time (2026-12-01T14:30) (got \"%2\")")
                     .arg(name, value(name)));
            return false;
        }
        if (name == u"from")
            m_filter.from = dates.from;
        else
            m_filter.until = dates.until;
    }
    return true;
}

std::optional<RequestRecord> LogCommand::storedCall(const RequestLogStore &store, qint64 id)
{
    std::optional<RequestRecord> record = store.record(id);
    if (!record)
        fail(Cli::CallFailed, tr("log %1: no call #%2 in the request log").arg(m_subcommand).arg(id));
    return record;
}

RequestLogStore *LogCommand::openLog()
{
    ConsoleSession *s = session(15000, 0, false, LogUse::Require);
    return s ? s->logStore() : nullptr;
}
