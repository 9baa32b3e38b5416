// Validating and refusing an entry: the pathway loaded, its validation state changed, written
// back through the repository (which checks the whole pathway and records the patch).
#include "usecases/EntryValidationCases.h"

#include "domain/Rules.h"
#include "store/PathwayRepository.h"
#include "store/RowMapping.h"
#include "usecases/UseCase.h"

namespace parcours {

namespace {

[[noreturn]] void refuse(const std::string& field, const std::string& message)
{
    throw RuleError(Violations{{field, message}});
}

template <typename Decide>
Change decide(Database& db, const Clock& clock, RowId pathwayId, Decide&& apply)
{
    return inOneTransaction(db, [&] {
        PathwayRepository pathways(db, clock);
        std::optional<Pathway> pathway = pathways.find(pathwayId);
        if (!pathway)
            refuse("parcours_id", "Ce parcours n'existe plus.");
        if (pathway->entryValidation == EntryValidation::None)
            refuse("entry_validation", "L'entrée de ce parcours n'attend pas de validation.");
        apply(*pathway);
        pathways.update(*pathway);
    });
}

} // namespace

Change validateEntry(Database& db, const Clock& clock, RowId pathwayId)
{
    return decide(db, clock, pathwayId, [](Pathway& p) {
        p.entryValidation = EntryValidation::None;
        p.entryValidationNote.clear();
    });
}

Change refuseEntry(Database& db, const Clock& clock, RowId pathwayId, const std::string& reason)
{
    const std::string why = rows::trimmed(reason);
    if (why.empty())
        refuse("entry_validation_note", "Le motif du refus est obligatoire.");
    return decide(db, clock, pathwayId, [&](Pathway& p) {
        p.entryValidation = EntryValidation::Refused;
        p.entryValidationNote = why;
    });
}

} // namespace parcours
