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
    Date today;           // the demo's history ends on this day
    int historyYears = 6; // entries spread over this many years up to today
};

// Throws std::invalid_argument when today is not a date, participants is negative or
// historyYears is not 1 to 50.
InterchangeData generateDemo(const DemoOptions& options);

} // namespace parcours
