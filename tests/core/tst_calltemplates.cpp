#include "calltemplates.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CallTemplates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void composedCallRoundTrips()
    {
        ComposedCall call;
        call.kind = CallKind::AddDevice;
        call.identifier = u"ada@example.com"_s;
        call.deviceId = u"tok/1"_s;
        call.platform = u"android"_s;
        call.json = u"{\"app_version\": \"1.2\""_s; // half-written JSON is kept as typed
        call.timestamp = 1764403200;
        call.via = ComposedCall::Via::Eu;
        const std::optional<ComposedCall> back = ComposedCall::fromJson(call.toJson());
        QVERIFY(back);
        QVERIFY(*back == call);
        QCOMPARE(call.toJson().value(u"call").toString(), u"add-device"_s);
        QCOMPARE(call.toJson().value(u"via").toString(), u"eu"_s);

        QVERIFY(!ComposedCall::fromJson({{u"call"_s, u"teleport"_s}}));
        QVERIFY(!ComposedCall::fromJson({{u"call"_s, u"region"_s}}));
        QVERIFY(!ComposedCall::fromJson({{u"call"_s, u"event"_s}, {u"via"_s, u"mars"_s}}));
    }

    void templatesPerWorkspace()
    {
        QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        CallTemplates templates(&settings);
        ComposedCall a;
        a.name = u"signed_up"_s;
        QCOMPARE(templates.save(u"EU / prod"_s, u"Signup"_s, a), QString());
        QCOMPARE(templates.save(u"EU / prod"_s, u"abandoned cart"_s, a), QString());
        QCOMPARE(templates.save(u"US"_s, u"Other"_s, a), QString());
        QCOMPARE(templates.names(u"EU / prod"_s), (QStringList {u"abandoned cart"_s, u"Signup"_s}));
        QCOMPARE(templates.names(u"US"_s), QStringList {u"Other"_s});
        QCOMPARE(templates.load(u"EU / prod"_s, u"Signup"_s)->name, u"signed_up"_s);
        QVERIFY(!templates.load(u"US"_s, u"Signup"_s));

        QCOMPARE(templates.save(u"US"_s, u"  "_s, a), u"Template name: must not be blank"_s);
        QCOMPARE(templates.save(u"US"_s, QString(81, u'n'), a), u"Template name: at most 80 characters (got 81)"_s);
        QCOMPARE(templates.save(u"US"_s, QString(80, u'n'), a), QString());

        // A renamed workspace keeps its templates.
        templates.renameWorkspace(u"US"_s, u"US / prod"_s);
        QVERIFY(templates.names(u"US"_s).isEmpty());
        QCOMPARE(templates.names(u"US / prod"_s).size(), 2);
        templates.renameWorkspace(u"US / prod"_s, u"US"_s);

        templates.remove(u"EU / prod"_s, u"Signup"_s);
        QCOMPARE(templates.names(u"EU / prod"_s), QStringList {u"abandoned cart"_s});
        templates.removeWorkspace(u"EU / prod"_s);
        QVERIFY(templates.names(u"EU / prod"_s).isEmpty());

        QVERIFY(!templates.lastComposed());
        a.kind = CallKind::Merge;
        templates.setLastComposed(a);
        QCOMPARE(templates.lastComposed()->kind, CallKind::Merge);
    }

    void atMostTwoHundredPerWorkspace()
    {
        QSettings settings(m_dir.filePath(u"many.ini"_s), QSettings::IniFormat);
        CallTemplates templates(&settings);
        for (int i = 0; i < CallTemplates::MaxTemplatesPerWorkspace; ++i)
            QCOMPARE(templates.save(u"w"_s, QString::number(i), {}), QString());
        QVERIFY(templates.save(u"w"_s, u"one more"_s, {}).startsWith(u"Templates: at most 200 per workspace"_s));
        // Replacing one is still allowed.
        QCOMPARE(templates.save(u"w"_s, u"7"_s, {}), QString());
    }
};

QTEST_GUILESS_MAIN(tst_CallTemplates)
#include "tst_calltemplates.moc"
