// Random (version 4) UUIDs from a Mersenne Twister seeded once per thread by the system's
// entropy source (Boost's plain random_generator asks the system for every UUID, which
// made them the slowest part of a large import).
#include "store/Uuid.h"

#include <boost/uuid/random_generator.hpp>
#include <boost/uuid/uuid_io.hpp>

namespace parcours {

std::string newUuid()
{
    thread_local boost::uuids::random_generator_mt19937 generator;
    return boost::uuids::to_string(generator()); // lower-case hexadecimal
}

bool isUuid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace parcours
