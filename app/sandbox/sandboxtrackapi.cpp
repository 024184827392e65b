#include "sandboxtrackapi.h"

#include "sandboxrules.h"
#include "sandboxstate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

QJsonObject v2ErrorJson(const SandboxRules::V2Error &error, int batchIndex = -1)
{
    QJsonObject o {{u"reason"_s, error.reason}, {u"field"_s, error.field}, {u"message"_s, error.message}};
    if (batchIndex >= 0)
        o.insert(u"batch_index"_s, batchIndex);
    return o;
}

// 400 {"errors":[{reason,field,message}]}: the v2 error shape of the Track OpenAPI.
SandboxReply v2Invalid(const SandboxRules::V2Error &error)
{
    return SandboxReply::json(400, {{u"errors"_s, QJsonArray {v2ErrorJson(error)}}});
}

} // namespace

SandboxTrackApi::SandboxTrackApi(const QList<SandboxAccount> *accounts, SandboxState *state)
    : m_accounts(accounts)
    , m_state(state)
{ }

SandboxReply SandboxTrackApi::answer(const QString &hostRegion, const SandboxCall &call, const QUrl &euTrackBase,
                                     int redirectStatus, QString *siteId)
{
    if (const std::optional<SandboxReply> open = answerWithoutCredentials(call))
        return *open;
    const std::optional<SandboxBasicCredentials> credentials = call.basicCredentials();
    if (credentials)
        *siteId = credentials->siteId;
    const std::optional<SandboxAccounts::Match> match = credentials
        ? SandboxAccounts::findByTrackKey(*m_accounts, credentials->siteId, credentials->apiKey)
        : std::nullopt;
    if (!match)
        return SandboxReply::unauthorized();
    if (call.target.matches({u"api"_s, u"v1"_s, u"accounts"_s, u"region"_s})) {
        // Either host answers with the account's own region, never redirected
        // (https://docs.customer.io/integrations/api/track/tag/trackregion/getRegion/).
        if (call.method != u"GET"_s)
            return SandboxReply::notFound();
        return SandboxReply::json(
            200,
            QJsonObject {
                {u"url"_s,
                 match->region == u"eu"_s ? u"https://track-eu.customer.io"_s : u"https://track.customer.io"_s},
                {u"region"_s, match->region},
                {u"environment_id"_s, match->workspace.environmentId},
            });
    }
    if (match->region != hostRegion && match->region == u"eu"_s)
        return SandboxReply::redirect(redirectStatus, call.target.onHost(euTrackBase));
    if (match->region != hostRegion)
        return SandboxReply::unauthorized();
    return routeV1(match->workspace.siteId, call);
}

std::optional<SandboxReply> SandboxTrackApi::answerWithoutCredentials(const SandboxCall &call)
{
    // POST /api/v1/metrics, POST /api/v1/push/events and POST /unsubscribe/{delivery_id} have no security
    // requirement in the Track OpenAPI ("This endpoint does not require an Authorization header"): any
    // JSON object body is received (200 {}), nothing is stored.
    const bool open = call.target.matches({u"api"_s, u"v1"_s, u"metrics"_s})
        || call.target.matches({u"api"_s, u"v1"_s, u"push"_s, u"events"_s})
        || call.target.matches({u"unsubscribe"_s, u"*"_s});
    if (!open)
        return std::nullopt;
    if (call.method != u"POST"_s)
        return SandboxReply::notFound();
    QJsonObject object;
    const QString error =
        SandboxRules::parseObjectBody(call.body, call.target.segments.first() == u"unsubscribe"_s, &object);
    if (!error.isEmpty())
        return SandboxReply::errors(400, error);
    return SandboxReply::ok();
}

