#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QHttpServerRequest;

// The request target as sent: path and query percent-encoded, path segments decoded exactly once, so
// that an identifier sent as a%2Fb%40example.com is the one segment "a/b@example.com" (the official
// clients percent-encode the {identifier} segment: customerio-node lib/track.ts, go-customerio
// customerio.go).
struct SandboxTarget
{
    QUrl url; // as received
    QString encodedPath; // "/api/v1/customers/a%2Fb"
    QString encodedQuery; // without '?'; empty if none
    QStringList segments; // decoded, without the empty segment before the leading '/'

    static SandboxTarget fromUrl(const QUrl &url);

    // Whether segments equals pattern, where "*" stands for one non-empty segment.
    bool matches(const QStringList &pattern) const { return matches(segments, pattern); }
    static bool matches(const QStringList &segments, const QStringList &pattern);

    // The segment after "customers": {identifier} of Track /api/v1/customers/{identifier}/... and of App
    // API /v1/customers/{identifier}/...; empty if there is none.
    QString identifier() const;

    // base (scheme, host and port) with this target's encoded path and query.
    QUrl onHost(const QUrl &base) const;
};

// Credentials of Track API calls: Authorization: Basic base64(site_id:api_key) (Track OpenAPI
// securitySchemes, https://docs.customer.io/files/journeys-track.json).
struct SandboxBasicCredentials
{
    QString siteId;
    QString apiKey;
};

// One request as the Track, App and inspection APIs see it, independent of the socket it came on.
struct SandboxCall
{
    QString method; // upper case: "GET", "PUT", ...
    SandboxTarget target;
    QByteArray authorization; // the Authorization header as sent, empty if none
    // X-Strict-Mode: 1 (surrounding spaces aside): the Pipelines API's strict validation; "When not set or
    // set to any other value, the API operates in permissive mode" (Pipelines OpenAPI, each path's
    // X-Strict-Mode parameter, https://docs.customer.io/files/pipelines.json).
    bool strictMode = false;
    QByteArray body; // raw

    static SandboxCall fromRequest(const QHttpServerRequest &request);

    // The Authorization value after scheme ("Basic", "Bearer"; compared without case), trimmed; nothing
    // when the header uses another scheme or is missing.
    std::optional<QByteArray> authorizationParameter(const QByteArray &scheme) const;
    // Basic credentials in the standard or the URL-safe base64 alphabet: go-customerio encodes with
    // base64.URLEncoding (customerio.go). Nothing when not Basic, not base64 or without ':'.
    std::optional<SandboxBasicCredentials> basicCredentials() const;
    // Authorization: Bearer <App API key> (https://docs.customer.io/integrations/api/app/).
    std::optional<QString> bearerToken() const;
};
