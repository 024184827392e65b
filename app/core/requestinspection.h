#pragma once

#include "requestrecord.h"

#include <QList>
#include <QString>

// What the log's detail shows of one call, as titled sections of plain text, so that the window's detail
// pane (ui/requestdetail) and `cio-console log show` show the same: the facts of the call (workspace,
// start with date, time and UTC offset, outcome, handling host), every hop with its status, duration and
// timing, each hop's request and response header fields and the body of every answer before the last
// (a redirect's "wrong datacenter"), then the request body and the final answer.
//
// Authorization appears only as maskedAuthorization(record), whatever a hop's header list holds. Bodies
// are shown through OutsideText::displayText() (no control character reaches a terminal). Pure functions
// of the record, which holds no secret.
struct InspectionSection
{
    enum class Kind { Facts, Hops, Headers, Body };
    Kind kind = Kind::Facts;
    QString title; // empty for the facts
    QString text;
};

namespace RequestInspection {

QList<InspectionSection> sections(const RequestRecord &record);
// The whole detail as text for a terminal: warnings, error, then each section titled and indented.
QString plainText(const RequestRecord &record);
// JSON bodies indented for reading; anything else as text. Bodies above maxBytes are cut with a note.
QString prettyBody(const QByteArray &body, qsizetype maxBytes = 64 * 1024);
// startedAt as the detail shows it: local date and time with milliseconds and the UTC offset,
// e.g. "2026-12-07 04:12:09.120 (UTC+01:00)".
QString fullTime(const QDateTime &at);

// A duration as people read it: "85 ms", or "10.0 s" from a second on, in the locale's digits.
QString durationText(qint64 ms);

} // namespace RequestInspection
