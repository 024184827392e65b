// cio-console log ...: the persistent request log, headless.
//   log export --format har|jsonl [--output FILE] [filters]   oldest call first
//   log tail [-n N] [--json] [filters]                        the newest N calls, oldest first
//   log clear                                                 deletes every stored call
// Filters: --workspace NAME, --region us|eu|unknown, --handled-by HOST, --status 2xx|3xx|4xx|5xx|network,
// --call NAME, --search TEXT.
#include "clirunner.h"

#include "cli.h"
#include "logexport.h"
#include "logexportfile.h"
#include "requestlogmodel.h"
#include "requestlogstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace {

const QString kLogUsage = QStringLiteral("Usage:\n"
                                         "  cio-console log export --format har|jsonl [--output FILE] [FILTERS]\n"
                                         "  cio-console log tail [-n N] [--json] [FILTERS]\n"
                                         "  cio-console log clear\n"
                                         "Filters: --workspace NAME, --region us|eu|unknown (of the host that handled\n"
                                         "         the call), --handled-by HOST, --status 2xx|3xx|4xx|5xx|network,\n"
                                         "         --call NAME, --search TEXT (workspace, Site ID, call, path as sent\n"
                                         "         and decoded, hosts, status, error, warnings, event name)\n");

} // namespace

