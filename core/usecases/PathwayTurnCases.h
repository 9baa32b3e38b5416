// The turns of a pathway, each a use case of the one write path: hold and resume, the hire
// and its six-month follow-up (validated as emploi durable, or the contract broke), the
// exit, the situation at entry. Each checks the turn's own rules (RuleError, in French)
// and the pathway's, writes in one transaction and returns its operations.
#pragma once

#include "domain/Clock.h"
#include "domain/Pathway.h"
#include "store/Operation.h"

#include <string>

namespace parcours {

class Database;

// Puts an open pathway on hold (veille) from `start`, for `reason`. Refused while a hold is
// open, during the follow-up of a hire, or after the exit.
Change putOnHold(Database& db, const Clock& clock, RowId pathwayId, const Date& start, const std::string& reason);
// Ends the open hold on `end` (on or after its start).
Change resumePathway(Database& db, const Clock& clock, RowId pathwayId, const Date& end);

// The hire the six-month follow-up is about: refused while another one runs, after the
// exit, or before the entry. An open hold ends the day before the hire.
Change recordHire(Database& db, const Clock& clock, RowId pathwayId, Hire hire);
// Six months after the hire: the exit as emploi durable, dated on the six-month date
// whatever the day (refused before that date, or without a running hire).
Change validateSustainedJob(Database& db, const Clock& clock, RowId pathwayId);
// The contract broke on `end`: the hire moves to the earlier hires and the pathway goes on.
Change recordBrokenContract(Database& db, const Clock& clock, RowId pathwayId, const Date& end,
                            const std::string& reason);

// The exit, for any reason but emploi durable (which only a validated follow-up gives).
// An open hold ends on the exit date.
Change exitPathway(Database& db, const Clock& clock, RowId pathwayId, const Date& date, ExitReason reason);

// The situation at entry (education, RSA, DELD, RQTH, other difficulty), editable at any time.
Change editSituationAtEntry(Database& db, const Clock& clock, RowId pathwayId, const SituationAtEntry& situation);

} // namespace parcours
