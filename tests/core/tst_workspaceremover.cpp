// WorkspaceRemover over a store that fails chosen operations and a settings file that can be made
// unwritable (for root too): keychain entries first, the listing, templates and remembered selection
// last, and a workspace whose entries cannot all go is kept.
#include "calltemplates.h"
#include "support/flakycredentialstore.h"
#include "support/settingsfaults.h"
#include "workspaceremover.h"
#include "workspacesettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Status = WorkspaceRemover::Result::Status;

Q_DECLARE_METATYPE(WorkspaceRemover::Result::Status)

namespace {
const QString Track = u"Production/track-api-key"_s;
const QString App = u"Production/app-api-key"_s;
} // namespace

class tst_WorkspaceRemover : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<FlakyCredentialStore> m_store;

    static Workspace workspace(const QString &name, bool sessionOnly = false)
    {
        Workspace w;
        w.name = name;
        w.siteId = u"demo-eu-site"_s;
        w.hasAppApiKey = true;
        w.region = Region::Eu;
        w.environmentId = 201;
        w.verifiedAt = QDateTime::currentDateTimeUtc();
        w.verifiedVia = u"track-eu"_s;
        w.sessionOnly = sessionOnly;
        return w;
    }

    // Production and Staging listed with templates; Production's keys stored and it remembered as selected.
    void seed()
    {
        WorkspaceRepository repository(m_settings.get());
        repository.save(workspace(u"Production"_s));
        repository.save(workspace(u"Staging"_s));
        CallTemplates templates(m_settings.get());
        ComposedCall call;
        call.identifier = u"42"_s;
        call.name = u"signed_up"_s;
        QCOMPARE(templates.save(u"Production"_s, u"welcome"_s, call), QString());
        QCOMPARE(templates.save(u"Staging"_s, u"welcome"_s, call), QString());
        m_settings->setValue(WorkspaceSettings::lastSelectedKey(), u"Production"_s);
        m_settings->sync();
        QCOMPARE(m_settings->status(), QSettings::NoError);
        // The update QSettings posted for these writes re-reads the file if it runs later: run it while the file
        // is there.
        QCoreApplication::sendPostedEvents(m_settings.get(), QEvent::UpdateRequest);
        QVERIFY(m_store->seed(Track, u"track-key"_s));
        QVERIFY(m_store->seed(App, u"app-key"_s));
    }

    WorkspaceRemover::Result remove(const Workspace &w)
    {
        std::optional<WorkspaceRemover::Result> result;
        WorkspaceRemover remover(m_store.get(), m_settings.get());
        remover.start(w, [&result](const WorkspaceRemover::Result &r) { result = r; });
        [&] { QVERIFY2(!result, "answered from inside start()"); }();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(WorkspaceRemover::Result {});
    }

    QStringList listed() const
    {
        QStringList names;
        for (const Workspace &w : WorkspaceRepository(m_settings.get()).list())
            names << w.name;
        return names;
    }

    QByteArray onDisk() const
    {
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"config/settings.ini"_s);
        m_settings = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
        m_store = std::make_unique<FlakyCredentialStore>();
    }

    void cleanup()
    {
        m_store.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void remove_data()
    {
        QTest::addColumn<bool>("sessionOnly");
        QTest::addColumn<QString>("failure"); // "remove <entry>" that fails
        // "unwritable": before start; "breaks at <call>": as that call is made.
        QTest::addColumn<QString>("settings");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("error"); // the start of Result::error
        QTest::addColumn<QStringList>("calls");
        QTest::addColumn<QStringList>("left"); // entries in the store afterwards

        const QString rT = u"remove "_s + Track, rA = u"remove "_s + App;
        const QString denied = u"access to the keychain was denied (is the keyring locked?) (injected)"_s;
        const QString settingsError = u"could not write the settings file %1 (%2 is not a directory)"_s;

        QTest::newRow("removed") << false << QString() << QString() << Status::Removed << QString()
                                 << QStringList({rA, rT}) << QStringList();
        QTest::newRow("App API key entry cannot go: all kept")
            << false << rA << QString() << Status::KeychainFailed
            << u"could not remove the keychain entry \"%1\" (it remains; the workspace was kept): %2"_s.arg(App, denied)
            << QStringList({rA}) << QStringList({Track, App});
        QTest::newRow("Track API key entry cannot go: kept")
            << false << rT << QString() << Status::KeychainFailed
            << u"could not remove the keychain entry \"%1\" (it remains; the workspace was kept): %2"_s.arg(Track,
                                                                                                            denied)
            << QStringList({rA, rT}) << QStringList({Track});
        QTest::newRow("settings unwritable: the keychain is not touched")
            << false << QString() << u"unwritable"_s << Status::SettingsFailed
            << settingsError + u"; the workspace \"Production\" was kept and its keychain entries were not touched"_s
            << QStringList() << QStringList({Track, App});
        QTest::newRow("settings fail after the keys: still listed") << false << QString() << u"breaks at "_s + rT
                                                                    << Status::SettingsFailed
                                                                    << settingsError
                + u"; the keychain entries of the workspace \"Production\" were deleted, but it is still "
                  "listed"_s << QStringList({rA, rT}) << QStringList();
        QTest::newRow("session only: settings never touched") << true << QString() << u"unwritable"_s << Status::Removed
                                                              << QString() << QStringList({rA, rT}) << QStringList();
    }
    void remove()
    {
        QFETCH(bool, sessionOnly);
        QFETCH(QString, failure);
        QFETCH(QString, settings);
        QFETCH(Status, status);
        QFETCH(QString, error);
        QFETCH(QStringList, calls);
        QFETCH(QStringList, left);

        seed();
        if (!failure.isEmpty())
            m_store->failOn(FlakyCredentialStore::Op::Remove, failure.section(u' ', 1));
        if (settings == u"unwritable")
            QVERIFY(SettingsFaults::replaceDirectoryByFile(m_path));
        if (settings.startsWith(u"breaks at ")) {
            const QString at = settings.mid(10);
            m_store->onCall = [this, at](const QString &call) {
                if (call == at)
                    QVERIFY(SettingsFaults::replaceDirectoryByFile(m_path));
            };
        }
        const QStringList keysBefore = m_settings->allKeys();

        const WorkspaceRemover::Result result = remove(workspace(u"Production"_s, sessionOnly));
        QCOMPARE(result.status, status);
        error.replace(u"%1"_s, m_path).replace(u"%2"_s, m_dir->filePath(u"config"_s));
        QVERIFY2(result.error.startsWith(error), qPrintable(result.error));
        QCOMPARE(m_store->calls, calls);
        for (const QString &entry : {Track, App})
            QCOMPARE(m_store->memory.contains(entry), left.contains(entry));

        CallTemplates templates(m_settings.get());
        QCOMPARE(templates.names(u"Staging"_s), QStringList {u"welcome"_s});
        const bool unlisted = status == Status::Removed && !sessionOnly;
        if (unlisted) {
            QCOMPARE(listed(), QStringList {u"Staging"_s});
            QVERIFY(templates.names(u"Production"_s).isEmpty());
            QVERIFY(!m_settings->contains(WorkspaceSettings::lastSelectedKey()));
            const QByteArray file = onDisk();
            QVERIFY2(!file.contains("Production"), file.constData());
        } else {
            QCOMPARE(listed(), QStringList({u"Production"_s, u"Staging"_s}));
            QCOMPARE(templates.names(u"Production"_s), QStringList {u"welcome"_s});
            QCOMPARE(m_settings->value(WorkspaceSettings::lastSelectedKey()).toString(), u"Production"_s);
            QCOMPARE(m_settings->allKeys(), keysBefore);
            // What was learned from its credentials is kept with it.
            QCOMPARE(WorkspaceRepository(m_settings.get()).find(u"Production"_s)->environmentId, qint64(201));
        }
        switch (status) {
        case Status::KeychainFailed:
            QCOMPARE(result.remaining.size(), 1);
            QVERIFY(result.remaining.first().startsWith(u'"' + failure.section(u' ', 1) + u"\" (access"_s));
            QCOMPARE(result.keychain.error, CredentialResult::Error::AccessDenied);
            break;
        case Status::SettingsFailed:
            QCOMPARE(result.settingsPath, m_path);
            QCOMPARE(result.entriesDeleted, left.isEmpty());
            break;
        case Status::Removed:
            QVERIFY(result.error.isEmpty());
            break;
        }
    }

    // An entry the metadata does not mention (left by an earlier failure) goes too; absent entries are fine.
    void entriesThatAreNotThereAreFine()
    {
        Workspace w = workspace(u"Production"_s);
        w.hasAppApiKey = false;
        WorkspaceRepository(m_settings.get()).save(w);
        QVERIFY(m_store->seed(App, u"stale"_s));
        const WorkspaceRemover::Result result = remove(w);
        QCOMPARE(result.status, Status::Removed);
        QVERIFY(!m_store->memory.contains(App));
        QVERIFY(listed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceRemover)
#include "tst_workspaceremover.moc"
