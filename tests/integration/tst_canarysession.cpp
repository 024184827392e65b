// Issue 17: a whole session of the built binary with canary keys: every command, against a hostile
// server that echoes the keys back in every spelling and place, then against the sandbox with every fault.
// Afterwards no form of any key is in any stream the console printed or any file it wrote (settings, the
// request log and its journal, exports), and every process ended within a second of printing its result.
#include "outsidetext.h"

#include "support/cliprocess.h"
#include "support/hostileserver.h"
#include "support/keyring.h"
#include "support/sandboxprocess.h"
#include "support/secretspellings.h"
#include "support/testhome.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
const QString Site = QStringLiteral("canary-site-0042");
const QString TrackKey = QStringLiteral("cnry/TRACK+k\u00e9y-7d1e");
const QString AppKey = QStringLiteral("cnry-APP-k\u00e9y/5b2d");
// The sandbox's own demo account (its keys are public sample values, not canaries).
const QString DemoSite = QStringLiteral("demo-eu-site");
const QString DemoKey = QStringLiteral("demo-eu-track-key");
} // namespace

class TestCanarySession : public QObject
{
    Q_OBJECT

    TestHome m_home;
    CliProcess m_cli;
    HostileServer m_hosts[4]; // track-us, api-us, track-eu, api-eu
    SandboxProcess m_sandbox;
    QString m_hostileEndpoints;
    int m_answers = 0;
    int m_commands = 0;
    qint64 m_slowestExitMs = 0;

    // Echoes whatever credentials came, in the next spelling and place, round robin.
    HostileServer::Answer echo(const QByteArray &head, int host)
    {
        QByteArray secret;
        for (const QByteArray &line : head.split('\n')) {
            const QByteArray value = line.mid(line.indexOf(':') + 1).trimmed();
            if (line.toLower().startsWith("authorization: basic "))
                secret = QByteArray::fromBase64(value.mid(6)).mid(Site.size() + 1);
            else if (line.toLower().startsWith("authorization: bearer "))
                secret = value.mid(7);
        }
        const auto forms = SecretSpellings::of(Site, QString::fromUtf8(secret));
        const QByteArray form = secret.isEmpty() ? QByteArray("none") : forms.at(m_answers % forms.size()).second;
        const int place = (m_answers++ / forms.size()) % 5;
        const bool region = head.contains("/accounts/region");
        const QByteArray eu = m_hosts[2].url().toEncoded();
        if (place == 0 && host == 0 && !head.startsWith("GET /v1"))
            return {HostileServer::http(301, "Location: " + eu + "/api/v1/accounts/region?k=" + form + "\r\n", {}),
                    HostileServer::End::Close,
                    {}};
        if (place == 1)
            return {HostileServer::http(401, "WWW-Authenticate: Basic " + form + "\r\n",
                                        "{\"meta\":{\"error\":\"bad key " + form + "\"}}"),
                    HostileServer::End::Close,
                    {}};
        if (place == 2)
            return {HostileServer::http(500, "Content-Type: text/plain\r\n", "key=" + form + "\x1b]0;x\x07"),
                    HostileServer::End::Close,
                    {}};
        const QByteArray body = region ? "{\"region\":\"eu\",\"url\":\"https://track-eu.customer.io/" + form
                + "\",\"environment_id\":7,\"echo\":\"" + form + "\"}"
                                       : "{\"echo\":\"" + form + "\"}";
        return {HostileServer::http(200, "X-Echo: " + form + "\r\nContent-Type: application/json\r\n", body),
                HostileServer::End::Close,
                {}};
    }

