#pragma once

#include "requestrecord.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

// Request log exports. None of them can carry a key: they are built from RequestRecord, which holds
// none, and Authorization is always rewritten as "Basic <site id>:•••" / "Bearer •••" (or, for curl,
// as a reference to $CIO_TRACK_API_KEY / $CIO_APP_API_KEY).
namespace LogExport {

enum class Format { Har, Jsonl };
// "har" or "jsonl"; nullopt otherwise.
std::optional<Format> formatFromName(const QString &name);

// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/): one entry per hop, so a call redirected
// from the US host to the EU host is two entries, the first with its 301 and redirectURL. Every field
// the spec marks required is present; sizes not known are -1 as the spec allows. Extra fields start
// with '_' (spec: custom fields): _callId, _hop, _workspace, _outcome, _error, _warnings.
QJsonArray harEntries(const RequestRecord &record);
// The whole document {"log":{"version":"1.2","creator":{...},"entries":[...]}}.
QJsonObject harLog(const QList<RequestRecord> &records);

// One call as one line of JSON (RequestRecord::toJson() plus id, site_id, authorization (masked),
// route_region, account_region and the request body), ending in '\n'.
QByteArray jsonlLine(const RequestRecord &record);

// A curl command that repeats the call's first request. The key is never written: Basic auth reads
// $CIO_TRACK_API_KEY, Bearer reads $CIO_APP_API_KEY, from the shell that runs the command.
QString curlCommand(const RequestRecord &record);

// Writes an export of any size to a device, one record at a time (memory stays flat at 1M calls).
class Writer
{
public:
    Writer(QIODevice *device, Format format);
    bool begin();
    bool add(const RequestRecord &record);
    bool finish();
    int count() const { return m_count; } // calls written
    QString errorString() const;

private:
    bool write(const QByteArray &bytes);

    QIODevice *m_device;
    Format m_format;
    int m_count = 0;
    int m_entries = 0;
    bool m_ok = true;
};

} // namespace LogExport
