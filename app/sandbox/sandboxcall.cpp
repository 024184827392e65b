#include "sandboxcall.h"

#include <QHttpServerRequest>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

SandboxTarget SandboxTarget::fromUrl(const QUrl &url)
{
    SandboxTarget target;
    target.url = url;
    target.encodedPath = url.path(QUrl::FullyEncoded);
    target.encodedQuery = url.query(QUrl::FullyEncoded);
    const QStringList encodedSegments = target.encodedPath.split(u'/');
    for (qsizetype i = 1; i < encodedSegments.size(); ++i)
        target.segments.append(QUrl::fromPercentEncoding(encodedSegments.at(i).toUtf8()));
    return target;
}

bool SandboxTarget::matches(const QStringList &segments, const QStringList &pattern)
{
    if (segments.size() != pattern.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == u"*"_s ? segments.at(i).isEmpty() : segments.at(i) != pattern.at(i))
            return false;
    }
    return true;
}

QString SandboxTarget::identifier() const
{
    const qsizetype customers = segments.indexOf(u"customers"_s);
    if (customers < 0 || customers + 1 >= segments.size())
        return {};
    return segments.at(customers + 1);
}

QUrl SandboxTarget::onHost(const QUrl &base) const
{
    QUrl location = base;
    location.setPath(encodedPath, QUrl::TolerantMode);
    if (!encodedQuery.isEmpty())
        location.setQuery(encodedQuery, QUrl::TolerantMode);
    return location;
}

SandboxCall SandboxCall::fromRequest(const QHttpServerRequest &request)
{
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    const char *key = methods.valueToKey(static_cast<int>(request.method()));
    SandboxCall call;
    call.method = key ? QString::fromLatin1(key).toUpper() : u"UNKNOWN"_s;
    call.target = SandboxTarget::fromUrl(request.url());
    call.authorization = request.value(QByteArrayLiteral("Authorization"));
    call.strictMode = request.value(QByteArrayLiteral("X-Strict-Mode")).trimmed() == "1";
    call.body = request.body();
    return call;
}

std::optional<QByteArray> SandboxCall::authorizationParameter(const QByteArray &scheme) const
{
    const QByteArray header = authorization.trimmed();
    const QByteArray prefix = scheme.toLower() + ' ';
    if (!header.toLower().startsWith(prefix))
        return std::nullopt;
    return header.mid(prefix.size()).trimmed();
}

std::optional<SandboxBasicCredentials> SandboxCall::basicCredentials() const
{
    const std::optional<QByteArray> encoded = authorizationParameter(QByteArrayLiteral("Basic"));
    if (!encoded)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(*encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        decoded = QByteArray::fromBase64Encoding(
            *encoded, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    }
    if (!decoded)
        return std::nullopt;
    const QByteArray pair = *decoded;
    const qsizetype colon = pair.indexOf(':');
    if (colon < 0)
        return std::nullopt;
    return SandboxBasicCredentials {QString::fromUtf8(pair.left(colon)), QString::fromUtf8(pair.mid(colon + 1))};
}

std::optional<QString> SandboxCall::bearerToken() const
{
    const std::optional<QByteArray> token = authorizationParameter(QByteArrayLiteral("Bearer"));
    if (!token)
        return std::nullopt;
    return QString::fromUtf8(*token);
}
