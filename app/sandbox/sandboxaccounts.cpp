#include "sandboxaccounts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

std::optional<SandboxPipelinesSource> SandboxWorkspace::pipelinesSource(const QString &apiKey) const
{
    for (const SandboxPipelinesSource &source : pipelinesSources) {
        if (source.apiKey == apiKey)
            return source;
    }
    return std::nullopt;
}

namespace SandboxAccounts {

QList<SandboxAccount> demo()
{
    return {
        SandboxAccount {u"us"_s,
                        {SandboxWorkspace {u"Demo US"_s,
                                           u"demo-us-site"_s,
                                           u"demo-us-track-key"_s,
                                           101,
                                           {u"demo-us-app-key"_s},
                                           {SandboxPipelinesSource {u"Website"_s, u"demo-us-pipelines-key"_s}}}}},
        SandboxAccount {u"eu"_s,
                        {SandboxWorkspace {u"Demo EU"_s,
                                           u"demo-eu-site"_s,
                                           u"demo-eu-track-key"_s,
                                           201,
                                           {u"demo-eu-app-key"_s},
                                           {SandboxPipelinesSource {u"Website"_s, u"demo-eu-pipelines-key"_s}}}}},
    };
}

bool fromFile(const QString &path, QList<SandboxAccount> *accounts, QString *error)
{
    const auto fail = [&](const QString &reason) {
        *error = u"accounts file %1: %2"_s.arg(path, reason);
        return false;
    };
    // Opened without blocking (a FIFO without a writer would block open()), then checked on the open file,
    // so that what is read is what was checked.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return fail(u"cannot read: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno))));
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return fail(u"cannot read: %1"_s.arg(reason));
    }
    if (!S_ISREG(st.st_mode)) {
        const QString kind = S_ISDIR(st.st_mode)         ? u"a directory"_s
            : S_ISFIFO(st.st_mode)                       ? u"a FIFO"_s
            : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? u"a device"_s
            : S_ISSOCK(st.st_mode)                       ? u"a socket"_s
                                                         : u"not a file"_s;
        ::close(fd);
        return fail(u"not a regular file (%1)"_s.arg(kind));
    }
    if (st.st_size > MaxFileBytes) {
        ::close(fd);
        return fail(u"larger than %1 KiB (%2 bytes)"_s.arg(MaxFileBytes / 1024).arg(qint64(st.st_size)));
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(u"cannot read: %1"_s.arg(file.errorString()));
    }
    const QByteArray json = file.read(MaxFileBytes + 1);
    if (json.size() > MaxFileBytes)
        return fail(u"larger than %1 KiB"_s.arg(MaxFileBytes / 1024));
    return fromJson(json, accounts, error);
}

namespace {

// "pipelines_sources":[{"name":..,"api_key":..}] of one workspace (optional); field names the workspace.
bool readPipelinesSources(const QJsonObject &w, const QString &field, QSet<QString> *keys, SandboxWorkspace *workspace,
                          QString *error)
{
    const QJsonValue sources = w.value(u"pipelines_sources"_s);
    if (sources.isUndefined())
        return true;
    if (!sources.isArray()) {
        *error = u"accounts file: %1.pipelines_sources must be an array of {\"name\",\"api_key\"}"_s.arg(field);
        return false;
    }
    const QJsonArray array = sources.toArray();
    for (qsizetype k = 0; k < array.size(); ++k) {
        const QString where = u"%1.pipelines_sources[%2]"_s.arg(field).arg(k);
        const QJsonObject s = array.at(k).toObject();
        const QJsonValue name = s.value(u"name"_s);
        const QJsonValue key = s.value(u"api_key"_s);
        if (!name.isString() || name.toString().isEmpty() || !key.isString() || key.toString().isEmpty()) {
            *error = u"accounts file: %1 needs a non-empty name and api_key"_s.arg(where);
            return false;
        }
        if (keys->contains(key.toString())) {
            *error = u"accounts file: %1: a Pipelines API key belongs to one source only"_s.arg(where);
            return false;
        }
        const bool nameTaken = std::any_of(workspace->pipelinesSources.cbegin(), workspace->pipelinesSources.cend(),
                                           [&](const SandboxPipelinesSource &o) { return o.name == name.toString(); });
        if (nameTaken) {
            *error =
                u"accounts file: %1.name %2 is used by another source of the workspace"_s.arg(where, name.toString());
            return false;
        }
        keys->insert(key.toString());
        workspace->pipelinesSources << SandboxPipelinesSource {name.toString(), key.toString()};
    }
    return true;
}

} // namespace

