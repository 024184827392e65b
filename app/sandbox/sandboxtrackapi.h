#pragma once

#include "sandboxaccounts.h"
#include "sandboxcall.h"
#include "sandboxreply.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class SandboxState;

// The Track API of the sandbox (https://docs.customer.io/api/track/, OpenAPI
// https://docs.customer.io/files/journeys-track.json), as answered by a Track host of one region.
//
// Credentials: Authorization: Basic base64(site_id:track_api_key) of a workspace of the accounts
// (SandboxCall::basicCredentials()); anything else is 401 SandboxReply::unauthorized().
// Regions (https://docs.customer.io/accounts-and-workspaces/data-centers/, https://docs.customer.io/api/track/):
// - GET /api/v1/accounts/region answers on either host, never redirected:
//   200 {"url":"https://track.customer.io"|"https://track-eu.customer.io","region":"us"|"eu",
//        "environment_id":<workspace ID>};
// - an EU account's call on the US host: "we'll redirect it accordingly"; the sandbox answers
//   SandboxReply::redirect(redirectStatus, same path and query on euTrackBase);
// - a US account's call on the EU host: "requests will fail", status not documented; the sandbox answers
//   401 (docs/sandbox.md).
// Calls (v1): identify PUT /api/v1/customers/{identifier}, delete DELETE same, event POST .../events,
// add device PUT .../devices, delete device DELETE .../devices/{device_id}, POST .../suppress and
// .../unsuppress, anonymous event POST /api/v1/events, merge POST /api/v1/merge_customers (nothing
// happens when the primary does not exist), form submit POST /api/v1/forms/{form_id}/submit (204, the
// respondent identified), POST /api/v1/segments/{segment_id}/add_customers and remove_customers
// (accepted, not stored); without credentials, POST /api/v1/metrics, /api/v1/push/events and
// /unsubscribe/{delivery_id} (200, not stored); and (v2)
// POST /api/v2/entity, POST /api/v2/batch. A valid call changes the workspace's SandboxState and answers
// 200 {}. An invalid one answers 400 and changes nothing: v1 {"meta":{"errors":["<SandboxRules message>"]}}
// where the endpoint refers to the OpenAPI's shared 400, else (identify, merge) {"meta":{"error":".."}};
// v2 {"errors":[{"reason","field","message"}]}. A batch with some invalid operations applies the valid
// ones and answers 207 {"errors":[{"batch_index",...}]}. Any other path or method is 404.
class SandboxTrackApi
{
public:
    // accounts and state are not owned; both must outlive this object.
    SandboxTrackApi(const QList<SandboxAccount> *accounts, SandboxState *state);

    // hostRegion: "us" or "eu", the region of the host that received call. euTrackBase: the EU Track
    // host's base URL (scheme, host, port), where an EU account's call on the US host is redirected
    // with redirectStatus. Sets *siteId to the Site ID of the Basic credentials, if any, even when
    // they are refused.
    SandboxReply answer(const QString &hostRegion, const SandboxCall &call, const QUrl &euTrackBase, int redirectStatus,
                        QString *siteId);

private:
    // The calls without credentials (metrics, push events, unsubscribe), or nullopt for any other path.
    static std::optional<SandboxReply> answerWithoutCredentials(const SandboxCall &call);
    SandboxReply routeV1(const QString &siteId, const SandboxCall &call);
    SandboxReply routeCustomer(const QString &siteId, const SandboxCall &call);
    SandboxReply routeV2(const QString &siteId, const SandboxCall &call);
    // A valid v2 person operation changes the stored person the way its v1 counterpart does.
    void applyV2(const QString &siteId, const QJsonObject &operation, const QString &identifier);

    const QList<SandboxAccount> *m_accounts;
    SandboxState *m_state;
};
