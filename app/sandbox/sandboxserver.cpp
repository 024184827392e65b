#include "sandboxserver.h"

#include "sandboxhttphost.h"
#include "sandboxrules.h"
#include "sandboxserver_p.h"
#include "sandboxtls.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array allHosts = {SandboxServer::Host::TrackUs, SandboxServer::Host::TrackEu, SandboxServer::Host::ApiUs,
                                 SandboxServer::Host::ApiEu};

constexpr int indexOf(SandboxServer::Host host)
{
    return static_cast<int>(host);
}

bool isTrack(SandboxServer::Host host)
{
    return host == SandboxServer::Host::TrackUs || host == SandboxServer::Host::TrackEu;
}

QString regionOf(SandboxServer::Host host)
{
    return host == SandboxServer::Host::TrackUs || host == SandboxServer::Host::ApiUs ? u"us"_s : u"eu"_s;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

SandboxReply jsonReply(int status, const QJsonObject &object)
{
    return SandboxReply {status, compact(object), {}};
}

// {"meta":{"error":"<message>"}}: the 400/401 shape observed on the Track API (cio-api.md §2, §3).
SandboxReply errorReply(int status, const QString &message)
{
    return jsonReply(status, QJsonObject {{u"meta"_s, QJsonObject {{u"error"_s, message}}}});
}

SandboxReply unauthorized()
{
    return errorReply(401, u"Unauthorized request"_s);
}

SandboxReply notFound()
{
    return errorReply(404, u"not found"_s);
}

SandboxReply ok()
{
    return jsonReply(200, QJsonObject {});
}

// Value of an Authorization header after the given scheme ("Basic", "Bearer"), compared without case.
std::optional<QByteArray> authorizationParameter(const QHttpServerRequest &request, const QByteArray &scheme)
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const QByteArray prefix = scheme.toLower() + ' ';
    if (!header.toLower().startsWith(prefix))
        return std::nullopt;
    return header.mid(prefix.size()).trimmed();
}

struct BasicCredentials
{
    QString siteId;
    QString apiKey;
};

