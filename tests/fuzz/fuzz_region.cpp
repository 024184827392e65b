// libFuzzer target: the region response parser and Customer.io error bodies (outside input).
#include "regiondetector.h"
#include "trackclient.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    RegionInfo info;
    QString error;
    if (parseRegionResponse(body, &info, &error)) {
        if (info.region == Region::Unknown)
            __builtin_trap(); // a successful parse always names a region
    } else if (info.region != Region::Unknown) {
        __builtin_trap(); // a failed parse never claims a region
    }
    (void)customerIoErrorMessage(body);
    return 0;
}
