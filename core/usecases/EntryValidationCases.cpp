// Validating and refusing an entry: the pathway loaded, its validation state changed, written
// back through the repository (which checks the whole pathway and records the patch).
#include "usecases/EntryValidationCases.h"

#include "domain/Rules.h"
#include "store/PathwayRepository.h"
#include "store/RowMapping.h"
#include "usecases/PathwayUpdate.h"

namespace parcours {

namespace {

// The entry must be waiting or refused: a validated entry is not decided on again.
template <typename Decide>
Change decide(Database& db, const Clock& clock, RowId pathwayId, Decide&& apply)
{
    return updatePathway(db, clock, pathwayId, [&](Pathway& p) {
        if (p.entryValidation == EntryValidation::None)
            refuseField("entry_validation", "L'entrée de ce parcours n'attend pas de validation.");
        apply(p);
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
        refuseField("entry_validation_note", "Le motif du refus est obligatoire.");
    return decide(db, clock, pathwayId, [&](Pathway& p) {
        p.entryValidation = EntryValidation::Refused;
        p.entryValidationNote = why;
    });
}

} // namespace parcours
