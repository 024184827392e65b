// The Data and Privacy panel's Pipelines section over a session of configured workspaces (Customer.io's
// hosts, nothing sent): each source's region and basis (from the account, chosen, not known), the
// Pipelines host with Copy, the diagnosis of a chosen region that disagrees, a Pipelines-only workspace
// stated as such; and the Add workspace dialog's Pipelines sources.
#include "consolesession.h"
#include "memorycredentialstore.h"
#include "regionpanel.h"
#include "support/namedchild.h"
#include "support/sessionoptions.h"
#include "support/testhome.h"
#include "workspacedialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
Workspace pipelinesOnly(const QString &name, const QString &account, const QList<PipelinesSource> &sources)
{
    Workspace w;
    w.name = name;
    w.account = account;
    w.pipelinesSources = sources;
    return w;
}
} // namespace

class tst_PipelinesSection : public QObject
{
    Q_OBJECT

    static QString text(QWidget *parent, const QString &name)
    {
        const QLabel *label = CIO_CHILD_OR_FAIL(QLabel, parent, name);
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void showsEachSourcesRegionAndBasis()
    {
        TestHome home;
        QVERIFY(home.isValid());
        {
            QSettings settings(home.settingsPath(), QSettings::IniFormat);
            WorkspaceRepository repository(&settings);
            Workspace track;
            track.name = u"Track EU"_s;
            track.siteId = u"site-1"_s;
            track.account = u"Acme"_s;
            track.region = Region::Eu;
            repository.save(track);
            repository.save(
                pipelinesOnly(u"Shop"_s, u"Acme"_s, {{u"Website"_s, Region::Us}, {u"Mobile"_s, std::nullopt}}));
            repository.save(pipelinesOnly(u"Lone"_s, QString(), {{u"Website"_s, Region::Eu}}));
            repository.save(pipelinesOnly(u"Nothing"_s, QString(), {{u"Website"_s, std::nullopt}}));
        }
        MemoryCredentialStore store;
        ConsoleSession session(sessionOptions(home, &store, EndpointTable()));
        RegionPanel panel;
        panel.resize(460, 1000);
        panel.follow(&session);
        panel.show();
        session.showConfigured(u"Shop"_s);

        CIO_CHILD(QGroupBox, section, &panel, u"pipelinesSection"_s);
        QVERIFY(section->isVisible());
        // A Pipelines-only workspace has no region check, and says so.
        QCOMPARE(panel.regionText(), u"No Track credentials"_s);
        QVERIFY(panel.stateText().startsWith(u"This workspace has Pipelines sources only"_s));
        QCOMPARE(text(&panel, u"pipelinesSourcesValue"_s),
                 u"Website: EU (from account Acme (workspace \"Track EU\"))\nMobile: EU (from account Acme (workspace "
                 "\"Track EU\"))"_s);
        QCOMPARE(text(&panel, u"pipelinesHostValue"_s), u"https://cdp-eu.customer.io"_s);
        CIO_CHILD(QLabel, diagnosis, &panel, u"pipelinesDiagnosis"_s);
        QVERIFY(diagnosis->isVisible());
        QVERIFY2(diagnosis->text().contains(u"\"Website\" was set to the US region"_s), qPrintable(diagnosis->text()));
        // Shown beside the sources, not twice.
        QVERIFY(!text(&panel, u"diagnosisList"_s).contains(u"Website"_s));
        if (const QString dir = qEnvironmentVariable("CIO_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(panel.grab().save(QDir(dir).filePath(u"pipelines-section.png"_s)));

        // Copy confirms, and copies the URL.
        CIO_CHILD(QToolButton, copy, &panel, u"copyPipelinesHostButton"_s);
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"https://cdp-eu.customer.io"_s);
        QCOMPARE(copy->text(), u"Copied"_s);

        QVERIFY(session.select(u"Lone"_s));
        QCOMPARE(text(&panel, u"pipelinesSourcesValue"_s), u"Website: EU (chosen, not verified)"_s);
        QCOMPARE(text(&panel, u"pipelinesHostValue"_s), u"https://cdp-eu.customer.io"_s);
        QVERIFY(!diagnosis->isVisible());

        QVERIFY(session.select(u"Nothing"_s));
        QVERIFY(text(&panel, u"pipelinesSourcesValue"_s).startsWith(u"Website: region not known"_s));
        QCOMPARE(text(&panel, u"pipelinesHostValue"_s), u"—"_s);
        QVERIFY(!copy->isEnabled());

        // A workspace without sources has no section.
        QVERIFY(session.select(u"Track EU"_s));
        QVERIFY(!section->isVisible());
    }

    void addDialogTakesPipelinesSources()
    {
        WorkspaceDialog dialog(QStringList {});
        dialog.show();
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        CIO_CHILD(QLineEdit, name, &dialog, u"nameEdit"_s);
        CIO_CHILD(QLineEdit, sourceName, &dialog, u"pipelinesSourceNameEdit"_s);
        CIO_CHILD(QLineEdit, sourceKey, &dialog, u"pipelinesSourceKeyEdit"_s);
        CIO_CHILD(QComboBox, region, &dialog, u"pipelinesRegionCombo"_s);
        CIO_CHILD(QPushButton, add, &dialog, u"addPipelinesSourceButton"_s);
        CIO_CHILD(QPushButton, remove, &dialog, u"removePipelinesSourceButton"_s);
        CIO_CHILD(QListWidget, list, &dialog, u"pipelinesSourceList"_s);
        QVERIFY(!sourceName->accessibleName().isEmpty() && !add->accessibleName().isEmpty());
        QTest::keyClicks(name, u"Web"_s);
        // Neither Track credentials nor a source: nothing to add.
        QVERIFY(!ok->isEnabled());
        QVERIFY(!add->isEnabled());
        QTest::keyClicks(sourceName, u"Website"_s);
        QTest::keyClicks(sourceKey, u"short"_s);
        QVERIFY(!add->isEnabled());
        CIO_CHILD(QLabel, error, &dialog, u"pipelinesSourceError"_s);
        QVERIFY(error->text().startsWith(u"Pipelines source API key: at least 8 characters"_s));
        QTest::keyClicks(sourceKey, u"-but-long-enough"_s);
        region->setCurrentIndex(region->findData(int(Region::Eu)));
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), u"Website (EU chosen; new key)"_s);
        QVERIFY(sourceName->text().isEmpty() && sourceKey->text().isEmpty());
        // A Pipelines-only workspace can be added.
        QVERIFY(ok->isEnabled());
        const WorkspaceDraft draft = dialog.draft();
        QVERIFY(!draft.workspace.hasTrackCredentials());
        QCOMPARE(draft.workspace.pipelinesSources, QList<PipelinesSource>({{u"Website"_s, Region::Eu}}));
        QCOMPARE(draft.pipelinesApiKeys.value(u"Website"_s), u"short-but-long-enough"_s);
        // The same name twice is refused.
        QTest::keyClicks(sourceName, u"Website"_s);
        QTest::keyClicks(sourceKey, u"another-key-123"_s);
        QVERIFY(!add->isEnabled());
        QVERIFY(!ok->isEnabled()); // a source typed and not added yet
        sourceName->clear();
        sourceKey->clear();
        QTest::keyClicks(sourceName, u"x"_s);
        QTest::keyClick(sourceName, Qt::Key_Backspace); // edited back to empty: validated again
        QVERIFY(ok->isEnabled());
        // Removing the only source leaves nothing to add.
        list->setCurrentRow(0);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(list->count(), 0);
        QVERIFY(!ok->isEnabled());
    }
};

QTEST_MAIN(tst_PipelinesSection)
#include "tst_pipelinessection.moc"
