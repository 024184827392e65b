// The sandbox over HTTPS with a CA generated here by the openssl CLI, against TrackClient: the CA named
// by the endpoint file ("ca") is trusted for the table's hosts; an unknown CA or a certificate for
// another host fails closed as a NetworkError naming TLS, with nothing received by the server.
#include "regiondetector.h"
#include "sandboxserver.h"
#include "support/cliprocess.h"
#include "support/sandboxfixture.h"
#include "support/sandboxprocess.h"
#include "trackclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using Host = SandboxServer::Host;
using Outcome = RequestRecord::Outcome;

class tst_SandboxTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_openssl;
    const TrackCredentials m_eu = SandboxFixture::euCredentials();

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool openssl(const QStringList &arguments)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(m_openssl, arguments);
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning("openssl %s failed: %s", qPrintable(arguments.join(u' ')), p.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    // A CA (name.ca.pem/.key) or a host certificate issued by the CA "ca" for subjectAltName san (none when
    // empty), signed with digest.
    bool makeCa(const QString &name)
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                        QStringLiteral("-out"), name + QStringLiteral(".pem"), QStringLiteral("-days"),
                        QStringLiteral("2"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=Region Console test CA ") + name, QStringLiteral("-addext"),
                        QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                        QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    }
    bool makeHost(const QString &name, const QString &ca, const QString &san,
                  const QString &digest = QStringLiteral("-sha256"))
    {
        QFile ext(path(name + QStringLiteral(".ext")));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n");
        if (!san.isEmpty())
            ext.write("subjectAltName=" + san.toUtf8() + "\n");
        ext.close();
        return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                        QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=") + name})
            && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        name + QStringLiteral(".csr"), QStringLiteral("-CA"), ca + QStringLiteral(".pem"),
                        QStringLiteral("-CAkey"), ca + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"),
                        digest, QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-out"),
                        name + QStringLiteral(".pem"), QStringLiteral("-extfile"), name + QStringLiteral(".ext")});
    }

    bool startTls(SandboxServer *server, const QString &host)
    {
        QSslConfiguration configuration;
        QString error;
        if (!SandboxServer::tlsConfigurationFromFiles(path(host + QStringLiteral(".pem")),
                                                      path(host + QStringLiteral(".key")), &configuration, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        server->setTlsConfiguration(configuration);
        return server->start({0, 0, 0, 0, 0, 0}, &error);
    }

    RequestRecord send(const EndpointTable &table, const TrackCall &call, Region via)
    {
        return SandboxFixture::sendAndWait(table, call, m_eu, via, {}, 5000);
    }

    static EndpointTable table(const SandboxServer &server, const QString &caFile)
    {
        EndpointTable t;
        QString error;
        if (!EndpointTable::fromJson(server.endpointsJson(caFile), &t, &error))
            qWarning("%s", qPrintable(error));
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!m_openssl.isEmpty(), "the openssl CLI is needed to generate the test CA (apt-get install openssl)");
        QVERIFY(m_dir.isValid());
        QVERIFY(makeCa(QStringLiteral("ca")));
        QVERIFY(makeCa(QStringLiteral("other-ca")));
        QVERIFY(
            makeHost(QStringLiteral("loopback"), QStringLiteral("ca"), QStringLiteral("IP:127.0.0.1,DNS:localhost")));
        QVERIFY(makeHost(QStringLiteral("wrong-host"), QStringLiteral("ca"), QStringLiteral("DNS:wrong.example")));
        QVERIFY(makeHost(QStringLiteral("sha1-host"), QStringLiteral("ca"), QStringLiteral("IP:127.0.0.1"),
                         QStringLiteral("-sha1")));
        QVERIFY(makeHost(QStringLiteral("no-san"), QStringLiteral("ca"), QString()));
    }

    void trustedCaServesHttps()
    {
        SandboxServer server;
        QVERIFY(startTls(&server, QStringLiteral("loopback")));
        QVERIFY(server.isTls());
        QCOMPARE(server.baseUrl(Host::TrackEu).scheme(), QStringLiteral("https"));
        const EndpointTable t = table(server, path(QStringLiteral("ca.pem")));
        QCOMPARE(t.caCertificates().size(), 1);

        // An EU account via the US host: both hops over TLS, the redirect followed.
        const RequestRecord r =
            send(t, TrackCall::event(QStringLiteral("ada"), QStringLiteral("signed_up")), Region::Us);
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.error));
        QCOMPARE(r.hops.size(), 2);
        QCOMPARE(r.hops.at(1).url.scheme(), QStringLiteral("https"));
        QCOMPARE(server.receivedRequests().size(), 2);

        TrackClient client(t);
        RegionDetector detector(&client);
        std::optional<RegionInfo> info;
        detector.detect(m_eu, Region::Eu, QStringLiteral("w"), this,
                        [&info](const RegionInfo &i, const RequestRecord &) { info = i; });
        QTRY_VERIFY(info.has_value());
        QVERIFY2(info->ok, qPrintable(info->error));
        QCOMPARE(info->region, Region::Eu);
    }

    void failsClosed_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("ca"); // empty: no "ca" in the endpoint file
        QTest::addColumn<QString>("reason");
        QTest::newRow("no ca in the endpoint file")
            << QStringLiteral("loopback") << QString() << QStringLiteral("issuer");
        QTest::newRow("another ca") << QStringLiteral("loopback") << QStringLiteral("other-ca.pem")
                                    << QStringLiteral("issuer");
        QTest::newRow("certificate for another host")
            << QStringLiteral("wrong-host") << QStringLiteral("ca.pem") << QStringLiteral("host name did not match");
        // The reason named, never "Unknown error" (a SHA-1 signature: sha1CertificateIsNamed()).
        QTest::newRow("no subjectAltName")
            << QStringLiteral("no-san") << QStringLiteral("ca.pem") << QStringLiteral("no subjectAltName");
    }
    void failsClosed()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, ca);
        QFETCH(QString, reason);
        SandboxServer server;
        QVERIFY(startTls(&server, certificate));
        const EndpointTable t = table(server, ca.isEmpty() ? QString() : path(ca));
        const RequestRecord r = send(t, TrackCall::identify(QStringLiteral("ada"), {}), Region::Eu);
        QCOMPARE(r.outcome, Outcome::NetworkError);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error.contains(QStringLiteral("TLS")), qPrintable(r.error));
        QVERIFY2(r.error.contains(reason, Qt::CaseInsensitive), qPrintable(r.error));
        QVERIFY2(!r.error.contains(QStringLiteral("Unknown error")), qPrintable(r.error));
        QVERIFY(server.receivedRequests().isEmpty()); // nothing (no credentials) got through
    }

    // Qt's own TLS server will not present a SHA-1 certificate, so an old server is played by openssl
    // s_server over TLS 1.2 below OpenSSL's default security level. Qt reports the refusal as "Unknown
    // error"; the console names the reason.
    void sha1CertificateIsNamed()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess server;
        server.setWorkingDirectory(m_dir.path());
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(m_openssl,
                     {QStringLiteral("s_server"), QStringLiteral("-cert"), QStringLiteral("sha1-host.pem"),
                      QStringLiteral("-key"), QStringLiteral("sha1-host.key"), QStringLiteral("-accept"),
                      QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-cipher"),
                      QStringLiteral("DEFAULT:@SECLEVEL=0"), QStringLiteral("-tls1_2"), QStringLiteral("-www")});
        QVERIFY(QTest::qWaitFor(
            [&server] { return server.state() == QProcess::NotRunning || server.readAll().contains("ACCEPT"); },
            15000));
        QCOMPARE(server.state(), QProcess::Running);
        const QString host = QStringLiteral("https://127.0.0.1:%1").arg(port);
        const QString unused = QStringLiteral("https://127.0.0.%1:9");
        const QByteArray json =
            QJsonDocument(
                QJsonObject {
                    {QStringLiteral("us"),
                     QJsonObject {{QStringLiteral("track"), host}, {QStringLiteral("api"), unused.arg(2)}}},
                    {QStringLiteral("eu"),
                     QJsonObject {{QStringLiteral("track"), unused.arg(3)}, {QStringLiteral("api"), unused.arg(4)}}},
                    {QStringLiteral("ca"), path(QStringLiteral("ca.pem"))},
                })
                .toJson();
        EndpointTable t;
        QString error;
        QVERIFY2(EndpointTable::fromJson(json, &t, &error), qPrintable(error));
        const RequestRecord r = send(t, TrackCall::identify(QStringLiteral("ada"), {}), Region::Us);
        server.kill();
        server.waitForFinished(5000);
        QCOMPARE(r.outcome, Outcome::NetworkError);
        QVERIFY2(r.error.contains(QStringLiteral("signed with SHA-1")), qPrintable(r.error));
        QVERIFY2(!r.error.contains(QStringLiteral("Unknown error")), qPrintable(r.error));
    }

    void cliServesHttpsAndWritesTheCa()
    {
        CliProcess cli;
        QVERIFY2(QFile::exists(cli.binary()), "CIO_CONSOLE_BINARY must name the built cio-console (run through ctest)");
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start(&cli, path(QStringLiteral("endpoints.json")),
                               {QStringLiteral("--tls-cert"), path(QStringLiteral("loopback.pem")),
                                QStringLiteral("--tls-key"), path(QStringLiteral("loopback.key")),
                                QStringLiteral("--tls-ca"), path(QStringLiteral("ca.pem"))},
                               &error),
                 qPrintable(error));
        const EndpointTable &t = sandbox.endpoints();
        QCOMPARE(t.trackUrl(Region::Eu).scheme(), QStringLiteral("https"));
        QCOMPARE(t.caFile(), path(QStringLiteral("ca.pem")));
        const RequestRecord r = send(t, TrackCall::region(), Region::Eu);
        sandbox.stop();
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxTls)
#include "tst_sandboxtls.moc"
