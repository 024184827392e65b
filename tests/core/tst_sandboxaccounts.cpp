// SandboxAccounts: the demo set, the accounts file parser and the credential lookups (Track, App API and
// Pipelines keys).
#include "sandboxaccounts.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

// An accounts file with one US account; workspaces is spliced in as JSON text.
QByteArray usFile(const char *workspaces)
{
    return QByteArray(R"({"accounts":[{"region":"us","workspaces":[)") + workspaces + "]}]}";
}

} // namespace

class TstSandboxAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demo();
    void fromJson();
    void fromJsonErrors_data();
    void fromJsonErrors();
    void fromFile_data();
    void fromFile();
    void find_data();
    void find();
};

void TstSandboxAccounts::demo()
{
    const QList<SandboxAccount> accounts = SandboxAccounts::demo();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0).region, u"us"_s);
    QCOMPARE(accounts.at(1).region, u"eu"_s);
    const SandboxWorkspace &us = accounts.at(0).workspaces.at(0);
    QCOMPARE(us.siteId, u"demo-us-site"_s);
    QCOMPARE(us.trackApiKey, u"demo-us-track-key"_s);
    QCOMPARE(us.environmentId, 101);
    QCOMPARE(us.appApiKeys, QStringList {u"demo-us-app-key"_s});
    QCOMPARE(us.name, u"Demo US"_s);
    QCOMPARE(us.pipelinesSources.size(), 1);
    QCOMPARE(us.pipelinesSources.at(0).name, u"Website"_s);
    QCOMPARE(us.pipelinesSources.at(0).apiKey, u"demo-us-pipelines-key"_s);
    const SandboxWorkspace &eu = accounts.at(1).workspaces.at(0);
    QCOMPARE(eu.siteId, u"demo-eu-site"_s);
    QCOMPARE(eu.trackApiKey, u"demo-eu-track-key"_s);
    QCOMPARE(eu.environmentId, 201);
    QCOMPARE(eu.appApiKeys, QStringList {u"demo-eu-app-key"_s});
    QCOMPARE(eu.name, u"Demo EU"_s);
    QCOMPARE(eu.pipelinesSources.size(), 1);
    QCOMPARE(eu.pipelinesSources.at(0).name, u"Website"_s);
    QCOMPARE(eu.pipelinesSources.at(0).apiKey, u"demo-eu-pipelines-key"_s);
}

void TstSandboxAccounts::fromJson()
{
    const QByteArray json = R"({"accounts":[
        {"region":"eu","extra":true,"workspaces":[
            {"name":"Shop","site_id":"s1","track_api_key":"t1","environment_id":7,"app_api_keys":["k1","k2"],
             "pipelines_sources":[{"name":"Web","api_key":"p1","extra":1},{"name":"iOS app","api_key":"p2"}]},
            {"site_id":"s2","track_api_key":"t2","environment_id":0}]},
        {"region":"us","workspaces":[{"name":"Blog","site_id":"s3","track_api_key":"t3","environment_id":9}]}]})";
    QList<SandboxAccount> accounts;
    QString error;
    QVERIFY2(SandboxAccounts::fromJson(json, &accounts, &error), qPrintable(error));
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0).region, u"eu"_s);
    QCOMPARE(accounts.at(0).workspaces.size(), 2);
    const SandboxWorkspace &shop = accounts.at(0).workspaces.at(0);
    QCOMPARE(shop.name, u"Shop"_s);
    QCOMPARE(shop.siteId, u"s1"_s);
    QCOMPARE(shop.trackApiKey, u"t1"_s);
    QCOMPARE(shop.environmentId, 7);
    QCOMPARE(shop.appApiKeys, (QStringList {u"k1"_s, u"k2"_s}));
    QCOMPARE(accounts.at(0).workspaces.at(1).name, QString());
    QCOMPARE(accounts.at(0).workspaces.at(1).appApiKeys, QStringList());
    QCOMPARE(shop.pipelinesSources.size(), 2);
    QCOMPARE(shop.pipelinesSources.at(0).name, u"Web"_s);
    QCOMPARE(shop.pipelinesSources.at(0).apiKey, u"p1"_s);
    QCOMPARE(shop.pipelinesSources.at(1).name, u"iOS app"_s);
    QCOMPARE(shop.pipelinesSources.at(1).apiKey, u"p2"_s);
    QVERIFY(accounts.at(0).workspaces.at(1).pipelinesSources.isEmpty());
    QCOMPARE(shop.pipelinesSource(u"p2"_s)->name, u"iOS app"_s);
    QVERIFY(!shop.pipelinesSource(u"P2"_s));
    QCOMPARE(accounts.at(1).workspaces.at(0).environmentId, 9);
}

