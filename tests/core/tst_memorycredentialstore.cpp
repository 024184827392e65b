// MemoryCredentialStore: the CredentialStore contract (answered once, never from inside the call, only while
// the context lives) over secrets held in memory.
#include "memorycredentialstore.h"
#include "support/keyring.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

class tst_MemoryCredentialStore : public QObject
{
    Q_OBJECT

    CredentialResult wait(const std::function<void(CredentialStore::Callback)> &start)
    {
        return Keyring::wait(start, 5000);
    }

private Q_SLOTS:
    void entryKeysNameTheWorkspaceAndTheSecret_data()
    {
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<SecretKind>("kind");
        QTest::addColumn<QString>("key");
        QTest::newRow("track") << u"Acme EU"_s << SecretKind::TrackApiKey << u"Acme EU/track-api-key"_s;
        QTest::newRow("app") << u"Acme EU"_s << SecretKind::AppApiKey << u"Acme EU/app-api-key"_s;
        QTest::newRow("slash in the name") << u"a/b"_s << SecretKind::TrackApiKey << u"a/b/track-api-key"_s;
    }
    void entryKeysNameTheWorkspaceAndTheSecret()
    {
        QFETCH(QString, workspace);
        QFETCH(SecretKind, kind);
        QFETCH(QString, key);
        QCOMPARE(CredentialStore::entryKey(workspace, kind), key);
    }

    void writeReadRotateRemove()
    {
        MemoryCredentialStore store;
        const QString key = CredentialStore::entryKey(u"W"_s, SecretKind::TrackApiKey);
        QVERIFY(!store.contains(key));

        CredentialResult r = wait([&](auto done) { store.read(key, this, done); });
        QCOMPARE(r.error, CredentialResult::Error::NotFound);
        QVERIFY(r.secret.isEmpty());

        QVERIFY(wait([&](auto done) { store.write(key, u"first"_s, this, done); }).ok());
        QVERIFY(store.contains(key));
        r = wait([&](auto done) { store.read(key, this, done); });
        QVERIFY(r.ok());
        QCOMPARE(r.secret, u"first"_s);

        QVERIFY(wait([&](auto done) { store.write(key, u"rotated"_s, this, done); }).ok());
        QCOMPARE(wait([&](auto done) { store.read(key, this, done); }).secret, u"rotated"_s);

        QVERIFY(wait([&](auto done) { store.remove(key, this, done); }).ok());
        QVERIFY(!store.contains(key));
        QCOMPARE(wait([&](auto done) { store.remove(key, this, done); }).error, CredentialResult::Error::NotFound);
    }

    void entriesAreSeparate()
    {
        MemoryCredentialStore store;
        const QString track = CredentialStore::entryKey(u"W"_s, SecretKind::TrackApiKey);
        const QString app = CredentialStore::entryKey(u"W"_s, SecretKind::AppApiKey);
        QVERIFY(wait([&](auto done) { store.write(track, u"t"_s, this, done); }).ok());
        QVERIFY(wait([&](auto done) { store.write(app, u"a"_s, this, done); }).ok());
        QVERIFY(wait([&](auto done) { store.remove(track, this, done); }).ok());
        QCOMPARE(wait([&](auto done) { store.read(app, this, done); }).secret, u"a"_s);
    }

    // Never from inside the call: a caller may start a call while it is still setting itself up. The
    // write itself is done at once, so a read made right after finds it.
    void answersFromTheEventLoopOnly()
    {
        MemoryCredentialStore store;
        const QString key = u"W/track-api-key"_s;
        int answers = 0;
        store.write(key, u"s"_s, this, [&answers](const CredentialResult &) { ++answers; });
        QCOMPARE(answers, 0);
        QVERIFY(store.contains(key));
        std::optional<CredentialResult> read;
        store.read(key, this, [&read](const CredentialResult &r) { read = r; });
        QVERIFY(!read);
        QTRY_VERIFY(read.has_value());
        QCOMPARE(answers, 1);
        QCOMPARE(read->secret, u"s"_s);
    }

    // The answer to a call whose context is gone is dropped. The barrier: the store answers in the order it
    // was called (one queued answer each), so once a later call is answered the first one would have been.
    void answerDroppedWhenTheContextIsGone()
    {
        MemoryCredentialStore store;
        bool called = false;
        {
            QObject context;
            store.read(u"W/track-api-key"_s, &context, [&called](const CredentialResult &) { called = true; });
        }
        QCOMPARE(wait([&](auto done) { store.read(u"W/track-api-key"_s, this, done); }).error,
                 CredentialResult::Error::NotFound);
        QVERIFY(!called);
    }

    void describeNeverShowsTheSecret()
    {
        CredentialResult r;
        r.error = CredentialResult::Error::Unavailable;
        r.message = u"no backend"_s;
        r.secret = u"cnry-memory-7b1e"_s;
        const QString text = CredentialStore::describe(r);
        QVERIFY2(!text.contains(r.secret), qPrintable(text));
        QVERIFY2(!text.isEmpty(), "a failure is described");
    }
};

QTEST_GUILESS_MAIN(tst_MemoryCredentialStore)
#include "tst_memorycredentialstore.moc"
