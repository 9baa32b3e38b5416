// The use cases of a participant.e's file as a whole: creating it with a first pathway,
// editing the identity, opening a new pathway, deleting a file created by mistake.
// Each checks the rules (RuleError), writes in one transaction through the recording
// store, and returns the operations it made (the Change an undo takes back).
#pragma once

#include "domain/Clock.h"
#include "domain/Participant.h"
#include "domain/Pathway.h"
#include "store/Operation.h"

#include <optional>
#include <string>

namespace parcours {

class Database;

// The person and their first pathway, followed by the référent.e of that name (created
// when unknown). Fills in the identities of both.
Change createParticipant(Database& db, const Clock& clock, Participant& participant, Pathway& firstPathway,
                         const std::string& referentName);
// An identity saved unchanged writes nothing and returns an empty Change (nothing to undo).
Change editIdentity(Database& db, const Clock& clock, Participant& participant);
// A new pathway for a person who comes back (the rules refuse one that overlaps). Here and in
// createParticipant, the pathway waits for the coordinator's validation (en_attente) when the
// PLIE's setting asks for it.
Change openPathway(Database& db, const Clock& clock, Pathway& pathway);
Change editPathway(Database& db, const Clock& clock, Pathway& pathway);
// The person with every row of their file, each deleted with its operation (a tombstone
// that travels with `changes`); undone like any other change.
Change deleteParticipant(Database& db, const Clock& clock, RowId participantId);

// The pathway a file shows and writes to: the person's latest (by entry date).
std::optional<Pathway> currentPathway(Database& db, RowId participantId);

} // namespace parcours
