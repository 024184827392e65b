#include "sdksnippets.h"

using namespace Qt::StringLiterals;

namespace SdkSnippets {

namespace {

// One library: its snippet is text with {option} (the region option, option with {value} filled in),
// {value} (the region's constant or URL as the library spells it), {host} and {hosts} filled in per region.
struct Entry
{
    LibraryInfo info;
    QString option;
    QString value[2]; // US, EU
    QString host[2]; // the host the option selects (regionHost())
    QString hosts[2]; // what the comment says the option selects
    QString text;
};

int index(Region region)
{
    return region == Region::Eu ? 1 : 0;
}

const QList<Entry> &entries()
{
    static const QList<Entry> table {
        {
            {Library::CustomerioNode, Family::Track, u"customerio-node"_s, u"customerio-node"_s,
             u"npm install customerio-node"_s, u"JavaScript"_s, u"https://github.com/customerio/customerio-node"_s,
             u"lib/regions.ts, lib/track.ts, lib/api.ts"_s},
            u"region: {value}"_s,
            {u"RegionUS"_s, u"RegionEU"_s},
            {u"https://track.customer.io/api/v1"_s, u"https://track-eu.customer.io/api/v1"_s},
            {u"https://track.customer.io/api/v1 and the App API calls to https://api.customer.io/v1"_s,
             u"https://track-eu.customer.io/api/v1 and the App API calls to https://api-eu.customer.io/v1"_s},
            uR"(// customerio-node (npm install customerio-node): `{option}` sends the Track API calls to
// {hosts} (lib/regions.ts).
const { TrackClient, APIClient, {value} } = require('customerio-node');

const cio = new TrackClient('YOUR_SITE_ID', 'YOUR_TRACK_API_KEY', { {option} });
const api = new APIClient('YOUR_APP_API_KEY', { {option} });
)"_s,
        },
        {
            {Library::CustomerioPython, Family::Track, u"customerio-python"_s, u"customerio-python"_s,
             u"pip install customerio"_s, u"Python"_s, u"https://github.com/customerio/customerio-python"_s,
             u"customerio/regions.py, customerio/track.py, customerio/api.py"_s},
            u"region={value}"_s,
            {u"Regions.US"_s, u"Regions.EU"_s},
            {u"track.customer.io"_s, u"track-eu.customer.io"_s},
            {u"track.customer.io and the App API calls to api.customer.io"_s,
             u"track-eu.customer.io and the App API calls to api-eu.customer.io"_s},
            uR"(# customerio-python (pip install customerio): `{option}` sends the Track API calls to
# {hosts} (customerio/regions.py).
from customerio import APIClient, CustomerIO, Regions

cio = CustomerIO("YOUR_SITE_ID", "YOUR_TRACK_API_KEY", {option})
api = APIClient("YOUR_APP_API_KEY", {option})
)"_s,
        },
        {
            {Library::GoCustomerio, Family::Track, u"go-customerio"_s, u"go-customerio"_s,
             u"go get github.com/customerio/go-customerio/v3"_s, u"Go"_s,
             u"https://github.com/customerio/go-customerio"_s, u"options.go"_s},
            u"customerio.WithRegion({value})"_s,
            {u"customerio.RegionUS"_s, u"customerio.RegionEU"_s},
            {u"https://track.customer.io"_s, u"https://track-eu.customer.io"_s},
            {u"https://track.customer.io and the App API calls to https://api.customer.io"_s,
             u"https://track-eu.customer.io and the App API calls to https://api-eu.customer.io"_s},
            uR"(// go-customerio (go get github.com/customerio/go-customerio/v3): `{option}` sends the
// Track API calls to {hosts} (options.go).
import "github.com/customerio/go-customerio/v3"

track := customerio.NewTrackClient("YOUR_SITE_ID", "YOUR_TRACK_API_KEY", {option})
api := customerio.NewAPIClient("YOUR_APP_API_KEY", {option})
)"_s,
        },
        {
            {Library::CustomerioRuby, Family::Track, u"customerio-ruby"_s, u"customerio-ruby"_s,
             u"gem install customerio"_s, u"Ruby"_s, u"https://github.com/customerio/customerio-ruby"_s,
             u"lib/customerio/regions.rb, lib/customerio/client.rb, lib/customerio/api.rb"_s},
            u"region: {value}"_s,
            {u"Customerio::Regions::US"_s, u"Customerio::Regions::EU"_s},
            {u"https://track.customer.io"_s, u"https://track-eu.customer.io"_s},
            {u"https://track.customer.io and the App API calls to https://api.customer.io"_s,
             u"https://track-eu.customer.io and the App API calls to https://api-eu.customer.io"_s},
            uR"(# customerio-ruby (gem install customerio): `{option}` sends the Track API calls to
# {hosts} (lib/customerio/regions.rb).
require "customerio"

cio = Customerio::Client.new("YOUR_SITE_ID", "YOUR_TRACK_API_KEY", {option})
api = Customerio::APIClient.new("YOUR_APP_API_KEY", {option})
)"_s,
        },
        {
            {Library::CustomerioNodePipelines, Family::Pipelines, u"customerio-node-pipelines"_s,
             u"customerio-node (PipelinesClient)"_s, u"npm install customerio-node"_s, u"JavaScript"_s,
             u"https://github.com/customerio/customerio-node"_s, u"lib/regions.ts, lib/pipelines.ts"_s},
            u"region: {value}"_s,
            {u"RegionUS"_s, u"RegionEU"_s},
            {u"https://cdp.customer.io/v1"_s, u"https://cdp-eu.customer.io/v1"_s},
            {u"https://cdp.customer.io/v1"_s, u"https://cdp-eu.customer.io/v1"_s},
            uR"(// customerio-node (npm install customerio-node): `{option}` sends the Pipelines API calls
// to {hosts} (lib/regions.ts, lib/pipelines.ts).
const { PipelinesClient, {value} } = require('customerio-node');

const cdp = new PipelinesClient('YOUR_PIPELINES_API_KEY', { {option} });
)"_s,
        },
        {
            {Library::CdpAnalyticsNode, Family::Pipelines, u"cdp-analytics-node"_s, u"@customerio/cdp-analytics-node"_s,
             u"npm install @customerio/cdp-analytics-node"_s, u"JavaScript"_s,
             u"https://github.com/customerio/cdp-analytics-js"_s,
             u"packages/node/src/app/settings.ts, packages/node/README.md"_s},
            u"host: '{value}'"_s,
            {u"https://cdp.customer.io"_s, u"https://cdp-eu.customer.io"_s},
            {u"https://cdp.customer.io"_s, u"https://cdp-eu.customer.io"_s},
            {u"https://cdp.customer.io/v1/batch (the default host)"_s, u"https://cdp-eu.customer.io/v1/batch"_s},
            uR"(// @customerio/cdp-analytics-node (npm install @customerio/cdp-analytics-node):
// `{option}` sends the calls to {hosts} (packages/node/src/app/settings.ts).
const { Analytics } = require('@customerio/cdp-analytics-node');

const analytics = new Analytics({ writeKey: 'YOUR_PIPELINES_API_KEY', {option} });
)"_s,
        },
        {
            {Library::CdpAnalyticsPython, Family::Pipelines, u"cdp-analytics-python"_s, u"cdp-analytics-python"_s,
             u"pip install customerio-cdp-analytics"_s, u"Python"_s,
             u"https://github.com/customerio/cdp-analytics-python"_s,
             u"customerio/analytics/__init__.py, customerio/analytics/request.py, README.md"_s},
            u"analytics.host = \"{value}\""_s,
            {u"https://cdp.customer.io"_s, u"https://cdp-eu.customer.io"_s},
            {u"https://cdp.customer.io"_s, u"https://cdp-eu.customer.io"_s},
            {u"https://cdp.customer.io/v1/batch (the default host)"_s, u"https://cdp-eu.customer.io/v1/batch"_s},
            uR"(# cdp-analytics-python (pip install customerio-cdp-analytics):
# `{option}` sends the calls to {hosts} (customerio/analytics/request.py).
from customerio import analytics

analytics.write_key = "YOUR_PIPELINES_API_KEY"
{option}
)"_s,
        },
        {
            {Library::CdpAnalyticsGo, Family::Pipelines, u"cdp-analytics-go"_s, u"cdp-analytics-go"_s,
             u"go get github.com/customerio/cdp-analytics-go"_s, u"Go"_s,
             u"https://github.com/customerio/cdp-analytics-go"_s, u"config.go, Readme.md"_s},
            u"Endpoint: \"{value}\""_s,
            {u"https://cdp.customer.io"_s, u"https://cdp-eu.customer.io"_s},
            {u"https://cdp.customer.io"_s, u"https://cdp-eu.customer.io"_s},
            {u"https://cdp.customer.io/v1/batch (DefaultEndpoint)"_s, u"https://cdp-eu.customer.io/v1/batch"_s},
            uR"(// cdp-analytics-go (go get github.com/customerio/cdp-analytics-go):
// `{option}` sends the calls to {hosts} (config.go).
import analytics "github.com/customerio/cdp-analytics-go"

client, err := analytics.NewWithConfig("YOUR_PIPELINES_API_KEY", analytics.Config{
	{option},
})
)"_s,
        },
        {
            {Library::CdpAnalyticsBrowser, Family::Pipelines, u"cdp-analytics-browser"_s,
             u"@customerio/cdp-analytics-browser"_s, u"npm install @customerio/cdp-analytics-browser"_s,
             u"JavaScript"_s, u"https://github.com/customerio/cdp-analytics-js"_s,
             u"packages/browser/README.md, packages/browser/src/browser/index.ts, "
             u"packages/browser/src/plugins/customerio/index.ts"_s},
            u"cdnURL: '{value}'"_s,
            {u"https://cdp.customer.io"_s, u"https://cdp-eu.customer.io"_s},
            {u"cdp.customer.io/v1"_s, u"cdp-eu.customer.io/v1"_s},
            {u"cdp.customer.io/v1"_s, u"cdp-eu.customer.io/v1"_s},
            uR"(// @customerio/cdp-analytics-browser (npm install @customerio/cdp-analytics-browser):
// `{option}` loads the source's settings from {value} (packages/browser/README.md, "Other Regions").
// The Customer.io Data Pipelines destination's apiHost, {host}, is where the events go
// (packages/browser/src/plugins/customerio/index.ts); the README does not document setting it and
// relies on the region's settings naming it, so it is pinned here.
import { AnalyticsBrowser } from '@customerio/cdp-analytics-browser';

export const cioanalytics = AnalyticsBrowser.load(
  { writeKey: 'YOUR_PIPELINES_API_KEY', {option} },
  { integrations: { 'Customer.io Data Pipelines': { apiHost: '{host}', protocol: 'https' } } },
);
)"_s,
        },
        {
            {Library::Ios, Family::Mobile, u"ios"_s, u"customerio-ios"_s,
             u"Swift Package Manager: https://github.com/customerio/customerio-ios, product DataPipelines"_s,
             u"Swift"_s, u"https://github.com/customerio/customerio-ios"_s,
             u"Sources/DataPipeline/Config/SDKConfigBuilder.swift, Sources/Common/Type/Region.swift, "
             u"Sources/DataPipeline/Type/Region.swift"_s},
            u".region({value})"_s,
            {u".US"_s, u".EU"_s},
            {u"cdp.customer.io/v1"_s, u"cdp-eu.customer.io/v1"_s},
            {u"cdp.customer.io/v1"_s, u"cdp-eu.customer.io/v1"_s},
            uR"(// customerio-ios (Swift Package Manager, product DataPipelines): `{option}` sends the calls to
// {hosts} (Sources/DataPipeline/Config/SDKConfigBuilder.swift, Sources/DataPipeline/Type/Region.swift).
import CioDataPipelines

let config = SDKConfigBuilder(cdpApiKey: "YOUR_PIPELINES_API_KEY")
    {option}
CustomerIO.initialize(withConfig: config.build())
)"_s,
        },
        {
            {Library::Android, Family::Mobile, u"android"_s, u"customerio-android"_s,
             u"implementation 'io.customer.android:datapipelines:<version>'"_s, u"Kotlin"_s,
             u"https://github.com/customerio/customerio-android"_s,
             u"datapipelines/src/main/kotlin/io/customer/sdk/CustomerIOConfigBuilder.kt, "
             u"core/src/main/kotlin/io/customer/sdk/data/model/Region.kt, "
             u"datapipelines/src/main/kotlin/io/customer/datapipelines/extensions/RegionExt.kt"_s},
            u".region({value})"_s,
            {u"Region.US"_s, u"Region.EU"_s},
            {u"cdp.customer.io/v1"_s, u"cdp-eu.customer.io/v1"_s},
            {u"cdp.customer.io/v1"_s, u"cdp-eu.customer.io/v1"_s},
            uR"(// customerio-android (io.customer.android:datapipelines), in your Application's onCreate():
// `{option}` sends the calls to {hosts} (CustomerIOConfigBuilder.kt and
// datapipelines/extensions/RegionExt.kt under datapipelines/src/main/kotlin/io/customer/).
import io.customer.sdk.CustomerIO
import io.customer.sdk.CustomerIOConfigBuilder
import io.customer.sdk.data.model.Region

val config = CustomerIOConfigBuilder(applicationContext = this, cdpApiKey = "YOUR_PIPELINES_API_KEY")
    {option}
    .build()
CustomerIO.initialize(config)
)"_s,
        },
        {
            {Library::ReactNative, Family::Mobile, u"react-native"_s, u"customerio-reactnative"_s,
             u"npm install customerio-reactnative"_s, u"TypeScript"_s,
             u"https://github.com/customerio/customerio-reactnative"_s, u"src/types/data-pipelines.ts"_s},
            u"region: {value}"_s,
            {u"CioRegion.US"_s, u"CioRegion.EU"_s},
            {u"cdp.customer.io/v1"_s, u"cdp-eu.customer.io/v1"_s},
            {u"cdp.customer.io/v1"_s, u"cdp-eu.customer.io/v1"_s},
            uR"(// customerio-reactnative (npm install customerio-reactnative): `{option}` (CioConfig,
// src/types/data-pipelines.ts) has the native SDKs send the calls to {hosts}.
import { CioRegion, CustomerIO } from 'customerio-reactnative';

CustomerIO.initialize({ cdpApiKey: 'YOUR_PIPELINES_API_KEY', {option} });
)"_s,
        },
        {
            {Library::Flutter, Family::Mobile, u"flutter"_s, u"customerio-flutter"_s, u"flutter pub add customer_io"_s,
             u"Dart"_s, u"https://github.com/customerio/customerio-flutter"_s,
             u"lib/config/customer_io_config.dart, lib/customer_io_enums.dart"_s},
            u"region: {value}"_s,
            {u"Region.us"_s, u"Region.eu"_s},
            {u"cdp.customer.io/v1"_s, u"cdp-eu.customer.io/v1"_s},
            {u"cdp.customer.io/v1"_s, u"cdp-eu.customer.io/v1"_s},
            uR"(// customerio-flutter (flutter pub add customer_io): `{option}` (CustomerIOConfig,
// lib/config/customer_io_config.dart) has the native SDKs send the calls to {hosts}.
import 'package:customer_io/customer_io.dart';
import 'package:customer_io/customer_io_config.dart';
import 'package:customer_io/customer_io_enums.dart';

await CustomerIO.initialize(
  config: CustomerIOConfig(cdpApiKey: 'YOUR_PIPELINES_API_KEY', {option}),
);
)"_s,
        },
        {
            {Library::Expo, Family::Mobile, u"expo"_s, u"customerio-expo-plugin"_s,
             u"npx expo install customerio-expo-plugin customerio-reactnative"_s, u"JavaScript"_s,
             u"https://github.com/customerio/customerio-expo-plugin"_s, u"plugin/src/types/cio-types.ts"_s},
            u"region: '{value}'"_s,
            {u"US"_s, u"EU"_s},
            {u"cdp.customer.io/v1"_s, u"cdp-eu.customer.io/v1"_s},
            {u"cdp.customer.io/v1"_s, u"cdp-eu.customer.io/v1"_s},
            uR"(// customerio-expo-plugin, in app.config.js: `{option}` in the plugin's config (NativeSDKConfig,
// plugin/src/types/cio-types.ts) initialises the native SDKs for {hosts}.
export default {
  expo: {
    plugins: [
      [
        'customerio-expo-plugin',
        {
          config: { cdpApiKey: 'YOUR_PIPELINES_API_KEY', {option} },
          android: {},
          ios: {},
        },
      ],
    ],
  },
};
)"_s,
        },
    };
    return table;
}

