#pragma once

#include <QString>

// What a process that holds API keys in memory does first: it never leaves a core dump behind (a dump
// would hold the keys, readable by whoever reads the dump directory or the crash reporter's files).
namespace ProcessHygiene {

// Sets the core file size limit to 0, soft and hard (setrlimit(2) RLIMIT_CORE), and marks the process
// not dumpable (prctl(2) PR_SET_DUMPABLE 0), which also stops a core_pattern pipe to a crash handler and
// attaching a debugger to the running process. Returns an empty string, or why a step failed; the
// process goes on either way.
QString disableCoreDumps();

} // namespace ProcessHygiene
