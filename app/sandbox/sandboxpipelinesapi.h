#pragma once

#include "sandboxaccounts.h"
#include "sandboxcall.h"
#include "sandboxreply.h"

#include <QList>
#include <QString>

#include <optional>

class SandboxState;

// The Data Pipelines API of the sandbox (https://docs.customer.io/integrations/api/cdp/, OpenAPI
// https://docs.customer.io/files/pipelines.json; docs/customerio-api.md, Pipelines API), as answered by a
// Pipelines host of one region (https://cdp.customer.io/v1, https://cdp-eu.customer.io/v1).
//
// Calls: POST /v1/identify, /v1/track, /v1/page, /v1/screen, /v1/group, /v1/alias and /v1/batch, checked
// by SandboxPipelinesRules; any other path or method is 404 {"meta":{"error":"not found"}}, the sandbox's
// own answer. Credentials: Authorization: Basic base64("<source API key>:"), the source's API key as the
// user name and an empty password (the OpenAPI's securitySchemes).
//
// Answers: "A successful request returns an empty object response" (200 {}), and Customer.io answers 200
// even when it drops a request ("If a request exceeds these limits, you will receive a 200 response, but
// the request will not go through"). With X-Strict-Mode: 1 (SandboxCall::strictMode) a failed check is a
// real 400 and a credential failure a real 401 ("enables strict validation that returns proper HTTP error
// codes (400/401) for validation failures"), both with the body {"meta":{"errors":["<reason>"]}}: the
// OpenAPI's 400 shape (its 401 has no documented body; the sandbox sends the same shape).
// Credential failures: no Basic credentials, a key of no source, a password that is not empty, and, as
// WrongRegion says, a key of a source of the other region's account.
//
// Wrong region: what Customer.io answers a key sent to the other region's Pipelines host is not documented
// (docs/customerio-api.md, Wrong-region behaviour). The sandbox assumes, by default, that the other
// region's host does not know the key: a credential failure, 401 in strict mode, 200 and dropped without it
// (WrongRegion::Refuse). WrongRegion::Accept is the alternative assumption: the call is processed for the
// key's workspace as on its own region's host.
//
// Stored (SandboxState): each accepted call (each call of a /batch) in the key's workspace as
//   {"source","host","type","strict","received_at","call":{<the call as sent, "type" set>}} plus, when the
//   call has them, "userId", "anonymousId", "event", "name", "groupId", "previousId", "messageId", and
//   "batch_index" for a /batch call;
// each dropped request, in the key's workspace when its key names a source (else in the list of no
// workspace) as
//   {"source"?,"host","path","type","strict","status","reason","bytes","received_at"}
// where "status" is the status answered (200, or 400/401 in strict mode) and "type" the path's call.
class SandboxPipelinesApi
{
public:
    // What a key of a source of the other region's account gets on a Pipelines host (an assumption
    // either way, see above).
    enum class WrongRegion { Refuse, Accept };

    // accounts and state are not owned; both must outlive this object.
    SandboxPipelinesApi(const QList<SandboxAccount> *accounts, SandboxState *state);

    // hostRegion: "us" or "eu", the region of the host that received call; hostName its name as the
    // inspection API reports it ("pipelines-us"). Sets *siteId to the Site ID of the key's workspace, if the
    // key names a source, even when the call is refused.
    SandboxReply answer(const QString &hostRegion, const QString &hostName, const SandboxCall &call, QString *siteId);

    void setWrongRegion(WrongRegion wrongRegion) { m_wrongRegion = wrongRegion; }
    WrongRegion wrongRegion() const { return m_wrongRegion; }
    static QString wrongRegionName(WrongRegion wrongRegion); // "refuse", "accept"
    static std::optional<WrongRegion> wrongRegionFromName(const QString &name);

private:
    // The credential failure of call on a host of hostRegion, or an empty string; sets *match to the key's
    // workspace when the user name is the key of a source.
    QString credentialError(const QString &hostRegion, const SandboxCall &call,
                            std::optional<SandboxAccounts::Match> *match) const;

    const QList<SandboxAccount> *m_accounts;
    SandboxState *m_state;
    WrongRegion m_wrongRegion = WrongRegion::Refuse;
};
