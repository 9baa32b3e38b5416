// The coordinator's validation of entries, when the PLIE asks for it: an entry recorded in the
// application waits (en_attente) until validated, or refused with a reason. Each use case
// writes in one transaction through the recording store and returns its operations.
#pragma once

#include "domain/Clock.h"
#include "domain/RecordIdentity.h"
#include "store/Operation.h"

#include <string>

namespace parcours {

class Database;

// The entry of a waiting (or refused) pathway is validated: it no longer waits, its reason of
// refusal is forgotten. Refused (RuleError) for an entry that waits for nothing.
Change validateEntry(Database& db, const Clock& clock, RowId pathwayId);
// The entry is refused for `reason` (required, trimmed). Refused (RuleError) without a reason,
// or for an entry that waits for nothing (already validated, or never subject to validation).
Change refuseEntry(Database& db, const Clock& clock, RowId pathwayId, const std::string& reason);

} // namespace parcours
