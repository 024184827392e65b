#pragma once

#include "endpointtable.h"
#include "regiondetector.h"
#include "trackclient.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>

class CredentialStore;
class RequestLogStore;
class RequestRecorder;
class QSettings;
class QTextStream;

// Runs `send` (the one command not converted to a Command yet) asynchronously and ends the event loop with its
// exit code.
class CliRunner : public QObject
{
    Q_OBJECT

public:
    explicit CliRunner(const QStringList &arguments, QObject *parent = nullptr);
    ~CliRunner() override;

public Q_SLOTS:
    void start();

private:
    void runSend();

    // --workspace/--site-id, --timeout, --via.
    void addCredentialOptions(QCommandLineParser &parser);
    bool parse(QCommandLineParser &parser, int skip);
    bool setUpClient(const QCommandLineParser &parser);
    // Runs next once every call finished so far has its final row in the request log (RequestRecorder::
    // committed()); at once when none waits. What is printed of a call, and the exit, wait for it.
    void afterLogged(std::function<void()> next);
    // A seconds option (0 < s <= 600) in milliseconds, or a usage error naming the option.
    bool secondsOption(const QCommandLineParser &parser, const QString &name, int *ms);
    bool openKeychain(const QCommandLineParser &parser);
    // Resolves credentials, then calls next (or exits 2/3 with a message).
    void withCredentials(const QCommandLineParser &parser, std::function<void(const TrackCredentials &)> next);
    bool resolveVia(const QCommandLineParser &parser, Region *via);
    // --via, else a forced workspace route, else the known region, else detects it first.
    void resolveRoute(const TrackCredentials &credentials,
                      std::function<void(Region via, Region accountRegion, const QString &source)> next);
    bool jsonOption(const QString &name, QJsonObject *object);
    void printRecord(const RequestRecord &record, Region via, const QString &source);
    static QJsonValue sentTimestamp(const RequestRecord &record);
    // Calls onInterrupted (once) on SIGINT or SIGTERM, from the event loop.
    void watchInterrupt(std::function<void()> onInterrupted);
    void sendBurst(const TrackCall &call, const TrackCredentials &credentials, Region via, Region accountRegion,
                   const QString &source, int count, double rate);
    void sendCall(const TrackCall &call, const TrackCredentials &credentials, Region via, Region accountRegion,
                  const QString &source);

    void fail(int code, const QString &message);
    void finish(int code);
    static QTextStream &out();
    static QTextStream &err();

    QStringList m_arguments;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<WorkspaceRepository> m_workspaces;
    CredentialStore *m_store = nullptr;
    TrackClient *m_client = nullptr;
    std::optional<Workspace> m_workspace; // set by withCredentials for --workspace
    RequestLogStore *m_log = nullptr; // open request log, or null
    RequestRecorder *m_recorder = nullptr; // every call of m_client goes through it to the log
    int m_unlogged = 0; // finished calls whose row is not final yet
    QList<std::function<void()>> m_afterLogged; // waiting for m_unlogged to reach 0, in order
    QCommandLineParser m_parser;
    bool m_finished = false;
};
