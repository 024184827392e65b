#pragma once

#include "requestrecord.h"

#include <QHash>
#include <QString>

// The detail pane's text for one log row, as HTML for a read-only monospace QTextEdit: warnings first,
// then the call, every hop with status and duration, the request headers (Authorization only in its
// masked form, record.authorization), the request and response bodies pretty-printed with their sizes, and
// the error.
// Pure function of the record, which holds no secret.
// hostNames: host labels to the names shown for them (HostNames::of()); a hop to one of them says so.
QString requestDetailHtml(const RequestRecord &record, const QHash<QString, QString> &hostNames = {});

// JSON bodies indented for reading; anything else as text. Bodies above maxBytes are cut with a note.
QString prettyBody(const QByteArray &body, qsizetype maxBytes = 64 * 1024);
