// ConsoleSession: Pipelines sources, their keys and regions, and sending a Pipelines call for one (see
// consolesession.h).
#include "consolesession.h"

#include "memorycredentialstore.h"
#include "workspaceadder.h"

#include <QTimer>

void ConsoleSession::addSessionWorkspace(Workspace workspace, const WorkspaceKeys &keys)
{
    workspace.sessionOnly = true;
    workspace.hasAppApiKey = !keys.appApiKey.isEmpty();
    const auto ignore = [](const CredentialResult &) {};
    if (workspace.hasTrackCredentials())
        writeSessionKeys(workspace.name, keys.trackApiKey, keys.appApiKey);
    for (const PipelinesSource &source : std::as_const(workspace.pipelinesSources))
        m_sessionStore->write(CredentialStore::pipelinesEntryKey(workspace.name, source.name),
                              keys.pipelinesApiKeys.value(source.name), this, ignore);
    QList<Workspace> all = m_workspaces;
    all << workspace;
    setWorkspaces(all, m_current);
}

void ConsoleSession::readPipelinesApiKey(const Workspace &workspace, const QString &source, QObject *context,
                                         std::function<void(const CredentialResult &)> done)
{
    storeFor(workspace)->read(CredentialStore::pipelinesEntryKey(workspace.name, source), context, std::move(done));
}

QList<Workspace> ConsoleSession::believedWorkspaces() const
{
    QList<Workspace> all = m_workspaces.isEmpty() ? m_repository->list() : m_workspaces;
    for (Workspace &w : all)
        w.region = believedRegion(w);
    return all;
}

PipelinesRegion ConsoleSession::pipelinesRegionOf(const Workspace &workspace, const PipelinesSource &source) const
{
    Workspace believed = workspace;
    believed.region = believedRegion(workspace);
    return pipelinesRegion(believed, source, believedWorkspaces());
}

void ConsoleSession::refusePipelines(qint64 request, PipelinesRefusal::Reason reason, const QString &message,
                                     const CredentialResult &keychain)
{
    PipelinesRefusal refusal;
    refusal.reason = reason;
    refusal.message = message;
    refusal.keychain = keychain;
    // Never from inside sendPipelines(): the caller connects after it returns.
    QTimer::singleShot(0, this, [this, request, refusal] { Q_EMIT pipelinesCallRefused(request, refusal); });
}

qint64 ConsoleSession::sendPipelines(const QString &workspaceName, const QString &sourceName, const TrackCall &call,
                                     bool strictMode)
{
    const qint64 request = m_nextPipelinesRequest++;
    std::optional<Workspace> w = workspace(workspaceName);
    if (!w)
        w = m_repository->find(workspaceName);
    if (!w) {
        refusePipelines(request, PipelinesRefusal::Reason::UnknownWorkspace,
                        tr("nothing was sent: no workspace named \"%1\"").arg(workspaceName));
        return request;
    }
    const std::optional<PipelinesSource> source = w->pipelinesSource(sourceName);
    if (!source) {
        const QStringList names = w->pipelinesSourceNames();
        refusePipelines(request, PipelinesRefusal::Reason::UnknownSource,
                        names.isEmpty()
                            ? tr("nothing was sent: the workspace \"%1\" has no Pipelines source").arg(w->name)
                            : tr("nothing was sent: the workspace \"%1\" has no Pipelines source named \"%2\" (its "
                                 "sources: %3)")
                                  .arg(w->name, sourceName, names.join(QStringLiteral(", "))));
        return request;
    }
    const PipelinesRegion region = pipelinesRegionOf(*w, *source);
    if (!region.known()) {
        refusePipelines(request, PipelinesRefusal::Reason::NoRegion,
                        tr("nothing was sent: the region of the Pipelines source \"%1\" of \"%2\" is not known. No "
                           "Track credentials of its account have been checked and no region was chosen for it; "
                           "choose US or EU for the source, or check the region of a workspace of its account.")
                            .arg(source->name, w->name));
        return request;
    }
    const QString name = w->name;
    readPipelinesApiKey(
        *w, source->name, this, [this, request, name, sourceName, region, call, strictMode](const CredentialResult &r) {
            if (!r.ok()) {
                refusePipelines(request, PipelinesRefusal::Reason::KeyUnavailable,
                                tr("nothing was sent: workspace \"%1\", Pipelines source \"%2\": API key: %3")
                                    .arg(name, sourceName, CredentialStore::describe(r)),
                                r);
                return;
            }
            const EndpointTable *endpoints = activeEndpoints();
            QString why;
            if (!endpoints)
                why = tr("nothing was sent: no usable endpoint table (%1)").arg(m_endpointError);
            else if (!endpoints->hasPipelines())
                why = tr("nothing was sent: the endpoint table has no Pipelines hosts");
            else if (!mayCall())
                why = tr("nothing was sent: the request log cannot be written (%1)").arg(m_logError);
            if (!why.isEmpty()) {
                refusePipelines(request, PipelinesRefusal::Reason::NotSent, why);
                return;
            }
            // A chosen region is not asserted as the account's: only a detection is.
            const bool detected =
                region.basis == PipelinesRegion::Basis::Detected || region.basis == PipelinesRegion::Basis::Account;
            const qint64 live = sendPipelinesCall(name, r.secret, call, region.region, strictMode,
                                                  detected ? region.region : Region::Unknown);
            if (live == 0) {
                refusePipelines(request, PipelinesRefusal::Reason::NotSent, tr("nothing was sent"));
                return;
            }
            if (m_inFlight.contains(live)) {
                const bool wasSending = isSending();
                m_sentCalls.insert(live);
                if (!wasSending)
                    Q_EMIT sendingChanged(true);
            }
            Q_EMIT pipelinesCallStarted(request, live, region);
        });
    return request;
}
