#pragma once

// What a window test sets up once for its process: Qt's test-mode paths under its own names, no keychain
// reachable (a D-Bus address in `dir` where no bus listens, so KeychainCredentialStore answers
// "unavailable"), and no endpoint override from the environment.
#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

inline void isolateWindowTest(const QTemporaryDir &dir, const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RegionConsoleTest"));
    QCoreApplication::setApplicationName(testName);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.filePath(QStringLiteral("no-bus")).toLocal8Bit());
    qunsetenv("CIO_CONSOLE_ENDPOINTS");
}
