// cio-console: runs a headless command, or opens the window.
#include "appidentity.h"
#include "cli.h"
#include "mainwindow.h"
#include "processhygiene.h"
#include "startupprobe.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>

#include <cstdio>
#include <memory>

namespace {
void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
}

void setIdentity()
{
    AppIdentity::apply();
    QCoreApplication::setApplicationVersion(QStringLiteral(CIO_VERSION));
}

// Settings and the request log moved to the app ID's paths; carry over what an older version left.
void migrateLegacyLocations()
{
    const AppIdentity::MigrationResult migration = AppIdentity::migrateLegacyLocations();
    for (const QString &error : migration.errors)
        print(stderr, QStringLiteral("cio-console: %1\n").arg(error));
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any key is read.
    if (const QString problem = ProcessHygiene::disableCoreDumps(); !problem.isEmpty())
        print(stderr, QStringLiteral("cio-console: warning: core dumps may hold keys: %1\n").arg(problem));
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (Cli::isCommand(arguments)) {
        // A report lays out text (PDF): fonts need a QGuiApplication, on the offscreen platform (no display).
        std::unique_ptr<QCoreApplication> app;
        if (arguments.value(1) == u"report") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        // Scripts read the command line's output: English and C-locale numbers whatever the user's locale.
        QLocale::setDefault(QLocale::c());
        setIdentity();
        migrateLegacyLocations();
        return Cli::run(*app, app->arguments());
    }

    QCommandLineParser parser;
    // After Qt's own "Usage:" line, the commands under a heading of their own.
    parser.setApplicationDescription(QCoreApplication::translate("main", "Customer.io region and request console.\n\n")
                                     + Cli::usage(QCoreApplication::translate("main", "Commands:")));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                           QCoreApplication::translate("main", "Open on the built-in sandbox."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to FILE after a demo, then quit."),
        QStringLiteral("FILE"));
    parser.addOptions({sandboxOption, screenshotOption});

    // Help, version and usage errors are answered without a display: no QApplication for them.
    const bool parsed = parser.parse(arguments);
    if (!parsed || parser.isSet(helpOption) || parser.isSet(versionOption) || !parser.positionalArguments().isEmpty()) {
        QCoreApplication app(argc, argv);
        setIdentity();
        if (!parsed) {
            print(stderr, QStringLiteral("cio-console: %1\n\n%2").arg(parser.errorText(), Cli::usage()));
            return Cli::UsageError;
        }
        if (!parser.positionalArguments().isEmpty()) {
            print(stderr,
                  QStringLiteral("cio-console: unknown command \"%1\"\n\n%2")
                      .arg(parser.positionalArguments().constFirst(), Cli::usage()));
            return Cli::UsageError;
        }
        if (parser.isSet(versionOption)) {
            print(stdout, QStringLiteral("cio-console %1\n").arg(QStringLiteral(CIO_VERSION)));
            return Cli::Success;
        }
        print(stdout, parser.helpText());
        return Cli::Success;
    }

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Without a display Qt would stop with its own message (about reinstalling the application).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        print(stderr,
              QCoreApplication::translate("main",
                                          "cio-console: the window needs a display, and neither DISPLAY nor "
                                          "WAYLAND_DISPLAY is set. Run it in a desktop session, or on a server as "
                                          "xvfb-run -a cio-console. The commands need none: cio-console --help\n"));
        return 1;
    }
#endif
    QApplication app(argc, argv);
    setIdentity();
    UiLanguage::install(&app, QLocale::system());
    migrateLegacyLocations();
    QApplication::setApplicationDisplayName(QStringLiteral("Region Console"));
    QApplication::setDesktopFileName(AppIdentity::id());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    MainWindow::Options options;
    // The screenshot's demo runs on the sandbox: it never opens the admin's workspaces nor sends to them.
    options.startOnSandbox = parser.isSet(sandboxOption) || parser.isSet(screenshotOption);
    options.screenshotPath = parser.value(screenshotOption);
    options.startSandboxAfterFirstPaint = options.screenshotPath.isEmpty();
    auto window = std::make_unique<MainWindow>(options);
    if (qEnvironmentVariableIntValue("CIO_CONSOLE_STARTUP_PROBE") == 1)
        new StartupProbe(window.get());
    window->show();
    return app.exec();
}
