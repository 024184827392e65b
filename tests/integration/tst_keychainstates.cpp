// The keychain in the states an admin meets besides "working": a locked keyring, a D-Bus session without
// a Secret Service, and no D-Bus session at all. Each gives its own message, the command line exits 3,
// and no key is written anywhere in plaintext.
//
// These tests run their own D-Bus session and gnome-keyring (not tests/run-headless.sh's): on a bus
// started without DISPLAY, gnome-keyring's unlock prompt cannot open and is dismissed at once, as when
// an admin cancels it, instead of waiting on the X server for an answer that never comes. The keyring
// is locked through the Secret Service API (Service.Lock) and unlocked again with its password through
// gnome-keyring's own interface, without a prompt.
#include "keychaincredentialstore.h"
#include "support/cliprocess.h"
#include "support/keyring.h"
#include "support/testhome.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
const QString kService = u"io.github.regionconsole.RegionConsole"_s;
const QString kPassword = u"states-password"_s;
const QString kKey = u"cnry-LOCKED-track-71c0e9a3d4"_s;
const QString kNewKey = u"cnry-LOCKED-new-2f8b41d6c5"_s;
const QString kSecretsPath = u"/org/freedesktop/secrets"_s;
const QString kLogin = u"/org/freedesktop/secrets/collection/login"_s;
} // namespace

class tst_KeychainStates : public QObject
{
    Q_OBJECT

    TestHome m_home; // also holds the buses' configuration files and sockets
    CliProcess m_cli;
    QString m_busAddress; // the private session with a gnome-keyring
    QString m_bareBusAddress; // a session without any Secret Service
    QProcess m_bus;
    QProcess m_bareBus;
    QProcess m_keyring;

    QString path(const QString &name) const { return m_home.path(name); }

