// Counting the indicators of one calendar year over a PLIE's data, exactly as consolidation.md says.
#pragma once

#include "consolidation/ConsolidationReport.h"
#include "interchange/InterchangeData.h"

namespace parcours {

class Database;

// The counts of year `year` over `data` (every key present, 0 where nothing counts).
// Throws std::invalid_argument for a year outside 1401..9998.
ConsolidationReport computeConsolidation(const InterchangeData& data, int year);

// The same over everything a database holds, with its PLIE's name and code.
ConsolidationReport computeConsolidation(Database& db, int year);

} // namespace parcours
