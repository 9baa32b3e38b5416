// A participant.e's file as a whole.
#include "usecases/ParticipantCases.h"

#include "store/ParticipantRepository.h"
#include "store/PathwayRepository.h"
#include "store/PlieSettingsRepository.h"
#include "store/ReferentRepository.h"
#include "usecases/UseCase.h"

namespace parcours {

namespace {

// A pathway recorded in the application waits for the coordinator when the PLIE asks for it.
void markEntryForValidation(Database& db, const Clock& clock, Pathway& pathway)
{
    const bool needed = PlieSettingsRepository(db, clock).get().entriesNeedValidation;
    pathway.entryValidation = needed ? EntryValidation::Pending : EntryValidation::None;
    pathway.entryValidationNote.clear();
}

} // namespace

Change createParticipant(Database& db, const Clock& clock, Participant& participant, Pathway& firstPathway,
                         const std::string& referentName)
{
    return inOneTransaction(db, [&] {
        ParticipantRepository(db, clock).add(participant);
        firstPathway.participantId = participant.record.id;
        firstPathway.referentId = ReferentRepository(db, clock).findOrCreate(referentName).record.id;
        markEntryForValidation(db, clock, firstPathway);
        PathwayRepository(db, clock).add(firstPathway);
    });
}

namespace {

// Every field the identity form shows: saving it unchanged writes nothing.
bool sameIdentity(const Participant& a, const Participant& b)
{
    return a.lastName == b.lastName && a.firstName == b.firstName && a.birthDate == b.birthDate && a.sex == b.sex
        && a.postcode == b.postcode && a.city == b.city && a.qpv == b.qpv && a.phone == b.phone && a.email == b.email
        && a.franceTravailId == b.franceTravailId && a.informationDate == b.informationDate;
}

} // namespace

Change editIdentity(Database& db, const Clock& clock, Participant& participant)
{
    bool unchanged = false;
    Change change = inOneTransaction(db, [&] {
        ParticipantRepository repository(db, clock);
        if (const std::optional<Participant> stored = repository.find(participant.record.id);
            stored && sameIdentity(*stored, participant)) {
            unchanged = true;
            participant.record = stored->record;
            return;
        }
        repository.update(participant);
    });
    return unchanged ? Change{} : change; // no operation, no step to undo
}

Change openPathway(Database& db, const Clock& clock, Pathway& pathway)
{
    return inOneTransaction(db, [&] {
        markEntryForValidation(db, clock, pathway);
        PathwayRepository(db, clock).add(pathway);
    });
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
