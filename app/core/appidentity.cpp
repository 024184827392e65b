#include "appidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

const QString kLegacyName = QStringLiteral("RegionConsole"); // organization and application name of earlier versions

QString configHome()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
}

QString dataHome()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
}

bool isEmptyDirectory(const QString &path)
{
    return QDir(path).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// Copies the tree at from to to (which must not exist), keeping permissions. False with *error on failure.
bool copyTree(const QString &from, const QString &to, QString *error)
{
    if (!QDir().mkdir(to)) {
        *error = QCoreApplication::translate("AppIdentity", "cannot create %1").arg(to);
        return false;
    }
    QFile::setPermissions(to, QFileInfo(from).permissions());
    const QFileInfoList entries =
        QDir(from).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        const QString target = to + QLatin1Char('/') + entry.fileName();
        if (entry.isDir() && !entry.isSymLink()) {
            if (!copyTree(entry.absoluteFilePath(), target, error))
                return false;
            continue;
        }
        QFile source(entry.absoluteFilePath());
        if (!source.copy(target)) {
            *error = QCoreApplication::translate("AppIdentity", "cannot copy %1 to %2: %3")
                         .arg(entry.absoluteFilePath(), target, source.errorString());
            return false;
        }
    }
    return true;
}

// Moves the directory from to to (which must not exist): a rename, or across file systems a copy that
// removes the original only when all of it is copied. On failure nothing has moved.
bool moveDirectory(const QString &from, const QString &to, QString *error)
{
    if (!QDir().mkpath(QFileInfo(to).absolutePath())) {
        *error = QCoreApplication::translate("AppIdentity", "cannot create %1").arg(QFileInfo(to).absolutePath());
        return false;
    }
    if (QDir().rename(from, to))
        return true;
    if (!copyTree(from, to, error)) {
        QDir(to).removeRecursively();
        return false;
    }
    if (!QDir(from).removeRecursively()) {
        // Everything is in the new place; what is left of the old directory is a stale copy.
        *error =
            QCoreApplication::translate("AppIdentity", "moved to %1, but could not remove all of %2").arg(to, from);
        return true;
    }
    return true;
}

// Removes path when it is an empty directory (never a symbolic link).
void removeIfEmpty(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir() && !info.isSymLink() && isEmptyDirectory(path))
        QDir().rmdir(path);
}

} // namespace

namespace AppIdentity {

QString id()
{
    return QStringLiteral(CIO_APP_ID);
}

void apply()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("regionconsole.github.io"));
    QCoreApplication::setApplicationName(id());
}

QString settingsPath()
{
    return configHome() + QLatin1Char('/') + id() + QStringLiteral(".conf");
}

QString dataDirectory()
{
    return dataHome() + QLatin1Char('/') + id();
}

QString legacySettingsPath()
{
    return configHome() + QLatin1Char('/') + kLegacyName + QLatin1Char('/') + kLegacyName + QStringLiteral(".conf");
}

QString legacyDataDirectory()
{
    return dataHome() + QLatin1Char('/') + kLegacyName + QLatin1Char('/') + kLegacyName;
}

MigrationResult migrateLegacyLocations()
{
    MigrationResult result;

    const QString oldSettings = legacySettingsPath();
    const QString newSettings = settingsPath();
    if (QFileInfo(oldSettings).isFile() && !QFileInfo::exists(newSettings)) {
        QDir().mkpath(QFileInfo(newSettings).absolutePath());
        QFile file(oldSettings);
        // QFile::rename copies across file systems, and leaves the old file in place when that fails.
        if (file.rename(newSettings))
            result.settingsMoved = true;
        else
            result.errors << QCoreApplication::translate("AppIdentity", "cannot move the settings %1 to %2: %3")
                                 .arg(oldSettings, newSettings, file.errorString());
        removeIfEmpty(QFileInfo(oldSettings).absolutePath());
    }

    const QString oldData = legacyDataDirectory();
    const QString newData = dataDirectory();
    const QFileInfo newDataInfo(newData);
    if (QFileInfo(oldData).isDir() && (!newDataInfo.exists() || (newDataInfo.isDir() && isEmptyDirectory(newData)))) {
        if (newDataInfo.exists())
            QDir().rmdir(newData);
        QString error;
        result.dataMoved = moveDirectory(oldData, newData, &error);
        if (!error.isEmpty())
            result.errors
                << QCoreApplication::translate("AppIdentity", "request log and data directory: %1").arg(error);
        removeIfEmpty(QFileInfo(oldData).absolutePath());
    }
    return result;
}

} // namespace AppIdentity
