// The public profile of consolidation.md, version 2 of its rule: which counts and rates a
// document anyone may read hides, so that no hidden count can be computed back from what it shows.
#pragma once

#include "consolidation/ConsolidationReport.h"

#include <set>
#include <string>
#include <vector>

namespace parcours {

// French official statistics hide cells under 11 for data on individuals; below 5 is refused.
inline constexpr int kDefaultPublicThreshold = 11;
inline constexpr int kMinimumPublicThreshold = 5;
// The version of the rule, written in the file as "rule".
inline constexpr int kPublicProfileRule = 2;

// Why a value is hidden: what the application's preview says of it.
enum class HiddenBecause {
    UnderThreshold, // a count from 1 to k − 1
    Deducible,      // a count that could be computed back from the others (linked and audit steps)
    HiddenCount     // a rate computed from a hidden count
};

struct PublicSuppression {
    std::string path; // dotted, as in the CSV form
    HiddenBecause because;
};

// The whole rule with threshold `threshold`: primary, linked, audit until no hidden count is
// pinned, then the rates; sorted by path in byte order. Throws std::invalid_argument when
// threshold < kMinimumPublicThreshold.
std::vector<PublicSuppression> publicProfile(const IndicatorTable& counts, int threshold);
// Their paths only, as the file's "suppressed" array lists them.
std::vector<std::string> publicSuppressions(const IndicatorTable& counts, int threshold);

// The steps of the rule, each as the spec words it (publicProfile runs them in order).
// Primary: every count from 1 to threshold − 1; zero is never hidden.
std::set<CountKey> primarySuppressions(const IndicatorTable& counts, int threshold);
// Linked: while some relation has exactly one hidden member and a non-zero shown member, the
// first such relation hides its smallest non-zero shown member (the first among equals).
void hideLinkedCounts(const IndicatorTable& counts, std::set<CountKey>& hidden);
// Audit: while some hidden count is pinned, the first relation holding the first pinned count
// and a non-zero shown member hides its smallest non-zero shown member, then the linked step
// runs again. A count pinned with no such relation (by a bound whose other side is shown: all
// the year's positive exits were RSA recipients', say) hides that other side, the first such
// bound's; a count neither can cover passes to the next pinned one (see the README's decisions).
void hideUntilNothingPinned(const IndicatorTable& counts, std::set<CountKey>& hidden);

} // namespace parcours
