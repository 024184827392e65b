#pragma once

#include "outsidetext.h"
#include "region.h"
#include "trackcall.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

// HTTP header fields in the order they were sent or received: (name, value).
using HeaderList = QList<QPair<QString, QString>>;

// One HTTP exchange of a call. A call redirected from the US host to the EU host has two hops.
struct Hop
{
    QUrl url; // full URL requested
    int status = 0; // HTTP status; 0 when no response arrived
    qint64 durationMs = 0; // request sent -> reply finished (the last byte)
    bool credentialsSent = false;
    QString error; // network error text, if any
    // The header fields the console set on this request (Qt adds Host, Content-Length, Connection and
    // Accept-Encoding/-Language itself). Authorization only ever in its masked form (maskedAuthorization()).
    HeaderList requestHeaders;
    // The answer's header fields as received (values made inert, the call's secrets masked); empty when
    // no answer arrived.
    HeaderList responseHeaders;
    // This hop's answer body (a redirect's body too, e.g. "wrong datacenter"), secrets masked. The last
    // hop's is the call's RequestRecord::responseBody.
    QByteArray responseBody;
    // Timing as far as Qt reports it, in ms from the moment the request was handed to Qt; -1 when unknown.
    // connectMs: until the request was written on a new connection (TCP and TLS set-up included); -1 when
    // an open connection was reused. firstByteMs: until the answer's headers arrived.
    qint64 connectMs = -1;
    qint64 firstByteMs = -1;

    // The value of the first header field named name (case-insensitive), null when none.
    static QString headerValue(const HeaderList &headers, const QString &name);
};

// Everything the console knows about one call, as a value. Holds no secret: the Authorization header
// is kept only as "Basic <site id>:•••".
struct RequestRecord
{
    enum class Outcome {
        Pending,
        Success, // final status 2xx
        HttpError, // final status outside 2xx (including 3xx without Location)
        NetworkError, // connection refused, reset, DNS, TLS...
        TimedOut, // no complete answer within the timeout
        RedirectRefused, // a redirect named a host outside the endpoint table
        TooManyRedirects, // hop cap reached
        Cancelled, // the person cancelled the call while it was in flight
    };

    qint64 id = 0;
    QString workspace;
    QString siteId;
    CallKind call = CallKind::Region;
    QString method;
    QString path; // percent-encoded path as sent to the first host
    QByteArray requestBody;
    QString authorization; // masked
    Region routeRegion = Region::Unknown; // region of the host the first request went to
    Region accountRegion = Region::Unknown; // region the console believed the account is in, if known
    QList<Hop> hops;
    int status = 0; // final HTTP status, 0 when none
    QByteArray responseBody;
    QString handledBy; // host label of the last hop that answered
    Region handledByRegion = Region::Unknown;
    Outcome outcome = Outcome::Pending;
    QString error; // people-readable failure, empty on success
    QStringList warnings; // US transit, wrong region, failed operations of a Track v2 call...
    int retryAfterSeconds = -1; // a 429 answer's Retry-After, in seconds; -1 when none was given
    QDateTime startedAt; // UTC
    qint64 durationMs = 0; // whole call, all hops
    qint64 replayOf = 0; // a replayed call: the id of the stored row it was rebuilt from; 0 otherwise
    // Where the row came from: "" for a call this console sent; "har:<file name>" for a row imported
    // from a HAR file (HarImport), which is read-only (never replayed as if the console had sent it).
    QString source;

    bool isImported() const { return !source.isEmpty(); }

    bool succeeded() const { return outcome == Outcome::Success; }
    QString sentTo() const; // host label of the first hop
    static QString outcomeName(Outcome outcome); // "success", "http_error", "network_error", ...

    // The --json shape of the CLI contract:
    // {"call","api" (CallApi::id: "track-v1", "track-v2", "app",
    // "pipelines"),"method","url","status","handled_by","handled_by_region","hops":[{"url","status","duration_ms"}],
    //  "error","duration_ms","outcome","warnings","response"}, plus "replay_of" (a replay) and "source" (an
    // imported row) when set.
    QJsonObject toJson() const;
    // toJson() plus everything the log's detail shows (`log show --json`): "id", "site_id", "route_region",
    // "authorization" (masked), "request" (the body as JSON or text), and per hop "request_headers" and
    // "response_headers" ([[name, value]...]), "response" (that hop's body), "connect_ms", "first_byte_ms".
    QJsonObject toDetailJson() const;
};

Q_DECLARE_METATYPE(RequestRecord)

// "Basic <site id>:•••": what the console shows in place of an Authorization header.
QString maskedBasicAuthorization(const QString &siteId);
// "Basic •••:": a Pipelines call's Authorization (the key is the user name, the password empty).
QString maskedPipelinesAuthorization();
// The only Authorization text the console shows, stores or exports for a record: rebuilt from the
// record ("Bearer •••" for an App API call, "Basic •••:" for a Pipelines call, else
// "Basic <site id>:•••"), never copied, so no key passes.
QString maskedAuthorization(const RequestRecord &record);

// Makes a record safe to keep and to show. TrackClient calls it once, where a call's outside text (the
// answer, the Locations followed, the errors and warnings worded from them) enters the record, before
// anyone sees it. Every field that can hold text is masked of the call's secrets in every spelling
// (SecretMask): the path, both bodies, each hop's URL, error, headers and body, the error and the warnings.
// Each line of
// text becomes inert (OutsideText::inertLine()) and each URL inert when decoded
// (OutsideText::inertEncodedUrl()). Bodies stay bytes: they are shown only through
// OutsideText::displayText().
void scrubOutsideText(RequestRecord *record, const SecretMask &mask);
