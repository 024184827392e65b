#pragma once

#include "callinput.h"
#include "callkind.h"
#include "trackv2errors.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

#include <QList>

// Documented Track API limits, counted in UTF-8 bytes (https://docs.customer.io/journeys/invalid-api-requests,
// and the Track OpenAPI document https://docs.customer.io/files/journeys-track.json).
namespace TrackLimits {
constexpr int IdentifierBytes = 150;
constexpr int AttributeNameBytes = 150;
constexpr int AttributeValueBytes = 1000;
constexpr int AttributesPerCall = 300;
constexpr int EventNameBytes = 100;
constexpr int EventDataBytes = 100000;
// Track v2: "32 kb" per /entity request and per /batch operation, "500 kb" per /batch request. The
// documents do not say whether a kb is 1000 or 1024 bytes; the smaller reading is enforced, so whatever
// passes here passes Customer.io under either.
constexpr int V2RequestBytes = 32000;
constexpr int V2BatchBytes = 500000;
// Timestamps are Unix seconds (the Track OpenAPI document's "timestamp" members). A value from 10^11 on
// (year 5138) that divided by 1000 falls between 2000 and tomorrow is almost surely milliseconds; any
// other value more than a day ahead of this computer's clock is flagged as far in the future.
constexpr qint64 MillisecondsFrom = 100000000000LL;
constexpr qint64 MillisecondsReadAsFrom = 946684800; // 2000-01-01: milliseconds of an earlier time are not guessed
constexpr qint64 FutureSlackSeconds = 24 * 60 * 60;
} // namespace TrackLimits

// How merge_customers names a person: {"email": v} when the identifier contains '@', {"cio_id": <rest>}
// for "cio_<rest>", else {"id": v} — the same reading Customer.io gives an {identifier} path segment.
QJsonObject mergeIdentifierObject(const QString &identifier);

// One call as the admin composed it. Build with the named constructors, check with validate(), then
// hand to TrackClient.
struct TrackCall
{
    CallKind kind = CallKind::Region;
    QString identifier; // person: id, email or cio_<id>; one path segment. Merge: the primary person
    QString secondaryIdentifier; // Merge: the person merged into the primary (and deleted)
    QString name; // event name; page URL for PageView; screen name for ScreenView
    QString anonymousId; // AnonymousEvent only
    QString deviceId; // AddDevice, DeleteDevice: the device token
    QString platform; // AddDevice: "ios" or "android"
    QJsonObject attributes; // Identify: person attributes; AddDevice: device attributes
    QJsonObject data; // events: "data"; Entity and Batch: the whole request body
    std::optional<qint64> timestamp; // events: "timestamp"; AddDevice: "last_used"; Unix seconds

    static TrackCall region();
    static TrackCall identify(const QString &identifier, const QJsonObject &attributes);
    static TrackCall deletePerson(const QString &identifier);
    static TrackCall event(const QString &identifier, const QString &name, const QJsonObject &data = {});
    static TrackCall pageView(const QString &identifier, const QString &url, const QJsonObject &data = {});
    static TrackCall anonymousEvent(const QString &anonymousId, const QString &name, const QJsonObject &data = {});
    static TrackCall screenView(const QString &identifier, const QString &screen, const QJsonObject &data = {});
    static TrackCall addDevice(const QString &identifier, const QString &deviceId, const QString &platform,
                               const QJsonObject &attributes = {});
    static TrackCall deleteDevice(const QString &identifier, const QString &deviceId);
    static TrackCall suppress(const QString &identifier);
    static TrackCall unsuppress(const QString &identifier);
    static TrackCall merge(const QString &primary, const QString &secondary);
    static TrackCall entity(const QJsonObject &operation);
    static TrackCall batch(const QJsonObject &body);
    static TrackCall appKeyCheck();

    // Any call from its parts, as a form or the command line gives them. `person` is the identifier (the
    // anonymous ID of an AnonymousEvent, the primary person of a Merge); `json` is the attributes of
    // Identify and AddDevice, the event data of the event calls, the whole body of Entity and Batch.
    struct Parts
    {
        QString person;
        QString secondary;
        QString name;
        QString deviceId;
        QString platform;
        QJsonObject json;
    };
    static TrackCall fromParts(CallKind kind, const Parts &parts);
    // What `json` of Parts is for this kind: "attributes", "data", "body", or "" when the call takes none.
    static QString jsonRole(CallKind kind);

    QByteArray method() const;
    // Percent-encoded path; the identifier is encoded exactly once as one segment ('/' becomes %2F).
    QString encodedPath() const;
    // JSON body, empty for GET and DELETE.
    QByteArray body() const;

    // Every problem, each naming the field and the limit; empty when the call may be sent. Timestamps
    // are compared with nowSecs (Unix seconds; the computer's clock when not given).
    QStringList validate() const;
    QStringList validate(qint64 nowSecs) const;

    bool needsIdentifier() const;
    bool isTrackV2() const { return kind == CallKind::Entity || kind == CallKind::Batch; }
    // Sent to an App API host with the App API key (Bearer), never to a Track host.
    bool isAppApi() const { return kind == CallKind::AppKeyCheck; }
};
