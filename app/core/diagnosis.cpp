#include "diagnosis.h"

#include "pipelinesregion.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)
};

QString upper(Region region)
{
    return regionCode(region).toUpper();
}

bool mentionsWrongDatacenter(const QByteArray &body)
{
    const QJsonArray errors = QJsonDocument::fromJson(body).object().value(QStringLiteral("errors")).toArray();
    return std::any_of(errors.cbegin(), errors.cend(), [](const QJsonValue &e) {
        return e.toObject().value(QStringLiteral("detail")).toString() == QStringLiteral("wrong datacenter");
    });
}

Region otherRegion(Region region)
{
    return region == Region::Us ? Region::Eu : region == Region::Eu ? Region::Us : Region::Unknown;
}
} // namespace

AppKeyProbe AppKeyProbe::fromRecord(const RequestRecord &record, Region accountRegion)
{
    AppKeyProbe p;
    p.host = record.routeRegion;
    p.accountHost = accountRegion == Region::Unknown || p.host == accountRegion;
    p.status = record.status;
    // The App API answers a key of the other region either 401 or 301 {"errors":[{"detail":"wrong
    // datacenter"}]} with a Location on the other region's host (customerio-node issue #134;
    // docs/customerio-api.md, Wrong-region behaviour). Either way, even once the redirect was followed and
    // answered by the other host, it is the region, not the key.
    const bool movedAway =
        record.hops.size() > 1 && record.handledByRegion != Region::Unknown && record.handledByRegion != p.host;
    if (movedAway || mentionsWrongDatacenter(record.responseBody)) {
        p.error = record.error;
        p.verdict = Verdict::RegionMismatch;
        p.wrongDatacenter = true;
        return p;
    }
    if (record.succeeded()) {
        p.verdict = Verdict::Accepted;
        return p;
    }
    p.error = record.error;
    const bool refused = record.status == 401 || record.status == 403;
    const bool redirected = record.status >= 300 && record.status < 400;
    if (accountRegion != Region::Unknown && p.host != accountRegion && (refused || redirected))
        p.verdict = Verdict::RegionMismatch;
    else if (refused)
        p.verdict = Verdict::Rejected;
    else
        p.verdict = Verdict::Failed;
    return p;
}

void AppKeyProbe::settle(QList<AppKeyProbe> *probes)
{
    const bool ownAccepted = std::any_of(probes->cbegin(), probes->cend(), [](const AppKeyProbe &p) {
        return p.accountHost && p.verdict == Verdict::Accepted;
    });
    for (AppKeyProbe &p : *probes) {
        if (!p.accountHost && p.verdict == Verdict::RegionMismatch && !ownAccepted && !p.wrongDatacenter)
            p.verdict = Verdict::Rejected;
    }
}

QString AppKeyProbe::verdictCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Accepted:
        return QStringLiteral("accepted");
    case Verdict::Rejected:
        return QStringLiteral("rejected");
    case Verdict::RegionMismatch:
        return QStringLiteral("region_mismatch");
    case Verdict::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString AppKeyProbe::text() const
{
    const QString host = Text::tr("%1 App API host").arg(upper(this->host));
    switch (verdict) {
    case Verdict::Accepted:
        return Text::tr("%1: accepted (%2)").arg(host, QString::number(status));
    case Verdict::Rejected:
        if (!accountHost)
            return Text::tr("%1: rejected (%2)").arg(host, QString::number(status));
        return Text::tr("%1: rejected (%2): the key is wrong, revoked or of another workspace")
            .arg(host, QString::number(status));
    case Verdict::RegionMismatch:
        if (wrongDatacenter)
            return Text::tr("%1: answered \"wrong datacenter\" (%2): the account is not in this region; not a bad key")
                .arg(host, QString::number(status));
        return Text::tr("%1: refused (%2), as expected: the account is in the other region and App API calls are "
                        "not redirected; not a bad key")
            .arg(host, QString::number(status));
    case Verdict::Failed:
        break;
    }
    return Text::tr("%1: no answer (%2)").arg(host, error.isEmpty() ? QString::number(status) : error);
}

QJsonObject AppKeyProbe::toJson() const
{
    return {
        {QStringLiteral("region"), regionCode(host)},
        {QStringLiteral("status"), status == 0 ? QJsonValue() : QJsonValue(status)},
        {QStringLiteral("verdict"), verdictCode(verdict)},
        {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)},
    };
}

void checkAppApiKey(TrackClient *client, const TrackCredentials &credentials, const TrackClient::Options &options,
                    bool alsoOtherRegion, QObject *context, std::function<void(const QList<AppKeyProbe> &)> done)
{
    const Region account = options.accountRegion;
    const Region own = account == Region::Eu ? Region::Eu : Region::Us;
    const Region other = own == Region::Us ? Region::Eu : Region::Us;
    const QPointer<TrackClient> guard = client;
    client->send(TrackCall::appKeyCheck(), credentials, own, options, context,
                 [guard, credentials, options, account, alsoOtherRegion, other, context, done](const RequestRecord &r) {
                     const AppKeyProbe first = AppKeyProbe::fromRecord(r, account);
                     if (!alsoOtherRegion || !guard) {
                         done({first});
                         return;
                     }
                     guard->send(TrackCall::appKeyCheck(), credentials, other, options, context,
                                 [account, first, done](const RequestRecord &second) {
                                     QList<AppKeyProbe> probes {first, AppKeyProbe::fromRecord(second, account)};
                                     AppKeyProbe::settle(&probes);
                                     done(probes);
                                 });
                 });
}

QJsonObject Diagnosis::toJson() const
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

QJsonArray diagnosisJson(const QList<Diagnosis> &diagnoses)
{
    QJsonArray array;
    for (const Diagnosis &d : diagnoses)
        array.append(d.toJson());
    return array;
}

