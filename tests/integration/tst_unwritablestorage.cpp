// Issue 17, class 5: a configuration or data directory that is read-only, full or cannot exist. The
// built binary is driven as a user would, with the real keyring: workspace add, edit and remove fail with
// a message naming the path and leave the keychain as it was; calls are not sent without a request log
// unless the user says so (--no-log).
//
// A read-only or full directory is real: as root (CI) the command runs in a private mount namespace where
// the directory is bind-mounted read-only or replaced by a 32 KiB tmpfs that is full (root ignores file
// modes); as another user the directory's modes make it read-only, and the full case needs root.
#include "support/cliprocess.h"
#include "support/keyring.h"
#include "support/sandboxprocess.h"
#include "support/testhome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

namespace {
const QString Service = QStringLiteral("io.github.regionconsole.RegionConsole");
const QString Site = QStringLiteral("demo-eu-site"); // the sandbox's EU demo account
const QString Key = QStringLiteral("demo-eu-track-key");
const QString NewKey = QStringLiteral("rotated-track-key-0a1b2c");
} // namespace

class TestUnwritableStorage : public QObject
{
    Q_OBJECT

    TestHome m_home;
    CliProcess m_cli;
    SandboxProcess m_sandbox;
    int m_cases = 0;

    enum class Storage { Writable, ReadOnly, Full };