const Entry *entry(Library library)
{
    for (const Entry &e : entries()) {
        if (e.info.library == library)
            return &e;
    }
    return nullptr;
}

} // namespace

QList<LibraryInfo> libraries()
{
    QList<LibraryInfo> list;
    for (const Entry &e : entries())
        list << e.info;
    return list;
}

std::optional<LibraryInfo> libraryById(const QString &id)
{
    for (const Entry &e : entries()) {
        if (e.info.id == id)
            return e.info;
    }
    return std::nullopt;
}

LibraryInfo libraryInfo(Library library)
{
    const Entry *e = entry(library);
    return e ? e->info : LibraryInfo {};
}

QString regionOption(Library library, Region region)
{
    const Entry *e = entry(library);
    if (!e || region == Region::Unknown)
        return {};
    return QString(e->option).replace(u"{value}"_s, e->value[index(region)]);
}

QString regionHost(Library library, Region region)
{
    const Entry *e = entry(library);
    if (!e || region == Region::Unknown)
        return {};
    return e->host[index(region)];
}

std::optional<QString> snippet(Library library, Region region)
{
    const Entry *e = entry(library);
    if (!e || region == Region::Unknown)
        return std::nullopt;
    const int i = index(region);
    return QString(e->text)
        .replace(u"{option}"_s, regionOption(library, region))
        .replace(u"{value}"_s, e->value[i])
        .replace(u"{hosts}"_s, e->hosts[i])
        .replace(u"{host}"_s, e->host[i]);
}

QStringList placeholders()
{
    return {u"YOUR_SITE_ID"_s, u"YOUR_TRACK_API_KEY"_s, u"YOUR_APP_API_KEY"_s, u"YOUR_PIPELINES_API_KEY"_s};
}

} // namespace SdkSnippets
