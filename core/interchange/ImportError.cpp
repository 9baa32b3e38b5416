// The text form of an import error.
#include "interchange/ImportError.h"

namespace parcours {

std::string ImportError::text() const
{
    std::string out = file;
    if (line > 0)
        out += ':' + std::to_string(line);
    out += ": ";
    if (!column.empty())
        out += column + ": ";
    return out + message;
}

} // namespace parcours
