#pragma once

// A temporary home for one test: HOME and the XDG configuration, data, cache and runtime directories under
// one temporary directory, removed with it. The settings file and the request log are where the built
// binary looks for them under XDG_CONFIG_HOME and XDG_DATA_HOME (appidentity.h), so a test can hand the
// same paths to in-process code (ConsoleSession, MainWindow, the command classes) and to the binary.
#include "appidentity.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

class TestHome
{
public:
    TestHome()
    {
        if (!m_dir.isValid())
            return;
        m_valid = QDir().mkpath(homeDir()) && QDir().mkpath(configDir()) && QDir().mkpath(dataDir())
            && QDir().mkpath(cacheDir()) && QDir().mkpath(runtimeDir())
            && QFile::setPermissions(runtimeDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    bool isValid() const { return m_valid; }
    // A path under the temporary directory (the directory itself for "").
    QString path(const QString &relative = {}) const
    {
        return relative.isEmpty() ? m_dir.path() : m_dir.filePath(relative);
    }

    QString homeDir() const { return path(QStringLiteral("home")); }
    QString configDir() const { return path(QStringLiteral("config")); }
    QString dataDir() const { return path(QStringLiteral("data")); }
    QString cacheDir() const { return path(QStringLiteral("cache")); }
    QString runtimeDir() const { return path(QStringLiteral("runtime")); }

    // <config>/<app id>.conf: the INI settings file.
    QString settingsPath() const { return configDir() + u'/' + AppIdentity::id() + QStringLiteral(".conf"); }
    // <data>/<app id>/: the request log and its -wal and -shm files.
    QString appDataDir() const { return dataDir() + u'/' + AppIdentity::id(); }
    QString logPath() const { return appDataDir() + QStringLiteral("/request-log.sqlite"); }

    // This process's environment with HOME and the XDG directories pointing here, and without the variables
    // that would send the binary elsewhere (CIO_CONSOLE_ENDPOINTS, CIO_TRACK_API_KEY).
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), homeDir());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataDir());
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheDir());
        env.remove(QStringLiteral("CIO_CONSOLE_ENDPOINTS"));
        env.remove(QStringLiteral("CIO_TRACK_API_KEY"));
        return env;
    }

private:
    QTemporaryDir m_dir;
    bool m_valid = false;
};
