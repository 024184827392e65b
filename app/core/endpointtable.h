#pragma once

#include "region.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <optional>

// For each region, the Track API, App API and Pipelines API base URLs. The table is the allow-list:
// credentials are only ever attached to requests whose scheme, host and port match one of its entries, and
// each API's credentials only to that API's hosts.
// Defaults (https://docs.customer.io/api/track/, https://docs.customer.io/integrations/api/cdp/;
// docs/customerio-api.md, Hosts per region):
//   us: https://track.customer.io,    https://api.customer.io,    https://cdp.customer.io
//   eu: https://track-eu.customer.io, https://api-eu.customer.io, https://cdp-eu.customer.io
// The Pipelines API's paths start with /v1 (https://cdp.customer.io/v1/identify); its base URL here is
// the origin, like the others.
class EndpointTable
{
public:
    enum class Api { Track, App, Pipelines };

    EndpointTable(); // the default table
    static EndpointTable defaults();

    // Parses the CIO_CONSOLE_ENDPOINTS file shape:
    //   {"us":{"track":URL,"api":URL[,"pipelines":URL]},"eu":{...}}
    // "pipelines" is optional, in both regions or in neither: without it the Pipelines API is off for
    // the table (hasPipelines() false, baseUrl(…, Pipelines) empty), so no Pipelines key goes anywhere.
    // Every URL must be absolute https, or http on a loopback host (127.0.0.0/8, ::1, localhost),
    // with no path, query or credentials. On error returns false and sets *error naming the field.
    // Optional top-level "ca": path of a PEM file with one or more CA certificates that TrackClient
    // trusts, in addition to the system's, for the table's https hosts only. A relative path is
    // resolved against baseDirectory (the current directory when empty); an unreadable file or one
    // without a PEM certificate is an error (never silently ignored).
    static bool fromJson(const QByteArray &json, EndpointTable *table, QString *error);
    static bool fromJson(const QByteArray &json, EndpointTable *table, QString *error, const QString &baseDirectory);

    // The table named by the environment variable CIO_CONSOLE_ENDPOINTS (a file path), else the
    // defaults; a relative "ca" path is resolved against the file's directory. On a read or parse
    // error returns false and sets *error.
    static bool fromEnvironment(EndpointTable *table, QString *error);

    QUrl baseUrl(Region region, Api api) const; // empty for Region::Unknown
    QUrl trackUrl(Region region) const { return baseUrl(region, Api::Track); }
    QUrl appUrl(Region region) const { return baseUrl(region, Api::App); }
    QUrl pipelinesUrl(Region region) const { return baseUrl(region, Api::Pipelines); }
    // False for a CIO_CONSOLE_ENDPOINTS table without "pipelines".
    bool hasPipelines() const { return !m_urls[0][2].isEmpty(); }

    // The region whose Track, App or Pipelines base URL has the same scheme, host and port as url, else Unknown.
    Region regionOf(const QUrl &url) const;
    // True when url's scheme, host and port match an entry of the table.
    bool isAllowed(const QUrl &url) const;
    // True when url's origin is one of the two Track API base URLs (Track credentials go only there).
    bool isTrackHost(const QUrl &url) const;
    // True when url's origin is one of the two App API base URLs (App API keys go only there).
    bool isAppHost(const QUrl &url) const;
    // True when url's origin is one of the two Pipelines API base URLs (Pipelines keys go only there).
    bool isPipelinesHost(const QUrl &url) const;
    // The API whose host url's origin is, if any.
    std::optional<Api> apiOf(const QUrl &url) const;
    // "track.customer.io" or "127.0.0.1:18801": how a host is shown to people.
    static QString hostLabel(const QUrl &url);

    // The extra trusted CAs of "ca" (empty when none) and the absolute path they came from.
    QList<QSslCertificate> caCertificates() const { return m_caCertificates; }
    QString caFile() const { return m_caFile; }

    bool isDefault() const; // the default URLs and no extra CA

private:
    QUrl m_urls[2][3]; // [us|eu][track|app|pipelines]; pipelines empty when off
    QList<QSslCertificate> m_caCertificates;
    QString m_caFile;
};
