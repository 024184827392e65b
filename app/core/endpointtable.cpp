#include "endpointtable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

int regionIndex(Region region)
{
    return region == Region::Eu ? 1 : 0;
}

int apiIndex(EndpointTable::Api api)
{
    switch (api) {
    case EndpointTable::Api::Track:
        return 0;
    case EndpointTable::Api::App:
        return 1;
    case EndpointTable::Api::Pipelines:
        break;
    }
    return 2;
}

QString apiKey(EndpointTable::Api api)
{
    switch (api) {
    case EndpointTable::Api::Track:
        return QStringLiteral("track");
    case EndpointTable::Api::App:
        return QStringLiteral("api");
    case EndpointTable::Api::Pipelines:
        break;
    }
    return QStringLiteral("pipelines");
}

constexpr EndpointTable::Api AllApis[] = {EndpointTable::Api::Track, EndpointTable::Api::App,
                                          EndpointTable::Api::Pipelines};

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"http" ? 80 : 443) == b.port(b.scheme() == u"http" ? 80 : 443);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

EndpointTable::EndpointTable()
{
    m_urls[0][0] = QUrl(QStringLiteral("https://track.customer.io"));
    m_urls[0][1] = QUrl(QStringLiteral("https://api.customer.io"));
    m_urls[1][0] = QUrl(QStringLiteral("https://track-eu.customer.io"));
    m_urls[1][1] = QUrl(QStringLiteral("https://api-eu.customer.io"));
    m_urls[0][2] = QUrl(QStringLiteral("https://cdp.customer.io"));
    m_urls[1][2] = QUrl(QStringLiteral("https://cdp-eu.customer.io"));
}

EndpointTable EndpointTable::defaults()
{
    return EndpointTable();
}

bool EndpointTable::fromJson(const QByteArray &json, EndpointTable *table, QString *error)
{
    return fromJson(json, table, error, QString());
}

bool EndpointTable::fromJson(const QByteArray &json, EndpointTable *table, QString *error, const QString &baseDirectory)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("endpoint file: invalid JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("endpoint file: the top level must be an object with \"us\" and \"eu\"");
        return false;
    }
    EndpointTable result;
    const QJsonObject root = doc.object();
    const bool withPipelines = root.value(QStringLiteral("us")).toObject().contains(QStringLiteral("pipelines"))
        || root.value(QStringLiteral("eu")).toObject().contains(QStringLiteral("pipelines"));
    result.m_urls[0][2] = QUrl();
    result.m_urls[1][2] = QUrl();
    for (Region region : {Region::Us, Region::Eu}) {
        const QString code = regionCode(region);
        const QJsonObject entry = root.value(code).toObject();
        for (Api api : AllApis) {
            if (api == Api::Pipelines && !withPipelines)
                continue;
            const QString key = apiKey(api);
            const QString field = code + u'.' + key;
            const QString text = entry.value(key).toString();
            if (text.isEmpty()) {
                if (api == Api::Pipelines) {
                    *error = QStringLiteral("endpoint file: \"%1\" is missing: \"pipelines\" is given for one "
                                            "region, so both need it (expected a base URL string)")
                                 .arg(field);
                    return false;
                }
                *error = QStringLiteral("endpoint file: \"%1\" is missing (expected a base URL string)").arg(field);
                return false;
            }
            const QUrl url(text, QUrl::StrictMode);
            if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
                *error = QStringLiteral("endpoint file: \"%1\" is not an absolute URL: %2").arg(field, text);
                return false;
            }
            if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()
                || (!url.path().isEmpty() && url.path() != u"/")) {
                *error = QStringLiteral("endpoint file: \"%1\" must be scheme://host[:port] only, without "
                                        "credentials, path or query: %2")
                             .arg(field, text);
                return false;
            }
            const bool https = url.scheme() == u"https";
            const bool loopbackHttp = url.scheme() == u"http" && isLoopbackHost(url.host());
            if (!https && !loopbackHttp) {
                *error = QStringLiteral("endpoint file: \"%1\" must use https (plain http is accepted only "
                                        "for loopback hosts): %2")
                             .arg(field, text);
                return false;
            }
            if (url.port() == 0 || text.endsWith(u':')) {
                *error = QStringLiteral("endpoint file: \"%1\" has an invalid port: %2").arg(field, text);
                return false;
            }
            QUrl clean = url.adjusted(QUrl::RemovePath);
            result.m_urls[regionIndex(region)][apiIndex(api)] = clean;
        }
    }
    // One host, one role: the region and the API of a host decide which credentials it gets and which
    // region the console says answered.
    QStringList roles;
    QList<QUrl> urls;
    for (Region region : {Region::Us, Region::Eu}) {
        for (Api api : AllApis) {
            const QUrl url = result.m_urls[regionIndex(region)][apiIndex(api)];
            if (url.isEmpty())
                continue;
            roles.append(regionCode(region) + u'.' + apiKey(api));
            urls.append(url);
        }
    }
    for (int i = 0; i < roles.size(); ++i) {
        for (int j = i + 1; j < roles.size(); ++j) {
            if (sameOrigin(urls.at(i), urls.at(j))) {
                *error = QStringLiteral("endpoint file: \"%1\" and \"%2\" must be different hosts (both are %3), or "
                                        "the console could not tell which region and API answered")
                             .arg(roles.at(i), roles.at(j), urls.at(i).toString());
                return false;
            }
        }
    }
    const QJsonValue ca = root.value(QStringLiteral("ca"));
    if (!ca.isUndefined()) {
        if (!ca.isString() || ca.toString().isEmpty()) {
            *error = QStringLiteral("endpoint file: \"ca\" must be the path of a PEM CA certificate file");
            return false;
        }
        const QString path =
            QDir(baseDirectory.isEmpty() ? QDir::currentPath() : baseDirectory).absoluteFilePath(ca.toString());
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("endpoint file: \"ca\": cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
        result.m_caCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (result.m_caCertificates.isEmpty()) {
            *error = QStringLiteral("endpoint file: \"ca\": no PEM certificate in %1").arg(path);
            return false;
        }
        result.m_caFile = path;
    }
    *table = result;
    return true;
}

