// The production path, end to end (issue 21): the sandbox serves HTTPS for the real host names
// (track.customer.io, track-eu.customer.io, api.customer.io, api-eu.customer.io, cdp.customer.io,
// cdp-eu.customer.io) on port 443, each on its own loopback address, with a certificate of a CA made here.
// Inside this test alone (a private mount namespace: the test re-executes itself under `unshare --mount`, as
// root) /etc/hosts points the names at those addresses and /etc/ssl/certs holds the test CA. Then, unmodified
// and with their default regions: the console's CLI and window with no endpoint override, and customerio-node
// and cdp-analytics-node (tests/node/production-path.js), including an EU account's calls sent to the US hosts
// and followed to the EU hosts with their credentials, and each Pipelines source's key on its region's host.
// When any of this cannot be set up, the test fails; it never skips.
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "sandboxserver.h"
#include "support/cliprocess.h"
#include "support/namedchild.h"
#include "support/testhome.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include <unistd.h>

using Host = SandboxServer::Host;

namespace {
const char *const insideVariable = "CIO_PRODUCTION_PATH_NAMESPACE";
const QStringList hostNames {QStringLiteral("track.customer.io"), QStringLiteral("track-eu.customer.io"),
                             QStringLiteral("api.customer.io"),   QStringLiteral("api-eu.customer.io"),
                             QStringLiteral("cdp.customer.io"),   QStringLiteral("cdp-eu.customer.io")};
} // namespace

