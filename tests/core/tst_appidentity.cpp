// AppIdentity: every path is named by the app ID, and the files of earlier versions (settings under
// ~/.config/RegionConsole/, the request log under ~/.local/share/RegionConsole/RegionConsole/) move
// there once. Each test runs in its own scratch HOME, XDG_CONFIG_HOME and XDG_DATA_HOME.
#include "appidentity.h"
#include "requestlogstore.h"
#include "support/recordbuilder.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kId = QStringLiteral("io.github.regionconsole.RegionConsole");

RequestRecord makeRecord(int n)
{
    return RecordBuilder()
        .workspace(QStringLiteral("Legacy"))
        .siteId(QStringLiteral("legacy-site"))
        .call(CallKind::Identify)
        .path(QStringLiteral("/api/v1/customers/%1").arg(n))
        .requestBody(QByteArrayLiteral("{}"))
        .durationMs(30);
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

const QStringList kLogFiles = {QStringLiteral("request-log.sqlite"), QStringLiteral("request-log.sqlite-wal"),
                               QStringLiteral("request-log.sqlite-shm")};
} // namespace

class tst_AppIdentity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_home;
    int m_run = 0;

    QString config() const { return m_home + QStringLiteral("/config"); }
    QString data() const { return m_home + QStringLiteral("/data"); }

    // An earlier version's settings, written as it wrote them: one workspace.
    void writeLegacySettings()
    {
        QDir().mkpath(config() + QStringLiteral("/RegionConsole"));
        QSettings settings(config() + QStringLiteral("/RegionConsole/RegionConsole.conf"), QSettings::IniFormat);
        WorkspaceRepository repository(&settings);
        Workspace w;
        w.name = QStringLiteral("Legacy EU");
        w.siteId = QStringLiteral("legacy-eu-site");
        w.region = Region::Eu;
        w.environmentId = 4711;
        repository.save(w);
        QCOMPARE(settings.status(), QSettings::NoError);
    }

    // An earlier version's request log as a running or killed process leaves it: three calls in the database
    // and one more transaction only in the -wal file, with its -shm index.
    void writeLegacyLog(const QString &directory)
    {
        const QString staging = m_home + QStringLiteral("/staging");
        QDir().mkpath(staging);
        const QString path = staging + QStringLiteral("/request-log.sqlite");
        {
            RequestLogStore store;
            QVERIFY2(store.open(path), qPrintable(store.errorString()));
            QCOMPARE(store.appendBatch({makeRecord(1), makeRecord(2), makeRecord(3)}).size(), 3);
            store.close();
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE wal_canary(x INTEGER)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO wal_canary VALUES (42)")));
            QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
            // The snapshot is taken while the connection is open: the last commit is in the WAL only.
            QDir().mkpath(directory);
            for (const QString &name : kLogFiles)
                QVERIFY(QFile::copy(staging + u'/' + name, directory + u'/' + name));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("legacy"));
        QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile::setPermissions(directory + QStringLiteral("/request-log.sqlite"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // The migrated log opens where the console looks for it, with all four transactions.
    void verifyLog()
    {
        const QString path = RequestLogStore::defaultPath();
        QCOMPARE(path, data() + u'/' + kId + QStringLiteral("/request-log.sqlite"));
        {
            RequestLogStore store;
            QVERIFY2(store.open(path), qPrintable(store.errorString()));
            QCOMPARE(store.count(), qint64(3));
            QCOMPARE(store.record(2).value_or(RequestRecord()).path, QStringLiteral("/api/v1/customers/2"));
            store.close();
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT x FROM wal_canary")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 42);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_root.isValid()); }

    void init()
    {
        m_home = m_root.filePath(QString::number(++m_run));
        QVERIFY(QDir().mkpath(m_home + QStringLiteral("/home")));
        qputenv("HOME", QFile::encodeName(m_home + QStringLiteral("/home")));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config()));
        qputenv("XDG_DATA_HOME", QFile::encodeName(data()));
    }

    void pathsAreNamedByTheAppId()
    {
        QCOMPARE(AppIdentity::id(), kId);
        QCOMPARE(AppIdentity::settingsPath(), config() + u'/' + kId + QStringLiteral(".conf"));
        QCOMPARE(AppIdentity::dataDirectory(), data() + u'/' + kId);
        QCOMPARE(AppIdentity::legacySettingsPath(), config() + QStringLiteral("/RegionConsole/RegionConsole.conf"));
        QCOMPARE(AppIdentity::legacyDataDirectory(), data() + QStringLiteral("/RegionConsole/RegionConsole"));
        QCOMPARE(RequestLogStore::defaultPath(), AppIdentity::dataDirectory() + QStringLiteral("/request-log.sqlite"));

        // Qt's own idea of the application's data directory agrees.
        const QString organization = QCoreApplication::organizationName();
        const QString application = QCoreApplication::applicationName();
        AppIdentity::apply();
        QCOMPARE(QCoreApplication::applicationName(), kId);
        QVERIFY(QCoreApplication::organizationName().isEmpty());
        QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), AppIdentity::dataDirectory());
        QCoreApplication::setOrganizationName(organization);
        QCoreApplication::setApplicationName(application);
    }

    void movesSettingsAndRequestLog()
    {
        writeLegacySettings();
        const QString oldData = data() + QStringLiteral("/RegionConsole/RegionConsole");
        writeLegacyLog(oldData);
        QVERIFY(QFileInfo(oldData + QStringLiteral("/request-log.sqlite-wal")).size() > 0);
        QHash<QString, QByteArray> digests;
        for (const QString &name : kLogFiles)
            digests.insert(name, digest(oldData + u'/' + name));
        const QByteArray settingsDigest = digest(AppIdentity::legacySettingsPath());

        const AppIdentity::MigrationResult result = AppIdentity::migrateLegacyLocations();
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        QVERIFY(result.settingsMoved);
        QVERIFY(result.dataMoved);

        // Moved, byte for byte, and the old directories are gone.
        QCOMPARE(digest(AppIdentity::settingsPath()), settingsDigest);
        for (const QString &name : kLogFiles)
            QCOMPARE(digest(AppIdentity::dataDirectory() + u'/' + name), digests.value(name));
        QVERIFY(!QFileInfo::exists(config() + QStringLiteral("/RegionConsole")));
        QVERIFY(!QFileInfo::exists(data() + QStringLiteral("/RegionConsole")));
        QVERIFY(!(QFile::permissions(AppIdentity::dataDirectory())
                  & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)));

        // The console reads them: the workspace with its detected region, every logged call.
        QSettings settings(AppIdentity::settingsPath(), QSettings::IniFormat);
        const QList<Workspace> workspaces = WorkspaceRepository(&settings).list();
        QCOMPARE(workspaces.size(), 1);
        QCOMPARE(workspaces.constFirst().name, QStringLiteral("Legacy EU"));
        QCOMPARE(workspaces.constFirst().siteId, QStringLiteral("legacy-eu-site"));
        QCOMPARE(workspaces.constFirst().region, Region::Eu);
        QCOMPARE(workspaces.constFirst().environmentId, qint64(4711));
        verifyLog();

        // Once only: a second run finds nothing to move.
        const AppIdentity::MigrationResult again = AppIdentity::migrateLegacyLocations();
        QVERIFY(!again.settingsMoved && !again.dataMoved && again.errors.isEmpty());
    }

    void keepsBothWhenTheNewFilesExist()
    {
        writeLegacySettings();
        writeFile(AppIdentity::settingsPath(), QByteArrayLiteral("[workspaces]\nsize=0\n"));
        writeFile(AppIdentity::legacyDataDirectory() + QStringLiteral("/request-log.sqlite"), "old");
        writeFile(AppIdentity::dataDirectory() + QStringLiteral("/request-log.sqlite"), "new");
        const QByteArray oldSettings = digest(AppIdentity::legacySettingsPath());

        const AppIdentity::MigrationResult result = AppIdentity::migrateLegacyLocations();
        QVERIFY(!result.settingsMoved && !result.dataMoved && result.errors.isEmpty());
        QCOMPARE(digest(AppIdentity::legacySettingsPath()), oldSettings);
        QCOMPARE(digest(AppIdentity::settingsPath()),
                 QCryptographicHash::hash("[workspaces]\nsize=0\n", QCryptographicHash::Sha256));
        QCOMPARE(digest(AppIdentity::legacyDataDirectory() + QStringLiteral("/request-log.sqlite")),
                 QCryptographicHash::hash("old", QCryptographicHash::Sha256));
        QCOMPARE(digest(AppIdentity::dataDirectory() + QStringLiteral("/request-log.sqlite")),
                 QCryptographicHash::hash("new", QCryptographicHash::Sha256));
    }

    void freshMachineGetsNothingCreated()
    {
        const AppIdentity::MigrationResult result = AppIdentity::migrateLegacyLocations();
        QVERIFY(!result.settingsMoved && !result.dataMoved && result.errors.isEmpty());
        QVERIFY(!QFileInfo::exists(config()));
        QVERIFY(!QFileInfo::exists(data()));
    }

    // An empty data directory (nothing was ever logged there) does not keep the old log away.
    void emptyNewDataDirectoryIsReplaced()
    {
        writeFile(AppIdentity::legacyDataDirectory() + QStringLiteral("/request-log.sqlite"), "old");
        QVERIFY(QDir().mkpath(AppIdentity::dataDirectory()));
        const AppIdentity::MigrationResult result = AppIdentity::migrateLegacyLocations();
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        QVERIFY(result.dataMoved && !result.settingsMoved);
        QCOMPARE(digest(AppIdentity::dataDirectory() + QStringLiteral("/request-log.sqlite")),
                 QCryptographicHash::hash("old", QCryptographicHash::Sha256));
    }

    // Old data on another file system (a symbolic link to a tmpfs): copied, then the original removed.
    void movesAcrossFileSystems()
    {
        QTemporaryDir elsewhere(QStringLiteral("/dev/shm/tst_appidentity-XXXXXX"));
        if (!elsewhere.isValid() || QStorageInfo(elsewhere.path()).device() == QStorageInfo(m_home).device())
            QSKIP("needs /dev/shm on a file system other than the scratch directory's");
        QVERIFY(QDir().mkpath(data()));
        QVERIFY(QFile::link(elsewhere.path(), data() + QStringLiteral("/RegionConsole")));
        const QString oldData = elsewhere.path() + QStringLiteral("/RegionConsole");
        writeLegacyLog(oldData);
        QHash<QString, QByteArray> digests;
        for (const QString &name : kLogFiles)
            digests.insert(name, digest(oldData + u'/' + name));

        const AppIdentity::MigrationResult result = AppIdentity::migrateLegacyLocations();
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        QVERIFY(result.dataMoved);
        for (const QString &name : kLogFiles)
            QCOMPARE(digest(AppIdentity::dataDirectory() + u'/' + name), digests.value(name));
        QVERIFY(!QFileInfo::exists(oldData));
        QVERIFY(!(QFile::permissions(AppIdentity::dataDirectory() + QStringLiteral("/request-log.sqlite"))
                  & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        QVERIFY(!(QFile::permissions(AppIdentity::dataDirectory())
                  & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)));
        verifyLog();
    }
};

QTEST_GUILESS_MAIN(tst_AppIdentity)
#include "tst_appidentity.moc"
