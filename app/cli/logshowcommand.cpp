#include "logshowcommand.h"

#include "cli.h"
#include "outsidetext.h"
#include "requestinspection.h"
#include "requestlogstore.h"

#include <QJsonDocument>
#include <QTextStream>

LogShowCommand::LogShowCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent)
    : LogCommand(environment, synopsis, QStringLiteral("show"), parent)
{ }

void LogShowCommand::addOptions(QCommandLineParser &parser)
{
    addLogOptions(parser, {QStringLiteral("json")}, false);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The call's number, as `log tail` shows it."));
}

void LogShowCommand::runLog()
{
    const RequestLogStore *store = openLog();
    if (!store)
        return;
    const std::optional<RequestRecord> record = storedCall(*store, ids().constFirst());
    if (!record)
        return;
    if (isSet(QStringLiteral("json"))) {
        out() << QString::fromUtf8(
            OutsideText::displayJson(QJsonDocument(record->toDetailJson()).toJson(QJsonDocument::Compact)))
              << Qt::endl;
    } else {
        out() << RequestInspection::plainText(*record);
        out().flush();
    }
    finish(Cli::Success);
}
