// WorkspaceSettings: the settings side of adding, editing and removing a workspace, checked in the file
// on disk, and what happens when the file cannot be written (made so for root too: see settingsfaults.h).
#include "calltemplates.h"
#include "support/settingsfaults.h"
#include "workspacesettings.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

class tst_WorkspaceSettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<QSettings> m_settings;

    static Workspace workspace(const QString &name, bool sessionOnly = false)
    {
        Workspace w;
        w.name = name;
        w.siteId = name.toLower().replace(u' ', u'-') + u"-site"_s;
        w.region = Region::Eu;
        w.environmentId = 201;
        w.sessionOnly = sessionOnly;
        return w;
    }

    static ComposedCall call(const QString &identifier)
    {
        ComposedCall c;
        c.identifier = identifier;
        c.name = u"signed_up"_s;
        return c;
    }

    // Production and Staging listed, with templates, Production remembered as selected; in the file.
    void seed()
    {
        WorkspaceRepository repository(m_settings.get());
        repository.save(workspace(u"Production"_s));
        repository.save(workspace(u"Staging"_s));
        CallTemplates templates(m_settings.get());
        QCOMPARE(templates.save(u"Production"_s, u"welcome"_s, call(u"p1"_s)), QString());
        QCOMPARE(templates.save(u"Production"_s, u"churn"_s, call(u"p2"_s)), QString());
        QCOMPARE(templates.save(u"Staging"_s, u"welcome"_s, call(u"s1"_s)), QString());
        m_settings->setValue(WorkspaceSettings::lastSelectedKey(), u"Production"_s);
        m_settings->sync();
        QCOMPARE(m_settings->status(), QSettings::NoError);
        // The update QSettings posted for these writes re-reads the file if it runs later: run it while the file
        // is there.
        QCoreApplication::sendPostedEvents(m_settings.get(), QEvent::UpdateRequest);
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

    // The workspaces listed in the file on disk (another QSettings in this process would share the
    // in-memory copy of the file, unsaved changes included).
    QStringList onDiskNames() const
    {
        static const QRegularExpression line(u"^\\d+\\\\name=(.*)$"_s);
        QStringList names;
        for (const QByteArray &l : onDisk().split('\n')) {
            const QRegularExpressionMatch m = line.match(QString::fromUtf8(l));
            if (m.hasMatch())
                names << m.captured(1);
        }
        return names;
    }

    // Everything a change may touch, as the in-memory settings hold it.
    QString state() const
    {
        CallTemplates templates(m_settings.get());
        QString s = listed().join(u',') + u'|' + m_settings->value(WorkspaceSettings::lastSelectedKey()).toString();
        for (const QString &name : {u"Production"_s, u"Staging"_s, u"Production EU"_s})
            s += u'|' + name + u':' + templates.names(name).join(u',');
        return s;
    }

    using Change = std::function<QString(WorkspaceSettings &)>;
    static Change change(const QString &which)
    {
        if (which == u"add")
            return [](WorkspaceSettings &s) { return s.add(workspace(u"Development"_s)); };
        if (which == u"rename") {
            return [](WorkspaceSettings &s) {
                Workspace after = workspace(u"Production"_s);
                after.name = u"Production EU"_s;
                return s.replace(workspace(u"Production"_s), after);
            };
        }
        return [](WorkspaceSettings &s) { return s.remove(workspace(u"Production"_s)); };
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"config/settings.ini"_s);
        m_settings = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
    }

    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
    }

    void addListsAndWrites()
    {
        WorkspaceSettings settings(m_settings.get());
        QCOMPARE(settings.add(workspace(u"Production"_s)), QString());
        QCOMPARE(listed(), QStringList {u"Production"_s});
        QCOMPARE(onDiskNames(), QStringList {u"Production"_s});
    }

    void removeDropsTemplatesAndTheSelection()
    {
        seed();
        WorkspaceSettings settings(m_settings.get());
        QCOMPARE(settings.remove(workspace(u"Production"_s)), QString());
        QCOMPARE(listed(), QStringList {u"Staging"_s});
        CallTemplates templates(m_settings.get());
        QVERIFY(templates.names(u"Production"_s).isEmpty());
        QCOMPARE(templates.names(u"Staging"_s), QStringList {u"welcome"_s});
        QVERIFY(!m_settings->contains(WorkspaceSettings::lastSelectedKey()));
        const QByteArray file = onDisk();
        QVERIFY2(!file.contains("Production"), file.constData());
        QVERIFY(file.contains("Staging"));

        // Another workspace's removal leaves the selection alone.
        m_settings->setValue(WorkspaceSettings::lastSelectedKey(), u"Staging"_s);
        QCOMPARE(settings.remove(workspace(u"Nobody"_s)), QString());
        QCOMPARE(m_settings->value(WorkspaceSettings::lastSelectedKey()).toString(), u"Staging"_s);
    }

    void renameMovesTemplatesAndTheSelection()
    {
        seed();
        WorkspaceSettings settings(m_settings.get());
        QCOMPARE(change(u"rename"_s)(settings), QString());
        QCOMPARE(listed(), QStringList({u"Production EU"_s, u"Staging"_s}));
        CallTemplates templates(m_settings.get());
        QVERIFY(templates.names(u"Production"_s).isEmpty());
        QCOMPARE(templates.names(u"Production EU"_s), QStringList({u"churn"_s, u"welcome"_s}));
        QCOMPARE(templates.load(u"Production EU"_s, u"churn"_s)->identifier, u"p2"_s);
        QCOMPARE(m_settings->value(WorkspaceSettings::lastSelectedKey()).toString(), u"Production EU"_s);
        QCOMPARE(onDiskNames(), QStringList({u"Production EU"_s, u"Staging"_s}));

        // Not the selected one: the selection stays.
        Workspace renamed = workspace(u"Staging"_s);
        renamed.name = u"QA"_s;
        QCOMPARE(settings.replace(workspace(u"Staging"_s), renamed), QString());
        QCOMPARE(m_settings->value(WorkspaceSettings::lastSelectedKey()).toString(), u"Production EU"_s);
        QCOMPARE(CallTemplates(m_settings.get()).names(u"QA"_s), QStringList {u"welcome"_s});
    }

    // Nothing to write is no failure, even before the file exists.
    void removingWhatIsNotThereWritesNothing()
    {
        WorkspaceSettings settings(m_settings.get());
        QCOMPARE(settings.remove(workspace(u"Nobody"_s)), QString());
        QVERIFY(!QFileInfo::exists(m_path));
    }

    void replaceOfAnUnlistedWorkspaceChangesNothing()
    {
        seed();
        const QString before = state();
        WorkspaceSettings settings(m_settings.get());
        Workspace after = workspace(u"Nobody"_s);
        after.name = u"Somebody"_s;
        const QString problem = settings.replace(workspace(u"Nobody"_s), after);
        QVERIFY2(problem.contains(u"\"Nobody\" is no longer listed"_s), qPrintable(problem));
        QCOMPARE(state(), before);
    }

    void checkWritable_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("problem"); // "" = writable
        QTest::newRow("existing file") << u"file"_s << QString();
        QTest::newRow("no file, no directory yet") << u"nothing"_s << QString();
        QTest::newRow("directory is a file") << u"directory is a file"_s << u"config is not a directory"_s;
        if (SettingsFaults::permissionsApply()) {
            QTest::newRow("read-only file") << u"read-only file"_s << u"it cannot be opened for writing"_s;
            QTest::newRow("read-only directory") << u"read-only directory"_s << u"config is read-only"_s;
        }
    }
    void checkWritable()
    {
        QFETCH(QString, setup);
        QFETCH(QString, problem);
        const QString dir = m_dir->filePath(u"config"_s);
        if (setup == u"file" || setup == u"read-only file") {
            seed();
            if (setup == u"read-only file")
                QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner));
        } else if (setup == u"directory is a file") {
            QVERIFY(SettingsFaults::replaceDirectoryByFile(m_path));
        } else if (setup == u"read-only directory") {
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
        }
        const QByteArray before = onDisk();
        const QString got = WorkspaceSettings(m_settings.get()).checkWritable();
        if (problem.isEmpty()) {
            QVERIFY2(got.isEmpty(), qPrintable(got));
            QVERIFY(QFileInfo(dir).isDir());
        } else {
            QVERIFY2(got.startsWith(u"could not write the settings file %1 ("_s.arg(m_path)), qPrintable(got));
            QVERIFY2(got.contains(problem), qPrintable(got));
        }
        QCOMPARE(onDisk(), before); // nothing written
        QVERIFY(QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot).size() <= 1); // no probe left behind
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }

    // A failed write is reported with the file's path, and the in-memory settings are as before, so that a
    // later write does not store what the caller reports as not made.
    void unwritableFileFailsAndChangesNothing_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("why");
        for (const QString &which : {u"add"_s, u"rename"_s, u"remove"_s}) {
            QTest::addRow("%s, directory made a file", qPrintable(which))
                << which << u"directory is a file"_s << u"config is not a directory"_s;
            if (SettingsFaults::permissionsApply()) {
                QTest::addRow("%s, read-only file", qPrintable(which))
                    << which << u"read-only file"_s << u"it cannot be opened for writing"_s;
            }
        }
    }
    void unwritableFileFailsAndChangesNothing()
    {
        QFETCH(QString, which);
        QFETCH(QString, fault);
        QFETCH(QString, why);
        seed();
        const QByteArray fileBefore = onDisk();
        if (fault == u"read-only file")
            QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner));
        else
            QVERIFY(SettingsFaults::replaceDirectoryByFile(m_path));
        const QString before = state();

        WorkspaceSettings settings(m_settings.get());
        const QString problem = change(which)(settings);
        QVERIFY2(problem.startsWith(u"could not write the settings file %1 ("_s.arg(m_path)), qPrintable(problem));
        QVERIFY2(problem.contains(why), qPrintable(problem));
        QCOMPARE(state(), before);

        // Once the file can be written again, what is written is what was there.
        if (fault == u"read-only file") {
            QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
            QCOMPARE(onDisk(), fileBefore);
        } else {
            QVERIFY(SettingsFaults::restoreDirectory(m_path));
        }
        m_settings->sync();
        QCOMPARE(state(), before);
        QCOMPARE(onDiskNames(), QStringList({u"Production"_s, u"Staging"_s}));
    }

    // QSettings keeps the first error for the object's life: a long-lived one (the window's) must still
    // report a later write that worked as written.
    void aFailedWriteDoesNotFailTheNext()
    {
        seed();
        QVERIFY(SettingsFaults::replaceDirectoryByFile(m_path));
        WorkspaceSettings settings(m_settings.get());
        QVERIFY(!settings.add(workspace(u"Development"_s)).isEmpty());
        QVERIFY(!settings.checkWritable().isEmpty());
        QVERIFY(SettingsFaults::restoreDirectory(m_path));
        QVERIFY2(settings.checkWritable().isEmpty(), qPrintable(settings.checkWritable()));
        QCOMPARE(settings.add(workspace(u"Development"_s)), QString());
        QCOMPARE(onDiskNames(), QStringList({u"Production"_s, u"Staging"_s, u"Development"_s}));
        // And a failure after that is still seen.
        QVERIFY(SettingsFaults::replaceDirectoryByFile(m_path));
        QVERIFY(!settings.remove(workspace(u"Development"_s)).isEmpty());
        QVERIFY(listed().contains(u"Development"_s));
    }

    void sessionOnlyWorkspacesAreNeverWritten_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("add") << u"add"_s;
        QTest::newRow("replace") << u"replace"_s;
        QTest::newRow("remove") << u"remove"_s;
    }
    void sessionOnlyWorkspacesAreNeverWritten()
    {
        QFETCH(QString, which);
        seed();
        // Unwritable: a write would fail.
        QVERIFY(SettingsFaults::replaceDirectoryByFile(m_path));
        const QString before = state();
        const QStringList keys = m_settings->allKeys();
        WorkspaceSettings settings(m_settings.get());
        const Workspace session = workspace(u"Production"_s, true);
        Workspace renamed = session;
        renamed.name = u"Production EU"_s;
        const QString problem = which == u"add" ? settings.add(session)
            : which == u"replace"               ? settings.replace(session, renamed)
                                                : settings.remove(session);
        QCOMPARE(problem, QString());
        QCOMPARE(state(), before);
        QCOMPARE(m_settings->allKeys(), keys);
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceSettings)
#include "tst_workspacesettings.moc"
