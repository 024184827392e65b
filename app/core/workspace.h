#pragma once

#include "region.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

// Which Track host a workspace's calls go to first.
enum class Route {
    Auto, // the detected region's host, else the US host (Customer.io's default)
    Us,
    Eu,
};
QString routeCode(Route route); // "auto", "us", "eu"
std::optional<Route> routeFromCode(const QString &code);

// A Data Pipelines source of a workspace: its name (unique within the workspace) and, when no detection
// says where the account lives, the region the admin chose for it. Its API key lives only in a
// CredentialStore (CredentialStore::pipelinesEntryKey()). Customer.io issues one API key per source
// (https://docs.customer.io/integrations/api/cdp/; docs/customerio-api.md, Pipelines API).
struct PipelinesSource
{
    QString name;
    // Used only while neither this workspace's Track credentials nor another workspace of its account
    // have a detected region (pipelinesRegion()); shown as "chosen, not verified".
    std::optional<Region> chosenRegion;

    bool operator==(const PipelinesSource &other) const
    {
        return name == other.name && chosenRegion == other.chosenRegion;
    }
    bool operator!=(const PipelinesSource &other) const { return !(*this == other); }
};

// A workspace's non-secret metadata. Secrets live only in a CredentialStore.
//
// A workspace has Track credentials (a Site ID and its Track API key), Pipelines sources, or both. A
// Pipelines-only workspace has an empty siteId, no Track API key and no App API key, and so no region
// detection of its own: its region stays Unknown, which is a stated state, not a failed check.
struct Workspace
{
    QString name;
    QString siteId; // "" for a Pipelines-only workspace
    // The Customer.io account the workspace belongs to, as the admin names it (optional; the API does not
    // say). Workspaces of one account share its region, so a disagreement between them is flagged.
    QString account;
    Route route = Route::Auto;
    bool hasAppApiKey = false;

    // Last region detection, learned from this Site ID's credentials.
    Region region = Region::Unknown;
    qint64 environmentId = -1; // workspace ID from GET /api/v1/accounts/region; -1 = not known
    QDateTime verifiedAt; // UTC
    QString verifiedVia; // host label that answered

    bool sessionOnly = false; // never saved (sandbox demo workspaces)

    QList<PipelinesSource> pipelinesSources; // in the order added

    // A Site ID (and so a Track API key in the keychain): region detection and Track calls are possible.
    bool hasTrackCredentials() const { return !siteId.isEmpty(); }
    // The source of that name; nullopt when the workspace has none.
    std::optional<PipelinesSource> pipelinesSource(const QString &name) const;
    QStringList pipelinesSourceNames() const;

    // Region used for the first request: forced route, else detected region, else US.
    Region firstHopRegion() const;
};

// Checks done before anything is stored or sent. Empty string = valid; otherwise a sentence naming
// the field and the limit.
QString validateWorkspaceName(const QString &name);
QString validateSiteId(const QString &siteId);
// An API key has MinApiKeyLength to 1000 characters, none of them a space or a control character.
// Customer.io documents its keys as opaque strings
// (https://docs.customer.io/accounts-and-workspaces/managing-credentials/); the Track API keys it issues
// are 20 hexadecimal digits, its App API keys longer.
constexpr int MinApiKeyLength = 8;
QString validateApiKey(const QString &fieldName, const QString &key);
// A Pipelines source's API key: as validateApiKey(), and without ':' (it is HTTP Basic's user name, which
// ends at the first colon; https://www.rfc-editor.org/rfc/rfc7617).
QString validatePipelinesApiKey(const QString &fieldName, const QString &key);
QString validateAccountName(const QString &account); // optional: empty is valid
// A Pipelines source's name: the rules of a workspace name.
QString validatePipelinesSourceName(const QString &name);
// Every source's name valid and unique within the workspace.
QString validatePipelinesSources(const QList<PipelinesSource> &sources);
// A workspace needs Track credentials or at least one Pipelines source: "" when it has one or the other.
// hasTrackApiKey: a Track API key is (or will be) stored with the Site ID. An App API key needs the Track
// credentials (its check asks the region with them).
QString validateCredentialSet(const QString &siteId, bool hasTrackApiKey, bool hasAppApiKey, int pipelinesSourceCount);

// Workspaces in QSettings (array "workspaces"). Holds no secret.
class WorkspaceRepository
{
public:
    explicit WorkspaceRepository(QSettings *settings);

    QList<Workspace> list() const;
    std::optional<Workspace> find(const QString &name) const;
    // Inserts or replaces (by name). Session-only workspaces are ignored.
    void save(const Workspace &workspace);
    // Replaces the workspace named `name` by `workspace` (which may carry another name) in its place in the
    // list. Returns false, changing nothing, when there is no such workspace.
    bool replace(const QString &name, const Workspace &workspace);
    bool remove(const QString &name);

private:
    void writeAll(const QList<Workspace> &workspaces);

    QSettings *m_settings;
};