// Basic base64(site_id:api_key) (cio-api.md §1). The standard and the URL-safe alphabet are both
// accepted: go-customerio encodes with base64.URLEncoding (cio-api.md §7).
std::optional<BasicCredentials> basicCredentials(const QHttpServerRequest &request)
{
    const std::optional<QByteArray> encoded = authorizationParameter(request, QByteArrayLiteral("Basic"));
    if (!encoded)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(*encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        decoded = QByteArray::fromBase64Encoding(
            *encoded, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    }
    if (!decoded)
        return std::nullopt;
    const QByteArray pair = *decoded;
    const qsizetype colon = pair.indexOf(':');
    if (colon < 0)
        return std::nullopt;
    return BasicCredentials {QString::fromUtf8(pair.left(colon)), QString::fromUtf8(pair.mid(colon + 1))};
}

QString methodName(const QHttpServerRequest &request)
{
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    const char *key = methods.valueToKey(static_cast<int>(request.method()));
    return key ? QString::fromLatin1(key).toUpper() : u"UNKNOWN"_s;
}

using Target = SandboxTarget;

Target targetOf(const QHttpServerRequest &request)
{
    Target target;
    target.encodedPath = request.url().path(QUrl::FullyEncoded);
    target.encodedQuery = request.url().query(QUrl::FullyEncoded);
    const QStringList encodedSegments = target.encodedPath.split(u'/');
    for (qsizetype i = 1; i < encodedSegments.size(); ++i)
        target.segments.append(QUrl::fromPercentEncoding(encodedSegments.at(i).toUtf8()));
    return target;
}

// The segment after "customers" ({identifier} of Track /api/v1/customers/... and App /v1/customers/...).
QString identifierOf(const Target &target)
{
    const qsizetype customers = target.segments.indexOf(u"customers"_s);
    if (customers < 0 || customers + 1 >= target.segments.size())
        return {};
    return target.segments.at(customers + 1);
}

bool matches(const QStringList &segments, const QStringList &pattern)
{
    if (segments.size() != pattern.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        // "*" stands for one non-empty segment.
        if (pattern.at(i) == u"*"_s ? segments.at(i).isEmpty() : segments.at(i) != pattern.at(i))
            return false;
    }
    return true;
}

QJsonObject requestToJson(const SandboxRequest &request)
{
    return QJsonObject {
        {u"host"_s, request.host},
        {u"method"_s, request.method},
        {u"path"_s, request.path},
        {u"query"_s, request.query},
        {u"identifier"_s, request.identifier},
        {u"site_id"_s, request.siteId},
        {u"body"_s, QString::fromUtf8(request.body)},
        {u"status"_s, request.status},
        {u"fault"_s, request.fault},
        {u"received_at"_s, request.receivedAt.toString(Qt::ISODateWithMs)},
    };
}

SandboxReply redirectReply(int status, const QUrl &location)
{
    // The only observed wrong-region answer: 301 {"errors":[{"detail":"wrong datacenter",...}]}
    // (cio-api.md §5); the same body is sent for the selectable 302, 307 and 308.
    SandboxReply reply = jsonReply(status,
                                   QJsonObject {{u"errors"_s,
                                                 QJsonArray {QJsonObject {
                                                     {u"detail"_s, u"wrong datacenter"_s},
                                                     {u"status"_s, QString::number(status)},
                                                 }}}});
    reply.headers.append({QByteArrayLiteral("Location"), location.toEncoded()});
    return reply;
}

// base with the request's encoded path and query.
QUrl samePathOn(const QUrl &base, const Target &target)
{
    QUrl location = base;
    location.setPath(target.encodedPath, QUrl::TolerantMode);
    if (!target.encodedQuery.isEmpty())
        location.setQuery(target.encodedQuery, QUrl::TolerantMode);
    return location;
}

const QByteArray &oversizedBody()
{
    // A valid JSON object of exactly SandboxFault::oversizedBodyBytes bytes.
    static const QByteArray body = [] {
        const QByteArray head = QByteArrayLiteral("{\"padding\":\"");
        const QByteArray tail = QByteArrayLiteral("\"}");
        return head + QByteArray(SandboxFault::oversizedBodyBytes - head.size() - tail.size(), 'x') + tail;
    }();
    return body;
}

QJsonObject v2ErrorJson(const SandboxRules::V2Error &error, int batchIndex)
{
    QJsonObject o {{u"reason"_s, error.reason}, {u"field"_s, error.field}, {u"message"_s, error.message}};
    if (batchIndex >= 0)
        o.insert(u"batch_index"_s, batchIndex);
    return o;
}

// A valid Track v2 person operation changes the stored person the way its v1 counterpart does;
// other actions and object or delivery operations are accepted and not stored.
void applyV2(SandboxState &state, const QString &siteId, const QJsonObject &op, const QString &identifier)
{
    if (op.value(u"type"_s).toString() != u"person"_s)
        return;
    const QString action = op.value(u"action"_s).toString();
    const QJsonObject attributes = op.value(u"attributes"_s).toObject();
    if (action == u"identify"_s) {
        state.identify(siteId, identifier, attributes);
    } else if (action == u"delete"_s) {
        state.deletePerson(siteId, identifier);
    } else if (action == u"event"_s || action == u"page"_s || action == u"screen"_s) {
        QJsonObject event {{u"name"_s, op.value(u"name"_s)}};
        if (action != u"event"_s)
            event.insert(u"type"_s, action);
        if (!attributes.isEmpty())
            event.insert(u"data"_s, attributes);
        if (op.contains(u"timestamp"_s))
            event.insert(u"timestamp"_s, op.value(u"timestamp"_s));
        state.addEvent(siteId, identifier, event);
    } else if (action == u"suppress"_s) {
        state.suppress(siteId, identifier);
    } else if (action == u"unsuppress"_s) {
        state.unsuppress(siteId, identifier);
    }
}

// POST /api/v2/entity: one operation; 400 {"errors":[{reason,field,message}]} when invalid.
// POST /api/v2/batch: the valid operations are applied; 207 {"errors":[{batch_index,...}]} names the
// others (cio-api.md §3).
SandboxReply routeTrackV2(SandboxState &state, const QString &siteId, const QString &method, const Target &target,
                          const QByteArray &body)
{
    const QStringList &s = target.segments;
    const bool entity = matches(s, {u"api"_s, u"v2"_s, u"entity"_s});
    if (!entity && !matches(s, {u"api"_s, u"v2"_s, u"batch"_s}))
        return notFound();
    if (method != u"POST"_s)
        return notFound();
    QJsonObject object;
    const QString parseError = SandboxRules::parseObjectBody(body, false, &object);
    if (!parseError.isEmpty())
        return jsonReply(400, {{u"errors"_s, QJsonArray {v2ErrorJson({u"invalid"_s, QString(), parseError}, -1)}}});
    QString identifier;
    if (entity) {
        const SandboxRules::V2Error error = SandboxRules::v2OperationError(object, &identifier);
        if (!error.isEmpty())
            return jsonReply(400, {{u"errors"_s, QJsonArray {v2ErrorJson(error, -1)}}});
        applyV2(state, siteId, object, identifier);
        return ok();
    }
    const QJsonValue batch = object.value(u"batch"_s);
    if (!batch.isArray())
        return jsonReply(
            400,
            {{u"errors"_s, QJsonArray {v2ErrorJson({u"invalid"_s, u"batch"_s, u"batch must be an array"_s}, -1)}}});
    if (body.size() > SandboxRules::maxV2BatchBytes)
        return jsonReply(
            400,
            {{u"errors"_s,
              QJsonArray {v2ErrorJson({u"too_large"_s, u"batch"_s,
                                       u"batch cannot be larger than %1 bytes"_s.arg(SandboxRules::maxV2BatchBytes)},
                                      -1)}}});
    QJsonArray errors;
    const QJsonArray operations = batch.toArray();
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const SandboxRules::V2Error error = SandboxRules::v2OperationError(operations.at(i), &identifier);
        if (error.isEmpty())
            applyV2(state, siteId, operations.at(i).toObject(), identifier);
        else
            errors.append(v2ErrorJson(error, int(i)));
    }
    if (!errors.isEmpty())
        return jsonReply(207, {{u"errors"_s, errors}});
    return ok();
}

