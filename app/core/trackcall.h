#pragma once

#include "callinput.h"
#include "callkind.h"
#include "callproblem.h"
#include "callshape.h"
#include "trackv2errors.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One call as the admin composed it. Build with the named constructors (or set fields by their ids),
// check with validate(), then hand to TrackClient. Its method, path and body follow the call's shape
// (callShape(kind)).
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
    QJsonObject data; // events: "data"; FormSubmit: the form fields; Entity and Batch: the whole request body
    std::optional<qint64> timestamp; // events: "timestamp"; AddDevice: "last_used"; Unix seconds
    QString eventId; // events: the optional de-duplication "id", a ULID (Ulid::generate())
    QString identifierType; // Merge: "id", "email" or "cio_id" of the primary; empty: read from the value
    QString secondaryType; // Merge: the same for the secondary
    QString targetId; // FormSubmit: the form ID; SegmentAdd, SegmentRemove: the segment ID
    QString ids; // SegmentAdd, SegmentRemove: the people's ids, comma-separated as typed
    // Pipelines calls: the text fields that have no member above, by id (CallFields::UserId, Event,
    // GroupId, PreviousId, MessageId, DeviceToken, ObjectId, ObjectTypeId, DeliveryId, Metric, Recipient,
    // ActionType, ContentId, TemplateId, and Timestamp as ISO 8601 text), and the JSON fields (Traits,
    // Properties). Read and set them with text()/json(). A Pipelines call's page or screen name is `name`,
    // its anonymousId `anonymousId`, a device's type `platform`, a /batch body `data`.
    QHash<QString, QString> pipelinesText;
    QHash<QString, QJsonObject> pipelinesJson;

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

    // A field by its id (CallFields::…), as a form or the command line gives it. text(): the text and
    // choice fields (identifier, anonymous_id, secondary, name, device_id, platform, event_id,
    // identifier_type, secondary_type, and the Pipelines text fields); json(): the JSON
    // fields (attributes, data, body, traits, properties). Another id reads as empty and is not set.
    QString text(const QString &fieldId) const;
    void setText(const QString &fieldId, const QString &value);
    QJsonObject json(const QString &fieldId) const;
    void setJson(const QString &fieldId, const QJsonObject &value);

    QByteArray method() const;
    // Percent-encoded path; the identifier is encoded exactly once as one segment ('/' becomes %2F).
    QString encodedPath() const;
    // JSON body, empty for a call that sends none (GET, DELETE, suppress).
    QByteArray body() const;

    // Every problem, each naming its field, the limit and what it got, in the order of the call's fields;
    // empty when the call may be sent. Word them with describeProblem(). Timestamps are compared with
    // nowSecs (Unix seconds; the computer's clock when not given).
    QList<CallProblem> validate() const;
    QList<CallProblem> validate(qint64 nowSecs) const;

    bool needsIdentifier() const;
    // A list field's entries: the comma-separated parts of text, trimmed, empty ones left out.
    static QStringList listItems(const QString &text);
    bool isTrackV2() const { return kind == CallKind::Entity || kind == CallKind::Batch; }
    // Sent to an App API host with the App API key (Bearer), never to a Track host.
    bool isAppApi() const { return kind == CallKind::AppKeyCheck; }
    // Sent to a Pipelines host with a Pipelines API key (Basic "key:"), never to a Track host.
    bool isPipelines() const { return isPipelinesCall(kind); }

private:
    // validate() of a Pipelines call (pipelinescallvalidation.cpp).
    QList<CallProblem> validatePipelines() const;
    // The identifier type chosen for the merge side `side` ("primary", "secondary"); empty when none.
    QString personTypeOf(const CallShape &shape, const QString &side) const;
};
