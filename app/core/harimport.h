#pragma once

#include "endpointtable.h"
#include "requestrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Reads a HAR 1.2 file (http://www.softwareishard.com/blog/har-12-spec/) — a browser's DevTools export or
// this console's own (LogExport) — into request log rows of an imported source (RequestRecord::source
// "har:<file name>", read-only: never replayed).
//
// - Only entries to Customer.io hosts (*.customer.io) and the endpoint table's hosts are imported; the
//   others (a page's scripts, images...) are counted in skipped().
// - Entries are taken in startedDateTime order. An entry whose request URL is the redirectURL (or
//   Location) of an earlier entry's 3xx answer is that call's next hop, so a redirect chain becomes one
//   call with its hops, as the console records them; every other entry starts a call.
// - Each hop keeps its header fields, its answer's body (content.text, base64 decoded when encoded so)
//   and its timing (timings: connect, wait, receive); a call gets its final status, the host that
//   handled it (and that host's region in the endpoint table given, else among Customer.io's own
//   hosts), its outcome (no answer: network error), and the same US-transit warning as a call the
//   console sent (first hop on the US host, answered by the EU host).
// - Secrets are masked on import (SecretMask, every spelling): the credentials of every Authorization
//   header in the file (a Basic pair, its user name kept as the Site ID; a Bearer token), and the values of
//   Authorization, Proxy-Authorization, Cookie and Set-Cookie fields. Nothing of a key is stored.
// - The call kind is read from the method and path (Track v1 and v2 paths, the region and App API calls);
//   a path the console does not know is filed by method (GET: region, DELETE: delete-person, PUT: identify,
//   otherwise event), and says so in a warning.
// Refused, with a message naming the file and the problem: a file over MaxBytes, not JSON, not a HAR
// (no log.entries), a version other than 1.1 or 1.2, no entry at all, no call to Customer.io.
class HarImport
{
public:
    static constexpr qint64 MaxBytes = 100LL * 1024 * 1024; // 100 MiB

    explicit HarImport(const EndpointTable &endpoints = EndpointTable());

    // Reads path (a regular file of at most MaxBytes). nullopt with errorString() on failure.
    std::optional<QList<RequestRecord>> readFile(const QString &path);
    // The same for bytes already read; sourceName: the file name the rows name.
    std::optional<QList<RequestRecord>> read(const QByteArray &har, const QString &sourceName);
    QString errorString() const { return m_error; }
    // Entries of the last read that went to other hosts than Customer.io's and the endpoint table's
    // (a browser's HAR holds the whole page): not imported.
    int skipped() const { return m_skipped; }

    // At a glance, which hosts the calls reached: one line per handling host, busiest first, e.g.
    // "EU · track-eu.customer.io: 12 call(s)", then "US transit: 3 call(s)" when any passed through the US.
    static QStringList summary(const QList<RequestRecord> &records);

private:
    Region regionOf(const QUrl &url) const; // in the table given, else among Customer.io's own hosts

    EndpointTable m_endpoints;
    EndpointTable m_customerIo; // the default table: Customer.io's hosts
    QString m_error;
    int m_skipped = 0;
};
