// The built cio-console binary driven as a script would: a real gnome-keyring Secret Service over
// D-Bus, the sandbox as a separate process on loopback, and a canary Track API key that must never
// appear in any output or file.
#include "calltemplates.h"
#include "cli.h"
#include "support/cliprocess.h"
#include "support/keyring.h"
#include "support/sandboxprocess.h"
#include "support/testhome.h"
#include "ulid.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kService = QStringLiteral("io.github.regionconsole.RegionConsole");
const QString kEuSite = QStringLiteral("canary-eu-site");
const QString kUsSite = QStringLiteral("canary-us-site");
const QString kEuKey = QStringLiteral("cnry-EU-track-8f1c6d2b9a");
const QString kUsKey = QStringLiteral("cnry-US-track-3e7a0c5f41");
const QString kEuAppKey = QStringLiteral("cnry-EU-app-5b2d9e8c07");
// A Track API key Customer.io (the sandbox) does not know: rotated to with --no-verify, or refused.
const QString kRotatedKey = QStringLiteral("cnry-ROT-track-c4e19b7a20");
// A second App API key of the EU account: rotated to, and checked like the first (issue 22, item 12).
const QString kRotatedAppKey = QStringLiteral("cnry-ROT-app-6d03f8e1b5");
// Pipelines sources' API keys (issue 18): only in the keychain.
const QString kWebsiteKey = QStringLiteral("cnry-PIPE-web-1a9f3c7e52");
const QString kMobileKey = QStringLiteral("cnry-PIPE-mob-7d24e8b0c6");
} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

    TestHome m_home;
    CliProcess m_cli;
    SandboxProcess m_sandbox;
    QUrl m_trackUs;
    QUrl m_trackEu;
    QString m_euWorkspace;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = m_home.environment();
        env.insert(QStringLiteral("CIO_CONSOLE_ENDPOINTS"), m_sandbox.endpointsFile());
        return env;
    }

    CliResult run(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &env = {})
    {
        return m_cli.run(args, input, env.isEmpty() ? environment() : env);
    }

    QByteArray sandboxGet(const QString &path, const QByteArray &postBody = {})
    {
        return m_sandbox.request(path, postBody);
    }

    int sandboxRequestCount()
    {
        return int(QJsonDocument::fromJson(sandboxGet(QStringLiteral("/__sandbox/requests"))).array().size());
    }

    static QString secretToolLookup(const QString &entry) { return Keyring::lookup(kService, entry); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(m_cli.binary()),
                 "CIO_CONSOLE_BINARY must name the built cio-console (run through ctest)");
        // Real parts: these tests fail, never skip, without them.
        const QString missing = Keyring::missing();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        QVERIFY(m_home.isValid());
        m_euWorkspace = QStringLiteral("Canary EU %1").arg(QCoreApplication::applicationPid());

        // The accounts file lives outside the scanned home: it is the server's side.
        static QTemporaryDir serverSide;
        const QString accountsFile = serverSide.filePath(QStringLiteral("accounts.json"));
        QFile f(accountsFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(SandboxProcess::accountsJson(
            {{QStringLiteral("eu"), {{QStringLiteral("Canary EU"), kEuSite, kEuKey, 301, {kEuAppKey, kRotatedAppKey}}}},
             {QStringLiteral("us"), {{QStringLiteral("Canary US"), kUsSite, kUsKey, 302, {}}}}}));
        f.close();

        m_cli.setEnvironment(m_home.environment());
        QString error;
        QVERIFY2(m_sandbox.start(&m_cli, m_home.path(QStringLiteral("endpoints.json")),
                                 {QStringLiteral("--accounts"), accountsFile}, &error),
                 qPrintable(error));
        m_trackUs = m_sandbox.endpoints().trackUrl(Region::Us);
        m_trackEu = m_sandbox.endpoints().trackUrl(Region::Eu);
        QVERIFY(m_trackUs.isValid() && m_trackUs.port() > 0 && m_trackEu.port() > 0);
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    // Issue 17, class 8: the console's processes hold keys and leave no core dump.
    void processesLeaveNoCoreDump()
    {
        QFile limits(QStringLiteral("/proc/%1/limits").arg(m_sandbox.processId()));
        QVERIFY2(limits.open(QIODevice::ReadOnly), qPrintable(limits.errorString()));
        const QByteArray text = limits.readAll();
        const qsizetype at = text.indexOf("Max core file size");
        QVERIFY(at >= 0);
        const QList<QByteArray> fields = text.mid(at + 18, text.indexOf('\n', at) - at - 18).simplified().split(' ');
        QCOMPARE(fields.value(0), QByteArray("0")); // soft
        QCOMPARE(fields.value(1), QByteArray("0")); // hard
    }

    void workspaceAddStoresTheKeyInTheKeychainOnly()
    {
        // An App API key that the account's own App API host refuses: nothing is stored (issue 22, item 12).
        const CliResult refused = run({QStringLiteral("workspace"), QStringLiteral("add"), QStringLiteral("Refused"),
                                       QStringLiteral("--site-id"), kEuSite, QStringLiteral("--app-key-stdin")},
                                      (kEuKey + u'\n' + QStringLiteral("cnry-not-an-app-key") + u'\n').toUtf8());
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("rejects the App API key"), qPrintable(refused.describe()));
        QCOMPARE(secretToolLookup(QStringLiteral("Refused/track-api-key")), QString());
        QVERIFY(!run({QStringLiteral("workspace"), QStringLiteral("list")}).out.contains("Refused"));

        const CliResult added = run({QStringLiteral("workspace"), QStringLiteral("add"), m_euWorkspace,
                                     QStringLiteral("--site-id"), kEuSite, QStringLiteral("--app-key-stdin")},
                                    (kEuKey + u'\n' + kEuAppKey + u'\n').toUtf8());
        QVERIFY2(added.code == 0, qPrintable(added.describe()));
        // Checked from outside the app, through the Secret Service.
        QCOMPARE(secretToolLookup(m_euWorkspace + QStringLiteral("/track-api-key")), kEuKey);
        QCOMPARE(secretToolLookup(m_euWorkspace + QStringLiteral("/app-api-key")), kEuAppKey);

        const CliResult again = run(
            {QStringLiteral("workspace"), QStringLiteral("add"), m_euWorkspace, QStringLiteral("--site-id"), kEuSite},
            (kEuKey + u'\n').toUtf8());
        QCOMPARE(again.code, 2);
        QVERIFY2(again.err.contains("already exists"), again.err.constData());

        const CliResult list = run({QStringLiteral("workspace"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(m_euWorkspace.toUtf8()));
        QVERIFY(list.out.contains(kEuSite.toUtf8()));
    }

    void workspaceAddRejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("empty key") << QStringList {QStringLiteral("w1"), QStringLiteral("--site-id"),
                                                   QStringLiteral("s")}
                                   << QByteArray("\n") << QByteArray("Track API key (stdin): must not be empty");
        QTest::newRow("colon in site id")
            << QStringList {QStringLiteral("w1"), QStringLiteral("--site-id"), QStringLiteral("a:b")}
            << QByteArray("k\n") << QByteArray("Site ID: must not contain ':'");
        // Neither Track credentials nor a Pipelines source.
        QTest::newRow("no site id") << QStringList {QStringLiteral("w1")} << QByteArray("k\n")
                                    << QByteArray("give a Site ID and Track API key, or at least one Pipelines source");
        QTest::newRow("long name") << QStringList {QString(101, u'n'), QStringLiteral("--site-id"), QStringLiteral("s")}
                                   << QByteArray("k\n") << QByteArray("Workspace name: at most 100 characters");
    }
    void workspaceAddRejectsBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, message);
        const CliResult r = run(QStringList {QStringLiteral("workspace"), QStringLiteral("add")} + args, input);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.describe()));
    }

    void workspaceAddChecksTheCredentialsFirst()
    {
        const QString name = QStringLiteral("Wrong key %1").arg(QCoreApplication::applicationPid());
        const CliResult r =
            run({QStringLiteral("workspace"), QStringLiteral("add"), name, QStringLiteral("--site-id"), kEuSite},
                QByteArray("not-the-key\n"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("was not added") && r.err.contains("rejected by Customer.io"),
                 qPrintable(r.describe()));
        QCOMPARE(secretToolLookup(name + QStringLiteral("/track-api-key")), QString());
        QVERIFY(!run({QStringLiteral("workspace"), QStringLiteral("list")}).out.contains(name.toUtf8()));
    }

    // workspace edit: rotate, re-check, rename and drop keys, each checked from outside with secret-tool.
    void workspaceEditRotatesRenamesAndRemovesKeys()
    {
        const QString name = QStringLiteral("Edit me %1").arg(QCoreApplication::applicationPid());
        const QString renamed = name + QStringLiteral(" (EU)");
        const QString track = QStringLiteral("/track-api-key");
        const QString app = QStringLiteral("/app-api-key");
        const auto edit = [this, &name](const QStringList &args, const QByteArray &input = {}) {
            return run(QStringList {QStringLiteral("workspace"), QStringLiteral("edit"), name} + args, input);
        };
        const auto listed = [this](const QString &workspace) {
            const QJsonArray all =
                QJsonDocument::fromJson(
                    run({QStringLiteral("workspace"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                    .array();
            for (const QJsonValue &w : all) {
                if (w.toObject().value(QStringLiteral("name")).toString() == workspace)
                    return w.toObject();
            }
            return QJsonObject();
        };
        CliResult r = run({QStringLiteral("workspace"), QStringLiteral("add"), name, QStringLiteral("--site-id"),
                           kEuSite, QStringLiteral("--app-key-stdin")},
                          (kEuKey + u'\n' + kEuAppKey + u'\n').toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(listed(name).value(QStringLiteral("region")).toString(), QStringLiteral("eu"));

        // A key Customer.io rejects changes nothing.
        r = edit({QStringLiteral("--track-key-stdin")}, (kRotatedKey + u'\n').toUtf8());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("was not changed: Site ID or Track API key rejected by Customer.io (401"),
                 qPrintable(r.describe()));
        QCOMPARE(secretToolLookup(name + track), kEuKey);
        // So does a Site ID the stored key does not belong to.
        r = edit({QStringLiteral("--site-id"), kUsSite});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("rejected by Customer.io"), qPrintable(r.describe()));
        QCOMPARE(listed(name).value(QStringLiteral("site_id")).toString(), kEuSite);

        // Metadata only.
        r = edit({QStringLiteral("--account"), QStringLiteral("Acme")});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains("Updated workspace"));
        QCOMPARE(listed(name).value(QStringLiteral("account")).toString(), QStringLiteral("Acme"));
        QCOMPARE(listed(name).value(QStringLiteral("region")).toString(), QStringLiteral("eu"));

        // Rotated unchecked: the new key is in the keychain, the region learned from the old one is forgotten.
        r = edit({QStringLiteral("--track-key-stdin"), QStringLiteral("--no-verify")}, (kRotatedKey + u'\n').toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(secretToolLookup(name + track), kRotatedKey);
        QCOMPARE(secretToolLookup(name + app), kEuAppKey);
        QCOMPARE(listed(name).value(QStringLiteral("region")).toString(), QStringLiteral("unknown"));
        QVERIFY(listed(name).value(QStringLiteral("environment_id")).isNull());

        // Rotated back, checked: the region is learned again.
        r = edit({QStringLiteral("--track-key-stdin")}, (kEuKey + u'\n').toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Credentials accepted: European Union (eu), workspace ID 301."),
                 qPrintable(r.describe()));
        QCOMPARE(secretToolLookup(name + track), kEuKey);
        QCOMPARE(listed(name).value(QStringLiteral("region")).toString(), QStringLiteral("eu"));

        // The App API key alone.
        r = edit({QStringLiteral("--app-key-stdin")}, (kRotatedAppKey + u'\n').toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(secretToolLookup(name + app), kRotatedAppKey);
        QCOMPARE(secretToolLookup(name + track), kEuKey);
        // An App API key the EU App API host refuses changes nothing.
        r = edit({QStringLiteral("--app-key-stdin")}, QByteArray("cnry-not-an-app-key\n"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("rejects the App API key"), qPrintable(r.describe()));
        QCOMPARE(secretToolLookup(name + app), kRotatedAppKey);

        // Renamed: the entries move, the old ones are gone.
        r = edit({QStringLiteral("--name"), renamed});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains("Renamed workspace"));
        QCOMPARE(secretToolLookup(renamed + track), kEuKey);
        QCOMPARE(secretToolLookup(renamed + app), kRotatedAppKey);
        QCOMPARE(secretToolLookup(name + track), QString());
        QCOMPARE(secretToolLookup(name + app), QString());
        QVERIFY(listed(name).isEmpty());
        QCOMPARE(listed(renamed).value(QStringLiteral("account")).toString(), QStringLiteral("Acme"));
        QCOMPARE(listed(renamed).value(QStringLiteral("region")).toString(), QStringLiteral("eu"));

        // The App API key removed; the account cleared.
        r = run({QStringLiteral("workspace"), QStringLiteral("edit"), renamed, QStringLiteral("--remove-app-key"),
                 QStringLiteral("--account"), QString()});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(secretToolLookup(renamed + app), QString());
        QCOMPARE(secretToolLookup(renamed + track), kEuKey);
        QCOMPARE(listed(renamed).value(QStringLiteral("has_app_api_key")).toBool(), false);
        QVERIFY(listed(renamed).value(QStringLiteral("account")).isNull());

        r = run({QStringLiteral("workspace"), QStringLiteral("remove"), renamed});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(secretToolLookup(renamed + track), QString());
    }

    void workspaceEditRejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("message");
        const QString w = QStringLiteral("Bad input");
        QTest::newRow("no such workspace")
            << QStringList {QStringLiteral("Nobody")} << QByteArray() << QByteArray("no workspace named \"Nobody\"");
        QTest::newRow("nothing to change") << QStringList {w} << QByteArray() << QByteArray("Nothing to change");
        QTest::newRow("both app key options")
            << QStringList {w, QStringLiteral("--app-key-stdin"), QStringLiteral("--remove-app-key")}
            << QByteArray("k\n") << QByteArray("--app-key-stdin or --remove-app-key, not both");
        QTest::newRow("no app key to remove")
            << QStringList {w, QStringLiteral("--remove-app-key")} << QByteArray() << QByteArray("has none to remove");
        QTest::newRow("empty key") << QStringList {w, QStringLiteral("--track-key-stdin")} << QByteArray("\n")
                                   << QByteArray("Track API key (stdin): must not be empty");
        QTest::newRow("bad site id") << QStringList {w, QStringLiteral("--site-id"), QStringLiteral("a b")}
                                     << QByteArray() << QByteArray("Site ID: must not contain");
        QTest::newRow("bad account") << QStringList {w, QStringLiteral("--account"), QStringLiteral(" x")}
                                     << QByteArray() << QByteArray("Account: must not start or end with spaces");
        QTest::newRow("taken name") << QStringList {w, QStringLiteral("--name"), QStringLiteral("Bad input 2")}
                                    << QByteArray() << QByteArray("already exists");
    }
    void workspaceEditRejectsBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, message);
        for (const QString &name : {QStringLiteral("Bad input"), QStringLiteral("Bad input 2")}) {
            if (!run({QStringLiteral("workspace"), QStringLiteral("list")}).out.contains(name.toUtf8() + '\t')) {
                const CliResult added = run({QStringLiteral("workspace"), QStringLiteral("add"), name,
                                             QStringLiteral("--site-id"), kUsSite, QStringLiteral("--no-verify")},
                                            (kUsKey + u'\n').toUtf8());
                QVERIFY2(added.code == 0, qPrintable(added.describe()));
            }
        }
        const int requests = sandboxRequestCount();
        const CliResult r = run(QStringList {QStringLiteral("workspace"), QStringLiteral("edit")} + args, input);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.describe()));
        QCOMPARE(sandboxRequestCount(), requests); // nothing was sent
        QCOMPARE(secretToolLookup(QStringLiteral("Bad input/track-api-key")), kUsKey);
    }

    void editOptionsApplyToEditOnly()
    {
        const CliResult r = run({QStringLiteral("workspace"), QStringLiteral("add"), QStringLiteral("x"),
                                 QStringLiteral("--site-id"), kUsSite, QStringLiteral("--name"), QStringLiteral("y")},
                                (kUsKey + u'\n').toUtf8());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--name applies to workspace edit only"), qPrintable(r.describe()));
        const CliResult help = run({QStringLiteral("--help")});
        QVERIFY(help.out.contains("cio-console workspace edit NAME [--name NEW]"));
    }

    void helpAndUnknownCommandNeedNoDisplay()
    {
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const CliResult help = run({QStringLiteral("--help")}, {}, env);
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("cio-console send CALL"));
        QVERIFY(help.out.contains("add-device"));
        QVERIFY(help.out.contains("Exit codes"));
        const CliResult version = run({QStringLiteral("--version")}, {}, env);
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith("cio-console "));
        const CliResult unknown = run({QStringLiteral("bogus")}, {}, env);
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains("unknown command \"bogus\""), qPrintable(unknown.describe()));
        const CliResult badOption = run({QStringLiteral("--bogus")}, {}, env);
        QCOMPARE(badOption.code, 2);
        // The window itself says what it needs, and how to run it on a server.
        const CliResult window = run({}, {}, env);
        QCOMPARE(window.code, 1);
        QVERIFY2(window.err.contains("the window needs a display") && window.err.contains("xvfb-run -a"),
                 qPrintable(window.describe()));
        // --help lists the commands under a heading of their own, after Qt's one "Usage:" line.
        QCOMPARE(help.out.count("Usage:"), 1);
        QVERIFY(help.out.contains("Commands:"));
    }

    // Every entry of the command list, and every group word, answers --help with its usage and exit 0; a group
    // word without a subcommand, or with an unknown one, is a usage error naming the subcommands.
    void everyCommandAnswersHelp()
    {
        QStringList groups;
        for (const Cli::CommandInfo &info : Cli::commands()) {
            const CliResult r = run(info.words + QStringList {QStringLiteral("--help")});
            const QByteArray name = "cio-console " + info.words.join(u' ').toUtf8();
            QVERIFY2(r.code == 0, qPrintable(r.describe()));
            QVERIFY2(r.out.startsWith("Usage:\n") && r.out.contains(name), qPrintable(r.describe()));
            QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
            if (info.words.size() > 1 && !groups.contains(info.words.constFirst()))
                groups << info.words.constFirst();
        }
        QCOMPARE(groups, QStringList({QStringLiteral("workspace"), QStringLiteral("log")}));
        for (const QString &group : std::as_const(groups)) {
            QStringList subcommands;
            for (const Cli::CommandInfo &info : Cli::commands()) {
                if (info.words.constFirst() == group)
                    subcommands << info.words.at(1);
            }
            const CliResult help = run({group, QStringLiteral("--help")});
            QVERIFY2(help.code == 0, qPrintable(help.describe()));
            for (const QString &sub : std::as_const(subcommands))
                QVERIFY2(help.out.contains(QStringLiteral("cio-console %1 %2").arg(group, sub).toUtf8()),
                         qPrintable(help.describe()));
            for (const QStringList &args : {QStringList {group}, QStringList {group, QStringLiteral("bogus")}}) {
                const CliResult r = run(args);
                QVERIFY2(r.code == 2, qPrintable(r.describe()));
                const QString expected = subcommands.mid(0, subcommands.size() - 1).join(QStringLiteral(", "))
                    + QStringLiteral(" or ") + subcommands.constLast();
                QVERIFY2(r.err.contains(QStringLiteral("%1: expected %2").arg(group, expected).toUtf8()),
                         qPrintable(r.describe()));
            }
        }
        const CliResult logHelp = run({QStringLiteral("log"), QStringLiteral("--help")});
        QVERIFY2(logHelp.out.contains("Filters: --workspace NAME"), qPrintable(logHelp.describe()));
    }

    void regionByWorkspaceIsRememberedWithTheWorkspace()
    {
        const CliResult r =
            run({QStringLiteral("region"), QStringLiteral("--workspace"), m_euWorkspace, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("region")).toString(), QStringLiteral("eu"));
        QCOMPARE(o.value(QStringLiteral("environment_id")).toInt(), 301);
        QCOMPARE(o.value(QStringLiteral("url")).toString(), QStringLiteral("https://track-eu.customer.io"));
        // `workspace add` already learned the region, so the check goes to the EU host.
        QCOMPARE(o.value(QStringLiteral("handled_by")).toString(), EndpointLabel(m_trackEu));

        const CliResult list = run({QStringLiteral("workspace"), QStringLiteral("list"), QStringLiteral("--json")});
        bool found = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == m_euWorkspace) {
                found = true;
                QCOMPARE(v.toObject().value(QStringLiteral("region")).toString(), QStringLiteral("eu"));
            }
        }
        QVERIFY(found);
    }

    // region --json: hosts, route, the App API key check, and each diagnosis the command line can reach.
    void regionJsonDiagnoses()
    {
        CliResult r =
            run({QStringLiteral("region"), QStringLiteral("--workspace"), m_euWorkspace, QStringLiteral("--json"),
                 QStringLiteral("--check-app-key"), QStringLiteral("--other-region")});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QJsonObject o = r.json();
        QCOMPARE(o.value(u"route").toString(), u"auto"_s);
        QCOMPARE(o.value(u"first_hop").toString(), u"eu"_s);
        QCOMPARE(o.value(u"api_host").toString(),
                 QJsonDocument::fromJson([&] {
                     QFile f(m_sandbox.endpointsFile());
                     f.open(QIODevice::ReadOnly);
                     return f.readAll();
                 }())
                     .object()
                     .value(u"eu")
                     .toObject()
                     .value(u"api")
                     .toString());
        const QJsonArray probes = o.value(u"app_key").toArray();
        QCOMPARE(probes.size(), 2);
        QCOMPARE(probes.at(0).toObject().value(u"region").toString(), u"eu"_s);
        QCOMPARE(probes.at(0).toObject().value(u"verdict").toString(), u"accepted"_s);
        QCOMPARE(probes.at(1).toObject().value(u"region").toString(), u"us"_s);
        QCOMPARE(probes.at(1).toObject().value(u"verdict").toString(), u"region_mismatch"_s);
        // The other region refusing the key is what a correctly set-up workspace gets: no finding.
        QVERIFY2(o.value(u"diagnosis").toArray().isEmpty(), qPrintable(r.describe()));
        r = run({QStringLiteral("region"), QStringLiteral("--workspace"), m_euWorkspace,
                 QStringLiteral("--check-app-key"), QStringLiteral("--other-region")});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY2(!r.out.contains("Region mismatch") && r.out.contains("as expected"), qPrintable(r.describe()));

        // A wrong App API key from the environment: rejected by the account's own host, exit 1.
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("CIO_TRACK_API_KEY"), kEuKey);
        env.insert(QStringLiteral("CIO_APP_API_KEY"), QStringLiteral("cnry-wrong-app-key"));
        r = run({QStringLiteral("region"), QStringLiteral("--site-id"), kEuSite, QStringLiteral("--json"),
                 QStringLiteral("--check-app-key")},
                {}, env);
        QCOMPARE(r.code, 1);
        o = r.json();
        QCOMPARE(o.value(u"app_key").toArray().first().toObject().value(u"verdict").toString(), u"rejected"_s);
        QCOMPARE(o.value(u"diagnosis").toArray().first().toObject().value(u"code").toString(), u"app_key_rejected"_s);
        QVERIFY2(r.err.contains("the App API key does not work on the EU App API host"), qPrintable(r.describe()));

        // Two workspaces named as one account but in different regions.
        const QString acmeEu = QStringLiteral("acme-eu");
        const QString acmeUs = QStringLiteral("acme-us");
        QCOMPARE(run({QStringLiteral("workspace"), QStringLiteral("add"), acmeUs, QStringLiteral("--site-id"), kUsSite,
                      QStringLiteral("--account"), QStringLiteral("Acme")},
                     (kUsKey + u'\n').toUtf8())
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("workspace"), QStringLiteral("add"), acmeEu, QStringLiteral("--site-id"), kEuSite,
                      QStringLiteral("--account"), QStringLiteral("Acme")},
                     (kEuKey + u'\n').toUtf8())
                     .code,
                 0);
        r = run({QStringLiteral("region"), QStringLiteral("--workspace"), acmeEu, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(u"account").toString(), u"Acme"_s);
        QCOMPARE(r.json().value(u"diagnosis").toArray().first().toObject().value(u"code").toString(),
                 u"account_region_disagreement"_s);

        // An EU account's event sent via the US host: the next region check names the transit.
        r = run({QStringLiteral("send"), QStringLiteral("event"), QStringLiteral("--workspace"), acmeEu,
                 QStringLiteral("--id"), QStringLiteral("t1"), QStringLiteral("--name"), QStringLiteral("x"),
                 QStringLiteral("--via"), QStringLiteral("us")});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        r = run({QStringLiteral("region"), QStringLiteral("--workspace"), acmeEu});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Diagnosis:       The last call of this EU account arrived through the US host."),
                 qPrintable(r.describe()));
        QCOMPARE(
            run({QStringLiteral("region"), QStringLiteral("--workspace"), acmeEu, QStringLiteral("--other-region")})
                .code,
            2);
        // Forced to the US host: the EU account's route is diagnosed; a US account forced to EU as well.
        r = run({QStringLiteral("workspace"), QStringLiteral("edit"), acmeEu, QStringLiteral("--route"),
                 QStringLiteral("us")});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        r = run({QStringLiteral("region"), QStringLiteral("--workspace"), acmeEu, QStringLiteral("--json")});
        QCOMPARE(r.json().value(u"route").toString(), u"us"_s);
        QCOMPARE(r.json().value(u"first_hop").toString(), u"us"_s);
        QCOMPARE(r.json().value(u"diagnosis").toArray().first().toObject().value(u"code").toString(),
                 u"eu_account_us_route"_s);
        r = run({QStringLiteral("workspace"), QStringLiteral("edit"), acmeUs, QStringLiteral("--route"),
                 QStringLiteral("eu")});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        r = run({QStringLiteral("region"), QStringLiteral("--workspace"), acmeUs, QStringLiteral("--json")});
        QCOMPARE(r.json().value(u"diagnosis").toArray().first().toObject().value(u"code").toString(),
                 u"us_account_eu_route"_s);
        QCOMPARE(run({QStringLiteral("workspace"), QStringLiteral("edit"), acmeUs, QStringLiteral("--route"),
                      QStringLiteral("mars")})
                     .code,
                 2);
        for (const QString &name : {acmeEu, acmeUs})
            QCOMPARE(run({QStringLiteral("workspace"), QStringLiteral("remove"), name}).code, 0);
    }

    void eventViaUsHostIsRedirectedToEu()
    {
        const CliResult r =
            run({QStringLiteral("send"), QStringLiteral("event"), QStringLiteral("--workspace"), m_euWorkspace,
                 QStringLiteral("--id"), QStringLiteral("42"), QStringLiteral("--name"), QStringLiteral("purchase"),
                 QStringLiteral("--data"), QStringLiteral("{\"sku\":\"A-1\"}"), QStringLiteral("--via"),
                 QStringLiteral("us"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("call")).toString(), QStringLiteral("event"));
        QCOMPARE(o.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(o.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(o.value(QStringLiteral("handled_by_region")).toString(), QStringLiteral("eu"));
        const QJsonArray hops = o.value(QStringLiteral("hops")).toArray();
        QCOMPARE(hops.size(), 2);
        QCOMPARE(hops.at(0).toObject().value(QStringLiteral("status")).toInt(), 301);
        QVERIFY(o.value(QStringLiteral("error")).isNull());
        QVERIFY(o.contains(QStringLiteral("duration_ms")));
        QVERIFY2(r.err.contains("US servers"), r.err.constData());

        // Default route: the detected region (EU) after `region`, so one hop.
        const CliResult direct =
            run({QStringLiteral("send"), QStringLiteral("identify"), QStringLiteral("--workspace"), m_euWorkspace,
                 QStringLiteral("--id"), QStringLiteral("42"), QStringLiteral("--json")});
        QVERIFY2(direct.code == 0, qPrintable(direct.describe()));
        QCOMPARE(direct.json().value(QStringLiteral("hops")).toArray().size(), 1);
    }

    void siteIdWithKeyFromEnvironment()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("CIO_TRACK_API_KEY"), kUsKey);
        const QString identifier = QStringLiteral("a/b@example.com");
        const CliResult r = run({QStringLiteral("send"), QStringLiteral("identify"), QStringLiteral("--site-id"),
                                 kUsSite, QStringLiteral("--id"), identifier, QStringLiteral("--attributes"),
                                 QStringLiteral("{\"plan\":\"pro\"}"), QStringLiteral("--json")},
                                {}, env);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        // No --via and an unknown region: the region is detected first, so the data goes straight to
        // the account's host.
        QCOMPARE(r.json().value(QStringLiteral("via_source")).toString(), QStringLiteral("detected region"));
        QVERIFY(r.json().value(QStringLiteral("workspace")).isNull()); // --site-id: no workspace
        QCOMPARE(r.json().value(QStringLiteral("hops")).toArray().size(), 1);
        const QJsonArray received = QJsonDocument::fromJson(sandboxGet(QStringLiteral("/__sandbox/requests"))).array();
        QVERIFY(!received.isEmpty());
        const QJsonObject last = received.last().toObject();
        QCOMPARE(last.value(QStringLiteral("identifier")).toString(), identifier);
        QCOMPARE(last.value(QStringLiteral("method")).toString(), QStringLiteral("PUT"));

        const CliResult anonymous = run({QStringLiteral("send"), QStringLiteral("anonymous"),
                                         QStringLiteral("--site-id"), kUsSite, QStringLiteral("--anonymous-id"),
                                         QStringLiteral("anon-1"), QStringLiteral("--name"), QStringLiteral("visit")},
                                        {}, env);
        QVERIFY2(anonymous.code == 0, qPrintable(anonymous.describe()));
        QVERIFY(anonymous.out.contains("anonymous POST /api/v1/events"));
    }

    // Issue 21: an anonymous event with only a name, an event ID made by `--event-id generate`, and merge
    // sides named with the type chosen, as the sandbox receives them.
    void composerGapsOnTheCommandLine()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("CIO_TRACK_API_KEY"), kUsKey);
        const QStringList base {QStringLiteral("--site-id"), kUsSite, QStringLiteral("--via"), QStringLiteral("us")};
        const auto lastBody = [this] {
            const QJsonArray received =
                QJsonDocument::fromJson(sandboxGet(QStringLiteral("/__sandbox/requests"))).array();
            return QJsonDocument::fromJson(received.last().toObject().value(QStringLiteral("body")).toString().toUtf8())
                .object();
        };

        CliResult r = run(QStringList {QStringLiteral("send"), QStringLiteral("anonymous")} + base
                              + QStringList {QStringLiteral("--name"), QStringLiteral("visit")},
                          {}, env);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(lastBody(), QJsonObject({{QStringLiteral("name"), QStringLiteral("visit")}}));

        r = run(QStringList {QStringLiteral("send"), QStringLiteral("event")} + base
                    + QStringList {QStringLiteral("--id"), QStringLiteral("42"), QStringLiteral("--name"),
                                   QStringLiteral("purchase"), QStringLiteral("--event-id"),
                                   QStringLiteral("generate")},
                {}, env);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const QString id = lastBody().value(QStringLiteral("id")).toString();
        QVERIFY2(Ulid::isValid(id), qPrintable(id));

        r = run(QStringList {QStringLiteral("send"), QStringLiteral("event")} + base
                    + QStringList {QStringLiteral("--id"), QStringLiteral("42"), QStringLiteral("--name"),
                                   QStringLiteral("purchase"), QStringLiteral("--event-id"), QStringLiteral("x")},
                {}, env);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--event-id: must be a ULID"), qPrintable(r.describe()));

        r = run(QStringList {QStringLiteral("send"), QStringLiteral("merge")} + base
                    + QStringList {QStringLiteral("--id"), QStringLiteral("a@example.com"),
                                   QStringLiteral("--primary-type"), QStringLiteral("id"),
                                   QStringLiteral("--secondary"), QStringLiteral("7"),
                                   QStringLiteral("--secondary-type"), QStringLiteral("cio_id")},
                {}, env);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(
            lastBody(),
            QJsonObject(
                {{QStringLiteral("primary"), QJsonObject {{QStringLiteral("id"), QStringLiteral("a@example.com")}}},
                 {QStringLiteral("secondary"), QJsonObject {{QStringLiteral("cio_id"), QStringLiteral("7")}}}}));
    }

    // Issue 21: form submit and manual segment calls, as the sandbox receives them.
    void formAndSegmentCalls()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("CIO_TRACK_API_KEY"), kUsKey);
        const QStringList base {QStringLiteral("--site-id"), kUsSite, QStringLiteral("--via"), QStringLiteral("us")};
        const auto last = [this] {
            return QJsonDocument::fromJson(sandboxGet(QStringLiteral("/__sandbox/requests"))).array().last().toObject();
        };
        CliResult r = run(QStringList {QStringLiteral("send"), QStringLiteral("form-submit")} + base
                              + QStringList {QStringLiteral("--form-id"), QStringLiteral("newsletter"),
                                             QStringLiteral("--data"), QStringLiteral(R"({"email":"f@example.com"})")},
                          {}, env);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(last().value(u"path").toString(), u"/api/v1/forms/newsletter/submit"_s);
        QCOMPARE(last().value(u"status").toInt(), 204);

        r = run(QStringList {QStringLiteral("send"), QStringLiteral("segment-add")} + base
                    + QStringList {QStringLiteral("--segment-id"), QStringLiteral("7"), QStringLiteral("--ids"),
                                   QStringLiteral("1,2")},
                {}, env);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(last().value(u"path").toString(), u"/api/v1/segments/7/add_customers"_s);
        QCOMPARE(last().value(u"body").toString(), uR"({"ids":["1","2"]})"_s);

        r = run(QStringList {QStringLiteral("send"), QStringLiteral("form-submit")} + base
                    + QStringList {QStringLiteral("--form-id"), QStringLiteral("newsletter"), QStringLiteral("--data"),
                                   QStringLiteral(R"({"plan":"pro"})")},
                {}, env);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--data: must have one, and only one, of \"id\" or \"email\""),
                 qPrintable(r.describe()));
    }

    void invalidInputSendsNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        const QStringList base {QStringLiteral("send"), QStringLiteral("event"), QStringLiteral("--site-id"), kUsSite};
        QTest::newRow("bad json") << base + QStringList {QStringLiteral("--id"),   QStringLiteral("1"),
                                                         QStringLiteral("--name"), QStringLiteral("x"),
                                                         QStringLiteral("--data"), QStringLiteral("{\"a\":")}
                                  << QByteArray("--data: invalid JSON at line 1, column");
        QTest::newRow("duplicate key") << base
                + QStringList {QStringLiteral("--id"), QStringLiteral("1"),      QStringLiteral("--name"),
                               QStringLiteral("x"),    QStringLiteral("--data"), QStringLiteral("{\"a\":1,\"a\":2}")}
                                       << QByteArray("--data: the key \"a\" appears twice in one object");
        QTest::newRow("identifier 151 bytes") << base
                + QStringList {QStringLiteral("--id"), QString(151, u'i'), QStringLiteral("--name"),
                               QStringLiteral("x")}
                                              << QByteArray("--id: at most 150 bytes");
        QTest::newRow("event name 101 bytes") << base
                + QStringList {QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--name"),
                               QString(101, u'n')}
                                              << QByteArray("--name: at most 100 bytes");
        QTest::newRow("missing name") << base + QStringList {QStringLiteral("--id"), QStringLiteral("1")}
                                      << QByteArray("send event: --name is required");
        QTest::newRow("blank name") << base
                + QStringList {QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--name"),
                               QStringLiteral(" ")}
                                    << QByteArray("--name: must not be blank");
        const QStringList event = base
            + QStringList {QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--name"), QStringLiteral("x")};
        QTest::newRow("empty data") << event + QStringList {QStringLiteral("--data"), QString()}
                                    << QByteArray("--data: must be a JSON object such as");
        QTest::newRow("data file missing")
            << event + QStringList {QStringLiteral("--data"), QStringLiteral("@/nonexistent.json")}
            << QByteArray("--data: cannot read /nonexistent.json");
        QTest::newRow("timestamp in ms")
            << event + QStringList {QStringLiteral("--timestamp"), QStringLiteral("1764403200000")}
            << QByteArray("--timestamp: 1764403200000 looks like milliseconds; Unix seconds would be 1764403200");
        QTest::newRow("timestamp text") << event
                + QStringList {QStringLiteral("--timestamp"), QStringLiteral("yesterday")}
                                        << QByteArray("--timestamp: expected Unix seconds");
        QTest::newRow("count 0") << event + QStringList {QStringLiteral("--count"), QStringLiteral("0")}
                                 << QByteArray("--count: from 1 to 10000 calls (got 0)");
        QTest::newRow("rate too high") << event
                + QStringList {QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--rate"),
                               QStringLiteral("1000")}
                                       << QByteArray("--rate: from 0.1 to 100 calls per second (got 1000)");
        QTest::newRow("option of another call")
            << event + QStringList {QStringLiteral("--platform"), QStringLiteral("ios")}
            << QByteArray("send event: --platform does not apply to this call");
        QTest::newRow("device platform") << QStringList {QStringLiteral("send"),        QStringLiteral("add-device"),
                                                         QStringLiteral("--site-id"),   kUsSite,
                                                         QStringLiteral("--id"),        QStringLiteral("1"),
                                                         QStringLiteral("--device-id"), QStringLiteral("t"),
                                                         QStringLiteral("--platform"),  QStringLiteral("web")}
                                         << QByteArray("--platform: must be \"ios\" or \"android\" (got \"web\")");
        QTest::newRow("batch item")
            << QStringList {QStringLiteral("send"),
                            QStringLiteral("batch"),
                            QStringLiteral("--site-id"),
                            kUsSite,
                            QStringLiteral("--data"),
                            QStringLiteral(R"({"batch":[{"type":"person","action":"identify"}]})")}
            << QByteArray("batch[0]: identifiers: must be an object");
        QTest::newRow("bad via") << base + QStringList {QStringLiteral("--id"),   QStringLiteral("1"),
                                                        QStringLiteral("--name"), QStringLiteral("x"),
                                                        QStringLiteral("--via"),  QStringLiteral("mars")}
                                 << QByteArray("--via: must be \"us\" or \"eu\"");
        QTest::newRow("bad timeout") << base + QStringList {QStringLiteral("--id"),      QStringLiteral("1"),
                                                            QStringLiteral("--name"),    QStringLiteral("x"),
                                                            QStringLiteral("--timeout"), QStringLiteral("0")}
                                     << QByteArray("--timeout: must be a number of seconds");
        QTest::newRow("no credentials") << QStringList {QStringLiteral("region")}
                                        << QByteArray("exactly one of --workspace");
        QTest::newRow("unknown workspace")
            << QStringList {QStringLiteral("region"), QStringLiteral("--workspace"), QStringLiteral("nope")}
            << QByteArray("no workspace named \"nope\"");
        QTest::newRow("unknown call") << QStringList {QStringLiteral("send"), QStringLiteral("teleport")}
                                      << QByteArray("send: expected one of identify, delete, event, page");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("region"), QStringLiteral("--bogus")}
                                        << QByteArray("Unknown option 'bogus'");
    }
    void invalidInputSendsNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("CIO_TRACK_API_KEY"), kUsKey);
        const int before = sandboxRequestCount();
        const CliResult r = run(args, {}, env);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.describe()));
        QCOMPARE(sandboxRequestCount(), before);
    }

    // Calls beyond identify and event, JSON from a file, and a burst: each reaches the sandbox as sent.
    void everyCallFromTheCommandLine()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("CIO_TRACK_API_KEY"), kUsKey);
        const QStringList base {QStringLiteral("--site-id"), kUsSite, QStringLiteral("--via"), QStringLiteral("us")};
        const auto send = [&](const QString &call, const QStringList &args) {
            return run(QStringList {QStringLiteral("send"), call} + base + args, {}, env);
        };
        const auto lastRequest = [&] {
            return QJsonDocument::fromJson(sandboxGet(QStringLiteral("/__sandbox/requests"))).array().last().toObject();
        };
        CliResult r =
            send(QStringLiteral("screen"),
                 {QStringLiteral("--id"), QStringLiteral("cli-screen"), QStringLiteral("--name"),
                  QStringLiteral("Home"), QStringLiteral("--timestamp"), QStringLiteral("2025-11-29T08:00:00Z")});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("timestamp sent: 1764403200 (2025-11-29T08:00:00Z)"), qPrintable(r.describe()));
        QCOMPARE(QJsonDocument::fromJson(lastRequest().value(u"body").toString().toUtf8()).object(),
                 (QJsonObject {{u"name"_s, u"Home"_s}, {u"type"_s, u"screen"_s}, {u"timestamp"_s, 1764403200}}));

        r = send(QStringLiteral("delete-device"),
                 {QStringLiteral("--id"), QStringLiteral("cli-screen"), QStringLiteral("--device-id"),
                  QStringLiteral("t/1")});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(lastRequest().value(u"path").toString(), u"/api/v1/customers/cli-screen/devices/t%2F1"_s);

        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(R"({"batch":[{"type":"person","identifiers":{"id":"cli-b1"},"action":"identify"},)"
                   R"({"type":"person","identifiers":{"phone":"+1","email":"b@example.com"},"action":"identify"}]})");
        file.close();
        r = send(QStringLiteral("batch"), {QStringLiteral("--data"), u'@' + file.fileName()});
        // 207: one operation failed; exit 1 and the failed item named.
        QCOMPARE(r.code, 1);
        // Two identifiers for one person: the sandbox wants exactly one of id, email, phone, cio_id.
        QVERIFY2(r.err.contains("item 1 (person ") && r.err.contains("identify): field identifiers"),
                 qPrintable(r.describe()));
        QVERIFY2(r.out.contains("batch POST /api/v2/batch → 207"), qPrintable(r.describe()));

        r = send(QStringLiteral("event"),
                 {QStringLiteral("--id"), QStringLiteral("cli-burst"), QStringLiteral("--name"), QStringLiteral("tick"),
                  QStringLiteral("--count"), QStringLiteral("4"), QStringLiteral("--rate"), QStringLiteral("40"),
                  QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        const QJsonObject summary = QJsonDocument::fromJson(lines.last()).object().value(u"burst").toObject();
        QCOMPARE(summary.value(u"requested").toInt(), 4);
        QCOMPARE(summary.value(u"succeeded").toInt(), 4);
        const QJsonObject person =
            QJsonDocument::fromJson(sandboxGet(QStringLiteral("/__sandbox/people?site_id=") + kUsSite)).object();
        int ticks = 0;
        for (const QJsonValue &p : person.value(u"people").toArray()) {
            if (p.toObject().value(u"identifier").toString() == u"cli-burst")
                ticks = int(p.toObject().value(u"events").toArray().size());
        }
        QCOMPARE(ticks, 4);
    }

    // --data @- reads the whole of standard input, however it arrives; SIGTERM stops a burst with a
    // summary of what was not sent.
    void dataFromAPipeAndAnInterruptedBurst()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("CIO_TRACK_API_KEY"), kUsKey);
        QProcess p;
        m_cli.start(&p,
                    {QStringLiteral("send"), QStringLiteral("event"), QStringLiteral("--site-id"), kUsSite,
                     QStringLiteral("--via"), QStringLiteral("us"), QStringLiteral("--id"), QStringLiteral("piped"),
                     QStringLiteral("--name"), QStringLiteral("n"), QStringLiteral("--data"), QStringLiteral("@-"),
                     QStringLiteral("--json")},
                    env);
        QVERIFY(p.waitForStarted(10000));
        // The data arrives in two reads: the rest is written once the command has read the first part.
        p.write("\n  ");
        QVERIFY(p.waitForBytesWritten(10000));
        QTRY_COMPARE_WITH_TIMEOUT(CliProcess::unreadInput(p.processId()), 0, 15000);
        p.write("{\"plan\": \"pro\"}\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        const QByteArray out = p.readAllStandardOutput();
        m_cli.collect(out + p.readAllStandardError());
        QCOMPARE(p.exitCode(), 0);
        const QJsonArray received = QJsonDocument::fromJson(sandboxGet(QStringLiteral("/__sandbox/requests"))).array();
        QCOMPARE(QJsonDocument::fromJson(received.last().toObject().value(u"body").toString().toUtf8())
                     .object()
                     .value(u"data")
                     .toObject()
                     .value(u"plan")
                     .toString(),
                 u"pro"_s);

        QProcess burst;
        m_cli.start(&burst,
                    {QStringLiteral("send"), QStringLiteral("event"), QStringLiteral("--site-id"), kUsSite,
                     QStringLiteral("--via"), QStringLiteral("us"), QStringLiteral("--id"),
                     QStringLiteral("burst-stop"), QStringLiteral("--name"), QStringLiteral("n"),
                     QStringLiteral("--count"), QStringLiteral("100"), QStringLiteral("--rate"), QStringLiteral("5"),
                     QStringLiteral("--json")},
                    env);
        QVERIFY(burst.waitForStarted(10000));
        // Interrupted once the burst is under way: its first call's line is out.
        QTRY_VERIFY_WITH_TIMEOUT(burst.canReadLine(), 15000);
        burst.terminate(); // SIGTERM
        QVERIFY(burst.waitForFinished(30000));
        const QByteArray burstOut = burst.readAllStandardOutput();
        const QByteArray burstErr = burst.readAllStandardError();
        m_cli.collect(burstOut + burstErr);
        QCOMPARE(burst.exitStatus(), QProcess::NormalExit);
        QCOMPARE(burst.exitCode(), 1);
        const QJsonObject summary =
            QJsonDocument::fromJson(burstOut.trimmed().split('\n').last()).object().value(u"burst").toObject();
        QVERIFY2(summary.value(u"cancelled").toBool(), burstOut.constData());
        QVERIFY(summary.value(u"not_sent").toInt() > 0);
        QCOMPARE(summary.value(u"succeeded").toInt() + summary.value(u"not_sent").toInt(), 100);
        QVERIFY2(burstErr.contains("interrupted"), burstErr.constData());
    }

    // --screenshot: the window opens on the sandbox, sends its two demo calls, saves itself and quits.
    void screenshotRunsTheDemo()
    {
        QProcessEnvironment env = environment();
        const QString home = m_home.path(QStringLiteral("screenshot-home"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.remove(QStringLiteral("CIO_CONSOLE_ENDPOINTS"));
        const QString png = m_home.path(QStringLiteral("window.png"));
        const CliResult r = run({QStringLiteral("--screenshot"), png}, {}, env);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY(QFileInfo(png).size() > 10000);
        const CliResult tail = run({QStringLiteral("log"), QStringLiteral("tail"), QStringLiteral("--json")}, {}, env);
        QVERIFY2(tail.out.contains("\"call\":\"identify\"") && tail.out.contains("\"call\":\"event\""),
                 qPrintable(tail.describe()));
    }

    void failedCallsExitOne()
    {
        QProcessEnvironment wrongKey = environment();
        wrongKey.insert(QStringLiteral("CIO_TRACK_API_KEY"), QStringLiteral("not-the-key"));
        const CliResult rejected = run(
            {QStringLiteral("region"), QStringLiteral("--site-id"), kEuSite, QStringLiteral("--json")}, {}, wrongKey);
        QCOMPARE(rejected.code, 1);
        QVERIFY(rejected.json().value(QStringLiteral("region")).isNull()); // never US by default
        QVERIFY2(rejected.err.contains("rejected by Customer.io"), rejected.err.constData());

        QProcessEnvironment usKey = environment();
        usKey.insert(QStringLiteral("CIO_TRACK_API_KEY"), kUsKey);
        const CliResult wrongRegion =
            run({QStringLiteral("send"), QStringLiteral("identify"), QStringLiteral("--site-id"), kUsSite,
                 QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--via"), QStringLiteral("eu"),
                 QStringLiteral("--json")},
                {}, usKey);
        QCOMPARE(wrongRegion.code, 1);
        QCOMPARE(wrongRegion.json().value(QStringLiteral("status")).toInt(), 401);
    }

    void missingKeyExitsThree()
    {
        const CliResult r = run({QStringLiteral("region"), QStringLiteral("--site-id"), kUsSite});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("CIO_TRACK_API_KEY"), r.err.constData());
    }

    void serverThatNeverAnswersTimesOut()
    {
        sandboxGet(QStringLiteral("/__sandbox/fault"), "{\"host\":\"track-us\",\"fault\":\"hang\"}");
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("CIO_TRACK_API_KEY"), kUsKey);
        QElapsedTimer timer;
        timer.start();
        const CliResult r = run({QStringLiteral("send"), QStringLiteral("event"), QStringLiteral("--site-id"), kUsSite,
                                 QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--name"),
                                 QStringLiteral("x"), QStringLiteral("--timeout"), QStringLiteral("1")},
                                {}, env);
        sandboxGet(QStringLiteral("/__sandbox/fault"), "{\"host\":\"track-us\",\"fault\":\"none\"}");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("timed out after 1 s"), qPrintable(r.describe()));
        QVERIFY(timer.elapsed() < 10000);
    }

    void noKeychainFailsClosed()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        env.remove(QStringLiteral("DISPLAY"));
        const QString name = QStringLiteral("No keychain %1").arg(QCoreApplication::applicationPid());
        const CliResult r =
            run({QStringLiteral("workspace"), QStringLiteral("add"), name, QStringLiteral("--site-id"), kUsSite},
                (kUsKey + u'\n').toUtf8(), env);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("secure storage unavailable"), qPrintable(r.describe()));
        const CliResult list = run({QStringLiteral("workspace"), QStringLiteral("list")});
        QVERIFY(!list.out.contains(name.toUtf8())); // nothing half-added

        const CliResult region = run({QStringLiteral("region"), QStringLiteral("--workspace"), m_euWorkspace}, {}, env);
        QCOMPARE(region.code, 3);
        QVERIFY2(region.err.contains("secure storage unavailable"), qPrintable(region.describe()));
    }

    // A bus that accepts the connection and never answers (a keyring waiting on a prompt that never
    // comes): the watchdog ends the job as "keychain not responding" and nothing is stored.
    void keychainThatNeverAnswers()
    {
        QTemporaryDir dir;
        QLocalServer silentBus;
        QList<QLocalSocket *> held;
        QVERIFY(silentBus.listen(dir.filePath(QStringLiteral("bus"))));
        connect(&silentBus, &QLocalServer::newConnection, this, [&silentBus, &held] {
            while (QLocalSocket *socket = silentBus.nextPendingConnection())
                held << socket;
        });
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + silentBus.fullServerName());
        env.remove(QStringLiteral("DISPLAY"));
        QProcess p;
        m_cli.start(&p,
                    {QStringLiteral("workspace"), QStringLiteral("add"), QStringLiteral("Silent"),
                     QStringLiteral("--site-id"), kUsSite, QStringLiteral("--keychain-timeout"), QStringLiteral("1")},
                    env);
        p.write((kUsKey + u'\n').toUtf8());
        p.closeWriteChannel();
        // Serve the event loop (the silent bus lives in this process) while the child runs.
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
        const QByteArray err = p.readAllStandardError();
        m_cli.collect(p.readAllStandardOutput() + err);
        QCOMPARE(p.exitCode(), 3);
        QVERIFY2(err.contains("keychain not responding"), err.constData());
        const CliResult list = run({QStringLiteral("workspace"), QStringLiteral("list")});
        QVERIFY(!list.out.contains("Silent"));
    }

    void invalidEndpointFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("endpoints.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"us\":{\"track\":\"http://track.example.com\",\"api\":\"https://"
                "a.example\"},\"eu\":{\"track\":\"https://b.example\",\"api\":\"https://c.example\"}}");
        f.close();
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("CIO_CONSOLE_ENDPOINTS"), path);
        env.insert(QStringLiteral("CIO_TRACK_API_KEY"), kUsKey);
        const CliResult r = run({QStringLiteral("region"), QStringLiteral("--site-id"), kUsSite}, {}, env);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("\"us.track\" must use https"), qPrintable(r.describe()));
    }

    // The window saves call templates per workspace in the settings file; removing the workspace from the
    // command line takes them, and the window's remembered selection of it, away too.
    void workspaceRemoveTakesItsTemplates()
    {
        const QString name = QStringLiteral("Templated%1").arg(QCoreApplication::applicationPid());
        const QString settingsPath = m_home.path(QStringLiteral("config/") + kService + QStringLiteral(".conf"));
        CliResult r = run({QStringLiteral("workspace"), QStringLiteral("add"), name, QStringLiteral("--site-id"),
                           kUsSite, QStringLiteral("--no-verify")},
                          (kUsKey + u'\n').toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            ComposedCall call;
            call.identifier = QStringLiteral("42");
            call.name = QStringLiteral("signed_up");
            QCOMPARE(CallTemplates(&settings).save(name, QStringLiteral("welcome"), call), QString());
            settings.setValue(QStringLiteral("window/workspace"), name);
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        const auto settingsText = [&settingsPath] {
            QFile file(settingsPath);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QVERIFY(settingsText().contains("[templates]\n" + name.toUtf8() + '='));

        r = run({QStringLiteral("workspace"), QStringLiteral("remove"), name});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Removed workspace"), qPrintable(r.describe()));
        const QByteArray after = settingsText();
        QVERIFY2(!after.contains(name.toUtf8()), after.constData());
        QVERIFY(after.contains(m_euWorkspace.toUtf8())); // the others stay
        QCOMPARE(secretToolLookup(name + QStringLiteral("/track-api-key")), QString());
    }

    // A settings file that cannot be written (its directory is a regular file: that stops root too) adds
    // nothing, not even to the keychain, and says which file.
    void workspaceAddWithUnwritableSettingsAddsNothing()
    {
        const QString notADirectory = m_home.path(QStringLiteral("config-is-a-file"));
        QFile file(notADirectory);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), notADirectory);
        const QString name = QStringLiteral("Unwritable %1").arg(QCoreApplication::applicationPid());
        const CliResult r = run({QStringLiteral("workspace"), QStringLiteral("add"), name, QStringLiteral("--site-id"),
                                 kUsSite, QStringLiteral("--no-verify")},
                                (kUsKey + u'\n').toUtf8(), env);
        QCOMPARE(r.code, 3);
        const QString path = notADirectory + u'/' + kService + QStringLiteral(".conf");
        QVERIFY2(r.err.contains(QStringLiteral("workspace \"%1\" was not added: could not write the settings file %2 "
                                               "(%3 is not a directory)")
                                    .arg(name, path, notADirectory)
                                    .toUtf8()),
                 qPrintable(r.describe()));
        QCOMPARE(secretToolLookup(name + QStringLiteral("/track-api-key")), QString());
    }

    void workspaceRemoveDeletesKeychainEntries()
    {
        const CliResult r = run({QStringLiteral("workspace"), QStringLiteral("remove"), m_euWorkspace});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(secretToolLookup(m_euWorkspace + QStringLiteral("/track-api-key")), QString());
        QCOMPARE(secretToolLookup(m_euWorkspace + QStringLiteral("/app-api-key")), QString());
        const CliResult list = run({QStringLiteral("workspace"), QStringLiteral("list")});
        QVERIFY(!list.out.contains(m_euWorkspace.toUtf8()));
    }

    // A Pipelines-only workspace through the binary: each source's key in the Secret Service, never in the
    // settings or the output; edited and removed with it.
    void pipelinesSourcesLiveInTheKeychain()
    {
        const QString name = QStringLiteral("Pipelines only");
        const QString website = name + QStringLiteral("/pipelines/Website/pipelines-api-key");
        const QString mobile = name + QStringLiteral("/pipelines/Mobile/pipelines-api-key");
        CliResult r = run({QStringLiteral("workspace"), QStringLiteral("add"), name,
                           QStringLiteral("--pipelines-source"), QStringLiteral("Website=eu")},
                          (kWebsiteKey + u'\n').toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(secretToolLookup(website), kWebsiteKey);
        QCOMPARE(secretToolLookup(name + QStringLiteral("/track-api-key")), QString());

        r = run({QStringLiteral("workspace"), QStringLiteral("edit"), name, QStringLiteral("--pipelines-source"),
                 QStringLiteral("Mobile"), QStringLiteral("--remove-pipelines-source"), QStringLiteral("Website")},
                (kMobileKey + u'\n').toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(secretToolLookup(mobile), kMobileKey);
        QCOMPARE(secretToolLookup(website), QString());

        r = run({QStringLiteral("workspace"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        bool found = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("name")).toString() != name)
                continue;
            found = true;
            QVERIFY(o.value(QStringLiteral("site_id")).isNull());
            const QJsonArray sources = o.value(QStringLiteral("pipelines_sources")).toArray();
            QCOMPARE(sources.size(), 1);
            QCOMPARE(sources.first().toObject().value(QStringLiteral("region_basis")).toString(),
                     QStringLiteral("none"));
        }
        QVERIFY(found);

        r = run({QStringLiteral("workspace"), QStringLiteral("remove"), name});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(secretToolLookup(mobile), QString());
    }

    // Runs last: every stream and every file the console wrote is free of the canary keys.
    void zz_noSecretInAnyOutputOrFile()
    {
        QList<QByteArray> canaries;
        for (const QString &key : {kEuKey, kUsKey, kEuAppKey, kRotatedKey, kRotatedAppKey, kWebsiteKey, kMobileKey}) {
            canaries << key.toUtf8();
            for (const QString &site : {kEuSite, kUsSite})
                canaries << (site + u':' + key).toUtf8().toBase64();
        }
        for (const QByteArray &canary : canaries)
            QVERIFY2(!m_cli.allOutput().contains(canary), canary.constData());
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            ++files;
            for (const QByteArray &canary : canaries)
                QVERIFY2(!content.contains(canary), qPrintable(f.fileName()));
        }
        QVERIFY(files >= 3); // the settings file, the endpoint file and the request log at least
    }

private:
    static QString EndpointLabel(const QUrl &url) { return url.host() + u':' + QString::number(url.port()); }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
