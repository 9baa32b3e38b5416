// Looking up a key built while counting.
#include "consolidation/IndicatorKeys.h"

namespace parcours {

CountKey CountKey::of(std::string_view path)
{
    if (const std::optional<CountKey> key = find(path))
        return *key;
    throw std::logic_error("The consolidation has no count " + std::string(path) + " (kCountKeys).");
}

CountKey KeyGroup::operator[](std::string_view code) const
{
    for (const CountKey key : keys()) {
        if (key.path().substr(m_prefix.size() + 1) == code)
            return key;
    }
    throw std::logic_error("The consolidation has no count " + std::string(m_prefix) + "." + std::string(code)
                           + " (kCountKeys).");
}

} // namespace parcours
