// WorkspaceEditor against the sandbox over loopback (the credential check is the real region call) and an
// in-memory store that can be told to fail, to show the order of writes and deletes and what is undone.
#include "memorycredentialstore.h"
#include "regiondetector.h"
#include "sandboxserver.h"
#include "trackclient.h"
#include "workspaceedit.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
const QString EuKey = u"demo-eu-track-key"_s;
const QString UsKey = u"demo-us-track-key"_s;
const QString AppKey = u"demo-eu-app-key"_s;

// A MemoryCredentialStore whose operations on chosen entries fail with a chosen result.
class FlakyStore : public CredentialStore
{
public:
    enum class Op { Read, Write, Remove };
    MemoryCredentialStore memory;
    QHash<QPair<int, QString>, CredentialResult> failures; // (op, entry) -> answer
    QStringList calls; // "write W/track-api-key", in order

    void failOn(Op op, const QString &entry, CredentialResult::Error error = CredentialResult::Error::AccessDenied)
    {
        CredentialResult r;
        r.error = error;
        r.message = u"injected"_s;
        failures.insert({int(op), entry}, r);
    }

    void read(const QString &key, QObject *context, Callback done) override
    {
        calls << u"read "_s + key;
        if (!answerFailure(Op::Read, key, context, done))
            memory.read(key, context, std::move(done));
    }
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override
    {
        calls << u"write "_s + key;
        if (!answerFailure(Op::Write, key, context, done))
            memory.write(key, secret, context, std::move(done));
    }
    void remove(const QString &key, QObject *context, Callback done) override
    {
        calls << u"remove "_s + key;
        if (!answerFailure(Op::Remove, key, context, done))
            memory.remove(key, context, std::move(done));
    }

    std::optional<QString> secret(const QString &key)
    {
        std::optional<CredentialResult> result;
        memory.read(key, &memory, [&result](const CredentialResult &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000) || !result->ok())
            return std::nullopt;
        return result->secret;
    }

private:
    bool answerFailure(Op op, const QString &key, QObject *context, const Callback &done)
    {
        const auto it = failures.constFind({int(op), key});
        if (it == failures.constEnd())
            return false;
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, done, result = *it] {
            if (guard)
                done(result);
        });
        return true;
    }
};
} // namespace

class tst_WorkspaceEdit : public QObject
{
    Q_OBJECT

    SandboxServer m_sandbox;
    EndpointTable m_table;
    std::unique_ptr<TrackClient> m_client;
    std::unique_ptr<RegionDetector> m_detector;
    std::unique_ptr<FlakyStore> m_store;
    int m_regionCalls = 0;

    static Workspace euWorkspace()
    {
        Workspace w;
        w.name = u"Production"_s;
        w.siteId = u"demo-eu-site"_s;
        w.account = u"Acme"_s;
        w.hasAppApiKey = true;
        w.region = Region::Eu;
        w.environmentId = 201;
        w.verifiedAt = QDateTime::currentDateTimeUtc().addDays(-1);
        w.verifiedVia = u"track-eu"_s;
        return w;
    }

    void seed(const Workspace &w, const QString &track, const QString &app = {})
    {
        bool done = false;
        m_store->memory.write(CredentialStore::entryKey(w.name, SecretKind::TrackApiKey), track, this,
                              [&done](const CredentialResult &) { done = true; });
        QTRY_VERIFY(done);
        if (app.isEmpty())
            return;
        done = false;
        m_store->memory.write(CredentialStore::entryKey(w.name, SecretKind::AppApiKey), app, this,
                              [&done](const CredentialResult &) { done = true; });
        QTRY_VERIFY(done);
    }

    struct Run
    {
        WorkspaceEditor::Result result;
        std::optional<Workspace> committed;
        QList<WorkspaceEditor::Step> steps;
    };

