// Random (version 4) UUIDs from Boost.Uuid's random generator.
#include "store/Uuid.h"

#include <boost/uuid/random_generator.hpp>
#include <boost/uuid/uuid_io.hpp>

namespace parcours {

std::string newUuid()
{
    // One generator per thread: seeding it reads the system's entropy source, once.
    thread_local boost::uuids::random_generator generator;
    return boost::uuids::to_string(generator()); // lower-case hexadecimal
}

} // namespace parcours
