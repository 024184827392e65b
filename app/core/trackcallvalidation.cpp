// TrackCall::validate(): every field of the call checked against its limits, as Customer.io documents them
// (https://docs.customer.io/journeys/invalid-api-requests; the Track OpenAPI document
// https://docs.customer.io/files/journeys-track.json).
#include "trackcall.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TrackCall", text);
}

qsizetype utf8Size(const QString &s)
{
    return s.toUtf8().size();
}

qsizetype compactSize(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).size();
}
} // namespace

namespace {
// Text that cannot be sent as typed: lone surrogates (they would be sent as '?') and control characters.
QString textProblem(const QString &field, const QString &text)
{
    if (!QStringView(text).isValidUtf16())
        return QCoreApplication::translate("TrackCall", "%1: contains an invalid character (a lone UTF-16 surrogate)")
            .arg(field);
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate("TrackCall",
                                               "%1: must not contain control characters such as "
                                               "line breaks or tabs")
                .arg(field);
    }
    return {};
}
} // namespace

namespace {
// A person's identifier: required, sendable text, no surrounding spaces, at most IdentifierBytes. As a
// path segment "." and ".." are refused too: HTTP clients and servers resolve them, so the call would
// reach another endpoint (/api/v1/customers/../events is /api/v1/events).
QString identifierProblem(const QString &field, const QString &value, bool pathSegment)
{
    QString problem = textProblem(field, value);
    if (value.isEmpty())
        return tr("%1: must not be empty").arg(field);
    if (!problem.isEmpty())
        return problem;
    if (value != value.trimmed())
        return tr("%1: must not start or end with spaces").arg(field);
    if (pathSegment && (value == u"." || value == u".."))
        return tr("%1: \".\" and \"..\" cannot be sent as a path segment").arg(field);
    if (utf8Size(value) > TrackLimits::IdentifierBytes)
        return tr("%1: at most %2 bytes in UTF-8 (got %3)")
            .arg(field, QString::number(TrackLimits::IdentifierBytes), QString::number(utf8Size(value)));
    return {};
}

void checkTimestamp(const QString &field, qint64 value, qint64 now, QStringList *errors)
{
    if (value < 0) {
        *errors << tr("%1: must be Unix seconds, not negative (got %2)").arg(field, QString::number(value));
    } else if (value >= TrackLimits::MillisecondsFrom && value / 1000 >= TrackLimits::MillisecondsReadAsFrom
               && value / 1000 <= now + TrackLimits::FutureSlackSeconds) {
        *errors << tr("%1: %2 looks like milliseconds; Unix seconds would be %3")
                       .arg(field, QString::number(value), QString::number(value / 1000));
    } else if (value > now + TrackLimits::FutureSlackSeconds) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(value, Qt::UTC);
        *errors << tr("%1: %2 is %3 (UTC), more than a day in the future; expected Unix seconds")
                       .arg(field, QString::number(value),
                            at.isValid() && at.date().year() <= 9999 ? at.toString(Qt::ISODate)
                                                                     : tr("beyond year 9999"));
    }
}

// A timestamp inside JSON: a whole number of Unix seconds (QJsonValue::toInteger() would read 1.5, 1e300
// or -0.5 as 0).
void checkJsonTimestamp(const QString &field, const QJsonValue &value, qint64 now, QStringList *errors)
{
    if (!value.isDouble()) {
        *errors << tr("%1: must be a number of Unix seconds").arg(field);
        return;
    }
    const double d = value.toDouble();
    if (d != std::floor(d) || !std::isfinite(d)) {
        *errors << tr("%1: must be a whole number of Unix seconds (got %2)").arg(field, QString::number(d, 'g', 17));
        return;
    }
    if (std::fabs(d) >= 9.0e15) { // beyond what a double holds exactly; milliseconds of year 285,000+
        *errors << tr("%1: %2 is far too large for Unix seconds").arg(field, QString::number(d, 'g', 17));
        return;
    }
    checkTimestamp(field, qint64(d), now, errors);
}

