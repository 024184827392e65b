#pragma once

#include "sandboxaccounts.h"
#include "sandboxcall.h"
#include "sandboxreply.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class SandboxState;

// The App API of the sandbox (https://docs.customer.io/integrations/api/app/), as answered by an App API
// host of one region. Paths start with /v1 (others are 404); credentials are Authorization: Bearer <App
// API key> of a workspace of the accounts (anything else is 401 SandboxReply::unauthorized()).
//
// Regions: App API calls are "not redirected" and fail on the other region's host
// (https://customer.io/docs/api/track/; docs/customerio-api.md, "Wrong-region behaviour"), yet an EU key
// on the US host has also been answered 301 {"errors":[{"detail":"wrong datacenter","status":"301"}]}
// (https://github.com/customerio/customerio-node/issues/134). The sandbox redirects a transactional send
// with an EU key on the US host like a Track call (implied by customerio-node PR #185, not documented);
// for every other call of the other region's key it answers as WrongRegion says: 401 (the default), or,
// for an EU key on the US host, the 301 redirect to the same path on the EU App API host (docs/sandbox.md).
//
// Calls modelled:
// - POST /v1/send/{email|push|sms|whatsapp|inbox_message|in_app} (transactional): a body SandboxRules::
//   transactionalError() accepts answers 200 {"delivery_id":"sandbox-delivery-<n>","queued_at":<Unix
//   seconds>} (the shape of go-customerio transactional.go) and is stored as a delivery; otherwise 400
//   {"meta":{"error":..}};
// - GET /v1/customers/{identifier}/attributes: 200 {"customer":{"id","attributes","devices"}} for a
//   stored person, 404 otherwise;
// - GET /v1/customers?email=ADDRESS: 200 {"results":[{"id","email","cio_id"}]} of the stored people with
//   that email attribute or identifier (the lookup of customerio-node's getCustomersByEmail);
// - GET /v1/segments: 200 {"segments":[]} (the console's App API key check).
// Any other path or method is 404 {"meta":{"error":"not found"}}, never a generic 200: a transactional send
// that a client re-sent as GET after a 301/302 must not look sent.
class SandboxAppApi
{
public:
    // What an EU key's call other than a transactional send gets on the US host.
    enum class WrongRegion { Unauthorized, Redirect };

    // accounts and state are not owned; both must outlive this object.
    SandboxAppApi(const QList<SandboxAccount> *accounts, SandboxState *state);

    // hostRegion: "us" or "eu", the region of the host that received call. euApiBase: the EU App API
    // host's base URL, where an EU key's transactional send on the US host is redirected with
    // redirectStatus. Sets *siteId to the Site ID of the key's workspace, if the key is known.
    SandboxReply answer(const QString &hostRegion, const SandboxCall &call, const QUrl &euApiBase, int redirectStatus,
                        QString *siteId);

    // POST /v1/send/{email|push|sms|whatsapp|inbox_message|in_app}.
    static bool isTransactionalSend(const SandboxCall &call);

    void setWrongRegion(WrongRegion wrongRegion) { m_wrongRegion = wrongRegion; }
    WrongRegion wrongRegion() const { return m_wrongRegion; }
    static QString wrongRegionName(WrongRegion wrongRegion); // "401", "redirect"
    static std::optional<WrongRegion> wrongRegionFromName(const QString &name);

private:
    SandboxReply route(const QString &siteId, const SandboxCall &call);

    const QList<SandboxAccount> *m_accounts;
    SandboxState *m_state;
    WrongRegion m_wrongRegion = WrongRegion::Unauthorized;
    quint64 m_deliveryCount = 0; // numbers delivery IDs for the lifetime of this object
};
