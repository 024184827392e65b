#include "sandboxpipelinesapi.h"

#include "sandboxpipelinesrules.h"
#include "sandboxstate.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

SandboxReply errors(int status, const QString &reason)
{
    return SandboxReply::json(status, QJsonObject {{u"meta"_s, QJsonObject {{u"errors"_s, QJsonArray {reason}}}}});
}

QString regionLabel(const QString &region)
{
    return region == u"eu"_s ? u"EU"_s : u"US"_s;
}

// "an EU account", "a US account".
QString accountOf(const QString &region)
{
    return region == u"eu"_s ? u"an EU account"_s : u"a US account"_s;
}

// The members of a call copied beside it in its stored entry, for a reader that looks for one call.
const QStringList &summaryMembers()
{
    static const QStringList members = {u"userId"_s,  u"anonymousId"_s, u"event"_s,    u"name"_s,
                                        u"groupId"_s, u"previousId"_s,  u"messageId"_s};
    return members;
}

} // namespace

SandboxPipelinesApi::SandboxPipelinesApi(const QList<SandboxAccount> *accounts, SandboxState *state)
    : m_accounts(accounts)
    , m_state(state)
{ }

QString SandboxPipelinesApi::wrongRegionName(WrongRegion wrongRegion)
{
    return wrongRegion == WrongRegion::Accept ? u"accept"_s : u"refuse"_s;
}

std::optional<SandboxPipelinesApi::WrongRegion> SandboxPipelinesApi::wrongRegionFromName(const QString &name)
{
    if (name == u"refuse"_s)
        return WrongRegion::Refuse;
    if (name == u"accept"_s)
        return WrongRegion::Accept;
    return std::nullopt;
}

QString SandboxPipelinesApi::credentialError(const QString &hostRegion, const SandboxCall &call,
                                             std::optional<SandboxAccounts::Match> *match) const
{
    const std::optional<SandboxBasicCredentials> credentials = call.basicCredentials();
    if (!credentials)
        return u"no Basic credentials: the source's API key is the user name, the password is empty"_s;
    // SandboxBasicCredentials names the parts as Track uses them: here siteId is the user name.
    *match = SandboxAccounts::findByPipelinesKey(*m_accounts, credentials->siteId);
    if (!*match) {
        if (SandboxAccounts::findByTrackKey(*m_accounts, credentials->siteId, credentials->apiKey))
            return u"Track API credentials (Site ID and Track API key) are not a Pipelines API key"_s;
        return u"the user name is not the API key of a source"_s;
    }
    if (!credentials->apiKey.isEmpty())
        return u"the password must be empty: the source's API key is the user name"_s;
    if ((*match)->region != hostRegion && m_wrongRegion == WrongRegion::Refuse) {
        return u"the key of a source of %1 on the %2 Pipelines host"_s.arg(accountOf((*match)->region),
                                                                           regionLabel(hostRegion));
    }
    return {};
}

SandboxReply SandboxPipelinesApi::answer(const QString &hostRegion, const QString &hostName, const SandboxCall &call,
                                         QString *siteId)
{
    const QStringList &segments = call.target.segments;
    const bool known = segments.size() == 2 && segments.at(0) == u"v1"_s
        && (SandboxPipelinesRules::callTypes().contains(segments.at(1)) || segments.at(1) == u"batch"_s);
    if (!known || call.method != u"POST"_s)
        return SandboxReply::notFound();
    const QString path = segments.at(1);
    const QString receivedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

    std::optional<SandboxAccounts::Match> match;
    const QString credentialProblem = credentialError(hostRegion, call, &match);
    QString source;
    if (match) {
        *siteId = match->workspace.siteId;
        source = match->workspace.pipelinesSource(call.basicCredentials()->siteId)->name;
    }
    QList<QJsonObject> calls;
    const QString reason =
        !credentialProblem.isEmpty() ? credentialProblem : SandboxPipelinesRules::requestError(path, call.body, &calls);
    if (!reason.isEmpty()) {
        const int status = !call.strictMode ? 200 : credentialProblem.isEmpty() ? 400 : 401;
        QJsonObject dropped {
            {u"host"_s, hostName},
            {u"path"_s, call.target.encodedPath},
            {u"type"_s, path},
            {u"strict"_s, call.strictMode},
            {u"status"_s, status},
            {u"reason"_s, reason},
            {u"bytes"_s, call.body.size()},
            {u"received_at"_s, receivedAt},
        };
        if (match)
            dropped.insert(u"source"_s, source);
        m_state->addDroppedPipelinesCall(match ? match->workspace.siteId : QString(), dropped);
        return status == 200 ? SandboxReply::ok() : errors(status, reason);
    }
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const QJsonObject &accepted = calls.at(i);
        QJsonObject entry {
            {u"source"_s, source},          {u"host"_s, hostName},          {u"type"_s, accepted.value(u"type"_s)},
            {u"strict"_s, call.strictMode}, {u"received_at"_s, receivedAt}, {u"call"_s, accepted},
        };
        for (const QString &member : summaryMembers()) {
            if (accepted.contains(member))
                entry.insert(member, accepted.value(member));
        }
        if (path == u"batch"_s)
            entry.insert(u"batch_index"_s, int(i));
        m_state->addPipelinesCall(match->workspace.siteId, entry);
    }
    return SandboxReply::ok();
}
