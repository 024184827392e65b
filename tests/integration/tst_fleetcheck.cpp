// FleetCheck against the sandbox in this process: every workspace's region is checked with at most N
// requests in flight (observed at the sandbox, whose delay fault holds each answer), results name the
// region, failures (a key that cannot be read) and disagreements within an account; cancel() ends it.
#include "consolesession.h"
#include "fleetcheck.h"
#include "memorycredentialstore.h"
#include "support/sandboxfixture.h"
#include "support/sessionoptions.h"
#include "support/testhome.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace {
constexpr int kDelayMs = 200;
}

class tst_FleetCheck : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    TestHome m_home;
    MemoryCredentialStore m_keychain;
    std::unique_ptr<ConsoleSession> m_session;
    QList<Workspace> m_workspaces;

    // The most requests the sandbox held at once: each is held kDelayMs from its arrival.
    static int peakAtSandbox(const QList<qint64> &arrivals)
    {
        QList<std::pair<qint64, int>> events;
        for (qint64 t : arrivals) {
            events.append({t, +1});
            events.append({t + kDelayMs - 20, -1}); // the answer leaves after kDelayMs; 20 ms for timer slack
        }
        std::sort(events.begin(), events.end());
        int now = 0;
        int peak = 0;
        for (const auto &e : events) {
            now += e.second;
            peak = qMax(peak, now);
        }
        return peak;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY(m_home.isValid());
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        // 8 EU workspaces of "Acme", 4 US ones; one US workspace is filed under "Acme" too.
        SandboxAccount eu {QStringLiteral("eu"), {}};
        SandboxAccount us {QStringLiteral("us"), {}};
        for (int i = 0; i < 12; ++i) {
            const bool isEu = i < 8;
            const SandboxWorkspace w {QStringLiteral("fleet-%1").arg(i),
                                      QStringLiteral("fleet-site-%1").arg(i),
                                      QStringLiteral("fleet-key-%1").arg(i),
                                      900 + i,
                                      {}};
            (isEu ? eu : us).workspaces << w;
            Workspace ws;
            ws.name = w.name;
            ws.siteId = w.siteId;
            ws.account = isEu || i == 8 ? QStringLiteral("Acme") : QStringLiteral("Other");
            m_workspaces << ws;
        }
        m_sandbox.server.setAccounts({eu, us});
        m_session = std::make_unique<ConsoleSession>(sessionOptions(m_home, &m_keychain, m_sandbox.endpoints));
        for (int i = 0; i < 12; ++i) {
            // fleet-11's key is not stored: its check fails before anything is sent.
            m_session->addSessionWorkspace(m_workspaces.at(i),
                                           i == 11 ? QString() : QStringLiteral("fleet-key-%1").arg(i));
        }
        m_workspaces = m_session->workspaces();
        QCOMPARE(m_workspaces.size(), 12);
    }

    void init() { m_sandbox.reset(); }

    void checksAllWithinTheBound()
    {
        for (auto host : {SandboxServer::Host::TrackUs, SandboxServer::Host::TrackEu})
            m_sandbox.server.setFault(host, SandboxServer::Fault::Delay, kDelayMs);
        QElapsedTimer clock;
        clock.start();
        QList<qint64> arrivals;
        connect(&m_sandbox.server, &SandboxServer::requestReceived, this,
                [&](const SandboxRequest &) { arrivals << clock.elapsed(); });

        FleetCheck check(m_session.get());
        QSignalSpy results(&check, &FleetCheck::workspaceChecked);
        QSignalSpy finished(&check, &FleetCheck::finished);
        QSignalSpy progress(&check, &FleetCheck::progress);
        QVERIFY(check.start(m_workspaces, 3));
        QVERIFY(!check.start(m_workspaces, 3)); // one at a time
        QVERIFY(finished.wait(30000));
        disconnect(&m_sandbox.server, nullptr, this, nullptr);

        QCOMPARE(results.size(), 12);
        QCOMPARE(progress.constLast().at(0).toInt(), 12);
        const auto summary = finished.constFirst().at(0).value<FleetCheck::Summary>();
        QCOMPARE(summary.total, 12);
        QCOMPARE(summary.perRegion.value(QStringLiteral("eu")), 8);
        QCOMPARE(summary.perRegion.value(QStringLiteral("us")), 3);
        QCOMPARE(summary.failures, 1);
        QVERIFY(!summary.cancelled);
        QCOMPARE(summary.disagreements.size(), 1);
        QVERIFY2(summary.disagreements.constFirst().startsWith(QStringLiteral("Acme: eu (")),
                 qPrintable(summary.disagreements.constFirst()));
        QVERIFY(summary.disagreements.constFirst().contains(QStringLiteral("us (fleet-8)")));

        // At the sandbox: never more than 3 requests held at once, and 3 at some point (the bound is used).
        QVERIFY(arrivals.size() >= 11);
        QCOMPARE(peakAtSandbox(arrivals), 3);
        QCOMPARE(check.peakInFlight(), 3);

        // The results are remembered on the workspaces (the panel and the report read them).
        const std::optional<Workspace> eu0 = m_session->workspace(QStringLiteral("fleet-0"));
        QVERIFY(eu0.has_value());
        QCOMPARE(eu0->region, Region::Eu);
        QCOMPARE(eu0->environmentId, 900);
        for (const QList<QVariant> &r : results) {
            const auto result = r.at(0).value<FleetCheck::Result>();
            if (result.workspace.name == u"fleet-11") {
                QVERIFY(result.credentialsMissing);
                QVERIFY(!result.info.ok);
            }
        }
    }

    // Qt 6.4 opens at most six connections per host and network manager; a concurrency above that is still
    // what reaches the sandbox: 11 unverified workspaces (their first request goes to the US host) all at once.
    void concurrencyAboveSixAHostReachesTheHost()
    {
        for (auto host : {SandboxServer::Host::TrackUs, SandboxServer::Host::TrackEu})
            m_sandbox.server.setFault(host, SandboxServer::Fault::Delay, kDelayMs);
        QList<Workspace> unverified = m_workspaces;
        for (Workspace &w : unverified) {
            w.region = Region::Unknown;
            w.route = Route::Auto;
        }
        QElapsedTimer clock;
        clock.start();
        QList<qint64> arrivals;
        connect(&m_sandbox.server, &SandboxServer::requestReceived, this, [&](const SandboxRequest &request) {
            if (request.host == u"track-us")
                arrivals << clock.elapsed();
        });
        FleetCheck check(m_session.get());
        QSignalSpy finished(&check, &FleetCheck::finished);
        QVERIFY(check.start(unverified, 12, false));
        QVERIFY(finished.wait(30000));
        disconnect(&m_sandbox.server, nullptr, this, nullptr);
        QCOMPARE(arrivals.size(), 11);
        QCOMPARE(peakAtSandbox(arrivals), 11);
    }

    void cancelEndsAtOnce()
    {
        for (auto host : {SandboxServer::Host::TrackUs, SandboxServer::Host::TrackEu})
            m_sandbox.server.setFault(host, SandboxServer::Fault::Delay, kDelayMs);
        FleetCheck check(m_session.get());
        QSignalSpy results(&check, &FleetCheck::workspaceChecked);
        QSignalSpy finished(&check, &FleetCheck::finished);
        QVERIFY(check.start(m_workspaces, 2));
        QVERIFY(results.wait(10000));
        check.cancel();
        QCOMPARE(finished.size(), 1);
        const auto summary = finished.constFirst().at(0).value<FleetCheck::Summary>();
        QVERIFY(summary.cancelled);
        QVERIFY(summary.checked < 12);
        const qsizetype seen = results.size();
        // Answers still in flight come back and are dropped: no result after the end.
        QTRY_COMPARE_WITH_TIMEOUT(m_session->uncommittedCount(), 0, 10000);
        QCOMPARE(results.size(), seen);
        QVERIFY(!check.isRunning());
        QVERIFY(check.start(m_workspaces.mid(0, 1), 1)); // and it can run again
        QVERIFY(finished.wait(10000));
    }

    // The session may go first (a window deletes its children in order): a check cancelled after it ends
    // without touching it.
    void cancelAfterTheSessionWent()
    {
        TestHome home;
        QVERIFY(home.isValid());
        MemoryCredentialStore keychain;
        auto session = std::make_unique<ConsoleSession>(sessionOptions(home, &keychain, m_sandbox.endpoints));
        session->addSessionWorkspace(m_workspaces.at(0), QStringLiteral("fleet-key-0"));
        FleetCheck check(session.get());
        QSignalSpy finished(&check, &FleetCheck::finished);
        QVERIFY(check.start(session->workspaces(), 1));
        QVERIFY(check.isRunning());
        session.reset();
        check.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!check.isRunning());
    }
};

QTEST_GUILESS_MAIN(tst_FleetCheck)
#include "tst_fleetcheck.moc"