    // Runs the console with dir read-only or full for it alone (see the top of this file).
    CliResult runWith(Storage storage, const QString &dir, const QStringList &args, const QByteArray &input = {})
    {
        ++m_cases;
        QProcessEnvironment env = m_home.environment();
        env.insert(QStringLiteral("CIO_CONSOLE_ENDPOINTS"), m_sandbox.endpointsFile());
        CliProcess cli;
        const bool root = geteuid() == 0;
        if (storage == Storage::ReadOnly && root) {
            cli.setLauncher(
                {QStringLiteral("unshare"), QStringLiteral("--mount"), QStringLiteral("--propagation"),
                 QStringLiteral("private"), QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" && exec \"$@\""), dir});
        } else if (storage == Storage::Full) {
            cli.setLauncher(
                {QStringLiteral("unshare"), QStringLiteral("--mount"), QStringLiteral("--propagation"),
                 QStringLiteral("private"), QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("mount -t tmpfs -o size=32k tmpfs \"$0\" && "
                                "(dd if=/dev/zero of=\"$0/filler\" bs=1k 2>/dev/null; true) && exec \"$@\""),
                 dir});
        }
        QFile::Permissions before;
        if (storage == Storage::ReadOnly && !root) {
            before = QFile::permissions(dir);
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner);
        }
        cli.setEnvironment(env);
        const CliResult r = cli.run(args, input);
        if (storage == Storage::ReadOnly && !root)
            QFile::setPermissions(dir, before);
        m_cli.collect(r.out + r.err);
        return r;
    }

    QString trackKeyInKeychain(const QString &workspace)
    {
        return Keyring::lookup(Service, workspace + QStringLiteral("/track-api-key"));
    }

    bool listed(const QString &workspace)
    {
        const CliResult r = runWith(Storage::Writable, {},
                                    {QStringLiteral("workspace"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &w : QJsonDocument::fromJson(r.out).array()) {
            if (w.toObject().value(QStringLiteral("name")).toString() == workspace)
                return true;
        }
        return false;
    }

    int sandboxRequests()
    {
        return int(QJsonDocument::fromJson(m_sandbox.request(QStringLiteral("/__sandbox/requests"))).array().size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(m_cli.binary()),
                 "CIO_CONSOLE_BINARY must name the built cio-console (run through ctest)");
        const QString missing = Keyring::missing();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        QVERIFY(m_home.isValid());
        QVERIFY2(geteuid() != 0 || !QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty(),
                 "unshare (util-linux) is needed to make a directory read-only or full for root");
        m_cli.setEnvironment(m_home.environment());
        QString error;
        QVERIFY2(m_sandbox.start(&m_cli, m_home.path(QStringLiteral("endpoints.json")), {}, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_sandbox.stop();
        qInfo("unwritable-storage cases tried: %d", m_cases);
    }

    void addFailsAndLeavesTheKeychainAsItWas_data()
    {
        QTest::addColumn<int>("storage");
        QTest::newRow("read-only configuration directory") << int(Storage::ReadOnly);
        QTest::newRow("full configuration directory") << int(Storage::Full);
    }
    void addFailsAndLeavesTheKeychainAsItWas()
    {
        QFETCH(int, storage);
        if (Storage(storage) == Storage::Full)
            QVERIFY2(geteuid() == 0, "a full file system is made with a tmpfs mount, which needs root (as in CI)");
        const QString name = QStringLiteral("Unwritable %1").arg(storage);
        const CliResult r =
            runWith(Storage(storage), m_home.configDir(),
                    {QStringLiteral("workspace"), QStringLiteral("add"), name, QStringLiteral("--site-id"), Site},
                    (Key + u'\n').toUtf8());
        QVERIFY2(r.code == 3 || r.code == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(m_home.settingsPath().toUtf8()), qPrintable(r.describe()));
        QVERIFY2(r.err.contains("was not added"), qPrintable(r.describe()));
        QCOMPARE(trackKeyInKeychain(name), QString());
        QVERIFY(!listed(name));
    }

    void addFailsWhenTheConfigurationDirectoryCannotExist()
    {
        QFile blocker(m_home.path(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QProcessEnvironment env = m_home.environment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), blocker.fileName() + QStringLiteral("/config"));
        ++m_cases;
        const CliResult r = m_cli.run({QStringLiteral("workspace"), QStringLiteral("add"), QStringLiteral("Nowhere"),
                                       QStringLiteral("--site-id"), Site, QStringLiteral("--no-verify")},
                                      (Key + u'\n').toUtf8(), env);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(blocker.fileName().toUtf8() + "/config/"), qPrintable(r.describe()));
        QCOMPARE(trackKeyInKeychain(QStringLiteral("Nowhere")), QString());
    }

    void editAndRemoveFailAndKeepEverything()
    {
        const QString name = QStringLiteral("Kept");
        CliResult r =
            runWith(Storage::Writable, {},
                    {QStringLiteral("workspace"), QStringLiteral("add"), name, QStringLiteral("--site-id"), Site},
                    (Key + u'\n').toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(trackKeyInKeychain(name), Key);

        r = runWith(Storage::ReadOnly, m_home.configDir(),
                    {QStringLiteral("workspace"), QStringLiteral("edit"), name, QStringLiteral("--name"),
                     QStringLiteral("Renamed")});
        QVERIFY2(r.code == 3 || r.code == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(m_home.settingsPath().toUtf8()), qPrintable(r.describe()));
        QCOMPARE(trackKeyInKeychain(name), Key);
        QCOMPARE(trackKeyInKeychain(QStringLiteral("Renamed")), QString());

        r = runWith(Storage::ReadOnly, m_home.configDir(),
                    {QStringLiteral("workspace"), QStringLiteral("edit"), name, QStringLiteral("--track-key-stdin"),
                     QStringLiteral("--no-verify")},
                    (NewKey + u'\n').toUtf8());
        QVERIFY2(r.code == 3 || r.code == 1, qPrintable(r.describe()));
        QCOMPARE(trackKeyInKeychain(name), Key);

        r = runWith(Storage::ReadOnly, m_home.configDir(),
                    {QStringLiteral("workspace"), QStringLiteral("remove"), name});
        QVERIFY2(r.code == 3 || r.code == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(m_home.settingsPath().toUtf8()), qPrintable(r.describe()));
        QCOMPARE(trackKeyInKeychain(name), Key);
        QVERIFY(listed(name));
    }

    void callsWaitForTheUserWhenTheLogCannotBeWritten()
    {
        const QStringList send {
            QStringLiteral("send"), QStringLiteral("event"), QStringLiteral("--site-id"), Site,
            QStringLiteral("--id"), QStringLiteral("ada"),   QStringLiteral("--name"),    QStringLiteral("unlogged")};
        QProcessEnvironment env = m_home.environment();
        env.insert(QStringLiteral("CIO_TRACK_API_KEY"), Key);
        env.insert(QStringLiteral("CIO_CONSOLE_ENDPOINTS"), m_sandbox.endpointsFile());
        // The data directory cannot exist: the log cannot be opened.
        QFile blocker(m_home.path(QStringLiteral("data-blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        env.insert(QStringLiteral("XDG_DATA_HOME"), blocker.fileName() + QStringLiteral("/data"));

        const int before = sandboxRequests();
        ++m_cases;
        CliResult r = m_cli.run(send, {}, env);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("nothing was sent (add --no-log"), qPrintable(r.describe()));
        QVERIFY2(r.err.contains(blocker.fileName().toUtf8()), qPrintable(r.describe()));
        QCOMPARE(sandboxRequests(), before);

        ++m_cases;
        r = m_cli.run(QStringList {QStringLiteral("region"), QStringLiteral("--site-id"), Site}, {}, env);
        QCOMPARE(r.code, 3);
        QCOMPARE(sandboxRequests(), before);

        ++m_cases;
        r = m_cli.run(send + QStringList {QStringLiteral("--no-log")}, {}, env);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("warning: request log:"), qPrintable(r.describe()));
        QCOMPARE(sandboxRequests(), before + 2); // the US host's redirect, then the EU host
    }
};

QTEST_GUILESS_MAIN(TestUnwritableStorage)
#include "tst_unwritablestorage.moc"
