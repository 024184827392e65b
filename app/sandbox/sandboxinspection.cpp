#include "sandboxinspection.h"

#include "sandboxappapi.h"

#include "sandboxrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

SandboxInspection::SandboxInspection(SandboxServer *server)
    : m_server(server)
{ }

SandboxReply SandboxInspection::answer(const SandboxCall &call)
{
    const SandboxTarget &target = call.target;
    const QString &method = call.method;
    if (target.matches({u"__sandbox"_s, u"requests"_s}) && method == u"GET"_s) {
        QJsonArray array;
        const QList<SandboxRequest> requests = m_server->receivedRequests();
        for (const SandboxRequest &received : requests)
            array.append(requestJson(received));
        return SandboxReply {200, QJsonDocument(array).toJson(QJsonDocument::Compact), {}};
    }
    if (target.matches({u"__sandbox"_s, u"requests"_s}) && method == u"DELETE"_s) {
        m_server->clearReceivedRequests();
        return SandboxReply::ok();
    }
    if (target.matches({u"__sandbox"_s, u"people"_s}) && method == u"GET"_s)
        return people(call);
    if (target.matches({u"__sandbox"_s, u"people"_s}) && method == u"DELETE"_s) {
        m_server->clearState();
        return SandboxReply::ok();
    }
    if (target.matches({u"__sandbox"_s, u"fault"_s}) && method == u"GET"_s) {
        QJsonObject object;
        for (const SandboxServer::Host host : SandboxServer::allHosts())
            object.insert(SandboxServer::hostName(host), m_server->fault(host).toSpec());
        return SandboxReply::json(200, object);
    }
    if (target.matches({u"__sandbox"_s, u"fault"_s}) && method == u"POST"_s)
        return setFault(call);
    if (target.matches({u"__sandbox"_s, u"redirect"_s}) && method == u"POST"_s)
        return setRedirect(call);
    if (target.matches({u"__sandbox"_s, u"app-wrong-region"_s}) && method == u"POST"_s) {
        QJsonObject object;
        QString error = SandboxRules::parseObjectBody(call.body, false, &object);
        const auto mode = SandboxAppApi::wrongRegionFromName(object.value(u"mode"_s).toString());
        if (error.isEmpty() && !mode)
            error = u"mode must be one of 401, redirect"_s;
        if (!error.isEmpty())
            return SandboxReply::error(400, error);
        m_server->setAppWrongRegion(*mode);
        return SandboxReply::ok();
    }
    if (target.matches({u"__sandbox"_s, u"pipelines"_s}) && method == u"GET"_s)
        return pipelines(call);
    if (target.matches({u"__sandbox"_s, u"pipelines"_s}) && method == u"DELETE"_s) {
        m_server->clearPipelinesState();
        return SandboxReply::ok();
    }
    if (target.matches({u"__sandbox"_s, u"pipelines-wrong-region"_s}) && method == u"POST"_s) {
        QJsonObject object;
        QString error = SandboxRules::parseObjectBody(call.body, false, &object);
        const auto mode = SandboxPipelinesApi::wrongRegionFromName(object.value(u"mode"_s).toString());
        if (error.isEmpty() && !mode)
            error = u"mode must be one of refuse, accept"_s;
        if (!error.isEmpty())
            return SandboxReply::error(400, error);
        m_server->setPipelinesWrongRegion(*mode);
        return SandboxReply::ok();
    }
    return SandboxReply::notFound();
}

SandboxReply SandboxInspection::pipelines(const SandboxCall &call) const
{
    const QList<SandboxAccount> accounts = m_server->accounts();
    const auto workspaceJson = [this](const SandboxAccounts::Match &match) {
        QJsonObject object = m_server->pipelinesState(match.workspace.siteId);
        QJsonArray sources;
        for (const SandboxPipelinesSource &source : match.workspace.pipelinesSources)
            sources.append(QJsonObject {{u"name"_s, source.name}});
        object.insert(u"name"_s, match.workspace.name);
        object.insert(u"region"_s, match.region);
        object.insert(u"sources"_s, sources);
        return object;
    };
    const QUrlQuery query(call.target.url);
    if (query.hasQueryItem(u"site_id"_s)) {
        const QString siteId = query.queryItemValue(u"site_id"_s, QUrl::FullyDecoded);
        const std::optional<SandboxAccounts::Match> match = SandboxAccounts::findBySiteId(accounts, siteId);
        if (!match)
            return SandboxReply::error(404, u"unknown site_id"_s);
        return SandboxReply::json(200, workspaceJson(*match));
    }
    QJsonArray workspaces;
    for (const SandboxAccount &account : accounts) {
        for (const SandboxWorkspace &workspace : account.workspaces)
            workspaces.append(workspaceJson(SandboxAccounts::Match {account.region, workspace}));
    }
    return SandboxReply::json(200,
                              QJsonObject {{u"workspaces"_s, workspaces},
                                           {u"dropped_without_source"_s, m_server->pipelinesDroppedWithoutSource()}});
}