class tst_ProductionPath : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestHome m_home;
    CliProcess m_cli;
    SandboxServer m_server;
    QString m_openssl;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool run(const QString &program, const QStringList &arguments, int timeoutMs = 30000)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(program, arguments);
        if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning("%s %s failed: %s%s", qPrintable(program), qPrintable(arguments.join(u' ')),
                     p.readAllStandardOutput().constData(), p.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    bool writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

    // A CA, and a certificate it issues for the six host names.
    bool makeCertificates()
    {
        QStringList san;
        for (const QString &name : hostNames)
            san << QStringLiteral("DNS:") + name;
        return writeFile(QStringLiteral("hosts.ext"),
                         "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
                         "subjectAltName="
                             + san.join(u',').toUtf8() + "\n")
            && run(m_openssl,
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                    QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=Region Console production-path test CA"),
                    QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                    QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")})
            && run(m_openssl,
                   {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    QStringLiteral("hosts.key"), QStringLiteral("-out"), QStringLiteral("hosts.csr"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=track.customer.io")})
            && run(m_openssl,
                   {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("hosts.csr"),
                    QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-out"), QStringLiteral("hosts.pem"), QStringLiteral("-extfile"),
                    QStringLiteral("hosts.ext")});
    }

    // /etc/ssl/certs as OpenSSL (and so Qt) reads it: the test CA under its subject hash, and as the bundle.
    bool makeTrustStore()
    {
        QProcess hash;
        hash.start(m_openssl,
                   {QStringLiteral("x509"), QStringLiteral("-hash"), QStringLiteral("-noout"), QStringLiteral("-in"),
                    path(QStringLiteral("ca.pem"))});
        if (!hash.waitForFinished(10000) || hash.exitCode() != 0)
            return false;
        const QString name = QString::fromLatin1(hash.readAllStandardOutput().trimmed()) + QStringLiteral(".0");
        return QDir().mkpath(path(QStringLiteral("certs")))
            && QFile::copy(path(QStringLiteral("ca.pem")), path(QStringLiteral("certs/")) + name)
            && QFile::copy(path(QStringLiteral("ca.pem")), path(QStringLiteral("certs/ca-certificates.crt")));
    }

    // Six free addresses 127.A.B.1–6 with port 443 free on each: the sandbox listens there.
    bool startSandbox(QList<QHostAddress> *addresses)
    {
        QSslConfiguration tls;
        QString error;
        if (!SandboxServer::tlsConfigurationFromFiles(path(QStringLiteral("hosts.pem")),
                                                      path(QStringLiteral("hosts.key")), &tls, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_server.setTlsConfiguration(tls);
        m_server.setHostNames(hostNames);
        for (int attempt = 0; attempt < 20; ++attempt) {
            const quint32 base = (127u << 24) | (QRandomGenerator::global()->bounded(16u, 250u) << 16)
                | (QRandomGenerator::global()->bounded(1u, 250u) << 8);
            *addresses = {QHostAddress(base | 1), QHostAddress(base | 2), QHostAddress(base | 3),
                          QHostAddress(base | 4), QHostAddress(base | 5), QHostAddress(base | 6)};
            if (m_server.start({443, 443, 443, 443, 443, 443}, *addresses, &error))
                return true;
        }
        qWarning("the sandbox cannot listen on port 443: %s", qPrintable(error));
        return false;
    }

    bool bindMount(const QString &source, const QString &target)
    {
        return run(QStringLiteral("mount"), {QStringLiteral("--bind"), source, target});
    }

    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment env = m_home.environment(); // no CIO_CONSOLE_ENDPOINTS: the built-in table
        env.insert(QStringLiteral("CIO_TRACK_API_KEY"), QStringLiteral("demo-eu-track-key"));
        env.insert(QStringLiteral("CIO_APP_API_KEY"), QStringLiteral("demo-eu-app-key"));
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet(insideVariable), "not re-executed in a private mount namespace");
        QCOMPARE(::geteuid(), uid_t(0));
        QVERIFY2(QFile::symLinkTarget(QStringLiteral("/proc/self/ns/mnt"))
                     != QFile::symLinkTarget(QStringLiteral("/proc/1/ns/mnt")),
                 "not in a mount namespace of its own: the hosts file would change for everyone");
        QVERIFY(m_dir.isValid());
        QVERIFY(m_home.isValid());
        QVERIFY(!m_cli.binary().isEmpty());
        m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!m_openssl.isEmpty(), "the openssl CLI is needed to make the test CA");

        // customerio-node first, while the registry's names and certificates are the system's.
        const QString cache = qEnvironmentVariable("CIO_NODE_CACHE");
        QVERIFY2(!cache.isEmpty(), "CIO_NODE_CACHE is not set");
        QVERIFY(run(QStringLiteral("bash"),
                    {QStringLiteral(CIO_SOURCE_DIR "/tests/node/install-customerio-node.sh"), cache}, 300000));

        QVERIFY(makeCertificates());
        QVERIFY(makeTrustStore());
        QList<QHostAddress> addresses;
        QVERIFY(startSandbox(&addresses));
        QFile systemHosts(QStringLiteral("/etc/hosts"));
        QVERIFY(systemHosts.open(QIODevice::ReadOnly));
        QByteArray hosts = systemHosts.readAll() + "\n# tst_productionpath\n";
        for (qsizetype i = 0; i < hostNames.size(); ++i)
            hosts += addresses.at(i).toString().toLatin1() + ' ' + hostNames.at(i).toLatin1() + '\n';
        QVERIFY(writeFile(QStringLiteral("hosts"), hosts));
        QVERIFY(bindMount(path(QStringLiteral("hosts")), QStringLiteral("/etc/hosts")));
        QVERIFY(bindMount(path(QStringLiteral("certs")), QStringLiteral("/etc/ssl/certs")));

        for (qsizetype i = 0; i < hostNames.size(); ++i) {
            const QHostInfo info = QHostInfo::fromName(hostNames.at(i));
            QVERIFY2(info.addresses().contains(addresses.at(i)), qPrintable(hostNames.at(i)));
        }
        QCOMPARE(m_server.baseUrl(Host::TrackEu).toString(), QStringLiteral("https://track-eu.customer.io"));
    }

    // The console's CLI with the built-in endpoint table and the system's trust store.
    void cliWithTheBuiltInTable()
    {
        m_server.clearReceivedRequests();
        CliResult r =
            m_cli.run({QStringLiteral("region"), QStringLiteral("--site-id"), QStringLiteral("demo-eu-site"),
                       QStringLiteral("--check-app-key"), QStringLiteral("--other-region"), QStringLiteral("--json")},
                      {}, cliEnvironment());
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const QJsonObject region = r.json();
        QCOMPARE(region.value(QStringLiteral("region")).toString(), QStringLiteral("eu"));
        QVERIFY2(r.out.contains("track-eu.customer.io") || r.out.contains("track.customer.io"), r.out.constData());

        // An EU account's event through the US host: redirected, handled by the EU host.
        r = m_cli.run({QStringLiteral("send"), QStringLiteral("event"), QStringLiteral("--site-id"),
                       QStringLiteral("demo-eu-site"), QStringLiteral("--via"), QStringLiteral("us"),
                       QStringLiteral("--id"), QStringLiteral("ada"), QStringLiteral("--name"),
                       QStringLiteral("signed_up"), QStringLiteral("--json")},
                      {}, cliEnvironment());
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const QJsonArray hops = r.json().value(QStringLiteral("hops")).toArray();
        QCOMPARE(hops.size(), 2);
        QVERIFY(hops.at(0)
                    .toObject()
                    .value(QStringLiteral("url"))
                    .toString()
                    .startsWith(QStringLiteral("https://track.customer.io/api/v1/customers/ada/events")));
        QVERIFY(hops.at(1)
                    .toObject()
                    .value(QStringLiteral("url"))
                    .toString()
                    .startsWith(QStringLiteral("https://track-eu.customer.io/api/v1/customers/ada/events")));

        // And by default: the detected region's host, one hop.
        r = m_cli.run({QStringLiteral("send"), QStringLiteral("identify"), QStringLiteral("--site-id"),
                       QStringLiteral("demo-eu-site"), QStringLiteral("--id"), QStringLiteral("ada"),
                       QStringLiteral("--json")},
                      {}, cliEnvironment());
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(QStringLiteral("hops")).toArray().size(), 1);

        QStringList seen;
        for (const SandboxRequest &request : m_server.receivedRequests())
            seen << request.host + u' ' + request.method + u' ' + QString::number(request.status);
        QVERIFY2(seen.contains(QStringLiteral("track-us POST 301")), qPrintable(seen.join(u',')));
        QVERIFY2(seen.contains(QStringLiteral("track-eu POST 200")), qPrintable(seen.join(u',')));
        QVERIFY2(seen.contains(QStringLiteral("api-eu GET 200")), qPrintable(seen.join(u',')));
        QVERIFY2(seen.contains(QStringLiteral("api-us GET 401")), qPrintable(seen.join(u',')));
        QVERIFY(m_server.workspaceState(QStringLiteral("demo-eu-site")).value(QStringLiteral("people")).toArray().size()
                == 1);
    }

    // The window with the built-in table (no CIO_CONSOLE_ENDPOINTS): adding an EU workspace checks its
    // region on the real Track host names and shows the EU host.
    void windowWithTheBuiltInTable()
    {
        m_server.clearReceivedRequests();
        MemoryCredentialStore keys;
        MainWindow::Options options;
        options.settingsPath = m_home.settingsPath();
        options.logPath = m_home.logPath();
        options.credentialStore = &keys;
        MainWindow window(options);
        window.show();
        // With no workspace the window opens on its own sandbox, where Add only practises: leave it first.
        QTRY_VERIFY(window.isOnSandbox());
        window.leaveSandbox();
        CIO_CHILD(QAction, add, &window, QStringLiteral("addWorkspaceAction"));
        add->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("workspaceDialog"))) && dialog->isVisible());
        CIO_CHILD(QLineEdit, name, dialog, QStringLiteral("nameEdit"));
        CIO_CHILD(QLineEdit, siteId, dialog, QStringLiteral("siteIdEdit"));
        CIO_CHILD(QLineEdit, key, dialog, QStringLiteral("trackKeyEdit"));
        CIO_CHILD(QPushButton, ok, dialog, QStringLiteral("addWorkspaceOkButton"));
        QTest::keyClicks(name, QStringLiteral("Production"));
        QTest::keyClicks(siteId, QStringLiteral("demo-eu-site"));
        QTest::keyClicks(key, QStringLiteral("demo-eu-track-key"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isOnSandbox(), 20000);
        CIO_CHILD(QLabel, region, &window, QStringLiteral("regionValue"));
        QTRY_COMPARE_WITH_TIMEOUT(region->text(), QStringLiteral("European Union (eu)"), 20000);
        CIO_CHILD(QLabel, trackHost, &window, QStringLiteral("trackHostValue"));
        QCOMPARE(trackHost->text(), QStringLiteral("https://track-eu.customer.io"));
        bool checked = false;
        for (const SandboxRequest &request : m_server.receivedRequests())
            checked |= request.path == QStringLiteral("/api/v1/accounts/region") && request.siteId == u"demo-eu-site"
                && request.status == 200;
        QVERIFY(checked);
    }

    // customerio-node, unmodified, default regions; it trusts the test CA through NODE_EXTRA_CA_CERTS.
    void customerioNode()
    {
        m_server.clearState();
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_EXTRA_CA_CERTS"), path(QStringLiteral("ca.pem")));
        env.insert(QStringLiteral("CIO_NODE_MODULES"),
                   qEnvironmentVariable("CIO_NODE_CACHE") + QStringLiteral("/node_modules"));
        node.setProcessEnvironment(env);
        node.start(QStringLiteral("node"), {QStringLiteral(CIO_SOURCE_DIR "/tests/node/production-path.js")});
        QVERIFY2(node.waitForStarted(10000), "node is not installed");
        // The sandbox answers from this event loop while node runs.
        QVERIFY(QTest::qWaitFor([&node] { return node.state() == QProcess::NotRunning; }, 120000));
        const QByteArray output = node.readAllStandardOutput() + node.readAllStandardError();
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0, output.constData());
        QVERIFY(output.contains("US to EU redirects followed with credentials"));
        QVERIFY(output.contains("Pipelines clients: each source key reached its own region's host by name"));
    }
};

// Outside the namespace: re-executes this binary under `unshare --mount` (util-linux; root), where the
// bind mounts above stay private to it. Its exit status is the test's.
int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet(insideVariable)) {
        qputenv(insideVariable, "1");
        std::vector<char *> arguments {const_cast<char *>("unshare"), const_cast<char *>("--mount"),
                                       const_cast<char *>("--propagation"), const_cast<char *>("private"),
                                       const_cast<char *>("--")};
        for (int i = 0; i < argc; ++i)
            arguments.push_back(argv[i]);
        arguments.push_back(nullptr);
        ::execvp("unshare", arguments.data());
        fprintf(stderr, "FAIL: cannot run unshare --mount (util-linux, as root): %s\n", strerror(errno));
        return 1;
    }
    qunsetenv("CIO_CONSOLE_ENDPOINTS"); // the window reads the built-in table
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    tst_ProductionPath test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_productionpath.moc"
