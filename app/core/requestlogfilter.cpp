#include "requestlogfilter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RequestLogFilter)
};

// A date or a date and time as typed in a query (ISO 8601, local time unless it names an offset).
// A bare date as an end ("to:") means the end of that day.
QDateTime parseDate(const QString &text, bool end)
{
    const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (date.isValid())
        return QDateTime(end ? date.addDays(1) : date, QTime(0, 0));
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}
} // namespace

bool RequestLogFilter::isEmpty() const
{
    return workspace.isEmpty() && !region && handledBy.isEmpty() && statusClass == StatusClass::Any && !call
        && text.trimmed().isEmpty() && !from.isValid() && !until.isValid() && terms.isEmpty();
}

bool RequestLogFilter::matches(const RequestRecord &r) const
{
    if (!workspace.isEmpty() && r.workspace != workspace)
        return false;
    if (region && r.handledByRegion != *region)
        return false;
    if (!handledBy.isEmpty() && r.handledBy != handledBy)
        return false;
    if (statusClass != StatusClass::Any && statusClassOf(r) != statusClass)
        return false;
    if (call && r.call != *call)
        return false;
    const QString needle = text.trimmed().toLower();
    if (!needle.isEmpty() && !searchText(r).contains(needle))
        return false;
    if (from.isValid() && !(r.startedAt.toMSecsSinceEpoch() >= from.toMSecsSinceEpoch()))
        return false;
    if (until.isValid() && !(r.startedAt.toMSecsSinceEpoch() < until.toMSecsSinceEpoch()))
        return false;
    for (const Term &term : terms) {
        if (term.values.contains(fieldValue(term.field, r)) == term.negated)
            return false;
    }
    return true;
}

QString RequestLogFilter::fieldName(Field field)
{
    switch (field) {
    case Field::Workspace:
        return QStringLiteral("workspace");
    case Field::Region:
        return QStringLiteral("region");
    case Field::Host:
        return QStringLiteral("host");
    case Field::Status:
        return QStringLiteral("status");
    case Field::Call:
        return QStringLiteral("call");
    case Field::Method:
        return QStringLiteral("method");
    case Field::Api:
        return QStringLiteral("api");
    }
    return {};
}

std::optional<RequestLogFilter::Field> RequestLogFilter::fieldFromName(const QString &name)
{
    for (Field f :
         {Field::Workspace, Field::Region, Field::Host, Field::Status, Field::Call, Field::Method, Field::Api})
        if (fieldName(f) == name)
            return f;
    return std::nullopt;
}

QString RequestLogFilter::apiName(CallKind call)
{
    switch (call) {
    case CallKind::Entity:
    case CallKind::Batch:
        return QStringLiteral("track-v2");
    case CallKind::AppKeyCheck:
        return QStringLiteral("app");
    default:
        break;
    }
    return isPipelinesCall(call) ? QStringLiteral("pipelines") : QStringLiteral("track-v1");
}

QString RequestLogFilter::fieldValue(Field field, const RequestRecord &r)
{
    switch (field) {
    case Field::Workspace:
        return r.workspace;
    case Field::Region:
        return regionCode(r.handledByRegion);
    case Field::Host:
        return r.handledBy;
    case Field::Status:
        return statusClassName(statusClassOf(r));
    case Field::Call:
        return callName(r.call);
    case Field::Method:
        return r.method;
    case Field::Api:
        return apiName(r.call);
    }
    return {};
}

QStringList RequestLogFilter::fieldValues(Field field)
{
    switch (field) {
    case Field::Region:
        return {QStringLiteral("us"), QStringLiteral("eu"), QStringLiteral("unknown")};
    case Field::Status:
        return {QStringLiteral("2xx"), QStringLiteral("3xx"), QStringLiteral("4xx"), QStringLiteral("5xx"),
                QStringLiteral("network")};
    case Field::Call: {
        QStringList names;
        for (CallKind k : allCallKinds())
            names << callName(k);
        names.removeDuplicates();
        return names;
    }
    case Field::Method:
        return {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("DELETE")};
    case Field::Api:
        return {QStringLiteral("track-v1"), QStringLiteral("track-v2"), QStringLiteral("app"),
                QStringLiteral("pipelines")};
    case Field::Workspace:
    case Field::Host:
        break;
    }
    return {};
}

bool RequestLogFilter::parseTerm(Field field, const QString &spec, Term *term, QString *error)
{
    Term t;
    t.field = field;
    QString list = spec.trimmed();
    if (list.startsWith(u'!') || list.startsWith(u'-')) {
        t.negated = true;
        list = list.mid(1);
    }
    const QStringList allowed = fieldValues(field);
    for (QString value : list.split(u',')) {
        value = value.trimmed();
        if (field == Field::Method)
            value = value.toUpper();
        if (value.isEmpty() || (!allowed.isEmpty() && !allowed.contains(value))) {
            *error = allowed.isEmpty()
                ? Text::tr("%1: a value may not be empty (got \"%2\")").arg(fieldName(field), spec)
                : Text::tr(
                      "%1: must be one or more of %2, separated by commas, optionally after ! to negate (got \"%3\")")
                      .arg(fieldName(field), allowed.join(QStringLiteral(", ")), spec);
            return false;
        }
        if (!t.values.contains(value))
            t.values << value;
    }
    *term = t;
    return true;
}

