// Random (version 4) UUIDs for the stable identity of rows across databases.
#pragma once

#include <string>
#include <string_view>

namespace parcours {

std::string newUuid(); // lower-case, 36 characters
// 36 characters, lower-case hexadecimal digits and dashes in the places of a UUID.
bool isUuid(std::string_view text);

} // namespace parcours
