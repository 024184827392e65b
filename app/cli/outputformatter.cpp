#include "outputformatter.h"

#include "logexport.h"
#include "outsidetext.h"
#include "pipelinesregion.h"
#include "requestlogcells.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace {
// The "timestamp" (or a device's "last_used") the request carried, as sent; undefined when none.
QJsonValue sentTimestamp(const RequestRecord &record)
{
    const QJsonObject body = QJsonDocument::fromJson(record.requestBody).object();
    if (record.call == CallKind::AddDevice)
        return body.value(u"device").toObject().value(u"last_used");
    return body.value(u"timestamp");
}
} // namespace

OutputFormatter::OutputFormatter(QTextStream &out, QTextStream &err, bool json)
    : m_out(out)
    , m_err(err)
    , m_json(json)
{ }

QString OutputFormatter::jsonLine(const QJsonObject &object)
{
    // Values may hold outside text: the bidi and C1 controls QJsonDocument writes raw become escapes.
    return QString::fromUtf8(OutsideText::displayJson(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

QString OutputFormatter::localTimeWithOffset(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

void OutputFormatter::line(const QString &text)
{
    m_out << text << Qt::endl;
}

void OutputFormatter::record(const RequestRecord &record, Region via, const QString &viaSource)
{
    if (m_json) {
        QJsonObject o = record.toJson();
        o.insert(QStringLiteral("via"), regionCode(via));
        o.insert(QStringLiteral("via_source"), viaSource);
        m_out << jsonLine(o) << Qt::endl;
    } else {
        m_out << OutsideText::inertLine(
            tr("%1 %2 %3 → %4, handled by %5 (%6), %7 hop(s), %8 ms")
                .arg(callName(record.call), record.method, record.path, RequestLogCells::statusText(record),
                     record.handledBy.isEmpty() ? tr("no host") : record.handledBy,
                     record.handledBy.isEmpty() ? tr("no answer") : regionCode(record.handledByRegion).toUpper(),
                     QString::number(record.hops.size()), QString::number(record.durationMs)))
              << Qt::endl;
        const QJsonValue timestamp = sentTimestamp(record);
        if (timestamp.isDouble())
            m_out << tr("  timestamp sent: %1 (%2)")
                         .arg(QString::number(timestamp.toInteger()),
                              QDateTime::fromSecsSinceEpoch(timestamp.toInteger(), Qt::UTC).toString(Qt::ISODate))
                  << Qt::endl;
    }
    for (const QString &warning : record.warnings)
        m_err << tr("warning: ") << OutsideText::inertLine(warning) << Qt::endl;
}

void OutputFormatter::burstSummary(const BurstSender::Summary &s)
{
    if (m_json) {
        QJsonArray failedArray;
        for (int i : s.failedIndexes)
            failedArray.append(i + 1);
        const QJsonObject summary {
            {QStringLiteral("requested"), s.requested},
            {QStringLiteral("succeeded"), s.succeeded},
            {QStringLiteral("failed"), s.failed},
            {QStringLiteral("refused"), s.refused},
            {QStringLiteral("not_sent"), s.notSent},
            {QStringLiteral("cancelled"), s.cancelled},
            {QStringLiteral("rate_limited_answers"), s.rateLimitedAnswers},
            {QStringLiteral("waited_ms"), s.waitedMs},
            {QStringLiteral("final_rate"), s.finalRate},
            {QStringLiteral("duration_ms"), s.elapsedMs},
            {QStringLiteral("failed_calls"), failedArray},
        };
        m_out << jsonLine(QJsonObject {{QStringLiteral("burst"), summary}}) << Qt::endl;
        return;
    }
    m_out << tr("Burst: %1 of %2 succeeded, %3 failed, %4 not sent, %5 rate-limited answer(s) (waited %6 s), %7 s")
                 .arg(QString::number(s.succeeded), QString::number(s.requested), QString::number(s.failed),
                      QString::number(s.notSent), QString::number(s.rateLimitedAnswers),
                      QString::number(s.waitedMs / 1000.0), QString::number(s.elapsedMs / 1000.0))
          << Qt::endl;
}

void OutputFormatter::region(const RegionReport &r)
{
    const RegionInfo &info = r.info;
    const EndpointTable &endpoints = *r.endpoints;
    const Route route = r.workspace ? r.workspace->route : Route::Auto;
    const Region firstHop = r.viaGiven ? r.via
        : r.workspace                  ? r.workspace->firstHopRegion()
                                       : (info.ok ? info.region : Region::Us);
    if (m_json) {
        QJsonObject o = info.toJson();
        o.insert(QStringLiteral("track_host"),
                 info.ok ? QJsonValue(endpoints.trackUrl(info.region).toString()) : QJsonValue());
        o.insert(QStringLiteral("api_host"),
                 info.ok ? QJsonValue(endpoints.appUrl(info.region).toString()) : QJsonValue());
        o.insert(QStringLiteral("route"), routeCode(route));
        o.insert(QStringLiteral("first_hop"), regionCode(firstHop));
        o.insert(QStringLiteral("account"),
                 r.workspace && !r.workspace->account.isEmpty() ? QJsonValue(r.workspace->account) : QJsonValue());
        o.insert(QStringLiteral("diagnosis"), diagnosisJson(r.diagnoses));
        if (r.probed) {
            QJsonArray array;
            for (const AppKeyProbe &p : r.probes)
                array.append(p.toJson());
            o.insert(QStringLiteral("app_key"), array);
        }
        m_out << jsonLine(o) << Qt::endl;
        return;
    }
    if (!info.ok)
        return;
    m_out << tr("Region:          %1 (%2)\n").arg(regionDisplayName(info.region), regionCode(info.region))
          << tr("Workspace ID:    %1\n").arg(info.environmentId)
          << tr("Track API host:  %1\n").arg(endpoints.trackUrl(info.region).toString())
          << tr("App API host:    %1\n").arg(endpoints.appUrl(info.region).toString())
          << (r.viaGiven ? tr("Route:           --via %1 (this request went to the %2 host)\n")
                               .arg(regionCode(r.via), regionCode(r.via).toUpper())
                         : tr("Route:           %1 (calls now go first to the %2 host)\n")
                               .arg(routeCode(route), regionCode(firstHop).toUpper()))
          << tr("Verified:        %1 through %2 (%3 host)\n")
                 .arg(localTimeWithOffset(info.verifiedAt), info.handledBy,
                      regionCode(endpoints.regionOf(endpoints.trackUrl(r.via))).toUpper());
    for (const AppKeyProbe &p : r.probes)
        m_out << tr("App API key:     %1\n").arg(p.text());
    for (const Diagnosis &d : r.diagnoses)
        m_out << tr("Diagnosis:       %1\n").arg(d.message);
}

void OutputFormatter::workspaces(const QList<Workspace> &all)
{
    if (m_json) {
        QJsonArray array;
        for (const Workspace &w : all) {
            QJsonObject o;
            o.insert(QStringLiteral("name"), w.name);
            o.insert(QStringLiteral("site_id"), w.siteId.isEmpty() ? QJsonValue() : QJsonValue(w.siteId));
            o.insert(QStringLiteral("account"), w.account.isEmpty() ? QJsonValue() : QJsonValue(w.account));
            o.insert(QStringLiteral("region"), regionCode(w.region));
            o.insert(QStringLiteral("environment_id"),
                     w.environmentId < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(w.environmentId));
            o.insert(QStringLiteral("route"), routeCode(w.route));
            o.insert(QStringLiteral("has_app_api_key"), w.hasAppApiKey);
            QJsonArray sources;
            for (const PipelinesSource &s : w.pipelinesSources) {
                const PipelinesRegion r = pipelinesRegion(w, s, all);
                sources.append(QJsonObject {
                    {QStringLiteral("name"), s.name},
                    {QStringLiteral("chosen_region"),
                     s.chosenRegion ? QJsonValue(regionCode(*s.chosenRegion)) : QJsonValue()},
                    {QStringLiteral("region"), regionCode(r.region)},
                    {QStringLiteral("region_basis"), PipelinesRegion::basisCode(r.basis)},
                    {QStringLiteral("region_from"),
                     r.fromWorkspace.isEmpty() ? QJsonValue() : QJsonValue(r.fromWorkspace)},
                });
            }
            o.insert(QStringLiteral("pipelines_sources"), sources);
            array.append(o);
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else if (all.isEmpty()) {
        m_out << tr("No workspaces. Add one with: cio-console workspace add NAME --site-id ID") << Qt::endl;
    } else {
        for (const Workspace &w : all) {
            m_out << w.name << u'\t' << w.siteId << u'\t' << regionCode(w.region);
            // The sources come fifth, after the account column (empty then).
            if (!w.pipelinesSources.isEmpty()) {
                QStringList sources;
                for (const PipelinesSource &s : w.pipelinesSources) {
                    const PipelinesRegion r = pipelinesRegion(w, s, all);
                    sources << tr("%1 (%2, %3)", "Pipelines source (region code, basis)")
                                   .arg(s.name, regionCode(r.region), r.basisText());
                }
                m_out << u'\t' << w.account << u'\t' << tr("Pipelines: %1").arg(sources.join(QStringLiteral("; ")));
            } else if (!w.account.isEmpty()) {
                m_out << u'\t' << w.account;
            }
            m_out << Qt::endl;
        }
    }
}

void OutputFormatter::credentialsAccepted(Region region, qint64 environmentId)
{
    m_out << tr("Credentials accepted: %1 (%2), workspace ID %3.")
                 .arg(regionDisplayName(region), regionCode(region), QString::number(environmentId))
          << Qt::endl;
}

void OutputFormatter::workspaceAdded(const Workspace &workspace)
{
    if (!workspace.hasTrackCredentials()) {
        m_out << tr("Added workspace \"%1\" (Pipelines sources: %2); its keys are in the keychain.")
                     .arg(workspace.name, workspace.pipelinesSourceNames().join(QStringLiteral(", ")))
              << Qt::endl;
        return;
    }
    m_out << tr("Added workspace \"%1\" (Site ID %2); its keys are in the keychain.")
                 .arg(workspace.name, workspace.siteId)
          << Qt::endl;
}

void OutputFormatter::workspaceEdited(const QString &before, const Workspace &after)
{
    if (after.name != before)
        m_out << tr("Renamed workspace \"%1\" to \"%2\".").arg(before, after.name) << Qt::endl;
    else
        m_out << tr("Updated workspace \"%1\".").arg(before) << Qt::endl;
}

void OutputFormatter::workspaceRemoved(const QString &name)
{
    m_out << tr("Removed workspace \"%1\" and its keychain entries.").arg(name) << Qt::endl;
}

void OutputFormatter::credentialsUnchecked(const QString &why, const QString &workspace, bool added)
{
    if (added)
        warning(tr("the credentials could not be checked (%1); the workspace was added with an unknown region. "
                   "Check it later with: cio-console region --workspace \"%2\"")
                    .arg(why, workspace));
    else
        warning(tr("%1. Check it later with: cio-console region --workspace \"%2\"").arg(why, workspace));
}

void OutputFormatter::logEntries(const QList<RequestLogEntry> &entries, bool filtered)
{
    if (entries.isEmpty() && !m_json)
        m_err << (filtered ? tr("No call in the request log matches.") : tr("The request log is empty.")) << Qt::endl;
    for (const RequestLogEntry &e : entries) {
        const RequestRecord &r = e.record;
        if (m_json) {
            m_out << QString::fromUtf8(OutsideText::displayJson(LogExport::jsonlLine(r)));
            continue;
        }
        // Built by concatenation: paths hold '%' (percent-encoding), so no chained arg().
        const QStringList fields = {
            localTimeWithOffset(r.startedAt),
            u'#' + QString::number(r.id),
            r.workspace.isEmpty() ? r.siteId : r.workspace,
            callName(r.call),
            r.method,
            r.path,
            QStringLiteral("→"),
            RequestLogCells::statusText(r) + u',',
            tr("handled by %1 (%2),")
                .arg(r.handledBy.isEmpty() ? QStringLiteral("—") : r.handledBy,
                     regionCode(r.handledByRegion).toUpper()),
            tr("%1 hop(s), %2 ms").arg(QString::number(r.hops.size()), QString::number(r.durationMs)),
        };
        // Rows written before outside text was made inert, or imported, may still hold control characters.
        m_out << OutsideText::inertLine(fields.join(u' ')) << Qt::endl;
    }
    m_out.flush();
}

void OutputFormatter::logCleared(qint64 removed, const QString &path)
{
    m_out << tr("Cleared %1 call(s) from the request log (%2).").arg(QString::number(removed), path) << Qt::endl;
}

void OutputFormatter::logExported(int count, const QString &path)
{
    m_out << tr("Exported %1 call(s) to %2.").arg(QString::number(count), path) << Qt::endl;
}

QIODevice *OutputFormatter::rawOut()
{
    m_out.flush();
    return m_out.device();
}

void OutputFormatter::sandboxStarted(const SandboxServer &sandbox, bool demoAccounts, const QByteArray &endpointsJson)
{
    m_out << tr("Sandbox listening on 127.0.0.1, one port per host:\n");
    for (const SandboxServer::Host host : SandboxServer::allHosts()) {
        const SandboxFault fault = sandbox.fault(host);
        const QString faultText =
            fault.kind == SandboxFault::Kind::None ? QString() : tr("  fault: %1").arg(fault.toSpec());
        m_out << QStringLiteral("  %1  %2%3\n")
                     .arg(SandboxServer::hostName(host).leftJustified(12), sandbox.baseUrl(host).toString(), faultText);
    }
    if (demoAccounts) {
        m_out << tr("Demo workspaces (Site ID / Track API key): ");
        QStringList demo;
        for (const SandboxAccount &account : sandbox.accounts())
            for (const SandboxWorkspace &w : account.workspaces)
                demo << QStringLiteral("%1 [%2] %3 / %4").arg(w.name, account.region, w.siteId, w.trackApiKey);
        m_out << demo.join(QStringLiteral("; ")) << u'\n';
        m_out << tr("Demo App API keys (workspace / key): ");
        QStringList appKeys;
        for (const SandboxAccount &account : sandbox.accounts())
            for (const SandboxWorkspace &w : account.workspaces)
                for (const QString &key : w.appApiKeys)
                    appKeys << QStringLiteral("%1 / %2").arg(w.name, key);
        m_out << appKeys.join(QStringLiteral("; ")) << u'\n';
        m_out << tr("Demo Pipelines sources (workspace / source / API key): ");
        QStringList sources;
        for (const SandboxAccount &account : sandbox.accounts())
            for (const SandboxWorkspace &w : account.workspaces)
                for (const SandboxPipelinesSource &source : w.pipelinesSources)
                    sources << QStringLiteral("%1 / %2 / %3").arg(w.name, source.name, source.apiKey);
        m_out << sources.join(QStringLiteral("; ")) << u'\n';
    }
    m_out << tr("Endpoint file content (CIO_CONSOLE_ENDPOINTS):\n") << QString::fromUtf8(endpointsJson) << Qt::endl;
}

void OutputFormatter::warning(const QString &text)
{
    m_err << tr("warning: ") << OutsideText::displayText(text) << Qt::endl;
}
