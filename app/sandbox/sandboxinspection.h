#pragma once

#include "sandboxcall.h"
#include "sandboxreply.h"
#include "sandboxserver.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// The inspection and fault API under the reserved prefix /__sandbox/ of every sandbox host: no
// credentials, never recorded, never subject to faults. It reads and changes its SandboxServer through
// the server's public API only. Routes (anything else under the prefix is 404):
//   GET /__sandbox/requests          200 [requestJson()...], oldest first
//   DELETE /__sandbox/requests       200 {}; forgets them
//   GET /__sandbox/people?site_id=ID 200 SandboxState::workspaceJson() of that workspace;
//                                    404 {"meta":{"error":"unknown site_id"}} for a Site ID of no workspace
//   GET /__sandbox/people            200 {"workspaces":[workspaceJson...]} for every workspace, in account order
//   DELETE /__sandbox/people         200 {}; forgets all stored people, events, devices and deliveries
//   GET /__sandbox/fault             200 {"track-us":"<spec>","track-eu":..,"api-us":..,"api-eu":..,
//                                    "pipelines-us":..,"pipelines-eu":..}
//   POST /__sandbox/fault            faultFromJson() body; 200 {} or 400 {"meta":{"error":..}}
//   POST /__sandbox/redirect         {"status":301|302|307|308}; 200 {} or 400 {"meta":{"error":..}}
//   POST /__sandbox/app-wrong-region {"mode":"401"|"redirect"}: SandboxServer::setAppWrongRegion()
//   GET /__sandbox/pipelines?site_id=ID 200 SandboxState::pipelinesJson() of that workspace with its "name",
//                                    "region" and "sources":[{"name"}]; 404 for a Site ID of no workspace
//   GET /__sandbox/pipelines         200 {"workspaces":[...as above, in account order],
//                                    "dropped_without_source":[dropped request...]}
//   DELETE /__sandbox/pipelines      200 {}; forgets every Pipelines call (SandboxServer::clearPipelinesState())
//   POST /__sandbox/pipelines-wrong-region {"mode":"refuse"|"accept"}: SandboxServer::setPipelinesWrongRegion()
class SandboxInspection
{
public:
    // server is not owned and must outlive this object.
    explicit SandboxInspection(SandboxServer *server);

    // call's first path segment is "__sandbox".
    SandboxReply answer(const SandboxCall &call);

    // {"host","method","path","query","identifier","site_id","body","status","fault","received_at"};
    // body as UTF-8 text, received_at ISO 8601 UTC with milliseconds.
    static QJsonObject requestJson(const SandboxRequest &request);

    // The body of POST /__sandbox/fault: {"host":"track-us"|"track-eu"|"api-us"|"api-eu"|"pipelines-us"|
    // "pipelines-eu"|"all",
    // "fault":"<SandboxFault spec>"} with optional integer overrides of the spec's parameter:
    // "delay_ms" 0-600000 (delay), "status" 500, 502 or 503 (status), "retry_after" 0-86400 seconds
    // (rate-limit), and the absolute URL "location" (redirect-outside). On success returns an empty
    // string and sets *host (nothing for "all") and *fault; otherwise returns the error message.
    static QString faultFromJson(const QJsonObject &body, std::optional<SandboxServer::Host> *host,
                                 SandboxFault *fault);

private:
    SandboxReply people(const SandboxCall &call) const;
    SandboxReply pipelines(const SandboxCall &call) const;
    SandboxReply setFault(const SandboxCall &call);
    SandboxReply setRedirect(const SandboxCall &call);

    SandboxServer *m_server;
};