// Person or device attributes; `where` ("" or "batch[2]: ") is put before each message.
void checkAttributes(const QString &where, const QJsonObject &attributes, qint64 now, QStringList *errors)
{
    if (attributes.size() > TrackLimits::AttributesPerCall)
        *errors << where
                + tr("Attributes: at most %1 per call (got %2)")
                      .arg(QString::number(TrackLimits::AttributesPerCall), QString::number(attributes.size()));
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
        if (it.key().trimmed().isEmpty())
            *errors << where + tr("Attribute name: must not be empty");
        if (utf8Size(it.key()) > TrackLimits::AttributeNameBytes)
            *errors << where
                    + tr("Attribute name \"%1…\": at most %2 bytes in UTF-8 (got %3)")
                          .arg(it.key().left(20), QString::number(TrackLimits::AttributeNameBytes),
                               QString::number(utf8Size(it.key())));
        QByteArray value;
        if (it.value().isString())
            value = it.value().toString().toUtf8();
        else if (it.value().isObject() || it.value().isArray())
            value = QJsonDocument::fromVariant(it.value().toVariant()).toJson(QJsonDocument::Compact);
        if (value.size() > TrackLimits::AttributeValueBytes)
            *errors << where
                    + tr("Attribute \"%1\": value at most %2 bytes in UTF-8 (got %3)")
                          .arg(it.key().left(40), QString::number(TrackLimits::AttributeValueBytes),
                               QString::number(value.size()));
        if (it.key() == u"created_at" && it.value().isDouble())
            checkJsonTimestamp(where + tr("Attribute \"created_at\""), it.value(), now, errors);
    }
}

void checkEventName(const QString &field, const QString &name, QStringList *errors)
{
    const QString problem = textProblem(field, name);
    if (!problem.isEmpty())
        *errors << problem;
    else if (name.trimmed().isEmpty())
        *errors << tr("%1: must not be blank").arg(field);
    else if (utf8Size(name) > TrackLimits::EventNameBytes)
        *errors << tr("%1: at most %2 bytes in UTF-8 (got %3)")
                       .arg(field, QString::number(TrackLimits::EventNameBytes), QString::number(utf8Size(name)));
}

// One Track v2 operation: {type, identifiers, action, attributes?, name?, timestamp?} (Track OpenAPI document,
// /api/v2/entity). `where` is "" for /entity and "batch[i]: " for an operation of /batch; fields are named by JSON
// path.
void checkV2Operation(const QString &where, const QJsonValue &value, qint64 now, QStringList *errors)
{
    if (!value.isObject()) {
        *errors << where
                + tr("must be a JSON object such as {\"type\": \"person\", \"identifiers\": {\"id\": "
                     "\"42\"}, \"action\": \"identify\"}");
        return;
    }
    const QJsonObject op = value.toObject();
    static const QStringList types = {QStringLiteral("person"), QStringLiteral("object"), QStringLiteral("delivery")};
    if (!types.contains(op.value(u"type").toString()))
        *errors << where + tr("type: must be \"person\", \"object\" or \"delivery\"");
    const QString action = op.value(u"action").toString();
    if (action.trimmed().isEmpty())
        *errors << where + tr("action: must be a non-empty string such as \"identify\" or \"event\"");
    const QJsonValue identifiers = op.value(u"identifiers");
    if (!identifiers.isObject() || identifiers.toObject().isEmpty()) {
        *errors << where + tr("identifiers: must be an object with at least one identifier, e.g. {\"id\": \"42\"}");
    } else {
        const QJsonObject ids = identifiers.toObject();
        for (auto it = ids.constBegin(); it != ids.constEnd(); ++it) {
            const QString field = where + QStringLiteral("identifiers.") + it.key();
            if (it.value().isString()) {
                const QString problem = identifierProblem(field, it.value().toString(), false);
                if (!problem.isEmpty())
                    *errors << problem;
            } else if (!it.value().isDouble()) {
                *errors << tr("%1: must be a string or a number").arg(field);
            }
        }
    }
    if (op.contains(u"attributes")) {
        if (op.value(u"attributes").isObject())
            checkAttributes(where, op.value(u"attributes").toObject(), now, errors);
        else
            *errors << where + tr("attributes: must be a JSON object");
    }
    if (action == u"event" || action == u"page" || action == u"screen" || op.contains(u"name"))
        checkEventName(where + QStringLiteral("name"), op.value(u"name").toString(), errors);
    if (op.contains(u"timestamp"))
        checkJsonTimestamp(where + QStringLiteral("timestamp"), op.value(u"timestamp"), now, errors);
    const qsizetype size = compactSize(op);
    if (size > TrackLimits::V2RequestBytes)
        *errors << where
                + tr("operation: at most %1 bytes of JSON (got %2)")
                      .arg(QString::number(TrackLimits::V2RequestBytes), QString::number(size));
}
} // namespace