bool fromJson(const QByteArray &json, QList<SandboxAccount> *accounts, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("accounts file: invalid JSON at offset %1: %2")
                     .arg(QString::number(parseError.offset), parseError.errorString());
        return false;
    }
    const QJsonValue list = doc.object().value(QStringLiteral("accounts"));
    if (!list.isArray() || list.toArray().isEmpty()) {
        *error = QStringLiteral("accounts file: \"accounts\" must be a non-empty array");
        return false;
    }
    QList<SandboxAccount> result;
    QSet<QString> siteIds;
    QSet<QString> appKeys;
    QSet<QString> pipelinesKeys;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject a = array.at(i).toObject();
        const QString where = QStringLiteral("accounts[%1]").arg(i);
        SandboxAccount account;
        account.region = a.value(QStringLiteral("region")).toString();
        if (account.region != u"us" && account.region != u"eu") {
            *error = QStringLiteral("accounts file: %1.region must be \"us\" or \"eu\"").arg(where);
            return false;
        }
        const QJsonArray workspaces = a.value(QStringLiteral("workspaces")).toArray();
        for (qsizetype j = 0; j < workspaces.size(); ++j) {
            const QJsonObject w = workspaces.at(j).toObject();
            const QString field = QStringLiteral("%1.workspaces[%2]").arg(where, QString::number(j));
            SandboxWorkspace workspace;
            workspace.name = w.value(QStringLiteral("name")).toString();
            workspace.siteId = w.value(QStringLiteral("site_id")).toString();
            workspace.trackApiKey = w.value(QStringLiteral("track_api_key")).toString();
            workspace.environmentId = w.value(QStringLiteral("environment_id")).toInteger(-1);
            const QJsonValue keys = w.value(QStringLiteral("app_api_keys"));
            if (!keys.isUndefined() && !keys.isArray()) {
                *error = QStringLiteral("accounts file: %1.app_api_keys must be an array of strings").arg(field);
                return false;
            }
            for (const QJsonValue &key : keys.toArray()) {
                if (!key.isString() || key.toString().isEmpty()) {
                    *error = QStringLiteral("accounts file: %1.app_api_keys must be an array of strings").arg(field);
                    return false;
                }
                if (appKeys.contains(key.toString())) {
                    *error =
                        QStringLiteral("accounts file: %1: an App API key belongs to one workspace only").arg(field);
                    return false;
                }
                appKeys.insert(key.toString());
                workspace.appApiKeys << key.toString();
            }
            if (!readPipelinesSources(w, field, &pipelinesKeys, &workspace, error))
                return false;
            if (workspace.siteId.isEmpty() || workspace.trackApiKey.isEmpty() || workspace.environmentId < 0) {
                *error = QStringLiteral("accounts file: %1 needs site_id, track_api_key and a non-negative "
                                        "integer environment_id")
                             .arg(field);
                return false;
            }
            if (siteIds.contains(workspace.siteId)) {
                *error = QStringLiteral("accounts file: %1.site_id %2 is used by another workspace")
                             .arg(field, workspace.siteId);
                return false;
            }
            siteIds.insert(workspace.siteId);
            account.workspaces << workspace;
        }
        if (account.workspaces.isEmpty()) {
            *error = QStringLiteral("accounts file: %1.workspaces must not be empty").arg(where);
            return false;
        }
        result << account;
    }
    *accounts = result;
    return true;
}

namespace {

template<typename Predicate> std::optional<Match> find(const QList<SandboxAccount> &accounts, Predicate matches)
{
    for (const SandboxAccount &account : accounts) {
        for (const SandboxWorkspace &workspace : account.workspaces) {
            if (matches(workspace))
                return Match {account.region, workspace};
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<Match> findByTrackKey(const QList<SandboxAccount> &accounts, const QString &siteId,
                                    const QString &trackApiKey)
{
    return find(accounts, [&](const SandboxWorkspace &workspace) {
        return workspace.siteId == siteId && workspace.trackApiKey == trackApiKey;
    });
}

std::optional<Match> findBySiteId(const QList<SandboxAccount> &accounts, const QString &siteId)
{
    return find(accounts, [&](const SandboxWorkspace &workspace) { return workspace.siteId == siteId; });
}

std::optional<Match> findByAppKey(const QList<SandboxAccount> &accounts, const QString &appApiKey)
{
    return find(accounts, [&](const SandboxWorkspace &workspace) { return workspace.appApiKeys.contains(appApiKey); });
}

std::optional<Match> findByPipelinesKey(const QList<SandboxAccount> &accounts, const QString &pipelinesApiKey)
{
    return find(accounts, [&](const SandboxWorkspace &workspace) {
        return workspace.pipelinesSource(pipelinesApiKey).has_value();
    });
}

} // namespace SandboxAccounts
