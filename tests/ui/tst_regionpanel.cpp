// RegionPanel ("Data and Privacy") alone: each state it shows (no workspace, checking, detected, unknown), the
// hosts of the region from the endpoint table, the route, the App API key check and the diagnosis; and, over a
// session on the sandbox, that it follows the selected workspace.
#include "consolesession.h"
#include "memorycredentialstore.h"
#include "regionpanel.h"
#include "support/namedchild.h"
#include "support/sandboxfixture.h"
#include "support/sessionoptions.h"
#include "support/testhome.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString Dash = u"—"_s;

Workspace production(Region region = Region::Unknown)
{
    Workspace w;
    w.name = u"Production"_s;
    w.siteId = u"site-1"_s;
    w.account = u"Acme"_s;
    w.region = region;
    w.hasAppApiKey = true;
    return w;
}

RegionInfo detected(Region region, qint64 environmentId = 201)
{
    RegionInfo info;
    info.ok = true;
    info.region = region;
    info.environmentId = environmentId;
    info.verifiedAt = QDateTime::currentDateTimeUtc();
    info.handledBy = u"track-eu.customer.io"_s;
    return info;
}
} // namespace

class tst_RegionPanel : public QObject
{
    Q_OBJECT

    const EndpointTable m_table; // Customer.io's hosts