    CliResult run(const QStringList &args, const QString &endpoints, const QByteArray &input = {},
                  const QMap<QString, QString> &extra = {})
    {
        QProcessEnvironment env = m_home.environment();
        env.insert(QStringLiteral("CIO_CONSOLE_ENDPOINTS"), endpoints);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            env.insert(it.key(), it.value());
        ++m_commands;
        QElapsedTimer timer;
        timer.start();
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(m_cli.binary(), args);
        CliResult r;
        if (!p.waitForStarted(10000))
            return r;
        p.write(input);
        p.closeWriteChannel();
        // The result is printed last: the process must end within a second of its last output.
        qint64 lastOutputAt = 0;
        connect(&p, &QProcess::readyReadStandardOutput, this, [&] { lastOutputAt = timer.elapsed(); });
        connect(&p, &QProcess::readyReadStandardError, this, [&] { lastOutputAt = timer.elapsed(); });
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000))
            p.kill();
        p.waitForFinished(5000);
        m_slowestExitMs = std::max(m_slowestExitMs, timer.elapsed() - lastOutputAt);
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        m_cli.collect(r.out + r.err);
        return r;
    }

    // Every form of every canary: what SecretMask finds, and the plain forms by their own recipes.
    void verifyNoKeyIn(const QByteArray &text, const QString &where)
    {
        const SecretMask detector = SecretMask::forCall(Site, TrackKey, AppKey);
        QVERIFY2(detector.apply(text) == text, qPrintable(where));
        for (const QString &key : {TrackKey, AppKey}) {
            QVERIFY2(!text.contains(key.toUtf8()), qPrintable(where));
            QVERIFY2(!text.contains(SecretSpellings::percentAll(key.toUtf8(), false)), qPrintable(where));
        }
        QVERIFY2(!text.contains((Site + u':' + TrackKey).toUtf8().toBase64()), qPrintable(where));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(m_cli.binary()),
                 "CIO_CONSOLE_BINARY must name the built cio-console (run through ctest)");
        const QString missing = Keyring::missing();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        QVERIFY(m_home.isValid());
        m_cli.setEnvironment(m_home.environment());
        for (int i = 0; i < 4; ++i) {
            QVERIFY(m_hosts[i].listen());
            m_hosts[i].setResponder([this, i](const QByteArray &head) { return echo(head, i); });
        }
        const auto url = [this](int i) { return m_hosts[i].url().toString(); };
        QFile file(m_home.path(QStringLiteral("hostile-endpoints.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject {
                                     {QStringLiteral("us"),
                                      QJsonObject {{QStringLiteral("track"), url(0)}, {QStringLiteral("api"), url(1)}}},
                                     {QStringLiteral("eu"),
                                      QJsonObject {{QStringLiteral("track"), url(2)}, {QStringLiteral("api"), url(3)}}},
                                 })
                       .toJson());
        file.close();
        m_hostileEndpoints = file.fileName();
        QString error;
        QVERIFY2(m_sandbox.start(&m_cli, m_home.path(QStringLiteral("endpoints.json")), {}, &error), qPrintable(error));
    }

    void everyCommandAgainstAnEchoingServer()
    {
        const QString e = m_hostileEndpoints;
        const QMap<QString, QString> siteKey {{QStringLiteral("CIO_TRACK_API_KEY"), TrackKey},
                                              {QStringLiteral("CIO_APP_API_KEY"), AppKey}};
        const QString w = QStringLiteral("Canary");
        run({QStringLiteral("workspace"), QStringLiteral("add"), w, QStringLiteral("--site-id"), Site,
             QStringLiteral("--app-key-stdin"), QStringLiteral("--no-verify")},
            e, (TrackKey + u'\n' + AppKey + u'\n').toUtf8());
        run({QStringLiteral("workspace"), QStringLiteral("list"), QStringLiteral("--json")}, e);
        for (int round = 0; round < 6; ++round) {
            for (const QString &via : {QStringLiteral("us"), QStringLiteral("eu")}) {
                run({QStringLiteral("region"), QStringLiteral("--workspace"), w, QStringLiteral("--via"), via,
                     QStringLiteral("--check-app-key"), QStringLiteral("--other-region"), QStringLiteral("--json")},
                    e);
                run({QStringLiteral("region"), QStringLiteral("--site-id"), Site, QStringLiteral("--via"), via}, e, {},
                    siteKey);
                run({QStringLiteral("send"), QStringLiteral("event"), QStringLiteral("--workspace"), w,
                     QStringLiteral("--via"), via, QStringLiteral("--id"), QStringLiteral("ada"),
                     QStringLiteral("--name"), QStringLiteral("seen"), QStringLiteral("--json")},
                    e);
                run({QStringLiteral("send"), QStringLiteral("identify"), QStringLiteral("--site-id"), Site,
                     QStringLiteral("--via"), via, QStringLiteral("--id"), QStringLiteral("ada")},
                    e, {}, siteKey);
                run({QStringLiteral("send"), QStringLiteral("batch"), QStringLiteral("--workspace"), w,
                     QStringLiteral("--via"), via, QStringLiteral("--data"),
                     QStringLiteral(R"({"batch":[{"type":"person","identifiers":{"id":"1"},"action":"identify"}]})")},
                    e);
            }
        }
        run({QStringLiteral("send"), QStringLiteral("event"), QStringLiteral("--workspace"), w, QStringLiteral("--id"),
             QStringLiteral("ada"), QStringLiteral("--name"), QStringLiteral("burst"), QStringLiteral("--count"),
             QStringLiteral("12"), QStringLiteral("--rate"), QStringLiteral("50")},
            e);
        QVERIFY2(m_answers >= 13 * 5, qPrintable(QString::number(m_answers))); // every spelling in every place
    }

    void everyFaultOfTheSandbox()
    {
        const QString e = m_sandbox.endpointsFile();
        const QMap<QString, QString> demo {{QStringLiteral("CIO_TRACK_API_KEY"), DemoKey}};
        const QStringList faults {QStringLiteral("delay:50"),     QStringLiteral("hang"),
                                  QStringLiteral("reset"),        QStringLiteral("status:500"),
                                  QStringLiteral("status:502"),   QStringLiteral("status:503"),
                                  QStringLiteral("rate-limit:1"), QStringLiteral("malformed-json"),
                                  QStringLiteral("oversized"),    QStringLiteral("redirect-outside"),
                                  QStringLiteral("none")};
        for (const QString &fault : faults) {
            m_sandbox.request(QStringLiteral("/__sandbox/fault"),
                              QJsonDocument(QJsonObject {{QStringLiteral("host"), QStringLiteral("all")},
                                                         {QStringLiteral("fault"), fault}})
                                  .toJson(QJsonDocument::Compact));
            run({QStringLiteral("region"), QStringLiteral("--site-id"), DemoSite, QStringLiteral("--timeout"),
                 QStringLiteral("1"), QStringLiteral("--json")},
                e, {}, demo);
            run({QStringLiteral("send"), QStringLiteral("event"), QStringLiteral("--site-id"), DemoSite,
                 QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--id"), QStringLiteral("ada"),
                 QStringLiteral("--name"), QStringLiteral("faulty")},
                e, {}, demo);
        }
    }

    void theLogAndItsExports()
    {
        const QString e = m_hostileEndpoints;
        run({QStringLiteral("log"), QStringLiteral("tail"), QStringLiteral("-n"), QStringLiteral("500")}, e);
        run({QStringLiteral("log"), QStringLiteral("tail"), QStringLiteral("-n"), QStringLiteral("500"),
             QStringLiteral("--json")},
            e);
        for (const QString &format : {QStringLiteral("har"), QStringLiteral("jsonl")})
            run({QStringLiteral("log"), QStringLiteral("export"), QStringLiteral("--format"), format,
                 QStringLiteral("--output"), m_home.path(QStringLiteral("export.") + format)},
                e);
        run({QStringLiteral("log"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("har")}, e);
        for (int id = 1; id <= 40; ++id)
            run({QStringLiteral("log"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}, e);
        run({QStringLiteral("log"), QStringLiteral("diff"), QStringLiteral("3"), QStringLiteral("4")}, e);
        run({QStringLiteral("log"), QStringLiteral("import"), m_home.path(QStringLiteral("export.har"))}, e);
        run({QStringLiteral("workspace"), QStringLiteral("edit"), QStringLiteral("Canary"), QStringLiteral("--name"),
             QStringLiteral("Canary 2")},
            e);
        run({QStringLiteral("workspace"), QStringLiteral("remove"), QStringLiteral("Canary 2")}, e);
    }

    // Runs last.
    void noFormOfAnyKeyAnywhere()
    {
        verifyNoKeyIn(m_cli.allOutput(), QStringLiteral("the streams"));
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            verifyNoKeyIn(f.readAll(), f.fileName());
            ++files;
        }
        QVERIFY(files >= 5); // settings, endpoint files, the log, the exports
        qInfo("%d commands, %d hostile answers, %d files scanned; slowest exit after the last output: %lld ms",
              m_commands, m_answers, files, m_slowestExitMs);
        QVERIFY2(m_slowestExitMs < 1000, qPrintable(QString::number(m_slowestExitMs)));
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestCanarySession)
#include "tst_canarysession.moc"
