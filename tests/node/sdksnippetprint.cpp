// Prints one SDK snippet as the console holds it (SdkSnippets), for the node test that runs it:
//   sdksnippetprint LIBRARY_ID us|eu
// writes one JSON object to stdout: {"text": snippet, "option": region option, "host": region host}.
// Exit code 2 for an unknown library or region.
#include "sdksnippets.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 3) {
        err << "usage: sdksnippetprint LIBRARY_ID us|eu\n";
        return 2;
    }
    const std::optional<SdkSnippets::LibraryInfo> library = SdkSnippets::libraryById(args.at(1));
    const Region region = regionFromCode(args.at(2));
    const std::optional<QString> text = library ? SdkSnippets::snippet(library->library, region) : std::nullopt;
    if (!text) {
        err << "no snippet for " << args.at(1) << " in region " << args.at(2) << '\n';
        return 2;
    }
    const QJsonObject out {{u"text"_s, *text},
                           {u"option"_s, SdkSnippets::regionOption(library->library, region)},
                           {u"host"_s, SdkSnippets::regionHost(library->library, region)}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
