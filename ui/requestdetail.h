#pragma once

#include "requestrecord.h"

#include <QHash>
#include <QString>

// The detail pane's text for one log row, as HTML for a read-only monospace QTextEdit: warnings and the
// error first, then RequestInspection::sections() (every hop with status, duration and timing, each hop's
// header fields, Authorization only in its masked form, the bodies pretty-printed with their sizes).
// Every case-insensitive occurrence of highlight (the log's search text) is marked.
// Pure function of the record, which holds no secret.
// highlight: text marked wherever it appears (the log's search). hostNames: host labels to the names shown
// for them (HostNames::of()); the hops a name applies to are listed under the hops.
QString requestDetailHtml(const RequestRecord &record, const QString &highlight = {},
                          const QHash<QString, QString> &hostNames = {});

// JSON bodies indented for reading; anything else as text. Bodies above maxBytes are cut with a note.
QString prettyBody(const QByteArray &body, qsizetype maxBytes = 64 * 1024);
