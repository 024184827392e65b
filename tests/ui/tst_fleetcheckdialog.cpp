// FleetCheckDialog over the sandbox in this process: Start checks every listed workspace with the progress
// bar following, one row per result and the summary at the end; the workspaces remember their region.
#include "consolesession.h"
#include "fleetcheckdialog.h"
#include "memorycredentialstore.h"
#include "support/namedchild.h"
#include "support/sandboxfixture.h"
#include "support/sessionoptions.h"
#include "support/testhome.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_FleetCheckDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksEveryWorkspace()
    {
        SandboxFixture sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        TestHome home;
        MemoryCredentialStore keychain;
        ConsoleSession session(sessionOptions(home, &keychain, sandbox.endpoints));
        Workspace us;
        us.name = u"Demo US"_s;
        us.siteId = SandboxFixture::usCredentials().siteId;
        us.account = u"Demo"_s;
        Workspace eu;
        eu.name = u"Demo EU"_s;
        eu.siteId = SandboxFixture::euCredentials().siteId;
        eu.account = u"Demo"_s;
        session.addSessionWorkspace(us, SandboxFixture::usCredentials().trackApiKey);
        session.addSessionWorkspace(eu, SandboxFixture::euCredentials().trackApiKey);

        FleetCheckDialog dialog(&session);
        dialog.show();
        QSignalSpy finished(dialog.check(), &FleetCheck::finished);
        CIO_CHILD(QPushButton, start, &dialog, u"fleetStartButton"_s);
        CIO_CHILD(QPushButton, cancel, &dialog, u"fleetCancelButton"_s);
        CIO_CHILD(QProgressBar, progress, &dialog, u"fleetProgress"_s);
        CIO_CHILD(QTableWidget, table, &dialog, u"fleetResults"_s);
        CIO_CHILD(QLabel, summary, &dialog, u"fleetSummary"_s);
        QVERIFY(!cancel->isEnabled());
        start->click();
        QVERIFY(cancel->isEnabled());
        QVERIFY(finished.wait(10000));
        QVERIFY(!cancel->isEnabled());
        QCOMPARE(progress->value(), 2);
        QCOMPARE(progress->maximum(), 2);
        QCOMPARE(table->rowCount(), 2);
        QVERIFY2(summary->text().contains(u"EU: 1"_s) && summary->text().contains(u"US: 1"_s),
                 qPrintable(summary->text()));
        // Both in account "Demo", found in two regions.
        QVERIFY2(summary->text().contains(u"different regions: Demo: eu (Demo EU), us (Demo US)"_s),
                 qPrintable(summary->text()));
        QCOMPARE(session.workspace(u"Demo EU"_s)->region, Region::Eu);
        const QString shot = qEnvironmentVariable("CIO_REPORT_PAGES_DIR");
        if (!shot.isEmpty())
            dialog.grab().save(shot + u"/fleet-dialog.png"_s);
    }

    // With no workspace listed the check ends inside Start: the dialog is ready for another one at once.
    void nothingToCheckEndsAtOnce()
    {
        TestHome home;
        MemoryCredentialStore keychain;
        ConsoleSession session(sessionOptions(home, &keychain, EndpointTable()));
        FleetCheckDialog dialog(&session);
        dialog.show();
        QSignalSpy finished(dialog.check(), &FleetCheck::finished);
        CIO_CHILD(QPushButton, start, &dialog, u"fleetStartButton"_s);
        CIO_CHILD(QPushButton, cancel, &dialog, u"fleetCancelButton"_s);
        CIO_CHILD(QSpinBox, concurrency, &dialog, u"fleetConcurrency"_s);
        CIO_CHILD(QLabel, summary, &dialog, u"fleetSummary"_s);
        start->click();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!dialog.check()->isRunning());
        QVERIFY(start->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QVERIFY(concurrency->isEnabled());
        QCOMPARE(summary->text(), u"0 workspace(s) checked."_s);
    }
};

QTEST_MAIN(tst_FleetCheckDialog)
#include "tst_fleetcheckdialog.moc"