QStringList TrackCall::validate() const
{
    return validate(QDateTime::currentSecsSinceEpoch());
}

QStringList TrackCall::validate(qint64 nowSecs) const
{
    QStringList errors;
    const auto add = [&errors](const QString &problem) {
        if (!problem.isEmpty())
            errors << problem;
    };
    if (needsIdentifier()) {
        const QString field = kind == CallKind::Merge ? tr("Primary person") : tr("Identifier");
        add(identifierProblem(field, identifier, kind != CallKind::Merge));
    }
    switch (kind) {
    case CallKind::Region:
    case CallKind::AppKeyCheck:
    case CallKind::DeletePerson:
    case CallKind::Suppress:
    case CallKind::Unsuppress:
        break;
    case CallKind::Identify:
        checkAttributes(QString(), attributes, nowSecs, &errors);
        break;
    case CallKind::Event:
    case CallKind::PageView:
    case CallKind::ScreenView:
    case CallKind::AnonymousEvent: {
        if (kind == CallKind::AnonymousEvent) {
            if (anonymousId.trimmed().isEmpty())
                errors << tr("Anonymous ID: must not be empty");
            else if (!textProblem(tr("Anonymous ID"), anonymousId).isEmpty())
                add(textProblem(tr("Anonymous ID"), anonymousId));
            else if (anonymousId != anonymousId.trimmed())
                errors << tr("Anonymous ID: must not start or end with spaces");
        }
        const QString field = kind == CallKind::PageView ? tr("Page URL")
            : kind == CallKind::ScreenView               ? tr("Screen name")
                                                         : tr("Event name");
        checkEventName(field, name, &errors);
        const qsizetype dataSize = compactSize(data);
        if (!data.isEmpty() && dataSize > TrackLimits::EventDataBytes)
            errors << tr("Event data: at most %1 bytes of JSON (got %2)")
                          .arg(QString::number(TrackLimits::EventDataBytes), QString::number(dataSize));
        if (timestamp)
            checkTimestamp(tr("Timestamp"), *timestamp, nowSecs, &errors);
        break;
    }
    case CallKind::AddDevice:
    case CallKind::DeleteDevice: {
        const QString problem = textProblem(tr("Device ID"), deviceId);
        if (deviceId.trimmed().isEmpty())
            errors << tr("Device ID: must not be empty");
        else if (!problem.isEmpty())
            errors << problem;
        else if (deviceId != deviceId.trimmed())
            errors << tr("Device ID: must not start or end with spaces");
        else if (kind == CallKind::DeleteDevice && (deviceId == u"." || deviceId == u".."))
            errors << tr("Device ID: \".\" and \"..\" cannot be sent as a path segment");
        if (kind == CallKind::AddDevice) {
            if (platform != u"ios" && platform != u"android")
                errors << tr("Platform: must be \"ios\" or \"android\" (got \"%1\")").arg(platform.left(20));
            checkAttributes(tr("Device: "), attributes, nowSecs, &errors);
            if (timestamp)
                checkTimestamp(tr("Last used"), *timestamp, nowSecs, &errors);
        }
        break;
    }
    case CallKind::Merge:
        add(identifierProblem(tr("Secondary person"), secondaryIdentifier, false));
        if (!identifier.isEmpty() && identifier == secondaryIdentifier)
            errors << tr("Secondary person: must differ from the primary person");
        break;
    case CallKind::Entity: {
        checkV2Operation(QString(), data, nowSecs, &errors);
        break;
    }
    case CallKind::Batch: {
        const QJsonValue batch = data.value(u"batch");
        if (!batch.isArray() || batch.toArray().isEmpty()) {
            errors << tr("batch: must be a non-empty array of operations, e.g. {\"batch\": [{\"type\": \"person\", "
                         "\"identifiers\": {\"id\": \"42\"}, \"action\": \"identify\"}]}");
            break;
        }
        const QJsonArray operations = batch.toArray();
        for (qsizetype i = 0; i < operations.size(); ++i)
            checkV2Operation(QStringLiteral("batch[%1]: ").arg(i), operations.at(i), nowSecs, &errors);
        const qsizetype size = compactSize(data);
        if (size > TrackLimits::V2BatchBytes)
            errors << tr("batch: at most %1 bytes of JSON per request (got %2)")
                          .arg(QString::number(TrackLimits::V2BatchBytes), QString::number(size));
        break;
    }
    }
    return errors;
}
