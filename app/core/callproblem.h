#pragma once

#include "callkind.h"

#include <QList>
#include <QString>
#include <QStringList>

// One reason a call cannot be sent as composed: which field, what is wrong, the limit and what it got.
// Front ends place a problem by `field` (a CallFields id) and word it with describeProblem(); none decides
// anything by a problem's text.
struct CallProblem
{
    enum class Kind {
        // Text
        Required, // empty (an anonymous ID or a device ID: blank)
        Blank, // empty or only spaces (event name, page URL, screen name)
        LoneSurrogate, // contains a lone UTF-16 surrogate: it would be sent as '?'
        ControlCharacter, // contains a line break, a tab or another control character
        InvisibleCharacter, // contains a format character (Unicode category Cf): a bidi control, a zero-width
                            // character, a BOM, a soft hyphen; `detail`: "U+202E", `got`: its position (1-based)
        SurroundingSpaces, // starts or ends with spaces
        DotSegment, // "." or "..": resolved away when sent as a path segment
        TooLong, // more than `limit` UTF-8 bytes; `got` bytes
        NotOneOf, // not one of the field's choices (CallField::choices); `detail`: the value's first 20 characters
        SameAsPrimary, // merge: the secondary person is the primary person
        NotUlid, // an event ID that is not a ULID; `detail`: the value's first 30 characters
        TooManyItems, // a list: more than `limit` entries; `got` entries
        NotOneRespondent, // form fields without exactly one of "id" or "email"
        NotString, // a form field (`key`) whose value is not a string
        // JSON
        InvalidJson, // not JSON: at `line`, `column` (1-based, in characters); `detail`: the parser's reason
        DuplicateKey, // one object has the key `detail` twice; the second at `line`, `column` (1-based)
        NotJsonObject, // JSON, but not an object
        TooLarge, // more than `limit` bytes of compact JSON; `got` bytes
        TooManyAttributes, // more than `limit` attributes; `got` attributes
        EmptyAttributeName,
        AttributeNameTooLong, // `key`'s name has more than `limit` UTF-8 bytes; `got` bytes
        AttributeValueTooLong, // `key`'s value has more than `limit` UTF-8 bytes; `got` bytes
        // Timestamps: Unix seconds
        InvalidTimestamp, // neither Unix seconds nor ISO 8601; `detail`: the text's first 40 characters
        NegativeTimestamp, // `got`: the value
        Milliseconds, // `got` is almost surely milliseconds: Unix seconds would be got / 1000
        FarFuture, // `got` is more than a day ahead of this computer's clock; `limit`: the latest accepted
        NotSeconds, // in JSON: not a number
        NotWholeSeconds, // in JSON: a fraction, or not finite; `detail`: the number
        FarTooLarge, // in JSON: too large for a whole number of seconds; `detail`: the number
        // Track v2 bodies (https://docs.customer.io/api/track/, "v2")
        NotAnOperation, // a /batch item that is not a JSON object
        UnknownEntityType, // "type" is not "person", "object" or "delivery"
        MissingAction, // "action" is missing or blank
        MissingIdentifiers, // "identifiers" is not an object with at least one identifier
        NotStringOrNumber, // an identifier that is neither a string nor a number
        AttributesNotObject, // "attributes" is not a JSON object
        EmptyBatch, // "batch" is not a non-empty array
        OperationTooLarge, // one operation: more than `limit` bytes of compact JSON; `got` bytes
        BatchTooLarge, // the whole /batch request: more than `limit` bytes of compact JSON; `got` bytes
        // Pipelines API (https://docs.customer.io/files/pipelines.json)
        NoPersonId, // neither a userId nor an anonymousId (identify, track, page, screen, group; a /batch item)
        NotIsoTimestamp, // not an ISO 8601 date-time with a time zone; `detail`: the text's first 40 characters
        CallTooLarge, // one call (or /batch item): more than `limit` bytes of compact JSON; `got` bytes
        PipelinesBatchTooLarge, // the whole /batch request: more than `limit` bytes of compact JSON; `got` bytes
        NotACall, // a /batch item that is not a JSON object
        UnknownCallType, // a /batch item's "type" is not a call /batch takes; `detail`: its first 20 characters
        EmptyPipelinesBatch, // "batch" is not a non-empty array of calls
        NotWholeNumber, // not a whole number from 1; `detail`: the value's first 20 characters
    };

    CallKind call = CallKind::Region;
    QString field; // the field's id in the call's shape (CallFields::…)
    Kind kind = Kind::Required;
    int item = -1; // Track v2 and Pipelines /batch: the index of the operation or call in "batch"; -1 otherwise
    // Inside a JSON field: the attribute's name (attributes), or the member's path in the Track v2
    // operation ("identifiers.id", "name", "timestamp"; an attribute of it is "attributes.<name>") or in
    // the Pipelines /batch item ("event", "groupId", "timestamp").
    // Empty for the field itself.
    QString key;
    qint64 limit = 0;
    qint64 got = 0;
    QString detail;
    int line = 0;
    int column = 0;

    friend bool operator==(const CallProblem &a, const CallProblem &b)
    {
        return a.call == b.call && a.field == b.field && a.kind == b.kind && a.item == b.item && a.key == b.key
            && a.limit == b.limit && a.got == b.got && a.detail == b.detail && a.line == b.line && a.column == b.column;
    }
};

// The problem as one sentence that names the field by its label and states the limit and what it got:
// "Identifier: at most 150 bytes in UTF-8 (got 151)", "batch[1]: identifiers.id: must not be empty".
// Translated (context "CallProblem").
QString describeProblem(const CallProblem &problem);
// The same, naming the field `fieldName` instead ("--data: invalid JSON at line 1, column 6: …").
QString describeProblem(const CallProblem &problem, const QString &fieldName);
// describeProblem() of each, in order.
QStringList describeProblems(const QList<CallProblem> &problems);
