#include "workspace.h"

#include "outsidetext.h"

#include <QCoreApplication>
#include <QSettings>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};
} // namespace

QString routeCode(Route route)
{
    switch (route) {
    case Route::Us:
        return QStringLiteral("us");
    case Route::Eu:
        return QStringLiteral("eu");
    case Route::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<Route> routeFromCode(const QString &code)
{
    if (code == u"auto")
        return Route::Auto;
    if (code == u"us")
        return Route::Us;
    if (code == u"eu")
        return Route::Eu;
    return std::nullopt;
}

Region Workspace::firstHopRegion() const
{
    if (route == Route::Us)
        return Region::Us;
    if (route == Route::Eu)
        return Region::Eu;
    return region == Region::Unknown ? Region::Us : region;
}

std::optional<PipelinesSource> Workspace::pipelinesSource(const QString &sourceName) const
{
    for (const PipelinesSource &s : pipelinesSources) {
        if (s.name == sourceName)
            return s;
    }
    return std::nullopt;
}

QStringList Workspace::pipelinesSourceNames() const
{
    QStringList names;
    for (const PipelinesSource &s : pipelinesSources)
        names << s.name;
    return names;
}

namespace {
// The rules of a name people give and read: a workspace's, a Pipelines source's.
QString validateName(const QString &field, const QString &name)
{
    if (name.trimmed().isEmpty())
        return Text::tr("%1: must not be empty").arg(field);
    if (name != name.trimmed())
        return Text::tr("%1: must not start or end with spaces").arg(field);
    if (name.size() > 100)
        return Text::tr("%1: at most 100 characters (got %2)").arg(field).arg(name.size());
    if (!QStringView(name).isValidUtf16())
        return Text::tr("%1: contains an invalid character (a lone UTF-16 surrogate)").arg(field);
    for (const QChar c : name) {
        // Format characters (bidi overrides, zero-width) make two names look alike.
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return Text::tr("%1: control and invisible formatting characters are not allowed").arg(field);
    }
    return {};
}
} // namespace

QString validateWorkspaceName(const QString &name)
{
    return validateName(Text::tr("Workspace name"), name);
}

QString validatePipelinesSourceName(const QString &name)
{
    return validateName(Text::tr("Pipelines source name"), name);
}

QString validatePipelinesSources(const QList<PipelinesSource> &sources)
{
    QStringList seen;
    for (const PipelinesSource &s : sources) {
        if (QString problem = validatePipelinesSourceName(s.name); !problem.isEmpty())
            return problem;
        if (seen.contains(s.name))
            return Text::tr("Pipelines source name: the workspace has two sources named \"%1\"").arg(s.name);
        seen << s.name;
    }
    return {};
}

QString validateCredentialSet(const QString &siteId, bool hasTrackApiKey, bool hasAppApiKey, int pipelinesSourceCount)
{
    if (siteId.isEmpty() && hasTrackApiKey)
        return Text::tr("Site ID: must not be empty when a Track API key is given");
    if (!siteId.isEmpty() && !hasTrackApiKey)
        return Text::tr("Track API key: must be given with the Site ID");
    if (siteId.isEmpty() && hasAppApiKey)
        return Text::tr("App API key: needs the workspace's Track credentials (Site ID and Track API key), with "
                        "which its region is checked");
    if (siteId.isEmpty() && pipelinesSourceCount == 0)
        return Text::tr("Credentials: give a Site ID and Track API key, or at least one Pipelines source");
    return {};
}

QString validateAccountName(const QString &account)
{
    if (account.isEmpty())
        return {};
    if (account != account.trimmed())
        return Text::tr("Account: must not start or end with spaces");
    if (account.size() > 100)
        return Text::tr("Account: at most 100 characters (got %1)").arg(account.size());
    if (!QStringView(account).isValidUtf16())
        return Text::tr("Account: contains an invalid character (a lone UTF-16 surrogate)");
    for (const QChar c : account) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return Text::tr("Account: control and invisible formatting characters are not allowed");
    }
    return {};
}

QString validateSiteId(const QString &siteId)
{
    if (siteId.isEmpty())
        return Text::tr("Site ID: must not be empty");
    if (siteId.size() > 200)
        return Text::tr("Site ID: at most 200 characters (got %1)").arg(siteId.size());
    for (const QChar c : siteId) {
        // The Site ID is the user name of HTTP Basic credentials: a ':' would end it.
        if (c == u':' || c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c.isSurrogate())
            return Text::tr("Site ID: must not contain ':', spaces, control or invisible characters");
    }
    return {};
}

QString validateApiKey(const QString &fieldName, const QString &key)
{
    if (key.isEmpty())
        return Text::tr("%1: must not be empty").arg(fieldName);
    if (key.size() > 1000)
        return Text::tr("%1: at most 1000 characters (got %2)").arg(fieldName).arg(key.size());
    for (const QChar c : key) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return Text::tr("%1: must not contain spaces or control characters").arg(fieldName);
        // What QString::fromUtf8() makes of bytes that are not UTF-8.
        if (c == QChar::ReplacementCharacter)
            return Text::tr("%1: is not valid UTF-8 text").arg(fieldName);
        if (OutsideText::isInvisible(c.unicode()) || c.isSurrogate())
            return Text::tr("%1: must not contain invisible characters (U+%2)")
                .arg(fieldName, QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
    }
    // Customer.io's keys are long random strings (a Track API key is 20 hexadecimal digits). A shorter
    // text is a typo or a placeholder, and masking a key that short in a server's answer would mangle
    // ordinary words.
    if (key.size() < MinApiKeyLength)
        return Text::tr("%1: at least %2 characters (got %3); this is not a Customer.io key")
            .arg(fieldName)
            .arg(MinApiKeyLength)
            .arg(key.size());
    return {};
}

QString validatePipelinesApiKey(const QString &fieldName, const QString &key)
{
    if (QString problem = validateApiKey(fieldName, key); !problem.isEmpty())
        return problem;
    // The key is HTTP Basic's user name, which ends at the first ':' (RFC 7617).
    if (key.contains(u':'))
        return Text::tr("%1: must not contain \":\" (it is sent as the user name of HTTP Basic)").arg(fieldName);
    return {};
}

WorkspaceRepository::WorkspaceRepository(QSettings *settings)
    : m_settings(settings)
{ }

QList<Workspace> WorkspaceRepository::list() const
{
    QList<Workspace> result;
    const int count = m_settings->beginReadArray(QStringLiteral("workspaces"));
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Workspace w;
        w.name = m_settings->value(QStringLiteral("name")).toString();
        w.siteId = m_settings->value(QStringLiteral("site_id")).toString();
        w.account = m_settings->value(QStringLiteral("account")).toString();
        w.route = routeFromCode(m_settings->value(QStringLiteral("route")).toString()).value_or(Route::Auto);
        w.hasAppApiKey = m_settings->value(QStringLiteral("has_app_api_key")).toBool();
        w.region = regionFromCode(m_settings->value(QStringLiteral("region")).toString());
        w.environmentId = m_settings->value(QStringLiteral("environment_id"), -1).toLongLong();
        w.verifiedAt = m_settings->value(QStringLiteral("verified_at")).toDateTime();
        w.verifiedVia = m_settings->value(QStringLiteral("verified_via")).toString();
        const int sources = m_settings->beginReadArray(QStringLiteral("pipelines_sources"));
        for (int j = 0; j < sources; ++j) {
            m_settings->setArrayIndex(j);
            PipelinesSource source;
            source.name = m_settings->value(QStringLiteral("name")).toString();
            const Region chosen = regionFromCode(m_settings->value(QStringLiteral("chosen_region")).toString());
            if (chosen != Region::Unknown)
                source.chosenRegion = chosen;
            if (!source.name.isEmpty())
                w.pipelinesSources << source;
        }
        m_settings->endArray();
        if (!w.name.isEmpty())
            result.append(w);
    }
    m_settings->endArray();
    return result;
}