SandboxReply SandboxTrackApi::routeV1(const QString &siteId, const SandboxCall &call)
{
    const QStringList &s = call.target.segments;
    if (s.size() >= 2 && s.at(0) == u"api"_s && s.at(1) == u"v2"_s)
        return routeV2(siteId, call);

    QJsonObject object;
    QString error;
    const auto invalid = [&](const std::function<QString()> &rule) {
        error = SandboxRules::parseObjectBody(call.body, false, &object);
        if (error.isEmpty())
            error = rule();
        return !error.isEmpty();
    };
    if (call.target.matches({u"api"_s, u"v1"_s, u"events"_s})) {
        if (call.method != u"POST"_s)
            return SandboxReply::notFound();
        if (invalid([&] { return SandboxRules::eventError(object); }))
            return SandboxReply::errors(400, error);
        m_state->addAnonymousEvent(siteId, object);
        return SandboxReply::ok();
    }
    const QStringList &segments = call.target.segments;
    if (call.target.matches({u"api"_s, u"v1"_s, u"forms"_s, u"*"_s, u"submit"_s})) {
        if (call.method != u"POST"_s)
            return SandboxReply::notFound();
        QString identifier;
        if (invalid([&] { return SandboxRules::formError(object, &identifier); }))
            return SandboxReply::errors(400, error);
        // "If the person who submitted the form does not already exist, we create them (like an identify
        // request)": the form fields become attributes.
        m_state->identify(siteId, identifier, object.value(u"data"_s).toObject());
        return SandboxReply::noContent();
    }
    if (segments.size() == 5 && SandboxTarget::matches(segments.mid(0, 4), {u"api"_s, u"v1"_s, u"segments"_s, u"*"_s})
        && (segments.at(4) == u"add_customers"_s || segments.at(4) == u"remove_customers"_s)) {
        if (call.method != u"POST"_s)
            return SandboxReply::notFound();
        const QString idType = QUrlQuery(call.target.encodedQuery).queryItemValue(u"id_type"_s);
        if (invalid([&] { return SandboxRules::segmentError(object, idType); }))
            return SandboxReply::errors(400, error);
        // Manual segments are accepted, not stored.
        return SandboxReply::ok();
    }
    if (call.target.matches({u"api"_s, u"v1"_s, u"merge_customers"_s})) {
        if (call.method != u"POST"_s)
            return SandboxReply::notFound();
        QString primary;
        QString secondary;
        // The merge 400 is {"meta":{"error":".."}} in the Track OpenAPI, unlike the shared 400.
        if (invalid([&] { return SandboxRules::mergeError(object, &primary, &secondary); }))
            return SandboxReply::error(400, error);
        m_state->merge(siteId, primary, secondary);
        return SandboxReply::ok();
    }
    return routeCustomer(siteId, call);
}

// /api/v1/customers/{identifier}[/...]: the person calls of the Track OpenAPI.
SandboxReply SandboxTrackApi::routeCustomer(const QString &siteId, const SandboxCall &call)
{
    const QStringList &s = call.target.segments;
    if (s.size() < 4 || !SandboxTarget::matches(s.mid(0, 4), {u"api"_s, u"v1"_s, u"customers"_s, u"*"_s}))
        return SandboxReply::notFound();
    const QString identifier = s.at(3);
    const QStringList rest = s.mid(4);
    const QString &method = call.method;
    enum class Op { None, Identify, Delete, Event, AddDevice, DeleteDevice, Suppress, Unsuppress };
    Op op = Op::None;
    if (rest.isEmpty() && method == u"PUT"_s)
        op = Op::Identify;
    else if (rest.isEmpty() && method == u"DELETE"_s)
        op = Op::Delete;
    else if (SandboxTarget::matches(rest, {u"events"_s}) && method == u"POST"_s)
        op = Op::Event;
    else if (SandboxTarget::matches(rest, {u"devices"_s}) && method == u"PUT"_s)
        op = Op::AddDevice;
    else if (SandboxTarget::matches(rest, {u"devices"_s, u"*"_s}) && method == u"DELETE"_s)
        op = Op::DeleteDevice;
    else if (SandboxTarget::matches(rest, {u"suppress"_s}) && method == u"POST"_s)
        op = Op::Suppress;
    else if (SandboxTarget::matches(rest, {u"unsuppress"_s}) && method == u"POST"_s)
        op = Op::Unsuppress;
    if (op == Op::None)
        return SandboxReply::notFound();

    // Identify documents no 400 (200 and 401 only): its limit breaches answer 400 with the body of
    // https://docs.customer.io/journeys/invalid-api-requests. Events and devices refer to the shared
    // 400 {"meta":{"errors":[..]}}.
    const bool sharedShape = op == Op::Event || op == Op::AddDevice || op == Op::DeleteDevice;
    const auto bad = [sharedShape](const QString &message) {
        return sharedShape ? SandboxReply::errors(400, message) : SandboxReply::error(400, message);
    };
    const QString identifierError = SandboxRules::identifierError(identifier);
    if (!identifierError.isEmpty())
        return bad(identifierError);
    QJsonObject object;
    QString error;
    const auto invalid = [&](bool emptyAllowed, const std::function<QString()> &rule) {
        error = SandboxRules::parseObjectBody(call.body, emptyAllowed, &object);
        if (error.isEmpty())
            error = rule();
        return !error.isEmpty();
    };
    switch (op) {
    case Op::Identify:
        if (invalid(true, [&] { return SandboxRules::identifyError(object); }))
            return bad(error);
        m_state->identify(siteId, identifier, object);
        break;
    case Op::Delete:
        m_state->deletePerson(siteId, identifier);
        break;
    case Op::Event:
        if (invalid(false, [&] { return SandboxRules::eventError(object); }))
            return bad(error);
        m_state->addEvent(siteId, identifier, object);
        break;
    case Op::AddDevice:
        if (invalid(false, [&] { return SandboxRules::deviceError(object); }))
            return bad(error);
        m_state->addDevice(siteId, identifier, object);
        break;
    case Op::DeleteDevice:
        m_state->deleteDevice(siteId, identifier, rest.at(1));
        break;
    case Op::Suppress:
        m_state->suppress(siteId, identifier);
        break;
    case Op::Unsuppress:
        m_state->unsuppress(siteId, identifier);
        break;
    case Op::None:
        break;
    }
    return SandboxReply::ok();
}