bool EndpointTable::fromEnvironment(EndpointTable *table, QString *error)
{
    const QString path = qEnvironmentVariable("CIO_CONSOLE_ENDPOINTS");
    if (path.isEmpty()) {
        *table = EndpointTable();
        return true;
    }
    // A regular file of bounded size: /dev/zero or a FIFO must not hang or exhaust memory.
    constexpr qint64 MaxEndpointFileBytes = 64 * 1024;
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("CIO_CONSOLE_ENDPOINTS: %1 does not exist").arg(path);
        return false;
    }
    if (!info.isFile()) {
        *error = QStringLiteral("CIO_CONSOLE_ENDPOINTS: %1 is not a regular file").arg(path);
        return false;
    }
    if (info.size() > MaxEndpointFileBytes) {
        *error = QStringLiteral("CIO_CONSOLE_ENDPOINTS: %1 is larger than 64 KiB").arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("CIO_CONSOLE_ENDPOINTS: cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QString parseError;
    if (!fromJson(file.read(MaxEndpointFileBytes), table, &parseError, info.absolutePath())) {
        *error = QStringLiteral("CIO_CONSOLE_ENDPOINTS (%1): %2").arg(path, parseError);
        return false;
    }
    return true;
}

QUrl EndpointTable::baseUrl(Region region, Api api) const
{
    if (region == Region::Unknown)
        return {};
    return m_urls[regionIndex(region)][apiIndex(api)];
}

Region EndpointTable::regionOf(const QUrl &url) const
{
    for (Region region : {Region::Us, Region::Eu}) {
        for (int api = 0; api < 3; ++api) {
            const QUrl &own = m_urls[regionIndex(region)][api];
            if (!own.isEmpty() && sameOrigin(own, url))
                return region;
        }
    }
    return Region::Unknown;
}

std::optional<EndpointTable::Api> EndpointTable::apiOf(const QUrl &url) const
{
    for (Api api : AllApis) {
        const int index = apiIndex(api);
        for (const auto &urls : m_urls) {
            if (!urls[index].isEmpty() && sameOrigin(urls[index], url))
                return api;
        }
    }
    return std::nullopt;
}

bool EndpointTable::isAllowed(const QUrl &url) const
{
    return regionOf(url) != Region::Unknown;
}

bool EndpointTable::isTrackHost(const QUrl &url) const
{
    return sameOrigin(m_urls[0][0], url) || sameOrigin(m_urls[1][0], url);
}

bool EndpointTable::isAppHost(const QUrl &url) const
{
    return sameOrigin(m_urls[0][1], url) || sameOrigin(m_urls[1][1], url);
}

bool EndpointTable::isPipelinesHost(const QUrl &url) const
{
    return hasPipelines() && (sameOrigin(m_urls[0][2], url) || sameOrigin(m_urls[1][2], url));
}

QString EndpointTable::hostLabel(const QUrl &url)
{
    QString host = url.host().contains(u':') ? u'[' + url.host() + u']' : url.host();
    if (url.port() > 0)
        return host + u':' + QString::number(url.port());
    return host;
}

bool EndpointTable::isDefault() const
{
    const EndpointTable def;
    if (!m_caCertificates.isEmpty())
        return false;
    for (int r = 0; r < 2; ++r)
        for (int a = 0; a < 3; ++a)
            if (m_urls[r][a] != def.m_urls[r][a])
                return false;
    return true;
}
