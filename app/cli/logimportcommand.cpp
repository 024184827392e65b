#include "logimportcommand.h"

#include "cli.h"
#include "harimport.h"
#include "outsidetext.h"
#include "requestlogstore.h"

#include <QTextStream>

LogImportCommand::LogImportCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent)
    : LogCommand(environment, synopsis, QStringLiteral("import"), parent)
{ }

void LogImportCommand::addOptions(QCommandLineParser &parser)
{
    addLogOptions(parser, {}, false);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A HAR 1.2 file, from a browser or this console."));
}

void LogImportCommand::runLog()
{
    ConsoleSession *s = session(15000, 0, false, LogUse::Require);
    if (!s)
        return;
    HarImport import(s->activeEndpoints() ? *s->activeEndpoints() : EndpointTable());
    const std::optional<QList<RequestRecord>> records = import.readFile(file());
    if (!records) {
        fail(Cli::UsageError, tr("log import: %1; nothing was imported").arg(import.errorString()));
        return;
    }
    RequestLogStore *store = s->logStore();
    const QList<qint64> ids = store->appendBatch(*records);
    if (ids.isEmpty()) {
        fail(Cli::CallFailed, tr("request log: %1").arg(store->errorString()));
        return;
    }
    int hops = 0;
    for (const RequestRecord &r : *records)
        hops += int(r.hops.size());
    out() << OutsideText::displayText(tr("Imported %1 call(s) (%2 hop(s)) from %3 as read-only calls #%4 to #%5.")
                                          .arg(QString::number(ids.size()), QString::number(hops), file(),
                                               QString::number(ids.constFirst()), QString::number(ids.constLast())))
          << Qt::endl;
    if (import.skipped() > 0)
        out() << tr("  %1 entries to other hosts were left out.").arg(import.skipped()) << Qt::endl;
    for (const QString &line : HarImport::summary(*records))
        out() << QStringLiteral("  ") << OutsideText::displayText(line) << Qt::endl;
    finish(Cli::Success);
}
