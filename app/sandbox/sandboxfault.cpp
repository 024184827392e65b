#include "sandboxfault.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

const QStringList &kindNames()
{
    // Kind order.
    static const QStringList names = {u"none"_s,           u"hang"_s,      u"delay"_s,
                                      u"reset"_s,          u"status"_s,    u"rate-limit"_s,
                                      u"malformed-json"_s, u"oversized"_s, u"redirect-outside"_s};
    return names;
}

bool parseInt(const QString &text, int min, int max, int *value)
{
    bool ok = false;
    const int parsed = text.toInt(&ok);
    if (!ok || parsed < min || parsed > max)
        return false;
    *value = parsed;
    return true;
}

} // namespace

QUrl SandboxFault::defaultOutsideLocation()
{
    return QUrl(u"http://outside.invalid"_s);
}

QString SandboxFault::kindName(Kind kind)
{
    return kindNames().value(int(kind));
}

bool SandboxFault::fromSpec(const QString &spec, SandboxFault *fault, QString *error)
{
    const QString trimmed = spec.trimmed();
    const qsizetype colon = trimmed.indexOf(u':');
    const QString name = colon < 0 ? trimmed : trimmed.left(colon);
    const QString parameter = colon < 0 ? QString() : trimmed.mid(colon + 1);
    const bool hasParameter = colon >= 0;
    const qsizetype index = kindNames().indexOf(name);
    const auto fail = [&](const QString &message) {
        if (error)
            *error = u"fault \"%1\": %2"_s.arg(spec, message);
        return false;
    };
    if (index < 0) {
        return fail(u"expected one of none, delay[:MS], hang, reset, status[:500|502|503], rate-limit[:SECONDS], "
                    "malformed-json, oversized, redirect-outside[:URL]"_s);
    }

    SandboxFault result;
    result.kind = Kind(index);
    switch (result.kind) {
    case Kind::Delay:
        result.delayMs = defaultDelayMs;
        if (hasParameter && !parseInt(parameter, 0, 600000, &result.delayMs))
            return fail(u"delay must be 0-600000 milliseconds"_s);
        break;
    case Kind::ServerError:
        result.status = defaultStatus;
        if (hasParameter && (!parseInt(parameter, 500, 503, &result.status) || result.status == 501))
            return fail(u"status must be 500, 502 or 503"_s);
        break;
    case Kind::RateLimited:
        result.retryAfterSeconds = defaultRetryAfterSeconds;
        if (hasParameter && !parseInt(parameter, 0, 86400, &result.retryAfterSeconds))
            return fail(u"Retry-After must be 0-86400 seconds"_s);
        break;
    case Kind::RedirectOutside:
        result.location = defaultOutsideLocation();
        if (hasParameter) {
            result.location = QUrl(parameter, QUrl::StrictMode);
            if (!result.location.isValid() || result.location.isRelative() || result.location.host().isEmpty())
                return fail(u"the redirect target must be an absolute URL"_s);
        }
        break;
    case Kind::None:
    case Kind::Hang:
    case Kind::Reset:
    case Kind::MalformedJson:
    case Kind::Oversized:
        if (hasParameter)
            return fail(u"%1 takes no parameter"_s.arg(name));
        break;
    }
    *fault = result;
    return true;
}

QString SandboxFault::toSpec() const
{
    QString name = kindName(kind);
    switch (kind) {
    case Kind::Delay:
        return name + u':' + QString::number(delayMs);
    case Kind::ServerError:
        return name + u':' + QString::number(status);
    case Kind::RateLimited:
        return name + u':' + QString::number(retryAfterSeconds);
    case Kind::RedirectOutside:
        return name + u':' + location.toString();
    default:
        return name;
    }
}
