// WorkspaceList over a ConsoleSession on the sandbox: the session's workspaces as items with their roles, the
// selection both ways (without re-entering the session), and the badge and texts after each region check.
#include "consolesession.h"
#include "delegates.h"
#include "memorycredentialstore.h"
#include "sandboxserver.h"
#include "support/sandboxfixture.h"
#include "support/sessionoptions.h"
#include "support/testhome.h"
#include "workspacelist.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Host = SandboxServer::Host;

namespace {
constexpr int Timeout = 10000;
}

class tst_WorkspaceList : public QObject
{
    Q_OBJECT

    SandboxFixture m_configured; // what configured workspaces would talk to: nothing leaves the machine
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<ConsoleSession> m_session;

    QListWidgetItem *item(const WorkspaceList &list, const QString &name)
    {
        const QList<QListWidgetItem *> found = list.findItems(name, Qt::MatchExactly);
        return found.size() == 1 ? found.first() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_configured.start(&error), qPrintable(error));
    }

    void init()
    {
        m_home = std::make_unique<TestHome>();
        QVERIFY(m_home->isValid());
        m_store = std::make_unique<MemoryCredentialStore>();
        m_session = std::make_unique<ConsoleSession>(sessionOptions(*m_home, m_store.get(), m_configured.endpoints));
        QString error;
        QVERIFY2(m_session->enterSandbox(&error), qPrintable(error));
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
        m_home.reset();
    }

    void listsTheSessionsWorkspaces()
    {
        WorkspaceList list(m_session.get());
        QCOMPARE(list.objectName(), u"workspaceList"_s);
        QVERIFY(!list.accessibleName().isEmpty());
        QVERIFY(qobject_cast<WorkspaceItemDelegate *>(list.itemDelegate()));
        QCOMPARE(list.count(), int(m_session->workspaces().size()));
        for (const Workspace &w : m_session->workspaces()) {
            QListWidgetItem *it = item(list, w.name);
            QVERIFY2(it, qPrintable(w.name));
            QCOMPARE(it->data(WorkspaceRoles::SiteIdRole).toString(), w.siteId);
            // The sandbox's demo workspaces are in memory too, but carry no "this session only" marker.
            QCOMPARE(it->data(WorkspaceRoles::SessionOnlyRole).toBool(), false);
        }
        // Leaving the sandbox lists the configured workspaces: none here.
        m_session->leaveSandbox();
        QCOMPARE(list.count(), 0);
        QCOMPARE(list.currentRow(), -1);
    }

    // Picking an item selects it in the session; the session's selection is mirrored back without the list
    // selecting it again (which would start a second region check).
    void selectionGoesBothWays()
    {
        WorkspaceList list(m_session.get());
        QSignalSpy checks(m_session.get(), &ConsoleSession::regionCheckStarted);
        QSignalSpy finished(m_session.get(), &ConsoleSession::regionCheckFinished);
        const auto checked = [&finished](const QString &name, qsizetype from) {
            for (qsizetype i = from; i < finished.count(); ++i) {
                if (finished.at(i).at(0).toString() == name)
                    return true;
            }
            return false;
        };
        list.setCurrentItem(item(list, u"Demo EU"_s));
        QCOMPARE(m_session->currentWorkspace()->name, u"Demo EU"_s);
        QTRY_VERIFY_WITH_TIMEOUT(checked(u"Demo EU"_s, 0), Timeout);

        const qsizetype started = checks.count();
        const qsizetype ended = finished.count();
        QVERIFY(m_session->select(u"Demo US"_s));
        QCOMPARE(list.currentItem()->text(), u"Demo US"_s);
        QTRY_VERIFY_WITH_TIMEOUT(checked(u"Demo US"_s, ended), Timeout);
        QCOMPARE(checks.count(), started + 1); // the session's own check, and no other

        QVERIFY(m_session->select(QString()));
        QCOMPARE(list.currentRow(), -1);
    }

    // A verified region shows as the badge and in the texts; after a failed check the badge reads "?" and
    // the texts say the region was only last seen.
    void badgeAndTextsFollowTheRegionChecks()
    {
        WorkspaceList list(m_session.get());
        QVERIFY(m_session->select(u"Demo EU"_s));
        QListWidgetItem *eu = item(list, u"Demo EU"_s);
        QVERIFY(eu);
        // Verified by this selection's check (its texts are final once the session holds the credentials).
        QTRY_VERIFY_WITH_TIMEOUT(m_session->hasCredentials() && m_session->isRegionVerified(u"Demo EU"_s)
                                     && Region(eu->data(WorkspaceRoles::RegionRole).toInt()) == Region::Eu,
                                 Timeout);
        QCOMPARE(Region(eu->data(WorkspaceRoles::LastSeenRegionRole).toInt()), Region::Eu);
        QCOMPARE(eu->data(WorkspaceRoles::CheckFailedRole).toBool(), false);
        QCOMPARE(eu->data(Qt::AccessibleTextRole).toString(), u"Demo EU, European Union"_s);
        QVERIFY2(eu->toolTip().contains(u"Region: European Union"_s), qPrintable(eu->toolTip()));

        for (Host host : {Host::TrackUs, Host::TrackEu})
            m_session->sandbox()->setFault(host, SandboxServer::Fault::ServerError);
        m_session->recheckRegion();
        QTRY_VERIFY_WITH_TIMEOUT(eu->data(WorkspaceRoles::CheckFailedRole).toBool(), Timeout);
        QCOMPARE(Region(eu->data(WorkspaceRoles::RegionRole).toInt()), Region::Unknown); // never the old region
        QCOMPARE(Region(eu->data(WorkspaceRoles::LastSeenRegionRole).toInt()), Region::Eu);
        QCOMPARE(eu->data(WorkspaceRoles::CheckFailedRole).toBool(), true);
        QCOMPARE(eu->data(Qt::AccessibleTextRole).toString(),
                 u"Demo EU, not verified now (last seen European Union)"_s);
        QVERIFY2(eu->toolTip().contains(u"Last check failed: "_s), qPrintable(eu->toolTip()));

        for (Host host : {Host::TrackUs, Host::TrackEu})
            m_session->sandbox()->setFault(host, SandboxServer::Fault::None);
        m_session->recheckRegion();
        QTRY_COMPARE_WITH_TIMEOUT(Region(eu->data(WorkspaceRoles::RegionRole).toInt()), Region::Eu, Timeout);
        QCOMPARE(eu->data(WorkspaceRoles::CheckFailedRole).toBool(), false);
    }
};

QTEST_MAIN(tst_WorkspaceList)
#include "tst_workspacelist.moc"
