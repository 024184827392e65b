// cio-console sandbox: the offline Customer.io stand-in, run alone until killed.
#include "clirunner.h"

#include "cli.h"
#include "sandboxserver.h"

#include <QFile>
#include <QFileInfo>
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
        {QStringLiteral("fault"),
         tr("Start HOST (track-us, track-eu, api-us, api-eu or all) with a fault: none, delay[:MS], hang, reset, "
            "status[:500|502|503], rate-limit[:SECONDS], malformed-json, oversized, redirect-outside[:URL]. "
            "Repeatable; switch at run time with POST /__sandbox/fault."),
         QStringLiteral("HOST=FAULT")},
        {QStringLiteral("redirect-status"), tr("Status of wrong-region redirects: 301 (default), 302, 307 or 308."),
         QStringLiteral("CODE"), QStringLiteral("301")},
        {QStringLiteral("tls-cert"), tr("Serve HTTPS with this PEM certificate (chain) file; needs --tls-key."),
         QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), tr("The unencrypted PEM private key of --tls-cert."), QStringLiteral("FILE")},
        {QStringLiteral("tls-ca"), tr("CA certificate file named as \"ca\" in the --write-endpoints file."),
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
            fail(Cli::UsageError,
                 tr("--ports: expected four port numbers 0-65535 separated by commas (got \"%1\")")
                     .arg(m_parser.value(QStringLiteral("ports"))));
            return;
        }
        ports.append(quint16(port));
    }
    if (ports.size() != 4) {
        fail(Cli::UsageError, tr("--ports: expected four ports: Track US, Track EU, App US, App EU"));
        return;
    }
    // Every option is checked before anything listens.
    QList<std::pair<QString, SandboxFault>> faults;
    for (const QString &value : m_parser.values(QStringLiteral("fault"))) {
        const qsizetype equals = value.indexOf(u'=');
        const QString hostName = equals < 0 ? QString() : value.left(equals).trimmed();
        if (equals < 0 || (!SandboxServer::hostFromName(hostName) && hostName != u"all")) {
            fail(Cli::UsageError,
                 tr("--fault: expected HOST=FAULT with HOST one of track-us, track-eu, api-us, api-eu, "
                    "all (got \"%1\")")
                     .arg(value));
            return;
        }
        SandboxFault fault;
        QString faultError;
        if (!SandboxFault::fromSpec(value.mid(equals + 1), &fault, &faultError)) {
            fail(Cli::UsageError, tr("--fault: %1").arg(faultError));
            return;
        }
        faults.append({hostName, fault});
    }
    const int redirectStatus = m_parser.value(QStringLiteral("redirect-status")).toInt();
    if (redirectStatus != 301 && redirectStatus != 302 && redirectStatus != 307 && redirectStatus != 308) {
        fail(Cli::UsageError,
             tr("--redirect-status: expected 301, 302, 307 or 308 (got \"%1\")")
                 .arg(m_parser.value(QStringLiteral("redirect-status"))));
        return;
    }
    const bool tls = m_parser.isSet(QStringLiteral("tls-cert")) || m_parser.isSet(QStringLiteral("tls-key"));
    QSslConfiguration tlsConfiguration;
    if (tls) {
        QString tlsError;
        if (!m_parser.isSet(QStringLiteral("tls-cert")) || !m_parser.isSet(QStringLiteral("tls-key"))) {
            fail(Cli::UsageError, tr("--tls-cert and --tls-key go together"));
            return;
        }
        if (!SandboxServer::tlsConfigurationFromFiles(m_parser.value(QStringLiteral("tls-cert")),
                                                      m_parser.value(QStringLiteral("tls-key")), &tlsConfiguration,
                                                      &tlsError)) {
            fail(Cli::UsageError, tr("--tls-cert/--tls-key: %1").arg(tlsError));
            return;
        }
    }
    QString caFile;
    if (m_parser.isSet(QStringLiteral("tls-ca"))) {
        const QFileInfo ca(m_parser.value(QStringLiteral("tls-ca")));
        if (!ca.isReadable()) {
            fail(Cli::UsageError, tr("--tls-ca: cannot read %1").arg(ca.filePath()));
            return;
        }
        caFile = ca.absoluteFilePath();
    }

    m_sandbox = new SandboxServer(this);
    m_sandbox->setRedirectStatus(redirectStatus);
    for (const auto &[hostName, fault] : std::as_const(faults)) {
        for (auto host : {SandboxServer::Host::TrackUs, SandboxServer::Host::TrackEu, SandboxServer::Host::ApiUs,
                          SandboxServer::Host::ApiEu}) {
            if (hostName == u"all" || SandboxServer::hostName(host) == hostName)
                m_sandbox->setFault(host, fault);
        }
    }
    if (tls)
        m_sandbox->setTlsConfiguration(tlsConfiguration);
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
                      SandboxServer::Host::ApiEu}) {
        const SandboxFault fault = m_sandbox->fault(host);
        const QString faultText =
            fault.kind == SandboxFault::Kind::None ? QString() : tr("  fault: %1").arg(fault.toSpec());
        out() << QStringLiteral("  %1  %2%3\n")
                     .arg(SandboxServer::hostName(host).leftJustified(9), m_sandbox->baseUrl(host).toString(),
                          faultText);
    }
    if (!m_parser.isSet(QStringLiteral("accounts"))) {
        // Demo credentials are public sample values, printed so curl and Postman users can try them.
        out() << tr("Demo workspaces (Site ID / Track API key): ");
        QStringList demo;
        for (const SandboxAccount &account : m_sandbox->accounts())
            for (const SandboxWorkspace &w : account.workspaces)
                demo << QStringLiteral("%1 [%2] %3 / %4").arg(w.name, account.region, w.siteId, w.trackApiKey);
        out() << demo.join(QStringLiteral("; ")) << u'\n';
    }
    out() << tr("Endpoint file content (CIO_CONSOLE_ENDPOINTS):\n")
          << QString::fromUtf8(m_sandbox->endpointsJson(caFile)) << Qt::endl;
    if (m_parser.isSet(QStringLiteral("write-endpoints"))) {
        QSaveFile file(m_parser.value(QStringLiteral("write-endpoints")));
        if (!file.open(QIODevice::WriteOnly) || file.write(m_sandbox->endpointsJson(caFile)) < 0 || !file.commit()) {
            fail(Cli::UsageError,
                 tr("--write-endpoints: cannot write %1: %2").arg(file.fileName(), file.errorString()));
            return;
        }
    }
    // Runs until the process is killed.
}