    static QString value(const RegionPanel &panel, const QString &name)
    {
        const QLabel *label = CIO_CHILD_OR_FAIL(QLabel, &panel, name);
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void emptyNamesNoRegion()
    {
        RegionPanel panel;
        QCOMPARE(panel.objectName(), u"dataPrivacyPanel"_s);
        QCOMPARE(panel.regionText(), u"No workspace selected"_s);
        QCOMPARE(panel.stateText(), u"Select a workspace to check its region."_s);
        for (const QString &name :
             {u"workspaceValue"_s, u"dataCenterValue"_s, u"workspaceIdValue"_s, u"siteIdValue"_s, u"trackHostValue"_s,
              u"appHostValue"_s, u"transactionalHostValue"_s, u"accountValue"_s})
            QCOMPARE(value(panel, name), Dash);
        for (const QString &name :
             {u"copyTrackHostButton"_s, u"copyAppHostButton"_s, u"copyTransactionalHostButton"_s}) {
            CIO_CHILD(QToolButton, copy, &panel, name);
            QVERIFY2(!copy->isEnabled(), qPrintable(name));
        }
        CIO_CHILD(QComboBox, route, &panel, u"routeCombo"_s);
        QVERIFY(!route->isEnabled());
        CIO_CHILD(QPushButton, check, &panel, u"checkAppKeyButton"_s);
        QVERIFY(!check->isEnabled());
        CIO_CHILD(QLabel, docs, &panel, u"regionDocsLink"_s);
        QVERIFY(docs->text().contains(RegionPanel::docsUrl()));
        QVERIFY(RegionPanel::docsUrl().startsWith(u"https://docs.customer.io/"_s));
        panel.showEmpty(u"No workspace yet: add one, or try the sandbox."_s);
        QCOMPARE(panel.stateText(), u"No workspace yet: add one, or try the sandbox."_s);
    }

    void checkingShowsWhatIsKnown()
    {
        RegionPanel panel;
        panel.showChecking(production());
        QCOMPARE(panel.regionText(), u"Checking…"_s);
        QVERIFY(panel.stateText().contains(u"GET /api/v1/accounts/region"_s));
        QCOMPARE(value(panel, u"workspaceValue"_s), u"Production"_s);
        QCOMPARE(value(panel, u"siteIdValue"_s), u"site-1"_s);
        QCOMPARE(value(panel, u"accountValue"_s), u"Acme"_s);
        QCOMPARE(value(panel, u"trackHostValue"_s), Dash);
        CIO_CHILD(QPushButton, check, &panel, u"checkAppKeyButton"_s);
        QVERIFY(!check->isEnabled());
    }

    void detectedRegionAndItsHosts_data()
    {
        QTest::addColumn<Region>("region");
        QTest::addColumn<Route>("route");
        QTest::addColumn<qint64>("environmentId");
        QTest::addColumn<QString>("regionText");
        QTest::addColumn<QString>("routeText"); // the start
        QTest::newRow("eu, automatic") << Region::Eu << Route::Auto << qint64(201) << u"European Union (eu)"_s
                                       << u"Automatic: by default, calls go to the detected region's host, EU "
                                          u"(track-eu.customer.io)"_s;
        QTest::newRow("us, automatic") << Region::Us << Route::Auto << qint64(101) << u"United States (us)"_s
                                       << u"Automatic: by default, calls go to the detected region's host, US "
                                          u"(track.customer.io)"_s;
        QTest::newRow("eu, forced US") << Region::Eu << Route::Us << qint64(201) << u"European Union (eu)"_s
                                       << u"Forced: by default, calls go to the US host (track.customer.io)"_s;
        QTest::newRow("no workspace ID") << Region::Us << Route::Auto << qint64(-1) << u"United States (us)"_s
                                         << u"Automatic"_s;
    }
    void detectedRegionAndItsHosts()
    {
        QFETCH(Region, region);
        QFETCH(Route, route);
        QFETCH(qint64, environmentId);
        QFETCH(QString, regionText);
        QFETCH(QString, routeText);
        RegionPanel panel;
        Workspace w = production(region);
        w.route = route;
        panel.showDetected(w, detected(region, environmentId), m_table);
        QCOMPARE(panel.regionText(), regionText);
        QVERIFY2(panel.stateText().startsWith(u"✔ Verified"_s), qPrintable(panel.stateText()));
        QVERIFY2(panel.stateText().contains(u"just now"_s), qPrintable(panel.stateText()));
        QVERIFY(panel.stateText().endsWith(u"through track-eu.customer.io"_s));
        QCOMPARE(value(panel, u"dataCenterValue"_s), regionCode(region).toUpper());
        QCOMPARE(value(panel, u"workspaceIdValue"_s),
                 environmentId >= 0 ? QString::number(environmentId) : u"not reported"_s);
        QCOMPARE(value(panel, u"trackHostValue"_s), m_table.trackUrl(region).toString());
        QCOMPARE(value(panel, u"appHostValue"_s), m_table.appUrl(region).toString());
        QCOMPARE(value(panel, u"transactionalHostValue"_s), m_table.appUrl(region).toString() + u"/v1/send/…"_s);
        QVERIFY2(value(panel, u"routeValue"_s).startsWith(routeText), qPrintable(value(panel, u"routeValue"_s)));
        CIO_CHILD(QComboBox, combo, &panel, u"routeCombo"_s);
        QVERIFY(combo->isEnabled());
        QCOMPARE(Route(combo->currentData().toInt()), route);
        CIO_CHILD(QLabel, failed, &panel, u"failedRequestValue"_s);
        QVERIFY(failed->isHidden());

        // The copy buttons put the hosts on the clipboard.
        CIO_CHILD(QToolButton, copy, &panel, u"copyAppHostButton"_s);
        QVERIFY(copy->isEnabled());
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), m_table.appUrl(region).toString());
    }

    // A failed check never names a region, and says what was last seen.
    void unknownIsNeverUs_data()
    {
        QTest::addColumn<Region>("lastSeen");
        QTest::addColumn<QString>("failedRequest");
        QTest::newRow("never seen") << Region::Unknown << QString();
        QTest::newRow("last seen EU") << Region::Eu << u"GET https://track.customer.io/api/v1/accounts/region → 401"_s;
    }
    void unknownIsNeverUs()
    {
        QFETCH(Region, lastSeen);
        QFETCH(QString, failedRequest);
        RegionPanel panel;
        panel.showUnknown(production(lastSeen), u"rejected by Customer.io (401)"_s, &m_table, failedRequest);
        QCOMPARE(panel.regionText(), u"Unknown"_s);
        QVERIFY(panel.stateText().startsWith(u"✖ Region not verified: rejected by Customer.io (401)"_s));
        QCOMPARE(panel.stateText().contains(u"Last seen as EU"_s), lastSeen == Region::Eu);
        QCOMPARE(value(panel, u"dataCenterValue"_s), u"unknown"_s);
        QCOMPARE(value(panel, u"trackHostValue"_s), Dash);
        QVERIFY(value(panel, u"routeValue"_s).startsWith(u"Automatic: the region is not verified"_s));
        CIO_CHILD(QLabel, failed, &panel, u"failedRequestValue"_s);
        QCOMPARE(failed->isHidden(), failedRequest.isEmpty());
        if (!failedRequest.isEmpty())
            QCOMPARE(failed->text(), u"Request: "_s + failedRequest);
        for (const QString &name : {u"dataCenterValue"_s, u"regionValue"_s})
            QVERIFY(!value(panel, name).contains(u"United States"_s));
        CIO_CHILD(QPushButton, check, &panel, u"checkAppKeyButton"_s);
        QVERIFY(!check->isEnabled());
    }

    void diagnosesAreListed()
    {
        RegionPanel panel;
        CIO_CHILD(QLabel, list, &panel, u"diagnosisList"_s);
        QVERIFY(list->isHidden());
        panel.setDiagnoses({{u"eu_account_us_route"_s, u"First finding."_s}, {u"us_transit_seen"_s, u"Second."_s}});
        QVERIFY(!list->isHidden());
        QCOMPARE(list->text(), u"⚠ First finding.\n⚠ Second."_s);
        panel.setDiagnoses({});
        QVERIFY(list->isHidden());
    }

    void routeAndAppKeyCheckAreAsked()
    {
        RegionPanel panel;
        panel.showDetected(production(Region::Eu), detected(Region::Eu), m_table);
        QSignalSpy route(&panel, &RegionPanel::routeChangeRequested);
        QSignalSpy check(&panel, &RegionPanel::appKeyCheckRequested);
        CIO_CHILD(QComboBox, combo, &panel, u"routeCombo"_s);
        combo->setCurrentIndex(combo->findData(int(Route::Us)));
        QCOMPARE(route.count(), 0); // programmatic changes are not the admin's request
        QMetaObject::invokeMethod(combo, "activated", Q_ARG(int, combo->currentIndex()));
        QCOMPARE(route.count(), 1);
        QCOMPARE(route.first().at(0).value<Route>(), Route::Us);

        CIO_CHILD(QPushButton, button, &panel, u"checkAppKeyButton"_s);
        CIO_CHILD(QCheckBox, other, &panel, u"checkOtherRegionCheck"_s);
        CIO_CHILD(QLabel, result, &panel, u"appKeyResult"_s);
        QVERIFY(button->isEnabled());
        QCOMPARE(result->text(), u"Not checked yet."_s);
        other->setChecked(true);
        button->click();
        QCOMPARE(check.count(), 1);
        QCOMPARE(check.first().at(0).toBool(), true);

        panel.showAppKeyChecking();
        QVERIFY(!button->isEnabled());
        QCOMPARE(result->text(), u"Checking…"_s);
        AppKeyProbe accepted;
        accepted.host = Region::Eu;
        accepted.status = 200;
        accepted.verdict = AppKeyProbe::Verdict::Accepted;
        AppKeyProbe mismatch;
        mismatch.host = Region::Us;
        mismatch.accountHost = false;
        mismatch.status = 401;
        mismatch.verdict = AppKeyProbe::Verdict::RegionMismatch;
        panel.showAppKeyProbes({accepted, mismatch});
        QVERIFY(button->isEnabled());
        QCOMPARE(result->text(), u"✔ "_s + accepted.text() + u"\n✖ "_s + mismatch.text());

        // No App API key stored: the check says how to add one.
        Workspace without = production(Region::Eu);
        without.hasAppApiKey = false;
        panel.showDetected(without, detected(Region::Eu), m_table);
        QVERIFY(!button->isEnabled());
        QVERIFY2(result->text().contains(u"Edit workspace"_s), qPrintable(result->text()));
    }

    // Over a session: the selected workspace's check is shown as it goes.
    void followsTheSession()
    {
        TestHome home;
        QVERIFY(home.isValid());
        SandboxFixture configured;
        QString error;
        QVERIFY2(configured.start(&error), qPrintable(error));
        MemoryCredentialStore store;
        ConsoleSession session(sessionOptions(home, &store, configured.endpoints));
        RegionPanel panel;
        panel.follow(&session);
        QVERIFY2(session.enterSandbox(&error), qPrintable(error));
        QVERIFY(session.select(u"Demo EU"_s));
        QTRY_COMPARE_WITH_TIMEOUT(panel.regionText(), u"European Union (eu)"_s, 10000);
        QCOMPARE(value(panel, u"workspaceIdValue"_s), u"201"_s);
        // The sandbox's host says which Customer.io host it stands for; Copy gives its URL.
        const QUrl track = session.activeEndpoints()->trackUrl(Region::Eu);
        QCOMPARE(value(panel, u"trackHostValue"_s),
                 u"track-eu.customer.io · sandbox "_s + EndpointTable::hostLabel(track));
        CIO_CHILD(QLabel, trackHost, &panel, u"trackHostValue"_s);
        QCOMPARE(trackHost->property("copyText").toString(), track.toString());

        // The route chosen here goes to the session.
        CIO_CHILD(QComboBox, combo, &panel, u"routeCombo"_s);
        combo->setCurrentIndex(combo->findData(int(Route::Us)));
        QMetaObject::invokeMethod(combo, "activated", Q_ARG(int, combo->currentIndex()));
        QCOMPARE(session.currentWorkspace()->route, Route::Us);
        QVERIFY(value(panel, u"routeValue"_s).startsWith(u"Forced"_s));

        QVERIFY(session.select(QString()));
        QCOMPARE(panel.regionText(), u"No workspace selected"_s);
    }
};

QTEST_MAIN(tst_RegionPanel)
#include "tst_regionpanel.moc"
