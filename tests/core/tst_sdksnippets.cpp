// The SDK snippets: every library has one for each region and none for an unknown region; each names its
// region's host and option and never the other region's; keys are placeholders only.
#include "sdksnippets.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using SdkSnippets::Library;

class TstSdkSnippets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLibraryListedOnce();
    void everyLibraryHasBothRegions_data();
    void everyLibraryHasBothRegions();
    void unknownRegionHasNoSnippet();
    void optionsAsTheLibrariesSpellThem_data();
    void optionsAsTheLibrariesSpellThem();
    void noKeyMaterial_data();
    void noKeyMaterial();
};

void TstSdkSnippets::everyLibraryListedOnce()
{
    const QList<SdkSnippets::LibraryInfo> list = SdkSnippets::libraries();
    QCOMPARE(list.size(), 14);
    QSet<QString> ids;
    QSet<int> libraries;
    for (const SdkSnippets::LibraryInfo &info : list) {
        QVERIFY2(!info.id.isEmpty() && !info.name.isEmpty() && !info.install.isEmpty(), qPrintable(info.id));
        QVERIFY2(info.repository.startsWith(u"https://github.com/customerio/"_s), qPrintable(info.repository));
        QVERIFY2(!info.source.isEmpty(), qPrintable(info.id));
        ids.insert(info.id);
        libraries.insert(int(info.library));
        QCOMPARE(SdkSnippets::libraryById(info.id)->library, info.library);
        QCOMPARE(SdkSnippets::libraryInfo(info.library).id, info.id);
    }
    QCOMPARE(ids.size(), list.size());
    QCOMPARE(libraries.size(), list.size());
    QVERIFY(!SdkSnippets::libraryById(u"no-such-library"_s));
    // The families in the order the issue names them: Track clients, Pipelines clients, mobile SDKs.
    QStringList order;
    for (const SdkSnippets::LibraryInfo &info : list)
        order << info.id;
    QCOMPARE(order,
             QStringList({u"customerio-node"_s, u"customerio-python"_s, u"go-customerio"_s, u"customerio-ruby"_s,
                          u"customerio-node-pipelines"_s, u"cdp-analytics-node"_s, u"cdp-analytics-python"_s,
                          u"cdp-analytics-go"_s, u"cdp-analytics-browser"_s, u"ios"_s, u"android"_s, u"react-native"_s,
                          u"flutter"_s, u"expo"_s}));
}

void TstSdkSnippets::everyLibraryHasBothRegions_data()
{
    QTest::addColumn<int>("library");
    for (const SdkSnippets::LibraryInfo &info : SdkSnippets::libraries())
        QTest::newRow(qPrintable(info.id)) << int(info.library);
}

void TstSdkSnippets::everyLibraryHasBothRegions()
{
    QFETCH(int, library);
    const auto lib = Library(library);
    const std::optional<QString> us = SdkSnippets::snippet(lib, Region::Us);
    const std::optional<QString> eu = SdkSnippets::snippet(lib, Region::Eu);
    QVERIFY(us && !us->isEmpty());
    QVERIFY(eu && !eu->isEmpty());
    QVERIFY(*us != *eu);

    // Each names its region's option and host, never the other region's.
    const QString usOption = SdkSnippets::regionOption(lib, Region::Us);
    const QString euOption = SdkSnippets::regionOption(lib, Region::Eu);
    QVERIFY2(us->contains(usOption), qPrintable(*us));
    QVERIFY2(eu->contains(euOption), qPrintable(*eu));
    QVERIFY2(!us->contains(euOption), qPrintable(*us));
    QVERIFY2(!eu->contains(usOption), qPrintable(*eu));
    QVERIFY2(eu->contains(u"-eu.customer.io"_s), qPrintable(*eu));
    QVERIFY2(!us->contains(u"-eu"_s) && !us->contains(u"EU"_s) && !us->contains(u".eu"_s), qPrintable(*us));
    QVERIFY2(us->contains(SdkSnippets::regionHost(lib, Region::Us)), qPrintable(*us));
    QVERIFY2(eu->contains(SdkSnippets::regionHost(lib, Region::Eu)), qPrintable(*eu));
    QVERIFY(SdkSnippets::regionHost(lib, Region::Eu).contains(u"-eu.customer.io"_s));
    QVERIFY(!SdkSnippets::regionHost(lib, Region::Us).contains(u"-eu"_s));

    // Every token of the template is filled in; the comment names the source file it comes from.
    for (const QString *text : {&*us, &*eu}) {
        QVERIFY2(!QRegularExpression(u"\\{[a-z]+\\}"_s).match(*text).hasMatch(), qPrintable(*text));
        bool namesSource = false;
        for (const QString &path : SdkSnippets::libraryInfo(lib).source.split(u", "_s))
            namesSource = namesSource || text->contains(path.section(u'/', -1));
        QVERIFY2(namesSource, qPrintable(*text));
    }
}

void TstSdkSnippets::unknownRegionHasNoSnippet()
{
    for (const SdkSnippets::LibraryInfo &info : SdkSnippets::libraries()) {
        QVERIFY(!SdkSnippets::snippet(info.library, Region::Unknown));
        QVERIFY(SdkSnippets::regionOption(info.library, Region::Unknown).isEmpty());
        QVERIFY(SdkSnippets::regionHost(info.library, Region::Unknown).isEmpty());
    }
}

