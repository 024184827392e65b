// cio-console: runs a headless command, or opens the window.
#include "cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>

#include <memory>

namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RegionConsole"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("regionconsole.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("RegionConsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CIO_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (Cli::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        return Cli::run(app, app.arguments());
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Region Console"));
    QApplication::setDesktopFileName(QStringLiteral(CIO_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Customer.io region and request console.\n\n"
                "Commands (run without a window; see 'cio-console COMMAND --help'):\n"
                "  workspace add|list|remove, region, send identify|event|anonymous, sandbox"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                           QCoreApplication::translate("main", "Open on the built-in sandbox."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to FILE after a demo, then quit."),
        QStringLiteral("FILE"));
    parser.addOptions({sandboxOption, screenshotOption});
    parser.process(app);

    MainWindow::Options options;
    options.startOnSandbox = parser.isSet(sandboxOption);
    options.screenshotPath = parser.value(screenshotOption);
    auto window = std::make_unique<MainWindow>(options);
    window->show();
    return app.exec();
}
