// cio-console sandbox: the offline Customer.io stand-in, run alone until killed.
#include "clirunner.h"

#include "cli.h"
#include "sandboxserver.h"

#include <QFile>
#include <QSaveFile>
#include <QTextStream>

void CliRunner::runSandbox()
{
    m_parser.addOptions({
        {QStringLiteral("ports"), tr("Ports of Track US, Track EU, App US, App EU (0 = any free port)."),
         QStringLiteral("a,b,c,d"), QStringLiteral("0,0,0,0")},
        {QStringLiteral("write-endpoints"), tr("Write a CIO_CONSOLE_ENDPOINTS file once listening."),
         QStringLiteral("FILE")},
        {QStringLiteral("accounts"), tr("Load accounts from a JSON file instead of the demo set."),
         QStringLiteral("FILE")},
    });
    if (!parse(m_parser, 1))
        return;
    const QStringList parts = m_parser.value(QStringLiteral("ports")).split(u',');
    QList<quint16> ports;
    for (const QString &part : parts) {
        bool ok = false;
        const uint port = part.trimmed().toUInt(&ok);
        if (!ok || port > 65535) {
            fail(Cli::UsageError, tr("--ports: expected four port numbers 0-65535 separated by commas (got \"%1\")")
                                      .arg(m_parser.value(QStringLiteral("ports"))));
            return;
        }
        ports.append(quint16(port));
    }
    if (ports.size() != 4) {
        fail(Cli::UsageError, tr("--ports: expected four ports: Track US, Track EU, App US, App EU"));
        return;
    }
    m_sandbox = new SandboxServer(this);
    QString error;
    if (m_parser.isSet(QStringLiteral("accounts"))) {
        QFile file(m_parser.value(QStringLiteral("accounts")));
        QList<SandboxAccount> accounts;
        if (!file.open(QIODevice::ReadOnly)) {
            fail(Cli::UsageError, tr("--accounts: cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return;
        }
        if (!SandboxServer::accountsFromJson(file.readAll(), &accounts, &error)) {
            fail(Cli::UsageError, tr("--accounts: %1").arg(error));
            return;
        }
        m_sandbox->setAccounts(accounts);
    }
    if (!m_sandbox->start(ports, &error)) {
        fail(Cli::CallFailed, tr("sandbox: %1").arg(error));
        return;
    }
    out() << tr("Sandbox listening on 127.0.0.1:\n");
    for (auto host : {SandboxServer::Host::TrackUs, SandboxServer::Host::TrackEu, SandboxServer::Host::ApiUs,
                      SandboxServer::Host::ApiEu})
        out() << QStringLiteral("  %1  %2\n").arg(SandboxServer::hostName(host), -9).arg(m_sandbox->baseUrl(host).toString());
    if (!m_parser.isSet(QStringLiteral("accounts"))) {
        // Demo credentials are public sample values, printed so curl and Postman users can try them.
        out() << tr("Demo workspaces (Site ID / Track API key): ");
        QStringList demo;
        for (const SandboxAccount &account : m_sandbox->accounts())
            for (const SandboxWorkspace &w : account.workspaces)
                demo << QStringLiteral("%1 [%2] %3 / %4").arg(w.name, account.region, w.siteId, w.trackApiKey);
        out() << demo.join(QStringLiteral("; ")) << u'\n';
    }
    out() << tr("Endpoint file content (CIO_CONSOLE_ENDPOINTS):\n") << QString::fromUtf8(m_sandbox->endpointsJson())
          << Qt::endl;
    if (m_parser.isSet(QStringLiteral("write-endpoints"))) {
        QSaveFile file(m_parser.value(QStringLiteral("write-endpoints")));
        if (!file.open(QIODevice::WriteOnly) || file.write(m_sandbox->endpointsJson()) < 0 || !file.commit()) {
            fail(Cli::UsageError, tr("--write-endpoints: cannot write %1: %2").arg(file.fileName(), file.errorString()));
            return;
        }
    }
    // Runs until the process is killed.
}