// Track v1 operations of cio-api.md §3 for a workspace whose credentials were accepted on a host of its
// region. Valid calls change state; invalid ones get 400 and change nothing.
SandboxReply routeTrack(SandboxState &state, const QString &siteId, const QString &method, const Target &target,
                        const QByteArray &body)
{
    const QStringList &s = target.segments;
    QJsonObject object;
    QString error;
    const auto invalid = [&](bool emptyAllowed, const std::function<QString()> &rule) {
        error = SandboxRules::parseObjectBody(body, emptyAllowed, &object);
        if (error.isEmpty())
            error = rule();
        return !error.isEmpty();
    };

    if (s.size() >= 2 && s.at(0) == u"api"_s && s.at(1) == u"v2"_s)
        return routeTrackV2(state, siteId, method, target, body);
    if (matches(s, {u"api"_s, u"v1"_s, u"events"_s})) {
        if (method != u"POST"_s)
            return notFound();
        if (invalid(false, [&] { return SandboxRules::eventError(object); }))
            return errorReply(400, error);
        state.addAnonymousEvent(siteId, object);
        return ok();
    }
    if (matches(s, {u"api"_s, u"v1"_s, u"merge_customers"_s})) {
        if (method != u"POST"_s)
            return notFound();
        QString primary;
        QString secondary;
        if (invalid(false, [&] { return SandboxRules::mergeError(object, &primary, &secondary); }))
            return errorReply(400, error);
        state.merge(siteId, primary, secondary);
        return ok();
    }

    if (s.size() < 4 || !matches(s.mid(0, 4), {u"api"_s, u"v1"_s, u"customers"_s, u"*"_s}))
        return notFound();
    const QString identifier = s.at(3);
    const QStringList rest = s.mid(4);
    enum class Op { None, Identify, Delete, Event, AddDevice, DeleteDevice, Suppress, Unsuppress };
    Op op = Op::None;
    if (rest.isEmpty() && method == u"PUT"_s)
        op = Op::Identify;
    else if (rest.isEmpty() && method == u"DELETE"_s)
        op = Op::Delete;
    else if (matches(rest, {u"events"_s}) && method == u"POST"_s)
        op = Op::Event;
    else if (matches(rest, {u"devices"_s}) && method == u"PUT"_s)
        op = Op::AddDevice;
    else if (matches(rest, {u"devices"_s, u"*"_s}) && method == u"DELETE"_s)
        op = Op::DeleteDevice;
    else if (matches(rest, {u"suppress"_s}) && method == u"POST"_s)
        op = Op::Suppress;
    else if (matches(rest, {u"unsuppress"_s}) && method == u"POST"_s)
        op = Op::Unsuppress;
    if (op == Op::None)
        return notFound();

    const QString identifierError = SandboxRules::identifierError(identifier);
    if (!identifierError.isEmpty())
        return errorReply(400, identifierError);
    switch (op) {
    case Op::Identify:
        if (invalid(true, [&] { return SandboxRules::identifyError(object); }))
            return errorReply(400, error);
        state.identify(siteId, identifier, object);
        break;
    case Op::Delete:
        state.deletePerson(siteId, identifier);
        break;
    case Op::Event:
        if (invalid(false, [&] { return SandboxRules::eventError(object); }))
            return errorReply(400, error);
        state.addEvent(siteId, identifier, object);
        break;
    case Op::AddDevice:
        if (invalid(false, [&] { return SandboxRules::deviceError(object); }))
            return errorReply(400, error);
        state.addDevice(siteId, identifier, object);
        break;
    case Op::DeleteDevice:
        state.deleteDevice(siteId, identifier, rest.at(1));
        break;
    case Op::Suppress:
        state.suppress(siteId, identifier);
        break;
    case Op::Unsuppress:
        state.unsuppress(siteId, identifier);
        break;
    case Op::None:
        break;
    }
    return ok();
}

