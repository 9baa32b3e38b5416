// The public profile of consolidation.md: which counts and rates a document anyone may read hides.
#pragma once

#include "consolidation/ConsolidationReport.h"

#include <array>
#include <string>
#include <vector>

namespace parcours {

// French official statistics hide cells under 11 for data on individuals; below 5 is refused.
inline constexpr int kDefaultPublicThreshold = 11;
inline constexpr int kMinimumPublicThreshold = 5;

// The breakdown objects of the complementary rule, in the spec's order.
inline constexpr std::array<KeyGroup, 20> kPublicProfileBreakdowns{
    "entries.sex",        "entries.age",         "entries.education",   "entries.public",
    "exits.positive",     "exits.sans_suite",    "exits.job.contract",  "exits.job.employer",
    "exits.job.naf",      "exits.by_group.F",    "exits.by_group.M",    "exits.by_group.X",
    "exits.by_group.rsa", "exits.by_group.deld", "exits.by_group.rqth", "exits.by_group.sans_qualification",
    "steps.type",         "steps.iae",           "freins.identified",   "freins.lifted",
};

// The paths (dotted, as in the CSV form) of the counts and rates that the public profile with
// threshold `threshold` hides, sorted:
// - primary: every count from 1 to threshold - 1;
// - complementary, once per breakdown after the primary rule: when exactly one cell is hidden and
//   another cell is non-zero, the smallest other non-zero cell (the first in table order among equals);
// - every rate (rates.*, steps.per_participant) computed from a hidden count.
// Zero counts are never hidden. Throws std::invalid_argument when threshold < kMinimumPublicThreshold.
std::vector<std::string> publicSuppressions(const IndicatorTable& counts, int threshold);

} // namespace parcours
