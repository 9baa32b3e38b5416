// The relations and bounds of the public profile, version 2, written as the spec lists them.
#include "consolidation/PublicRelations.h"

#include <algorithm>

namespace parcours {

namespace {

// whole = the sum of the counts of `group` (every count directly under it, in the file's order).
CountRelation sumOfGroup(int number, CountKey whole, const KeyGroup& group)
{
    CountRelation relation{number, {{whole}}};
    for (const CountKey part : group.keys())
        relation.members.push_back({part});
    return relation;
}

CountRelation sumOf(int number, CountKey whole, std::initializer_list<RelationMember> parts)
{
    CountRelation relation{number, {{whole}}};
    relation.members.insert(relation.members.end(), parts.begin(), parts.end());
    return relation;
}

std::vector<CountRelation> makeRelations()
{
    return {
        sumOf(1, "stock.entries", {{"entries.total"}}),
        sumOf(2, "stock.exits", {{"exits.total"}}),
        sumOf(3, "stock.present", {{"stock.in_parcours_start"}, {"stock.entries"}}),
        sumOf(4, "stock.in_parcours_end", {{"stock.present"}, {"stock.exits", -1}}),
        sumOfGroup(5, "entries.total", KeyGroup("entries.sex")),
        sumOfGroup(6, "entries.total", KeyGroup("entries.age")),
        sumOfGroup(7, "entries.total", KeyGroup("entries.education")),
        sumOf(8, "exits.total", {{"exits.positive.total"}, {"exits.sans_suite.total"}}),
        sumOf(9, "exits.positive.total",
              {{"exits.positive.emploi_durable"},
               {"exits.positive.formation_qualifiante"},
               {"exits.positive.autre_positive"}}),
        sumOf(10, "exits.sans_suite.total",
              {{"exits.sans_suite.abandon"},
               {"exits.sans_suite.demenagement_deces_retraite"},
               {"exits.sans_suite.autre"}}),
        sumOfGroup(11, "exits.positive.emploi_durable", KeyGroup("exits.job.contract")),
        sumOfGroup(12, "exits.positive.emploi_durable", KeyGroup("exits.job.employer")),
        sumOfGroup(13, "exits.positive.emploi_durable", KeyGroup("exits.job.naf")),
        sumOf(14, "exits.total", {{"exits.by_group.F.exits"}, {"exits.by_group.M.exits"}, {"exits.by_group.X.exits"}}),
        sumOf(15, "exits.positive.total",
              {{"exits.by_group.F.positive"}, {"exits.by_group.M.positive"}, {"exits.by_group.X.positive"}}),
        sumOfGroup(16, "steps.total", KeyGroup("steps.type")),
        sumOfGroup(17, "steps.type.iae", KeyGroup("steps.iae")),
    };
}

std::vector<CountBound> makeBounds()
{
    std::vector<CountBound> bounds;
    for (const CountKey part : KeyGroup("entries.public").keys())
        bounds.push_back({part, "entries.total"});
    bounds.push_back({"entries.qpv", "entries.total"});
    for (const ExitGroup& group : kExitGroups) {
        bounds.push_back({group.positive, group.exits});
        bounds.push_back({group.exits, "exits.total"});
        bounds.push_back({group.positive, "exits.positive.total"});
    }
    return bounds;
}

} // namespace

bool CountRelation::contains(CountKey key) const
{
    return std::any_of(members.begin(), members.end(), [key](const RelationMember& m) { return m.key == key; });
}

const std::vector<CountRelation>& countRelations()
{
    static const std::vector<CountRelation> relations = makeRelations();
    return relations;
}

const std::vector<CountBound>& countBounds()
{
    static const std::vector<CountBound> bounds = makeBounds();
    return bounds;
}

} // namespace parcours
