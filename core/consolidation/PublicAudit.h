// The audit of the public profile (version 2, consolidation.md): how far each hidden count can
// be computed back from the counts shown, the relations and the bounds, by linear programmes
// solved with GLPK.
#pragma once

#include "consolidation/ConsolidationReport.h"

#include <set>
#include <vector>

namespace parcours {

// The least and greatest value a hidden count can take (real-valued), given every shown count,
// the relations and the bounds (countRelations, countBounds, every count ≥ 0). `greatest` is
// infinite when nothing bounds it from above.
struct HiddenRange {
    CountKey key;
    double least = 0;
    double greatest = 0;

    // Greatest minus least under 0.5: the count is in effect published.
    bool pinned() const { return greatest - least < 0.5; }
};

// The range of each hidden count, in the order of the file's keys.
std::vector<HiddenRange> auditHiddenCounts(const IndicatorTable& counts, const std::set<CountKey>& hidden);

// The hidden counts that are pinned, in the order of the file's keys.
std::vector<CountKey> pinnedCounts(const IndicatorTable& counts, const std::set<CountKey>& hidden);

} // namespace parcours
