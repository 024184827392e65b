#pragma once

// `cio-console sandbox` as its own process, for the end-to-end tests: started with the accounts a test
// gives it, waited for until it has written its endpoint file, and asked over HTTP. (The sandbox in this
// process: sandboxfixture.h.)
#include "cliprocess.h"
#include "endpointtable.h"
#include "sandboxaccounts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>

#include <memory>

class SandboxProcess
{
public:
    ~SandboxProcess() { stop(); }

    // The --accounts file's JSON (SandboxAccounts::fromJson() reads it back).
    static QByteArray accountsJson(const QList<SandboxAccount> &accounts)
    {
        QJsonArray list;
        for (const SandboxAccount &account : accounts) {
            QJsonArray workspaces;
            for (const SandboxWorkspace &w : account.workspaces) {
                QJsonObject o {{QStringLiteral("name"), w.name},
                               {QStringLiteral("site_id"), w.siteId},
                               {QStringLiteral("track_api_key"), w.trackApiKey},
                               {QStringLiteral("environment_id"), w.environmentId}};
                if (!w.appApiKeys.isEmpty())
                    o.insert(QStringLiteral("app_api_keys"), QJsonArray::fromStringList(w.appApiKeys));
                workspaces.append(o);
            }
            list.append(
                QJsonObject {{QStringLiteral("region"), account.region}, {QStringLiteral("workspaces"), workspaces}});
        }
        return QJsonDocument(QJsonObject {{QStringLiteral("accounts"), list}}).toJson();
    }

    // Starts `sandbox --write-endpoints endpointsFile` and args with cli's binary and environment, and
    // waits until the endpoint file is there (written with QSaveFile: whole once it exists). False, with
    // the reason in *error, when the process ends first or takes longer than 15 s.
    bool start(CliProcess *cli, const QString &endpointsFile, const QStringList &args, QString *error)
    {
        m_cli = cli;
        m_endpointsFile = endpointsFile;
        cli->start(&m_process,
                   QStringList {QStringLiteral("sandbox"), QStringLiteral("--write-endpoints"), endpointsFile} + args);
        const bool written = QTest::qWaitFor(
            [this] { return QFile::exists(m_endpointsFile) || m_process.state() == QProcess::NotRunning; }, 15000);
        if (!written || !QFile::exists(m_endpointsFile)) {
            *error =
                QStringLiteral("the sandbox did not start: ") + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        QFile file(m_endpointsFile);
        if (!file.open(QIODevice::ReadOnly) || !EndpointTable::fromJson(file.readAll(), &m_endpoints, error))
            return false;
        return true;
    }

    // Kills the process and keeps its output among the runner's.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
        if (m_cli)
            m_cli->collect(m_process.readAllStandardOutput() + m_process.readAllStandardError());
    }

    QString endpointsFile() const { return m_endpointsFile; }
    qint64 processId() const { return m_process.processId(); }
    const EndpointTable &endpoints() const { return m_endpoints; }

    // GET (or POST postBody) path, with its query, on the US Track host, where the inspection API
    // (/__sandbox/...) answers too; the body of the answer, empty when none came within 10 s.
    QByteArray request(const QString &pathAndQuery, const QByteArray &postBody = {}) const
    {
        QNetworkAccessManager network;
        QUrl url = m_endpoints.trackUrl(Region::Us);
        url.setPath(pathAndQuery.section(u'?', 0, 0));
        url.setQuery(pathAndQuery.section(u'?', 1));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(postBody.isEmpty() ? network.get(request)
                                                                : network.post(request, postBody));
        if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 10000))
            qWarning("the sandbox did not answer %s", qPrintable(pathAndQuery));
        return reply->readAll();
    }

private:
    CliProcess *m_cli = nullptr;
    QProcess m_process;
    QString m_endpointsFile;
    EndpointTable m_endpoints;
};
