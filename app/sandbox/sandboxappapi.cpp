#include "sandboxappapi.h"

#include "sandboxrules.h"
#include "sandboxstate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

SandboxAppApi::SandboxAppApi(const QList<SandboxAccount> *accounts, SandboxState *state)
    : m_accounts(accounts)
    , m_state(state)
{ }

SandboxReply SandboxAppApi::answer(const QString &hostRegion, const SandboxCall &call, const QUrl &euApiBase,
                                   int redirectStatus, QString *siteId)
{
    const std::optional<QString> key = call.bearerToken();
    const std::optional<SandboxAccounts::Match> match =
        key ? SandboxAccounts::findByAppKey(*m_accounts, *key) : std::nullopt;
    if (match)
        *siteId = match->workspace.siteId;
    if (call.target.segments.size() < 2 || call.target.segments.first() != u"v1"_s)
        return SandboxReply::notFound();
    if (!match)
        return SandboxReply::unauthorized();
    if (match->region != hostRegion) {
        if (match->region == u"eu"_s && (isTransactionalSend(call) || m_wrongRegion == WrongRegion::Redirect))
            return SandboxReply::redirect(redirectStatus, call.target.onHost(euApiBase));
        return SandboxReply::unauthorized();
    }
    return route(match->workspace.siteId, call);
}

bool SandboxAppApi::isTransactionalSend(const SandboxCall &call)
{
    static const QStringList kinds = {u"email"_s, u"push"_s, u"sms"_s, u"whatsapp"_s, u"inbox_message"_s, u"in_app"_s};
    const QStringList &s = call.target.segments;
    return call.method == u"POST"_s && s.size() == 3 && s.at(0) == u"v1"_s && s.at(1) == u"send"_s
        && kinds.contains(s.at(2));
}

SandboxReply SandboxAppApi::route(const QString &siteId, const SandboxCall &call)
{
    const QStringList &s = call.target.segments;
    if (isTransactionalSend(call)) {
        QJsonObject object;
        QString error = SandboxRules::transactionalSizeError(call.body);
        if (error.isEmpty())
            error = SandboxRules::parseObjectBody(call.body, false, &object);
        if (error.isEmpty())
            error = SandboxRules::transactionalError(object);
        if (!error.isEmpty())
            return SandboxReply::error(400, error);
        const QJsonObject answer {
            {u"delivery_id"_s, u"sandbox-delivery-"_s + QString::number(++m_deliveryCount)},
            {u"queued_at"_s, QDateTime::currentSecsSinceEpoch()},
        };
        QJsonObject delivery = object;
        delivery.insert(u"kind"_s, s.at(2));
        for (auto it = answer.constBegin(); it != answer.constEnd(); ++it)
            delivery.insert(it.key(), it.value());
        m_state->addDelivery(siteId, delivery);
        return SandboxReply::json(200, answer);
    }
    if (call.target.matches({u"v1"_s, u"customers"_s, u"*"_s, u"attributes"_s}) && call.method == u"GET"_s) {
        const std::optional<QJsonObject> person = m_state->person(siteId, s.at(2));
        if (!person)
            return SandboxReply::notFound();
        return SandboxReply::json(200,
                                  QJsonObject {{u"customer"_s,
                                                QJsonObject {
                                                    {u"id"_s, s.at(2)},
                                                    {u"attributes"_s, person->value(u"attributes"_s)},
                                                    {u"devices"_s, person->value(u"devices"_s)},
                                                }}});
    }
    if (call.method == u"GET"_s && call.target.matches({u"v1"_s, u"segments"_s}))
        return SandboxReply::json(200, {{u"segments"_s, QJsonArray {}}});
    if (call.method == u"GET"_s && call.target.matches({u"v1"_s, u"customers"_s})) {
        const QString email = QUrlQuery(call.target.encodedQuery).queryItemValue(u"email"_s, QUrl::FullyDecoded);
        QJsonArray results;
        const QJsonArray people = m_state->workspaceJson(siteId).value(u"people"_s).toArray();
        for (const QJsonValue &value : people) {
            const QJsonObject person = value.toObject();
            const QString identifier = person.value(u"identifier"_s).toString();
            const QJsonObject attributes = person.value(u"attributes"_s).toObject();
            if (email.isEmpty() || (identifier != email && attributes.value(u"email"_s).toString() != email))
                continue;
            results.append(QJsonObject {{u"id"_s, attributes.value(u"id"_s).toString(identifier)},
                                        {u"email"_s, email},
                                        {u"cio_id"_s, QJsonValue()}});
        }
        return SandboxReply::json(200, {{u"results"_s, results}});
    }
    return SandboxReply::notFound();
}

QString SandboxAppApi::wrongRegionName(WrongRegion wrongRegion)
{
    return wrongRegion == WrongRegion::Redirect ? u"redirect"_s : u"401"_s;
}

std::optional<SandboxAppApi::WrongRegion> SandboxAppApi::wrongRegionFromName(const QString &name)
{
    if (name == u"401"_s)
        return WrongRegion::Unauthorized;
    if (name == u"redirect"_s)
        return WrongRegion::Redirect;
    return std::nullopt;
}
