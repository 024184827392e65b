#include "trackv2errors.h"

#include "trackcall.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TrackCall)
};
} // namespace

QList<TrackV2ItemError> trackV2ItemErrors(const QByteArray &responseBody)
{
    QList<TrackV2ItemError> result;
    const QJsonValue errors = QJsonDocument::fromJson(responseBody).object().value(u"errors");
    if (!errors.isArray())
        return result;
    const QJsonArray array = errors.toArray();
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            continue;
        const QJsonObject o = value.toObject();
        TrackV2ItemError e;
        const QJsonValue index = o.value(u"batch_index");
        if (index.isDouble() && index.toDouble() >= 0 && index.toDouble() < 1e9)
            e.batchIndex = int(index.toDouble());
        e.reason = o.value(u"reason").toString();
        e.field = o.value(u"field").toString();
        e.message = o.value(u"message").toString();
        result << e;
    }
    return result;
}

QStringList describeTrackV2ItemErrors(const TrackCall &call, const QList<TrackV2ItemError> &errors)
{
    const QJsonArray operations = call.data.value(u"batch").toArray();
    QStringList lines;
    for (const TrackV2ItemError &e : errors) {
        QString item;
        if (call.kind == CallKind::Batch && e.batchIndex >= 0) {
            if (e.batchIndex < operations.size()) {
                item = Text::tr("item %1").arg(e.batchIndex);
                const QJsonObject op = operations.at(e.batchIndex).toObject();
                const QJsonObject ids = op.value(u"identifiers").toObject();
                QString who = op.value(u"type").toString();
                if (!ids.isEmpty())
                    who += u' ' + ids.constBegin().value().toVariant().toString();
                item += QStringLiteral(" (%1, %2)").arg(who.trimmed(), op.value(u"action").toString());
            } else {
                item = Text::tr("item %1 (no such item in the request)").arg(e.batchIndex);
            }
        } else {
            item = call.kind == CallKind::Batch ? Text::tr("request") : Text::tr("operation");
        }
        QString text = e.message.isEmpty() ? e.reason : e.message;
        if (!e.field.isEmpty())
            text = Text::tr("field %1: %2").arg(e.field, text);
        lines << Text::tr("%1: %2", "which operation failed: why").arg(item, text);
    }
    return lines;
}