    Run apply(const WorkspaceEdit &edit, bool withDetector = true)
    {
        Run run;
        std::optional<WorkspaceEditor::Result> result;
        WorkspaceEditor editor(m_store.get(), withDetector ? m_detector.get() : nullptr);
        connect(&editor, &WorkspaceEditor::stepChanged, this,
                [&run](WorkspaceEditor::Step step) { run.steps << step; });
        editor.start(
            edit,
            [&run](const Workspace &before, const Workspace &after) {
                QCOMPARE(before.name, u"Production"_s);
                run.committed = after;
            },
            [&result](const WorkspaceEditor::Result &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
        if (result)
            run.result = *result;
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({0, 0, 0, 0}, &error), qPrintable(error));
        QVERIFY2(EndpointTable::fromJson(m_sandbox.endpointsJson(), &m_table, &error), qPrintable(error));
        m_client = std::make_unique<TrackClient>(m_table);
        m_client->setTimeoutMs(3000);
        m_detector = std::make_unique<RegionDetector>(m_client.get());
        connect(m_client.get(), &TrackClient::finished, this,
                [this](const RequestRecord &record) { m_regionCalls += record.call == CallKind::Region ? 1 : 0; });
    }

    void init()
    {
        m_store = std::make_unique<FlakyStore>();
        m_regionCalls = 0;
        m_sandbox.setFault(SandboxServer::Host::TrackUs, SandboxServer::Fault::None);
    }

    void validateNamesTheField_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("siteId");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("track");
        QTest::addColumn<QString>("app");
        QTest::addColumn<bool>("removeApp");
        QTest::addColumn<QString>("problem");
        QTest::newRow("nothing") << u"Production"_s << u"demo-eu-site"_s << u"Acme"_s << QString() << QString() << false
                                 << u"Nothing to change"_s;
        QTest::newRow("taken name") << u"Staging"_s << u"demo-eu-site"_s << u"Acme"_s << QString() << QString() << false
                                    << u"Workspace name: a workspace named \"Staging\" already exists"_s;
        QTest::newRow("blank name") << u" "_s << u"demo-eu-site"_s << u"Acme"_s << QString() << QString() << false
                                    << u"Workspace name: must not be empty"_s;
        QTest::newRow("site id") << u"Production"_s << u"a:b"_s << u"Acme"_s << QString() << QString() << false
                                 << u"Site ID: must not contain ':'"_s;
        QTest::newRow("account") << u"Production"_s << u"demo-eu-site"_s << u" Acme"_s << QString() << QString()
                                 << false << u"Account: must not start or end with spaces"_s;
        QTest::newRow("track key") << u"Production"_s << u"demo-eu-site"_s << u"Acme"_s << u"a key"_s << QString()
                                   << false << u"Track API key: must not contain spaces"_s;
        QTest::newRow("both") << u"Production"_s << u"demo-eu-site"_s << u"Acme"_s << QString() << u"k"_s << true
                              << u"App API key: give a new key or remove the key, not both"_s;
        QTest::newRow("fine") << u"Production 2"_s << u"demo-eu-site"_s << QString() << QString() << QString() << false
                              << QString();
    }
    void validateNamesTheField()
    {
        QFETCH(QString, name);
        QFETCH(QString, siteId);
        QFETCH(QString, account);
        QFETCH(QString, track);
        QFETCH(QString, app);
        QFETCH(bool, removeApp);
        QFETCH(QString, problem);
        WorkspaceEdit edit = WorkspaceEdit::of(euWorkspace());
        edit.name = name;
        edit.siteId = siteId;
        edit.account = account;
        if (!track.isNull())
            edit.trackApiKey = track;
        if (!app.isNull())
            edit.appApiKey = app;
        edit.removeAppApiKey = removeApp;
        const QString got = edit.validate({u"Staging"_s});
        if (problem.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.startsWith(problem), qPrintable(got));
    }

