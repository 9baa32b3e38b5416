// Planned actions of a pathway: the next appointment, a call to make, a step to take. Each
// use case checks the rules, writes in one transaction and returns its operations.
#pragma once

#include "domain/Clock.h"
#include "domain/PlannedAction.h"
#include "store/Operation.h"

namespace parcours {

class Database;

// Dated on or after the pathway's entry, whatever its distance from today. Fills in its identity.
Change planAction(Database& db, const Clock& clock, PlannedAction& action);
Change editPlannedAction(Database& db, const Clock& clock, const PlannedAction& action);
Change setPlannedActionDone(Database& db, const Clock& clock, RowId actionId, bool done);
Change deletePlannedAction(Database& db, const Clock& clock, RowId actionId);

} // namespace parcours
