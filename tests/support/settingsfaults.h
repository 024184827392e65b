#pragma once

// Settings files that cannot be written, for root too: permissions do not stop root, so the failures
// are made with a regular file where the settings file's directory should be (no user can create a
// file under a file). A read-only file, which stops everyone but root, is offered only when not root.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <unistd.h>

namespace SettingsFaults {

// Replaces the directory of the settings file at `settingsPath` (and all in it) by an empty regular file.
inline bool replaceDirectoryByFile(const QString &settingsPath)
{
    const QString dir = QFileInfo(settingsPath).absolutePath();
    if (!QDir(dir).removeRecursively())
        return false;
    QFile file(dir);
    return file.open(QIODevice::WriteOnly);
}

// Undoes replaceDirectoryByFile(): an empty directory again.
inline bool restoreDirectory(const QString &settingsPath)
{
    const QString dir = QFileInfo(settingsPath).absolutePath();
    return QFile::remove(dir) && QDir().mkpath(dir);
}

// True when file permissions stop this process from writing (not root).
inline bool permissionsApply()
{
    return geteuid() != 0;
}

} // namespace SettingsFaults