bool isTransactionalSend(const QString &method, const Target &target)
{
    static const QStringList kinds = {u"email"_s, u"push"_s, u"sms"_s, u"inbox_message"_s, u"in_app"_s};
    const QStringList &s = target.segments;
    return method == u"POST"_s && s.size() == 3 && s.at(0) == u"v1"_s && s.at(1) == u"send"_s
        && kinds.contains(s.at(2));
}

// App API (cio-api.md §6) for a key accepted on a host of its region: transactional sends and a
// person's attributes are modelled; any other /v1 path answers 200 {}.
SandboxReply routeApp(SandboxState &state, const QString &siteId, const QString &method, const Target &target,
                      const QByteArray &body, quint64 *deliveryCount)
{
    const QStringList &s = target.segments;
    if (isTransactionalSend(method, target)) {
        QJsonObject object;
        QString error = SandboxRules::parseObjectBody(body, false, &object);
        if (error.isEmpty())
            error = SandboxRules::transactionalError(object);
        if (!error.isEmpty())
            return errorReply(400, error);
        const QJsonObject answer {
            {u"delivery_id"_s, u"sandbox-delivery-"_s + QString::number(++*deliveryCount)},
            {u"queued_at"_s, QDateTime::currentSecsSinceEpoch()},
        };
        QJsonObject delivery = object;
        delivery.insert(u"kind"_s, s.at(2));
        for (auto it = answer.constBegin(); it != answer.constEnd(); ++it)
            delivery.insert(it.key(), it.value());
        state.addDelivery(siteId, delivery);
        return jsonReply(200, answer);
    }
    if (matches(s, {u"v1"_s, u"customers"_s, u"*"_s, u"attributes"_s}) && method == u"GET"_s) {
        const std::optional<QJsonObject> person = state.person(siteId, s.at(2));
        if (!person)
            return notFound();
        return jsonReply(200,
                         QJsonObject {{u"customer"_s,
                                       QJsonObject {
                                           {u"id"_s, s.at(2)},
                                           {u"attributes"_s, person->value(u"attributes"_s)},
                                           {u"devices"_s, person->value(u"devices"_s)},
                                       }}});
    }
    return ok();
}

