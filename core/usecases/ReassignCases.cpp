// Reassigning: each chosen person's current pathway is loaded, given the référent.e, written back.
#include "usecases/ReassignCases.h"

#include "domain/Rules.h"
#include "store/ParticipantRepository.h"
#include "store/PathwayRepository.h"
#include "store/ReferentRepository.h"
#include "usecases/ParticipantCases.h"
#include "usecases/UseCase.h"

#include <set>
#include <string>

namespace parcours {

Change reassignParticipants(Database& db, const Clock& clock, const std::vector<RowId>& participantIds,
                            RowId referentId)
{
    return inOneTransaction(db, [&] {
        if (!ReferentRepository(db, clock).find(referentId))
            throw RuleError(Violations{{"referent_id", "Ce ou cette référent.e n'existe pas."}});
        ParticipantRepository participants(db, clock);
        PathwayRepository pathways(db, clock);
        std::set<RowId> done; // a person chosen twice moves once
        for (const RowId participantId : participantIds) {
            if (!done.insert(participantId).second)
                continue;
            if (!participants.find(participantId))
                throw RuleError(Violations{{"participant_id", "La ou le participant.e n°"
                                                                  + std::to_string(participantId) + " n'existe pas."}});
            std::optional<Pathway> pathway = currentPathway(db, participantId);
            if (!pathway || pathway->referentId == referentId)
                continue;
            pathway->referentId = referentId;
            pathways.update(*pathway);
        }
    });
}

} // namespace parcours