SandboxReply SandboxInspection::people(const SandboxCall &call) const
{
    const QList<SandboxAccount> accounts = m_server->accounts();
    const QUrlQuery query(call.target.url);
    if (query.hasQueryItem(u"site_id"_s)) {
        const QString siteId = query.queryItemValue(u"site_id"_s, QUrl::FullyDecoded);
        if (!SandboxAccounts::findBySiteId(accounts, siteId))
            return SandboxReply::error(404, u"unknown site_id"_s);
        return SandboxReply::json(200, m_server->workspaceState(siteId));
    }
    QJsonArray workspaces;
    for (const SandboxAccount &account : accounts) {
        for (const SandboxWorkspace &workspace : account.workspaces)
            workspaces.append(m_server->workspaceState(workspace.siteId));
    }
    return SandboxReply::json(200, QJsonObject {{u"workspaces"_s, workspaces}});
}

SandboxReply SandboxInspection::setFault(const SandboxCall &call)
{
    QJsonObject object;
    QString error = SandboxRules::parseObjectBody(call.body, false, &object);
    std::optional<SandboxServer::Host> faultHost;
    SandboxFault fault;
    if (error.isEmpty())
        error = faultFromJson(object, &faultHost, &fault);
    if (!error.isEmpty())
        return SandboxReply::error(400, error);
    for (const SandboxServer::Host host : SandboxServer::allHosts()) {
        if (!faultHost || *faultHost == host)
            m_server->setFault(host, fault);
    }
    return SandboxReply::ok();
}

SandboxReply SandboxInspection::setRedirect(const SandboxCall &call)
{
    QJsonObject object;
    QString error = SandboxRules::parseObjectBody(call.body, false, &object);
    const int status = object.value(u"status"_s).toInt();
    if (error.isEmpty() && status != 301 && status != 302 && status != 307 && status != 308)
        error = u"status must be one of 301, 302, 307, 308"_s;
    if (!error.isEmpty())
        return SandboxReply::error(400, error);
    m_server->setRedirectStatus(status);
    return SandboxReply::ok();
}

QJsonObject SandboxInspection::requestJson(const SandboxRequest &request)
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

QString SandboxInspection::faultFromJson(const QJsonObject &body, std::optional<SandboxServer::Host> *host,
                                         SandboxFault *fault)
{
    const QString hostText = body.value(u"host"_s).toString();
    const std::optional<SandboxServer::Host> faultHost = SandboxServer::hostFromName(hostText);
    if (!faultHost && hostText != u"all"_s)
        return u"host must be one of track-us, track-eu, api-us, api-eu, pipelines-us, pipelines-eu, all"_s;
    SandboxFault result;
    QString error;
    if (!SandboxFault::fromSpec(body.value(u"fault"_s).toString(), &result, &error))
        return error;
    // Explicit parameters override the spec's (the {"fault":"delay","delay_ms":N} form).
    const auto parameter = [&](const QString &key, int min, int max, int *value) {
        if (!error.isEmpty() || !body.contains(key))
            return;
        const QJsonValue v = body.value(key);
        if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < min || v.toInteger() > max)
            error = u"%1 must be an integer %2-%3"_s.arg(key, QString::number(min), QString::number(max));
        else
            *value = int(v.toInteger());
    };
    using Kind = SandboxFault::Kind;
    if (result.kind == Kind::Delay)
        parameter(u"delay_ms"_s, 0, 600000, &result.delayMs);
    if (result.kind == Kind::ServerError) {
        parameter(u"status"_s, 500, 503, &result.status);
        if (error.isEmpty() && result.status == 501)
            error = u"status must be 500, 502 or 503"_s;
    }
    if (result.kind == Kind::RateLimited)
        parameter(u"retry_after"_s, 0, 86400, &result.retryAfterSeconds);
    if (error.isEmpty() && result.kind == Kind::RedirectOutside && body.contains(u"location"_s)) {
        result.location = QUrl(body.value(u"location"_s).toString(), QUrl::StrictMode);
        if (!result.location.isValid() || result.location.isRelative() || result.location.host().isEmpty())
            error = u"location must be an absolute URL"_s;
    }
    if (!error.isEmpty())
        return error;
    *host = faultHost;
    *fault = result;
    return {};
}
