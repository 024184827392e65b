#pragma once

#include "burstsender.h"
#include "diagnosis.h"
#include "endpointtable.h"
#include "regiondetector.h"
#include "requestrecord.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonObject>

class QTextStream;

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
    void workspaces(const QList<Workspace> &workspaces);
    void line(const QString &text);

    static QString jsonLine(const QJsonObject &object);
    // "2026-11-29T23:41:43.150+01:00": local time with its offset from UTC, so a reader elsewhere can tell.
    static QString localTimeWithOffset(const QDateTime &time);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json;
};
