#include "processhygiene.h"

#include <cerrno>
#include <cstring>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace ProcessHygiene {

QString disableCoreDumps()
{
    QString problems;
    const rlimit none {0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        problems += QStringLiteral("setrlimit(RLIMIT_CORE): %1; ").arg(QString::fromLocal8Bit(std::strerror(errno)));
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        problems += QStringLiteral("prctl(PR_SET_DUMPABLE): %1; ").arg(QString::fromLocal8Bit(std::strerror(errno)));
    problems.chop(2);
    return problems;
}

} // namespace ProcessHygiene
