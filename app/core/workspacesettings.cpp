#include "workspacesettings.h"

#include "calltemplates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryFile>

#include <algorithm>
#include <utility>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceSettings)
};

// Every key a workspace change may touch: the metadata array, all templates, the remembered selection.
QStringList touchedPrefixes()
{
    return {QStringLiteral("workspaces"), QStringLiteral("templates"), WorkspaceSettings::lastSelectedKey()};
}

bool touched(const QString &key)
{
    const QStringList prefixes = touchedPrefixes();
    return std::any_of(prefixes.begin(), prefixes.end(), [&key](const QString &prefix) {
        return key == prefix || (key.startsWith(prefix) && key.at(prefix.size()) == u'/');
    });
}
} // namespace

struct WorkspaceSettings::Snapshot
{
    QList<std::pair<QString, QVariant>> values;

    bool operator==(const Snapshot &other) const { return values == other.values; }
};

WorkspaceSettings::WorkspaceSettings(QSettings *settings)
    : m_settings(settings)
{ }

QString WorkspaceSettings::lastSelectedKey()
{
    return QStringLiteral("window/workspace");
}

QString WorkspaceSettings::fileName() const
{
    return m_settings->fileName();
}

QString WorkspaceSettings::failure(const QString &why) const
{
    return Text::tr("could not write the settings file %1 (%2)").arg(QDir::toNativeSeparators(fileName()), why);
}

QString WorkspaceSettings::checkWritable() const
{
    const QFileInfo file(fileName());
    if (file.exists()) {
        QFile f(file.absoluteFilePath());
        // ReadWrite neither truncates nor changes the file.
        if (file.isFile() && f.open(QIODevice::ReadWrite))
            return {};
        return failure(whyUnwritable());
    }
    // As QSettings does on its first write: the directory, then a new file in it.
    if (!QDir().mkpath(file.absolutePath()))
        return failure(whyUnwritable());
    QTemporaryFile probe(file.absoluteFilePath() + QStringLiteral(".XXXXXX"));
    if (!probe.open())
        return failure(whyUnwritable());
    return {};
}

QString WorkspaceSettings::whyUnwritable() const
{
    const QFileInfo file(fileName());
    if (file.exists()) {
        if (!file.isFile())
            return Text::tr("it is not a regular file");
        QFile f(file.absoluteFilePath());
        if (!f.open(QIODevice::ReadWrite))
            return Text::tr("it cannot be opened for writing: %1").arg(f.errorString());
        return Text::tr("the write failed; is the disk full?");
    }
    // The nearest ancestor that exists is where the file's directory cannot be made.
    QFileInfo ancestor(file.absolutePath());
    while (!ancestor.exists() && !ancestor.isRoot())
        ancestor = QFileInfo(ancestor.absolutePath());
    const QString path = QDir::toNativeSeparators(ancestor.absoluteFilePath());
    if (!ancestor.isDir())
        return Text::tr("%1 is not a directory").arg(path);
    if (!ancestor.isWritable())
        return Text::tr("the directory %1 is read-only").arg(path);
    return Text::tr("the write failed; is the disk full?");
}

WorkspaceSettings::Snapshot WorkspaceSettings::snapshot() const
{
    Snapshot s;
    const QStringList keys = m_settings->allKeys();
    for (const QString &key : keys) {
        if (touched(key))
            s.values.append({key, m_settings->value(key)});
    }
    return s;
}

void WorkspaceSettings::restore(const Snapshot &snapshot)
{
    for (const QString &prefix : touchedPrefixes())
        m_settings->remove(prefix);
    for (const auto &[key, value] : snapshot.values)
        m_settings->setValue(key, value);
}

bool WorkspaceSettings::written() const
{
    if (m_settings->status() != QSettings::NoError) {
        // Possibly an error from an earlier write: a second QSettings on the file retries what is still
        // unsaved and reports for this write alone.
        QSettings second(m_settings->fileName(), m_settings->format());
        second.sync();
        if (second.status() != QSettings::NoError)
            return false;
    }
    const QFileInfo file(fileName());
    return file.isFile() && file.isWritable();
}

QString WorkspaceSettings::commit(const Snapshot &before)
{
    // Nothing to write (a workspace that was not listed, with nothing else to drop): nothing to verify.
    if (snapshot() == before)
        return {};
    m_settings->sync();
    if (written())
        return {};
    const QString why = whyUnwritable();
    restore(before);
    return failure(why);
}

QString WorkspaceSettings::add(const Workspace &workspace)
{
    if (workspace.sessionOnly)
        return {};
    const Snapshot before = snapshot();
    WorkspaceRepository(m_settings).save(workspace);
    return commit(before);
}

// The templates and the selection change in memory first: the repository's write then puts the whole change
// in the file at once (QSettings replaces the file atomically), so a failure never leaves half of it there.

QString WorkspaceSettings::replace(const Workspace &before, const Workspace &after)
{
    if (before.sessionOnly || after.sessionOnly)
        return {};
    WorkspaceRepository repository(m_settings);
    if (!repository.find(before.name)) {
        return Text::tr("the workspace \"%1\" is no longer listed in the settings file %2")
            .arg(before.name, QDir::toNativeSeparators(fileName()));
    }
    const Snapshot previous = snapshot();
    CallTemplates(m_settings).renameWorkspace(before.name, after.name);
    if (before.name != after.name && m_settings->value(lastSelectedKey()).toString() == before.name)
        m_settings->setValue(lastSelectedKey(), after.name);
    repository.replace(before.name, after);
    return commit(previous);
}

QString WorkspaceSettings::remove(const Workspace &workspace)
{
    if (workspace.sessionOnly)
        return {};
    const Snapshot before = snapshot();
    CallTemplates(m_settings).removeWorkspace(workspace.name);
    if (m_settings->value(lastSelectedKey()).toString() == workspace.name)
        m_settings->remove(lastSelectedKey());
    WorkspaceRepository(m_settings).remove(workspace.name);
    return commit(before);
}
