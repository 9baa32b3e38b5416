// Reassigning participant.e.s to another référent.e: a coordinator balancing caseloads.
#pragma once

#include "domain/Clock.h"
#include "domain/RecordIdentity.h"
#include "store/Operation.h"

#include <vector>

namespace parcours {

class Database;

// The latest pathway (by entry date) of each of `participantIds` goes to `referentId`, in one
// transaction, as patch operations of the one write path: one Change an undo takes back.
// People already followed by that référent.e, and people without any pathway, are left
// untouched (the Change may be empty). Refused with a RuleError, nothing written, when the
// référent.e or one of the participant.e.s is unknown.
Change reassignParticipants(Database& db, const Clock& clock, const std::vector<RowId>& participantIds,
                            RowId referentId);

} // namespace parcours