    void repositoryReplaceKeepsThePlace()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        WorkspaceRepository repository(&settings);
        for (const QString &name : {u"A"_s, u"B"_s, u"C"_s}) {
            Workspace w;
            w.name = name;
            w.siteId = name.toLower();
            repository.save(w);
        }
        Workspace renamed = *repository.find(u"B"_s);
        renamed.name = u"B2"_s;
        renamed.account = u"Acme"_s;
        QVERIFY(repository.replace(u"B"_s, renamed));
        QStringList names;
        for (const Workspace &w : repository.list())
            names << w.name;
        QCOMPARE(names, QStringList({u"A"_s, u"B2"_s, u"C"_s}));
        QCOMPARE(repository.find(u"B2"_s)->account, u"Acme"_s);
        QVERIFY(!repository.replace(u"nobody"_s, renamed));
        renamed.sessionOnly = true;
        QVERIFY(!repository.replace(u"B2"_s, renamed));
    }

    void metadataOnlyNeverTouchesTheKeychain()
    {
        WorkspaceEdit edit = WorkspaceEdit::of(euWorkspace());
        edit.account = u"Acme Europe"_s;
        edit.route = Route::Eu;
        const Run run = apply(edit);
        QCOMPARE(run.result.status, WorkspaceEditor::Result::Status::Saved);
        QVERIFY(m_store->calls.isEmpty());
        QCOMPARE(m_regionCalls, 0);
        QVERIFY(run.committed);
        QCOMPARE(run.committed->account, u"Acme Europe"_s);
        QCOMPARE(run.committed->route, Route::Eu);
        // Same credentials: what was learned from them stays.
        QCOMPARE(run.committed->region, Region::Eu);
        QCOMPARE(run.committed->environmentId, qint64(201));
        QVERIFY(run.committed->verifiedAt.isValid());
    }

    void renameWritesNewEntriesThenDeletesTheOld()
    {
        seed(euWorkspace(), EuKey, AppKey);
        WorkspaceEdit edit = WorkspaceEdit::of(euWorkspace());
        edit.name = u"Production EU"_s;
        const Run run = apply(edit);
        QCOMPARE(run.result.status, WorkspaceEditor::Result::Status::Saved);
        QVERIFY(run.result.remaining.isEmpty());
        QCOMPARE(m_store->calls,
                 QStringList({u"read Production/track-api-key"_s, u"read Production/app-api-key"_s,
                              u"write Production EU/track-api-key"_s, u"write Production EU/app-api-key"_s,
                              u"remove Production/track-api-key"_s, u"remove Production/app-api-key"_s}));
        QCOMPARE(m_store->secret(u"Production EU/track-api-key"_s), EuKey);
        QCOMPARE(m_store->secret(u"Production EU/app-api-key"_s), AppKey);
        QVERIFY(!m_store->memory.contains(u"Production/track-api-key"_s));
        QVERIFY(!m_store->memory.contains(u"Production/app-api-key"_s));
        QCOMPARE(run.committed->name, u"Production EU"_s);
        QCOMPARE(run.committed->region, Region::Eu); // credentials unchanged: nothing re-checked
        QCOMPARE(m_regionCalls, 0);
        QVERIFY(!run.steps.contains(WorkspaceEditor::Step::CheckingCredentials));
    }

    void renameNamesTheEntriesThatCouldNotBeDeleted()
    {
        seed(euWorkspace(), EuKey, AppKey);
        m_store->failOn(FlakyStore::Op::Remove, u"Production/track-api-key"_s);
        m_store->failOn(FlakyStore::Op::Remove, u"Production/app-api-key"_s);
        WorkspaceEdit edit = WorkspaceEdit::of(euWorkspace());
        edit.name = u"Renamed"_s;
        const Run run = apply(edit);
        QCOMPARE(run.result.status, WorkspaceEditor::Result::Status::Saved);
        QCOMPARE(run.committed->name, u"Renamed"_s);
        QCOMPARE(run.result.remaining.size(), 2);
        QVERIFY2(run.result.remaining.at(0).startsWith(u"\"Production/track-api-key\" (access to the keychain was "
                                                       "denied"_s),
                 qPrintable(run.result.remaining.at(0)));
        QVERIFY(run.result.remaining.at(1).startsWith(u"\"Production/app-api-key\""_s));
        QCOMPARE(m_store->secret(u"Renamed/track-api-key"_s), EuKey);
    }

    void rotatedTrackKeyIsCheckedAndTheRegionRelearned()
    {
        seed(euWorkspace(), u"old-key"_s, AppKey);
        WorkspaceEdit edit = WorkspaceEdit::of(euWorkspace());
        Workspace before = euWorkspace();
        before.environmentId = 999; // stale: must not survive
        edit.before = before;
        edit.trackApiKey = EuKey;
        const Run run = apply(edit);
        QCOMPARE(run.result.status, WorkspaceEditor::Result::Status::Saved);
        QVERIFY(run.result.checked);
        QVERIFY(run.result.warning.isEmpty());
        QCOMPARE(m_regionCalls, 1);
        QCOMPARE(run.steps,
                 QList<WorkspaceEditor::Step>(
                     {WorkspaceEditor::Step::CheckingCredentials, WorkspaceEditor::Step::SavingKeys}));
        QCOMPARE(m_store->calls, QStringList({u"write Production/track-api-key"_s}));
        QCOMPARE(m_store->secret(u"Production/track-api-key"_s), EuKey);
        QCOMPARE(m_store->secret(u"Production/app-api-key"_s), AppKey);
        QCOMPARE(run.committed->environmentId, qint64(201));
        QCOMPARE(run.committed->region, Region::Eu);
    }

    void newSiteIdIsCheckedWithTheStoredKey()
    {
        Workspace us = euWorkspace();
        us.siteId = u"old-site"_s;
        seed(us, UsKey);
        WorkspaceEdit edit = WorkspaceEdit::of(us);
        edit.siteId = u"demo-us-site"_s;
        const Run run = apply(edit);
        QCOMPARE(run.result.status, WorkspaceEditor::Result::Status::Saved);
        QVERIFY(run.result.checked);
        QCOMPARE(m_store->calls, QStringList({u"read Production/track-api-key"_s}));
        QCOMPARE(run.committed->siteId, u"demo-us-site"_s);
        QCOMPARE(run.committed->region, Region::Us); // was EU: learned from the old Site ID
        QCOMPARE(run.committed->environmentId, qint64(101));
    }

    void rejectedCredentialsChangeNothing_data()
    {
        QTest::addColumn<QString>("siteId");
        QTest::addColumn<QString>("track");
        QTest::newRow("wrong key") << u"demo-eu-site"_s << u"not-the-key"_s;
        QTest::newRow("wrong site") << u"unknown-site"_s << QString();
        QTest::newRow("key of another site") << u"demo-eu-site"_s << UsKey;
    }
    void rejectedCredentialsChangeNothing()
    {
        QFETCH(QString, siteId);
        QFETCH(QString, track);
        seed(euWorkspace(), EuKey, AppKey);
        WorkspaceEdit edit = WorkspaceEdit::of(euWorkspace());
        edit.name = u"Renamed"_s;
        edit.siteId = siteId;
        if (!track.isNull())
            edit.trackApiKey = track;
        edit.appApiKey = u"new-app-key"_s;
        const Run run = apply(edit);
        QCOMPARE(run.result.status, WorkspaceEditor::Result::Status::Rejected);
        QVERIFY2(run.result.error.startsWith(u"Site ID or Track API key rejected by Customer.io (401"_s),
                 qPrintable(run.result.error));
        QVERIFY(!run.committed);
        for (const QString &call : std::as_const(m_store->calls))
            QVERIFY2(call.startsWith(u"read "_s), qPrintable(call));
        QCOMPARE(m_store->secret(u"Production/track-api-key"_s), EuKey);
        QCOMPARE(m_store->secret(u"Production/app-api-key"_s), AppKey);
        QVERIFY(!m_store->memory.contains(u"Renamed/track-api-key"_s));
    }

    void uncheckedCredentialsForgetTheRegion()
    {
        seed(euWorkspace(), EuKey);
        m_sandbox.setFault(SandboxServer::Host::TrackUs, SandboxServer::Fault::ServerError);
        WorkspaceEdit edit = WorkspaceEdit::of(euWorkspace());
        edit.trackApiKey = u"rotated-key"_s;
        Run run = apply(edit);
        QCOMPARE(run.result.status, WorkspaceEditor::Result::Status::Saved);
        QVERIFY(!run.result.checked);
        QVERIFY2(run.result.warning.startsWith(u"the credentials could not be checked (HTTP 503"_s),
                 qPrintable(run.result.warning));
        QCOMPARE(run.committed->region, Region::Unknown);
        QCOMPARE(run.committed->environmentId, qint64(-1));
        QVERIFY(!run.committed->verifiedAt.isValid());
        QVERIFY(run.committed->verifiedVia.isEmpty());
        QCOMPARE(m_store->secret(u"Production/track-api-key"_s), u"rotated-key"_s);

        // --no-verify: not checked, and not known either.
        m_regionCalls = 0;
        edit.trackApiKey = EuKey;
        edit.verify = false;
        run = apply(edit);
        QCOMPARE(run.result.status, WorkspaceEditor::Result::Status::Saved);
        QCOMPARE(m_regionCalls, 0);
        QVERIFY(run.result.warning.isEmpty());
        QCOMPARE(run.committed->region, Region::Unknown);
    }

    void failedWriteIsUndone()
    {
        seed(euWorkspace(), EuKey, AppKey);
        m_store->failOn(FlakyStore::Op::Write, u"Production/app-api-key"_s);
        WorkspaceEdit edit = WorkspaceEdit::of(euWorkspace());
        edit.trackApiKey = u"rotated-key"_s;
        edit.appApiKey = u"rotated-app-key"_s;
        edit.verify = false;
        const Run run = apply(edit);
        QCOMPARE(run.result.status, WorkspaceEditor::Result::Status::KeychainFailed);
        QVERIFY2(run.result.error.startsWith(u"could not save the App API key: access to the keychain was denied"_s),
                 qPrintable(run.result.error));
        QVERIFY(!run.committed);
        // The Track API key written first was put back.
        QCOMPARE(m_store->secret(u"Production/track-api-key"_s), EuKey);
        QCOMPARE(m_store->secret(u"Production/app-api-key"_s), AppKey);
        QCOMPARE(m_store->calls,
                 QStringList({u"read Production/track-api-key"_s, u"write Production/track-api-key"_s,
                              u"write Production/app-api-key"_s, u"write Production/track-api-key"_s}));
    }

    void failedRenameWriteLeavesTheOldEntries()
    {
        seed(euWorkspace(), EuKey, AppKey);
        m_store->failOn(FlakyStore::Op::Write, u"Renamed/app-api-key"_s, CredentialResult::Error::Unavailable);
        WorkspaceEdit edit = WorkspaceEdit::of(euWorkspace());
        edit.name = u"Renamed"_s;
        const Run run = apply(edit);
        QCOMPARE(run.result.status, WorkspaceEditor::Result::Status::KeychainFailed);
        QVERIFY(run.result.error.contains(u"secure storage unavailable"_s));
        QVERIFY(!run.committed);
        QVERIFY(!m_store->memory.contains(u"Renamed/track-api-key"_s));
        QCOMPARE(m_store->secret(u"Production/track-api-key"_s), EuKey);
        QCOMPARE(m_store->secret(u"Production/app-api-key"_s), AppKey);
    }

    void unreadableKeyChangesNothing()
    {
        seed(euWorkspace(), EuKey);
        m_store->failOn(FlakyStore::Op::Read, u"Production/track-api-key"_s);
        WorkspaceEdit edit = WorkspaceEdit::of(euWorkspace());
        edit.name = u"Renamed"_s;
        const Run run = apply(edit);
        QCOMPARE(run.result.status, WorkspaceEditor::Result::Status::KeychainFailed);
        QVERIFY2(run.result.error.startsWith(u"could not read the Track API key: access to the keychain"_s),
                 qPrintable(run.result.error));
        QCOMPARE(run.result.keychain.error, CredentialResult::Error::AccessDenied);
        QVERIFY(!run.committed);
        QCOMPARE(m_store->calls, QStringList({u"read Production/track-api-key"_s}));
    }

    void appKeyAddedReplacedAndRemoved()
    {
        Workspace w = euWorkspace();
        w.hasAppApiKey = false;
        seed(w, EuKey);
        WorkspaceEdit add = WorkspaceEdit::of(w);
        add.appApiKey = AppKey;
        Run run = apply(add);
        QCOMPARE(run.result.status, WorkspaceEditor::Result::Status::Saved);
        QVERIFY(run.committed->hasAppApiKey);
        QCOMPARE(run.committed->region, Region::Eu); // the App API key is not what the region was learned from
        QCOMPARE(m_regionCalls, 0);
        QCOMPARE(m_store->secret(u"Production/app-api-key"_s), AppKey);

        WorkspaceEdit remove = WorkspaceEdit::of(*run.committed);
        remove.removeAppApiKey = true;
        run = apply(remove);
        QCOMPARE(run.result.status, WorkspaceEditor::Result::Status::Saved);
        QVERIFY(!run.committed->hasAppApiKey);
        QVERIFY(!m_store->memory.contains(u"Production/app-api-key"_s));
        QCOMPARE(m_store->secret(u"Production/track-api-key"_s), EuKey);
    }

    void withoutDetectorChangedCredentialsAreSavedWithAWarning()
    {
        seed(euWorkspace(), EuKey);
        WorkspaceEdit edit = WorkspaceEdit::of(euWorkspace());
        edit.siteId = u"other-site"_s;
        const Run run = apply(edit, false);
        QCOMPARE(run.result.status, WorkspaceEditor::Result::Status::Saved);
        QVERIFY(run.result.warning.startsWith(u"the credentials were not checked"_s));
        QCOMPARE(run.committed->region, Region::Unknown);
        QVERIFY(m_store->calls.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceEdit)
#include "tst_workspaceedit.moc"