void TstSandboxAccounts::fromJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    const QString prefix = u"accounts file: "_s;
    QTest::newRow("not json") << QByteArray("{") << prefix + u"invalid JSON at offset"_s;
    QTest::newRow("no accounts") << QByteArray("{}") << prefix + u"\"accounts\" must be a non-empty array"_s;
    QTest::newRow("empty accounts") << QByteArray(R"({"accounts":[]})")
                                    << prefix + u"\"accounts\" must be a non-empty array"_s;
    QTest::newRow("region") << QByteArray(R"({"accounts":[{"region":"ap","workspaces":[]}]})")
                            << prefix + u"accounts[0].region must be \"us\" or \"eu\""_s;
    QTest::newRow("no workspaces") << QByteArray(R"({"accounts":[{"region":"us","workspaces":[]}]})")
                                   << prefix + u"accounts[0].workspaces must not be empty"_s;
    QTest::newRow("no site_id") << usFile(R"({"track_api_key":"t","environment_id":1})")
                                << prefix + u"accounts[0].workspaces[0] needs site_id, track_api_key"_s;
    QTest::newRow("no key") << usFile(R"({"site_id":"s","environment_id":1})")
                            << prefix + u"accounts[0].workspaces[0] needs site_id, track_api_key"_s;
    QTest::newRow("environment_id string") << usFile(R"({"site_id":"s","track_api_key":"t","environment_id":"1"})")
                                           << prefix + u"accounts[0].workspaces[0] needs site_id, track_api_key"_s;
    QTest::newRow("environment_id negative") << usFile(R"({"site_id":"s","track_api_key":"t","environment_id":-1})")
                                             << prefix + u"accounts[0].workspaces[0] needs site_id, track_api_key"_s;
    QTest::newRow("app keys not array") << usFile(
        R"({"site_id":"s","track_api_key":"t","environment_id":1,"app_api_keys":"k"})")
                                        << prefix
            + u"accounts[0].workspaces[0].app_api_keys must be an array of strings"_s;
    QTest::newRow("app key empty") << usFile(
        R"({"site_id":"s","track_api_key":"t","environment_id":1,"app_api_keys":[""]})")
                                   << prefix + u"accounts[0].workspaces[0].app_api_keys must be an array of strings"_s;
    QTest::newRow("site_id twice") << usFile(R"({"site_id":"s","track_api_key":"t","environment_id":1},
                                               {"site_id":"s","track_api_key":"u","environment_id":2})")
                                   << prefix + u"accounts[0].workspaces[1].site_id s is used by another workspace"_s;
    QTest::newRow("app key twice") << usFile(
        R"({"site_id":"s","track_api_key":"t","environment_id":1,"app_api_keys":["k"]},
                     {"site_id":"r","track_api_key":"u","environment_id":2,"app_api_keys":["k"]})")
                                   << prefix
            + u"accounts[0].workspaces[1]: an App API key belongs to one workspace only"_s;
    const QString sourcesArray = u"accounts[0].workspaces[0].pipelines_sources must be an array of "_s;
    QTest::newRow("pipelines sources not array") << usFile(
        R"({"site_id":"s","track_api_key":"t","environment_id":1,"pipelines_sources":{"name":"a","api_key":"k"}})")
                                                 << prefix + sourcesArray;
    QTest::newRow("pipelines source without key")
        << usFile(R"({"site_id":"s","track_api_key":"t","environment_id":1,"pipelines_sources":[{"name":"a"}]})")
        << prefix + u"accounts[0].workspaces[0].pipelines_sources[0] needs a non-empty name and api_key"_s;
    QTest::newRow("pipelines source without name") << usFile(
        R"({"site_id":"s","track_api_key":"t","environment_id":1,"pipelines_sources":[{"name":"","api_key":"k"}]})")
                                                   << prefix
            + u"accounts[0].workspaces[0].pipelines_sources[0] needs a non-empty name and api_key"_s;
    QTest::newRow("pipelines key not a string") << usFile(
        R"({"site_id":"s","track_api_key":"t","environment_id":1,"pipelines_sources":[{"name":"a","api_key":7}]})")
                                                << prefix
            + u"accounts[0].workspaces[0].pipelines_sources[0] needs a non-empty name and api_key"_s;
    QTest::newRow("pipelines key twice across workspaces") << usFile(
        R"({"site_id":"s","track_api_key":"t","environment_id":1,"pipelines_sources":[{"name":"a","api_key":"k"}]},
                     {"site_id":"r","track_api_key":"u","environment_id":2,"pipelines_sources":[{"name":"b","api_key":"k"}]})")
                                                           << prefix
            + u"accounts[0].workspaces[1].pipelines_sources[0]: a Pipelines API key belongs to one source only"_s;
    QTest::newRow("source name twice in a workspace")
        << usFile(R"({"site_id":"s","track_api_key":"t","environment_id":1,
                      "pipelines_sources":[{"name":"a","api_key":"k"},{"name":"a","api_key":"l"}]})")
        << prefix + u"accounts[0].workspaces[0].pipelines_sources[1].name a is used by another source"_s;
}

