#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Track API v1 calls (shared/cio-api.md §2-3, https://docs.customer.io/api/track/).
enum class CallKind {
    Region, // GET    /api/v1/accounts/region
    Identify, // PUT    /api/v1/customers/{identifier}          body: attributes
    DeletePerson, // DELETE /api/v1/customers/{identifier}
    Event, // POST   /api/v1/customers/{identifier}/events   body: {name, data?, timestamp?}
    PageView, // POST   /api/v1/customers/{identifier}/events   body: {name: URL, type: "page"}
    AnonymousEvent, // POST   /api/v1/events                          body: {name, anonymous_id, data?}
};
QString callName(CallKind kind); // "region", "identify", "delete", "event", "page", "anonymous"

// Documented Track API limits, counted in UTF-8 bytes (shared/cio-api.md §4,
// https://docs.customer.io/journeys/invalid-api-requests).
namespace TrackLimits {
constexpr int IdentifierBytes = 150;
constexpr int AttributeNameBytes = 150;
constexpr int AttributeValueBytes = 1000;
constexpr int AttributesPerCall = 300;
constexpr int EventNameBytes = 100;
constexpr int EventDataBytes = 100000;
} // namespace TrackLimits

// One call as the admin composed it. Build with the named constructors, check with validate(), then
// hand to TrackClient.
struct TrackCall
{
    CallKind kind = CallKind::Region;
    QString identifier; // person: id, email or cio_<id>; one path segment
    QString name; // event name, or page URL for PageView
    QString anonymousId; // AnonymousEvent only
    QJsonObject attributes; // Identify only
    QJsonObject data; // events: "data"
    std::optional<qint64> timestamp; // events: Unix seconds

    static TrackCall region();
    static TrackCall identify(const QString &identifier, const QJsonObject &attributes);
    static TrackCall deletePerson(const QString &identifier);
    static TrackCall event(const QString &identifier, const QString &name, const QJsonObject &data = {});
    static TrackCall pageView(const QString &identifier, const QString &url, const QJsonObject &data = {});
    static TrackCall anonymousEvent(const QString &anonymousId, const QString &name, const QJsonObject &data = {});

    QByteArray method() const;
    // Percent-encoded path; the identifier is encoded exactly once as one segment ('/' becomes %2F).
    QString encodedPath() const;
    // JSON body, empty for GET and DELETE.
    QByteArray body() const;

    // Every problem, each naming the field and the limit; empty when the call may be sent.
    QStringList validate() const;
};

// Parses text the admin typed as a JSON object. On error returns false and sets *error to
// "<field>: invalid JSON at line L, column C: <reason>". Empty text is an empty object.
bool parseJsonObjectField(const QString &field, const QByteArray &text, QJsonObject *out, QString *error);
