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
            for (const SandboxWorkspace &workspace : account.workspaces) {
                // Every source parsed has a name and a key, and its key finds its workspace again.
                for (const SandboxPipelinesSource &source : workspace.pipelinesSources) {
                    if (source.name.isEmpty() || source.apiKey.isEmpty())
                        __builtin_trap();
                    const auto match = SandboxAccounts::findByPipelinesKey(accounts, source.apiKey);
                    if (!match || match->workspace.siteId != workspace.siteId)
                        __builtin_trap();
                }
            }
        }
    }
    return 0;
}
