// SdkSnippetView: nothing to copy while the region is unknown; for a region, each library's snippet as
// SdkSnippets has it, copied whole with a confirmation; it follows the selected workspace's verified region
// through a session on the sandbox in this process. With CIO_UI_SCREENSHOTS=DIR it saves its states there.
#include "consolesession.h"
#include "memorycredentialstore.h"
#include "sdksnippets.h"
#include "sdksnippetview.h"
#include "support/namedchild.h"
#include "support/sandboxfixture.h"
#include "support/sessionoptions.h"
#include "support/testhome.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class tst_SdkSnippetView : public QObject
{
    Q_OBJECT

private:
    static void save(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CIO_UI_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QCoreApplication::sendPostedEvents(); // the layout after the last change
        widget->grab().save(dir + u'/' + name + u".png"_s);
    }

private Q_SLOTS:
    void unknownRegionHasNothingToCopy()
    {
        SdkSnippetView view;
        view.resize(520, 420);
        view.show();
        CIO_CHILD(QPlainTextEdit, text, &view, u"sdkSnippetText"_s);
        CIO_CHILD(QPushButton, copy, &view, u"sdkSnippetCopyButton"_s);
        CIO_CHILD(QLabel, state, &view, u"sdkSnippetState"_s);
        QCOMPARE(view.region(), Region::Unknown);
        QVERIFY(view.snippetText().isEmpty());
        QVERIFY(text->toPlainText().isEmpty());
        QVERIFY(!copy->isEnabled());
        QVERIFY(!state->text().isEmpty());

        const QString why = u"The region is not verified."_s;
        view.setRegion(Region::Eu);
        QVERIFY(!view.snippetText().isEmpty());
        view.setRegion(Region::Unknown, why);
        QCOMPARE(state->text(), why);
        QVERIFY(text->toPlainText().isEmpty());
        QVERIFY(!copy->isEnabled());
        QGuiApplication::clipboard()->setText(u"before"_s);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"before"_s);
        save(&view, u"sdk-snippets-unknown"_s);
    }

    void everyLibraryForEachRegion()
    {
        SdkSnippetView view;
        view.show();
        CIO_CHILD(QComboBox, library, &view, u"sdkSnippetLibraryCombo"_s);
        CIO_CHILD(QLabel, state, &view, u"sdkSnippetState"_s);
        CIO_CHILD(QPlainTextEdit, text, &view, u"sdkSnippetText"_s);
        QVERIFY(text->isReadOnly());
        QVERIFY(text->font().fixedPitch() || QFontInfo(text->font()).fixedPitch());
        int listed = 0;
        for (int i = 0; i < library->count(); ++i)
            listed += library->itemData(i).isValid() ? 1 : 0;
        QCOMPARE(listed, SdkSnippets::libraries().size());
        for (const Region region : {Region::Us, Region::Eu}) {
            view.setRegion(region);
            for (const SdkSnippets::LibraryInfo &info : SdkSnippets::libraries()) {
                view.selectLibrary(info.id);
                QCOMPARE(library->currentData().toString(), info.id);
                QCOMPARE(view.snippetText(), *SdkSnippets::snippet(info.library, region));
                QVERIFY2(state->text().contains(SdkSnippets::regionOption(info.library, region)),
                         qPrintable(state->text()));
                QVERIFY(library->currentText().contains(info.name));
            }
        }
    }

    void copyConfirms()
    {
        SdkSnippetView view;
        view.resize(560, 460);
        view.show();
        view.setRegion(Region::Eu);
        view.selectLibrary(u"cdp-analytics-node"_s);
        CIO_CHILD(QPushButton, copy, &view, u"sdkSnippetCopyButton"_s);
        QVERIFY(copy->isEnabled());
        const QString label = copy->text();
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 *SdkSnippets::snippet(SdkSnippets::Library::CdpAnalyticsNode, Region::Eu));
        QVERIFY(copy->text() != label);
        save(&view, u"sdk-snippets-copied"_s);
        QTRY_COMPARE_WITH_TIMEOUT(copy->text(), label, 5000);
    }

    void collapses()
    {
        SdkSnippetView view;
        view.show();
        CIO_CHILD(QToolButton, toggle, &view, u"sdkSnippetToggle"_s);
        CIO_CHILD(QPlainTextEdit, text, &view, u"sdkSnippetText"_s);
        QVERIFY(text->isVisible());
        toggle->click();
        QVERIFY(!text->isVisible());
        toggle->click();
        QVERIFY(text->isVisible());
    }

    void namedForScreenReaders()
    {
        SdkSnippetView view;
        for (const char *name : {"sdkSnippetToggle", "sdkSnippetLibraryCombo", "sdkSnippetText", "sdkSnippetCopyButton",
                                 "sdkSnippetState", "sdkSnippetInstall", "sdkSnippetSource"}) {
            auto *widget = view.findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
        QVERIFY(!view.accessibleName().isEmpty());
    }

    void followsTheSelectedWorkspace()
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
        Workspace eu;
        eu.name = u"Demo EU"_s;
        eu.siteId = SandboxFixture::euCredentials().siteId;
        session.addSessionWorkspace(us, SandboxFixture::usCredentials().trackApiKey);
        session.addSessionWorkspace(eu, SandboxFixture::euCredentials().trackApiKey);

        SdkSnippetView view;
        view.resize(560, 460);
        view.show();
        view.follow(&session);
        QSignalSpy checked(&session, &ConsoleSession::regionCheckFinished);
        view.selectLibrary(u"customerio-node"_s);

        QVERIFY(session.select(u"Demo EU"_s));
        QCOMPARE(view.region(), Region::Unknown); // while its region is being checked
        QVERIFY(view.snippetText().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(view.region(), Region::Eu, 10000);
        QVERIFY(view.snippetText().contains(u"region: RegionEU"_s));
        save(&view, u"sdk-snippets-eu"_s);

        QVERIFY(session.select(u"Demo US"_s));
        QTRY_COMPARE_WITH_TIMEOUT(view.region(), Region::Us, 10000);
        QVERIFY(view.snippetText().contains(u"region: RegionUS"_s));

        // A failed check: the region is not verified, so nothing to copy (never the last region seen).
        sandbox.server.stop();
        checked.clear();
        session.recheckRegion();
        QVERIFY(checked.wait(10000));
        QCOMPARE(view.region(), Region::Unknown);
        QVERIFY(view.snippetText().isEmpty());

        QVERIFY(session.select(QString()));
        QCOMPARE(view.region(), Region::Unknown);
    }
};

QTEST_MAIN(tst_SdkSnippetView)
#include "tst_sdksnippetview.moc"
