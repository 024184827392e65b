// diagnose() and AppKeyProbe as tables: each finding, and the cases where everything agrees.
#include "diagnosis.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(DiagnosisInput)

namespace {
Workspace workspace(Region region, Route route = Route::Auto, const QString &account = {},
                    const QString &name = u"Main"_s)
{
    Workspace w;
    w.name = name;
    w.siteId = u"site"_s;
    w.region = region;
    w.route = route;
    w.account = account;
    return w;
}

AppKeyProbe probe(Region host, int status, Region account)
{
    RequestRecord r;
    r.routeRegion = host;
    r.status = status;
    r.outcome = status >= 200 && status < 300 ? RequestRecord::Outcome::Success : RequestRecord::Outcome::HttpError;
    if (status == 0)
        r.outcome = RequestRecord::Outcome::NetworkError;
    return AppKeyProbe::fromRecord(r, account);
}
} // namespace

class tst_Diagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<DiagnosisInput>("input");
        QTest::addColumn<QStringList>("codes");

        DiagnosisInput in;
        in.workspace = workspace(Region::Eu);
        QTest::newRow("eu, automatic route") << in << QStringList();
        in.workspace = workspace(Region::Eu, Route::Us);
        QTest::newRow("eu account on the us route") << in << QStringList {u"eu_account_us_route"_s};
        in.workspace = workspace(Region::Eu, Route::Eu);
        QTest::newRow("eu account on the eu route") << in << QStringList();
        in.workspace = workspace(Region::Us, Route::Eu);
        QTest::newRow("us account on the eu route") << in << QStringList {u"us_account_eu_route"_s};
        in.workspace = workspace(Region::Unknown, Route::Us);
        QTest::newRow("unknown region: nothing is diagnosed") << in << QStringList();

        in = DiagnosisInput();
        in.workspace = workspace(Region::Eu);
        in.lastCallPassedUs = true;
        QTest::newRow("eu call seen through the us host") << in << QStringList {u"us_transit_seen"_s};
        in.workspace.route = Route::Us;
        QTest::newRow("route and transit: said once") << in << QStringList {u"eu_account_us_route"_s};

        in = DiagnosisInput();
        in.workspace = workspace(Region::Eu);
        in.appKeyProbes = {probe(Region::Eu, 200, Region::Eu)};
        QTest::newRow("app key accepted") << in << QStringList();
        in.appKeyProbes = {probe(Region::Eu, 200, Region::Eu), probe(Region::Us, 401, Region::Eu)};
        QTest::newRow("app key refused on the other host: expected, no finding") << in << QStringList();
        in.appKeyProbes = {probe(Region::Eu, 200, Region::Eu), probe(Region::Us, 301, Region::Eu)};
        QTest::newRow("app key redirected by the other host: expected, no finding") << in << QStringList();
        in.appKeyProbes = {probe(Region::Eu, 401, Region::Eu)};
        QTest::newRow("app key rejected by its own host") << in << QStringList {u"app_key_rejected"_s};
        in.appKeyProbes = {probe(Region::Eu, 401, Region::Eu), probe(Region::Us, 401, Region::Eu)};
        QTest::newRow("rejected everywhere: a bad key, not a mismatch") << in << QStringList {u"app_key_rejected"_s};
        in.appKeyProbes = {probe(Region::Eu, 401, Region::Eu), probe(Region::Us, 200, Region::Eu)};
        QTest::newRow("app key of the other region's account") << in << QStringList {u"app_key_other_account_region"_s};
        in.appKeyProbes = {probe(Region::Eu, 0, Region::Eu)};
        QTest::newRow("no answer says nothing about the key") << in << QStringList();
        in.appKeyProbes = {probe(Region::Eu, 503, Region::Eu), probe(Region::Us, 401, Region::Eu)};
        QTest::newRow("own host down: the other host's 401 proves nothing") << in << QStringList();

        in = DiagnosisInput();
        in.workspace = workspace(Region::Eu, Route::Auto, u"Acme"_s);
        in.others = {in.workspace, workspace(Region::Us, Route::Auto, u"Acme"_s, u"Acme staging"_s),
                     workspace(Region::Us, Route::Auto, u"Other"_s, u"Other prod"_s),
                     workspace(Region::Unknown, Route::Auto, u"Acme"_s, u"Acme new"_s)};
        QTest::newRow("same account, other region") << in << QStringList {u"account_region_disagreement"_s};
        in.workspace.account.clear();
        QTest::newRow("no account named: not compared") << in << QStringList();
    }
    void findings()
    {
        QFETCH(DiagnosisInput, input);
        QFETCH(QStringList, codes);
        QStringList found;
        const QList<Diagnosis> diagnoses = diagnose(input);
        for (const Diagnosis &d : diagnoses) {
            found << d.code;
            QVERIFY(!d.message.isEmpty());
        }
        QCOMPARE(found, codes);
    }

    void messagesSayWhatToDo()
    {
        DiagnosisInput in;
        in.workspace = workspace(Region::Eu, Route::Us);
        QVERIFY(diagnose(in).first().message.contains(
            u"Track calls are redirected through US servers; data may be logged in the US. Switch the route to EU."_s));
        in.workspace = workspace(Region::Eu, Route::Auto, u"Acme"_s);
        in.others = {workspace(Region::Us, Route::Auto, u"Acme"_s, u"Acme staging"_s)};
        QCOMPARE(diagnose(in).first().message,
                 u"Workspaces of account \"Acme\" disagree about its region: this one is EU, \"Acme staging\" (US). An "
                 "account has one region; check which account each workspace's credentials belong to."_s);
        in = DiagnosisInput();
        in.workspace = workspace(Region::Eu);
        in.appKeyProbes = {probe(Region::Eu, 200, Region::Eu), probe(Region::Us, 401, Region::Eu)};
        // The other region refusing the key is expected: no finding, and the probe says so.
        QVERIFY(diagnose(in).isEmpty());
        QList<AppKeyProbe> settled = in.appKeyProbes;
        AppKeyProbe::settle(&settled);
        const QString refused = settled.at(1).text();
        QVERIFY2(refused.contains(u"as expected"_s) && refused.contains(u"not a bad key"_s), qPrintable(refused));
    }

    void probeVerdicts()
    {
        QCOMPARE(probe(Region::Us, 200, Region::Unknown).verdict, AppKeyProbe::Verdict::Accepted);
        // With the region unknown, a 401 cannot be told from a bad key.
        QCOMPARE(probe(Region::Us, 401, Region::Unknown).verdict, AppKeyProbe::Verdict::Rejected);
        QCOMPARE(probe(Region::Us, 403, Region::Eu).verdict, AppKeyProbe::Verdict::RegionMismatch);
        QCOMPARE(probe(Region::Eu, 503, Region::Eu).verdict, AppKeyProbe::Verdict::Failed);
        QCOMPARE(probe(Region::Eu, 401, Region::Eu).toJson().value(u"verdict").toString(), u"rejected"_s);
    }

    void settleKeepsMismatchOnlyWhenTheOwnHostAccepted()
    {
        QList<AppKeyProbe> probes {probe(Region::Eu, 401, Region::Eu), probe(Region::Us, 401, Region::Eu)};
        QCOMPARE(probes.at(1).verdict, AppKeyProbe::Verdict::RegionMismatch);
        AppKeyProbe::settle(&probes);
        QCOMPARE(probes.at(1).verdict, AppKeyProbe::Verdict::Rejected);
        QCOMPARE(probes.at(1).text(), u"US App API host: rejected (401)"_s);
        probes = {probe(Region::Eu, 503, Region::Eu), probe(Region::Us, 401, Region::Eu)};
        AppKeyProbe::settle(&probes);
        QCOMPARE(probes.at(1).verdict, AppKeyProbe::Verdict::Rejected);
        probes = {probe(Region::Eu, 200, Region::Eu), probe(Region::Us, 401, Region::Eu)};
        AppKeyProbe::settle(&probes);
        QCOMPARE(probes.at(1).verdict, AppKeyProbe::Verdict::RegionMismatch);
    }

    // The App API's two wrong-region answers (401, or 301 "wrong datacenter" as in customerio-node issue
    // #134, followed or not) both read as a region mismatch, never as a bad key or an unknown error.
    void wrongDatacenterIsARegionMismatch_data()
    {
        QTest::addColumn<Region>("account");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("followed");
        QTest::newRow("301 not followed, region unknown") << Region::Unknown << 301 << false;
        QTest::newRow("301 not followed, eu account") << Region::Eu << 301 << false;
        QTest::newRow("307 not followed, eu account") << Region::Eu << 307 << false;
        QTest::newRow("followed to the eu host, region unknown") << Region::Unknown << 200 << true;
        QTest::newRow("followed to the eu host, eu account") << Region::Eu << 200 << true;
    }
    void wrongDatacenterIsARegionMismatch()
    {
        QFETCH(Region, account);
        QFETCH(int, status);
        QFETCH(bool, followed);
        RequestRecord r;
        r.routeRegion = Region::Us;
        r.status = status;
        r.outcome = followed ? RequestRecord::Outcome::Success : RequestRecord::Outcome::HttpError;
        r.hops = followed ? QList<Hop> {Hop(), Hop()} : QList<Hop> {Hop()};
        r.handledByRegion = followed ? Region::Eu : Region::Us;
        if (!followed)
            r.responseBody = R"({"errors":[{"detail":"wrong datacenter","status":"301"}]})";
        QList<AppKeyProbe> probes {AppKeyProbe::fromRecord(r, account)};
        AppKeyProbe::settle(&probes);
        QCOMPARE(probes.first().verdict, AppKeyProbe::Verdict::RegionMismatch);
        QVERIFY2(probes.first().text().contains(u"not a bad key"_s), qPrintable(probes.first().text()));

        // Even when the own host gave no usable answer, the host's own word is kept.
        probes = {probe(Region::Eu, 503, Region::Eu), AppKeyProbe::fromRecord(r, Region::Eu)};
        AppKeyProbe::settle(&probes);
        QCOMPARE(probes.at(1).verdict, AppKeyProbe::Verdict::RegionMismatch);
        DiagnosisInput in;
        in.workspace.name = u"w"_s;
        in.workspace.region = Region::Eu;
        in.appKeyProbes = probes;
        const QList<Diagnosis> found = diagnose(in);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().code, u"app_key_region_mismatch"_s);
        QVERIFY2(found.first().message.contains(u"not because the key is bad"_s), qPrintable(found.first().message));
        QVERIFY2(found.first().message.contains(u"wrong datacenter"_s), qPrintable(found.first().message));
    }

    void transitIsTheUsFirstHopAnsweredByEu()
    {
        RequestRecord r;
        r.routeRegion = Region::Us;
        r.handledByRegion = Region::Eu;
        r.hops = {Hop(), Hop()};
        QVERIFY(passedThroughUs(r));
        r.hops = {Hop()};
        QVERIFY(!passedThroughUs(r));
        r.hops = {Hop(), Hop()};
        r.routeRegion = Region::Eu;
        QVERIFY(!passedThroughUs(r));
    }
};

QTEST_GUILESS_MAIN(tst_Diagnosis)
#include "tst_diagnosis.moc"