void TstSandboxAccounts::fromJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);

    QList<SandboxAccount> accounts = SandboxAccounts::demo();
    QString actual;
    QVERIFY(!SandboxAccounts::fromJson(json, &accounts, &actual));
    QVERIFY2(actual.startsWith(error), qPrintable(actual));
    QCOMPARE(accounts.size(), 2); // left alone
}

// Only a regular file of at most 1 MiB is read: a FIFO or a device is refused at once, without blocking.
void TstSandboxAccounts::fromFile_data()
{
    QTest::addColumn<QString>("name"); // in a scratch directory, made by fromFile()
    QTest::addColumn<QString>("error"); // empty: read
    QTest::newRow("regular file") << u"accounts.json"_s << QString();
    QTest::newRow("symbolic link to a file") << u"link.json"_s << QString();
    QTest::newRow("exactly 1 MiB") << u"padded.json"_s << QString();
    QTest::newRow("over 1 MiB") << u"large.json"_s << u"larger than 1024 KiB (1048577 bytes)"_s;
    QTest::newRow("directory") << u"dir"_s << u"not a regular file (a directory)"_s;
    QTest::newRow("fifo") << u"fifo"_s << u"not a regular file (a FIFO)"_s;
    QTest::newRow("symbolic link to a fifo") << u"fifo-link"_s << u"not a regular file (a FIFO)"_s;
    QTest::newRow("device") << u"/dev/zero"_s << u"not a regular file (a device)"_s;
    QTest::newRow("missing") << u"missing.json"_s << u"cannot read: No such file or directory"_s;
}

void TstSandboxAccounts::fromFile()
{
    QFETCH(QString, name);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray valid = usFile(R"({"name":"A","site_id":"a","track_api_key":"k","environment_id":1})");
    const auto write = [&](const QString &file, const QByteArray &content) {
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(content), content.size());
    };
    write(u"accounts.json"_s, valid);
    write(u"padded.json"_s, valid + QByteArray(SandboxAccounts::MaxFileBytes - valid.size(), ' '));
    write(u"large.json"_s, valid + QByteArray(SandboxAccounts::MaxFileBytes + 1 - valid.size(), ' '));
    QVERIFY(QFile::link(dir.filePath(u"accounts.json"_s), dir.filePath(u"link.json"_s)));
    QVERIFY(QDir(dir.path()).mkdir(u"dir"_s));
    QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(u"fifo"_s)).constData(), 0600), 0);
    QVERIFY(QFile::link(dir.filePath(u"fifo"_s), dir.filePath(u"fifo-link"_s)));

    const QString path = name.startsWith(u'/') ? name : dir.filePath(name);
    QList<SandboxAccount> accounts;
    QString actual;
    const bool ok = SandboxAccounts::fromFile(path, &accounts, &actual);
    if (error.isEmpty()) {
        QVERIFY2(ok, qPrintable(actual));
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().workspaces.first().siteId, u"a"_s);
    } else {
        QVERIFY(!ok);
        QVERIFY(accounts.isEmpty());
        QCOMPARE(actual, u"accounts file %1: %2"_s.arg(path, error));
    }
}

