#pragma once

#include "requestrecord.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

// Which calls to show or export. Every set field narrows the result; an empty filter matches all.
// The same filter runs as SQL in RequestLogStore (RequestLogQuery) and as matches() on live rows that are
// not stored yet, and the two agree (tst_requestlogstore checks it).
struct RequestLogFilter
{
    enum class StatusClass { Any, Success2xx, Redirect3xx, Client4xx, Server5xx, Network };

    QString workspace; // exact workspace name
    std::optional<Region> region; // region of the host that handled the call (Unknown: none did)
    QString handledBy; // exact host label, e.g. "track-eu.customer.io" or "127.0.0.1:18802"
    StatusClass statusClass = StatusClass::Any;
    std::optional<CallKind> call;
    QString text; // case-insensitive substring of searchText()
    QDateTime from; // startedAt >= from, when valid
    QDateTime until; // startedAt < until, when valid

    bool isEmpty() const;
    bool matches(const RequestRecord &record) const;

    // "2xx", "3xx", "4xx", "5xx", "network"; Any is "".
    static QString statusClassName(StatusClass statusClass);
    static std::optional<StatusClass> statusClassFromName(const QString &name);
    // The class of a finished call: network when no HTTP answer ended it (network error, timeout, or no
    // status at all), else the class of the final status. Pending calls have none (Any).
    static StatusClass statusClassOf(const RequestRecord &record);
    // What free text searches, lower-cased: workspace, call, method, path, sent-to and handled-by hosts,
    // every hop URL, status, outcome, error and warnings.
    static QString searchText(const RequestRecord &record);
};

Q_DECLARE_METATYPE(RequestLogFilter)