bool RequestLogFilter::parseQuery(const QString &query, QString *error)
{
    static const QRegularExpression word(QStringLiteral("(?:[^\\s\"]+|\"[^\"]*\"?)+"));
    static const QRegularExpression keyed(QStringLiteral("^(-?)([a-z]+):(.+)$"));
    QList<Term> parsedTerms;
    QDateTime parsedFrom;
    QDateTime parsedUntil;
    QStringList words;
    for (auto it = word.globalMatch(query); it.hasNext();) {
        const QString token = it.next().captured(0);
        const QRegularExpressionMatch m = keyed.match(token);
        QString value = m.hasMatch() ? m.captured(3) : QString();
        value.remove(u'"');
        const std::optional<Field> field = m.hasMatch() ? fieldFromName(m.captured(2)) : std::nullopt;
        if (field) {
            Term term;
            if (!parseTerm(*field, value, &term, error))
                return false;
            term.negated = term.negated != !m.captured(1).isEmpty();
            parsedTerms << term;
        } else if (m.hasMatch() && m.captured(1).isEmpty() && (m.captured(2) == u"from" || m.captured(2) == u"to")) {
            const bool end = m.captured(2) == u"to";
            const QDateTime at = parseDate(value, end);
            if (!at.isValid()) {
                *error = Text::tr("%1: must be a date (2026-12-01) or a date and time (2026-12-01T14:30) (got \"%2\")")
                             .arg(m.captured(2), value);
                return false;
            }
            (end ? parsedUntil : parsedFrom) = at;
        } else {
            words << QString(token).remove(u'"');
        }
    }
    terms << parsedTerms;
    if (parsedFrom.isValid())
        from = parsedFrom;
    if (parsedUntil.isValid())
        until = parsedUntil;
    text = words.join(u' ');
    return true;
}

QString RequestLogFilter::termText(const Term &term)
{
    QStringList values = term.values;
    for (QString &v : values)
        if (v.contains(u' '))
            v = u'"' + v + u'"';
    return (term.negated ? QStringLiteral("-") : QString()) + fieldName(term.field) + u':' + values.join(u',');
}

QString RequestLogFilter::statusClassName(StatusClass statusClass)
{
    switch (statusClass) {
    case StatusClass::Success2xx:
        return QStringLiteral("2xx");
    case StatusClass::Redirect3xx:
        return QStringLiteral("3xx");
    case StatusClass::Client4xx:
        return QStringLiteral("4xx");
    case StatusClass::Server5xx:
        return QStringLiteral("5xx");
    case StatusClass::Network:
        return QStringLiteral("network");
    case StatusClass::Any:
        break;
    }
    return {};
}

std::optional<RequestLogFilter::StatusClass> RequestLogFilter::statusClassFromName(const QString &name)
{
    for (StatusClass c : {StatusClass::Any, StatusClass::Success2xx, StatusClass::Redirect3xx, StatusClass::Client4xx,
                          StatusClass::Server5xx, StatusClass::Network})
        if (statusClassName(c) == name)
            return c;
    return std::nullopt;
}

RequestLogFilter::StatusClass RequestLogFilter::statusClassOf(const RequestRecord &r)
{
    using O = RequestRecord::Outcome;
    if (r.outcome == O::Pending)
        return StatusClass::Any;
    if (r.outcome == O::NetworkError || r.outcome == O::TimedOut || r.status < 200 || r.status > 599)
        return StatusClass::Network;
    switch (r.status / 100) {
    case 2:
        return StatusClass::Success2xx;
    case 3:
        return StatusClass::Redirect3xx;
    case 4:
        return StatusClass::Client4xx;
    default:
        return StatusClass::Server5xx;
    }
}

QString RequestLogFilter::searchText(const RequestRecord &r)
{
    // What people search for: the identifier as typed (ada@example.com, not ada%40example.com), the Site ID,
    // the event name, besides what the log's columns show.
    QStringList parts {r.workspace,
                       r.siteId,
                       callName(r.call),
                       r.method,
                       r.path,
                       QUrl::fromPercentEncoding(r.path.toUtf8()),
                       r.sentTo(),
                       r.handledBy,
                       QString::number(r.status),
                       RequestRecord::outcomeName(r.outcome),
                       r.error};
    for (const Hop &hop : r.hops)
        parts << hop.url.toString(QUrl::FullyEncoded);
    parts << r.warnings;
    if (!r.requestBody.isEmpty() && r.requestBody.size() <= 4096 && r.requestBody.startsWith('{'))
        parts << QJsonDocument::fromJson(r.requestBody).object().value(u"name").toString();
    // The bodies as sent and received (a redirect's too), each up to SearchedBodyBytes: "wrong datacenter",
    // an attribute value, an error a server wrote.
    parts << QString::fromUtf8(r.requestBody.left(SearchedBodyBytes));
    for (int i = 0; i + 1 < r.hops.size(); ++i)
        parts << QString::fromUtf8(r.hops.at(i).responseBody.left(SearchedBodyBytes));
    parts << QString::fromUtf8(r.responseBody.left(SearchedBodyBytes));
    return parts.join(u'\n').toLower();
}
