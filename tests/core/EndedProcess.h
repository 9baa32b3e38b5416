// The id of a process that has ended: forked, exited and waited for, so that it no longer runs.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>

namespace parcours::test {

inline std::int64_t endedProcessId()
{
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    int status = 0;
    waitpid(child, &status, 0);
    return child;
}

} // namespace parcours::test
