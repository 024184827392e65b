#include "sandboxtrackapi.h"

#include "sandboxrules.h"
#include "sandboxstate.h"

#include <QJsonArray>
#include <QJsonObject>

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
            return SandboxReply::error(400, error);
        m_state->addAnonymousEvent(siteId, object);
        return SandboxReply::ok();
    }
    if (call.target.matches({u"api"_s, u"v1"_s, u"merge_customers"_s})) {
        if (call.method != u"POST"_s)
            return SandboxReply::notFound();
        QString primary;
        QString secondary;
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

    const QString identifierError = SandboxRules::identifierError(identifier);
    if (!identifierError.isEmpty())
        return SandboxReply::error(400, identifierError);
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
            return SandboxReply::error(400, error);
        m_state->identify(siteId, identifier, object);
        break;
    case Op::Delete:
        m_state->deletePerson(siteId, identifier);
        break;
    case Op::Event:
        if (invalid(false, [&] { return SandboxRules::eventError(object); }))
            return SandboxReply::error(400, error);
        m_state->addEvent(siteId, identifier, object);
        break;
    case Op::AddDevice:
        if (invalid(false, [&] { return SandboxRules::deviceError(object); }))
            return SandboxReply::error(400, error);
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
