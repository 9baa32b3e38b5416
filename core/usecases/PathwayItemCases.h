// The use cases of what hangs from a pathway: contacts logged, barriers identified and
// lifted, steps added and closed, each edited or deleted. Each checks the rules
// (RuleError), writes in one transaction through the recording store and returns its
// operations (the Change an undo takes back). The record gets its identity when added.
#pragma once

#include "domain/Barrier.h"
#include "domain/Clock.h"
#include "domain/Contact.h"
#include "domain/Step.h"
#include "store/Operation.h"

namespace parcours {

class Database;

// A contact is a past event: one dated after today is refused (plan an action instead).
Change logContact(Database& db, const Clock& clock, Contact& contact);
Change editContact(Database& db, const Clock& clock, Contact& contact);
Change deleteContact(Database& db, const Clock& clock, RowId contactId);

Change addBarrier(Database& db, const Clock& clock, Barrier& barrier);
// Also how a barrier moves identifié → en cours → levé.
Change editBarrier(Database& db, const Clock& clock, Barrier& barrier);
Change deleteBarrier(Database& db, const Clock& clock, RowId barrierId);

Change addStep(Database& db, const Clock& clock, Step& step);
// Also how a step is closed (its end date).
Change editStep(Database& db, const Clock& clock, Step& step);
Change deleteStep(Database& db, const Clock& clock, RowId stepId);

} // namespace parcours
