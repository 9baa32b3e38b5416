// Progress of long commands on standard error, one line rewritten in place; silent with --quiet.
#pragma once

#include "interchange/Progress.h"

#include <iosfwd>
#include <string>

namespace parcours::cli {

class ProgressPrinter {
public:
    ProgressPrinter(std::ostream& err, bool quiet) : m_err(err), m_quiet(quiet) {}
    ~ProgressPrinter();

    Progress callback();

private:
    void show(std::string_view stage, std::size_t done, std::size_t total);

    std::ostream& m_err;
    bool m_quiet;
    bool m_shown = false;
    std::string m_lastLine;
};

} // namespace parcours::cli