void CliRunner::runLog()
{
    const QString sub = m_arguments.value(2);
    m_parser.addOptions({
        {QStringLiteral("format"), QCoreApplication::translate("CliRunner", "Export format: har or jsonl."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("output"),
         QCoreApplication::translate("CliRunner", "Write the export to FILE instead of stdout."),
         QStringLiteral("FILE")},
        {{QStringLiteral("n"), QStringLiteral("lines")},
         QCoreApplication::translate("CliRunner", "How many calls tail shows (default 10)."),
         QStringLiteral("N"),
         QStringLiteral("10")},
        {QStringLiteral("json"), QCoreApplication::translate("CliRunner", "tail: one JSON object per call.")},
        {QStringLiteral("workspace"), QCoreApplication::translate("CliRunner", "Only calls of this workspace."),
         QStringLiteral("NAME")},
        {QStringLiteral("region"),
         QCoreApplication::translate("CliRunner", "Only calls handled in this region: us, eu or unknown."),
         QStringLiteral("REGION")},
        {QStringLiteral("handled-by"), QCoreApplication::translate("CliRunner", "Only calls handled by this host."),
         QStringLiteral("HOST")},
        {QStringLiteral("status"),
         QCoreApplication::translate("CliRunner", "Only calls of this status class: 2xx, 3xx, 4xx, 5xx, network."),
         QStringLiteral("CLASS")},
        {QStringLiteral("call"),
         QCoreApplication::translate("CliRunner",
                                     "Only this call: a name of send (event, page, merge, batch...), "
                                     "region or app-key-check."),
         QStringLiteral("NAME")},
        {QStringLiteral("search"), QCoreApplication::translate("CliRunner", "Only calls whose text contains TEXT."),
         QStringLiteral("TEXT")},
    });
    if (sub == u"--help" || sub == u"-h" || sub == u"help") {
        out() << kLogUsage;
        finish(Cli::Success);
        return;
    }
    if (!parse(m_parser, 2))
        return;
    if (sub != u"export" && sub != u"tail" && sub != u"clear") {
        fail(Cli::UsageError, tr("log: expected export, tail or clear\n") + kLogUsage);
        return;
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        fail(Cli::UsageError,
             tr("log %1: unexpected argument \"%2\"").arg(sub, m_parser.positionalArguments().first()));
        return;
    }

    RequestLogFilter filter;
    filter.workspace = m_parser.value(QStringLiteral("workspace"));
    filter.handledBy = m_parser.value(QStringLiteral("handled-by"));
    filter.text = m_parser.value(QStringLiteral("search"));
    if (m_parser.isSet(QStringLiteral("region"))) {
        const QString value = m_parser.value(QStringLiteral("region"));
        if (value != u"us" && value != u"eu" && value != u"unknown") {
            fail(Cli::UsageError, tr("--region: must be us, eu or unknown (got \"%1\")").arg(value));
            return;
        }
        filter.region = regionFromCode(value);
    }
    if (m_parser.isSet(QStringLiteral("status"))) {
        const QString value = m_parser.value(QStringLiteral("status"));
        const auto statusClass = RequestLogFilter::statusClassFromName(value);
        if (!statusClass || *statusClass == RequestLogFilter::StatusClass::Any) {
            fail(Cli::UsageError, tr("--status: must be 2xx, 3xx, 4xx, 5xx or network (got \"%1\")").arg(value));
            return;
        }
        filter.statusClass = *statusClass;
    }
    if (m_parser.isSet(QStringLiteral("call"))) {
        const QString value = m_parser.value(QStringLiteral("call"));
        const std::optional<CallKind> kind = callFromName(value);
        if (!kind) {
            QStringList names;
            for (CallKind k : allCallKinds())
                names << callName(k);
            fail(Cli::UsageError,
                 tr("--call: must be one of %1 (got \"%2\")").arg(names.join(QStringLiteral(", ")), value));
            return;
        }
        filter.call = *kind;
    }

    std::optional<LogExport::Format> format;
    if (sub == u"export") {
        format = LogExport::formatFromName(m_parser.value(QStringLiteral("format")));
        if (!format) {
            fail(Cli::UsageError,
                 tr("--format: must be har or jsonl (got \"%1\")").arg(m_parser.value(QStringLiteral("format"))));
            return;
        }
    }
    int lines = 10;
    if (sub == u"tail") {
        bool ok = false;
        lines = m_parser.value(QStringLiteral("n")).toInt(&ok);
        if (!ok || lines < 1 || lines > 100000) {
            fail(Cli::UsageError,
                 tr("-n: must be a number of calls between 1 and 100000 (got \"%1\")")
                     .arg(m_parser.value(QStringLiteral("n"))));
            return;
        }
    }

    auto *store = new RequestLogStore(this);
    if (!store->open()) {
        fail(Cli::CallFailed, tr("request log: %1").arg(store->errorString()));
        return;
    }

    if (sub == u"clear") {
        const qint64 removed = store->clear();
        if (removed < 0) {
            fail(Cli::CallFailed, tr("request log: %1").arg(store->errorString()));
            return;
        }
        out() << tr("Cleared %1 call(s) from the request log (%2).").arg(QString::number(removed), store->path())
              << Qt::endl;
        finish(Cli::Success);
        return;
    }

    if (sub == u"tail") {
        QList<RequestLogEntry> entries = store->fetchOlder(filter, 0, lines);
        std::reverse(entries.begin(), entries.end());
        if (entries.isEmpty() && !m_parser.isSet(QStringLiteral("json")))
            err() << (filter.isEmpty() ? tr("The request log is empty.") : tr("No call in the request log matches."))
                  << Qt::endl;
        for (const RequestLogEntry &e : std::as_const(entries)) {
            const RequestRecord &r = e.record;
            if (m_parser.isSet(QStringLiteral("json"))) {
                out() << QString::fromUtf8(LogExport::jsonlLine(r));
                continue;
            }
            // Built by concatenation: paths hold '%' (percent-encoding), so no chained arg().
            const QStringList fields = {
                localTimeWithOffset(r.startedAt),
                u'#' + QString::number(r.id),
                r.workspace.isEmpty() ? r.siteId : r.workspace,
                callName(r.call),
                r.method,
                r.path,
                QStringLiteral("→"),
                RequestLogModel::statusText(r) + u',',
                tr("handled by %1 (%2),")
                    .arg(r.handledBy.isEmpty() ? QStringLiteral("—") : r.handledBy,
                         regionCode(r.handledByRegion).toUpper()),
                tr("%1 hop(s), %2 ms").arg(QString::number(r.hops.size()), QString::number(r.durationMs)),
            };
            out() << fields.join(u' ') << Qt::endl;
        }
        finish(Cli::Success);
        return;
    }

    // export: to a file atomically (a failed export leaves no half file), or to stdout.
    const QString output = m_parser.value(QStringLiteral("output"));
    LogExportFile::Result result;
    if (m_parser.isSet(QStringLiteral("output"))) {
        result = LogExportFile::writeMatching(*store, filter, output, *format);
    } else {
        out().flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
            fail(Cli::CallFailed, tr("cannot write to stdout"));
            return;
        }
        result = LogExportFile::writeMatching(*store, filter, &stdoutFile, *format);
        stdoutFile.flush();
    }
    if (result.failure == LogExportFile::Result::Failure::File) {
        fail(Cli::UsageError, tr("--output: cannot write %1: %2").arg(output, result.error));
        return;
    }
    if (!result.ok()) {
        fail(Cli::CallFailed, tr("log export: %1").arg(result.error));
        return;
    }
    if (m_parser.isSet(QStringLiteral("output")))
        out() << tr("Exported %1 call(s) to %2.").arg(QString::number(result.count), output) << Qt::endl;
    finish(Cli::Success);
}
