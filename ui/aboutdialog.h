#pragma once

#include <QDialog>
#include <QString>

// What Help › About shows: everything someone reporting a problem is asked for.
class ConsoleSession;

struct AboutInfo
{
    QString version; // CIO_VERSION
    QString qtVersion; // qVersion(): the Qt the program runs on, which may differ from the one it was built with
    QString keychain; // the backend the keys in use live in, e.g. "Secret Service via QtKeychain"
    QString dataDirectory;
    QString logPath; // the request log database
    QString logState; // empty when the log is open; else why it is not saved
    QString settingsPath;

    // The values for a session; logPathOption: the log path the session was asked to open ("" = default).
    static AboutInfo of(const ConsoleSession *session, const QString &logPathOption);
};

// "About Region Console": the values of AboutInfo as selectable text, each in a label with an object name
// ("aboutVersion", "aboutQtVersion", "aboutKeychain", "aboutDataDirectory", "aboutLogPath", "aboutSettingsPath").
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const AboutInfo &info, QWidget *parent = nullptr);
};