QString statusText(int status)
{
    switch (status) {
    case 500:
        return u"Internal Server Error"_s;
    case 502:
        return u"Bad Gateway"_s;
    default:
        return u"Service Unavailable"_s;
    }
}

} // namespace

SandboxServer::Private::Private(SandboxServer *server)
    : q(server)
{ }

SandboxReply SandboxServer::Private::inspect(const QString &method, const Target &target,
                                             const QHttpServerRequest &request)
{
    const QStringList &s = target.segments;
    const QByteArray body = request.body();
    if (matches(s, {u"__sandbox"_s, u"requests"_s}) && method == u"GET"_s) {
        QJsonArray array;
        for (const SandboxRequest &received : std::as_const(requests))
            array.append(requestToJson(received));
        return SandboxReply {200, QJsonDocument(array).toJson(QJsonDocument::Compact), {}};
    }
    if (matches(s, {u"__sandbox"_s, u"requests"_s}) && method == u"DELETE"_s) {
        requests.clear();
        return ok();
    }
    if (matches(s, {u"__sandbox"_s, u"people"_s}) && method == u"GET"_s) {
        const QUrlQuery query(request.url());
        if (query.hasQueryItem(u"site_id"_s)) {
            const QString siteId = query.queryItemValue(u"site_id"_s, QUrl::FullyDecoded);
            if (!SandboxAccounts::findBySiteId(accounts, siteId))
                return errorReply(404, u"unknown site_id"_s);
            return jsonReply(200, state.workspaceJson(siteId));
        }
        QJsonArray workspaces;
        for (const SandboxAccount &account : std::as_const(accounts)) {
            for (const SandboxWorkspace &workspace : account.workspaces)
                workspaces.append(state.workspaceJson(workspace.siteId));
        }
        return jsonReply(200, QJsonObject {{u"workspaces"_s, workspaces}});
    }
    if (matches(s, {u"__sandbox"_s, u"people"_s}) && method == u"DELETE"_s) {
        state.clear();
        return ok();
    }
    if (matches(s, {u"__sandbox"_s, u"fault"_s}) && method == u"GET"_s) {
        QJsonObject object;
        for (const Host host : allHosts)
            object.insert(hostName(host), faults[indexOf(host)].toSpec());
        return jsonReply(200, object);
    }
    if (matches(s, {u"__sandbox"_s, u"fault"_s}) && method == u"POST"_s) {
        QJsonObject object;
        QString error = SandboxRules::parseObjectBody(body, false, &object);
        const QString hostText = object.value(u"host"_s).toString();
        const std::optional<Host> faultHost = hostFromName(hostText);
        SandboxFault fault;
        if (error.isEmpty() && !faultHost && hostText != u"all"_s)
            error = u"host must be one of track-us, track-eu, api-us, api-eu, all"_s;
        if (error.isEmpty())
            SandboxFault::fromSpec(object.value(u"fault"_s).toString(), &fault, &error);
        // Explicit parameters override the spec's (the {"fault":"delay","delay_ms":N} form).
        const auto parameter = [&](const QString &key, int min, int max, int *value) {
            if (!error.isEmpty() || !object.contains(key))
                return;
            const QJsonValue v = object.value(key);
            if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < min || v.toInteger() > max)
                error = u"%1 must be an integer %2-%3"_s.arg(key, QString::number(min), QString::number(max));
            else
                *value = int(v.toInteger());
        };
        if (fault.kind == Fault::Delay)
            parameter(u"delay_ms"_s, 0, 600000, &fault.delayMs);
        if (fault.kind == Fault::ServerError) {
            parameter(u"status"_s, 500, 503, &fault.status);
            if (error.isEmpty() && fault.status == 501)
                error = u"status must be 500, 502 or 503"_s;
        }
        if (fault.kind == Fault::RateLimited)
            parameter(u"retry_after"_s, 0, 86400, &fault.retryAfterSeconds);
        if (error.isEmpty() && fault.kind == Fault::RedirectOutside && object.contains(u"location"_s)) {
            fault.location = QUrl(object.value(u"location"_s).toString(), QUrl::StrictMode);
            if (!fault.location.isValid() || fault.location.isRelative() || fault.location.host().isEmpty())
                error = u"location must be an absolute URL"_s;
        }
        if (!error.isEmpty())
            return errorReply(400, error);
        for (const Host host : allHosts) {
            if (!faultHost || *faultHost == host)
                q->setFault(host, fault);
        }
        return ok();
    }
    if (matches(s, {u"__sandbox"_s, u"redirect"_s}) && method == u"POST"_s) {
        QJsonObject object;
        QString error = SandboxRules::parseObjectBody(body, false, &object);
        const int status = object.value(u"status"_s).toInt();
        if (error.isEmpty() && status != 301 && status != 302 && status != 307 && status != 308)
            error = u"status must be one of 301, 302, 307, 308"_s;
        if (!error.isEmpty())
            return errorReply(400, error);
        q->setRedirectStatus(status);
        return ok();
    }
    return notFound();
}

