#pragma once

#include "requestrecord.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

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

    // Filters as in a browser's network panel: several values per field, any field negated. A call
    // passes a term when its value of the field is one of values (none of them when negated); it must
    // pass every term, and the single-valued fields above.
    enum class Field { Workspace, Region, Host, Status, Call, Method, Api };
    struct Term
    {
        Field field = Field::Status;
        QStringList values; // as fieldValue() spells them: "eu", "4xx", "event", "POST", "track-v2"...
        bool negated = false;
        bool operator==(const Term &other) const
        {
            return field == other.field && values == other.values && negated == other.negated;
        }
    };
    QList<Term> terms;

    bool isEmpty() const;
    bool matches(const RequestRecord &record) const;

    // "2xx", "3xx", "4xx", "5xx", "network"; Any is "".
    static QString statusClassName(StatusClass statusClass);
    static std::optional<StatusClass> statusClassFromName(const QString &name);
    // The class of a finished call: network when no HTTP answer ended it (network error, timeout, or no
    // status at all), else the class of the final status. Pending calls have none (Any).
    static StatusClass statusClassOf(const RequestRecord &record);
    // What free text searches, lower-cased: workspace, call, method, path, sent-to and handled-by hosts,
    // every hop URL, status, outcome, error and warnings, the event name, and the request body, each
    // redirect's body and the response body (the first SearchedBodyBytes of each). Rows stored before
    // bodies were searched keep the text they were stored with.
    static QString searchText(const RequestRecord &record);

    // The key a field has in a query and on the command line: workspace, region, host, status, call,
    // method, api.
    static QString fieldName(Field field);
    static std::optional<Field> fieldFromName(const QString &name);
    // The record's value of the field: workspace name, region code of the handling host ("us", "eu",
    // "unknown"), handling host label ("" when none), status class name, call name, method, API name.
    static QString fieldValue(Field field, const RequestRecord &record);
    // The API a call goes to: "track-v1", "track-v2" (entity, batch), "app" (app-key-check) or "pipelines".
    static QString apiName(CallKind call);
    // The values a field accepts; empty for the open ones (workspace, host).
    static QStringList fieldValues(Field field);
    // A term from a value list as typed: "4xx,5xx", "!2xx" or "-2xx" (negated). Values are checked against
    // fieldValues() (methods upper-cased); false with *error naming the field, the value and what it
    // accepts.
    static bool parseTerm(Field field, const QString &spec, Term *term, QString *error);
    // A search box's text with terms in it, as in a browser's network panel:
    // `status:4xx,5xx -method:GET host:track-eu.customer.io from:2026-12-01 to:2026-12-07 wrong datacenter`.
    // Each key:value word (a leading "-" negates it; a value with spaces in double quotes) becomes a term,
    // from:/to: a date range (ISO 8601 date or date and time, local; to: a date includes that day), and
    // the remaining words the free text. False with *error on a bad value (the filter is then left as it is).
    bool parseQuery(const QString &query, QString *error);
    // The terms and the range as query words, the form parseQuery() reads back: one per term.
    static QString termText(const Term &term);
    static constexpr qsizetype SearchedBodyBytes = 16 * 1024;
};

Q_DECLARE_METATYPE(RequestLogFilter)
