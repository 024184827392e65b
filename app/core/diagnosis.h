#pragma once

#include "region.h"
#include "requestrecord.h"
#include "trackclient.h"
#include "workspace.h"

#include <QJsonArray>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>

// What an App API key probe (TrackCall::appKeyCheck(), GET /v1/segments) found on one region's App API
// host.
struct AppKeyProbe
{
    enum class Verdict {
        Accepted, // 2xx: the key works on this host
        Rejected, // 401 or 403 on the host of the account's region: the key is wrong, revoked or of
                  // another workspace
        RegionMismatch, // 401, 403 or a redirect on the other region's host: Customer.io does not redirect
                        // App API calls, so a key of this account fails there (docs/customerio-api.md,
                        // Wrong-region behaviour); also, whatever the account region, a "wrong datacenter"
                        // answer or a redirect followed to the other region's host
        Failed, // no usable answer (network error, timeout, 5xx...): says nothing about the key
    };

    Region host = Region::Unknown; // region of the App API host asked
    bool accountHost = true; // the host of the account's region (or the region is not known)
    int status = 0; // HTTP status, 0 when none
    QString error; // the record's error, when it failed
    Verdict verdict = Verdict::Failed;
    // The host itself said the key is of the other region (a "wrong datacenter" answer, or a redirect
    // followed to the other region's host): a RegionMismatch that settle() never downgrades.
    bool wrongDatacenter = false;

    // Reads a finished App key check. `accountRegion` is the region detected from the Track
    // credentials (Unknown: a 401 is then Rejected on either host).
    static AppKeyProbe fromRecord(const RequestRecord &record, Region accountRegion);
    // A refusal on the other region's host is a region mismatch only when the account's own host
    // accepted the key; otherwise (own host rejected it, or gave no answer) it is only Rejected.
    static void settle(QList<AppKeyProbe> *probes);
    static QString verdictCode(Verdict verdict); // "accepted", "rejected", "region_mismatch", "failed"
    QString text() const; // one line in plain words, naming the host's region
    QJsonObject toJson() const; // {"region","status","verdict","error"}
};

// Checks an App API key (options.appApiKey) with TrackCall::appKeyCheck(): on the App API host of
// options.accountRegion (the US host while it is unknown) and, when alsoOtherRegion, then on the other
// region's. Calls done once (if context is alive) with the settled probes, own host first.
void checkAppApiKey(TrackClient *client, const TrackCredentials &credentials, const TrackClient::Options &options,
                    bool alsoOtherRegion, QObject *context, std::function<void(const QList<AppKeyProbe> &)> done);

// One finding where the evidence disagrees with the detected region, in plain words.
struct Diagnosis
{
    // "eu_account_us_route", "us_account_eu_route", "us_transit_seen", "app_key_rejected",
    // "app_key_other_account_region", "account_region_disagreement", "pipelines_source_region_disagreement"
    QString code;
    QString message;

    QJsonObject toJson() const; // {"code","message"}
};

struct DiagnosisInput
{
    Workspace workspace; // its region is the detected one (Unknown: nothing is diagnosed)
    QList<Workspace> others; // the other workspaces, for the same-account check (workspace.account)
    // The newest Track call of this workspace was sent to the US host and handled by the EU host.
    bool lastCallPassedUs = false;
    QList<AppKeyProbe> appKeyProbes; // empty when the App API key was not checked
};

// Every finding for the input, most important first; empty when everything agrees. A probe of the other
// region's App API host is made only on request, to see what an integration using that host gets: its
// refusal of a key the account's own host accepted is expected (verdict RegionMismatch) and no finding.
// input.workspace's Pipelines sources are diagnosed even while its own region is Unknown (a Pipelines-only
// workspace inherits its account's).
QList<Diagnosis> diagnose(const DiagnosisInput &input);
// A Pipelines source whose chosen region differs from the region detected for its account (this
// workspace's Track credentials, or another workspace of the account): one finding per source.
QList<Diagnosis> diagnosePipelinesSources(const Workspace &workspace, const QList<Workspace> &others);
QJsonArray diagnosisJson(const QList<Diagnosis> &diagnoses);

// True when a finished call was sent to the US host and answered by the EU host (hop by hop).
bool passedThroughUs(const RequestRecord &record);
