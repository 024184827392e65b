#include "callproblem.h"

#include "callshape.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CallProblem)
};

QString number(qint64 value)
{
    return QString::number(value);
}

// The attribute a problem inside attributes is about: `key`, or for a Track v2 operation the name after
// "attributes."; null when the problem is not about an attribute.
QString attributeName(const CallProblem &p)
{
    if (p.field != CallFields::Body)
        return p.key;
    const QString prefix = QStringLiteral("attributes.");
    return p.key.startsWith(prefix) ? p.key.mid(prefix.size()) : QString();
}

// What the sentence is about: the field, an attribute, or a member of a Track v2 operation by its path.
QString subject(const CallProblem &p, const QString &fieldName)
{
    if (p.key.isEmpty())
        return fieldName;
    const QString attribute = attributeName(p);
    if (attribute.isNull())
        return p.key;
    return Text::tr("Attribute \"%1\"").arg(attribute);
}

bool isAboutAttributes(const CallProblem &p)
{
    switch (p.kind) {
    case CallProblem::Kind::TooManyAttributes:
    case CallProblem::Kind::EmptyAttributeName:
    case CallProblem::Kind::AttributeNameTooLong:
    case CallProblem::Kind::AttributeValueTooLong:
        return true;
    default:
        return !p.key.isEmpty();
    }
}

// Which operation of a /batch, or whose attributes, the sentence is about.
QString prefix(const CallProblem &p)
{
    if (p.item >= 0)
        return QStringLiteral("batch[%1]: ").arg(p.item);
    if (p.call == CallKind::AddDevice && p.field == CallFields::Attributes && isAboutAttributes(p))
        return Text::tr("Device: ");
    return {};
}

// "\"ios\" or \"android\"", "\"a\", \"b\" or \"c\"".
QString choicesText(const CallProblem &p)
{
    const CallField *field = callShape(p.call).field(p.field);
    QStringList quoted;
    for (const QString &choice : field ? field->choices : QStringList())
        quoted << u'"' + choice + u'"';
    if (quoted.size() < 2)
        return quoted.join(QString());
    const QString last = quoted.takeLast();
    return Text::tr("%1 or %2").arg(quoted.join(QStringLiteral(", ")), last);
}

