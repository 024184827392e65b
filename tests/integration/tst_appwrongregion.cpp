// The App API key check (checkAppApiKey()) of an EU account against the sandbox over loopback, in both of
// the App API's wrong-region answers (docs/sandbox.md, rows 26 and 45): the US host's 401 and its 301
// "wrong datacenter" both read as a region mismatch, never as a bad key or an unknown failure.
#include "diagnosis.h"
#include "support/sandboxfixture.h"

#include <QTest>

#include <optional>

class tst_AppWrongRegion : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;

    QList<AppKeyProbe> check(Region accountRegion)
    {
        TrackClient client(m_sandbox.endpoints);
        TrackClient::Options options;
        options.accountRegion = accountRegion;
        options.appApiKey = QStringLiteral("demo-eu-app-key");
        std::optional<QList<AppKeyProbe>> probes;
        QObject context;
        checkAppApiKey(&client, SandboxFixture::euCredentials(), options, true, &context,
                       [&probes](const QList<AppKeyProbe> &p) { probes = p; });
        if (!QTest::qWaitFor([&probes] { return probes.has_value(); }, 15000))
            qWarning("no probes within 15 s");
        return probes.value_or(QList<AppKeyProbe>());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }
    void init()
    {
        m_sandbox.reset();
        m_sandbox.server.setAppWrongRegion(SandboxAppApi::WrongRegion::Unauthorized);
    }

    void bothAnswersAreTheExpectedRegionRefusal_data()
    {
        QTest::addColumn<SandboxAppApi::WrongRegion>("mode");
        QTest::addColumn<int>("status");
        QTest::newRow("401") << SandboxAppApi::WrongRegion::Unauthorized << 401;
        QTest::newRow("301 wrong datacenter") << SandboxAppApi::WrongRegion::Redirect << 301;
    }
    void bothAnswersAreTheExpectedRegionRefusal()
    {
        QFETCH(SandboxAppApi::WrongRegion, mode);
        QFETCH(int, status);
        m_sandbox.server.setAppWrongRegion(mode);

        const QList<AppKeyProbe> probes = check(Region::Eu);
        QCOMPARE(probes.size(), 2);
        QCOMPARE(probes.at(0).host, Region::Eu);
        QCOMPARE(probes.at(0).verdict, AppKeyProbe::Verdict::Accepted);
        QCOMPARE(probes.at(1).host, Region::Us);
        QCOMPARE(probes.at(1).status, status);
        QCOMPARE(probes.at(1).verdict, AppKeyProbe::Verdict::RegionMismatch);

        DiagnosisInput input;
        input.workspace.name = QStringLiteral("eu");
        input.workspace.region = Region::Eu;
        input.appKeyProbes = probes;
        // The account's own host accepted the key: the other host's refusal, in either form, is what
        // Customer.io does for every account, the expected result and not a finding.
        QVERIFY(diagnose(input).isEmpty());
        QVERIFY2(probes.at(1).text().contains(status == 301 ? QStringLiteral("wrong datacenter")
                                                            : QStringLiteral("as expected")),
                 qPrintable(probes.at(1).text()));
    }

    // Before the region is known, only the 301 says which region is at fault: it is still a mismatch,
    // while the 401 cannot be told from a bad key.
    void wrongDatacenterWithTheRegionUnknown()
    {
        m_sandbox.server.setAppWrongRegion(SandboxAppApi::WrongRegion::Redirect);
        const QList<AppKeyProbe> probes = check(Region::Unknown);
        QCOMPARE(probes.size(), 2);
        QCOMPARE(probes.at(0).host, Region::Us);
        QCOMPARE(probes.at(0).status, 301);
        QCOMPARE(probes.at(0).verdict, AppKeyProbe::Verdict::RegionMismatch);
        QVERIFY2(probes.at(0).text().contains(QStringLiteral("not a bad key")), qPrintable(probes.at(0).text()));
        QCOMPARE(probes.at(1).verdict, AppKeyProbe::Verdict::Accepted);
    }
};

QTEST_GUILESS_MAIN(tst_AppWrongRegion)
#include "tst_appwrongregion.moc"
