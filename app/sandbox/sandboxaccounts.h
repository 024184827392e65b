#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One Data Pipelines source of a workspace: Pipelines API calls authenticate with its API key as the Basic
// user name and an empty password (Pipelines OpenAPI securitySchemes, https://docs.customer.io/files/
// pipelines.json; a workspace may have several sources, each with its own key: "Get an API key" of
// https://docs.customer.io/integrations/api/cdp/).
struct SandboxPipelinesSource
{
    QString name;
    QString apiKey;
};

// One workspace of a sandbox account. Credentials are demo values held in memory only.
// Track API calls authenticate with the Site ID and Track API key, App API calls with one of the App API
// keys, each scoped to one workspace (https://docs.customer.io/accounts-and-workspaces/managing-credentials),
// Pipelines API calls with the key of one of its sources.
struct SandboxWorkspace
{
    QString name;
    QString siteId;
    QString trackApiKey;
    qint64 environmentId = 0; // the workspace ID; GET /api/v1/accounts/region answers it as "environment_id"
    QStringList appApiKeys;
    QList<SandboxPipelinesSource> pipelinesSources {}; // "{}": aggregates written before it need not name it

    // The source whose API key is apiKey (compared exactly), if any.
    std::optional<SandboxPipelinesSource> pipelinesSource(const QString &apiKey) const;
};

// One Customer.io account: every workspace of an account lives in the account's region
// (https://docs.customer.io/accounts-and-workspaces/data-centers/).
struct SandboxAccount
{
    QString region; // "us" or "eu"
    QList<SandboxWorkspace> workspaces;
};

// The accounts a sandbox serves: the demo set, the accounts file, and which workspace a request's
// credentials belong to.
namespace SandboxAccounts {

// One US account and one EU account, one workspace each:
//   us: "Demo US", Site ID demo-us-site, Track API key demo-us-track-key, workspace ID 101,
//       App API key demo-us-app-key, Pipelines source "Website" with API key demo-us-pipelines-key
//   eu: "Demo EU", Site ID demo-eu-site, Track API key demo-eu-track-key, workspace ID 201,
//       App API key demo-eu-app-key, Pipelines source "Website" with API key demo-eu-pipelines-key
QList<SandboxAccount> demo();

// Parses an accounts file:
//   {"accounts":[{"region":"us"|"eu","workspaces":[{"name":..,"site_id":..,"track_api_key":..,
//                 "environment_id":<int>,"app_api_keys":[..],
//                 "pipelines_sources":[{"name":..,"api_key":..}]}]}]}
// Extra fields are ignored; "app_api_keys" and "pipelines_sources" are optional. Every account needs at
// least one workspace; a Site ID, an App API key or a Pipelines API key used twice is an error, and so is a
// source without a name or a key, or two sources of one workspace with the same name. On error returns
// false, leaves *accounts alone and sets *error ("accounts file: accounts[0].workspaces[1].site_id demo is
// used by another workspace").
bool fromJson(const QByteArray &json, QList<SandboxAccount> *accounts, QString *error);

// The accounts file at path, read with fromJson(). Refused before its content is read: a path that is not a
// regular file once symbolic links are followed (a directory; a FIFO or a device, whose reading may block or
// never end) and a file larger than MaxFileBytes. On error returns false, leaves *accounts alone and sets
// *error naming the path ("accounts file /tmp/x: not a regular file (a FIFO)").
constexpr qint64 MaxFileBytes = 1024 * 1024;
bool fromFile(const QString &path, QList<SandboxAccount> *accounts, QString *error);

// A workspace found by credentials, with the region of its account.
struct Match
{
    QString region; // "us" or "eu"
    SandboxWorkspace workspace;
};

// Track API credentials: the Site ID and the Track API key of one workspace (both compared exactly).
std::optional<Match> findByTrackKey(const QList<SandboxAccount> &accounts, const QString &siteId,
                                    const QString &trackApiKey);
std::optional<Match> findBySiteId(const QList<SandboxAccount> &accounts, const QString &siteId);
std::optional<Match> findByAppKey(const QList<SandboxAccount> &accounts, const QString &appApiKey);
// The workspace of the Pipelines source whose API key is pipelinesApiKey (its source:
// SandboxWorkspace::pipelinesSource()).
std::optional<Match> findByPipelinesKey(const QList<SandboxAccount> &accounts, const QString &pipelinesApiKey);

} // namespace SandboxAccounts