void TstSandboxAccounts::find_data()
{
    QTest::addColumn<QString>("by"); // "track", "site", "app", "pipelines"
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("region"); // empty: not found
    QTest::addColumn<QString>("siteId");

    QTest::newRow("track us") << u"track"_s << u"demo-us-site"_s << u"demo-us-track-key"_s << u"us"_s
                              << u"demo-us-site"_s;
    QTest::newRow("track eu") << u"track"_s << u"demo-eu-site"_s << u"demo-eu-track-key"_s << u"eu"_s
                              << u"demo-eu-site"_s;
    QTest::newRow("track key of another workspace")
        << u"track"_s << u"demo-us-site"_s << u"demo-eu-track-key"_s << QString() << QString();
    QTest::newRow("track key case") << u"track"_s << u"demo-us-site"_s << u"DEMO-US-TRACK-KEY"_s << QString()
                                    << QString();
    QTest::newRow("site eu") << u"site"_s << u"demo-eu-site"_s << QString() << u"eu"_s << u"demo-eu-site"_s;
    QTest::newRow("site unknown") << u"site"_s << u"nope"_s << QString() << QString() << QString();
    QTest::newRow("app us") << u"app"_s << u"demo-us-app-key"_s << QString() << u"us"_s << u"demo-us-site"_s;
    QTest::newRow("app eu") << u"app"_s << u"demo-eu-app-key"_s << QString() << u"eu"_s << u"demo-eu-site"_s;
    QTest::newRow("app track key") << u"app"_s << u"demo-us-track-key"_s << QString() << QString() << QString();
    QTest::newRow("pipelines us") << u"pipelines"_s << u"demo-us-pipelines-key"_s << QString() << u"us"_s
                                  << u"demo-us-site"_s;
    QTest::newRow("pipelines eu") << u"pipelines"_s << u"demo-eu-pipelines-key"_s << QString() << u"eu"_s
                                  << u"demo-eu-site"_s;
    QTest::newRow("pipelines app key") << u"pipelines"_s << u"demo-eu-app-key"_s << QString() << QString() << QString();
    QTest::newRow("pipelines key case") << u"pipelines"_s << u"DEMO-US-PIPELINES-KEY"_s << QString() << QString()
                                        << QString();
    QTest::newRow("pipelines empty") << u"pipelines"_s << QString() << QString() << QString() << QString();
}

void TstSandboxAccounts::find()
{
    QFETCH(QString, by);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, region);
    QFETCH(QString, siteId);

    const QList<SandboxAccount> accounts = SandboxAccounts::demo();
    std::optional<SandboxAccounts::Match> match;
    if (by == u"track"_s)
        match = SandboxAccounts::findByTrackKey(accounts, first, second);
    else if (by == u"site"_s)
        match = SandboxAccounts::findBySiteId(accounts, first);
    else if (by == u"app"_s)
        match = SandboxAccounts::findByAppKey(accounts, first);
    else
        match = SandboxAccounts::findByPipelinesKey(accounts, first);
    QCOMPARE(match.has_value(), !region.isEmpty());
    if (match) {
        QCOMPARE(match->region, region);
        QCOMPARE(match->workspace.siteId, siteId);
    }
}

QTEST_GUILESS_MAIN(TstSandboxAccounts)
#include "tst_sandboxaccounts.moc"
