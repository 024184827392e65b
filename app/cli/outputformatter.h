#pragma once

#include "burstsender.h"
#include "diagnosis.h"
#include "endpointtable.h"
#include "regiondetector.h"
#include "requestlogstore.h"
#include "requestrecord.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonObject>

class QIODevice;
class QTextStream;
class SandboxServer;

// Everything the commands print, as text for people or, with --json, one JSON object a line (the contract
// scripts rely on: docs/cli.md). Results go to out; warnings to err.
class OutputFormatter
{
    Q_DECLARE_TR_FUNCTIONS(OutputFormatter)

public:
    OutputFormatter(QTextStream &out, QTextStream &err, bool json);

    bool isJson() const { return m_json; }
    // One finished call: {"call","api","method","url","status","outcome","handled_by","handled_by_region",
    // "hops","error","duration_ms",...,"via","via_source"}, or a line of text; its warnings on err.
    void record(const RequestRecord &record, Region via, const QString &viaSource);
    void burstSummary(const BurstSender::Summary &summary);

    struct RegionReport
    {
        RegionInfo info;
        const EndpointTable *endpoints = nullptr;
        std::optional<Workspace> workspace;
        Region via = Region::Us; // the host the region call went to
        bool viaGiven = false; // --via
        QList<AppKeyProbe> probes;
        bool probed = false; // --check-app-key
        QList<Diagnosis> diagnoses;
    };
    // region --json: {"region","url","environment_id","handled_by","verified_at","error","track_host",
    // "api_host","route","first_hop","account","diagnosis"[,"app_key"]}.
    void region(const RegionReport &report);
    // workspace list --json: [{"name","site_id","account","region","environment_id","route","has_app_api_key"}].
    void workspaces(const QList<Workspace> &all);
    // What the workspace commands report on out.
    void credentialsAccepted(Region region, qint64 environmentId);
    void workspaceAdded(const Workspace &workspace);
    void workspaceEdited(const QString &before, const Workspace &after);
    void workspaceRemoved(const QString &name);
    // The credential check of a workspace could not be made (warning on err); `why` is one clause.
    void credentialsUnchecked(const QString &why, const QString &workspace, bool added);

    // log tail: the calls oldest first, one line each, or one JSONL object each (LogExport::jsonlLine()); with
    // none, a note on err saying whether the log is empty or nothing matched (text only).
    void logEntries(const QList<RequestLogEntry> &entries, bool filtered);
    void logCleared(qint64 removed, const QString &path);
    void logExported(int count, const QString &path);
    // The device under out, flushed, for an export written as it is read (null when out has none).
    QIODevice *rawOut();

    // What a started sandbox serves: each host's URL and fault, the demo credentials (public sample values,
    // printed so curl and Postman users can try them) unless accounts came from a file, the endpoint file.
    void sandboxStarted(const SandboxServer &sandbox, bool demoAccounts, const QByteArray &endpointsJson);

    void warning(const QString &text);
    void line(const QString &text);

    static QString jsonLine(const QJsonObject &object);
    // "2026-11-29T23:41:43.150+01:00": local time with its offset from UTC, so a reader elsewhere can tell.
    static QString localTimeWithOffset(const QDateTime &time);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json;
};
