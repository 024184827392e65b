#pragma once

#include "requestrecord.h"

#include <QList>
#include <QString>

// Two calls side by side (the window's Compare, `cio-console log diff ID ID`): the request (workspace,
// call, method, path, route, Authorization masked), every hop (URL, status, duration, each header field by
// name) and the bodies (pretty-printed, line by line, aligned on their longest common run of lines), each
// row marked when the two sides differ. Pure function of two records, which hold no secret.
struct DiffRow
{
    QString section; // "Request", "Hop 1", "Hop 1 request headers", "Request body", "Response body"...
    QString field; // "status", a header's name, or a body line's number
    QString left;
    QString right;
    bool differs = false;
};

namespace CallDiff {

// Bodies are compared up to MaxBodyLines lines each; the rest is one row saying how many lines were left out.
constexpr int MaxBodyLines = 2000;

QList<DiffRow> compare(const RequestRecord &left, const RequestRecord &right);
// For a terminal: a header naming both calls, then one line per row, "≠" before the rows that differ.
QString plainText(const RequestRecord &left, const RequestRecord &right, const QList<DiffRow> &rows);
// How many rows differ.
int differences(const QList<DiffRow> &rows);

} // namespace CallDiff