SandboxReply SandboxServer::Private::answer(Host host, const QHttpServerRequest &request, const QString &method,
                                            const Target &target, SandboxRequest *received)
{
    const QByteArray body = request.body();
    if (isTrack(host)) {
        const std::optional<BasicCredentials> credentials = basicCredentials(request);
        if (credentials)
            received->siteId = credentials->siteId;
        const std::optional<SandboxAccounts::Match> match = credentials
            ? SandboxAccounts::findByTrackKey(accounts, credentials->siteId, credentials->apiKey)
            : std::nullopt;
        if (!match)
            return unauthorized();
        if (matches(target.segments, {u"api"_s, u"v1"_s, u"accounts"_s, u"region"_s})) {
            // Answered on either Track host, never redirected (cio-api.md §2).
            if (method != u"GET"_s)
                return notFound();
            return jsonReply(
                200,
                QJsonObject {
                    {u"url"_s,
                     match->region == u"eu"_s ? u"https://track-eu.customer.io"_s : u"https://track.customer.io"_s},
                    {u"region"_s, match->region},
                    {u"environment_id"_s, match->workspace.environmentId},
                });
        }
        // EU account on the US host: redirected to the same path and query on the EU host (cio-api.md §5).
        if (match->region != regionOf(host) && match->region == u"eu"_s)
            return redirectReply(redirectStatus, samePathOn(q->baseUrl(Host::TrackEu), target));
        // US account on the EU host: "requests will fail" (cio-api.md §5); 401 assumed.
        if (match->region != regionOf(host))
            return unauthorized();
        return routeTrack(state, match->workspace.siteId, method, target, body);
    }

    // App API: Bearer <App API key> (cio-api.md §1).
    const std::optional<QByteArray> key = authorizationParameter(request, QByteArrayLiteral("Bearer"));
    const std::optional<SandboxAccounts::Match> match =
        key ? SandboxAccounts::findByAppKey(accounts, QString::fromUtf8(*key)) : std::nullopt;
    if (match)
        received->siteId = match->workspace.siteId;
    if (target.segments.size() < 2 || target.segments.first() != u"v1"_s)
        return notFound();
    if (!match)
        return unauthorized();
    if (match->region != regionOf(host)) {
        // Not redirected, 401 (cio-api.md §5), except a transactional send of an EU key on the US host:
        // redirected like a Track call (unconfirmed; the sandbox's choice, see README.md).
        if (match->region == u"eu"_s && isTransactionalSend(method, target))
            return redirectReply(redirectStatus, samePathOn(q->baseUrl(Host::ApiEu), target));
        return unauthorized();
    }
    return routeApp(state, match->workspace.siteId, method, target, body, &deliveryCount);
}