QString sentence(const CallProblem &p, const QString &s)
{
    using Kind = CallProblem::Kind;
    switch (p.kind) {
    case Kind::Required:
        return Text::tr("%1: must not be empty").arg(s);
    case Kind::Blank:
        return Text::tr("%1: must not be blank").arg(s);
    case Kind::LoneSurrogate:
        return Text::tr("%1: contains an invalid character (a lone UTF-16 surrogate)").arg(s);
    case Kind::ControlCharacter:
        return Text::tr("%1: must not contain control characters such as line breaks or tabs").arg(s);
    case Kind::InvisibleCharacter:
        return Text::tr("%1: contains the invisible character %2 at position %3 (bidi controls, zero-width characters "
                        "and byte order marks change what is shown, not what is sent)")
            .arg(s, p.detail, QString::number(p.got));
    case Kind::SurroundingSpaces:
        return Text::tr("%1: must not start or end with spaces").arg(s);
    case Kind::DotSegment:
        return Text::tr("%1: \".\" and \"..\" cannot be sent as a path segment").arg(s);
    case Kind::TooLong:
        return Text::tr("%1: at most %2 bytes in UTF-8 (got %3)").arg(s, number(p.limit), number(p.got));
    case Kind::NotOneOf:
        return Text::tr("%1: must be %2 (got \"%3\")").arg(s, choicesText(p), p.detail);
    case Kind::SameAsPrimary:
        return Text::tr("%1: must differ from the primary person").arg(s);
    case Kind::TooManyItems:
        return Text::tr("%1: at most %2 entries (got %3)").arg(s, number(p.limit), number(p.got));
    case Kind::NotOneRespondent:
        return Text::tr("%1: must have one, and only one, of \"id\" or \"email\"").arg(s);
    case Kind::NotString:
        return Text::tr("%1: the field \"%2\" must be a string").arg(s, p.key);
    case Kind::NotUlid:
        return Text::tr("%1: must be a ULID, 26 letters and digits such as 01J9ZQ3V5K8W2X4Y6Z7A8B9C0D (got \"%2\")")
            .arg(s, p.detail);
    case Kind::InvalidJson:
        return Text::tr("%1: invalid JSON at line %2, column %3: %4")
            .arg(s, number(p.line), number(p.column), p.detail);
    case Kind::DuplicateKey:
        return Text::tr("%1: the key \"%2\" appears twice in one object (again at line %3, column %4); only one "
                        "of its values would be sent")
            .arg(s, p.detail, number(p.line), number(p.column));
    case Kind::NotJsonObject:
        return Text::tr("%1: must be a JSON object such as {\"plan\": \"pro\"}").arg(s);
    case Kind::TooLarge:
        return Text::tr("%1: at most %2 bytes of JSON (got %3)").arg(s, number(p.limit), number(p.got));
    case Kind::TooManyAttributes:
        return Text::tr("Attributes: at most %1 per call (got %2)").arg(number(p.limit), number(p.got));
    case Kind::EmptyAttributeName:
        return Text::tr("Attribute name: must not be empty");
    case Kind::AttributeNameTooLong:
        return Text::tr("Attribute name \"%1…\": at most %2 bytes in UTF-8 (got %3)")
            .arg(attributeName(p).left(20), number(p.limit), number(p.got));
    case Kind::AttributeValueTooLong:
        return Text::tr("Attribute \"%1\": value at most %2 bytes in UTF-8 (got %3)")
            .arg(attributeName(p).left(40), number(p.limit), number(p.got));
    case Kind::InvalidTimestamp:
        return Text::tr("%1: expected Unix seconds such as 1764403200 or an ISO 8601 date-time such as "
                        "2025-11-29T08:00:00Z (got \"%2\")")
            .arg(s, p.detail);
    case Kind::NegativeTimestamp:
        return Text::tr("%1: must be Unix seconds, not negative (got %2)").arg(s, number(p.got));
    case Kind::Milliseconds:
        return Text::tr("%1: %2 looks like milliseconds; Unix seconds would be %3")
            .arg(s, number(p.got), number(p.got / 1000));
    case Kind::FarFuture: {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(p.got, Qt::UTC);
        return Text::tr("%1: %2 is %3 (UTC), more than a day in the future; expected Unix seconds")
            .arg(s, number(p.got),
                 at.isValid() && at.date().year() <= 9999 ? at.toString(Qt::ISODate) : Text::tr("beyond year 9999"));
    }
    case Kind::NotSeconds:
        return Text::tr("%1: must be a number of Unix seconds").arg(s);
    case Kind::NotWholeSeconds:
        return Text::tr("%1: must be a whole number of Unix seconds (got %2)").arg(s, p.detail);
    case Kind::FarTooLarge:
        return Text::tr("%1: %2 is far too large for Unix seconds").arg(s, p.detail);
    case Kind::NotAnOperation:
        return Text::tr("must be a JSON object such as {\"type\": \"person\", \"identifiers\": {\"id\": \"42\"}, "
                        "\"action\": \"identify\"}");
    case Kind::UnknownEntityType:
        return Text::tr("type: must be \"person\", \"object\" or \"delivery\"");
    case Kind::MissingAction:
        return Text::tr("action: must be a non-empty string such as \"identify\" or \"event\"");
    case Kind::MissingIdentifiers:
        return Text::tr("identifiers: must be an object with at least one identifier, e.g. {\"id\": \"42\"}");
    case Kind::NotStringOrNumber:
        return Text::tr("%1: must be a string or a number").arg(s);
    case Kind::AttributesNotObject:
        return Text::tr("attributes: must be a JSON object");
    case Kind::EmptyBatch:
        return Text::tr("batch: must be a non-empty array of operations, e.g. {\"batch\": [{\"type\": \"person\", "
                        "\"identifiers\": {\"id\": \"42\"}, \"action\": \"identify\"}]}");
    case Kind::OperationTooLarge:
        return Text::tr("operation: at most %1 bytes of JSON (got %2)").arg(number(p.limit), number(p.got));
    case Kind::BatchTooLarge:
        return Text::tr("batch: at most %1 bytes of JSON per request (got %2)").arg(number(p.limit), number(p.got));
    case Kind::NoPersonId:
        return Text::tr("a user ID or an anonymous ID is required (userId or anonymousId)");
    case Kind::NotIsoTimestamp:
        return Text::tr("%1: expected an ISO 8601 date-time with a time zone, such as 2025-11-29T08:00:00Z or "
                        "2025-11-29T09:00:00+01:00 (got \"%2\")")
            .arg(s, p.detail);
    case Kind::CallTooLarge:
        return Text::tr("call: at most %1 bytes of JSON (got %2). Customer.io allows 32 KB per call and answers 200 "
                        "while it drops a larger one; its clients read 32 KB as 32,000 or as 32,768 bytes, and the "
                        "smaller reading passes under either")
            .arg(number(p.limit), number(p.got));
    case Kind::PipelinesBatchTooLarge:
        return Text::tr("batch: at most %1 bytes of JSON per request (got %2). Customer.io allows 500 KB per batch "
                        "and answers 200 while it drops a larger one; the smaller reading of 500 KB passes under "
                        "either")
            .arg(number(p.limit), number(p.got));
    case Kind::NotACall:
        return Text::tr("must be a JSON object such as {\"type\": \"track\", \"userId\": \"42\", \"event\": "
                        "\"Course Started\"}");
    case Kind::UnknownCallType:
        return Text::tr("type: must be \"identify\", \"track\", \"page\", \"screen\", \"group\" or \"alias\" "
                        "(got \"%1\")")
            .arg(p.detail);
    case Kind::EmptyPipelinesBatch:
        return Text::tr("batch: must be a non-empty array of calls, e.g. {\"batch\": [{\"type\": \"track\", "
                        "\"userId\": \"42\", \"event\": \"Course Started\"}]}");
    case Kind::NotWholeNumber:
        return Text::tr("%1: must be a whole number from 1 (got \"%2\")").arg(s, p.detail);
    }
    return s;
}
} // namespace

QString describeProblem(const CallProblem &problem, const QString &fieldName)
{
    return prefix(problem) + sentence(problem, subject(problem, fieldName));
}

QString describeProblem(const CallProblem &problem)
{
    const CallField *field = callShape(problem.call).field(problem.field);
    return describeProblem(problem, field ? field->label() : problem.field);
}

QStringList describeProblems(const QList<CallProblem> &problems)
{
    QStringList sentences;
    for (const CallProblem &p : problems)
        sentences << describeProblem(p);
    return sentences;
}
