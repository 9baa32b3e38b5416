// Random (version 4) UUIDs for the stable identity of rows across databases.
#pragma once

#include <string>

namespace parcours {

std::string newUuid(); // lower-case, 36 characters

} // namespace parcours