void TstSdkSnippets::optionsAsTheLibrariesSpellThem_data()
{
    // Read in each library's source (sdksnippets.h lists the files; docs/customerio-api.md, SDK region
    // options): the option's name and the constant's casing.
    QTest::addColumn<int>("library");
    QTest::addColumn<QString>("us");
    QTest::addColumn<QString>("eu");
    const auto row = [](const char *name, Library library, const QString &us, const QString &eu) {
        QTest::newRow(name) << int(library) << us << eu;
    };
    row("customerio-node", Library::CustomerioNode, u"region: RegionUS"_s, u"region: RegionEU"_s);
    row("customerio-python", Library::CustomerioPython, u"region=Regions.US"_s, u"region=Regions.EU"_s);
    row("go-customerio", Library::GoCustomerio, u"customerio.WithRegion(customerio.RegionUS)"_s,
        u"customerio.WithRegion(customerio.RegionEU)"_s);
    row("customerio-ruby", Library::CustomerioRuby, u"region: Customerio::Regions::US"_s,
        u"region: Customerio::Regions::EU"_s);
    row("customerio-node-pipelines", Library::CustomerioNodePipelines, u"region: RegionUS"_s, u"region: RegionEU"_s);
    row("cdp-analytics-node", Library::CdpAnalyticsNode, u"host: 'https://cdp.customer.io'"_s,
        u"host: 'https://cdp-eu.customer.io'"_s);
    row("cdp-analytics-python", Library::CdpAnalyticsPython, u"analytics.host = \"https://cdp.customer.io\""_s,
        u"analytics.host = \"https://cdp-eu.customer.io\""_s);
    row("cdp-analytics-go", Library::CdpAnalyticsGo, u"Endpoint: \"https://cdp.customer.io\""_s,
        u"Endpoint: \"https://cdp-eu.customer.io\""_s);
    row("cdp-analytics-browser", Library::CdpAnalyticsBrowser, u"cdnURL: 'https://cdp.customer.io'"_s,
        u"cdnURL: 'https://cdp-eu.customer.io'"_s);
    row("ios", Library::Ios, u".region(.US)"_s, u".region(.EU)"_s);
    row("android", Library::Android, u".region(Region.US)"_s, u".region(Region.EU)"_s);
    row("react-native", Library::ReactNative, u"region: CioRegion.US"_s, u"region: CioRegion.EU"_s);
    row("flutter", Library::Flutter, u"region: Region.us"_s, u"region: Region.eu"_s);
    row("expo", Library::Expo, u"region: 'US'"_s, u"region: 'EU'"_s);
}

void TstSdkSnippets::optionsAsTheLibrariesSpellThem()
{
    QFETCH(int, library);
    QFETCH(QString, us);
    QFETCH(QString, eu);
    QCOMPARE(SdkSnippets::regionOption(Library(library), Region::Us), us);
    QCOMPARE(SdkSnippets::regionOption(Library(library), Region::Eu), eu);
}

void TstSdkSnippets::noKeyMaterial_data()
{
    everyLibraryHasBothRegions_data();
}

void TstSdkSnippets::noKeyMaterial()
{
    QFETCH(int, library);
    const auto lib = Library(library);
    const SdkSnippets::LibraryInfo info = SdkSnippets::libraryInfo(lib);
    const QStringList placeholders = SdkSnippets::placeholders();
    for (const Region region : {Region::Us, Region::Eu}) {
        const QString text = *SdkSnippets::snippet(lib, region);
        // Each credential is a placeholder: the Track clients take a Site ID, a Track API key and an App API
        // key; the others one Pipelines API key.
        const QStringList expected = info.family == SdkSnippets::Family::Track
            ? QStringList {u"YOUR_SITE_ID"_s, u"YOUR_TRACK_API_KEY"_s, u"YOUR_APP_API_KEY"_s}
            : QStringList {u"YOUR_PIPELINES_API_KEY"_s};
        for (const QString &placeholder : placeholders)
            QCOMPARE(text.contains(placeholder), expected.contains(placeholder));

        // Every quoted string is a placeholder, a URL or host, a package or module, or a fixed name; none
        // looks like a key (a long run of letters and digits) or a sandbox demo key.
        static const QRegularExpression quoted(uR"(("[^"\n]*"|'[^'\n]*'))"_s);
        static const QRegularExpression keyLike(u"[A-Za-z0-9]{16,}|[0-9a-f]{10,}"_s);
        for (auto it = quoted.globalMatch(text); it.hasNext();) {
            const QString literal = it.next().captured(1).mid(1).chopped(1);
            if (placeholders.contains(literal))
                continue;
            QVERIFY2(!keyLike.match(literal).hasMatch() || literal.contains(u"customer"_s),
                     qPrintable(u"%1 in %2"_s.arg(literal, info.id)));
        }
        QVERIFY(!text.contains(u"demo-"_s));
        QVERIFY(!text.contains(u"key-"_s));
    }
}

QTEST_GUILESS_MAIN(TstSdkSnippets)
#include "tst_sdksnippets.moc"
