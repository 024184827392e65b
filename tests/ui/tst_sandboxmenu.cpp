// SandboxMenu: each sandbox host's fault (the Pipelines hosts' too), the wrong-region redirect status and the
// App API and Pipelines wrong-region answers, switched from the menu and followed when they change elsewhere
// (the inspection API), with a one-line summary of what is active.
#include "sandboxmenu.h"
#include "support/namedchild.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Host = SandboxServer::Host;

class tst_SandboxMenu : public QObject
{
    Q_OBJECT

    static QStringList checkedFaults(const SandboxMenu &menu)
    {
        QStringList checked;
        for (const QAction *action : menu.findChildren<QAction *>()) {
            if (action->isChecked() && action->objectName().startsWith(u"sandboxFault_"_s))
                checked << action->objectName();
        }
        checked.sort();
        return checked;
    }

private Q_SLOTS:
    // Every fault for every host, "none" first; every redirect status; the clear action.
    void everyItemIsNamed()
    {
        SandboxMenu menu;
        QCOMPARE(menu.objectName(), u"sandboxMenu"_s);
        const QList<SandboxMenu::Choice> choices = SandboxMenu::faultChoices();
        QCOMPARE(choices.first().spec, u"none"_s);
        for (const QString &host :
             {u"track-us"_s, u"track-eu"_s, u"api-us"_s, u"api-eu"_s, u"pipelines-us"_s, u"pipelines-eu"_s}) {
            for (const SandboxMenu::Choice &choice : choices) {
                SandboxFault fault;
                QString error;
                QVERIFY2(SandboxFault::fromSpec(choice.spec, &fault, &error), qPrintable(error));
                const QString name = u"sandboxFault_%1_%2"_s.arg(host, SandboxFault::kindName(fault.kind));
                CIO_CHILD(QAction, action, &menu, name);
                QVERIFY(action->isCheckable());
                QVERIFY(!action->text().isEmpty());
            }
        }
        for (int status : SandboxMenu::redirectStatuses)
            QVERIFY(TestSupport::namedChild<QAction>(&menu, u"sandboxRedirect_%1"_s.arg(status)));
        QVERIFY(TestSupport::namedChild<QAction>(&menu, u"sandboxClearFaultsAction"_s));
    }

    // Without a server every item is disabled and "none" and 301 are shown.
    void withoutAServerNothingIsEnabled()
    {
        SandboxMenu menu;
        QCOMPARE(menu.server(), nullptr);
        for (const QAction *action : menu.findChildren<QAction *>()) {
            if (!action->objectName().startsWith(u"sandbox"_s) || action->menu())
                continue;
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        }
        QCOMPARE(checkedFaults(menu).size(), 6);
        QVERIFY(checkedFaults(menu).contains(u"sandboxFault_track-eu_none"_s));
        QVERIFY(checkedFaults(menu).contains(u"sandboxFault_pipelines-eu_none"_s));
        CIO_CHILD(QAction, refuse, &menu, u"sandboxPipelinesWrongRegion_refuse"_s);
        QVERIFY(refuse->isChecked());
        CIO_CHILD(QAction, redirect301, &menu, u"sandboxRedirect_301"_s);
        QVERIFY(redirect301->isChecked());
    }

