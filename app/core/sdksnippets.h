#pragma once

#include "region.h"

#include <QList>
#include <QString>

#include <optional>

// How to point each official Customer.io library at an account's region: one configuration snippet per
// library and region, with the option spelled exactly as the library's own source spells it. Keys are
// placeholders (placeholders()); a snippet never holds a credential. An unknown region has no snippet:
// the caller says the region is unknown instead of guessing one.
//
// Sources (docs/customerio-api.md, SDK region options; each in the library's public GitHub repository):
//   customerio-node          lib/regions.ts (RegionUS, RegionEU), lib/track.ts, lib/api.ts, lib/pipelines.ts
//                            (option `region`)
//   customerio-python        customerio/regions.py (Regions.US, Regions.EU), customerio/track.py,
//                            customerio/api.py (argument `region`)
//   go-customerio            options.go (WithRegion, RegionUS, RegionEU)
//   customerio-ruby          lib/customerio/regions.rb (Customerio::Regions::US, ::EU),
//                            lib/customerio/client.rb, lib/customerio/api.rb (option `region:`)
//   cdp-analytics-js         packages/node/src/app/settings.ts (`host`, default https://cdp.customer.io);
//                            packages/browser/README.md and src/browser/index.ts (`cdnURL`),
//                            src/plugins/customerio/index.ts (`apiHost`, default cdp.customer.io/v1)
//   cdp-analytics-python     customerio/analytics/__init__.py, customerio/analytics/request.py (`host`)
//   cdp-analytics-go         config.go (Config.Endpoint, DefaultEndpoint https://cdp.customer.io)
//   customerio-ios           Sources/DataPipeline/Config/SDKConfigBuilder.swift (`region(_:)`),
//                            Sources/Common/Type/Region.swift (`.US`, `.EU`), Sources/DataPipeline/Type/Region.swift
//   customerio-android       datapipelines/src/main/kotlin/io/customer/sdk/CustomerIOConfigBuilder.kt
//                            (`region(region:)`), core/src/main/kotlin/io/customer/sdk/data/model/Region.kt
//   customerio-reactnative   src/types/data-pipelines.ts (CioConfig `region`, enum CioRegion)
//   customerio-flutter       lib/config/customer_io_config.dart (CustomerIOConfig `region`),
//                            lib/customer_io_enums.dart (enum Region { us, eu })
//   customerio-expo-plugin   plugin/src/types/cio-types.ts (NativeSDKConfig `region?: 'US' | 'EU'`)
namespace SdkSnippets {

enum class Library {
    CustomerioNode, // Track and App API
    CustomerioPython, // Track and App API
    GoCustomerio, // Track and App API
    CustomerioRuby, // Track and App API
    CustomerioNodePipelines, // customerio-node's PipelinesClient
    CdpAnalyticsNode,
    CdpAnalyticsPython,
    CdpAnalyticsGo,
    CdpAnalyticsBrowser,
    Ios,
    Android,
    ReactNative,
    Flutter,
    Expo,
};

// The API a library sends to: Track (with the App API), Pipelines, or Pipelines from a mobile SDK.
enum class Family { Track, Pipelines, Mobile };

struct LibraryInfo
{
    Library library;
    Family family;
    QString id; // stable, lower case: "customerio-node", "cdp-analytics-node", "ios"...
    QString name; // the library's own name, never translated: "customerio-node", "customerio-ios"
    QString install; // how it is installed: "npm install customerio-node"
    QString language; // "JavaScript", "Python", "Go", "Ruby", "Swift", "Kotlin", "TypeScript", "Dart"
    QString repository; // https://github.com/customerio/…
    QString source; // the files of the repository that define the region option
};

// Every library, in the order a list shows them: Track clients, Pipelines clients, mobile SDKs.
QList<LibraryInfo> libraries();
std::optional<LibraryInfo> libraryById(const QString &id);
LibraryInfo libraryInfo(Library library);

// The snippet that configures library for region; std::nullopt for Region::Unknown.
std::optional<QString> snippet(Library library, Region region);

// The text in the snippet that selects region, exactly as written there ("region: RegionEU",
// "host: 'https://cdp-eu.customer.io'", ".region(.EU)"); empty for Region::Unknown. It appears in that
// region's snippet and never in the other region's.
QString regionOption(Library library, Region region);

// The host the library sends to for region, as the library names it ("https://track-eu.customer.io/api/v1",
// "cdp-eu.customer.io/v1"); for the Track clients, the Track API host. Empty for Region::Unknown.
QString regionHost(Library library, Region region);

// The placeholders a snippet may hold in place of credentials.
QStringList placeholders();

} // namespace SdkSnippets
