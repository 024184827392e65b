// WorkspaceEditor against the sandbox over loopback (the credential check is the real region call), an
// in-memory store that can be told to fail and a settings file that can be made unwritable (for root too),
// to show the order of writes and deletes and what is undone.
#include "calltemplates.h"
#include "regiondetector.h"
#include "support/flakycredentialstore.h"
#include "support/sandboxfixture.h"
#include "support/settingsfaults.h"
#include "support/testhome.h"
#include "trackclient.h"
#include "workspaceedit.h"
#include "workspacesettings.h"

#include <QFile>
#include <QSettings>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
const QString EuKey = u"demo-eu-track-key"_s;
const QString UsKey = u"demo-us-track-key"_s;
const QString AppKey = u"demo-eu-app-key"_s;
} // namespace

class tst_WorkspaceEdit : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    std::unique_ptr<TrackClient> m_client;
    std::unique_ptr<RegionDetector> m_detector;
    std::unique_ptr<FlakyCredentialStore> m_store;
    std::unique_ptr<TestHome> m_home;
    QString m_settingsPath;
    std::unique_ptr<QSettings> m_settings;
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
        QVERIFY(m_store->seed(CredentialStore::entryKey(w.name, SecretKind::TrackApiKey), track));
        if (!app.isEmpty())
            QVERIFY(m_store->seed(CredentialStore::entryKey(w.name, SecretKind::AppApiKey), app));
    }

    QStringList listed() const
    {
        QStringList names;
        for (const Workspace &w : WorkspaceRepository(m_settings.get()).list())
            names << w.name;
        return names;
    }

    struct Run
    {
        WorkspaceEditor::Result result;
        std::optional<Workspace> committed;
        QList<WorkspaceEditor::Step> steps;
    };

    // Lists edit.before (unless session-only or listed already), applies the edit and, once saved, checks that
    // the settings list the workspace as saved.
    Run apply(const WorkspaceEdit &edit, bool withDetector = true)
    {
        Run run;
        WorkspaceRepository repository(m_settings.get());
        if (!edit.before.sessionOnly && !repository.find(edit.before.name)) {
            repository.save(edit.before);
            // The update QSettings posted for the save re-reads the file if it runs later: run it now.
            QCoreApplication::sendPostedEvents(m_settings.get(), QEvent::UpdateRequest);
        }
        std::optional<WorkspaceEditor::Result> result;
        WorkspaceEditor editor(m_store.get(), m_settings.get(), withDetector ? m_detector.get() : nullptr);
        connect(&editor, &WorkspaceEditor::stepChanged, this,
                [&run](WorkspaceEditor::Step step) { run.steps << step; });
        editor.start(edit, [&result](const WorkspaceEditor::Result &r) { result = r; });
        [&] { QVERIFY2(!result, "answered from inside start()"); }();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
        if (!result)
            return run;
        run.result = *result;
        if (result->status == WorkspaceEditor::Result::Status::Saved) {
            run.committed = result->workspace;
            if (!edit.before.sessionOnly) {
                const std::optional<Workspace> saved = repository.find(result->workspace.name);
                [&] {
                    QVERIFY(saved);
                    QCOMPARE(saved->siteId, result->workspace.siteId);
                    QCOMPARE(saved->account, result->workspace.account);
                    QCOMPARE(saved->route, result->workspace.route);
                    QCOMPARE(saved->hasAppApiKey, result->workspace.hasAppApiKey);
                    QCOMPARE(saved->environmentId, result->workspace.environmentId);
                    if (edit.renamed())
                        QVERIFY(!repository.find(edit.before.name));
                }();
            }
        }
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_client = std::make_unique<TrackClient>(m_sandbox.endpoints);
        m_client->setTimeoutMs(3000);
        m_detector = std::make_unique<RegionDetector>(m_client.get());
        connect(m_client.get(), &TrackClient::finished, this,
                [this](const RequestRecord &record) { m_regionCalls += record.call == CallKind::Region ? 1 : 0; });
    }

    void init()
    {
        m_store = std::make_unique<FlakyCredentialStore>();
        m_home = std::make_unique<TestHome>();
        QVERIFY(m_home->isValid());
        m_settingsPath = m_home->settingsPath();
        m_settings = std::make_unique<QSettings>(m_settingsPath, QSettings::IniFormat);
        m_regionCalls = 0;
        m_sandbox.server.setFault(SandboxServer::Host::TrackUs, SandboxServer::Fault::None);
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
        QTest::newRow("both") << u"Production"_s << u"demo-eu-site"_s << u"Acme"_s << QString() << u"k-app-key-1"_s
                              << true << u"App API key: give a new key or remove the key, not both"_s;
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
        m_store->failOn(FlakyCredentialStore::Op::Remove, u"Production/track-api-key"_s);
        m_store->failOn(FlakyCredentialStore::Op::Remove, u"Production/app-api-key"_s);
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
                 QList<WorkspaceEditor::Step>({WorkspaceEditor::Step::ReadingKeys,
                                               WorkspaceEditor::Step::CheckingCredentials,
                                               WorkspaceEditor::Step::SavingKeys}));
        // The old key is read first: it is put back if the settings cannot be written.
        QCOMPARE(m_store->calls,
                 QStringList({u"read Production/track-api-key"_s, u"write Production/track-api-key"_s}));
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
        m_sandbox.server.setFault(SandboxServer::Host::TrackUs, SandboxServer::Fault::ServerError);
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
        m_store->failOn(FlakyCredentialStore::Op::Write, u"Production/app-api-key"_s);
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
                 QStringList({u"read Production/track-api-key"_s, u"read Production/app-api-key"_s,
                              u"write Production/track-api-key"_s, u"write Production/app-api-key"_s,
                              u"write Production/track-api-key"_s}));
    }

    void failedRenameWriteLeavesTheOldEntries()
    {
        seed(euWorkspace(), EuKey, AppKey);
        m_store->failOn(FlakyCredentialStore::Op::Write, u"Renamed/app-api-key"_s,
                        CredentialResult::Error::Unavailable);
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
        m_store->failOn(FlakyCredentialStore::Op::Read, u"Production/track-api-key"_s);
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
        QCOMPARE(run.committed->region, Region::Eu);
        // The new App API key is checked like the Track API key: the region with the stored Track key, then
        // the App API key on the EU App API host.
        QCOMPARE(m_regionCalls, 1);
        QVERIFY(run.steps.contains(WorkspaceEditor::Step::CheckingCredentials));
        QCOMPARE(m_store->secret(u"Production/app-api-key"_s), AppKey);

        WorkspaceEdit remove = WorkspaceEdit::of(*run.committed);
        remove.removeAppApiKey = true;
        run = apply(remove);
        QCOMPARE(run.result.status, WorkspaceEditor::Result::Status::Saved);
        QVERIFY(!run.committed->hasAppApiKey);
        QVERIFY(!m_store->memory.contains(u"Production/app-api-key"_s));
        QCOMPARE(m_store->secret(u"Production/track-api-key"_s), EuKey);
    }

    // An App API key the account's own App API host refuses is not stored (issue 22, item 12).
    void refusedAppKeyChangesNothing()
    {
        Workspace w = euWorkspace();
        w.hasAppApiKey = false;
        seed(w, EuKey);
        WorkspaceEdit add = WorkspaceEdit::of(w);
        add.appApiKey = u"not-an-app-key"_s;
        const Run run = apply(add);
        QCOMPARE(run.result.status, WorkspaceEditor::Result::Status::Rejected);
        QVERIFY2(run.result.error.contains(u"the EU App API host, the account's own, rejects the App API key"_s),
                 qPrintable(run.result.error));
        QVERIFY(!m_store->memory.contains(u"Production/app-api-key"_s));
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

    // A settings file that cannot be written: the edit changes nothing, the keys written are undone and the
    // in-memory settings are as before.
    void settingsFailureChangesNothing_data()
    {
        QTest::addColumn<QString>("kind"); // "rename" or "rotate" (both keys in place)
        // "unwritable": before start; "breaks at <call>": as that call is made.
        QTest::addColumn<QString>("settings");
        QTest::addColumn<QString>("failure"); // "remove <entry>" that fails during the undo
        QTest::addColumn<QStringList>("calls");
        QTest::addColumn<QString>("error"); // the end of Result::error, after the settings file's sentence

        const QString rT = u"read Production/track-api-key"_s, rA = u"read Production/app-api-key"_s;
        const QString wT = u"write Production/track-api-key"_s, wA = u"write Production/app-api-key"_s;
        const QString wNT = u"write Renamed/track-api-key"_s, wNA = u"write Renamed/app-api-key"_s;
        const QString dNT = u"remove Renamed/track-api-key"_s, dNA = u"remove Renamed/app-api-key"_s;
        QTest::newRow("rename, unwritable from the start")
            << u"rename"_s << u"unwritable"_s << QString() << QStringList() << QString();
        QTest::newRow("rename, fails after the keys") << u"rename"_s << u"breaks at "_s + wNA << QString()
                                                      << QStringList({rT, rA, wNT, wNA, dNA, dNT}) << QString();
        QTest::newRow("rename, fails, an entry cannot be undone")
            << u"rename"_s << u"breaks at "_s + wNA << dNT << QStringList({rT, rA, wNT, wNA, dNA, dNT})
            << u"; these keychain entries could not be put back and hold the new key: \"Renamed/track-api-key\" "
               "(access to the keychain was denied"_s;
        QTest::newRow("rotation in place, fails after the keys")
            << u"rotate"_s << u"breaks at "_s + wA << QString() << QStringList({rT, rA, wT, wA, wA, wT}) << QString();
    }
    void settingsFailureChangesNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, settings);
        QFETCH(QString, failure);
        QFETCH(QStringList, calls);
        QFETCH(QString, error);
        seed(euWorkspace(), EuKey, AppKey);
        WorkspaceRepository(m_settings.get()).save(euWorkspace());
        ComposedCall call;
        call.identifier = u"42"_s;
        QCOMPARE(CallTemplates(m_settings.get()).save(u"Production"_s, u"welcome"_s, call), QString());
        m_settings->setValue(WorkspaceSettings::lastSelectedKey(), u"Production"_s);
        m_settings->sync();
        // The update QSettings posted for these writes re-reads the file if it runs later: run it now.
        QCoreApplication::sendPostedEvents(m_settings.get(), QEvent::UpdateRequest);
        const QStringList keysBefore = m_settings->allKeys();
        if (!failure.isEmpty())
            m_store->failOn(FlakyCredentialStore::Op::Remove, failure.section(u' ', 1));
        if (settings == u"unwritable")
            QVERIFY(SettingsFaults::replaceDirectoryByFile(m_settingsPath));
        if (settings.startsWith(u"breaks at ")) {
            const QString at = settings.mid(10);
            m_store->onCall = [this, at](const QString &c) {
                if (c == at)
                    QVERIFY(SettingsFaults::replaceDirectoryByFile(m_settingsPath));
            };
        }

        WorkspaceEdit edit = WorkspaceEdit::of(euWorkspace());
        edit.verify = false;
        if (kind == u"rename") {
            edit.name = u"Renamed"_s;
        } else {
            edit.trackApiKey = u"rotated-key"_s;
            edit.appApiKey = u"rotated-app-key"_s;
        }
        const Run run = apply(edit);
        QCOMPARE(run.result.status, WorkspaceEditor::Result::Status::SettingsFailed);
        const QString expected =
            u"could not write the settings file %1 (%2 is not a directory)"_s.arg(m_settingsPath, m_home->configDir())
            + error;
        QVERIFY2(run.result.error.startsWith(expected), qPrintable(run.result.error));
        QCOMPARE(run.result.settingsPath, m_settingsPath);
        QCOMPARE(m_store->calls, calls);
        QVERIFY(!run.committed);
        // Nothing changed: the old keys, the listing, the templates and the selection.
        QCOMPARE(m_store->secret(u"Production/track-api-key"_s), EuKey);
        QCOMPARE(m_store->secret(u"Production/app-api-key"_s), AppKey);
        QVERIFY(!m_store->memory.contains(u"Renamed/app-api-key"_s));
        QCOMPARE(m_store->memory.contains(u"Renamed/track-api-key"_s), !failure.isEmpty());
        QCOMPARE(listed(), QStringList {u"Production"_s});
        QCOMPARE(CallTemplates(m_settings.get()).names(u"Production"_s), QStringList {u"welcome"_s});
        QCOMPARE(m_settings->value(WorkspaceSettings::lastSelectedKey()).toString(), u"Production"_s);
        QCOMPARE(m_settings->allKeys(), keysBefore);
    }

    void renameMovesTemplatesAndTheSelection()
    {
        seed(euWorkspace(), EuKey, AppKey);
        WorkspaceRepository(m_settings.get()).save(euWorkspace());
        ComposedCall call;
        call.identifier = u"42"_s;
        QCOMPARE(CallTemplates(m_settings.get()).save(u"Production"_s, u"welcome"_s, call), QString());
        m_settings->setValue(WorkspaceSettings::lastSelectedKey(), u"Production"_s);
        WorkspaceEdit edit = WorkspaceEdit::of(euWorkspace());
        edit.name = u"Production EU"_s;
        const Run run = apply(edit);
        QCOMPARE(run.result.status, WorkspaceEditor::Result::Status::Saved);
        const CallTemplates templates(m_settings.get());
        QVERIFY(templates.names(u"Production"_s).isEmpty());
        QCOMPARE(templates.names(u"Production EU"_s), QStringList {u"welcome"_s});
        QCOMPARE(templates.load(u"Production EU"_s, u"welcome"_s)->identifier, u"42"_s);
        QCOMPARE(m_settings->value(WorkspaceSettings::lastSelectedKey()).toString(), u"Production EU"_s);
        QCOMPARE(listed(), QStringList {u"Production EU"_s});
        QFile file(m_settingsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(onDisk.contains("name=Production EU"));
        QVERIFY(onDisk.contains("workspace=Production EU"));
    }

    void sessionOnlyEditNeverTouchesTheSettings()
    {
        Workspace session = euWorkspace();
        session.sessionOnly = true;
        seed(session, EuKey, AppKey);
        QVERIFY(SettingsFaults::replaceDirectoryByFile(m_settingsPath));
        WorkspaceEdit edit = WorkspaceEdit::of(session);
        edit.name = u"Renamed"_s;
        const Run run = apply(edit);
        QCOMPARE(run.result.status, WorkspaceEditor::Result::Status::Saved);
        QCOMPARE(run.committed->name, u"Renamed"_s);
        QVERIFY(run.committed->sessionOnly);
        QCOMPARE(m_store->secret(u"Renamed/track-api-key"_s), EuKey);
        QVERIFY(m_settings->allKeys().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceEdit)
#include "tst_workspaceedit.moc"
