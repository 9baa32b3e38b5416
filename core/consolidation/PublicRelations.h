// What the public profile (version 2, consolidation.md) knows of the counts: the 17 equalities
// between them, in the spec's order, and the inequalities of a part and its whole.
#pragma once

#include "consolidation/IndicatorKeys.h"

#include <vector>

namespace parcours {

// One term of a relation: a count, added (+1) or taken away (−1).
struct RelationMember {
    CountKey key;
    int sign = 1;
};

// members[0] (the whole, sign +1) = the sum of sign × count of the other members. The members
// are in the order the spec writes them: the left side first, then the parts in the order of
// the file's keys.
struct CountRelation {
    int number = 0; // 1 to 17, as the spec numbers them
    std::vector<RelationMember> members;

    bool contains(CountKey key) const;
};

// A part never above its whole: part ≤ whole.
struct CountBound {
    CountKey part;
    CountKey whole;
};

// The 17 relations, in the spec's order.
const std::vector<CountRelation>& countRelations();
// The inequalities besides « every count is at least 0 »: entries.public.* and entries.qpv ≤
// entries.total; for each group g, by_group.g.positive ≤ by_group.g.exits, by_group.g.exits ≤
// exits.total and by_group.g.positive ≤ exits.positive.total.
const std::vector<CountBound>& countBounds();

} // namespace parcours