    void itemsSwitchTheServer_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<Host>("host");
        QTest::addColumn<QString>("spec"); // the host's fault afterwards
        QTest::addColumn<QString>("summary");
        QTest::newRow("status on track-eu")
            << u"sandboxFault_track-eu_status"_s << Host::TrackEu << u"status:503"_s << u"track-eu status:503"_s;
        QTest::newRow("hang on api-us") << u"sandboxFault_api-us_hang"_s << Host::ApiUs << u"hang"_s
                                        << u"api-us hang"_s;
        QTest::newRow("delay on track-us")
            << u"sandboxFault_track-us_delay"_s << Host::TrackUs << u"delay:1000"_s << u"track-us delay:1000"_s;
        QTest::newRow("rate limit on api-eu")
            << u"sandboxFault_api-eu_rate-limit"_s << Host::ApiEu << u"rate-limit:1"_s << u"api-eu rate-limit:1"_s;
        QTest::newRow("reset on pipelines-eu")
            << u"sandboxFault_pipelines-eu_reset"_s << Host::PipelinesEu << u"reset"_s << u"pipelines-eu reset"_s;
    }
    void itemsSwitchTheServer()
    {
        QFETCH(QString, action);
        QFETCH(Host, host);
        QFETCH(QString, spec);
        QFETCH(QString, summary);
        SandboxServer server;
        SandboxMenu menu;
        menu.setServer(&server);
        QSignalSpy changed(&menu, &SandboxMenu::faultsChanged);
        CIO_CHILD(QAction, item, &menu, action);
        QVERIFY(item->isEnabled());
        item->trigger();
        QCOMPARE(server.fault(host).toSpec(), spec);
        QVERIFY(item->isChecked());
        QCOMPARE(changed.constLast().at(0).toString(), summary);
        QCOMPARE(SandboxMenu::activeFaults(server), summary);
        // One checked item per host: the others stay on "none".
        QCOMPARE(checkedFaults(menu).size(), 6);
    }

    void redirectStatusAndClear()
    {
        SandboxServer server;
        SandboxMenu menu;
        menu.setServer(&server);
        QSignalSpy changed(&menu, &SandboxMenu::faultsChanged);
        CIO_CHILD(QAction, redirect307, &menu, u"sandboxRedirect_307"_s);
        redirect307->trigger();
        QCOMPARE(server.redirectStatus(), 307);
        QCOMPARE(changed.constLast().at(0).toString(), u"redirects 307"_s);
        CIO_CHILD(QAction, reset, &menu, u"sandboxFault_track-us_reset"_s);
        reset->trigger();
        QCOMPARE(SandboxMenu::activeFaults(server), u"track-us reset · redirects 307"_s);

        // Clearing the faults leaves the redirect status as chosen.
        CIO_CHILD(QAction, clear, &menu, u"sandboxClearFaultsAction"_s);
        clear->trigger();
        QCOMPARE(server.fault(Host::TrackUs).kind, SandboxFault::Kind::None);
        QCOMPARE(changed.constLast().at(0).toString(), u"redirects 307"_s);
        CIO_CHILD(QAction, none, &menu, u"sandboxFault_track-us_none"_s);
        QVERIFY(none->isChecked());
        QVERIFY(redirect307->isChecked());
    }

    // docs/sandbox.md, row 31a: the App API's answer to a key of the other region, 401 or 301.
    void appWrongRegionSwitch()
    {
        SandboxServer server;
        SandboxMenu menu;
        menu.setServer(&server);
        CIO_CHILD(QAction, unauthorized, &menu, u"sandboxAppWrongRegion_401"_s);
        CIO_CHILD(QAction, redirect, &menu, u"sandboxAppWrongRegion_redirect"_s);
        QVERIFY(unauthorized->isChecked());
        QSignalSpy changed(&menu, &SandboxMenu::faultsChanged);
        redirect->trigger();
        QCOMPARE(server.appWrongRegion(), SandboxAppApi::WrongRegion::Redirect);
        QVERIFY(redirect->isChecked());
        QCOMPARE(changed.constLast().at(0).toString(), u"App API wrong region: 301"_s);
        unauthorized->trigger();
        QCOMPARE(server.appWrongRegion(), SandboxAppApi::WrongRegion::Unauthorized);
        QCOMPARE(changed.constLast().at(0).toString(), QString());
    }

    // docs/sandbox.md, Pipelines, rows P9–P10: the assumed answer to a Pipelines key of the other region,
    // switched here and followed when the inspection API switches it.
    void pipelinesWrongRegionSwitch()
    {
        SandboxServer server;
        SandboxMenu menu;
        menu.setServer(&server);
        CIO_CHILD(QMenu, submenu, &menu, u"sandboxPipelinesWrongRegionMenu"_s);
        QVERIFY(!submenu->title().isEmpty());
        CIO_CHILD(QAction, refuse, &menu, u"sandboxPipelinesWrongRegion_refuse"_s);
        CIO_CHILD(QAction, accept, &menu, u"sandboxPipelinesWrongRegion_accept"_s);
        QVERIFY(refuse->isChecked());
        QVERIFY(!accept->toolTip().isEmpty()); // says it is an assumption
        QSignalSpy changed(&menu, &SandboxMenu::faultsChanged);
        accept->trigger();
        QCOMPARE(server.pipelinesWrongRegion(), SandboxPipelinesApi::WrongRegion::Accept);
        QVERIFY(accept->isChecked());
        QCOMPARE(changed.constLast().at(0).toString(), u"Pipelines wrong region: accepted"_s);
        refuse->trigger();
        QCOMPARE(server.pipelinesWrongRegion(), SandboxPipelinesApi::WrongRegion::Refuse);
        QCOMPARE(changed.constLast().at(0).toString(), QString());

        // Switched elsewhere (POST /__sandbox/pipelines-wrong-region): followed at once.
        server.setPipelinesWrongRegion(SandboxPipelinesApi::WrongRegion::Accept);
        QVERIFY(accept->isChecked());
        QCOMPARE(changed.constLast().at(0).toString(), u"Pipelines wrong region: accepted"_s);
    }

    // The demo accounts' keys, the Pipelines sources' too.
    void accountsText()
    {
        SandboxServer server;
        const QString text = SandboxMenu::accountsText(server);
        QVERIFY2(text.contains(u"Pipelines source Website: API key demo-us-pipelines-key"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Pipelines source Website: API key demo-eu-pipelines-key"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Site ID demo-eu-site"_s), qPrintable(text));
    }

    // A fault set elsewhere (POST /__sandbox/fault, another front end) is followed at once.
    void followsTheServer()
    {
        SandboxServer server;
        SandboxMenu menu;
        menu.setServer(&server);
        QSignalSpy changed(&menu, &SandboxMenu::faultsChanged);
        SandboxFault fault;
        QString error;
        QVERIFY(SandboxFault::fromSpec(u"malformed-json"_s, &fault, &error));
        server.setFault(Host::ApiEu, fault);
        QCOMPARE(changed.constLast().at(0).toString(), u"api-eu malformed-json"_s);
        CIO_CHILD(QAction, malformed, &menu, u"sandboxFault_api-eu_malformed-json"_s);
        QVERIFY(malformed->isChecked());

        // Another server: the menu follows it, and no longer the first.
        SandboxServer other;
        menu.setServer(&other);
        QCOMPARE(changed.constLast().at(0).toString(), QString());
        const int signals_ = int(changed.count());
        server.setFault(Host::ApiEu, SandboxFault {});
        QCOMPARE(changed.count(), signals_);
        QVERIFY(!malformed->isChecked());

        // The server going away disables the menu.
        menu.setServer(nullptr);
        QVERIFY(!malformed->isEnabled());
        QCOMPARE(changed.constLast().at(0).toString(), QString());
    }
};

QTEST_MAIN(tst_SandboxMenu)
#include "tst_sandboxmenu.moc"
