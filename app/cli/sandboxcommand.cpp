#include "sandboxcommand.h"

#include "cli.h"
#include "outputformatter.h"
#include "sandboxaccounts.h"
#include "sandboxserver.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

SandboxCommand::SandboxCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent)
    : Command(environment, synopsis, parent)
{ }

void SandboxCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("ports"),
         tr("Ports of Track US, Track EU, App US, App EU and, optionally, Pipelines US, Pipelines EU (0 = any "
            "free port; Pipelines hosts not given take any free port)."),
         QStringLiteral("a,b,c,d[,e,f]"), QStringLiteral("0,0,0,0,0,0")},
        {QStringLiteral("write-endpoints"), tr("Write a CIO_CONSOLE_ENDPOINTS file once listening."),
         QStringLiteral("FILE")},
        {QStringLiteral("accounts"), tr("Load accounts from a JSON file instead of the demo set."),
         QStringLiteral("FILE")},
        {QStringLiteral("fault"),
         tr("Start HOST (track-us, track-eu, api-us, api-eu, pipelines-us, pipelines-eu or all) with a fault: none, "
            "delay[:MS], hang, reset, "
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
}

void SandboxCommand::run()
{
    // Every option is checked before anything listens.
    Setup setup;
    if (!readPorts(&setup) || !readFaults(&setup))
        return;
    setup.redirectStatus = value(QStringLiteral("redirect-status")).toInt();
    if (setup.redirectStatus != 301 && setup.redirectStatus != 302 && setup.redirectStatus != 307
        && setup.redirectStatus != 308) {
        fail(Cli::UsageError,
             tr("--redirect-status: expected 301, 302, 307 or 308 (got \"%1\")")
                 .arg(value(QStringLiteral("redirect-status"))));
        return;
    }
    if (readTls(&setup))
        start(setup);
}

bool SandboxCommand::readPorts(Setup *setup)
{
    for (const QString &part : value(QStringLiteral("ports")).split(u',')) {
        bool ok = false;
        const uint port = part.trimmed().toUInt(&ok);
        if (!ok || port > 65535) {
            fail(Cli::UsageError,
                 tr("--ports: expected four or six port numbers 0-65535 separated by commas (got \"%1\")")
                     .arg(value(QStringLiteral("ports"))));
            return false;
        }
        setup->ports.append(quint16(port));
    }
    // Four ports, as before the Pipelines hosts: those take any free port.
    if (setup->ports.size() == 4)
        setup->ports << 0 << 0;
    if (setup->ports.size() != 6) {
        fail(Cli::UsageError,
             tr("--ports: expected four or six ports: Track US, Track EU, App US, App EU[, Pipelines US, "
                "Pipelines EU]"));
        return false;
    }
    return true;
}

bool SandboxCommand::readFaults(Setup *setup)
{
    for (const QString &spec : parser().values(QStringLiteral("fault"))) {
        const qsizetype equals = spec.indexOf(u'=');
        const QString hostName = equals < 0 ? QString() : spec.left(equals).trimmed();
        if (equals < 0 || (!SandboxServer::hostFromName(hostName) && hostName != u"all")) {
            fail(Cli::UsageError,
                 tr("--fault: expected HOST=FAULT with HOST one of track-us, track-eu, api-us, api-eu, "
                    "pipelines-us, pipelines-eu, all (got \"%1\")")
                     .arg(spec));
            return false;
        }
        SandboxFault fault;
        QString error;
        if (!SandboxFault::fromSpec(spec.mid(equals + 1), &fault, &error)) {
            fail(Cli::UsageError, tr("--fault: %1").arg(error));
            return false;
        }
        setup->faults.append({hostName, fault});
    }
    return true;
}

bool SandboxCommand::readTls(Setup *setup)
{
    if (isSet(QStringLiteral("tls-cert")) || isSet(QStringLiteral("tls-key"))) {
        if (!isSet(QStringLiteral("tls-cert")) || !isSet(QStringLiteral("tls-key"))) {
            fail(Cli::UsageError, tr("--tls-cert and --tls-key go together"));
            return false;
        }
        QSslConfiguration configuration;
        QString error;
        if (!SandboxServer::tlsConfigurationFromFiles(value(QStringLiteral("tls-cert")),
                                                      value(QStringLiteral("tls-key")), &configuration, &error)) {
            fail(Cli::UsageError, tr("--tls-cert/--tls-key: %1").arg(error));
            return false;
        }
        setup->tls = configuration;
    }
    if (isSet(QStringLiteral("tls-ca"))) {
        const QFileInfo ca(value(QStringLiteral("tls-ca")));
        if (!ca.isReadable()) {
            fail(Cli::UsageError, tr("--tls-ca: cannot read %1").arg(ca.filePath()));
            return false;
        }
        setup->caFile = ca.absoluteFilePath();
    }
    return true;
}

void SandboxCommand::start(const Setup &setup)
{
    auto *sandbox = new SandboxServer(this);
    sandbox->setRedirectStatus(setup.redirectStatus);
    for (const auto &[hostName, fault] : setup.faults) {
        for (SandboxServer::Host host : SandboxServer::allHosts()) {
            if (hostName == u"all" || SandboxServer::hostName(host) == hostName)
                sandbox->setFault(host, fault);
        }
    }
    if (setup.tls)
        sandbox->setTlsConfiguration(*setup.tls);
    QString error;
    if (isSet(QStringLiteral("accounts"))) {
        // A regular file of at most 1 MiB: a FIFO or a device is refused without blocking.
        QList<SandboxAccount> accounts;
        if (!SandboxAccounts::fromFile(value(QStringLiteral("accounts")), &accounts, &error)) {
            fail(Cli::UsageError, tr("--accounts: %1").arg(error));
            return;
        }
        sandbox->setAccounts(accounts);
    }
    if (!sandbox->start(setup.ports, &error)) {
        fail(Cli::CallFailed, tr("sandbox: %1").arg(error));
        return;
    }
    m_sandbox = sandbox;
    const QByteArray endpoints = sandbox->endpointsJson(setup.caFile);
    output().sandboxStarted(*sandbox, !isSet(QStringLiteral("accounts")), endpoints);
    if (isSet(QStringLiteral("write-endpoints"))) {
        QSaveFile file(value(QStringLiteral("write-endpoints")));
        if (!file.open(QIODevice::WriteOnly) || file.write(endpoints) < 0 || !file.commit()) {
            fail(Cli::UsageError,
                 tr("--write-endpoints: cannot write %1: %2").arg(file.fileName(), file.errorString()));
            return;
        }
    }
    // Runs until the process is killed.
}