SandboxDisposition SandboxServer::Private::dispatch(Host host, const QHttpServerRequest &request)
{
    const Target target = targetOf(request);
    const QString method = methodName(request);

    // Inspection and faults: never recorded, never subject to faults.
    if (!target.segments.isEmpty() && target.segments.first() == u"__sandbox"_s)
        return SandboxDisposition {SandboxFault {}, inspect(method, target, request)};

    SandboxRequest received;
    received.host = hostName(host);
    received.method = method;
    received.path = target.encodedPath;
    received.query = target.encodedQuery;
    received.identifier = identifierOf(target);
    received.body = request.body();
    received.receivedAt = QDateTime::currentDateTimeUtc();

    SandboxDisposition disposition;
    disposition.fault = faults[indexOf(host)];
    received.fault = disposition.fault.toSpec();
    SandboxReply &reply = disposition.reply;
    switch (disposition.fault.kind) {
    case Fault::ServerError:
        reply = errorReply(disposition.fault.status, statusText(disposition.fault.status));
        break;
    case Fault::RateLimited:
        // Status and text from the Track spec (cio-api.md §4); Retry-After is unconfirmed there.
        reply = errorReply(429, u"Your request is over the 10-per-second limit."_s);
        reply.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(disposition.fault.retryAfterSeconds)});
        break;
    case Fault::RedirectOutside: {
        const QUrl &base = disposition.fault.location;
        const QUrl location = base.path().isEmpty() || base.path() == u"/"_s ? samePathOn(base, target) : base;
        reply = redirectReply(307, location);
        break;
    }
    default:
        reply = answer(host, request, method, target, &received);
        if (disposition.fault.kind == Fault::MalformedJson)
            reply.body = reply.body.left(qMax<qsizetype>(1, reply.body.size() / 2));
        else if (disposition.fault.kind == Fault::Oversized)
            reply.body = oversizedBody();
        break;
    }

    const bool answered = disposition.fault.kind != Fault::Hang && disposition.fault.kind != Fault::Reset;
    received.status = answered ? reply.status : 0;
    requests.append(received);
    if (requests.size() > maxRecordedRequests)
        requests.remove(0, requests.size() - maxRecordedRequests);
    Q_EMIT q->requestReceived(received);
    return disposition;
}

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{ }

SandboxServer::~SandboxServer() = default;

QList<SandboxAccount> SandboxServer::demoAccounts()
{
    return SandboxAccounts::demo();
}

bool SandboxServer::accountsFromJson(const QByteArray &json, QList<SandboxAccount> *accounts, QString *error)
{
    return SandboxAccounts::fromJson(json, accounts, error);
}

void SandboxServer::setAccounts(const QList<SandboxAccount> &accounts)
{
    d->accounts = accounts;
}

QList<SandboxAccount> SandboxServer::accounts() const
{
    return d->accounts;
}

bool SandboxServer::start(const QList<quint16> &ports, QString *error)
{
    const auto fail = [this, error](const QString &message) {
        stop();
        if (error)
            *error = message;
        return false;
    };
    if (std::any_of(d->hosts.cbegin(), d->hosts.cend(), [](const auto &host) { return bool(host); })) {
        if (error)
            *error = u"the sandbox is already listening"_s;
        return false;
    }
    if (ports.size() != int(allHosts.size()))
        return fail(u"expected %1 ports, got %2"_s.arg(allHosts.size()).arg(ports.size()));

    for (const Host host : allHosts) {
        const quint16 port = ports.at(indexOf(host));
        auto httpHost = std::make_unique<SandboxHttpHost>(this, host);
        QTcpServer *tcpServer = SandboxTls::createListener(d->tls, httpHost.get());
        if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
            return fail(
                u"%1: cannot listen on 127.0.0.1:%2: %3"_s.arg(hostName(host)).arg(port).arg(tcpServer->errorString()));
        }
        httpHost->bind(tcpServer);
        d->hosts[indexOf(host)] = std::move(httpHost);
    }
    return true;
}

