// The PLIE's own identity (name and code), set from the application or `parcours-cli plie`.
#pragma once

#include "domain/Clock.h"
#include "domain/PlieSettings.h"
#include "store/Operation.h"

namespace parcours {

class Database;

Change setPlieIdentity(Database& db, const Clock& clock, const PlieSettings& settings);
// « À faire » lists an open pathway after this many days without a contact (1 to 365);
// refuses other numbers with a RuleError.
Change setDaysWithoutContact(Database& db, const Clock& clock, int days);

} // namespace parcours
