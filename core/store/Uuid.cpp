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

} // namespace parcours
