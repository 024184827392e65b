#pragma once

#include <QString>
#include <QStringList>

// The reverse-DNS application ID, CIO_APP_ID ("io.github.regionconsole.RegionConsole"), names
// everything the console leaves on a machine:
//   settings         $XDG_CONFIG_HOME/<ID>.conf   (~/.config/io.github.regionconsole.RegionConsole.conf)
//   data directory   $XDG_DATA_HOME/<ID>/         (~/.local/share/io.github.regionconsole.RegionConsole/)
//   keychain         service <ID> (Secret Service attribute "server", KWallet folder)
//   desktop entry, AppStream metainfo and icon: <ID>.desktop, <ID>.metainfo.xml, <ID>.svg and .png
//
// Earlier versions kept settings and the request log under the organization and application name
// "RegionConsole": ~/.config/RegionConsole/RegionConsole.conf and ~/.local/share/RegionConsole/RegionConsole/.
// migrateLegacyLocations() moves them once.
namespace AppIdentity {

QString id(); // CIO_APP_ID

// Application name = the ID, no organization name, so QStandardPaths::AppDataLocation is
// dataDirectory(). QSettings() without arguments needs an organization: open settingsPath() instead.
void apply();

QString settingsPath(); // INI file (QSettings::IniFormat)
QString dataDirectory(); // holds request-log.sqlite and its -wal and -shm files

QString legacySettingsPath();
QString legacyDataDirectory();

struct MigrationResult
{
    bool settingsMoved = false;
    bool dataMoved = false;
    QStringList errors; // one line per item that could not be moved; it is then left where it was
};

// Moves the legacy settings file to settingsPath() when it exists and settingsPath() does not, and the
// legacy data directory (the request log with its -wal and -shm files, whatever else it holds) to
// dataDirectory() when it exists and dataDirectory() does not or is empty. A rename when possible;
// across file systems a copy that replaces the old files only once all of it is copied. Empty legacy
// parent directories are removed. Does nothing on later runs.
MigrationResult migrateLegacyLocations();

} // namespace AppIdentity