bool SandboxServer::isListening() const
{
    return std::all_of(d->hosts.cbegin(), d->hosts.cend(), [](const auto &host) { return bool(host); });
}

void SandboxServer::stop()
{
    for (auto &host : d->hosts)
        host.reset();
}

quint16 SandboxServer::port(Host host) const
{
    const auto &httpHost = d->hosts[indexOf(host)];
    if (!httpHost)
        return 0;
    const QList<QTcpServer *> servers = httpHost->servers();
    return servers.isEmpty() ? 0 : servers.first()->serverPort();
}

QUrl SandboxServer::baseUrl(Host host) const
{
    QUrl url;
    url.setScheme(d->tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port(host));
    return url;
}

QByteArray SandboxServer::endpointsJson(const QString &caFile) const
{
    const auto base = [this](Host host) { return baseUrl(host).toString(); };
    QJsonObject table {
        {u"us"_s, QJsonObject {{u"track"_s, base(Host::TrackUs)}, {u"api"_s, base(Host::ApiUs)}}},
        {u"eu"_s, QJsonObject {{u"track"_s, base(Host::TrackEu)}, {u"api"_s, base(Host::ApiEu)}}},
    };
    if (!caFile.isEmpty())
        table.insert(u"ca"_s, caFile);
    return compact(table);
}

void SandboxServer::setRedirectStatus(int status)
{
    if (status == 301 || status == 302 || status == 307 || status == 308)
        d->redirectStatus = status;
}

int SandboxServer::redirectStatus() const
{
    return d->redirectStatus;
}

void SandboxServer::setFault(Host host, Fault fault, int delayMs)
{
    SandboxFault spec;
    SandboxFault::fromSpec(SandboxFault::kindName(fault), &spec, nullptr);
    if (fault == Fault::Delay)
        spec.delayMs = qMax(0, delayMs);
    setFault(host, spec);
}

void SandboxServer::setFault(Host host, const SandboxFault &fault)
{
    if (d->faults[indexOf(host)] == fault)
        return;
    d->faults[indexOf(host)] = fault;
    Q_EMIT faultChanged(host, fault);
}

SandboxFault SandboxServer::fault(Host host) const
{
    return d->faults[indexOf(host)];
}

std::optional<SandboxServer::Host> SandboxServer::hostFromName(const QString &name)
{
    for (const Host host : allHosts) {
        if (hostName(host) == name)
            return host;
    }
    return std::nullopt;
}

void SandboxServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    d->tls = configuration;
}

bool SandboxServer::isTls() const
{
    return d->tls.has_value();
}

bool SandboxServer::tlsConfigurationFromFiles(const QString &certFile, const QString &keyFile,
                                              QSslConfiguration *configuration, QString *error)
{
    return SandboxTls::configurationFromFiles(certFile, keyFile, configuration, error);
}

QJsonObject SandboxServer::workspaceState(const QString &siteId) const
{
    return d->state.workspaceJson(siteId);
}

void SandboxServer::clearState()
{
    d->state.clear();
}

QList<SandboxRequest> SandboxServer::receivedRequests() const
{
    return d->requests;
}

void SandboxServer::clearReceivedRequests()
{
    d->requests.clear();
}

QString SandboxServer::hostName(Host host)
{
    switch (host) {
    case Host::TrackUs:
        return u"track-us"_s;
    case Host::TrackEu:
        return u"track-eu"_s;
    case Host::ApiUs:
        return u"api-us"_s;
    case Host::ApiEu:
        return u"api-eu"_s;
    }
    return {};
}
