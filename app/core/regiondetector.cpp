#include "regiondetector.h"

#include "jsonduplicates.h"
#include "outsidetext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cmath>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RegionDetector)
};
} // namespace

QJsonObject RegionInfo::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("region"), ok ? QJsonValue(regionCode(region)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("region_name"), regionDisplayName(ok ? region : Region::Unknown));
    o.insert(QStringLiteral("url"), url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(url));
    o.insert(QStringLiteral("environment_id"),
             environmentId < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(environmentId));
    o.insert(QStringLiteral("handled_by"), handledBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(handledBy));
    o.insert(QStringLiteral("verified_at"),
             verifiedAt.isValid() ? QJsonValue(verifiedAt.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error));
    return o;
}

void rememberDetection(Workspace *workspace, const RegionInfo &info)
{
    if (!info.ok)
        return;
    workspace->region = info.region;
    workspace->environmentId = info.environmentId;
    workspace->verifiedAt = info.verifiedAt;
    workspace->verifiedVia = info.handledBy;
}

bool parseRegionResponse(const QByteArray &body, RegionInfo *info, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = Text::tr("the region answer is not a JSON object");
        return false;
    }
    // Two values for one key: which one Customer.io meant cannot be told, so neither is believed.
    if (const std::optional<DuplicateJsonKey> duplicate = firstDuplicateJsonKey(body)) {
        *error = Text::tr("the region answer names \"%1\" twice").arg(OutsideText::inertLine(duplicate->key));
        return false;
    }
    const QJsonObject o = doc.object();
    // Outside text: kept and printed, so made inert (the body it came from is already masked).
    info->url = OutsideText::inertLine(o.value(QStringLiteral("url")).toString());
    const QJsonValue env = o.value(QStringLiteral("environment_id"));
    info->environmentId = -1;
    if (env.isDouble()) {
        // JSON numbers are doubles: accept only integers that a double holds exactly.
        const double d = env.toDouble();
        if (std::isfinite(d) && d >= 0 && d <= 9007199254740992.0 && std::floor(d) == d)
            info->environmentId = qint64(d);
    }
    if (env.isString()) {
        bool ok = false;
        const qint64 id = env.toString().toLongLong(&ok);
        info->environmentId = ok ? id : -1;
    }
    Region region = regionFromCode(o.value(QStringLiteral("region")).toString());
    if (region == Region::Unknown)
        region = regionFromCode(o.value(QStringLiteral("data_center")).toString());
    if (region == Region::Unknown && !info->url.isEmpty()) {
        const QString host = QUrl(info->url).host();
        if (host == u"track.customer.io")
            region = Region::Us;
        else if (host == u"track-eu.customer.io")
            region = Region::Eu;
    }
    if (region == Region::Unknown) {
        *error = Text::tr("the region answer names no known region (expected \"region\": \"us\" or \"eu\")");
        return false;
    }
    info->region = region;
    return true;
}

RegionDetector::RegionDetector(TrackClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void RegionDetector::detect(const TrackCredentials &credentials, Region via, const QString &workspace, QObject *context,
                            Callback done)
{
    TrackClient::Options options;
    options.workspace = workspace;
    m_client->send(TrackCall::region(), credentials, via, options, context,
                   [done](const RequestRecord &record) { done(fromRecord(record), record); });
}

RegionInfo RegionDetector::fromRecord(const RequestRecord &record)
{
    RegionInfo info;
    info.handledBy = record.handledBy;
    if (!record.succeeded()) {
        if (record.status == 401)
            info.error =
                Text::tr("Site ID or Track API key rejected by Customer.io (401 from %1)").arg(record.handledBy);
        else
            info.error = record.error;
        return info;
    }
    QString error;
    if (!parseRegionResponse(record.responseBody, &info, &error)) {
        info.error = error;
        return info;
    }
    info.ok = true;
    info.verifiedAt = QDateTime::currentDateTimeUtc();
    return info;
}
