// KeychainCredentialStore against the real gnome-keyring Secret Service over D-Bus, checked from
// outside the app with secret-tool.
#include "keychaincredentialstore.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <optional>

namespace {
const QString kService = QStringLiteral("io.github.regionconsole.RegionConsole.test");
}

class tst_KeychainCredentialStore : public QObject
{
    Q_OBJECT

    static QString lookup(const QString &key)
    {
        QProcess p;
        p.start(QStringLiteral("secret-tool"),
                {QStringLiteral("lookup"), QStringLiteral("server"), kService, QStringLiteral("user"), key});
        p.waitForFinished(15000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    CredentialResult wait(const std::function<void(CredentialStore::Callback)> &start)
    {
        std::optional<CredentialResult> result;
        start([&result](const CredentialResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(CredentialResult {CredentialResult::Error::Other, QStringLiteral("no answer"), {}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run the suite through tests/run-headless.sh (gnome-keyring over D-Bus)");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(), "secret-tool is missing");
    }

    void writeReadRotateRemove()
    {
        KeychainCredentialStore store(kService);
        const QString key = CredentialStore::entryKey(QStringLiteral("Acme EU"), SecretKind::TrackApiKey);
        QCOMPARE(key, QStringLiteral("Acme EU/track-api-key"));

        CredentialResult r = wait([&](auto done) { store.write(key, QStringLiteral("first-secret"), this, done); });
        QVERIFY2(r.ok(), qPrintable(CredentialStore::describe(r)));
        QCOMPARE(lookup(key), QStringLiteral("first-secret"));

        r = wait([&](auto done) { store.read(key, this, done); });
        QVERIFY(r.ok());
        QCOMPARE(r.secret, QStringLiteral("first-secret"));

        r = wait([&](auto done) { store.write(key, QStringLiteral("rotated-secret"), this, done); });
        QVERIFY(r.ok());
        QCOMPARE(lookup(key), QStringLiteral("rotated-secret"));

        r = wait([&](auto done) { store.remove(key, this, done); });
        QVERIFY(r.ok());
        QCOMPARE(lookup(key), QString());

        r = wait([&](auto done) { store.read(key, this, done); });
        QCOMPARE(r.error, CredentialResult::Error::NotFound);
        QVERIFY(r.secret.isEmpty());
    }

    void separateEntriesPerSecret()
    {
        KeychainCredentialStore store(kService);
        const QString track = CredentialStore::entryKey(QStringLiteral("W"), SecretKind::TrackApiKey);
        const QString app = CredentialStore::entryKey(QStringLiteral("W"), SecretKind::AppApiKey);
        QVERIFY(wait([&](auto done) { store.write(track, QStringLiteral("t"), this, done); }).ok());
        QVERIFY(wait([&](auto done) { store.write(app, QStringLiteral("a"), this, done); }).ok());
        QCOMPARE(lookup(track), QStringLiteral("t"));
        QCOMPARE(lookup(app), QStringLiteral("a"));
        QVERIFY(wait([&](auto done) { store.remove(track, this, done); }).ok());
        QVERIFY(wait([&](auto done) { store.remove(app, this, done); }).ok());
    }

    void answerIgnoredWhenContextIsGone()
    {
        KeychainCredentialStore store(kService);
        bool called = false;
        {
            QObject context;
            store.read(QStringLiteral("nothing/track-api-key"), &context,
                       [&called](const CredentialResult &) { called = true; });
        }
        QTest::qWait(300);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(tst_KeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