    // A session bus of our own: activation of the standard session services (gnome-keyring's prompter)
    // only when withServices; the daemon and everything it starts have no DISPLAY.
    bool startBus(QProcess &process, const QString &name, bool withServices, QString *address)
    {
        const QString config = path(name + u".conf"_s);
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(uR"(<busconfig>
  <type>session</type>
  <listen>unix:path=%1</listen>
  <auth>EXTERNAL</auth>
  %2
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)"_s.arg(path(name + u".socket"_s), withServices ? u"<standard_session_servicedirs/>"_s : QString())
                    .toUtf8());
        f.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(u"dbus-daemon"_s, {u"--config-file="_s + config, u"--nofork"_s, u"--print-address=1"_s});
        if (!process.waitForStarted(10000))
            return false;
        if (!QTest::qWaitFor([&process] { return process.canReadLine(); }, 10000))
            return false;
        *address = QString::fromUtf8(process.readLine()).trimmed();
        return !address->isEmpty();
    }

    QProcessEnvironment environment(const QString &busAddress) const
    {
        QProcessEnvironment env = m_home.environment();
        env.insert(u"XDG_RUNTIME_DIR"_s, m_home.runtimeDir());
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        if (busAddress.isEmpty())
            env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        else
            env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, busAddress);
        return env;
    }

    // The in-process keyring connection is served while the command runs (CliProcess turns the event loop).
    CliResult run(const QStringList &args, const QByteArray &input = {}, const QString &bus = QString(),
                  bool keyringBus = true)
    {
        return m_cli.run(args, input, environment(keyringBus && bus.isEmpty() ? m_busAddress : bus));
    }

    QString secretToolLookup(const QString &entry) const
    {
        return Keyring::lookup(kService, entry, environment(m_busAddress));
    }

    static QDBusConnection keyringBus() { return QDBusConnection(u"states-keyring"_s); }

    QDBusMessage secretsCall(const QString &objectPath, const QString &interface, const QString &method,
                             const QList<QVariant> &args)
    {
        QDBusMessage message =
            QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, objectPath, interface, method);
        message.setArguments(args);
        return keyringBus().call(message, QDBus::Block, 10000);
    }

    bool loginLocked()
    {
        const QDBusMessage reply = secretsCall(kLogin, u"org.freedesktop.DBus.Properties"_s, u"Get"_s,
                                               {u"org.freedesktop.Secret.Collection"_s, u"Locked"_s});
        return !reply.arguments().isEmpty()
            && qvariant_cast<QDBusVariant>(reply.arguments().constFirst()).variant().toBool();
    }

    // Service.Lock needs no prompt for gnome-keyring.
    void lockLogin()
    {
        const QDBusMessage reply = secretsCall(kSecretsPath, u"org.freedesktop.Secret.Service"_s, u"Lock"_s,
                                               {QVariant::fromValue(QList<QDBusObjectPath> {QDBusObjectPath(kLogin)})});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
        QVERIFY(loginLocked());
    }

    // Service.Unlock would ask through a prompt; gnome-keyring's own interface takes the password instead.
    void unlockLogin()
    {
        const QDBusMessage session = secretsCall(kSecretsPath, u"org.freedesktop.Secret.Service"_s, u"OpenSession"_s,
                                                 {u"plain"_s, QVariant::fromValue(QDBusVariant(u""_s))});
        QVERIFY2(session.type() == QDBusMessage::ReplyMessage && session.arguments().size() == 2,
                 qPrintable(session.errorMessage()));
        const QDBusObjectPath sessionPath = qvariant_cast<QDBusObjectPath>(session.arguments().at(1));
        QDBusArgument secret;
        secret.beginStructure();
        secret << sessionPath << QByteArray() << kPassword.toUtf8() << u"text/plain"_s;
        secret.endStructure();
        const QDBusMessage reply = secretsCall(
            kSecretsPath, u"org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"_s, u"UnlockWithMasterPassword"_s,
            {QVariant::fromValue(QDBusObjectPath(kLogin)), QVariant::fromValue(secret)});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
        QVERIFY(!loginLocked());
    }

    static CredentialResult wait(const std::function<void(CredentialStore::Callback)> &start)
    {
        return Keyring::wait(start);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(m_cli.binary()),
                 "CIO_CONSOLE_BINARY must name the built cio-console (run through ctest)");
        for (const QString &tool : {u"dbus-daemon"_s, u"gnome-keyring-daemon"_s, u"secret-tool"_s})
            QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(), qPrintable(tool + u" is needed"_s));
        QVERIFY(m_home.isValid());

        QVERIFY(startBus(m_bus, u"keyring-bus"_s, true, &m_busAddress));
        QVERIFY(startBus(m_bareBus, u"bare-bus"_s, false, &m_bareBusAddress));

        // A fresh keyring, created unlocked with a known password (read from stdin).
        m_keyring.setProcessEnvironment(environment(m_busAddress));
        m_keyring.start(u"gnome-keyring-daemon"_s, {u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s});
        QVERIFY(m_keyring.waitForStarted(10000));
        m_keyring.write(kPassword.toUtf8());
        m_keyring.closeWriteChannel();

        // This process talks to the private session too: the store under test, and the lock/unlock calls.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toUtf8());
        qunsetenv("DISPLAY");
        QDBusConnection bus = QDBusConnection::connectToBus(m_busAddress, u"states-keyring"_s);
        QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
        QTRY_VERIFY_WITH_TIMEOUT(bus.interface()->isServiceRegistered(u"org.freedesktop.secrets"_s), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            qvariant_cast<QDBusObjectPath>(
                secretsCall(kSecretsPath, u"org.freedesktop.Secret.Service"_s, u"ReadAlias"_s, {u"default"_s})
                    .arguments()
                    .value(0))
                    .path()
                == kLogin,
            15000);
        QVERIFY(!loginLocked());
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(u"states-keyring"_s);
        for (QProcess *p : {&m_keyring, &m_bareBus, &m_bus}) {
            p->terminate();
            if (!p->waitForFinished(5000))
                p->kill();
            p->waitForFinished(5000);
        }
    }

    void lockedKeyringIsNamedAndChangesNothing()
    {
        const CliResult added =
            run({u"workspace"_s, u"add"_s, u"Locked"_s, u"--site-id"_s, u"locked-site"_s, u"--no-verify"_s},
                (kKey + u'\n').toUtf8());
        QVERIFY2(added.code == 0, qPrintable(added.describe()));
        QCOMPARE(secretToolLookup(u"Locked/track-api-key"_s), kKey);

        lockLogin();

        // The store itself: read, write and delete each say "locked", never "unavailable" or "not found".
        KeychainCredentialStore store(kService, 10000);
        const QString entry = u"Locked/track-api-key"_s;
        CredentialResult r = wait([&](auto done) { store.read(entry, this, done); });
        QCOMPARE(r.error, CredentialResult::Error::AccessDenied);
        QCOMPARE(r.cause, CredentialResult::Cause::Locked);
        QVERIFY(r.secret.isEmpty());
        QVERIFY2(CredentialStore::describe(r).startsWith(u"the keyring is locked"_s),
                 qPrintable(CredentialStore::describe(r)));
        r = wait([&](auto done) { store.write(entry, kNewKey, this, done); });
        QCOMPARE(r.error, CredentialResult::Error::AccessDenied);
        QCOMPARE(r.cause, CredentialResult::Cause::Locked);
        r = wait([&](auto done) { store.remove(entry, this, done); });
        QCOMPARE(r.error, CredentialResult::Error::AccessDenied);
        QCOMPARE(r.cause, CredentialResult::Cause::Locked);
        QVERIFY2(CredentialStore::describe(r).contains(u"remains"_s), qPrintable(CredentialStore::describe(r)));
        // A key that is in no keyring at all is still "not found".
        r = wait([&](auto done) { store.read(u"Nobody/track-api-key"_s, this, done); });
        QCOMPARE(r.error, CredentialResult::Error::NotFound);

        // The command line: every command that needs the keychain exits 3 and says why.
        const CliResult region = run({u"region"_s, u"--workspace"_s, u"Locked"_s});
        QVERIFY2(region.code == 3, qPrintable(region.describe()));
        QVERIFY2(region.err.contains("the keyring is locked"), qPrintable(region.describe()));
        QVERIFY(!region.err.contains("unavailable"));

        const CliResult another =
            run({u"workspace"_s, u"add"_s, u"Other"_s, u"--site-id"_s, u"other-site"_s, u"--no-verify"_s},
                (kNewKey + u'\n').toUtf8());
        QVERIFY2(another.code == 3, qPrintable(another.describe()));
        QVERIFY2(another.err.contains("the keyring is locked"), qPrintable(another.describe()));

        const CliResult edit = run({u"workspace"_s, u"edit"_s, u"Locked"_s, u"--track-key-stdin"_s, u"--no-verify"_s},
                                   (kNewKey + u'\n').toUtf8());
        QVERIFY2(edit.code == 3, qPrintable(edit.describe()));
        QVERIFY2(edit.err.contains("the keyring is locked"), qPrintable(edit.describe()));

        const CliResult rename = run({u"workspace"_s, u"edit"_s, u"Locked"_s, u"--name"_s, u"Renamed"_s});
        QVERIFY2(rename.code == 3, qPrintable(rename.describe()));
        QVERIFY2(rename.err.contains("the keyring is locked"), qPrintable(rename.describe()));

        const CliResult remove = run({u"workspace"_s, u"remove"_s, u"Locked"_s});
        QVERIFY2(remove.code == 3, qPrintable(remove.describe()));
        QVERIFY2(remove.err.contains("the keyring is locked"), qPrintable(remove.describe()));

        const CliResult list = run({u"workspace"_s, u"list"_s});
        QCOMPARE(list.code, 0);
        QVERIFY2(list.out.contains("Locked\tlocked-site"), qPrintable(list.describe()));
        QVERIFY(!list.out.contains("Other"));
        QVERIFY(!list.out.contains("Renamed"));

        // Unlocked again: the key is the one stored before, nothing was replaced, added or removed.
        unlockLogin();
        QCOMPARE(secretToolLookup(u"Locked/track-api-key"_s), kKey);
        QCOMPARE(secretToolLookup(u"Other/track-api-key"_s), QString());
        QCOMPARE(secretToolLookup(u"Renamed/track-api-key"_s), QString());
        r = wait([&](auto done) { store.read(entry, this, done); });
        QVERIFY2(r.ok(), qPrintable(CredentialStore::describe(r)));
        QCOMPARE(r.secret, kKey);
    }

    void noSecretServiceOnTheSession()
    {
        const CliResult r = run({u"workspace"_s, u"add"_s, u"Bare"_s, u"--site-id"_s, u"bare-site"_s, u"--no-verify"_s},
                                (kNewKey + u'\n').toUtf8(), m_bareBusAddress);
        QVERIFY2(r.code == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("no Secret Service keychain (such as GNOME Keyring or KeePassXC) runs on the D-Bus "
                                "session"),
                 qPrintable(r.describe()));
        QVERIFY(!run({u"workspace"_s, u"list"_s}).out.contains("Bare"));
        // Known from the bus at once, not after the keychain's watchdog: with a watchdog of one second the
        // answer still names the missing Secret Service, never "no answer from the keychain".
        const CliResult quick = run({u"workspace"_s, u"add"_s, u"Bare"_s, u"--site-id"_s, u"bare-site"_s,
                                     u"--no-verify"_s, u"--keychain-timeout"_s, u"1"_s},
                                    (kNewKey + u'\n').toUtf8(), m_bareBusAddress);
        QVERIFY2(quick.code == 3, qPrintable(quick.describe()));
        QVERIFY2(quick.err.contains("no Secret Service keychain"), qPrintable(quick.describe()));
        QVERIFY2(!quick.err.contains("no answer from the keychain"), qPrintable(quick.describe()));
        const CliResult region = run({u"region"_s, u"--workspace"_s, u"Locked"_s}, {}, m_bareBusAddress);
        QVERIFY2(region.code == 3, qPrintable(region.describe()));
        QVERIFY2(region.err.contains("no Secret Service keychain"), qPrintable(region.describe()));
    }

    void noSessionBus_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("not set") << QString();
        QTest::newRow("nothing there") << u"unix:path="_s + path(u"no-bus"_s);
    }
    void noSessionBus()
    {
        QFETCH(QString, address);
        const CliResult r =
            run({u"workspace"_s, u"add"_s, u"Nobus"_s, u"--site-id"_s, u"nobus-site"_s, u"--no-verify"_s},
                (kNewKey + u'\n').toUtf8(), address, false);
        QVERIFY2(r.code == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("no D-Bus session bus"), qPrintable(r.describe()));
        QVERIFY(!r.err.contains("Secret Service keychain (such as"));
        const CliResult region = run({u"region"_s, u"--workspace"_s, u"Locked"_s}, {}, address, false);
        QVERIFY2(region.code == 3, qPrintable(region.describe()));
        QVERIFY2(region.err.contains("no D-Bus session bus"), qPrintable(region.describe()));
    }

    // Last: no output and no file holds a key in plaintext; the keyring file holds it encrypted only.
    void zz_noPlaintextAnywhere()
    {
        for (const QString &key : {kKey, kNewKey})
            QVERIFY2(!m_cli.allOutput().contains(key.toUtf8()), qPrintable(key));
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int keyrings = 0;
        while (it.hasNext()) {
            const QString file = it.next();
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue; // sockets
            const QByteArray content = f.readAll();
            keyrings += file.endsWith(u".keyring"_s) ? 1 : 0;
            for (const QString &key : {kKey, kNewKey})
                QVERIFY2(!content.contains(key.toUtf8()), qPrintable(file));
        }
        QVERIFY(keyrings >= 1);
    }
};

QTEST_GUILESS_MAIN(tst_KeychainStates)
#include "tst_keychainstates.moc"
