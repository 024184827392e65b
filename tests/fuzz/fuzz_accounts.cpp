// libFuzzer target: the sandbox's accounts file parser.
#include "sandboxserver.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<SandboxAccount> accounts;
    QString error;
    if (SandboxServer::accountsFromJson(json, &accounts, &error)) {
        for (const SandboxAccount &account : accounts) {
            if ((account.region != u"us" && account.region != u"eu") || account.workspaces.isEmpty())
                __builtin_trap();
        }
    }
    return 0;
}
