// Rewrites one progress line on standard error with a carriage return.
#include "ProgressPrinter.h"

#include <ostream>

namespace parcours::cli {

ProgressPrinter::~ProgressPrinter()
{
    if (m_shown)
        m_err << '\n' << std::flush;
}

Progress ProgressPrinter::callback()
{
    if (m_quiet)
        return {};
    return [this](std::string_view stage, std::size_t done, std::size_t total) { show(stage, done, total); };
}

void ProgressPrinter::show(std::string_view stage, std::size_t done, std::size_t total)
{
    const std::size_t percent = total == 0 ? 100 : done * 100 / total;
    std::string line = std::string(stage) + " : " + std::to_string(percent) + " %";
    if (line == m_lastLine)
        return;
    // Pad with spaces so that a shorter line hides the end of the longer one before it.
    const std::size_t width = std::max(line.size(), m_lastLine.size());
    m_lastLine = line;
    line.resize(width, ' ');
    m_err << '\r' << line << std::flush;
    m_shown = true;
}

} // namespace parcours::cli
