// The text form of an import error, and the cap on the errors kept.
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

void ImportErrors::push_back(ImportError error)
{
    ++m_total;
    if (m_kept.size() < kKept)
        m_kept.push_back(std::move(error));
}

void ImportErrors::clear()
{
    m_kept.clear();
    m_total = 0;
}

std::string ImportErrors::unlistedText() const
{
    const std::size_t n = unlisted();
    if (n == 0)
        return {};
    if (n == 1)
        return "… et 1 autre erreur, non listée.";
    return "… et " + std::to_string(n) + " autres erreurs, non listées.";
}

} // namespace parcours
