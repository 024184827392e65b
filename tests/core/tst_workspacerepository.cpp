// WorkspaceRepository over an INI settings file, and what workspace.h declares with it: the route codes, the
// first hop's region and the checks on names, Site IDs, accounts and keys.
#include "support/testhome.h"
#include "workspace.h"

#include <QFile>
#include <QSettings>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
Workspace workspace(const QString &name, const QString &siteId, Region region = Region::Unknown)
{
    Workspace w;
    w.name = name;
    w.siteId = siteId;
    w.region = region;
    return w;
}

QStringList names(const QList<Workspace> &workspaces)
{
    QStringList result;
    for (const Workspace &w : workspaces)
        result << w.name;
    return result;
}
} // namespace

class tst_WorkspaceRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QSettings> m_settings;

    // A second reader of the same file: what another process (the command line) would see.
    QList<Workspace> listedOnDisk() const
    {
        QSettings other(m_home->settingsPath(), QSettings::IniFormat);
        return WorkspaceRepository(&other).list();
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<TestHome>();
        QVERIFY(m_home->isValid());
        m_settings = std::make_unique<QSettings>(m_home->settingsPath(), QSettings::IniFormat);
    }

    void cleanup()
    {
        m_settings.reset();
        m_home.reset();
    }

    void everyFieldRoundTrips()
    {
        Workspace w = workspace(u"Production"_s, u"site-1"_s, Region::Eu);
        w.account = u"Acme"_s;
        w.route = Route::Eu;
        w.hasAppApiKey = true;
        w.environmentId = 201;
        w.verifiedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 30, 15), Qt::UTC);
        w.verifiedVia = u"track-eu.customer.io"_s;
        WorkspaceRepository(m_settings.get()).save(w);

        const QList<Workspace> listed = listedOnDisk(); // written through: sync() after each change
        QCOMPARE(listed.size(), 1);
        const Workspace &read = listed.first();
        QCOMPARE(read.name, w.name);
        QCOMPARE(read.siteId, w.siteId);
        QCOMPARE(read.account, w.account);
        QCOMPARE(read.route, Route::Eu);
        QCOMPARE(read.hasAppApiKey, true);
        QCOMPARE(read.region, Region::Eu);
        QCOMPARE(read.environmentId, qint64(201));
        QCOMPARE(read.verifiedAt, w.verifiedAt);
        QCOMPARE(read.verifiedVia, w.verifiedVia);
        QCOMPARE(read.sessionOnly, false);
    }

    void defaultsForWhatIsNotKnown()
    {
        WorkspaceRepository(m_settings.get()).save(workspace(u"New"_s, u"s"_s));
        const Workspace read = *WorkspaceRepository(m_settings.get()).find(u"New"_s);
        QCOMPARE(read.route, Route::Auto);
        QCOMPARE(read.region, Region::Unknown);
        QCOMPARE(read.environmentId, qint64(-1));
        QVERIFY(!read.verifiedAt.isValid());
        QVERIFY(read.account.isEmpty());
        // An absent account leaves no key behind.
        QFile file(m_home->settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("account"));
    }

    void saveReplacesByNameAndKeepsTheOrder()
    {
        WorkspaceRepository repository(m_settings.get());
        repository.save(workspace(u"A"_s, u"a"_s));
        repository.save(workspace(u"B"_s, u"b"_s));
        repository.save(workspace(u"C"_s, u"c"_s));
        repository.save(workspace(u"B"_s, u"b2"_s, Region::Us));
        QCOMPARE(names(repository.list()), (QStringList {u"A"_s, u"B"_s, u"C"_s}));
        QCOMPARE(repository.find(u"B"_s)->siteId, u"b2"_s);
        QCOMPARE(repository.find(u"B"_s)->region, Region::Us);
        QVERIFY(!repository.find(u"D"_s));
    }

    void sessionOnlyWorkspacesAreNeverSaved()
    {
        WorkspaceRepository repository(m_settings.get());
        Workspace demo = workspace(u"Demo"_s, u"demo-site"_s);
        demo.sessionOnly = true;
        repository.save(demo);
        QVERIFY(repository.list().isEmpty());
        repository.save(workspace(u"Real"_s, u"r"_s));
        QVERIFY(!repository.replace(u"Real"_s, demo));
        QCOMPARE(names(listedOnDisk()), QStringList {u"Real"_s});
    }

    void replaceRenamesInPlace_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("newName");
        QTest::addColumn<bool>("replaced");
        QTest::addColumn<QStringList>("listed");
        QTest::newRow("same name") << u"B"_s << u"B"_s << true << QStringList {u"A"_s, u"B"_s, u"C"_s};
        QTest::newRow("renamed") << u"B"_s << u"B2"_s << true << QStringList {u"A"_s, u"B2"_s, u"C"_s};
        // A rename onto another stored name takes its place: the list never holds a name twice.
        QTest::newRow("onto another") << u"B"_s << u"C"_s << true << QStringList {u"A"_s, u"C"_s};
        QTest::newRow("no such workspace") << u"X"_s << u"Y"_s << false << QStringList {u"A"_s, u"B"_s, u"C"_s};
    }
    void replaceRenamesInPlace()
    {
        QFETCH(QString, name);
        QFETCH(QString, newName);
        QFETCH(bool, replaced);
        QFETCH(QStringList, listed);
        WorkspaceRepository repository(m_settings.get());
        for (const QString &n : {u"A"_s, u"B"_s, u"C"_s})
            repository.save(workspace(n, n.toLower()));
        QCOMPARE(repository.replace(name, workspace(newName, u"new-site"_s)), replaced);
        QCOMPARE(names(listedOnDisk()), listed);
        if (replaced)
            QCOMPARE(repository.find(newName)->siteId, u"new-site"_s);
    }

    void removeDropsOnlyThatWorkspace()
    {
        WorkspaceRepository repository(m_settings.get());
        for (const QString &n : {u"A"_s, u"B"_s, u"C"_s})
            repository.save(workspace(n, n.toLower()));
        QVERIFY(repository.remove(u"B"_s));
        QVERIFY(!repository.remove(u"B"_s));
        QCOMPARE(names(listedOnDisk()), (QStringList {u"A"_s, u"C"_s}));
        QVERIFY(repository.remove(u"A"_s));
        QVERIFY(repository.remove(u"C"_s));
        QVERIFY(listedOnDisk().isEmpty());
    }

    // A hand-edited file: entries without a name are skipped, an unknown route reads as Automatic and an
    // unknown region as Unknown, never as the US.
    void toleratesAHandEditedFile()
    {
        m_settings.reset();
        QFile file(m_home->settingsPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[workspaces]\n1\\name=Good\n1\\site_id=g\n1\\route=sideways\n1\\region=mars\n"
                   "2\\site_id=nameless\nsize=2\n");
        file.close();
        m_settings = std::make_unique<QSettings>(m_home->settingsPath(), QSettings::IniFormat);
        const QList<Workspace> listed = WorkspaceRepository(m_settings.get()).list();
        QCOMPARE(names(listed), QStringList {u"Good"_s});
        QCOMPARE(listed.first().route, Route::Auto);
        QCOMPARE(listed.first().region, Region::Unknown);
    }

    void routeCodes_data()
    {
        QTest::addColumn<Route>("route");
        QTest::addColumn<QString>("code");
        QTest::newRow("auto") << Route::Auto << u"auto"_s;
        QTest::newRow("us") << Route::Us << u"us"_s;
        QTest::newRow("eu") << Route::Eu << u"eu"_s;
    }
    void routeCodes()
    {
        QFETCH(Route, route);
        QFETCH(QString, code);
        QCOMPARE(routeCode(route), code);
        QCOMPARE(routeFromCode(code), std::optional<Route>(route));
    }

    void unknownRouteCodes()
    {
        for (const QString &code : {u""_s, u"US"_s, u"both"_s})
            QVERIFY2(!routeFromCode(code), qPrintable(code));
    }

    void firstHopRegion_data()
    {
        QTest::addColumn<Route>("route");
        QTest::addColumn<Region>("region");
        QTest::addColumn<Region>("firstHop");
        QTest::newRow("auto, unknown: US, Customer.io's default") << Route::Auto << Region::Unknown << Region::Us;
        QTest::newRow("auto, detected EU") << Route::Auto << Region::Eu << Region::Eu;
        QTest::newRow("auto, detected US") << Route::Auto << Region::Us << Region::Us;
        QTest::newRow("forced US over EU") << Route::Us << Region::Eu << Region::Us;
        QTest::newRow("forced EU over US") << Route::Eu << Region::Us << Region::Eu;
        QTest::newRow("forced EU, unknown") << Route::Eu << Region::Unknown << Region::Eu;
    }
    void firstHopRegion()
    {
        QFETCH(Route, route);
        QFETCH(Region, region);
        QFETCH(Region, firstHop);
        Workspace w = workspace(u"W"_s, u"s"_s, region);
        w.route = route;
        QCOMPARE(w.firstHopRegion(), firstHop);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field"); // name, site, account, key
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error"); // the start of the message; "" = valid
        QTest::newRow("name") << u"name"_s << u"Production EU"_s << QString();
        QTest::newRow("name empty") << u"name"_s << u"  "_s << u"Workspace name: must not be empty"_s;
        QTest::newRow("name padded") << u"name"_s << u" P"_s << u"Workspace name: must not start or end"_s;
        QTest::newRow("name 100") << u"name"_s << QString(100, u'n') << QString();
        QTest::newRow("name 101") << u"name"_s << QString(101, u'n')
                                  << u"Workspace name: at most 100 characters (got 101)"_s;
        QTest::newRow("name bidi override")
            << u"name"_s << u"Prod\u202Euction"_s << u"Workspace name: control and invisible"_s;
        QTest::newRow("name lone surrogate")
            << u"name"_s << QString(QChar(0xD800)) << u"Workspace name: contains an invalid"_s;
        QTest::newRow("site") << u"site"_s << u"0a1b2c"_s << QString();
        QTest::newRow("site empty") << u"site"_s << QString() << u"Site ID: must not be empty"_s;
        QTest::newRow("site colon") << u"site"_s << u"a:b"_s << u"Site ID: must not contain ':'"_s;
        QTest::newRow("site space") << u"site"_s << u"a b"_s << u"Site ID: must not contain"_s;
        QTest::newRow("site 201") << u"site"_s << QString(201, u's') << u"Site ID: at most 200 characters (got 201)"_s;
        QTest::newRow("account empty") << u"account"_s << QString() << QString();
        QTest::newRow("account") << u"account"_s << u"Acme Inc."_s << QString();
        QTest::newRow("account padded") << u"account"_s << u"Acme "_s
                                        << u"Account: must not start or end with spaces"_s;
        QTest::newRow("account 101") << u"account"_s << QString(101, u'a') << u"Account: at most 100 characters"_s;
        QTest::newRow("key") << u"key"_s << u"0123abcd"_s << QString();
        QTest::newRow("key empty") << u"key"_s << QString() << u"Track API key: must not be empty"_s;
        QTest::newRow("key space") << u"key"_s << u"ab cd"_s << u"Track API key: must not contain spaces"_s;
        QTest::newRow("key tab") << u"key"_s << u"ab\tcd"_s << u"Track API key: must not contain spaces"_s;
        QTest::newRow("key 1001") << u"key"_s << QString(1001, u'k')
                                  << u"Track API key: at most 1000 characters (got 1001)"_s;
    }
    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, error);
        QString got;
        if (field == u"name")
            got = validateWorkspaceName(value);
        else if (field == u"site")
            got = validateSiteId(value);
        else if (field == u"account")
            got = validateAccountName(value);
        else
            got = validateApiKey(u"Track API key"_s, value);
        if (error.isEmpty())
            QCOMPARE(got, QString());
        else
            QVERIFY2(got.startsWith(error), qPrintable(got));
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceRepository)
#include "tst_workspacerepository.moc"
