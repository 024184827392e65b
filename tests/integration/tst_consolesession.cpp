// ConsoleSession against the sandbox over loopback (real sockets), an in-memory credential store that can be
// told to fail, a temporary settings file and request log: what the window and the command line rely on.
#include "consolesession.h"
#include "requestlogstore.h"
#include "support/flakycredentialstore.h"
#include "support/sandboxfixture.h"
#include "support/testhome.h"
#include "workspacesettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 10000;

Workspace configured(const QString &name, const QString &siteId)
{
    Workspace w;
    w.name = name;
    w.siteId = siteId;
    return w;
}
} // namespace

class tst_ConsoleSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<FlakyCredentialStore> m_store;
    SandboxFixture m_sandbox; // the "configured" Customer.io of these tests, through an endpoint override

    std::unique_ptr<ConsoleSession> makeSession()
    {
        ConsoleSession::Options options;
        options.settingsPath = m_home->settingsPath();
        options.logPath = m_home->logPath();
        options.credentialStore = m_store.get();
        options.endpoints = m_sandbox.endpoints;
        return std::make_unique<ConsoleSession>(options);
    }

    void addConfigured(const Workspace &w, const QString &trackKey)
    {
        QSettings settings(m_home->settingsPath(), QSettings::IniFormat);
        WorkspaceRepository(&settings).save(w);
        settings.sync();
        QVERIFY(m_store->seed(CredentialStore::entryKey(w.name, SecretKind::TrackApiKey), trackKey));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    void init()
    {
        m_home = std::make_unique<TestHome>();
        QVERIFY(m_home->isValid());
        m_store = std::make_unique<FlakyCredentialStore>();
    }

    void selectingAWorkspaceChecksItsRegionAndRemembersIt()
    {
        addConfigured(configured(u"Production"_s, u"demo-eu-site"_s), u"demo-eu-track-key"_s);
        auto session = makeSession();
        QSignalSpy finished(session.get(), &ConsoleSession::regionCheckFinished);
        QSignalSpy credentials(session.get(), &ConsoleSession::credentialsChanged);
        session->showConfigured();
        QCOMPARE(session->currentWorkspace()->name, u"Production"_s);
        QVERIFY(finished.wait(Timeout));
        const RegionInfo info = finished.constLast().at(1).value<RegionInfo>();
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(info.region, Region::Eu);
        QVERIFY(session->hasCredentials());
        QCOMPARE(credentials.constLast().at(0).toBool(), true);
        QVERIFY(session->isRegionVerified(u"Production"_s));
        // Remembered in the settings: a new session knows the region before asking.
        QCOMPARE(session->repository()->find(u"Production"_s)->region, Region::Eu);
        QCOMPARE(session->repository()->find(u"Production"_s)->environmentId, 201);
    }

    void aKeyThatCannotBeReadLeavesTheRegionUnverified()
    {
        Workspace w = configured(u"Locked"_s, u"demo-us-site"_s);
        w.region = Region::Us; // last seen
        addConfigured(w, u"demo-us-track-key"_s);
        m_store->failOn(FlakyCredentialStore::Op::Read, CredentialStore::entryKey(w.name, SecretKind::TrackApiKey));
        auto session = makeSession();
        QSignalSpy finished(session.get(), &ConsoleSession::regionCheckFinished);
        QSignalSpy credentials(session.get(), &ConsoleSession::credentialsChanged);
        session->showConfigured();
        QVERIFY(finished.wait(Timeout));
        QVERIFY(!finished.constLast().at(1).value<RegionInfo>().ok);
        QCOMPARE(credentials.constLast().at(0).toBool(), false);
        QVERIFY(!session->hasCredentials());
        QVERIFY(!session->isRegionVerified(w.name));
        // The region stored is only "last seen": never what the console believes now.
        QCOMPARE(session->believedRegion(*session->currentWorkspace()), Region::Unknown);
        QVERIFY(session->diagnoses().isEmpty());
        QCOMPARE(session->send(TrackCall::identify(u"ada"_s, {}), Region::Us), 0);
    }

    void aSentCallEndsOnceItsRowIsCommitted()
    {
        addConfigured(configured(u"Production"_s, u"demo-us-site"_s), u"demo-us-track-key"_s);
        auto session = makeSession();
        QSignalSpy checked(session.get(), &ConsoleSession::regionCheckFinished);
        session->showConfigured();
        QVERIFY(checked.wait(Timeout));
        QSignalSpy ended(session.get(), &ConsoleSession::callEnded);
        QSignalSpy sending(session.get(), &ConsoleSession::sendingChanged);
        const qint64 live = session->send(TrackCall::event(u"ada@example.com"_s, u"purchased"_s), Region::Us);
        QVERIFY(live != 0);
        QVERIFY(session->isSending());
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty() && ended.constLast().at(0).toLongLong() == live, Timeout);
        const RequestRecord record = ended.constLast().at(1).value<RequestRecord>();
        QVERIFY(record.succeeded());
        QVERIFY(record.id > 0); // the store's id: the row is on disk
        QCOMPARE(session->logStore()->count(), 2); // the region call and the event
        QVERIFY(!session->isSending());
        QCOMPARE(sending.constLast().at(0).toBool(), false);
        QCOMPARE(session->uncommittedCount(), 0);
    }

    void detectRegionRemembersOnAConfiguredWorkspaceThatIsNotListed()
    {
        addConfigured(configured(u"Staging"_s, u"demo-us-site"_s), u"demo-us-track-key"_s);
        auto session = makeSession(); // lists nothing, as the command line
        std::optional<RegionInfo> info;
        QVERIFY(session->detectRegion(u"Staging"_s, {u"demo-us-site"_s, u"demo-us-track-key"_s}, Region::Eu,
                                      session.get(),
                                      [&info](const RegionInfo &i, const RequestRecord &) { info = i; }));
        QTRY_VERIFY_WITH_TIMEOUT(info.has_value(), Timeout);
        QVERIFY(info->ok);
        QCOMPARE(session->repository()->find(u"Staging"_s)->region, Region::Us);
        QCOMPARE(session->repository()->find(u"Staging"_s)->verifiedVia, info->handledBy);
    }

    void theSandboxListsItsDemoWorkspacesAndLeavingRestoresTheConfiguredOnes()
    {
        addConfigured(configured(u"Production"_s, u"demo-us-site"_s), u"demo-us-track-key"_s);
        auto session = makeSession();
        session->showConfigured();
        QSignalSpy sandbox(session.get(), &ConsoleSession::sandboxChanged);
        QSignalSpy updated(session.get(), &ConsoleSession::workspaceUpdated);
        QString error;
        QVERIFY2(session->enterSandbox(&error), qPrintable(error));
        QVERIFY(session->isOnSandbox());
        QCOMPARE(sandbox.constLast().at(0).toBool(), true);
        QStringList names;
        for (const Workspace &w : session->workspaces())
            names << w.name;
        QCOMPARE(names, QStringList({u"Demo US"_s, u"Demo EU"_s}));
        // Every demo workspace's region is asked at once: each badge is known.
        QTRY_VERIFY_WITH_TIMEOUT(session->workspace(u"Demo EU"_s)->region == Region::Eu, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(session->workspace(u"Demo US"_s)->region == Region::Us, Timeout);
        QCOMPARE(session->keychainBackend(), u"memory, this session only"_s);
        // Every region call is logged under the workspace it was made for, the background ones too.
        QTRY_VERIFY_WITH_TIMEOUT(session->uncommittedCount() == 0, Timeout);
        const QList<RequestLogEntry> rows = session->logStore()->fetchOlder(RequestLogFilter(), 0, 50, 0);
        QCOMPARE(rows.size(), 2);
        for (const RequestLogEntry &row : rows)
            QVERIFY2(!row.record.workspace.isEmpty(), "a region call logged without its workspace");
        // Never written to the settings.
        QVERIFY(!session->repository()->find(u"Demo EU"_s));
        QCOMPARE(session->addMismatchExamples(), 3);
        session->leaveSandbox();
        QVERIFY(!session->isOnSandbox());
        QCOMPARE(session->workspaces().size(), 1);
        QCOMPARE(session->currentWorkspace()->name, u"Production"_s);
    }

    void anEuAccountOnTheUsRouteIsDiagnosed()
    {
        Workspace w = configured(u"EU on US"_s, u"demo-eu-site"_s);
        w.route = Route::Us;
        addConfigured(w, u"demo-eu-track-key"_s);
        auto session = makeSession();
        QSignalSpy checked(session.get(), &ConsoleSession::regionCheckFinished);
        session->showConfigured();
        QVERIFY(checked.wait(Timeout));
        QStringList codes;
        for (const Diagnosis &d : session->diagnoses())
            codes << d.code;
        QVERIFY2(codes.contains(u"eu_account_us_route"_s), qPrintable(codes.join(u',')));
        QSignalSpy route(session.get(), &ConsoleSession::routeChanged);
        session->setRoute(Route::Auto);
        QCOMPARE(route.size(), 1);
        codes.clear();
        for (const Diagnosis &d : session->diagnoses())
            codes << d.code;
        QVERIFY(!codes.contains(u"eu_account_us_route"_s));
        QCOMPARE(session->repository()->find(w.name)->route, Route::Auto);
    }

    void aRemovedWorkspaceLeavesTheListAndTheNextIsSelected()
    {
        addConfigured(configured(u"A"_s, u"demo-us-site"_s), u"demo-us-track-key"_s);
        addConfigured(configured(u"B"_s, u"demo-eu-site"_s), u"demo-eu-track-key"_s);
        auto session = makeSession();
        session->showConfigured(u"A"_s);
        QSignalSpy changed(session.get(), &ConsoleSession::currentWorkspaceChanged);
        session->workspaceRemoved(u"A"_s);
        QCOMPARE(session->workspaces().size(), 1);
        QCOMPARE(session->currentWorkspace()->name, u"B"_s);
        QVERIFY(!changed.isEmpty());
    }

    // Issue 17, class 5: without a writable log a test call waits for the user's choice; region checks go on.
    void callsWaitForTheUserWhenTheLogCannotBeWritten()
    {
        QFile blocker(m_home->path(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ConsoleSession::Options options;
        options.settingsPath = m_home->settingsPath();
        options.logPath = blocker.fileName() + QStringLiteral("/log.sqlite");
        options.credentialStore = m_store.get();
        options.endpoints = m_sandbox.endpoints;
        ConsoleSession session(options);
        QVERIFY(!session.logError().isEmpty());
        QVERIFY(!session.mayCall());
        m_sandbox.reset();
        QSignalSpy errors(&session, &ConsoleSession::errorMessage);
        const TrackCall call = TrackCall::event(QStringLiteral("ada"), QStringLiteral("unlogged"));
        QCOMPARE(session.sendCall(QStringLiteral("w"), SandboxFixture::euCredentials(), call, Region::Eu, Region::Eu),
                 qint64(0));
        QCOMPARE(session.startBurst(QStringLiteral("w"), SandboxFixture::euCredentials(), call, Region::Eu, Region::Eu,
                                    3, 10),
                 nullptr);
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.first().first().toString().contains(QStringLiteral("Send without logging")),
                 qPrintable(errors.first().first().toString()));
        QVERIFY(m_sandbox.server.receivedRequests().isEmpty());

        session.allowUnloggedCalls(true);
        QSignalSpy ended(&session, &ConsoleSession::callEnded);
        QVERIFY(session.sendCall(QStringLiteral("w"), SandboxFixture::euCredentials(), call, Region::Eu, Region::Eu)
                != 0);
        QVERIFY(ended.wait());
        QCOMPARE(m_sandbox.server.receivedRequests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ConsoleSession)
#include "tst_consolesession.moc"
