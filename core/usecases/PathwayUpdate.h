// Shared by the use cases that change one pathway: the pathway loaded, changed by the case,
// written back through the repository (which checks the whole pathway and records its patch),
// in one transaction.
#pragma once

#include "domain/Clock.h"
#include "domain/Pathway.h"
#include "domain/Rules.h"
#include "store/PathwayRepository.h"
#include "usecases/UseCase.h"

#include <optional>
#include <string>

namespace parcours {

// Refuses the action with one French message about `field`.
[[noreturn]] inline void refuseField(const std::string& field, const std::string& message)
{
    throw RuleError(Violations{{field, message}});
}

// `change` may refuse (refuseField) before anything is written.
template <typename Edit>
Change updatePathway(Database& db, const Clock& clock, RowId pathwayId, Edit&& change)
{
    return inOneTransaction(db, [&] {
        PathwayRepository pathways(db, clock);
        std::optional<Pathway> pathway = pathways.find(pathwayId);
        if (!pathway)
            refuseField("parcours_id", "Ce parcours n'existe plus.");
        change(*pathway);
        pathways.update(*pathway);
    });
}

} // namespace parcours
