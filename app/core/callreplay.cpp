#include "callreplay.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CallReplay)
};

// The path's segments, each percent-decoded once (the identifier was encoded exactly once as one segment).
QStringList segments(const QString &path)
{
    QStringList out;
    for (const QString &s : path.split(u'/', Qt::SkipEmptyParts))
        out << QUrl::fromPercentEncoding(s.toUtf8());
    return out;
}

std::optional<qint64> timestampOf(const QJsonObject &o, const QString &key)
{
    if (!o.contains(key))
        return std::nullopt;
    return qint64(o.value(key).toDouble());
}
} // namespace

namespace CallReplay {

std::optional<TrackCall> rebuild(const RequestRecord &r, QString *why)
{
    if (r.isImported()) {
        *why = Text::tr("call #%1 was imported (%2); only calls this console sent can be sent again")
                   .arg(QString::number(r.id), r.source);
        return std::nullopt;
    }
    const QStringList seg = segments(r.path);
    const QJsonObject body = QJsonDocument::fromJson(r.requestBody).object();
    // /api/v1/customers/{identifier}[/...]: the person is the fourth segment.
    const QString person = seg.size() >= 4 && seg.at(2) == u"customers" ? seg.at(3) : QString();
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    TrackCall call;
    switch (r.call) {
    case CallKind::Region:
        call = TrackCall::region();
        break;
    case CallKind::AppKeyCheck:
        call = TrackCall::appKeyCheck();
        break;
    case CallKind::Identify:
        call = TrackCall::identify(person, body);
        break;
    case CallKind::DeletePerson:
        call = TrackCall::deletePerson(person);
        break;
    case CallKind::Event:
        call = TrackCall::event(person, body.value(QStringLiteral("name")).toString(), data);
        call.timestamp = timestampOf(body, QStringLiteral("timestamp"));
        break;
    case CallKind::PageView:
        call = TrackCall::pageView(person, body.value(QStringLiteral("name")).toString(), data);
        call.timestamp = timestampOf(body, QStringLiteral("timestamp"));
        break;
    case CallKind::ScreenView:
        call = TrackCall::screenView(person, body.value(QStringLiteral("name")).toString(), data);
        call.timestamp = timestampOf(body, QStringLiteral("timestamp"));
        break;
    case CallKind::AnonymousEvent:
        call = TrackCall::anonymousEvent(body.value(QStringLiteral("anonymous_id")).toString(),
                                         body.value(QStringLiteral("name")).toString(), data);
        call.timestamp = timestampOf(body, QStringLiteral("timestamp"));
        break;
    case CallKind::AddDevice: {
        // {"device": {"id", "platform", "attributes"?, "last_used"?}} (the call shape's wire keys).
        const QJsonObject device = body.value(QStringLiteral("device")).toObject();
        call = TrackCall::addDevice(person, device.value(QStringLiteral("id")).toString(),
                                    device.value(QStringLiteral("platform")).toString(),
                                    device.value(QStringLiteral("attributes")).toObject());
        call.timestamp = timestampOf(device, QStringLiteral("last_used"));
        break;
    }
    case CallKind::DeleteDevice:
        call = TrackCall::deleteDevice(person, seg.size() >= 6 ? seg.at(5) : QString());
        break;
    case CallKind::Suppress:
        call = TrackCall::suppress(person);
        break;
    case CallKind::Unsuppress:
        call = TrackCall::unsuppress(person);
        break;
    case CallKind::Merge: {
        const QJsonObject primary = body.value(QStringLiteral("primary")).toObject();
        const QJsonObject secondary = body.value(QStringLiteral("secondary")).toObject();
        // {"id"|"email"|"cio_id": value} (mergeIdentifierObject()); a cio_id is typed as cio_<id>.
        const auto first = [](const QJsonObject &o) {
            if (o.isEmpty())
                return QString();
            const QString value = o.begin().value().toVariant().toString();
            return o.begin().key() == u"cio_id" ? QStringLiteral("cio_") + value : value;
        };
        call = TrackCall::merge(first(primary), first(secondary));
        break;
    }
    case CallKind::FormSubmit:
    case CallKind::SegmentAdd:
    case CallKind::SegmentRemove:
        *why = Text::tr("call #%1 (%2) cannot be rebuilt from the log yet; send it again from the composer")
                   .arg(QString::number(r.id), callName(r.call));
        return std::nullopt;
    case CallKind::Entity:
        call = TrackCall::entity(body);
        break;
    case CallKind::Batch:
        call = TrackCall::batch(body);
        break;
    case CallKind::PipelinesIdentify:
    case CallKind::PipelinesTrack:
    case CallKind::PipelinesPage:
    case CallKind::PipelinesScreen:
    case CallKind::PipelinesGroup:
    case CallKind::PipelinesAlias:
    case CallKind::PipelinesBatch:
    case CallKind::PipelinesDeviceCreated:
    case CallKind::PipelinesDeviceDeleted:
    case CallKind::PipelinesUserDeleted:
    case CallKind::PipelinesUserSuppressed:
    case CallKind::PipelinesUserUnsuppressed:
    case CallKind::PipelinesRelationshipDeleted:
    case CallKind::PipelinesObjectDeleted:
    case CallKind::PipelinesReportDelivery:
    case CallKind::PipelinesReportContent:
        *why = Text::tr("call #%1 (%2) is a Pipelines API call; send it again with send --api pipelines")
                   .arg(QString::number(r.id), callName(r.call));
        return std::nullopt;
    }
    // Sent again only if it is the same request.
    const QJsonDocument sent = QJsonDocument::fromJson(r.requestBody);
    const QJsonDocument again = QJsonDocument::fromJson(call.body());
    if (call.encodedPath() != r.path || call.method() != r.method.toLatin1() || sent != again
        || r.requestBody.isEmpty() != call.body().isEmpty()) {
        *why =
            Text::tr("call #%1 cannot be rebuilt as it was sent (%2 %3)").arg(QString::number(r.id), r.method, r.path);
        return std::nullopt;
    }
    return call;
}

ComposedCall composition(const TrackCall &call, Region route)
{
    ComposedCall c;
    c.kind = call.kind;
    c.identifier = call.kind == CallKind::AnonymousEvent ? call.anonymousId : call.identifier;
    c.secondary = call.secondaryIdentifier;
    c.name = call.name;
    c.deviceId = call.deviceId;
    c.platform = call.platform;
    for (const CallField &field : callShape(call.kind).fields) {
        if (field.type == CallField::Type::JsonObject) {
            const QJsonObject o = call.json(field.id);
            c.json = o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        }
    }
    c.timestamp = call.timestamp;
    c.via = route == Region::Eu ? ComposedCall::Via::Eu : ComposedCall::Via::Us;
    return c;
}

} // namespace CallReplay
