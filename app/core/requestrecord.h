#pragma once

#include "outsidetext.h"
#include "region.h"
#include "trackcall.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

// One HTTP exchange of a call. A call redirected from the US host to the EU host has two hops.
struct Hop
{
    QUrl url; // full URL requested
    int status = 0; // HTTP status; 0 when no response arrived
    qint64 durationMs = 0; // request sent -> reply finished
    bool credentialsSent = false;
    QString error; // network error text, if any
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

    bool succeeded() const { return outcome == Outcome::Success; }
    QString sentTo() const; // host label of the first hop
    static QString outcomeName(Outcome outcome); // "success", "http_error", "network_error", ...

    // The --json shape of the CLI contract:
    // {"call","method","url","status","handled_by","handled_by_region","hops":[{"url","status","duration_ms"}],
    //  "error","duration_ms","outcome","warnings","response"}
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(RequestRecord)

// "Basic <site id>:•••": what the console shows in place of an Authorization header.
QString maskedBasicAuthorization(const QString &siteId);
// The only Authorization text the console shows, stores or exports for a record: rebuilt from the
// record ("Bearer •••" for an App API call, else "Basic <site id>:•••"), never copied, so no key passes.
QString maskedAuthorization(const RequestRecord &record);

// Makes a record safe to keep and to show. TrackClient calls it once, where a call's outside text (the
// answer, the Locations followed, the errors and warnings worded from them) enters the record, before
// anyone sees it. Every field that can hold text is masked of the call's secrets in every spelling
// (SecretMask): the path, both bodies, each hop's URL and error, the error and the warnings. Each line of
// text becomes inert (OutsideText::inertLine()) and each URL inert when decoded
// (OutsideText::inertEncodedUrl()). Bodies stay bytes: they are shown only through
// OutsideText::displayText().
void scrubOutsideText(RequestRecord *record, const SecretMask &mask);
