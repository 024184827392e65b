// libFuzzer target: the sandbox's request checks (bodies and identifiers as sent by any client) and
// its fault grammar, which must round-trip (parse, print, parse again, same fault).
#include "sandboxfault.h"
#include "sandboxrules.h"

#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonObject body;
    if (SandboxRules::parseObjectBody(bytes, true, &body).isEmpty()) {
        (void)SandboxRules::identifyError(body);
        (void)SandboxRules::eventError(body);
        (void)SandboxRules::deviceError(body);
        QString primary;
        QString secondary;
        (void)SandboxRules::mergeError(body, &primary, &secondary);
        (void)SandboxRules::transactionalError(body);
    }
    const QString text = QString::fromUtf8(bytes);
    (void)SandboxRules::identifierError(text);

    SandboxFault fault;
    QString error;
    if (SandboxFault::fromSpec(text, &fault, &error)) {
        SandboxFault again;
        if (!SandboxFault::fromSpec(fault.toSpec(), &again, &error) || again != fault)
            __builtin_trap();
    }
    return 0;
}
