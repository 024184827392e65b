#pragma once

#include "sandboxaccounts.h"
#include "sandboxcall.h"
#include "sandboxreply.h"

#include <QList>
#include <QString>
#include <QUrl>

class SandboxState;

// The App API of the sandbox (https://docs.customer.io/integrations/api/app/), as answered by an App API
// host of one region. Paths start with /v1 (others are 404); credentials are Authorization: Bearer <App
// API key> of a workspace of the accounts (anything else is 401 SandboxReply::unauthorized()).
//
// Regions: App API calls are "not redirected" and fail on the other region's host
// (https://customer.io/docs/api/track/; docs/customerio-api.md, "Wrong-region behaviour"). The sandbox
// answers 401, except a transactional send with an EU key on the US host, which it redirects like a Track
// call: a redirect of transactional sends is implied (customerio-node PR #185), not documented
// (docs/sandbox.md).
//
// Calls modelled:
// - POST /v1/send/{email|push|sms|inbox_message|in_app} (transactional): a body SandboxRules::
//   transactionalError() accepts answers 200 {"delivery_id":"sandbox-delivery-<n>","queued_at":<Unix
//   seconds>} (the shape of go-customerio transactional.go) and is stored as a delivery; otherwise 400
//   {"meta":{"error":..}};
// - GET /v1/customers/{identifier}/attributes: 200 {"customer":{"id","attributes","devices"}} for a
//   stored person, 404 otherwise.
// Any other /v1 path answers 200 {} and is not modelled.
class SandboxAppApi
{
public:
    // accounts and state are not owned; both must outlive this object.
    SandboxAppApi(const QList<SandboxAccount> *accounts, SandboxState *state);

    // hostRegion: "us" or "eu", the region of the host that received call. euApiBase: the EU App API
    // host's base URL, where an EU key's transactional send on the US host is redirected with
    // redirectStatus. Sets *siteId to the Site ID of the key's workspace, if the key is known.
    SandboxReply answer(const QString &hostRegion, const SandboxCall &call, const QUrl &euApiBase, int redirectStatus,
                        QString *siteId);

    // POST /v1/send/{email|push|sms|inbox_message|in_app}.
    static bool isTransactionalSend(const SandboxCall &call);

private:
    SandboxReply route(const QString &siteId, const SandboxCall &call);

    const QList<SandboxAccount> *m_accounts;
    SandboxState *m_state;
    quint64 m_deliveryCount = 0; // numbers delivery IDs for the lifetime of this object
};
