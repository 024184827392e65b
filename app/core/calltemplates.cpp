#include "calltemplates.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace {
const QString kVia[] = {QStringLiteral("detected"), QStringLiteral("us"), QStringLiteral("eu")};

QJsonObject readObject(const QSettings *settings, const QString &key)
{
    return QJsonDocument::fromJson(settings->value(key).toString().toUtf8()).object();
}

void writeObject(QSettings *settings, const QString &key, const QJsonObject &object)
{
    if (object.isEmpty())
        settings->remove(key);
    else
        settings->setValue(key, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}
} // namespace

QJsonObject ComposedCall::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("call"), callName(kind));
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("identifier", identifier);
    put("secondary", secondary);
    put("name", name);
    put("device_id", deviceId);
    put("platform", platform);
    put("json", json);
    if (timestamp)
        o.insert(QStringLiteral("timestamp"), *timestamp);
    o.insert(QStringLiteral("via"), kVia[int(via)]);
    return o;
}

std::optional<ComposedCall> ComposedCall::fromJson(const QJsonObject &o)
{
    const std::optional<CallKind> kind = callFromName(o.value(u"call").toString());
    if (!kind || *kind == CallKind::Region)
        return std::nullopt;
    ComposedCall c;
    c.kind = *kind;
    c.identifier = o.value(u"identifier").toString();
    c.secondary = o.value(u"secondary").toString();
    c.name = o.value(u"name").toString();
    c.deviceId = o.value(u"device_id").toString();
    c.platform = o.value(u"platform").toString();
    c.json = o.value(u"json").toString();
    if (o.value(u"timestamp").isDouble())
        c.timestamp = o.value(u"timestamp").toInteger();
    const QString via = o.value(u"via").toString(kVia[0]);
    const auto at = std::find(std::begin(kVia), std::end(kVia), via);
    if (at == std::end(kVia))
        return std::nullopt;
    c.via = ComposedCall::Via(at - std::begin(kVia));
    return c;
}

CallTemplates::CallTemplates(QSettings *settings)
    : m_settings(settings)
{ }

QString CallTemplates::group(const QString &workspace)
{
    // One key per workspace; the name is encoded so that any workspace name is a plain key.
    return QStringLiteral("templates/") + QString::fromLatin1(QUrl::toPercentEncoding(workspace));
}

QStringList CallTemplates::names(const QString &workspace) const
{
    QStringList names = readObject(m_settings, group(workspace)).keys();
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return names;
}

std::optional<ComposedCall> CallTemplates::load(const QString &workspace, const QString &name) const
{
    const QJsonValue value = readObject(m_settings, group(workspace)).value(name);
    if (!value.isObject())
        return std::nullopt;
    return ComposedCall::fromJson(value.toObject());
}

QString CallTemplates::save(const QString &workspace, const QString &name, const ComposedCall &call)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("CallTemplates", "Template name: must not be blank");
    if (name.size() > MaxNameLength)
        return QCoreApplication::translate("CallTemplates", "Template name: at most %1 characters (got %2)")
            .arg(QString::number(MaxNameLength), QString::number(name.size()));
    QJsonObject all = readObject(m_settings, group(workspace));
    if (!all.contains(name) && all.size() >= MaxTemplatesPerWorkspace)
        return QCoreApplication::translate("CallTemplates",
                                           "Templates: at most %1 per workspace; delete one to save another")
            .arg(MaxTemplatesPerWorkspace);
    all.insert(name, call.toJson());
    writeObject(m_settings, group(workspace), all);
    return {};
}

void CallTemplates::remove(const QString &workspace, const QString &name)
{
    QJsonObject all = readObject(m_settings, group(workspace));
    all.remove(name);
    writeObject(m_settings, group(workspace), all);
}

void CallTemplates::removeWorkspace(const QString &workspace)
{
    m_settings->remove(group(workspace));
}

void CallTemplates::renameWorkspace(const QString &from, const QString &to)
{
    if (from == to)
        return;
    writeObject(m_settings, group(to), readObject(m_settings, group(from)));
    m_settings->remove(group(from));
}

std::optional<ComposedCall> CallTemplates::lastComposed() const
{
    return ComposedCall::fromJson(readObject(m_settings, QStringLiteral("composer/last")));
}

void CallTemplates::setLastComposed(const ComposedCall &call)
{
    writeObject(m_settings, QStringLiteral("composer/last"), call.toJson());
}