SandboxReply SandboxTrackApi::routeV2(const QString &siteId, const SandboxCall &call)
{
    const bool entity = call.target.matches({u"api"_s, u"v2"_s, u"entity"_s});
    if (!entity && !call.target.matches({u"api"_s, u"v2"_s, u"batch"_s}))
        return SandboxReply::notFound();
    if (call.method != u"POST"_s)
        return SandboxReply::notFound();
    QJsonObject object;
    const QString parseError = SandboxRules::parseObjectBody(call.body, false, &object);
    if (!parseError.isEmpty())
        return v2Invalid({u"invalid"_s, QString(), parseError});
    QString identifier;
    if (entity) {
        const SandboxRules::V2Error error = SandboxRules::v2OperationError(object, &identifier);
        if (!error.isEmpty())
            return v2Invalid(error);
        applyV2(siteId, object, identifier);
        return SandboxReply::ok();
    }
    const QJsonValue batch = object.value(u"batch"_s);
    if (!batch.isArray())
        return v2Invalid({u"invalid"_s, u"batch"_s, u"batch must be an array"_s});
    if (call.body.size() > SandboxRules::maxV2BatchBytes)
        return v2Invalid(
            {u"too_large"_s, u"batch"_s, u"batch cannot be larger than %1 bytes"_s.arg(SandboxRules::maxV2BatchBytes)});
    QJsonArray errors;
    const QJsonArray operations = batch.toArray();
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const SandboxRules::V2Error error = SandboxRules::v2OperationError(operations.at(i), &identifier);
        if (error.isEmpty())
            applyV2(siteId, operations.at(i).toObject(), identifier);
        else
            errors.append(v2ErrorJson(error, int(i)));
    }
    if (!errors.isEmpty())
        return SandboxReply::json(207, {{u"errors"_s, errors}});
    return SandboxReply::ok();
}

void SandboxTrackApi::applyV2(const QString &siteId, const QJsonObject &operation, const QString &identifier)
{
    // Other actions, and object or delivery operations, are accepted and not stored.
    if (operation.value(u"type"_s).toString() != u"person"_s)
        return;
    const QString action = operation.value(u"action"_s).toString();
    const QJsonObject attributes = operation.value(u"attributes"_s).toObject();
    if (action == u"identify"_s) {
        m_state->identify(siteId, identifier, attributes);
    } else if (action == u"delete"_s) {
        m_state->deletePerson(siteId, identifier);
    } else if (action == u"event"_s || action == u"page"_s || action == u"screen"_s) {
        QJsonObject event {{u"name"_s, operation.value(u"name"_s)}};
        if (action != u"event"_s)
            event.insert(u"type"_s, action);
        if (!attributes.isEmpty())
            event.insert(u"data"_s, attributes);
        if (operation.contains(u"timestamp"_s))
            event.insert(u"timestamp"_s, operation.value(u"timestamp"_s));
        m_state->addEvent(siteId, identifier, event);
    } else if (action == u"suppress"_s) {
        m_state->suppress(siteId, identifier);
    } else if (action == u"unsuppress"_s) {
        m_state->unsuppress(siteId, identifier);
    }
}
