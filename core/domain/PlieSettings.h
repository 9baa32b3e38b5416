// The PLIE's own identity, kept in its database.
#pragma once

#include <string>

namespace parcours {

struct PlieSettings {
    std::string name;
    std::string code;
};

} // namespace parcours
