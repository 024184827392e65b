#pragma once

#include "requestrecord.h"

#include <QString>

// The detail pane's text for one log row, as HTML for a read-only monospace QTextEdit: warnings first,
// then the call, every hop with status and duration, the request headers (Authorization only in its
// masked form, record.authorization), the request and response bodies pretty-printed with their sizes, and
// the error.
// Pure function of the record, which holds no secret.
QString requestDetailHtml(const RequestRecord &record);

// JSON bodies indented for reading; anything else as text. Bodies above maxBytes are cut with a note.
QString prettyBody(const QByteArray &body, qsizetype maxBytes = 64 * 1024);
