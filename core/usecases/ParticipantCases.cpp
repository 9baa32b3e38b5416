// A participant.e's file as a whole.
#include "usecases/ParticipantCases.h"

#include "store/ParticipantRepository.h"
#include "store/PathwayRepository.h"
#include "store/ReferentRepository.h"
#include "usecases/UseCase.h"

namespace parcours {

Change createParticipant(Database& db, const Clock& clock, Participant& participant, Pathway& firstPathway,
                         const std::string& referentName)
{
    return inOneTransaction(db, [&] {
        ParticipantRepository(db, clock).add(participant);
        firstPathway.participantId = participant.record.id;
        firstPathway.referentId = ReferentRepository(db, clock).findOrCreate(referentName).record.id;
        PathwayRepository(db, clock).add(firstPathway);
    });
}

Change editIdentity(Database& db, const Clock& clock, Participant& participant)
{
    return inOneTransaction(db, [&] { ParticipantRepository(db, clock).update(participant); });
}

Change openPathway(Database& db, const Clock& clock, Pathway& pathway)
{
    return inOneTransaction(db, [&] { PathwayRepository(db, clock).add(pathway); });
}

Change editPathway(Database& db, const Clock& clock, Pathway& pathway)
{
    return inOneTransaction(db, [&] { PathwayRepository(db, clock).update(pathway); });
}

Change deleteParticipant(Database& db, const Clock& clock, RowId participantId)
{
    return inOneTransaction(db, [&] { ParticipantRepository(db, clock).remove(participantId); });
}

std::optional<Pathway> currentPathway(Database& db, RowId participantId)
{
    const SystemClock readingClock; // only reads
    std::vector<Pathway> pathways = PathwayRepository(db, readingClock).forParticipant(participantId);
    if (pathways.empty())
        return std::nullopt;
    return std::move(pathways.back()); // by entry date: the latest
}

} // namespace parcours