std::optional<Workspace> WorkspaceRepository::find(const QString &name) const
{
    const QList<Workspace> all = list();
    for (const Workspace &w : all) {
        if (w.name == name)
            return w;
    }
    return std::nullopt;
}

void WorkspaceRepository::save(const Workspace &workspace)
{
    if (workspace.sessionOnly)
        return;
    // Another process (the command line, another window) may have changed the list since it was read.
    m_settings->sync();
    QList<Workspace> all = list();
    bool replaced = false;
    for (Workspace &w : all) {
        if (w.name == workspace.name) {
            w = workspace;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(workspace);
    writeAll(all);
}

bool WorkspaceRepository::replace(const QString &name, const Workspace &workspace)
{
    if (workspace.sessionOnly)
        return false;
    m_settings->sync();
    const QList<Workspace> all = list();
    QList<Workspace> result;
    bool found = false;
    for (const Workspace &w : all) {
        if (w.name == name && !found) {
            result.append(workspace);
            found = true;
        } else if (w.name != workspace.name) { // a rename onto another stored name would list two
            result.append(w);
        }
    }
    if (!found)
        return false;
    writeAll(result);
    return true;
}

bool WorkspaceRepository::remove(const QString &name)
{
    m_settings->sync();
    QList<Workspace> all = list();
    const auto removed = all.removeIf([&name](const Workspace &w) { return w.name == name; });
    if (removed == 0)
        return false;
    writeAll(all);
    return true;
}

void WorkspaceRepository::writeAll(const QList<Workspace> &workspaces)
{
    m_settings->remove(QStringLiteral("workspaces"));
    m_settings->beginWriteArray(QStringLiteral("workspaces"), int(workspaces.size()));
    for (int i = 0; i < workspaces.size(); ++i) {
        const Workspace &w = workspaces.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), w.name);
        m_settings->setValue(QStringLiteral("site_id"), w.siteId);
        if (w.account.isEmpty())
            m_settings->remove(QStringLiteral("account"));
        else
            m_settings->setValue(QStringLiteral("account"), w.account);
        m_settings->setValue(QStringLiteral("route"), routeCode(w.route));
        m_settings->setValue(QStringLiteral("has_app_api_key"), w.hasAppApiKey);
        m_settings->setValue(QStringLiteral("region"), regionCode(w.region));
        m_settings->setValue(QStringLiteral("environment_id"), w.environmentId);
        m_settings->setValue(QStringLiteral("verified_at"), w.verifiedAt);
        m_settings->setValue(QStringLiteral("verified_via"), w.verifiedVia);
        if (!w.pipelinesSources.isEmpty()) {
            m_settings->beginWriteArray(QStringLiteral("pipelines_sources"), int(w.pipelinesSources.size()));
            for (int j = 0; j < w.pipelinesSources.size(); ++j) {
                const PipelinesSource &source = w.pipelinesSources.at(j);
                m_settings->setArrayIndex(j);
                m_settings->setValue(QStringLiteral("name"), source.name);
                if (source.chosenRegion)
                    m_settings->setValue(QStringLiteral("chosen_region"), regionCode(*source.chosenRegion));
            }
            m_settings->endArray();
        }
    }
    m_settings->endArray();
    m_settings->sync();
}