bool passedThroughUs(const RequestRecord &record)
{
    return record.hops.size() > 1 && record.routeRegion == Region::Us && record.handledByRegion == Region::Eu;
}

QList<Diagnosis> diagnosePipelinesSources(const Workspace &workspace, const QList<Workspace> &others)
{
    QList<Diagnosis> found;
    for (const PipelinesSource &source : workspace.pipelinesSources) {
        const PipelinesRegion r = pipelinesRegion(workspace, source, others);
        if (!r.overriddenChoice)
            continue;
        const QString evidence = r.basis == PipelinesRegion::Basis::Detected
            ? Text::tr("this workspace's Track credentials say the account is in the %1 region").arg(upper(r.region))
            : Text::tr("the workspace \"%1\" of account \"%2\" was detected in the %3 region")
                  .arg(r.fromWorkspace, r.account, upper(r.region));
        found << Diagnosis {QStringLiteral("pipelines_source_region_disagreement"),
                            Text::tr("The Pipelines source \"%1\" was set to the %2 region, but %3. An account has "
                                     "one region: its calls go to the %4 Pipelines host. Check which account the "
                                     "source belongs to, and correct its region.")
                                .arg(source.name, upper(*r.overriddenChoice), evidence, upper(r.region))};
    }
    return found;
}

QList<Diagnosis> diagnose(const DiagnosisInput &input)
{
    QList<Diagnosis> found;
    const Workspace &w = input.workspace;
    const Region region = w.region;
    // A Pipelines-only workspace has no region of its own, but its account may have one.
    QList<Diagnosis> sources = diagnosePipelinesSources(w, input.others);
    if (region == Region::Unknown)
        return sources;

    // Track routes (docs/customerio-api.md, Wrong-region behaviour): an EU account's Track calls on the US
    // host are redirected, so the data passes US servers; a US account's calls on the EU host fail.
    const QString usTransit = Text::tr("Track calls are redirected through US servers; data may be logged in the US. "
                                       "Switch the route to EU.");
    if (region == Region::Eu && w.route == Route::Us)
        found << Diagnosis {
            QStringLiteral("eu_account_us_route"),
            Text::tr("This account is in the EU but the route is forced to the US host. %1").arg(usTransit)};
    else if (region == Region::Eu && input.lastCallPassedUs)
        found << Diagnosis {
            QStringLiteral("us_transit_seen"),
            Text::tr("The last call of this EU account arrived through the US host. %1").arg(usTransit)};
    if (region == Region::Us && w.route == Route::Eu)
        found << Diagnosis {QStringLiteral("us_account_eu_route"),
                            Text::tr("This account is in the US but the route is forced to the EU host, which rejects "
                                     "its Track calls (401). Switch the route to US or Automatic.")};

    // App API key: Customer.io does not redirect App API calls; a 401 on the host of the other region is a
    // region mismatch, not a bad key.
    bool ownAccepted = false;
    bool ownRejected = false;
    bool otherAccepted = false;
    for (const AppKeyProbe &p : input.appKeyProbes) {
        const bool own = p.host == region;
        ownAccepted |= own && p.verdict == AppKeyProbe::Verdict::Accepted;
        ownRejected |= own && p.verdict == AppKeyProbe::Verdict::Rejected;
        otherAccepted |= !own && p.verdict == AppKeyProbe::Verdict::Accepted;
    }
    // The other region's host refusing a key its own host accepted is what Customer.io does for every
    // account (App API calls are not redirected): the expected result of --other-region, not a finding. A
    // "wrong datacenter" answer where the account's own host did not accept the key is one: it names the
    // region the key belongs to.
    for (const AppKeyProbe &p : input.appKeyProbes) {
        if (p.host != region && p.verdict == AppKeyProbe::Verdict::RegionMismatch && p.wrongDatacenter && !ownAccepted)
            found << Diagnosis {
                QStringLiteral("app_key_region_mismatch"),
                Text::tr("Region mismatch: the %1 App API host answers \"wrong datacenter\" (%2) for "
                         "this key because the account is in the %3 region, not because the key is "
                         "bad. Send App API calls to the %3 App API host rather than rely on the redirect.")
                    .arg(upper(p.host), QString::number(p.status), upper(region))};
    }
    if (ownRejected && otherAccepted)
        found << Diagnosis {QStringLiteral("app_key_other_account_region"),
                            Text::tr("The App API key works on the %1 App API host, but the Track credentials say this "
                                     "account is in the %2 region: the App API key belongs to a workspace of another "
                                     "account.")
                                .arg(upper(otherRegion(region)), upper(region))};
    else if (ownRejected && !ownAccepted)
        found << Diagnosis {QStringLiteral("app_key_rejected"),
                            Text::tr("The %1 App API host, the account's own, rejects the App API key: it is wrong, "
                                     "revoked or of another workspace.")
                                .arg(upper(region))};

    // Workspaces of one account share its region.
    if (!w.account.isEmpty()) {
        QStringList disagree;
        for (const Workspace &o : input.others) {
            if (o.name != w.name && o.account == w.account && o.region != Region::Unknown && o.region != region)
                disagree << QStringLiteral("\"%1\" (%2)").arg(o.name, upper(o.region));
        }
        if (!disagree.isEmpty())
            found << Diagnosis {
                QStringLiteral("account_region_disagreement"),
                Text::tr("Workspaces of account \"%1\" disagree about its region: this one is %2, %3. An "
                         "account has one region; check which account each workspace's credentials "
                         "belong to.")
                    .arg(w.account, upper(region), disagree.join(QStringLiteral(", ")))};
    }
    found << sources;
    return found;
}
