#include "reportcommand.h"

#include "cli.h"
#include "reporthtml.h"
#include "reportjson.h"
#include "reportkey.h"
#include "reportpdf.h"
#include "requestlogstore.h"
#include "residencyreport.h"

#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <memory>

ReportCommand::ReportCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent)
    : Command(environment, synopsis, parent)
{ }

QDateTime ReportCommand::parseDate(const QString &text, bool endOfDay)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return QDateTime(endOfDay ? day.addDays(1) : day, QTime(0, 0), Qt::UTC);
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

void ReportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("verify FILE"),
                                 tr("Verify a JSON report (report --format json) instead of making one."));
    parser.addOption({QStringLiteral("workspace"), tr("Report on one workspace."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("account"), tr("Report on every workspace of an account."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("all"), tr("Report on every workspace (the default).")});
    parser.addOption({QStringLiteral("from"),
                      tr("First day (YYYY-MM-DD, UTC, or an ISO 8601 time; default: 30 days before --to)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"),
                      tr("Last day, included (YYYY-MM-DD, UTC), or an ISO 8601 time (default: now)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("api"), tr("APIs to include, comma-separated (default: track,app,pipelines)."),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("format"), tr("pdf, json or html."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("output"), tr("The file to write."), QStringLiteral("FILE")});
}

void ReportCommand::run()
{
    const QStringList positional = parser().positionalArguments();
    if (positional.value(0) == u"verify") {
        runVerify(positional);
        return;
    }
    if (!expectPositional(0, QStringLiteral("report")))
        return;
    int scopes = 0;
    for (const char *name : {"workspace", "account", "all"})
        scopes += isSet(QString::fromLatin1(name)) ? 1 : 0;
    if (scopes > 1) {
        fail(Cli::UsageError, tr("--workspace, --account and --all: give at most one"));
        return;
    }
    const QString format = value(QStringLiteral("format"));
    if (format != u"pdf" && format != u"json" && format != u"html") {
        fail(Cli::UsageError,
             format.isEmpty() ? tr("--format: missing (pdf, json or html)")
                              : tr("--format: must be pdf, json or html (got \"%1\")").arg(format));
        return;
    }
    const QString output = value(QStringLiteral("output"));
    if (output.isEmpty()) {
        fail(Cli::UsageError, tr("--output: missing (the file to write)"));
        return;
    }
    ResidencyReport::Scope scope;
    if (isSet(QStringLiteral("workspace"))) {
        scope.kind = ResidencyReport::ScopeKind::Workspace;
        scope.name = value(QStringLiteral("workspace"));
    } else if (isSet(QStringLiteral("account"))) {
        scope.kind = ResidencyReport::ScopeKind::Account;
        scope.name = value(QStringLiteral("account"));
    }
    scope.to =
        isSet(QStringLiteral("to")) ? parseDate(value(QStringLiteral("to")), true) : QDateTime::currentDateTimeUtc();
    scope.from = isSet(QStringLiteral("from")) ? parseDate(value(QStringLiteral("from")), false)
                                               : (scope.to.isValid() ? scope.to.addDays(-30) : QDateTime());
    if (isSet(QStringLiteral("api")))
        scope.apis = value(QStringLiteral("api")).split(u',', Qt::SkipEmptyParts);

    ConsoleSession *s = session(15000, 0, false, LogUse::Require);
    if (!s)
        return;
    const QList<Workspace> workspaces = s->repository()->list();
    const QList<ResidencyReportBuilder::Problem> problems = ResidencyReportBuilder::validate(scope, workspaces);
    if (!problems.isEmpty()) {
        const ResidencyReportBuilder::Problem &problem = problems.constFirst();
        const QString option = problem.field.startsWith(u"--") ? problem.field.mid(2) : QString();
        // The value as given, for the options a bad value comes from (--from 2026-13-01).
        const QString given = (option == u"from" || option == u"to") && isSet(option)
            ? tr(" (got \"%1\")").arg(value(option))
            : QString();
        fail(Cli::UsageError, QStringLiteral("%1: %2%3").arg(problem.field, problem.message, given));
        return;
    }
    // The output is opened before the work: an unwritable path is bad input, found at once.
    auto file = std::make_shared<QSaveFile>(output);
    if (!file->open(QIODevice::WriteOnly)) {
        fail(Cli::UsageError, tr("--output: cannot write %1: %2").arg(output, file->errorString()));
        return;
    }
    s->logStore()->flush();
    ReportKey::obtain(
        s->keychain(), this,
        [this, s, scope, workspaces, format, output, file](const QByteArray &key, const CredentialResult &result) {
            if (!result.ok()) {
                fail(Cli::CredentialsUnavailable,
                     tr("report key (keychain entry %1): %2")
                         .arg(ReportKey::entryKey(), CredentialStore::describe(result)));
                return;
            }
            ResidencyReport report;
            QString error;
            if (!ResidencyReportBuilder::build(s->logStore()->path(), workspaces, scope, key, &report, &error)) {
                fail(Cli::CallFailed, tr("report: %1").arg(error));
                return;
            }
            bool written = false;
            if (format == u"json") {
                written = ReportJson::write(report, file.get(), &error);
            } else if (format == u"html") {
                const QByteArray html = ReportHtml::html(report, {-1, false}).toUtf8();
                written = file->write(html) == html.size();
            } else {
                const QByteArray pdf = ReportPdf::render(report, &error);
                written = !pdf.isEmpty() && file->write(pdf) == pdf.size();
            }
            if (!written || !file->commit()) {
                fail(Cli::CallFailed,
                     tr("--output: cannot write %1: %2").arg(output, error.isEmpty() ? file->errorString() : error));
                return;
            }
            if (report.callCount == 0)
                err() << tr("report: no calls were recorded for this scope in this range; the report says so") << '\n';
            out() << tr("report: %n call(s), digest %1, written to %2", nullptr, report.callCount)
                         .arg(report.digestHex(), output)
                  << '\n'
                  << Qt::flush;
            finish(Cli::Success);
        });
}

void ReportCommand::runVerify(const QStringList &positional)
{
    if (positional.size() != 2) {
        fail(Cli::UsageError,
             positional.size() < 2 ? tr("FILE: the report to verify is missing")
                                   : tr("unexpected argument \"%1\"").arg(positional.at(2)));
        return;
    }
    if (!refuseOptions({QStringLiteral("workspace"), QStringLiteral("account"), QStringLiteral("all"),
                        QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("api"), QStringLiteral("format"),
                        QStringLiteral("output")},
                       tr("--%1: report verify takes only FILE")))
        return;
    const QString &path = positional.at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(Cli::UsageError, tr("FILE: cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QString logPath = environment().logPath.isEmpty() ? RequestLogStore::defaultPath() : environment().logPath;
    const ReportJson::Verification v = ReportJson::verify(file.readAll(), logPath);
    using S = ReportJson::Verification::Status;
    if (v.status == S::Invalid) {
        fail(Cli::UsageError, tr("%1: not a residency report: %2").arg(path, v.message));
        return;
    }
    if (v.status == S::Broken) {
        fail(Cli::CallFailed, tr("%1: verification failed: %2").arg(path, v.message));
        return;
    }
    out() << tr("%1: verified: %n row(s), chain head %2", nullptr, int(v.rows)).arg(path, v.head) << '\n';
    out() << (v.logChecked ? tr("the rows match the request log") : v.logNote) << '\n' << Qt::flush;
    finish(Cli::Success);
}
