// Inside the store: the INSERT of each aggregate without its rule checks. The repositories
// check, then call these; the import writer calls them for rows the importer has checked.
// Each takes a row whose identity is already stamped and sets its id.
#pragma once

#include "domain/Barrier.h"
#include "domain/Clock.h"
#include "domain/Contact.h"
#include "domain/Participant.h"
#include "domain/Pathway.h"
#include "domain/PlannedAction.h"
#include "domain/Step.h"
#include "store/Database.h"

#include <string>

namespace parcours::inserts {

void participant(Database& db, Participant& participant);
// The pathway's row, its holds and hires (whose identities are stamped here).
void pathway(Database& db, const Clock& clock, Pathway& pathway);
// `operatorRow` from operatorId(); 0 for none.
void step(Database& db, Step& step, RowId operatorRow);
void barrier(Database& db, Barrier& barrier);
void contact(Database& db, Contact& contact);
void plannedAction(Database& db, PlannedAction& action);

// The opérateur of that (trimmed) name, created when unknown; 0 for no name.
RowId operatorId(Database& db, const Clock& clock, const std::string& name);

} // namespace parcours::inserts
