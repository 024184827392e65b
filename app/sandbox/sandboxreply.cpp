#include "sandboxreply.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

SandboxReply SandboxReply::json(int status, const QJsonObject &object)
{
    return SandboxReply {status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

SandboxReply SandboxReply::error(int status, const QString &message)
{
    return json(status, QJsonObject {{u"meta"_s, QJsonObject {{u"error"_s, message}}}});
}

SandboxReply SandboxReply::errors(int status, const QString &message)
{
    return json(status, QJsonObject {{u"meta"_s, QJsonObject {{u"errors"_s, QJsonArray {message}}}}});
}

SandboxReply SandboxReply::noContent()
{
    return SandboxReply {204, {}, {}};
}

SandboxReply SandboxReply::ok()
{
    return json(200, QJsonObject {});
}

SandboxReply SandboxReply::unauthorized()
{
    return error(401, u"Unauthorized request"_s);
}

SandboxReply SandboxReply::notFound()
{
    return error(404, u"not found"_s);
}

SandboxReply SandboxReply::redirect(int status, const QUrl &location)
{
    SandboxReply reply = json(status,
                              QJsonObject {{u"errors"_s,
                                            QJsonArray {QJsonObject {
                                                {u"detail"_s, u"wrong datacenter"_s},
                                                {u"status"_s, QString::number(status)},
                                            }}}});
    reply.headers.append({QByteArrayLiteral("Location"), location.toEncoded()});
    return reply;
}
