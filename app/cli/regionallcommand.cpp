// RegionCommand's --all: the fleet check (FleetCheck) over every configured workspace.
#include "cli.h"
#include "fleetcheck.h"
#include "regioncommand.h"

#include <QJsonDocument>
#include <QTextStream>

void RegionCommand::runAll()
{
    if (!isSet(QStringLiteral("all"))) {
        fail(Cli::UsageError, tr("--concurrency: only with --all\n") + synopsis());
        return;
    }
    if (!refuseOptions({QStringLiteral("workspace"), QStringLiteral("site-id"), QStringLiteral("via"),
                        QStringLiteral("check-app-key"), QStringLiteral("other-region")},
                       tr("--%1: not with --all (each workspace is checked through the host of its route)")))
        return;
    int concurrency = FleetCheck::DefaultConcurrency;
    if (isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        concurrency = value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || concurrency < 1 || concurrency > FleetCheck::MaxConcurrency) {
            fail(Cli::UsageError,
                 tr("--concurrency: a whole number from 1 to %1 (got \"%2\")")
                     .arg(FleetCheck::MaxConcurrency)
                     .arg(value(QStringLiteral("concurrency"))));
            return;
        }
    }
    int timeoutMs = 0;
    int keychainTimeoutMs = 0;
    if (!secondsOption(QStringLiteral("timeout"), &timeoutMs)
        || !secondsOption(QStringLiteral("keychain-timeout"), &keychainTimeoutMs))
        return;
    ConsoleSession *s = session(keychainTimeoutMs, timeoutMs);
    if (!s)
        return;
    const QList<Workspace> workspaces = s->repository()->list();
    const bool json = isSet(QStringLiteral("json"));
    auto *check = new FleetCheck(s, this);
    connect(check, &FleetCheck::workspaceChecked, this, [this, json](const FleetCheck::Result &r) {
        if (json) {
            out() << QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) << '\n' << Qt::flush;
            return;
        }
        if (r.info.ok) {
            out() << tr("%1: %2 (workspace ID %3, through %4)")
                         .arg(r.workspace.name, regionCode(r.info.region).toUpper(),
                              QString::number(r.info.environmentId), r.info.handledBy)
                  << '\n';
        } else if (r.pipelinesOnly) {
            out() << tr("%1: %2").arg(r.workspace.name, r.info.error) << '\n';
        } else {
            out() << tr("%1: failed: %2").arg(r.workspace.name, r.info.error) << '\n';
        }
        out() << Qt::flush;
    });
    connect(check, &FleetCheck::finished, this, [this, json](const FleetCheck::Summary &summary) {
        if (json) {
            out() << QJsonDocument(summary.toJson()).toJson(QJsonDocument::Compact) << '\n';
        } else {
            QStringList regions;
            for (auto it = summary.perRegion.cbegin(); it != summary.perRegion.cend(); ++it)
                regions << QStringLiteral("%1 %2").arg(it.key().toUpper(), QString::number(it.value()));
            // A workspace with Pipelines sources only is not checked (nothing to detect with): not counted here.
            out() << tr("%n workspace(s) checked", nullptr, summary.checked - summary.pipelinesOnly) << ": "
                  << (regions.isEmpty() ? tr("none found") : regions.join(QStringLiteral(", "))) << "; "
                  << tr("%n failed", nullptr, summary.failures);
            if (summary.pipelinesOnly > 0)
                out() << "; " << tr("%n with Pipelines sources only, not checked", nullptr, summary.pipelinesOnly);
            out() << '\n';
            for (const QString &line : summary.disagreements)
                out() << tr("disagreement within account %1").arg(line) << '\n';
        }
        out() << Qt::flush;
        if (summary.total == 0)
            err() << tr("region --all: no workspace is configured (workspace add)") << '\n' << Qt::flush;
        // finish() waits until every region check is in the log (the residency report reads it).
        finish(summary.failures > 0 ? Cli::CallFailed : Cli::Success);
    });
    check->start(workspaces, concurrency);
}
