// `cio-console --screenshot`, the built binary driven as a user would: on a 1024×640 screen the window and its
// picture stay within the screen, and the demo always runs on the sandbox, also for an admin who has
// workspaces of their own (never opening them, never sending to them). Offscreen screens of a chosen size.
#include "support/cliprocess.h"
#include "support/testhome.h"
#include "workspace.h"

#include <QFile>
#include <QImage>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ScreenshotDemo : public QObject
{
    Q_OBJECT

    // The environment of a run on an offscreen screen of width × height pixels.
    QProcessEnvironment screen(const TestHome &home, int width, int height)
    {
        const QString config = home.path(u"screen.json"_s);
        QFile f(config);
        [&] { QVERIFY(f.open(QIODevice::WriteOnly)); }();
        f.write(u"{\"screens\":[{\"name\":\"small\",\"x\":0,\"y\":0,\"width\":%1,\"height\":%2,\"logicalDpi\":96}]}"_s
                    .arg(width)
                    .arg(height)
                    .toUtf8());
        f.close();
        QProcessEnvironment env = home.environment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen:configfile="_s + config);
        return env;
    }

private Q_SLOTS:
    void pictureFitsA1024By640Screen()
    {
        TestHome home;
        QVERIFY(home.isValid());
        const QProcessEnvironment env = screen(home, 1024, 640);
        const QString png = home.path(u"window.png"_s);
        CliProcess cli;
        const CliResult r = cli.run({u"--sandbox"_s, u"--screenshot"_s, png}, {}, env);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const QImage picture(png);
        QVERIFY(!picture.isNull());
        QVERIFY2(picture.width() <= 1024 && picture.height() <= 640,
                 qPrintable(u"%1×%2"_s.arg(picture.width()).arg(picture.height())));
    }

    // Issue 22, item 10: without --sandbox the demo still runs on the sandbox and sends its two calls.
    void runsOnTheSandboxBesideTheAdminsWorkspaces()
    {
        TestHome home;
        QVERIFY(home.isValid());
        {
            QSettings settings(home.settingsPath(), QSettings::IniFormat);
            Workspace production;
            production.name = u"Production"_s;
            production.siteId = u"prod-site"_s;
            WorkspaceRepository(&settings).save(production);
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        const QProcessEnvironment env = screen(home, 1280, 800);
        const QString png = home.path(u"window.png"_s);
        CliProcess cli;
        const CliResult r = cli.run({u"--screenshot"_s, png}, {}, env);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY(!QImage(png).isNull());
        const CliResult tail = cli.run({u"log"_s, u"tail"_s, u"--json"_s}, {}, home.environment());
        QVERIFY2(tail.out.contains("\"call\":\"identify\"") && tail.out.contains("\"call\":\"event\""),
                 qPrintable(tail.describe()));
        QVERIFY2(tail.out.contains("Demo EU") && !tail.out.contains("Production"), qPrintable(tail.describe()));
    }
};

QTEST_GUILESS_MAIN(tst_ScreenshotDemo)
#include "tst_screenshotdemo.moc"
