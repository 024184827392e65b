// KeychainCredentialStore against the real gnome-keyring Secret Service over D-Bus, checked from
// outside the app with secret-tool.
#include "keychaincredentialstore.h"
#include "support/keyring.h"

#include <QTest>

namespace {
const QString kService = QStringLiteral("io.github.regionconsole.RegionConsole.test");
}

class tst_KeychainCredentialStore : public QObject
{
    Q_OBJECT

    static QString lookup(const QString &key) { return Keyring::lookup(kService, key); }
    static CredentialResult wait(const std::function<void(CredentialStore::Callback)> &start)
    {
        return Keyring::wait(start);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = Keyring::missing();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
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

    // The answer to a call whose context is gone is dropped. The barrier that proves it would have come:
    // QtKeychain runs its jobs one at a time, in the order they were started, and a read of an entry that
    // exists is answered from its job (no diagnosis follows), so once a read started after it has been
    // answered, the first read's answer has been given or dropped.
    void answerIgnoredWhenContextIsGone()
    {
        KeychainCredentialStore store(kService);
        const QString key = CredentialStore::entryKey(QStringLiteral("Gone"), SecretKind::TrackApiKey);
        QVERIFY(wait([&](auto done) { store.write(key, QStringLiteral("s"), this, done); }).ok());
        bool called = false;
        {
            QObject context;
            store.read(key, &context, [&called](const CredentialResult &) { called = true; });
        }
        const CredentialResult barrier = wait([&](auto done) { store.read(key, this, done); });
        QVERIFY2(barrier.ok(), qPrintable(CredentialStore::describe(barrier)));
        QVERIFY(!called);
        QVERIFY(wait([&](auto done) { store.remove(key, this, done); }).ok());
    }
};

QTEST_GUILESS_MAIN(tst_KeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
