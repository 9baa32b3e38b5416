// A realistic synthetic PLIE for trying Parcours and for benchmarks: valid by construction,
// in the national proportions of DOMAIN.md, the same data for the same seed and day.
#pragma once

#include "domain/Date.h"
#include "interchange/InterchangeData.h"

#include <cstdint>

namespace parcours {

struct DemoOptions {
    int participants = 300;
    std::uint64_t seed = 1;
    Date today;  // the demo's history ends on this day
};

InterchangeData generateDemo(const DemoOptions& options);

} // namespace parcours
