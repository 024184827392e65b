// WorkspaceAdder over a store that fails chosen operations and a settings file that can be made
// unwritable (for root too), to show the order of writes and that a failure leaves nothing behind but
// what it names.
#include "support/flakycredentialstore.h"
#include "support/settingsfaults.h"
#include "workspaceadder.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Status = WorkspaceAdder::Result::Status;

Q_DECLARE_METATYPE(WorkspaceAdder::Result::Status)

namespace {
const QString Track = u"Production/track-api-key"_s;
const QString App = u"Production/app-api-key"_s;
} // namespace

class tst_WorkspaceAdder : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<FlakyCredentialStore> m_store;

    static Workspace production(bool sessionOnly = false)
    {
        Workspace w;
        w.name = u"Production"_s;
        w.siteId = u"demo-eu-site"_s;
        w.region = Region::Eu;
        w.environmentId = 201;
        w.sessionOnly = sessionOnly;
        return w;
    }

    WorkspaceAdder::Result add(const Workspace &workspace, const QString &app)
    {
        std::optional<WorkspaceAdder::Result> result;
        WorkspaceAdder adder(m_store.get(), m_settings.get());
        adder.start(workspace, u"track-key"_s, app, [&result](const WorkspaceAdder::Result &r) { result = r; });
        [&] { QVERIFY2(!result, "answered from inside start()"); }();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(WorkspaceAdder::Result {});
    }

    QStringList listed() const
    {
        QStringList names;
        for (const Workspace &w : WorkspaceRepository(m_settings.get()).list())
            names << w.name;
        return names;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"config/settings.ini"_s);
        m_settings = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
        m_store = std::make_unique<FlakyCredentialStore>();
    }

    void cleanup()
    {
        m_store.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void add_data()
    {
        QTest::addColumn<bool>("withApp");
        QTest::addColumn<bool>("sessionOnly");
        QTest::addColumn<QStringList>("failures"); // "write <entry>", "remove <entry>"
        // "unwritable": before start; "breaks at <call>": as that call is made.
        QTest::addColumn<QString>("settings");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("error"); // the start of Result::error
        QTest::addColumn<QStringList>("calls");
        QTest::addColumn<QStringList>("left"); // entries in the store afterwards

        const QString wT = u"write "_s + Track, wA = u"write "_s + App;
        const QString rT = u"remove "_s + Track, rA = u"remove "_s + App;
        const QString denied = u"access to the keychain was denied (is the keyring locked?) (injected)"_s;
        const QString settingsError = u"could not write the settings file %1 (%2 is not a directory)"_s;

        QTest::newRow("saved") << true << false << QStringList() << QString() << Status::Saved << QString()
                               << QStringList({wT, wA}) << QStringList({Track, App});
        QTest::newRow("saved, no App API key") << false << false << QStringList() << QString() << Status::Saved
                                               << QString() << QStringList({wT}) << QStringList({Track});
        QTest::newRow("Track API key not stored")
            << true << false << QStringList({wT}) << QString() << Status::KeychainFailed
            << u"could not store the Track API key: "_s + denied << QStringList({wT}) << QStringList();
        QTest::newRow("App API key not stored: the Track API key goes again")
            << true << false << QStringList({wA}) << QString() << Status::KeychainFailed
            << u"could not store the App API key: "_s + denied << QStringList({wT, wA, rT}) << QStringList();
        QTest::newRow("App API key not stored, Track API key cannot go")
            << true << false << QStringList({wA, rT}) << QString() << Status::KeychainFailed
            << u"could not store the App API key: %1; the keychain entry written could not be removed again and "
               "remains: \"%2\" (%1)"_s.arg(denied, Track)
            << QStringList({wT, wA, rT}) << QStringList({Track});
        QTest::newRow("settings unwritable: the keychain is not touched")
            << true << false << QStringList() << u"unwritable"_s << Status::SettingsFailed << settingsError
            << QStringList() << QStringList();
        QTest::newRow("settings fail after the keys: both go again")
            << true << false << QStringList() << u"breaks at "_s + wA << Status::SettingsFailed << settingsError
            << QStringList({wT, wA, rA, rT}) << QStringList();
        QTest::newRow("settings fail, an entry cannot go")
            << true << false << QStringList({rA}) << u"breaks at "_s + wT << Status::SettingsFailed
            << settingsError + u"; the keychain entry written could not be removed again and remains: \"%3\" ("_s
            << QStringList({wT, wA, rA, rT}) << QStringList({App});
        QTest::newRow("session only: settings never touched")
            << true << true << QStringList() << u"unwritable"_s << Status::Saved << QString() << QStringList({wT, wA})
            << QStringList({Track, App});
    }
    void add()
    {
        QFETCH(bool, withApp);
        QFETCH(bool, sessionOnly);
        QFETCH(QStringList, failures);
        QFETCH(QString, settings);
        QFETCH(Status, status);
        QFETCH(QString, error);
        QFETCH(QStringList, calls);
        QFETCH(QStringList, left);

        // Another workspace is listed already and stays.
        Workspace staging = production();
        staging.name = u"Staging"_s;
        WorkspaceRepository(m_settings.get()).save(staging);
        // The update QSettings posted for the save re-reads the file if it runs later: run it while the file is there.
        QCoreApplication::sendPostedEvents(m_settings.get(), QEvent::UpdateRequest);
        for (const QString &failure : std::as_const(failures)) {
            const QString entry = failure.section(u' ', 1);
            m_store->failOn(failure.startsWith(u"write") ? FlakyCredentialStore::Op::Write
                                                         : FlakyCredentialStore::Op::Remove,
                            entry);
        }
        if (settings == u"unwritable")
            QVERIFY(SettingsFaults::replaceDirectoryByFile(m_path));
        if (settings.startsWith(u"breaks at ")) {
            const QString at = settings.mid(10);
            m_store->onCall = [this, at](const QString &call) {
                if (call == at)
                    QVERIFY(SettingsFaults::replaceDirectoryByFile(m_path));
            };
        }

        const WorkspaceAdder::Result result = add(production(sessionOnly), withApp ? u"app-key"_s : QString());
        QCOMPARE(result.status, status);
        error.replace(u"%1"_s, m_path).replace(u"%2"_s, m_dir->filePath(u"config"_s)).replace(u"%3"_s, App);
        QVERIFY2(result.error.startsWith(error), qPrintable(result.error));
        QCOMPARE(m_store->calls, calls);
        for (const QString &entry : {Track, App})
            QCOMPARE(m_store->memory.contains(entry), left.contains(entry));
        QCOMPARE(result.remaining.size(), status == Status::Saved ? 0 : left.size());
        for (int i = 0; i < left.size() && status != Status::Saved; ++i)
            QVERIFY(result.remaining.at(i).startsWith(u'"' + left.at(i) + u"\" ("_s));

        if (status == Status::Saved) {
            QCOMPARE(result.workspace.name, u"Production"_s);
            QCOMPARE(result.workspace.hasAppApiKey, withApp);
            QCOMPARE(m_store->secret(Track), u"track-key"_s);
            if (withApp)
                QCOMPARE(m_store->secret(App), u"app-key"_s);
        }
        const bool listedNow = status == Status::Saved && !sessionOnly;
        QCOMPARE(listed(), listedNow ? QStringList({u"Staging"_s, u"Production"_s}) : QStringList {u"Staging"_s});
        if (listedNow) {
            const std::optional<Workspace> saved = WorkspaceRepository(m_settings.get()).find(u"Production"_s);
            QCOMPARE(saved->hasAppApiKey, withApp);
            QCOMPARE(saved->environmentId, qint64(201));
            QCOMPARE(m_settings->status(), QSettings::NoError);
        }
        if (status == Status::SettingsFailed)
            QCOMPARE(result.settingsPath, m_path);
        if (status == Status::KeychainFailed)
            QCOMPARE(result.keychain.error, CredentialResult::Error::AccessDenied);
    }

    void listedNameIsRefusedBeforeAnyWrite()
    {
        const QString other = u"other-key"_s;
        QVERIFY(m_store->seed(Track, other));
        WorkspaceRepository(m_settings.get()).save(production());
        const WorkspaceAdder::Result result = add(production(), u"app-key"_s);
        QCOMPARE(result.status, Status::NameTaken);
        QCOMPARE(result.error, u"Workspace name: a workspace named \"Production\" already exists"_s);
        QVERIFY(m_store->calls.isEmpty());
        QCOMPARE(m_store->secret(Track), other);
    }

    // Cancel while the keychain is still writing: the write that was in flight is undone once it answers,
    // nothing further is written and the workspace is never listed.
    void cancelWhileWritingUndoesTheWrite()
    {
        std::optional<WorkspaceAdder::Result> result;
        WorkspaceAdder adder(m_store.get(), m_settings.get());
        m_store->onCall = [&adder](const QString &call) {
            if (call.startsWith(u"write"_s))
                adder.cancel(); // the admin pressed Cancel while this write was under way
        };
        adder.start(production(), u"track-key"_s, u"app-key"_s,
                    [&result](const WorkspaceAdder::Result &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QCOMPARE(result->status, Status::Cancelled);
        QVERIFY(adder.isCancelled());
        QCOMPARE(m_store->calls, (QStringList {u"write "_s + Track, u"remove "_s + Track}));
        QCOMPARE(m_store->secret(Track), std::optional<QString>());
        QVERIFY(listed().isEmpty());
    }

    void cancelBeforeTheFirstWriteWritesNothing()
    {
        std::optional<WorkspaceAdder::Result> result;
        WorkspaceAdder adder(m_store.get(), m_settings.get());
        adder.start(production(), u"track-key"_s, {}, [&result](const WorkspaceAdder::Result &r) { result = r; });
        adder.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QCOMPARE(result->status, Status::Cancelled);
        QVERIFY(m_store->calls.isEmpty());
        QVERIFY(listed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceAdder)
#include "tst_workspaceadder.moc"
