// A référent.e de parcours, and an opérateur (a structure that runs steps).
#pragma once

#include "domain/RecordIdentity.h"

#include <string>

namespace parcours {

struct Referent {
    RecordIdentity record;
    std::string name;
};

struct Operator {
    RecordIdentity record;
    std::string name;
};

} // namespace parcours
