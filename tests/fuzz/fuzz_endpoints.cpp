// libFuzzer target: the CIO_CONSOLE_ENDPOINTS file parser. Whatever it accepts must be an allow-list
// of absolute https URLs or loopback http URLs.
#include "endpointtable.h"

#include <QHostAddress>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    EndpointTable table;
    QString error;
    if (!EndpointTable::fromJson(json, &table, &error))
        return 0;
    for (Region region : {Region::Us, Region::Eu}) {
        for (const QUrl &url : {table.trackUrl(region), table.appUrl(region)}) {
            if (url.isRelative() || url.host().isEmpty() || !table.isAllowed(url))
                __builtin_trap();
            const bool loopback = url.host() == u"localhost" || QHostAddress(url.host()).isLoopback();
            if (url.scheme() != u"https" && !(url.scheme() == u"http" && loopback))
                __builtin_trap();
        }
    }
    return 0;
}
